// Building the packets the stacks send, with Linux's sizes (they are what byte counters add):
// SYN/SYN-ACK 60 (IP 20 + TCP 20 + options 20), segments with timestamps 52 + data,
// stack RSTs 40, UDP 28 + payload, ICMP errors 28 + the quoted packet (up to 576 in all).
import type { Ipv4, Packet } from "../netfilter/types.js";
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from "../netfilter/types.js";

export const TCP_SYN_LEN = 60;
export const TCP_TS_SEGMENT_LEN = 52;
export const TCP_BARE_RST_LEN = 40;

function base(src: Ipv4, dst: Ipv4, proto: number, length: number): Packet {
  return {
    src,
    dst,
    proto,
    sport: 0,
    dport: 0,
    tcpFlags: 0,
    icmpType: 0,
    icmpCode: 0,
    icmpId: 0,
    icmpSeq: 0,
    length,
    ttl: 64,
    tos: 0,
    fragOffset: 0,
    moreFragments: false,
    mark: 0,
  };
}

export function tcpPacket(
  src: Ipv4,
  dst: Ipv4,
  sport: number,
  dport: number,
  flags: number,
  length: number,
  payload?: string,
): Packet {
  const p = base(src, dst, IPPROTO_TCP, length);
  p.sport = sport;
  p.dport = dport;
  p.tcpFlags = flags;
  if (payload !== undefined) p.payload = payload;
  // Header options by size: a 60-byte SYN carries MSS, SACK-permitted, timestamps, NOP and
  // window scale; 52-byte segments NOP, NOP, timestamps; a bare 40-byte RST none.
  if (length === TCP_SYN_LEN && flags & 0x02) p.tcpOptions = [2, 4, 8, 1, 3];
  else if (length >= TCP_TS_SEGMENT_LEN) p.tcpOptions = [1, 1, 8];
  return p;
}

/**
 * A segment of a connection: 52 bytes of headers with timestamps, 40 when the handshake did not
 * agree on them (the SYN arrived without the option), plus the payload.
 */
export function tcpSegment(src: Ipv4, dst: Ipv4, sport: number, dport: number, flags: number, noTimestamps: boolean | undefined, payload?: string): Packet {
  const data = payload === undefined ? 0 : utf8Length(payload);
  const p = tcpPacket(src, dst, sport, dport, flags, (noTimestamps ? TCP_BARE_RST_LEN : TCP_TS_SEGMENT_LEN) + data, payload);
  p.tcpOptions = noTimestamps ? [] : [1, 1, 8];
  return p;
}

/**
 * The SYN-ACK answering a SYN that offered `offered` (option kinds), in Linux's layout: MSS, then
 * SACK-permitted and timestamps (NOPs where one is missing), then NOP and window scale.
 */
export function synAckFor(src: Ipv4, dst: Ipv4, sport: number, dport: number, offered: number[] | undefined): Packet {
  const o = offered ?? [2, 4, 8, 1, 3];
  const sack = o.includes(4);
  const ts = o.includes(8);
  const kinds = [2, ...(ts ? (sack ? [4, 8] : [1, 1, 8]) : sack ? [1, 1, 4] : []), ...(o.includes(3) ? [1, 3] : [])];
  const bytes = 4 + (ts ? 12 : sack ? 4 : 0) + (o.includes(3) ? 4 : 0);
  const p = tcpPacket(src, dst, sport, dport, 0x12, 40 + bytes);
  p.tcpOptions = kinds;
  return p;
}


export function udpPacket(src: Ipv4, dst: Ipv4, sport: number, dport: number, payload: string): Packet {
  const p = base(src, dst, IPPROTO_UDP, 28 + utf8Length(payload));
  p.sport = sport;
  p.dport = dport;
  p.payload = payload;
  return p;
}

export function icmpEcho(src: Ipv4, dst: Ipv4, type: 0 | 8, id: number, seq: number, dataLen: number): Packet {
  const p = base(src, dst, IPPROTO_ICMP, 28 + dataLen);
  p.icmpType = type;
  p.icmpId = id;
  p.icmpSeq = seq;
  return p;
}

/** An ICMP error quoting `about` (as much of it as fits in 576 bytes). */
export function icmpError(src: Ipv4, about: Packet, type: number, code: number): Packet {
  const p = base(src, about.src, IPPROTO_ICMP, 28 + Math.min(about.length, 576 - 28));
  p.icmpType = type;
  p.icmpCode = code;
  // __icmp_send: an error keeps the offender's TOS bits with precedence "internetwork control"
  p.tos = (about.tos & 0x1e) | 0xc0;
  p.inner = { ...about, inner: undefined, payload: undefined };
  return p;
}

export function utf8Length(text: string): number {
  // counted, not encoded (TextEncoder's bytes: a lone surrogate becomes U+FFFD, 3 bytes)
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Python's json.dumps string form (ensure_ascii): what serve and probe print. */
export function pyJsonString(text: string): string {
  // printable ASCII other than '"' and '\\' stands for itself
  if (/^[\x20\x21\x23-\x5b\x5d-\x7e]*$/.test(text)) return `"${text}"`;
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (code < 0x20 || code > 0x7e) {
      if (code > 0xffff) {
        const v = code - 0x10000;
        out += `\\u${(0xd800 + (v >> 10)).toString(16).padStart(4, "0")}`;
        out += `\\u${(0xdc00 + (v & 0x3ff)).toString(16).padStart(4, "0")}`;
      } else out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return out + '"';
}

/** A JSON object line as json.dumps prints it (", " and ": " separators), string values only. */
export function pyJsonObject(fields: [string, string][]): string {
  return "{" + fields.map(([k, v]) => `${pyJsonString(k)}: ${pyJsonString(v)}`).join(", ") + "}";
}

/** icmp_err_convert: the errno a socket gets for destination-unreachable codes. */
const UNREACH_ERRNO = [
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENOPROTOOPT",
  "ECONNREFUSED",
  "EMSGSIZE",
  "EOPNOTSUPP",
  "ENETUNREACH",
  "EHOSTDOWN",
  "ENONET",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EHOSTUNREACH",
  "EHOSTUNREACH",
  "EHOSTUNREACH",
];

export function icmpErrno(type: number, code: number): string | undefined {
  if (type === 3) return UNREACH_ERRNO[code] ?? "EHOSTUNREACH";
  if (type === 11) return "EHOSTUNREACH";
  if (type === 12) return "EPROTO";
  return undefined;
}

/** REJECT --reject-with names → ICMP destination-unreachable codes. */
export const REJECT_CODES: Record<string, number> = {
  "icmp-net-unreachable": 0,
  "icmp-host-unreachable": 1,
  "icmp-proto-unreachable": 2,
  "icmp-port-unreachable": 3,
  "icmp-net-prohibited": 9,
  "icmp-host-prohibited": 10,
  "icmp-admin-prohibited": 13,
};
