// Numbers the way libxtables reads them (xtables_strtoul): C strtoumax with base 0 — decimal,
// 0x hex, leading-0 octal — leading blanks and '+' allowed, '-' refused, then a range check.

export interface NumberPrefix {
  value: number;
  /** Index just past the digits (C's end pointer). */
  end: number;
}

const U64_MAX = (1n << 64n) - 1n;

/** Reads a number at the start of `text`; undefined when there are no digits or it is out of [min, max]. */
export function strtoulPrefix(text: string, min = 0, max = 0xffffffff): NumberPrefix | undefined {
  let i = 0;
  while (i < text.length && " \t\n\v\f\r".includes(text[i]!)) i++;
  if (text[i] === "-") return undefined;
  if (text[i] === "+") i++;
  let base = 10;
  if (text[i] === "0" && /[xX]/.test(text[i + 1] ?? "") && /[0-9a-fA-F]/.test(text[i + 2] ?? "")) {
    base = 16;
    i += 2;
  } else if (text[i] === "0") {
    base = 8;
  }
  const digit = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[0-9]/;
  const start = i;
  while (i < text.length && digit.test(text[i]!)) i++;
  if (i === start) return undefined;
  const digits = text.slice(start, i);
  const big = BigInt(base === 16 ? `0x${digits}` : base === 8 ? `0o${digits}` : digits);
  if (big > U64_MAX || big < BigInt(min) || big > BigInt(max)) return undefined;
  return { value: Number(big), end: i };
}

/** The whole text must be one number in [min, max] (xtables_strtoui with end == NULL). */
export function strtoulWhole(text: string, min = 0, max = 0xffffffff): number | undefined {
  const parsed = strtoulPrefix(text, min, max);
  return parsed && parsed.end === text.length ? parsed.value : undefined;
}

/** Lower-case hex with 0x, as printf("0x%x") prints an unsigned 32-bit value. */
export function hex(value: number): string {
  return `0x${(value >>> 0).toString(16)}`;
}

/** printf("0x%02x"). */
export function hex2(value: number): string {
  return `0x${value.toString(16).padStart(2, "0")}`;
}
