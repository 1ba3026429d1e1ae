// `ip neigh`: neighbours are resolved abstractly (no ARP cache), so the table reads empty.
import type { CommandResult } from "../../shell/types.js";
import { fail, matches, ok, type IpOptions } from "./common.js";

export function ipNeigh(_o: IpOptions, args: string[]): CommandResult {
  const [sub] = args;
  if (sub === undefined || matches(sub, "show") || matches(sub, "list") || matches(sub, "flush")) return ok();
  if (matches(sub, "add") || matches(sub, "replace") || matches(sub, "delete") || matches(sub, "change")) return ok();
  return fail(`Command "${sub}" is unknown, try "ip neigh help".`, 255);
}
