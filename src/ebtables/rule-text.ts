// How ebtables-nft 1.8.9 reads MAC addresses and prints a rule (__nft_bridge_save_rule and
// libebt_ip's print): -p, -s, -d, interfaces, the ip match, then "-j TARGET".
import { etherAton, macMaskText } from "../netfilter/mac.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { maskSuffix, protocolText } from "../iptables/address.js";
import { ethertypeName } from "./ethertypes.js";
import { targetExtText } from "./targets.js";
import { arpMatchText } from "./arp.js";
import { IGMP_TYPES } from "./matches.js";
import { ICMP_TYPES } from "../netfilter/extensions/icmp.js";
import { ICMPV6_TYPES } from "../netfilter/extensions/icmp6.js";
import { ip6MatchText, type EbIp6Match } from "./ip6.js";
import { limitText } from "./limit.js";
import { keptVlanPrio, type EbIface, type EbIpMatch, type EbMac, type EbRule } from "./types.js";

const WELL_KNOWN: [string, number[], number[]][] = [
  ["Unicast", [0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]],
  ["Multicast", [1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]],
  ["Broadcast", [255, 255, 255, 255, 255, 255], [255, 255, 255, 255, 255, 255]],
  ["BGA", [1, 0x80, 0xc2, 0, 0, 0], [255, 255, 255, 255, 255, 255]],
];

/** xtables_parse_mac_and_mask: a well-known name or "mac[/mask]" (address masked). */
export function parseMacAndMask(text: string): { mac: number[]; mask: number[] } | undefined {
  const known = WELL_KNOWN.find(([name]) => name.toLowerCase() === text.toLowerCase());
  if (known) return { mac: [...known[1]], mask: [...known[2]] };
  const slash = text.lastIndexOf("/");
  let mask = [255, 255, 255, 255, 255, 255];
  if (slash >= 0) {
    const m = etherAton(text.slice(slash + 1));
    if (!m) return undefined;
    mask = m;
  }
  const mac = etherAton(slash >= 0 ? text.slice(0, slash) : text);
  if (!mac) return undefined;
  return { mac: mac.map((b, i) => b & mask[i]!), mask };
}

function macAndMaskText(m: EbMac): string {
  const known = WELL_KNOWN.find(([, mac, mask]) => mac.every((b, i) => b === m.mac[i]) && mask.every((b, i) => b === m.mask[i]));
  if (known) return known[0];
  return macMaskText(m);
}

const bang = (invert: boolean): string => (invert ? "! " : "");

function ifaceText(option: string, iface: EbIface | undefined): string {
  // (an empty name, as -i "" gives, is not printed; nor is "+", which ebtables-nft does not compare)
  return iface?.name && iface.name !== "+" ? `${option}${iface.invert ? " !" : ""} ${iface.name} ` : "";
}

function portRangeText(range: [number, number]): string {
  return range[0] === range[1] ? `${range[0]} ` : `${range[0]}:${range[1]} `;
}

/** ebt_print_icmp_type: a name when one fits the type and codes, else numbers. */
function icmpTypeText(table: readonly (readonly [string, number, number, number])[], type: [number, number], code?: [number, number]): string {
  const codeText = code ? (code[0] === code[1] ? `/${code[0]} ` : `/${code[0]}:${code[1]} `) : "";
  if (type[0] !== type[1]) return `${type[0]}:${type[1]}${codeText}`;
  const named = table.find(([, t, min, max]) => t === type[0] && (!code || (min === code[0] && max === code[1])));
  return named ? `${named[0]} ` : `${type[0]}${codeText}`;
}

function ip6IcmpText(icmp: EbIp6Match["icmp"]): string {
  return icmp ? `--ip6-icmp-type ${bang(icmp.invert)}${icmpTypeText(ICMPV6_TYPES, icmp.value.type, icmp.value.code)}` : "";
}

function ipMatchText(ip: EbIpMatch): string {
  let out = "";
  if (ip.src) out += `--ip-src ${bang(ip.src.invert)}${formatIpv4(ip.src.value.addr)}${maskSuffix(ip.src.value.mask)} `;
  if (ip.dst) out += `--ip-dst ${bang(ip.dst.invert)}${formatIpv4(ip.dst.value.addr)}${maskSuffix(ip.dst.value.mask)} `;
  if (ip.tos) out += `--ip-tos ${bang(ip.tos.invert)}0x${ip.tos.value.toString(16).toUpperCase().padStart(2, "0")} `;
  if (ip.proto) {
    // getprotobynumber: netbase names ("ip" for 0), else the number
    const name = ip.proto.value === 0 ? "ip" : protocolText(ip.proto.value);
    out += `--ip-proto ${bang(ip.proto.invert)}${name ?? ip.proto.value} `;
  }
  if (ip.sport) out += `--ip-sport ${bang(ip.sport.invert)}${portRangeText(ip.sport.value)}`;
  if (ip.dport) out += `--ip-dport ${bang(ip.dport.invert)}${portRangeText(ip.dport.value)}`;
  if (ip.icmp) out += `--ip-icmp-type ${bang(ip.icmp.invert)}${icmpTypeText(ICMP_TYPES, ip.icmp.value.type, ip.icmp.value.code)}`;
  if (ip.igmp) out += `--ip-igmp-type ${bang(ip.igmp.invert)}${icmpTypeText(IGMP_TYPES, ip.igmp.value)}`;
  return out;
}

