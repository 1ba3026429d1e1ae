// -m iprange: source and/or destination inside an inclusive address range.
import type { MatchExtension } from "../extension.js";
import { formatIpv4 } from "../ip.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { numericToIpv4 } from "./util/numeric-ip.js";
import { parseRange6, rangeText6, type Range6 } from "./util/iprange6.js";

type Range = [number, number];

export interface IprangeData {
  src?: Range;
  dst?: Range;
  /** ip6tables: IPv6 ranges instead of src/dst. */
  src6?: Range6;
  dst6?: Range6;
  invSrc: boolean;
  invDst: boolean;
  seen: string[];
}

function parseRange(option: string, text: string, warn?: (line: string) => void): Range {
  const dash = text.indexOf("-");
  const specs = dash < 0 ? [text, text] : [text.slice(0, dash), text.slice(dash + 1)];
  const range = specs.map((spec) => {
    const addr = numericToIpv4(spec);
    if (addr === undefined) throw paramProblem(`iprange: Bad value for "--${option}" option: "${spec}"`);
    return addr;
  });
  // Accepted, but iptables points out that it can never match.
  if (dash >= 0 && range[0]! > range[1]!) warn?.(`xt_iprange: range ${specs[0]}-${specs[1]} is reversed and will never match\n`);
  return [range[0]!, range[1]!];
}

const rangeText = (r: Range) => `${formatIpv4(r[0])}-${formatIpv4(r[1])}`;
const inside = (addr: number, r: Range) => addr >>> 0 >= r[0] && addr >>> 0 <= r[1];

export const iprangeMatch: MatchExtension<IprangeData> = {
  name: "iprange",
  options: [
    { name: "src-range", args: 1, invertible: true },
    { name: "dst-range", args: 1, invertible: true },
  ],
  init: () => ({ invSrc: false, invDst: false, seen: [] }),
  parse(d, { option, args, invert, warn, family }) {
    checkOption("iprange", d.seen, option, invert, { invertible: true });
    const key = option === "src-range" ? "src" : "dst";
    if (family === 6) d[`${key}6`] = parseRange6(option, args[0]!, warn);
    else d[key] = parseRange(option, args[0]!, warn);
    if (key === "src") d.invSrc = invert;
    else d.invDst = invert;
  },
  finalCheck(d) {
    if (d.seen.length === 0) throw paramProblem("iprange match: You must specify `--src-range' or `--dst-range'");
  },
  save(d) {
    const parts: string[] = [];
    const src = d.src6 ? rangeText6(d.src6) : d.src && rangeText(d.src);
    const dst = d.dst6 ? rangeText6(d.dst6) : d.dst && rangeText(d.dst);
    if (src) parts.push(`${d.invSrc ? "! " : ""}--src-range ${src}`);
    if (dst) parts.push(`${d.invDst ? "! " : ""}--dst-range ${dst}`);
    return parts.join(" ");
  },
  print(d) {
    const parts: string[] = [];
    const src = d.src6 ? rangeText6(d.src6) : d.src && rangeText(d.src);
    const dst = d.dst6 ? rangeText6(d.dst6) : d.dst && rangeText(d.dst);
    if (src) parts.push(`source IP range ${d.invSrc ? "! " : ""}${src}`);
    if (dst) parts.push(`destination IP range ${d.invDst ? "! " : ""}${dst}`);
    return parts.join(" ");
  },
  match(d, pkt) {
    if (d.src && inside(pkt.src, d.src) === d.invSrc) return false;
    if (d.dst && inside(pkt.dst, d.dst) === d.invDst) return false;
    return true;
  },
};
