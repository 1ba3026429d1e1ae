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

/**
 * strtod on the whole string: decimal, hex ("0x0.8", "0x1p-1"), inf/infinity and nan (NaN);
 * undefined when C would stop early.
 */
export function parseDouble(text: string): number | undefined {
  const t = text.replace(/^[ \t\n\v\f\r]+/, "");
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  const sign = t.startsWith("-") ? -1 : 1;
  const body = t.replace(/^[+-]/, "");
  if (/^(inf|infinity)$/i.test(body)) return sign * Infinity;
  if (/^nan$/i.test(body)) return NaN;
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(body);
  if (!hex || (hex[1] === "" && !hex[2])) return undefined;
  const digits = (hex[1] ?? "") + (hex[2] ?? "");
  const value = Number.parseInt(digits || "0", 16) / 16 ** (hex[2]?.length ?? 0);
  return sign * value * 2 ** Number(hex[3] ?? 0);
}

/** C lround: nearest integer, halves away from zero. */
export function lround(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/**
 * strtod on the start of `text`: the number read and the index just past it (C's end
 * pointer); undefined when no number starts there.
 */
export function parseDoublePrefix(text: string): { value: number; end: number } | undefined {
  const m =
    /^[ \t\n\v\f\r]*[+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i.exec(text);
  if (!m) return undefined;
  const value = parseDouble(m[0]);
  return value === undefined ? undefined : { value, end: m[0].length };
}
