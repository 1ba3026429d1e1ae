// Number parsing as xtables_strtoul does it: C strtoumax with base 0 (decimal, 0x hex,
// leading-0 octal), leading blanks and '+' allowed, '-' refused, range-checked.
import { isCSpace } from "./utf8.js";

export interface ParsedNumber {
  value: number;
  /** Index just after the digits (where C's `end` pointer would point). */
  end: number;
}

const U64_MAX = (1n << 64n) - 1n;

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return 99;
}

/** Parses a number at the start of `text`; undefined when no digits or out of [min, max]. */
export function strtoulPrefix(text: string, min = 0, max = 0): ParsedNumber | undefined {
  let i = 0;
  while (i < text.length && isCSpace(text.charCodeAt(i))) i++;
  if (text[i] === "-") return undefined;
  if (text[i] === "+") i++;
  let base = 10;
  if (text[i] === "0" && (text[i + 1] === "x" || text[i + 1] === "X") && digitValue(text.charCodeAt(i + 2)) < 16) {
    base = 16;
    i += 2;
  } else if (text[i] === "0") {
    base = 8;
  }
  const start = i;
  let value = 0;
  while (i < text.length && digitValue(text.charCodeAt(i)) < base) {
    value = value * base + digitValue(text.charCodeAt(i));
    i++;
  }
  if (i === start) return undefined;
  // Past 2^53 the float loses digits: redo exactly, and refuse what C would call ERANGE.
  if (value > Number.MAX_SAFE_INTEGER) {
    const prefix = base === 16 ? "0x" : base === 8 ? "0o" : "";
    const big = BigInt(prefix + text.slice(start, i));
    if (big > U64_MAX) return undefined;
    if (max === 0 || big <= BigInt(max)) return big < BigInt(min) ? undefined : { value: Number(big), end: i };
    return undefined;
  }
  if (value < min || (max !== 0 && value > max)) return undefined;
  return { value, end: i };
}

/** The whole string must be a number within [min, max] (max 0 = no limit), like strtoui(s, NULL, …). */
export function strtoul(text: string, min = 0, max = 0): number | undefined {
  const parsed = strtoulPrefix(text, min, max);
  return parsed && parsed.end === text.length ? parsed.value : undefined;
}

/**
 * C's strtoul(text, &end, base) on a 64-bit machine, unchecked: a '-' sign negates modulo 2^64,
 * too many digits give ULONG_MAX, and no digits leave `end` at 0 with value 0. For the tools
 * that call strtoul themselves (ebtables' mark match and target keep the unsigned long, its
 * vlan match cuts it to the width of its field).
 */
export function cStrtoul64(text: string, base: 0 | 10 | 16 = 0): { value: bigint; end: number } {
  let i = 0;
  while (i < text.length && isCSpace(text.charCodeAt(i))) i++;
  const negative = text[i] === "-";
  if (negative || text[i] === "+") i++;
  const hexPrefix = text[i] === "0" && (text[i + 1] === "x" || text[i + 1] === "X") && digitValue(text.charCodeAt(i + 2)) < 16;
  const radix = base !== 0 ? base : hexPrefix ? 16 : text[i] === "0" ? 8 : 10;
  if (radix === 16 && hexPrefix) i += 2;
  const start = i;
  let value = 0n;
  while (i < text.length && digitValue(text.charCodeAt(i)) < radix) {
    value = value * BigInt(radix) + BigInt(digitValue(text.charCodeAt(i)));
    i++;
  }
  if (i === start) return { value: 0n, end: 0 };
  if (value > U64_MAX) return { value: U64_MAX, end: i };
  return { value: negative ? (-value) & U64_MAX : value, end: i };
}
