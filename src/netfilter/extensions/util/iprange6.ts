// -m iprange in ip6tables: inclusive IPv6 ranges "a-b" (or a single address).
import { formatIpv6, parseIpv6, type Ipv6 } from "../../ipv6.js";
import { paramProblem } from "../../xtables-error.js";

export type Range6 = [Ipv6, Ipv6];

function compare(a: Ipv6, b: Ipv6): number {
  for (let i = 0; i < 8; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function parseRange6(option: string, text: string, warn?: (line: string) => void): Range6 {
  const dash = text.indexOf("-");
  const specs = dash < 0 ? [text, text] : [text.slice(0, dash), text.slice(dash + 1)];
  const range = specs.map((spec) => {
    const addr = parseIpv6(spec);
    if (!addr) throw paramProblem(`iprange: Bad value for "--${option}" option: "${spec}"`);
    return addr;
  });
  if (dash >= 0 && compare(range[0]!, range[1]!) > 0) warn?.(`xt_iprange: range ${specs[0]}-${specs[1]} is reversed and will never match\n`);
  return [range[0]!, range[1]!];
}

export const rangeText6 = (r: Range6) => `${formatIpv6(r[0])}-${formatIpv6(r[1])}`;
