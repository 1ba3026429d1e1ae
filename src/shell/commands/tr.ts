// tr [-d] [-s] [-c] SET1 [SET2]: ranges, classes ([:upper:] …) and backslash escapes.
import type { Command } from "../types.js";
import { decodeEscapes } from "../lexer.js";
import { done, has, isResult, parseOptions } from "./util.js";
import { nameTable } from "../../name-table.js";

const CLASSES = nameTable<string>({
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  digit: "0123456789",
  space: " \t\n\r\f\v",
  blank: " \t",
  punct: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
});
CLASSES.alpha = CLASSES.upper! + CLASSES.lower!;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit!;

/** A set tr refuses (an unknown [:class:]). */
class SetError extends Error {}

function expandSet(set: string): string[] {
  const s = [...decodeEscapes(set.replace(/\\\\/g, "\\\\"))];
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const rest = s.slice(i).join("");
    const cls = /^\[:(.*?):\]/s.exec(rest);
    if (cls) {
      const chars = CLASSES[cls[1]!];
      if (cls[1] === "") throw new SetError(`missing character class name '${cls[0]}'`);
      if (chars === undefined) throw new SetError(`invalid character class '${cls[1]}'`);
      out.push(...chars);
      i += cls[0].length - 1;
    } else if (s[i + 1] === "-" && s[i + 2] !== undefined) {
      for (let c = s[i]!.charCodeAt(0); c <= s[i + 2]!.charCodeAt(0); c++) out.push(String.fromCharCode(c));
      i += 2;
    } else out.push(s[i]!);
  }
  return out;
}

export const tr: Command = {
  name: "tr",
  run(ctx) {
    // tr stops reading options at its first operand (no permutation), so a later "--" is an operand
    const argv = ctx.argv.slice(1);
    let split = argv.findIndex((a) => a === "--" || !a.startsWith("-") || a === "-");
    if (split < 0) split = argv.length;
    const p = parseOptions("tr", argv.slice(0, split), { flags: "dscCt", long: { delete: "d", "squeeze-repeats": "s", complement: "c", "truncate-set1": "t" } });
    if (isResult(p)) return p;
    p.args.push(...argv.slice(argv[split] === "--" ? split + 1 : split));
    const del = has(p, "d");
    const squeeze = has(p, "s");
    const minOperands = del === squeeze ? 2 : 1;
    const maxOperands = del && !squeeze ? 1 : 2;
    const usage = "Try 'tr --help' for more information.\n";
    if (p.args.length < minOperands) {
      const why = squeeze ? "Two strings must be given when both deleting and squeezing repeats." : "Two strings must be given when translating.";
      const msg = p.args.length === 0 ? "missing operand" : `missing operand after '${p.args[p.args.length - 1]}'\n${why}`;
      return done("", `tr: ${msg}\n${usage}`, 1);
    }
    if (p.args.length > maxOperands) {
      const only = p.args.length === 2 ? "Only one string may be given when deleting without squeezing repeats.\n" : "";
      return done("", `tr: extra operand '${p.args[maxOperands]}'\n${only}${usage}`, 1);
    }
    let full1: string[];
    let set2: string[];
    try {
      // (SET1 first: its error is the one reported)
      full1 = expandSet(p.args[0]!);
      set2 = p.args[1] === undefined ? [] : expandSet(p.args[1]);
    } catch (err) {
      if (err instanceof SetError) return done("", `tr: ${err.message}\n`, 1);
      throw err;
    }
    // -t: SET1 is cut to SET2's length when translating
    const truncate = has(p, "t") && !del && set2.length > 0;
    const list1 = truncate ? full1.slice(0, set2.length) : full1;
    const set1 = new Set(list1);
    const complement = has(p, "c") || has(p, "C");
    const inSet1 = (ch: string) => set1.has(ch) !== complement;
    let out = "";
    let prev = "";
    for (const ch of ctx.stdin) {
      let o: string | undefined = ch;
      if (del && inSet1(ch)) o = undefined;
      else if (!del && set2.length && inSet1(ch)) {
        const k = complement ? set2.length - 1 : list1.indexOf(ch);
        o = set2[Math.min(k, set2.length - 1)]!;
      }
      if (o === undefined) continue;
      const squeezeSet = del || set2.length ? new Set(set2) : set1;
      if (squeeze && o === prev && (del || set2.length ? squeezeSet.has(o) : inSet1(o))) continue;
      out += o;
      prev = o;
    }
    return done(out);
  },
};
