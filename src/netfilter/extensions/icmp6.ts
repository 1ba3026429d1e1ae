// -m icmp6 (ip6tables only; also loaded by -p icmpv6 / ipv6-icmp / 58): --icmpv6-type by
// name, number or type/code. Its -L form reads "ipv6-icmp echo-request" or "ipv6-icmptype 128".
import type { MatchExtension } from "../extension.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { protoAccepted } from "./util/tcpudp.js";
import { parseIcmpTypeIn } from "./icmp.js";

export const IPPROTO_ICMPV6 = 58;

export interface Icmp6Data {
  type: number;
  codeMin: number;
  codeMax: number;
  invert: boolean;
  seen: string[];
}

/** ip6tables' ICMPv6 name table, in its order (aliases included), with code ranges. */
export const ICMPV6_TYPES: [name: string, type: number, codeMin: number, codeMax: number][] = [
  ["destination-unreachable", 1, 0, 0xff],
  ["no-route", 1, 0, 0],
  ["communication-prohibited", 1, 1, 1],
  ["beyond-scope", 1, 2, 2],
  ["address-unreachable", 1, 3, 3],
  ["port-unreachable", 1, 4, 4],
  ["failed-policy", 1, 5, 5],
  ["reject-route", 1, 6, 6],
  ["packet-too-big", 2, 0, 0xff],
  ["time-exceeded", 3, 0, 0xff],
  ["ttl-exceeded", 3, 0, 0xff],
  ["ttl-zero-during-transit", 3, 0, 0],
  ["ttl-zero-during-reassembly", 3, 1, 1],
  ["parameter-problem", 4, 0, 0xff],
  ["bad-header", 4, 0, 0],
  ["unknown-header-type", 4, 1, 1],
  ["unknown-option", 4, 2, 2],
  ["echo-request", 128, 0, 0xff],
  ["ping", 128, 0, 0xff],
  ["echo-reply", 129, 0, 0xff],
  ["pong", 129, 0, 0xff],
  ["router-solicitation", 133, 0, 0xff],
  ["router-advertisement", 134, 0, 0xff],
  ["neighbour-solicitation", 135, 0, 0xff],
  ["neighbor-solicitation", 135, 0, 0xff],
  ["neighbour-advertisement", 136, 0, 0xff],
  ["neighbor-advertisement", 136, 0, 0xff],
  ["redirect", 137, 0, 0xff],
];

const ALIASES = new Set(["ttl-exceeded", "ping", "pong", "neighbor-solicitation", "neighbor-advertisement"]);

/** The "Valid ICMPv6 Types" list of the help: sub-codes indented, aliases in parentheses. */
function typeList(): string {
  let out = "";
  for (const [name, , lo, hi] of ICMPV6_TYPES) {
    if (ALIASES.has(name)) {
      out = out.replace(/\n$/, ` (${name})\n`);
      continue;
    }
    const sub = lo !== 0 || hi !== 0xff;
    out += `${sub ? "   " : ""}${name}\n`;
  }
  return out;
}

export function parseIcmp6Type(text: string): { type: number; codeMin: number; codeMax: number } {
  return parseIcmpTypeIn(ICMPV6_TYPES, "ICMPv6", text);
}

export const icmp6Match: MatchExtension<Icmp6Data> = {
  name: "icmp6",
  options: [{ name: "icmpv6-type", args: 1, invertible: true }],
  init: () => ({ type: 0, codeMin: 0, codeMax: 0xff, invert: false, seen: [] }),
  parse(data, { option, args, invert }) {
    checkOption("icmp6", data.seen, option, invert, { invertible: true });
    Object.assign(data, parseIcmp6Type(args[0]!));
    data.invert = invert;
  },
  finalCheck(data) {
    if (!data.seen.includes("icmpv6-type")) throw mustSpecify("icmp6", "icmpv6-type");
  },
  checkEntry: (_data, { rule }) => protoAccepted(rule, IPPROTO_ICMPV6),
  save(d) {
    const code = d.codeMin !== 0 || d.codeMax !== 0xff ? `/${d.codeMin}` : "";
    return `${d.invert ? "! " : ""}--icmpv6-type ${d.type}${code}`;
  },
  print(d, { numeric }) {
    if (!numeric) {
      const named = ICMPV6_TYPES.find(([, t, lo, hi]) => t === d.type && lo === d.codeMin && hi === d.codeMax);
      if (named) return `ipv6-icmp ${d.invert ? "!" : ""}${named[0]}`;
    }
    let out = `ipv6-icmp${d.invert ? " !" : ""}type ${d.type}`;
    if (d.codeMin === d.codeMax) out += ` code ${d.codeMin}`;
    else if (d.codeMin !== 0 || d.codeMax !== 0xff) out += ` codes ${d.codeMin}-${d.codeMax}`;
    return out;
  },
  help: `icmpv6 match options:\n[!] --icmpv6-type typename\tmatch icmpv6 type\n\t\t\t\t(or numeric type or type/code)\nValid ICMPv6 Types:\n${typeList()}`,
  match(d, pkt) {
    if (pkt.proto !== IPPROTO_ICMPV6 || pkt.fragOffset !== 0) return false;
    const hit = pkt.icmpType === d.type && pkt.icmpCode >= d.codeMin && pkt.icmpCode <= d.codeMax;
    return hit !== d.invert;
  },
};
