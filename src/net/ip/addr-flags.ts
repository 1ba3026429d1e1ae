// The selector `ip address show|flush` share (iproute2's ipaddr_list_flush_or_save): to, scope,
// up, FLAG-LIST words (primary, secondary, [-]tentative, …), label, dev; and which IPv4 and IPv6
// addresses it keeps. Static addresses are all "permanent", none "dynamic".
import { inSubnet, prefixToMask } from "../../netfilter/ip.js";
import { nameTable } from "../../name-table.js";
import type { CommandResult } from "../../shell/types.js";
import { inPrefix6 } from "../inet6.js";
import type { IfAddr, Link } from "../types.js";
import { parsePrefix6, type Entry6, type Prefix6 } from "./addr6.js";
import { fail, garbage, incomplete, invalidArgument, matches, parsePrefix, u32, type IpOptions, type Prefix } from "./common.js";
import { ADDR_USAGE } from "./usage.js";
import { findLink } from "../links.js";
import type { AddressOptions } from "../addresses.js";

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
  noprefixroute: { v4: (a) => (a as AddressOptions).noprefixroute === true, v6: (e) => e.noprefixroute === true },
  nodad: { v4: none, v6: (e) => e.nodad === true },
};

export function addrFlagFilter(word: string): AddrFilter | undefined {
  return Object.prototype.hasOwnProperty.call(FILTERS, word) ? FILTERS[word] : undefined;
}

/** /etc/iproute2/rt_scopes; rtnl_rtscope_a2n also takes a number up to 255 (strtoul, base 0). */
const SCOPE_NUMBERS = nameTable({ global: 0, nowhere: 255, host: 254, link: 253, site: 200 });

/** A scope word as the number the kernel stores, or undefined when iproute2 refuses it. */
export function parseScope(word: string): number | undefined {
  const n = SCOPE_NUMBERS[word] ?? u32(word);
  return n !== undefined && n <= 255 ? n : undefined;
}

/** A scope number as addresses carry it ("global", "link", "host", else its rt_scopes name or number). */
export function scopeWord(n: number): string {
  return Object.keys(SCOPE_NUMBERS).find((name) => SCOPE_NUMBERS[name] === n) ?? String(n);
}

/** iproute2 matches labels with fnmatch: `*` and `?` are wildcards. */
export function globPattern(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

export interface AddrSelector {
  /** -4/-6, else the family of the `to` prefix (0: both). */
  family: 0 | 4 | 6;
  dev?: string;
  up: boolean;
  label?: RegExp;
  scope?: string;
  to?: Prefix;
  to6?: Prefix6;
  flags: AddrFilter[];
  /** `type KIND`: devices of that kind. */
  kind?: string;
  /** `master DEV`: the ports of that device (its ifindex). */
  master?: number;
}

/** get_prefix in the selector's family; "default", "all" and "any" select every address. */
function parseTo(sel: AddrSelector, text: string): CommandResult | undefined {
  if (text === "default" || text === "all" || text === "any") return undefined;
  const v6 = text.includes(":");
  if (v6 ? sel.family !== 4 : sel.family !== 6) {
    const to6 = v6 ? parsePrefix6(text) : undefined;
    const to = v6 ? undefined : parsePrefix(text, false);
    if (to6 || to) {
      if (to6) sel.to6 = to6;
      if (to) sel.to = to;
      sel.family = v6 ? 6 : 4;
      return undefined;
    }
  }
  const name = sel.family === 6 ? "inet6" : sel.family === 4 ? "inet" : "any valid";
  return fail(`Error: ${name} prefix is expected rather than "${text}".`, 1);
}

/** Read the selector words; the device is only named here (the caller checks it exists). */
export function parseAddrSelector(o: IpOptions, args: string[]): AddrSelector | CommandResult {
  const sel: AddrSelector = { family: o.family, up: false, flags: [] };
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const next = (): string | undefined => args[++i];
    const flag = addrFlagFilter(word);
    if (word === "to") {
      const text = next();
      if (text === undefined) return incomplete();
      const error = parseTo(sel, text);
      if (error) return error;
    } else if (word === "scope") {
      const text = next();
      if (text === undefined) return incomplete();
      if (text === "all") { delete sel.scope; continue; }
      const scope = parseScope(text);
      if (scope === undefined) return invalidArgument('invalid "scope"', text);
      sel.scope = scopeWord(scope);
    } else if (word === "up") sel.up = true;
    else if (word === "type") {
      const text = next();
      if (text === undefined) return incomplete();
      sel.kind = text;
    } else if (word === "master") {
      const text = next();
      if (text === undefined) return incomplete();
      const master = findLink(o.world, o.netns, text);
      if (!master) return invalidArgument("Device does not exist", text);
      sel.master = master.ifindex;
    }
    else if (flag) sel.flags.push(flag);
    else if (word === "label") {
      const text = next();
      if (text === undefined) return incomplete();
      sel.label = globPattern(text);
    } else {
      let name: string | undefined = word;
      if (word === "dev") name = next();
      else if (matches(word, "help")) return fail(ADDR_USAGE, 255);
      if (name === undefined) return incomplete();
      if (sel.dev !== undefined) return garbage(name, "dev");
      sel.dev = name;
    }
  }
  return sel;
}

/** Does the selector keep this device (`up`, `type`, `master`)? */
export function keepLink(sel: AddrSelector, link: Link): boolean {
  return (!sel.up || link.adminUp) && (sel.kind === undefined || link.kind === sel.kind) && (sel.master === undefined || link.master === sel.master);
}

/** Does the selector keep this IPv4 address of the device? */
export function keepV4(sel: AddrSelector, link: Link, a: IfAddr): boolean {
  return sel.family !== 6 && (sel.scope === undefined || a.scope === sel.scope) && (!sel.label || sel.label.test(a.label ?? link.name)) &&
    (!sel.to || inSubnet(a.addr, sel.to.addr, prefixToMask(sel.to.prefix))) && sel.flags.every((f) => f.v4(a));
}

/** Does the selector keep this IPv6 address? With no IFA_LABEL, `label` matches the device's name. */
export function keepV6(sel: AddrSelector, link: Link, e: Entry6): boolean {
  return sel.family !== 4 && (!sel.label || sel.label.test(link.name)) && (sel.scope === undefined || e.scope === sel.scope) &&
    (!sel.to6 || inPrefix6(e.addr, sel.to6.addr, sel.to6.prefix)) && sel.flags.every((f) => f.v6(e));
}
