// uniq [-c] [-d] [-u] [-i] [INPUT [OUTPUT]]
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions, readSources, splitLines } from "./util.js";

export const uniq: Command = {
  name: "uniq",
  run(ctx) {
    const p = parseOptions("uniq", ctx.argv.slice(1), {
      flags: "cduiz",
      long: { count: "c", repeated: "d", unique: "u", "ignore-case": "i", "zero-terminated": "z" },
    });
    if (isResult(p)) return p;
    const { sources, errors } = readSources(ctx, "uniq", p.args.slice(0, 1));
    if (errors.length) return done("", errors.join(""), 1);
    const eol = has(p, "z") ? "\0" : "\n";
    const data = sources[0]!.data;
    const lines = eol === "\n" ? splitLines(data) : data.split(eol).filter((l, i, a) => i < a.length - 1 || l !== "");
    const same = has(p, "i") ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b;
    const out: string[] = [];
    for (let i = 0; i < lines.length; ) {
      let j = i + 1;
      while (j < lines.length && same(lines[i]!, lines[j]!)) j++;
      const n = j - i;
      if (!(has(p, "d") && n === 1) && !(has(p, "u") && n > 1)) {
        out.push((has(p, "c") ? `${String(n).padStart(7)} ` : "") + lines[i]! + eol);
      }
      i = j;
    }
    const text = out.join("");
    if (p.args[1] !== undefined) {
      const err = ctx.fs.writeFile(p.args[1], text);
      return err ? done("", `uniq: ${p.args[1]}: ${err}\n`, 1) : done();
    }
    return done(text);
  },
};
