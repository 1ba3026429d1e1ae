// ebtables' ip6 match (--ip6-src/-dst, --ip6-tclass, --ip6-proto, --ip6-sport/-dport,
// --ip6-icmp-type) as libebt_ip6 1.8.9 reads and prints it. The kernel wants -p IPv6 (and
// tcp/udp/... for ports, ipv6-icmp for icmp types).
import { ip6Names, maskSuffix6, parseAddressList6 } from "../iptables/ip6-address.js";
import { parseProtocol, protocolText } from "../iptables/address.js";
import { parsePortRange } from "../netfilter/extensions/util/ports.js";
import { ICMPV6_TYPES } from "../netfilter/extensions/icmp6.js";
import { strtoul } from "../netfilter/extensions/util/strtoul.js";
import { formatIpv6, type Ipv6 } from "../netfilter/ipv6.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { parseIcmpLike } from "./matches.js";
import type { EbInverted } from "./types.js";

export interface EbIp6Match {
  src?: EbInverted<{ addr: Ipv6; mask: Ipv6 }>;
  dst?: EbInverted<{ addr: Ipv6; mask: Ipv6 }>;
  tclass?: EbInverted<number>;
  proto?: EbInverted<number>;
  sport?: EbInverted<[number, number]>;
  dport?: EbInverted<[number, number]>;
  /** --ip6-icmp-type: type and code ranges (printed by rule-text, after the ports). */
  icmp?: EbInverted<{ type: [number, number]; code: [number, number] }>;
}

export const IP6_OPTIONS: [string, string][] = [
  ["ip6-source", "src"], ["ip6-src", "src"], ["ip6-destination", "dst"], ["ip6-dst", "dst"], ["ip6-tclass", "tclass"],
  ["ip6-protocol", "proto"], ["ip6-proto", "proto"], ["ip6-source-port", "sport"], ["ip6-sport", "sport"],
  ["ip6-destination-port", "dport"], ["ip6-dport", "dport"], ["ip6-icmp-type", "icmp"],
];

export function parseIp6Option(ip6: EbIp6Match, key: string, arg: string, invert: boolean): void {
  if (key === "src" || key === "dst") {
    const found = parseAddressList6(arg, ip6Names(undefined));
    if (found.length !== 1) throw paramProblem(`Invalid IPv6 Address '${arg}' specified`);
    ip6[key] = { invert, value: found[0]!.v6! };
  } else if (key === "tclass") {
    const n = strtoul(arg, 0, 255);
    if (n === undefined) throw paramProblem(`Problem with specified IPv6 traffic class '${arg}'`);
    ip6.tclass = { invert, value: n };
  } else if (key === "proto") ip6.proto = { invert, value: parseProtocol(arg) & 0xff /* a byte: mptcp (262) is tcp */ };
  else if (key === "icmp") ip6.icmp = { invert, value: parseIcmpLike(ICMPV6_TYPES, "ICMPv6", arg, true) };
  else ip6[key === "sport" ? "sport" : "dport"] = { invert, value: parsePortRange(arg, "tcp") };
}

const bang = (invert: boolean): string => (invert ? "! " : "");
const ports = (r: [number, number]): string => (r[0] === r[1] ? `${r[0]} ` : `${r[0]}:${r[1]} `);

export function ip6MatchText(ip6: EbIp6Match): string {
  let out = "";
  if (ip6.src) out += `--ip6-src ${bang(ip6.src.invert)}${formatIpv6(ip6.src.value.addr)}${maskSuffix6(ip6.src.value.mask)} `;
  if (ip6.dst) out += `--ip6-dst ${bang(ip6.dst.invert)}${formatIpv6(ip6.dst.value.addr)}${maskSuffix6(ip6.dst.value.mask)} `;
  if (ip6.tclass) out += `--ip6-tclass ${bang(ip6.tclass.invert)}0x${ip6.tclass.value.toString(16).toUpperCase().padStart(2, "0")} `;
  if (ip6.proto) {
    const name = ip6.proto.value === 0 ? "ip" : protocolText(ip6.proto.value);
    out += `--ip6-proto ${bang(ip6.proto.invert)}${name ?? ip6.proto.value} `;
  }
  if (ip6.sport) out += `--ip6-sport ${bang(ip6.sport.invert)}${ports(ip6.sport.value)}`;
  if (ip6.dport) out += `--ip6-dport ${bang(ip6.dport.invert)}${ports(ip6.dport.value)}`;
  return out;
}
