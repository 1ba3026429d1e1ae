// C number formatting and parsing details that JavaScript does differently.

/**
 * printf("%.Nf", num / den) for non-negative integers, exact, with glibc's round-half-even
 * (toFixed would round ties up and work on the binary double).
 */
export function fixedRatio(num: bigint, den: bigint, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const scaled = num * scale;
  let q = scaled / den;
  const r = scaled % den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) q += 1n;
  const whole = q / scale;
  const frac = (q % scale).toString().padStart(digits, "0");
  return digits > 0 ? `${whole}.${frac}` : `${whole}`;
}

/** strtod on the whole string (decimal forms only); undefined when C would stop early. */
export function parseDouble(text: string): number | undefined {
  if (!/^[ \t\n\v\f\r]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text.trim());
}

/** C lround: nearest integer, halves away from zero. */
export function lround(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}
