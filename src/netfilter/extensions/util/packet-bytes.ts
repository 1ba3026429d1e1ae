// The wire bytes of an emulated packet, for matches that read raw offsets (u32): a 20-byte
// IPv4 header, the TCP/UDP/ICMP header with the fields the model keeps (others zero), then
// the payload text as UTF-8.
import type { Packet } from "../../types.js";

export function packetBytes(pkt: Packet): Uint8Array {
  const payload = new TextEncoder().encode(pkt.payload ?? "");
  const l4 = pkt.proto === 6 ? 20 : pkt.proto === 17 || pkt.proto === 1 ? 8 : 0;
  const total = Math.max(pkt.length, 20 + l4 + payload.length);
  const b = new Uint8Array(total);
  const put16 = (at: number, v: number) => {
    b[at] = (v >>> 8) & 0xff;
    b[at + 1] = v & 0xff;
  };
  const put32 = (at: number, v: number) => {
    put16(at, v >>> 16);
    put16(at + 2, v & 0xffff);
  };
  b[0] = 0x45;
  b[1] = pkt.tos & 0xff;
  put16(2, total);
  put16(6, (pkt.moreFragments ? 0x2000 : 0) | (pkt.fragOffset & 0x1fff));
  b[8] = pkt.ttl & 0xff;
  b[9] = pkt.proto & 0xff;
  put32(12, pkt.src);
  put32(16, pkt.dst);
  if (pkt.proto === 6) {
    put16(20, pkt.sport);
    put16(22, pkt.dport);
    b[32] = 5 << 4;
    b[33] = pkt.tcpFlags & 0xff;
  } else if (pkt.proto === 17) {
    put16(20, pkt.sport);
    put16(22, pkt.dport);
    put16(24, 8 + payload.length);
  } else if (pkt.proto === 1) {
    b[20] = pkt.icmpType & 0xff;
    b[21] = pkt.icmpCode & 0xff;
    put16(24, pkt.icmpId);
    put16(26, pkt.icmpSeq);
  }
  b.set(payload.subarray(0, total - 20 - l4), 20 + l4);
  return b;
}
