// How nft (1.0.6) lists the bridge tables ebtables-nft 1.8.9 made. ebtables-nft stores, in this
// order: the interfaces, the MAC addresses, the Ethernet type (native expressions), then each
// match and watcher as an xt expression (nft prints its libebt_* translation, or "xt match
// NAME" when there is none), the counter, and the verdict or target. A user chain ends with a
// rule of its own carrying the chain's policy. Any xt expression makes nft warn that
// iptables-nft manages the table.
import type { Namespace } from "../net/types.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { macText as macBytesText } from "../netfilter/mac.js";
import { formatIpv6 } from "../netfilter/ipv6.js";
import { maskSuffix, protocolText } from "../iptables/address.js";
import { maskSuffix6 } from "../iptables/ip6-address.js";
import type { ListFormat } from "../iptables/nft-list.js";
import type { EbIp6Match } from "./ip6.js";
import type { EbLimit } from "./limit.js";
import type { EbTargetExt } from "./targets.js";
import { EB_TABLES, ebStateOf, keptVlanPrio, type EbChain, type EbIface, type EbIpMatch, type EbMac, type EbRule, type EbTable, type EbTableName } from "./types.js";

/** The bridge tables that exist, with their place among all tables' creations. */
export function bridgeTables(ns: Namespace): { name: EbTableName; table: EbTable }[] {
  const state = ns.ebtables === undefined ? undefined : ebStateOf(ns);
  if (!state) return [];
  return EB_TABLES.filter((name) => state[name].exists).map((name) => ({ name, table: state[name] }));
}

/** Chains nft has, in the order it made them. */
export function bridgeChains(table: EbTable): EbChain[] {
  const live = table.chains.filter((c) => !c.builtin || c.live || c.rules.length > 0);
  const key = (c: EbChain) => c.made ?? Number.MAX_SAFE_INTEGER;
  return live.map((c, i) => ({ c, i })).sort((a, b) => key(a.c) - key(b.c) || a.i - b.i).map((x) => x.c);
}

/** nft's names for Ethernet types (others print as 4 hex digits). */
const ETHER_NAMES: Record<number, string> = { 0x0800: "ip", 0x0806: "arp", 0x86dd: "ip6", 0x8100: "8021q", 0x88a8: "8021ad" };
/** An Ethernet type as nft prints it (-n: always the number). */
export const etherType = (n: number, numeric = false) => (numeric ? undefined : ETHER_NAMES[n]) ?? `0x${n.toString(16).padStart(4, "0")}`;
const neq = (invert: boolean) => (invert ? "!= " : "");
const hex2 = (b: number) => b.toString(16).padStart(2, "0");

/** The prefix length of a mask of whole bytes of ones, or undefined. */
export function bytePrefix(mask: number[]): number | undefined {
  const ones = mask.findIndex((b) => b !== 0xff);
  const len = ones < 0 ? mask.length : ones;
  return mask.slice(len).every((b) => b === 0) ? len * 8 : undefined;
}

function macText(field: "saddr" | "daddr", m: EbMac): string {
  const addr = macBytesText(m.mac);
  const prefix = bytePrefix(m.mask);
  // a whole-byte prefix is loaded as a shorter payload; any other mask goes through a bitwise and
  if (prefix === 48) return `ether ${field} ${neq(m.invert)}${addr}`;
  if (prefix !== undefined) return `ether ${field} ${neq(m.invert)}${addr}/${prefix}`;
  return `ether ${field} & ${macBytesText(m.mask)} ${m.invert ? "!=" : "=="} ${addr}`;
}

export function ifaceText(key: string, i: EbIface): string {
  // "! +" matches no name: ebtables-nft (and its translation) compares with "INVAL/D"
  if (i.name === "+" && i.invert) return `${key} "INVAL/D"`;
  const name = i.name.endsWith("+") ? `${i.name.slice(0, -1)}*` : i.name;
  return `${key} ${neq(i.invert)}"${name}"`;
}

