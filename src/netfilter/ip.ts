// IPv4 addresses as unsigned 32-bit integers: parsing, printing and masks.
import type { Ipv4 } from "./types.js";

/** Strict dotted quad ("10.0.0.1") → number, or undefined. */
export function parseIpv4(text: string): Ipv4 | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value >>> 0;
}

export function formatIpv4(addr: Ipv4): string {
  return `${addr >>> 24}.${(addr >>> 16) & 255}.${(addr >>> 8) & 255}.${addr & 255}`;
}

/** Netmask for a prefix length 0..32. */
export function prefixToMask(prefix: number): Ipv4 {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Prefix length of a contiguous mask, or -1 when the mask is not contiguous. */
export function maskToPrefix(mask: Ipv4): number {
  const inverted = ~mask >>> 0;
  if ((inverted & (inverted + 1)) !== 0) return -1;
  let bits = 0;
  for (let m = mask >>> 0; m & 0x80000000; m = (m << 1) >>> 0) bits++;
  return bits;
}

export function inSubnet(addr: Ipv4, net: Ipv4, mask: Ipv4): boolean {
  return ((addr & mask) >>> 0) === ((net & mask) >>> 0);
}
