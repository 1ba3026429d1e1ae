// tr [-d] [-s] [-c] SET1 [SET2]: ranges, classes ([:upper:] …) and backslash escapes.
import type { Command } from "../types.js";
import { decodeEscapes } from "../lexer.js";
import { done, has, isResult, parseOptions } from "./util.js";

const CLASSES: Record<string, string> = {
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  digit: "0123456789",
  space: " \t\n\r\f\v",
  blank: " \t",
  punct: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
};
CLASSES.alpha = CLASSES.upper! + CLASSES.lower!;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit!;

function expandSet(set: string): string[] {
  const s = [...decodeEscapes(set.replace(/\\\\/g, "\\\\"))];
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const rest = s.slice(i).join("");
    const cls = /^\[:([a-z]+):\]/.exec(rest);
    if (cls && CLASSES[cls[1]!]) {
      out.push(...CLASSES[cls[1]!]!);
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
    const p = parseOptions("tr", ctx.argv.slice(1), { flags: "dscC", long: { delete: "d", "squeeze-repeats": "s", complement: "c" } });
    if (isResult(p)) return p;
    const del = has(p, "d");
    const squeeze = has(p, "s");
    const need = del || (squeeze && p.args.length === 1) ? 1 : 2;
    if (p.args.length < need) {
      const msg = p.args.length === 0 ? "missing operand" : `missing operand after '${p.args[0]}'\nTwo strings must be given when translating.`;
      return done("", `tr: ${msg}\nTry 'tr --help' for more information.\n`, 1);
    }
    const set1 = new Set(expandSet(p.args[0]!));
    const complement = has(p, "c") || has(p, "C");
    const inSet1 = (ch: string) => set1.has(ch) !== complement;
    const list1 = expandSet(p.args[0]!);
    const set2 = p.args[1] === undefined ? [] : expandSet(p.args[1]);
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
