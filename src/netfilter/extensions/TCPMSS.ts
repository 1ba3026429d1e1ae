// -j TCPMSS: rewrite the MSS option of TCP SYNs. The kernel wants `-p tcp`; with nf_tables it
// does not look for a SYN match (iptables-legacy does). Path-MTU clamping only from FORWARD,
// OUTPUT and POSTROUTING (checked for built-in chains only under nft).
import type { TargetExtension } from "../extension.js";
import type { TcpData } from "./tcp.js";
import type { HookContext, Packet, Rule } from "../types.js";
import { IPPROTO_TCP, TCP_SYN } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { badValue } from "./util/errors.js";
import { anyOptionGiven, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface TcpmssData {
  /** The MSS to set, or CLAMP_PMTU. */
  mss: number;
}

export const CLAMP_PMTU = 0xffff;
/** 65535 less the IP header: libxt_TCPMSS's range for IPv4 and for IPv6. */
const mssMax = (family?: 4 | 6) => 65535 - (family === 6 ? 40 : 20);

const SPECS: OptionSpec[] = [
  { name: "set-mss", id: 0, args: 1 },
  { name: "clamp-mss-to-pmtu", id: 1, args: 0 },
];

/**
 * The kernel's find_syn_match: a tcp match whose --tcp-flags compare value holds SYN and is
 * not inverted. Only the compare value counts, not the mask (`--tcp-flags NONE SYN` passes,
 * though with a zero mask it saves no --tcp-flags at all).
 */
export function hasSynMatch(rule: Rule): boolean {
  return rule.matches.some((m) => m.name === "tcp" && ((m.data as TcpData).flagCmp & TCP_SYN) !== 0 && !(m.data as TcpData).invFlags);
}

export const TCPMSS: TargetExtension<TcpmssData> = {
  name: "TCPMSS",
  help: TARGET_HELP.TCPMSS,
  options: extOptions(SPECS),
  init: () => ({ mss: 0 }),
  parse(data, call) {
    noteOption("TCPMSS", SPECS, data, call);
    if (call.option === "clamp-mss-to-pmtu") {
      data.mss = CLAMP_PMTU;
      return;
    }
    const max = mssMax(call.family);
    const mss = strtoulWhole(call.args[0] ?? "", 0, max);
    if (mss === undefined) throw badValue("TCPMSS", "set-mss", 0, max);
    data.mss = mss;
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) throw paramProblem("TCPMSS target: At least one parameter is required");
  },
  checkEntry(data, call) {
    if (call.rule.proto !== IPPROTO_TCP || call.rule.protoInvert) return false;
    if (data.mss === CLAMP_PMTU && (call.chain === "PREROUTING" || call.chain === "INPUT")) return false;
    return call.backend !== "legacy" || hasSynMatch(call.rule);
  },
  save: (data) => (data.mss === CLAMP_PMTU ? "--clamp-mss-to-pmtu" : `--set-mss ${data.mss}`),
  print: (data) => (data.mss === CLAMP_PMTU ? "TCPMSS clamp to PMTU" : `TCPMSS set ${data.mss}`),
  action: (data, pkt, ctx) => (mangleMss(data, pkt, ctx) ? { kind: "CONTINUE" } : { kind: "DROP" }),
};

/** IPv4 + TCP header without options: what PMTU clamping subtracts from the MTU. */
const MIN_HEADERS = 40;
/** RFC 879's default MSS, the most an added option may announce. */
const DEFAULT_MSS = 536;
const TCPOLEN_MSS = 4;

/**
 * The packet path offers the MTUs PMTU clamping needs (an optional context function):
 * `out` = the device the packet's route leaves by, `back` = the device of the route back to
 * its source (tcpmss_reverse_mtu; undefined when there is none).
 */
type WithMtus = HookContext & { pathMtus?(pkt: Packet): { out?: number; back?: number } };

/**
 * tcpmss_mangle_packet: lower an MSS option to the new value (never raise it); a segment
 * without one and without data gets one added (4 more bytes), announcing at most 536. The
 * kernel does this for any TCP segment the rule reaches, not only SYNs. False = drop.
 */
function mangleMss(data: TcpmssData, pkt: Packet, ctx: HookContext): boolean {
  if (pkt.proto !== IPPROTO_TCP || pkt.fragOffset !== 0) return true;
  let newMss = data.mss;
  if (data.mss === CLAMP_PMTU) {
    const mtus = (ctx as WithMtus).pathMtus?.(pkt);
    const out = mtus?.out;
    // "unknown or invalid path-MTU": the kernel drops the packet.
    if (out === undefined || out <= MIN_HEADERS) return false;
    newMss = Math.min(out, mtus?.back ?? Infinity) - MIN_HEADERS;
  }
  if (pkt.tcpMss !== undefined) {
    if (pkt.tcpMss > newMss) pkt.tcpMss = newMss;
    return true;
  }
  if (pkt.payload) return true;
  pkt.tcpMss = Math.min(newMss, DEFAULT_MSS);
  if (pkt.tcpOptions && !pkt.tcpOptions.includes(2)) pkt.tcpOptions = [...pkt.tcpOptions, 2];
  pkt.length += TCPOLEN_MSS;
  return true;
}
