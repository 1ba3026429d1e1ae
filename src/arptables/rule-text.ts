// How arptables-nft 1.8.9 prints a rule (nft_arp_print_rule_details, then the target's own
// words): "-j TARGET" first, interfaces, addresses and MACs, then the ARP header fields. -L,
// -v echoes and save differ only in the format flags.
import { macMaskText } from "../netfilter/mac.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { type NameTables, maskSuffix } from "../iptables/address.js";
import { formatCount } from "../iptables/numbers.js";
import { targetText } from "./targets.js";
import { type ArpRule, INV } from "./types.js";

export const ARP_OPCODES = [
  "Request",
  "Reply",
  "Request_Reverse",
  "Reply_Reverse",
  "DRARP_Request",
  "DRARP_Reply",
  "DRARP_Error",
  "InARP_Request",
  "ARP_NAK",
];

export interface ArpFormat {
  numeric: boolean;
  /** FMT_VIA: "-i any"/"-i *" for rules without an interface. */
  via: boolean;
}

function address(a: { addr: number; mask: number }, numeric: boolean, names: NameTables): string {
  const host = numeric ? formatIpv4(a.addr) : (names.hostByAddr(a.addr) ?? names.netByAddr(a.addr) ?? formatIpv4(a.addr));
  return host + maskSuffix(a.mask);
}

/** The rule's words without a leading blank (nft_arp_print_rule_details + the target's print). */
export function ruleDetails(r: ArpRule, fmt: ArpFormat, names: NameTables, targetNumeric = fmt.numeric): string {
  const parts: string[] = [];
  const bang = (flag: number): string => (r.invflags & flag ? "! " : "");
  if (r.target) parts.push(`-j ${r.target}`);
  const any = fmt.numeric ? "*" : "any";
  if (r.iniface || fmt.via) parts.push(`${bang(INV.VIA_IN)}-i ${r.iniface || any}`);
  if (r.outiface || fmt.via) parts.push(`${bang(INV.VIA_OUT)}-o ${r.outiface || any}`);
  if (r.src.mask !== 0) parts.push(`${bang(INV.SRCIP)}-s ${address(r.src, fmt.numeric, names)}`);
  if (r.srcMac && r.srcMac.mask.some((b) => b !== 0)) parts.push(`${bang(INV.SRCDEVADDR)}--src-mac ${macMaskText(r.srcMac)}`);
  if (r.tgt.mask !== 0) parts.push(`${bang(INV.DSTIP)}-d ${address(r.tgt, fmt.numeric, names)}`);
  if (r.tgtMac && r.tgtMac.mask.some((b) => b !== 0)) parts.push(`${bang(INV.TGTDEVADDR)}--dst-mac ${macMaskText(r.tgtMac)}`);
  if (r.opMask !== 0) {
    // (opcode 0, from "! --opcode 0", indexes before the name table: glibc prints "(null)")
    const name = r.op <= ARP_OPCODES.length && !fmt.numeric ? (ARP_OPCODES[r.op - 1] ?? "(null)") : String(r.op);
    parts.push(`${bang(INV.ARPOP)}--opcode ${name}${r.opMask !== 0xffff ? `/${r.opMask}` : ""}`);
  }
  if (r.hrdMask !== 0xffff || r.hrd !== 1) {
    const name = r.hrd === 1 && !fmt.numeric ? "Ethernet" : String(r.hrd);
    parts.push(`${bang(INV.ARPHRD)}--h-type ${name}${r.hrdMask !== 0xffff ? `/${r.hrdMask}` : ""}`);
  }
  if (r.proMask !== 0) {
    const name = r.pro === 0x0800 && !fmt.numeric ? "IPv4" : `0x${r.pro.toString(16)}`;
    parts.push(`${bang(INV.PROTO)}--proto-type ${name}${r.proMask !== 0xffff ? `/${r.proMask.toString(16)}` : ""}`);
  }
  let text = parts.join(" ");
  if (r.targetData) text += targetText(r.targetData, targetNumeric, names);
  return text;
}

/** One -L line (nft_arp_print_rule): counters unless FMT_NOCOUNTS. */
export function listLine(r: ArpRule, num: number | undefined, fmt: ArpFormat & { counters: boolean; exact: boolean }, names: NameTables): string {
  let line = num !== undefined ? `${num} ` : "";
  line += ruleDetails(r, fmt, names);
  if (fmt.counters) line += ` , pcnt=${formatCount(r.pcnt, !fmt.exact, false)}-- bcnt=${formatCount(r.bcnt, !fmt.exact, false)}`;
  return `${line}\n`;
}

/** The -v echo of a rule being added, deleted or checked (FMT_PRINT_RULE). */
export function echoLine(r: ArpRule, names: NameTables): string {
  // (QUEUE is sent as the xt "standard" target, and reads back under that name)
  const shown = r.target === "QUEUE" ? { ...r, target: "standard" } : r;
  return `${ruleDetails(shown, { numeric: true, via: true }, names)}\n`;
}

/** Save and -S form: "-A CHAIN" then " " and the numeric details (mangle's save names hosts). */
export function saveLine(chain: string, r: ArpRule, names: NameTables, counters: boolean): string {
  const prefix = counters ? `[${r.pcnt}:${r.bcnt}] ` : "";
  return `${prefix}-A ${chain} ${ruleDetails(r, { numeric: true, via: false }, names, false)}\n`;
}