const LOG_LEVELS = ["emerg", "alert", "crit", "error", "warning", "notice", "info", "debug"];
export const PKTTYPE_CLASSES = ["host", "broadcast", "multicast", "otherhost", "outgoing", "loopback", "fastroute"];

/** syslog level names as the log watcher reads and prints them. */
export function logLevelNumber(name: string): number | undefined {
  const i = LOG_LEVELS.indexOf(name);
  return i < 0 ? undefined : i;
}

function extensionText(rule: EbRule, name: string): string {
  if (name === "ip") return rule.ip ? ipMatchText(rule.ip) : "";
  if (name === "arp") return rule.arp ? arpMatchText(rule.arp) : "";
  if (name === "ip6") return rule.ip6 ? ip6MatchText(rule.ip6) + ip6IcmpText(rule.ip6.icmp) : "";
  if (name === "limit") return rule.limit ? limitText(rule.limit) : "";
  if (name === "pkttype" && rule.pkttype) {
    const t = rule.pkttype.value;
    return `--pkttype-type ${bang(rule.pkttype.invert)}${PKTTYPE_CLASSES[t] ?? t} `;
  }
  if (name === "mark" && rule.mark) {
    const m = rule.mark.value;
    const hex = (n: bigint): string => `0x${n.toString(16)}`;
    const text = m.or ? `/${hex(m.mask)}` : m.mask !== 0xffffffffn ? `${hex(m.value)}/${hex(m.mask)}` : hex(m.value);
    return `--mark ${bang(rule.mark.invert)}${text} `;
  }
  if (name === "vlan" && rule.vlan) {
    const v = rule.vlan;
    let out = "";
    if (v.id) out += `--vlan-id ${bang(v.id.invert)}${v.id.value} `;
    const prio = keptVlanPrio(v);
    if (prio) out += `--vlan-prio ${bang(prio.invert)}${prio.value} `;
    if (v.encap) out += `--vlan-encap ${bang(v.encap.invert)}${v.encap.value.toString(16).toUpperCase().padStart(4, "0")} `;
    return out;
  }
  if (name === "nflog" && rule.nflog) {
    const n = rule.nflog;
    const signed = (v: number): number => v | 0;
    let out = n.prefix ? `--nflog-prefix "${n.prefix}" ` : "";
    if (n.group) out += `--nflog-group ${signed(n.group)} `;
    if (n.range) out += `--nflog-range ${signed(n.range)} `;
    if (n.threshold !== 1) out += `--nflog-threshold ${signed(n.threshold)} `;
    return out;
  }
  if (name === "log" && rule.log) {
    const l = rule.log;
    let out = `--log-level ${LOG_LEVELS[l.level]}`;
    if (l.prefix) out += ` --log-prefix "${l.prefix}"`;
    if (l.ip) out += " --log-ip";
    if (l.arp) out += " --log-arp";
    if (l.ip6) out += " --log-ip6";
    return `${out} `;
  }
  return "";
}

/** The rule as -L and ebtables-save print it (after "-A CHAIN "), without counters. */
export function ebRuleText(rule: EbRule): string {
  let out = "";
  if (rule.proto) {
    const v = rule.proto.value;
    // ebtables-nft reads "ether type [!=] 0x0600" back as LENGTH (its "< 0x0600"), not inverted
    const length = v === "LENGTH" || v === 0x0600;
    const name = length ? "Length" : (ethertypeName(v) ?? `0x${v.toString(16)}`);
    out += `-p ${bang(rule.proto.invert && v !== 0x0600)}${name} `;
  }
  if (rule.src) out += `-s ${bang(rule.src.invert)}${macAndMaskText(rule.src)} `;
  if (rule.dst) out += `-d ${bang(rule.dst.invert)}${macAndMaskText(rule.dst)} `;
  out += ifaceText("-i", rule.in);
  out += ifaceText("--logical-in", rule.logicalIn);
  out += ifaceText("-o", rule.out);
  out += ifaceText("--logical-out", rule.logicalOut);
  for (const name of rule.extensions ?? (rule.ip ? ["ip"] : [])) out += extensionText(rule, name);
  return `${out}-j ${rule.target}${rule.targetExt ? ` ${targetExtText(rule.targetExt)}` : ""}`;
}

/**
 * "-i ! +" or "-o ! +": ebtables-nft stores the name compared with "INVAL/D", and 1.8.9 dies
 * of a segmentation fault reading such a rule back (listing, saving, deleting by spec).
 */
export function crashesReadingBack(rule: EbRule): boolean {
  return [rule.in, rule.out].some((i) => i?.name === "+" && i.invert);
}
