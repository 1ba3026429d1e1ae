// -m quota: matches until a byte budget is used up (the remaining budget lives in the rule).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption, mustSpecify } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

export interface QuotaData {
  /** As typed (u64, kept as a decimal string). */
  quota: string;
  /** Bytes left (kernel: the master's quota counter). */
  left?: number;
  invert: boolean;
  seen: string[];
}

/** The u64 value strtoul would read, exactly (Number loses digits past 2^53). */
function exactU64(text: string): bigint | undefined {
  if (strtoul(text) === undefined) return undefined;
  const t = text.trim().replace(/^\+/, "");
  if (/^0[xX]/.test(t)) return BigInt(t);
  if (t.length > 1 && t.startsWith("0")) return BigInt(`0o${t.slice(1)}`);
  return BigInt(t);
}

export const quotaMatch: MatchExtension<QuotaData> = {
  name: "quota",
  options: [{ name: "quota", args: 1, invertible: true }],
  init: () => ({ quota: "0", invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("quota", d.seen, option, invert, { invertible: true });
    const exact = exactU64(args[0]!);
    if (exact === undefined) throw paramProblem(`quota: bad value for option "--quota", or out of range (0-18446744073709551615).\n`);
    d.quota = exact.toString();
    d.invert = invert;
  },
  finalCheck(d) {
    if (!d.seen.includes("quota")) throw mustSpecify("quota", "quota");
  },
  renew(d) {
    delete d.left;
  },
  save: (d) => `${d.invert ? "! " : ""}--quota ${d.quota}`,
  print: (d) => `quota: ${d.quota} bytes`,
  match(d, pkt) {
    const left = d.left ?? Number(d.quota);
    if (left >= pkt.length) {
      d.left = left - pkt.length;
      return !d.invert;
    }
    // Used up: the kernel zeroes what is left.
    d.left = 0;
    return d.invert;
  },
};
