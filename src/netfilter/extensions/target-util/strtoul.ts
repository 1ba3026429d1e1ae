// Numbers the way libxtables reads them (xtables_strtoul): C strtoumax with base 0 — decimal,
// 0x hex, leading-0 octal — leading blanks and '+' allowed, '-' refused, then a range check.
// Written as a plain character loop: iptables-restore runs it for every rule.

export interface NumberPrefix {
  value: number;
  /** Index just past the digits (C's end pointer). */
  end: number;
}

const U64_MAX = (1n << 64n) - 1n;

function digitValue(code: number, base: number): number {
  let v = 99;
  if (code >= 48 && code <= 57) v = code - 48;
  else if (code >= 97 && code <= 102) v = code - 87;
  else if (code >= 65 && code <= 70) v = code - 55;
  return v < base ? v : -1;
}

function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Reads a number at the start of `text`; undefined when there are no digits or it is out of [min, max]. */
export function strtoulPrefix(text: string, min = 0, max = 0xffffffff): NumberPrefix | undefined {
  let i = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 45) return undefined; // '-'
  if (text.charCodeAt(i) === 43) i++; // '+'
  let base = 10;
  if (text.charCodeAt(i) === 48) {
    const x = text.charCodeAt(i + 1);
    if ((x === 120 || x === 88) && digitValue(text.charCodeAt(i + 2), 16) >= 0) {
      base = 16;
      i += 2;
    } else {
      base = 8;
    }
  }
  const start = i;
  let value = 0;
  while (i < text.length) {
    const d = digitValue(text.charCodeAt(i), base);
    if (d < 0) break;
    value = value * base + d;
    i++;
  }
  if (i === start) return undefined;
  if (value > Number.MAX_SAFE_INTEGER) {
    // Exactness only matters for the ERANGE check of huge inputs.
    const digits = text.slice(start, i);
    const big = BigInt(base === 16 ? `0x${digits}` : base === 8 ? `0o${digits}` : digits);
    if (big > U64_MAX) return undefined;
  }
  if (value < min || value > max) return undefined;
  return { value, end: i };
}

/** The whole text must be one number in [min, max] (xtables_strtoui with end == NULL). */
export function strtoulWhole(text: string, min = 0, max = 0xffffffff): number | undefined {
  const parsed = strtoulPrefix(text, min, max);
  return parsed && parsed.end === text.length ? parsed.value : undefined;
}

/** printf("0x%02x"). */
export function hex2(value: number): string {
  return `0x${value.toString(16).padStart(2, "0")}`;
}
