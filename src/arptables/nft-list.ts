// How nft (1.0.6) lists the arp filter table arptables-nft 1.8.9 made. Each rule is stored as
// native payload matches in nft_arp_add's order: interfaces, hardware type, protocol type,
// hardware and protocol address lengths (always 6 and 4), operation, then the sender's MAC
// and IP and the target's MAC and IP; then the counter and the verdict. Target extensions are
// xt expressions (CLASSIFY's has a translation), which make nft warn about the table.
import type { Namespace } from "../net/types.js";
import { macText } from "../netfilter/mac.js";
import { addressMatch } from "../iptables/translate.js";
import { bytePrefix, etherType } from "../ebtables/nft-list.js";
import type { ListFormat } from "../iptables/nft-list.js";
import { INV, type ArpChain, type ArpMac, type ArpRule, type ArpTable } from "./types.js";

/** The arp filter table when it exists. */
export function arpNftTable(ns: Namespace): ArpTable | undefined {
  const table = ns.arptables as ArpTable | undefined;
  return table?.exists ? table : undefined;
}

/** Chains nft has (user chains, built-ins gone live), in the order it made them. */
export function arpNftChains(table: ArpTable): ArpChain[] {
  const live = table.chains.filter((c) => !c.builtin || c.live);
  const key = (c: ArpChain) => c.made ?? Number.MAX_SAFE_INTEGER;
  return live.map((c, i) => ({ c, i })).sort((a, b) => key(a.c) - key(b.c) || a.i - b.i).map((x) => x.c);
}

const neq = (invert: boolean) => (invert ? "!= " : "");
const OPERATIONS: Record<number, string> = { 1: "request", 2: "reply", 3: "rrequest", 4: "rreply", 8: "inrequest", 9: "inreply", 10: "nak" };

function macMatch(who: "saddr" | "daddr", m: ArpMac, invert: boolean): string {
  const prefix = bytePrefix(m.mask);
  if (prefix === 48) return `arp ${who} ether ${neq(invert)}${macText(m.mac)}`;
  if (prefix !== undefined) return `arp ${who} ether ${neq(invert)}${macText(m.mac)}/${prefix}`;
  return `arp ${who} ether & ${macText(m.mask)} ${invert ? "!=" : "=="} ${macText(m.mac)}`;
}

function ipMatch(who: "saddr" | "daddr", a: { addr: number; mask: number }, invert: boolean): string {
  // (a mask that is no prefix is a bitwise and)
  return addressMatch(`arp ${who} ip`, a, invert, 4);
}

function iface(key: string, name: string, invert: boolean): string {
  return `${key} ${neq(invert)}"${name.endsWith("+") ? `${name.slice(0, -1)}*` : name}"`;
}

// a Map: a chain named "toString" must not find Object.prototype's
const VERDICTS = new Map([["ACCEPT", "accept"], ["DROP", "drop"], ["RETURN", "return"]]);

function ruleText(r: ArpRule, fmt: ListFormat): { text: string; compat: boolean } {
  const inv = (bit: number) => (r.invflags & bit) !== 0;
  const parts: string[] = [];
  if (r.iniface) parts.push(iface("iifname", r.iniface, inv(INV.VIA_IN)));
  if (r.outiface) parts.push(iface("oifname", r.outiface, inv(INV.VIA_OUT)));
  if (r.hrd !== 0 || inv(INV.ARPHRD)) parts.push(`arp htype ${neq(inv(INV.ARPHRD))}${r.hrd}`);
  if (r.proMask !== 0) parts.push(`arp ptype ${neq(inv(INV.PROTO))}${etherType(r.pro, fmt.numericSymbols)}`);
  parts.push("arp hlen 6", "arp plen 4");
  if (r.opMask !== 0) parts.push(`arp operation ${neq(inv(INV.ARPOP))}${(fmt.numericSymbols ? undefined : OPERATIONS[r.op]) ?? r.op}`);
  const unread = r.unreadMacs;
  if (r.srcMac) parts.push(macMatch("saddr", r.srcMac, inv(INV.SRCDEVADDR)));
  else if (unread?.src) parts.push(macMatch("saddr", unread.src, unread.src.invert));
  if (r.src.mask !== 0 || inv(INV.SRCIP)) parts.push(ipMatch("saddr", r.src, inv(INV.SRCIP)));
  if (r.tgtMac) parts.push(macMatch("daddr", r.tgtMac, inv(INV.TGTDEVADDR)));
  else if (unread?.tgt) parts.push(macMatch("daddr", unread.tgt, unread.tgt.invert));
  if (r.tgt.mask !== 0 || inv(INV.DSTIP)) parts.push(ipMatch("daddr", r.tgt, inv(INV.DSTIP)));
  parts.push(fmt.stateless ? "counter" : `counter packets ${r.pcnt} bytes ${r.bcnt}`);
  const data = r.targetData;
  if (data?.kind === "CLASSIFY") parts.push(`meta priority set ${(data.priority >>> 16).toString(16)}:${(data.priority & 0xffff).toString(16)}`);
  else if (data) parts.push(`xt target ${data.kind}`);
  else if (r.target) parts.push(VERDICTS.get(r.target) ?? `jump ${r.target}`);
  return { text: parts.join(" "), compat: data !== undefined };
}

/** `table arp filter { … }` with the given chains (rules and blank lines between chains when listing rules). */
export function arpTableBlock(chains: ArpChain[], withRules: boolean, fmt: ListFormat, tableHandle?: number): { text: string; compat: boolean } {
  let compat = false;
  // nft -a: "# handle N" after the table's, each chain's and each rule's text
  const handle = (h: number | undefined) => (fmt.handles && h !== undefined ? ` # handle ${h}` : "");
  const blocks = chains.map((c) => {
    let text = `\tchain ${c.name} {${handle(c.handle)}\n`;
    if (c.builtin) text += `\t\ttype filter hook ${c.name.toLowerCase()} priority ${fmt.numericPriority ? "0" : "filter"}; policy ${c.policy === "DROP" ? "drop" : "accept"};\n`;
    if (withRules) {
      for (const r of c.rules) {
        const line = ruleText(r, fmt);
        compat ||= line.compat;
        text += `\t\t${line.text}${handle(r.handle)}\n`;
      }
    }
    return `${text}\t}\n`;
  });
  return { text: `table arp filter {${handle(tableHandle)}\n${blocks.join(withRules ? "\n" : "")}}\n`, compat };
}

/** nft -j's object for one of the chains. */
export function arpChainJson(c: ArpChain): { chain: Record<string, string | number> } {
  const obj: Record<string, string | number> = { family: "arp", table: "filter", name: c.name, handle: c.handle ?? 0 };
  if (c.builtin) Object.assign(obj, { type: "filter", hook: c.name.toLowerCase(), prio: 0, policy: c.policy === "DROP" ? "drop" : "accept" });
  return { chain: obj };
}
