// Number parsing as xtables_strtoul does it: C strtoumax with base 0 (decimal, 0x hex,
// leading-0 octal), leading blanks and '+' allowed, '-' refused, range-checked.

export interface ParsedNumber {
  value: number;
  /** Index just after the digits (where C's `end` pointer would point). */
  end: number;
}

const SPACE = /[ \t\n\v\f\r]/;
const U64_MAX = (1n << 64n) - 1n;

/** Parses a number at the start of `text`; undefined when no digits or out of [min, max]. */
export function strtoulPrefix(text: string, min = 0, max = 0): ParsedNumber | undefined {
  let i = 0;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  if (text[i] === "-") return undefined;
  if (text[i] === "+") i++;
  let base = 10;
  if (text[i] === "0" && (text[i + 1] === "x" || text[i + 1] === "X") && /[0-9a-fA-F]/.test(text[i + 2] ?? "")) {
    base = 16;
    i += 2;
  } else if (text[i] === "0") {
    base = 8;
  }
  const digit = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[0-9]/;
  const start = i;
  while (i < text.length && digit.test(text[i]!)) i++;
  if (i === start) return undefined;
  const big = base === 10 ? BigInt(text.slice(start, i)) : BigInt((base === 16 ? "0x" : "0o") + text.slice(start, i));
  if (big > U64_MAX) return undefined; // ERANGE
  if (big < BigInt(min) || (max !== 0 && big > BigInt(max))) return undefined;
  return { value: Number(big), end: i };
}

/** The whole string must be a number within [min, max] (max 0 = no limit), like strtoui(s, NULL, …). */
export function strtoul(text: string, min = 0, max = 0): number | undefined {
  const parsed = strtoulPrefix(text, min, max);
  return parsed && parsed.end === text.length ? parsed.value : undefined;
}