const range = (r: [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}-${r[1]}`);

/** libebt_ip's translation. */
function ipText(ip: EbIpMatch): string {
  const out: string[] = [];
  for (const [field, a] of [["saddr", ip.src], ["daddr", ip.dst]] as const) {
    if (a) out.push(`ip ${field} ${neq(a.invert)}${formatIpv4(a.value.addr)}${maskSuffix(a.value.mask)}`);
  }
  if (ip.tos) out.push(`ip dscp ${neq(ip.tos.invert)}0x${hex2(ip.tos.value & 0x3f)}`);
  const proto = ip.proto ? (protocolText(ip.proto.value) ?? String(ip.proto.value)) : "";
  if (ip.proto && (ip.proto.invert || !(ip.sport || ip.dport || ip.icmp))) out.push(`ip protocol ${neq(ip.proto.invert)}${proto}`);
  if (ip.sport) out.push(`${proto} sport ${neq(ip.sport.invert)}${range(ip.sport.value)}`);
  if (ip.dport) out.push(`${proto} dport ${neq(ip.dport.invert)}${range(ip.dport.value)}`);
  if (ip.icmp) out.push(icmpText("icmp", ip.icmp.invert, ip.icmp.value));
  // (the IGMP type is the transport header's first byte)
  if (ip.igmp) out.push(`@th,0,8 ${neq(ip.igmp.invert)}${range(ip.igmp.value)}`);
  return out.join(" ");
}

function icmpText(kw: string, invert: boolean, v: { type: [number, number]; code: [number, number] }): string {
  const type = `${kw} type ${neq(invert)}${range(v.type)}`;
  return v.code[0] === 0 && v.code[1] === 0xff ? type : `${type} ${kw} code ${range(v.code)}`;
}

/** libebt_ip6's translation. */
function ip6Text(ip6: EbIp6Match): string {
  const out: string[] = [];
  for (const [field, a] of [["saddr", ip6.src], ["daddr", ip6.dst]] as const) {
    if (a) out.push(`ip6 ${field} ${neq(a.invert)}${formatIpv6(a.value.addr)}${maskSuffix6(a.value.mask)}`);
  }
  if (ip6.tclass) out.push(`ip6 dscp ${neq(ip6.tclass.invert)}0x${hex2(ip6.tclass.value & 0x3f)}`);
  const proto = ip6.proto ? (protocolText(ip6.proto.value) ?? String(ip6.proto.value)) : "";
  // nft shows the match's Ethernet type dependency again before a transport protocol other than
  // ICMPv6 when no address or class comes first
  if (ip6.proto && !ip6.icmp && out.length === 0) out.push("ether type ip6");
  if (ip6.proto && (ip6.proto.invert || !(ip6.sport || ip6.dport || ip6.icmp))) out.push(`meta l4proto ${neq(ip6.proto.invert)}${proto}`);
  if (ip6.sport) out.push(`${proto} sport ${neq(ip6.sport.invert)}${range(ip6.sport.value)}`);
  if (ip6.dport) out.push(`${proto} dport ${neq(ip6.dport.invert)}${range(ip6.dport.value)}`);
  if (ip6.icmp) out.push(icmpText("icmpv6", ip6.icmp.invert, ip6.icmp.value));
  return out.join(" ");
}

const LIMIT_UNITS: [string, number][] = [["day", 864000000], ["hour", 36000000], ["minute", 600000], ["second", 10000]];

/** libebt_limit's translation: the largest unit the rate is a whole number of (burst unless 5). */
function limitText(l: EbLimit): string {
  let i = 1;
  for (; i < LIMIT_UNITS.length; i++) {
    const mult = LIMIT_UNITS[i]![1];
    if (l.avg > mult || Math.floor(mult / l.avg) < mult % l.avg) break;
  }
  const [unit, mult] = LIMIT_UNITS[i - 1]!;
  return `limit rate ${Math.floor(mult / l.avg)}/${unit}${l.burst !== 5 ? ` burst ${l.burst} packets` : ""}`;
}

const LOG_LEVELS = ["emerg", "alert", "crit", "error", "warning", "notice", "info", "debug"];
const PKTTYPES = ["host", "broadcast", "multicast", "other"];
/** libxt_pkttype's names. */
const XT_PKTTYPES = ["unicast", "broadcast", "multicast"];

/** One match or watcher as nft prints it, its libebt_* translation (undefined: none of the rule's data). */
export function extensionText(r: EbRule, name: string, fmt: ListFormat): string | undefined {
  switch (name) {
    case "ip":
      return r.ip && ipText(r.ip);
    case "ip6":
      return r.ip6 && ip6Text(r.ip6);
    case "limit":
      return r.limit && limitText(r.limit);
    case "log":
      if (!r.log) return undefined;
      return `log${r.log.prefix ? ` prefix "${r.log.prefix}"` : ""}${r.log.level !== 6 ? ` level ${LOG_LEVELS[r.log.level]}` : ""} flags ether`;
    case "nflog":
      return r.nflog && `log ${r.nflog.prefix ? `prefix "${r.nflog.prefix}" ` : ""}group ${r.nflog.group}${r.nflog.range ? ` snaplen ${r.nflog.range}` : ""}${r.nflog.threshold !== 1 ? ` queue-threshold ${r.nflog.threshold}` : ""}`;
    case "pkttype": {
      if (!r.pkttype) return undefined;
      const type = PKTTYPES[r.pkttype.value] ?? r.pkttype.value;
      // libxtables knows one module per name: an iptables pkttype listed earlier in this nft run
      // translates this one too (its "pkttype" form)
      // (reading ebt_pkttype_info's two bytes as xt_pkttype_info's int: an inverted type is 256 more)
      if (fmt.xtFamilies?.has("match pkttype")) {
        const value = r.pkttype.value + (r.pkttype.invert ? 256 : 0);
        return `pkttype ${XT_PKTTYPES[value] ?? value}`;
      }
      fmt.xtFamilies?.set("ebt pkttype", 4);
      return `meta pkttype ${neq(r.pkttype.invert)}${type}`;
    }
    case "mark": {
      const m = r.mark;
      if (!m) return undefined;
      // the match's xlate prints its unsigned longs as uint32_t
      const u32 = (n: bigint): string => `0x${(n & 0xffffffffn).toString(16)}`;
      if (m.value.or) return `meta mark and ${u32(m.value.mask)} ${m.invert ? "" : "!= "}0`;
      if (m.value.mask !== 0xffffffffn) return `meta mark and ${u32(m.value.mask)} ${neq(m.invert)}${u32(m.value.value)}`;
      return `meta mark ${neq(m.invert)}${u32(m.value.value)}`;
    }
    case "vlan": {
      const v = r.vlan;
      if (!v) return undefined;
      const parts: string[] = [];
      if (v.id) parts.push(`vlan id ${neq(v.id.invert)}${v.id.value}`);
      const prio = keptVlanPrio(v);
      if (prio) parts.push(`vlan pcp ${neq(prio.invert)}${prio.value}`);
      if (v.encap) parts.push(`vlan type ${neq(v.encap.invert)}0x${v.encap.value.toString(16).padStart(4, "0")}`);
      return parts.join(" ");
    }
    default:
      // (libebt_arp has no translation)
      return `xt match ${name}`;
  }
}

// a Map: a chain named "constructor" must not find Object.prototype's
const VERDICTS = new Map([["ACCEPT", "accept"], ["DROP", "drop"], ["RETURN", "return"], ["CONTINUE", "continue"]]);

/** A target extension's libebt_* translation with its verdict ("xt target snat" for --snat-arp, which has none). */
export function targetExtensionText(t: EbTargetExt): string {
  const verdict = VERDICTS.get(t.verdict) ?? t.verdict.toLowerCase();
  // ether_ntoa's form: no leading zeros
  const mac = (t.mac ?? []).map((b) => b.toString(16)).join(":");
  switch (t.name) {
    case "dnat":
      return `ether daddr set ${mac} ${verdict}`;
    case "snat":
      return t.snatArp ? "xt target snat" : `ether saddr set ${mac} ${verdict}`;
    case "redirect":
      return `meta set pkttype host${t.verdict === "ACCEPT" ? "" : ` ${verdict}`}`;
    case "mark": {
      const value = `0x${(t.mark ?? 0).toString(16)}`;
      return `meta mark set ${t.markOp === "set" || t.markOp === undefined ? value : `meta mark ${t.markOp} ${value}`} ${verdict}`;
    }
  }
}

/** What follows the counter: the verdict, a jump, or the target's translation. */
function actionText(r: EbRule): string {
  const t = r.targetExt;
  if (!t) return r.target === "CONTINUE" ? "" : (VERDICTS.get(r.target) ?? `jump ${r.target}`);
  return targetExtensionText(t);
}

function ruleText(r: EbRule, fmt: ListFormat): { text: string; compat: boolean } {
  const parts: string[] = [];
  // (a bare "+" loads the name and compares nothing)
  const anyName = (key: string, i: EbIface | undefined): void => {
    if (i && !(i.name === "+" && !i.invert)) parts.push(ifaceText(key, i));
  };
  anyName("iifname", r.in);
  anyName("oifname", r.out);
  if (r.logicalIn) parts.push(ifaceText("meta ibrname", r.logicalIn));
  if (r.logicalOut) parts.push(ifaceText("meta obrname", r.logicalOut));
  if (r.src) parts.push(macText("saddr", r.src));
  if (r.dst) parts.push(macText("daddr", r.dst));
  if (r.proto) {
    const p = r.proto;
    if (p.value === "LENGTH") parts.push(`ether type ${p.invert ? ">=" : "<"} 0x0600`);
    else parts.push(`ether type ${neq(p.invert)}${etherType(p.value, fmt.numericSymbols)}`);
  }
  const extensions = r.extensions ?? [];
  for (const name of extensions) {
    const text = extensionText(r, name, fmt);
    if (text) parts.push(text);
  }
  parts.push(fmt.stateless ? "counter" : `counter packets ${r.pcnt} bytes ${r.bcnt}`);
  const action = actionText(r);
  if (action) parts.push(action);
  return { text: parts.join(" "), compat: extensions.length > 0 || r.targetExt !== undefined };
}

const PRIORITIES: Record<string, [string, string]> = {
  filter: ["filter", "-200"],
  PREROUTING: ["dstnat", "-300"],
  OUTPUT: ["out", "100"],
  POSTROUTING: ["srcnat", "300"],
};

/** nft -a: "# handle N" after a table's, chain's or rule's text. */
const handleText = (fmt: ListFormat, h: number | undefined) => (fmt.handles && h !== undefined ? ` # handle ${h}` : "");

function chainText(tableName: EbTableName, c: EbChain, withRules: boolean, fmt: ListFormat): { text: string; compat: boolean } {
  let text = `\tchain ${c.name} {${handleText(fmt, c.handle)}\n`;
  let compat = false;
  if (c.builtin) {
    const [named, number] = PRIORITIES[tableName === "filter" ? "filter" : c.name]!;
    const policy = c.policy === "DROP" ? "drop" : "accept";
    text += `\t\ttype filter hook ${c.name.toLowerCase()} priority ${fmt.numericPriority ? number : named}; policy ${policy};\n`;
  }
  if (withRules) {
    for (const r of c.rules) {
      const line = ruleText(r, fmt);
      compat ||= line.compat;
      text += `\t\t${line.text}${handleText(fmt, r.handle)}\n`;
    }
    // the user chain's policy rule
    // (RETURN, the end of a user chain anyway, needs none)
    if (!c.builtin && c.policy !== "RETURN") text += `\t\t${fmt.stateless ? "counter" : "counter packets 0 bytes 0"} ${VERDICTS.get(c.policy ?? "ACCEPT") ?? "accept"}${handleText(fmt, c.policyHandle)}\n`;
  }
  return { text: `${text}\t}\n`, compat };
}

/** `table bridge NAME { … }` with the given chains (rules and blank lines between chains when listing rules). */
export function bridgeTableBlock(name: EbTableName, chains: EbChain[], withRules: boolean, fmt: ListFormat, tableHandle?: number): { text: string; compat: boolean } {
  const blocks = chains.map((c) => chainText(name, c, withRules, fmt));
  const text = `table bridge ${name} {${handleText(fmt, tableHandle)}\n${blocks.map((b) => b.text).join(withRules ? "\n" : "")}}\n`;
  return { text, compat: blocks.some((b) => b.compat) };
}

/** nft -j's object for one of a bridge table's chains. */
export function bridgeChainJson(tableName: EbTableName, c: EbChain): { chain: Record<string, string | number> } {
  const obj: Record<string, string | number> = { family: "bridge", table: tableName, name: c.name, handle: c.handle ?? 0 };
  if (c.builtin) {
    const prio = Number(PRIORITIES[tableName === "filter" ? "filter" : c.name]![1]);
    Object.assign(obj, { type: "filter", hook: c.name.toLowerCase(), prio, policy: c.policy === "DROP" ? "drop" : "accept" });
  }
  return { chain: obj };
}
