// XTTYPE_UINT*RC values: "a", "a:b", ":b", "a:" within 0..max, with libxtables' errors.
import { paramProblem } from "../../xtables-error.js";
import { strtoulPrefix } from "./strtoul.js";

/** `maxText` is the bound the error message names (a u64 bound does not fit a JS number). */
export function parseUintRange(ext: string, option: string, text: string, max: number, maxText = String(max)): [number, number] {
  const values: number[] = [];
  let pos = 0;
  for (;;) {
    if (values.length === 2) throw paramProblem(`${ext}: Too many components for option "--${option}" (max: 2)\n`);
    const rest = text.slice(pos);
    let end = pos;
    if (rest === "" || rest.startsWith(":")) {
      values.push(values.length === 1 ? max : 0);
    } else {
      const parsed = strtoulPrefix(rest, 0, max);
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
  const values: bigint[] = [];
  let pos = 0;
  for (;;) {
    if (values.length === 2) throw paramProblem(`${ext}: Too many components for option "--${option}" (max: 2)\n`);
    const rest = text.slice(pos);
    let end = pos;
    if (rest === "" || rest.startsWith(":")) {
      values.push(values.length === 1 ? U64_MAX : 0n);
    } else {
      const parsed = strtoulPrefix(rest, 0, 0);
      if (!parsed) throw paramProblem(`${ext}: bad value for option "--${option}" near "${rest}", or out of range (0-${U64_MAX}).\n`);
      end = pos + parsed.end;
      const after = text.slice(end);
      if (after !== "" && !after.startsWith(":")) throw paramProblem(`${ext}: Argument to "--${option}" has unexpected characters near "${after}".\n`);
      values.push(exactPrefix(rest, parsed.end));
    }
    if (end >= text.length) break;
    pos = end + 1;
  }
  return [values[0]!, values[1] ?? values[0]!];
}
