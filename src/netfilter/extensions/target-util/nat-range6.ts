// The NAT targets' address range in ip6tables (libxt_NAT with AF_INET6): `[a[-b]]:ports`
// with brackets when ports follow, or a bare `a[-b]`.
import { formatIpv6, parseIpv6 } from "../../ipv6.js";
import { paramProblem } from "../../xtables-error.js";
import { parsePorts, type NatRange } from "./nat-range.js";

/** parse_to for AF_INET6. */
export function parseTo6(arg: string, portOk: boolean, range: NatRange): void {
  let addrText: string;
  let colon: number;
  const open = arg.indexOf("[");
  if (open < 0) {
    addrText = arg;
    // one colon is a port; more make an IPv6 address
    colon = arg.indexOf(":");
    if (colon >= 0 && arg.indexOf(":", colon + 1) >= 0) colon = -1;
  } else {
    const close = arg.indexOf("]", open + 1);
    if (close < 0) throw paramProblem("Invalid address format");
    addrText = arg.slice(open + 1, close);
    const after = arg.indexOf(":", close + 1);
    colon = after;
  }
  if (colon >= 0) {
    parsePorts(arg.slice(colon + 1), portOk, range);
    // no address when the colon comes first (or right after "[]")
    if (colon === 0 || colon === 2) return;
    if (open < 0) addrText = arg.slice(0, colon);
  }
  range.mapIps = true;
  const dash = addrText.indexOf("-");
  const minText = dash >= 0 ? addrText.slice(0, dash) : addrText;
  const min = parseIpv6(minText);
  if (!min) throw paramProblem(`Bad IP address "${minText}"`);
  let max = min;
  if (dash >= 0) {
    const maxText = addrText.slice(dash + 1);
    const parsed = parseIpv6(maxText);
    if (!parsed) throw paramProblem(`Bad IP address "${maxText}"`);
    max = parsed;
  }
  range.minAddr6 = min;
  range.maxAddr6 = max;
}

/** sprint_range's address part for AF_INET6: bracketed when ports follow. */
export function formatAddrs6(range: NatRange): string {
  const min = range.minAddr6 ?? [0, 0, 0, 0, 0, 0, 0, 0];
  const max = range.maxAddr6 ?? min;
  let out = formatIpv6(min);
  if (max.some((g, i) => g !== min[i])) out += `-${formatIpv6(max)}`;
  return range.protoSpecified ? `[${out}]` : out;
}
