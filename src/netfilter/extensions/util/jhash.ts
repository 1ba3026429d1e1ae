// The kernel's jhash (Bob Jenkins' lookup3, include/linux/jhash.h) on 32-bit words, for
// results a learner can see: HMARK's mark, cluster's node, a NAT range's address.

const JHASH_INITVAL = 0xdeadbeef;

const rol32 = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;

/** jhash2: an array of 32-bit words. */
export function jhash2(k: number[], initval: number): number {
  let a = (JHASH_INITVAL + (k.length << 2) + initval) >>> 0;
  let b = a;
  let c = a;
  let i = 0;
  for (; k.length - i > 3; i += 3) {
    a = (a + k[i]!) >>> 0;
    b = (b + k[i + 1]!) >>> 0;
    c = (c + k[i + 2]!) >>> 0;
    // __jhash_mix
    a = ((a - c) >>> 0 ^ rol32(c, 4)) >>> 0; c = (c + b) >>> 0;
    b = ((b - a) >>> 0 ^ rol32(a, 6)) >>> 0; a = (a + c) >>> 0;
    c = ((c - b) >>> 0 ^ rol32(b, 8)) >>> 0; b = (b + a) >>> 0;
    a = ((a - c) >>> 0 ^ rol32(c, 16)) >>> 0; c = (c + b) >>> 0;
    b = ((b - a) >>> 0 ^ rol32(a, 19)) >>> 0; a = (a + c) >>> 0;
    c = ((c - b) >>> 0 ^ rol32(b, 4)) >>> 0; b = (b + a) >>> 0;
  }
  const left = k.length - i;
  if (left === 0) return c;
  if (left === 3) c = (c + k[i + 2]!) >>> 0;
  if (left >= 2) b = (b + k[i + 1]!) >>> 0;
  a = (a + k[i]!) >>> 0;
  // __jhash_final
  c = ((c ^ b) - rol32(b, 14)) >>> 0;
  a = ((a ^ c) - rol32(c, 11)) >>> 0;
  b = ((b ^ a) - rol32(a, 25)) >>> 0;
  c = ((c ^ b) - rol32(b, 16)) >>> 0;
  a = ((a ^ c) - rol32(c, 4)) >>> 0;
  b = ((b ^ a) - rol32(a, 14)) >>> 0;
  c = ((c ^ b) - rol32(b, 24)) >>> 0;
  return c;
}

// jhash_3words and jhash_1word add the same terms to their seed as jhash2 does for 3 and 1 words.
export const jhash3words = (a: number, b: number, c: number, initval: number) => jhash2([a, b, c], initval);
export const jhash1word = (a: number, initval: number) => jhash2([a], initval);

/** reciprocal_scale: a 32-bit value scaled into [0, n). */
export function reciprocalScale(value: number, n: number): number {
  return Number((BigInt(value >>> 0) * BigInt(n >>> 0)) >> 32n);
}

/** A big-endian 32-bit value as a little-endian CPU reads it from memory (a raw __be32 used as u32). */
export function rawBe32(value: number): number {
  return (((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)) >>> 0;
}
