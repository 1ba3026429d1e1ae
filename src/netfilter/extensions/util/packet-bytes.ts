// The wire bytes of an emulated packet, for matches that read raw offsets (u32): a 20-byte
// IPv4 header (or IPv6's 40), the TCP/UDP/ICMP header with the fields the model keeps (others zero; TCP
// options in Linux's order and sizes, timestamps zero), then the payload text as UTF-8.
import type { Packet } from "../../types.js";

/** TCP option bytes by kind, as Linux sends them (window scale 7); timestamps left zero. */
function tcpOptionBytes(kinds: number[], mss: number): number[] {
  const out: number[] = [];
  for (const k of kinds) {
    if (k === 0 || k === 1) out.push(k);
    else if (k === 2) out.push(2, 4, (mss >>> 8) & 0xff, mss & 0xff);
    else if (k === 3) out.push(3, 3, 7);
    else if (k === 4) out.push(4, 2);
    else if (k === 8) out.push(8, 10, 0, 0, 0, 0, 0, 0, 0, 0);
    else out.push(k, 2);
  }
  while (out.length % 4) out.push(0);
  return out;
}

/**
 * IP_DF: sockets send with path MTU discovery on (DF set), and so do the kernel's TCP resets;
 * its ICMP messages (echo replies, errors) go without. Fragments never carry it here.
 */
function dontFragment(pkt: Packet): boolean {
  if (pkt.moreFragments || pkt.fragOffset !== 0) return false;
  return pkt.proto !== 1 || pkt.icmpType === 8;
}

export function packetBytes(pkt: Packet): Uint8Array {
  const payload = new TextEncoder().encode(pkt.payload ?? "");
  const options = pkt.proto === 6 ? tcpOptionBytes(pkt.tcpOptions ?? [], pkt.tcpMss ?? 1460) : [];
  const l4 = pkt.proto === 6 ? 20 + options.length : pkt.proto === 17 || pkt.proto === 1 || pkt.proto === 58 ? 8 : 0;
  // an IPv6 packet (src6/dst6) has the 40-byte header without extension headers
  const v6 = pkt.src6 !== undefined && pkt.dst6 !== undefined;
  const ip = v6 ? 40 : 20;
  const total = Math.max(pkt.length, ip + l4 + payload.length);
  const b = new Uint8Array(total);
  const put16 = (at: number, v: number) => {
    b[at] = (v >>> 8) & 0xff;
    b[at + 1] = v & 0xff;
  };
  const put32 = (at: number, v: number) => {
    put16(at, v >>> 16);
    put16(at + 2, v & 0xffff);
  };
  if (v6) {
    put32(0, (0x60000000 | ((pkt.tos & 0xff) << 20)) >>> 0);
    put16(4, total - 40);
    b[6] = pkt.proto & 0xff;
    b[7] = pkt.ttl & 0xff;
    pkt.src6!.forEach((g, i) => put16(8 + 2 * i, g));
    pkt.dst6!.forEach((g, i) => put16(24 + 2 * i, g));
  } else {
    b[0] = 0x45;
    b[1] = pkt.tos & 0xff;
    put16(2, total);
    put16(6, (dontFragment(pkt) ? 0x4000 : 0) | (pkt.moreFragments ? 0x2000 : 0) | (pkt.fragOffset & 0x1fff));
    b[8] = pkt.ttl & 0xff;
    b[9] = pkt.proto & 0xff;
    put32(12, pkt.src);
    put32(16, pkt.dst);
  }
  if (pkt.proto === 6) {
    put16(ip, pkt.sport);
    put16(ip + 2, pkt.dport);
    b[ip + 12] = (l4 / 4) << 4;
    b[ip + 13] = pkt.tcpFlags & 0xff;
    b.set(options, ip + 20);
  } else if (pkt.proto === 17) {
    put16(ip, pkt.sport);
    put16(ip + 2, pkt.dport);
    put16(ip + 4, 8 + payload.length);
  } else if (pkt.proto === 1 || pkt.proto === 58) {
    b[ip] = pkt.icmpType & 0xff;
    b[ip + 1] = pkt.icmpCode & 0xff;
    put16(ip + 4, pkt.icmpId);
    put16(ip + 6, pkt.icmpSeq);
  }
  b.set(payload.subarray(0, total - ip - l4), ip + l4);
  return b;
}
