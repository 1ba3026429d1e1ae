// Bob Jenkins' lookup3 hash over 32-bit words, as the kernel's jhash2 computes it. NAT uses
// it to pick an address from a range, so the choice must be the kernel's, bit for bit.

const INITVAL = 0xdeadbeef;

const rol = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

export function jhash2(words: number[], initval: number): number {
  let a = (INITVAL + (words.length << 2) + initval) >>> 0;
  let b = a;
  let c = a;
  let i = 0;
  let left = words.length;
  while (left > 3) {
    a = (a + words[i]!) >>> 0;
    b = (b + words[i + 1]!) >>> 0;
    c = (c + words[i + 2]!) >>> 0;
    a = (a - c) >>> 0; a = (a ^ rol(c, 4)) >>> 0; c = (c + b) >>> 0;
    b = (b - a) >>> 0; b = (b ^ rol(a, 6)) >>> 0; a = (a + c) >>> 0;
    c = (c - b) >>> 0; c = (c ^ rol(b, 8)) >>> 0; b = (b + a) >>> 0;
    a = (a - c) >>> 0; a = (a ^ rol(c, 16)) >>> 0; c = (c + b) >>> 0;
    b = (b - a) >>> 0; b = (b ^ rol(a, 19)) >>> 0; a = (a + c) >>> 0;
    c = (c - b) >>> 0; c = (c ^ rol(b, 4)) >>> 0; b = (b + a) >>> 0;
    left -= 3;
    i += 3;
  }
  if (left === 0) return c;
  if (left >= 3) c = (c + words[i + 2]!) >>> 0;
  if (left >= 2) b = (b + words[i + 1]!) >>> 0;
  a = (a + words[i]!) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol(b, 14)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rol(c, 11)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rol(a, 25)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol(b, 16)) >>> 0;
  a = (a ^ c) >>> 0; a = (a - rol(c, 4)) >>> 0;
  b = (b ^ a) >>> 0; b = (b - rol(a, 14)) >>> 0;
  c = (c ^ b) >>> 0; c = (c - rol(b, 24)) >>> 0;
  return c;
}

/** An IPv4 address as the u32 a little-endian CPU reads from its network-order bytes. */
export function wireWord(addr: number): number {
  return (((addr & 0xff) << 24) | (((addr >>> 8) & 0xff) << 16) | (((addr >>> 16) & 0xff) << 8) | (addr >>> 24)) >>> 0;
}

/** reciprocal_scale: maps a 32-bit hash onto [0, range). */
export function reciprocalScale(hash: number, range: number): number {
  return Number((BigInt(hash >>> 0) * BigInt(range >>> 0)) >> 32n);
}
