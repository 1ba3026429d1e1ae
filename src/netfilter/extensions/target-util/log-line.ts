// The kernel log line nf_log_syslog writes for an IPv4 packet (LOG target). Every field ends
// with a space, so the line does too (kernel source: net/netfilter/nf_log_syslog.c). Fields the
// emulated packet does not carry (IP ID, TCP window and sequence numbers, SPIs) print as 0.
import { formatIpv4 } from "../../ip.js";
import type { HookContext, Packet } from "../../types.js";
import {
  IPPROTO_ICMP,
  IPPROTO_TCP,
  IPPROTO_UDP,
  TCP_ACK,
  TCP_CWR,
  TCP_ECE,
  TCP_FIN,
  TCP_PSH,
  TCP_RST,
  TCP_SYN,
  TCP_URG,
} from "../../types.js";

/** xt_LOG flag bits (what -L -n shows as "flags N"). */
export const LOG_TCPSEQ = 0x01;
export const LOG_TCPOPT = 0x02;
export const LOG_IPOPT = 0x04;
export const LOG_UID = 0x08;
export const LOG_MACDECODE = 0x20;

const TCP_FLAG_NAMES: ReadonlyArray<[number, string]> = [
  [TCP_CWR, "CWR"],
  [TCP_ECE, "ECE"],
  [TCP_URG, "URG"],
  [TCP_ACK, "ACK"],
  [TCP_PSH, "PSH"],
  [TCP_RST, "RST"],
  [TCP_SYN, "SYN"],
  [TCP_FIN, "FIN"],
];

const IPPROTO_UDPLITE = 136;
const IPPROTO_AH = 51;
const IPPROTO_ESP = 50;
const ICMP_ECHOREPLY = 0;
const ICMP_DEST_UNREACH = 3;
const ICMP_SOURCE_QUENCH = 4;
const ICMP_REDIRECT = 5;
const ICMP_ECHO = 8;
const ICMP_TIME_EXCEEDED = 11;
const ICMP_PARAMETERPROB = 12;
const ICMP_FRAG_NEEDED = 4;
const ICMP_WITH_PACKET = new Set([ICMP_DEST_UNREACH, ICMP_SOURCE_QUENCH, ICMP_REDIRECT, ICMP_TIME_EXCEEDED]);

function hex2upper(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, "0");
}

function macField(pkt: Packet, ctx: HookContext, flags: number): string {
  const iface = ctx.inIface ?? "";
  if (iface === "lo") return "MAC=00:00:00:00:00:00:00:00:00:00:00:00:08:00 ";
  if (!pkt.srcMac || !pkt.dstMac) return "MAC= ";
  if (flags & LOG_MACDECODE) return `MACSRC=${pkt.srcMac} MACDST=${pkt.dstMac} MACPROTO=0800 `;
  return `MAC=${pkt.dstMac}:${pkt.srcMac}:08:00 `;
}

/** dump_ipv4_packet: the IP header and the transport header; `inner` for ICMP error payloads. */
function ipv4Fields(pkt: Packet, flags: number, inner: boolean): string {
  let out = `SRC=${formatIpv4(pkt.src)} DST=${formatIpv4(pkt.dst)} `;
  out += `LEN=${pkt.length} TOS=0x${hex2upper(pkt.tos & 0x1e)} PREC=0x${hex2upper(pkt.tos & 0xe0)} TTL=${pkt.ttl} ID=0 `;
  // (The emulated packet has no DF or evil-bit flags; CE here is that frag_off bit, not ECN.)
  if (pkt.moreFragments) out += "MF ";
  if (pkt.fragOffset) out += `FRAG:${pkt.fragOffset} `;
  const fragment = pkt.fragOffset !== 0;
  switch (pkt.proto) {
    case IPPROTO_TCP:
      out += "PROTO=TCP ";
      if (fragment) break;
      out += `SPT=${pkt.sport} DPT=${pkt.dport} `;
      if (flags & LOG_TCPSEQ) out += "SEQ=0 ACK=0 ";
      out += "WINDOW=0 RES=0x00 ";
      for (const [bit, name] of TCP_FLAG_NAMES) if (pkt.tcpFlags & bit) out += `${name} `;
      out += "URGP=0 ";
      break;
    case IPPROTO_UDP:
    case IPPROTO_UDPLITE:
      out += pkt.proto === IPPROTO_UDP ? "PROTO=UDP " : "PROTO=UDPLITE ";
      if (fragment) break;
      out += `SPT=${pkt.sport} DPT=${pkt.dport} LEN=${Math.max(pkt.length - 20, 8)} `;
      break;
    case IPPROTO_ICMP:
      out += "PROTO=ICMP ";
      if (fragment) break;
      out += `TYPE=${pkt.icmpType} CODE=${pkt.icmpCode} `;
      if (pkt.icmpType === ICMP_ECHO || pkt.icmpType === ICMP_ECHOREPLY) {
        out += `ID=${pkt.icmpId} SEQ=${pkt.icmpSeq} `;
      } else if (pkt.icmpType === ICMP_PARAMETERPROB) {
        out += "PARAMETER=0 ";
      } else if (ICMP_WITH_PACKET.has(pkt.icmpType)) {
        if (pkt.icmpType === ICMP_REDIRECT) out += "GATEWAY=0.0.0.0 ";
        // The kernel shows the offending packet, one level deep.
        if (!inner && pkt.inner) out += `[${ipv4Fields(pkt.inner, flags, true)}] `;
        if (pkt.icmpType === ICMP_DEST_UNREACH && pkt.icmpCode === ICMP_FRAG_NEEDED) out += "MTU=0 ";
      }
      break;
    case IPPROTO_AH:
      if (fragment) break;
      out += "PROTO=AH SPI=0x0 ";
      break;
    case IPPROTO_ESP:
      out += "PROTO=ESP ";
      if (!fragment) out += "SPI=0x0 ";
      break;
    default:
      out += `PROTO=${pkt.proto} `;
  }
  return out;
}

/** The whole line (without the dmesg timestamp), as nf_log_ip_packet builds it. */
export function formatLogLine(prefix: string, flags: number, pkt: Packet, ctx: HookContext): string {
  let out = `${prefix}IN=${ctx.inIface ?? ""} OUT=${ctx.outIface ?? ""} `;
  if (ctx.physIn && ctx.physIn !== ctx.inIface) out += `PHYSIN=${ctx.physIn} `;
  if (ctx.physOut && ctx.physOut !== ctx.outIface) out += `PHYSOUT=${ctx.physOut} `;
  if (ctx.inIface !== undefined) out += macField(pkt, ctx, flags);
  out += ipv4Fields(pkt, flags, false);
  if (flags & LOG_UID && ctx.socketUid !== undefined) out += `UID=${ctx.socketUid} GID=${ctx.socketGid ?? 0} `;
  if (pkt.mark) out += `MARK=0x${(pkt.mark >>> 0).toString(16)} `;
  return out;
}
