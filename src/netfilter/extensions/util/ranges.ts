// XTTYPE_UINT*RC values: "a", "a:b", ":b", "a:" within 0..max, with libxtables' errors.
import { paramProblem } from "../../xtables-error.js";
import { strtoulPrefix } from "./strtoul.js";

/**
 * libxtables' "a[:b]" reading: up to two components, an empty one meaning `none[i]` (the low or
 * high bound), each read by `read` (its value and where it stopped, or undefined when bad).
 */
function parseComponents<T>(
  ext: string,
  option: string,
  text: string,
  none: [T, T],
  maxText: string,
  read: (rest: string) => { value: T; end: number } | undefined,
): [T, T] {
  const values: T[] = [];
  let pos = 0;
  for (;;) {
    if (values.length === 2) throw paramProblem(`${ext}: Too many components for option "--${option}" (max: 2)\n`);
    const rest = text.slice(pos);
    let end = pos;
    if (rest === "" || rest.startsWith(":")) {
      values.push(none[values.length]!);
    } else {
      const parsed = read(rest);
      if (!parsed) throw paramProblem(`${ext}: bad value for option "--${option}" near "${rest}", or out of range (0-${maxText}).\n`);
      end = pos + parsed.end;
      const after = text.slice(end);
      if (after !== "" && !after.startsWith(":")) throw paramProblem(`${ext}: Argument to "--${option}" has unexpected characters near "${after}".\n`);
      values.push(parsed.value);
    }
    if (end >= text.length) break;
    pos = end + 1;
  }
  return [values[0]!, values[1] ?? values[0]!];
}

/** `maxText` is the bound the error message names (a u64 bound does not fit a JS number). */
export function parseUintRange(ext: string, option: string, text: string, max: number, maxText = String(max)): [number, number] {
  return parseComponents(ext, option, text, [0, max], maxText, (rest) => strtoulPrefix(rest, 0, max));
}

const U64_MAX = (1n << 64n) - 1n;

/** The exact value of the number strtoulPrefix read from the start of `text` (it ends at `end`). */
function exactPrefix(text: string, end: number): bigint {
  const digits = text.slice(0, end).replace(/^[ \t\n\v\f\r]*\+?/, "");
  if (/^0[xX]/.test(digits)) return BigInt(digits);
  if (digits.length > 1 && digits.startsWith("0")) return BigInt(`0o${digits.slice(1)}`);
  return BigInt(digits);
}

/** parseUintRange for 64-bit values (xtables' XTTYPE_UINT64RC), exact past 2^53. */
export function parseU64Range(ext: string, option: string, text: string): [bigint, bigint] {
  return parseComponents(ext, option, text, [0n, U64_MAX], String(U64_MAX), (rest) => {
    const parsed = strtoulPrefix(rest, 0, 0);
    return parsed && { value: exactPrefix(rest, parsed.end), end: parsed.end };
  });
}
