// `ip address show|flush` FLAG-LIST words (primary, secondary, [-]tentative, …): which
// IPv4 and IPv6 addresses each keeps. Static addresses are all "permanent", none "dynamic".
import { nameTable } from "../../name-table.js";
import type { IfAddr } from "../types.js";
import type { Entry6 } from "./addr6.js";

export interface AddrFilter { v4: (a: IfAddr) => boolean; v6: (e: Entry6) => boolean }

const all = () => true;
const none = () => false;

const FILTERS: Record<string, AddrFilter> = {
  primary: { v4: (a) => !a.secondary, v6: all },
  secondary: { v4: (a) => a.secondary, v6: none },
  temporary: { v4: (a) => a.secondary, v6: none },
  permanent: { v4: all, v6: all },
  dynamic: { v4: none, v6: none },
  tentative: { v4: none, v6: (e) => e.tentative === true },
  "-tentative": { v4: all, v6: (e) => e.tentative !== true },
  deprecated: { v4: none, v6: none },
  "-deprecated": { v4: all, v6: all },
  dadfailed: { v4: none, v6: none },
  "-dadfailed": { v4: all, v6: all },
};

export function addrFlagFilter(word: string): AddrFilter | undefined {
  return Object.prototype.hasOwnProperty.call(FILTERS, word) ? FILTERS[word] : undefined;
}

export const SCOPE_NAMES = nameTable({ global: "global", universe: "global", "0": "global", link: "link", "253": "link", host: "host", "254": "host" });

/** iproute2 matches labels with fnmatch: `*` and `?` are wildcards. */
export function globPattern(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}
