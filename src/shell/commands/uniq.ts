// uniq [-c] [-d] [-u] [-i] [INPUT [OUTPUT]]
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";

export const uniq: Command = {
  name: "uniq",
  run(ctx) {
    const p = parseOptions("uniq", ctx.argv.slice(1), {
      flags: "cduiz",
      withArg: "fsw",
      long: {
        count: "c", repeated: "d", unique: "u", "ignore-case": "i", "zero-terminated": "z", "skip-fields=": "f", "skip-chars=": "s",
        "check-chars=": "w",
      },
    });
    if (isResult(p)) return p;
    const { sources, errors } = readSources(ctx, "uniq", p.args.slice(0, 1));
    if (errors.length) return done("", errors.join(""), 1);
    const eol = has(p, "z") ? "\0" : "\n";
    const data = sources[0]!.data;
    const lines = eol === "\n" ? splitLines(data) : data.split(eol).filter((l, i, a) => i < a.length - 1 || l !== "");
    const counts: Record<string, number> = {};
    for (const f of ["f", "s", "w"]) {
      const v = lastValue(p, f);
      if (v === undefined) continue;
      if (!/^[0-9]+$/.test(v)) return done("", `uniq: ${v}: invalid number of ${f === "f" ? "fields to skip" : f === "s" ? "bytes to skip" : "bytes to compare"}\n`, 1);
      counts[f] = Number(v);
    }
    // -f N skips N blank-separated fields, -s N then N characters, -w N compares at most N
    const key = (l: string) => {
      let k = l.replace(new RegExp(`^([ \t]*[^ \t]+){0,${counts.f ?? 0}}`), "").slice(counts.s ?? 0);
      if (counts.w !== undefined) k = k.slice(0, counts.w);
      return has(p, "i") ? k.toLowerCase() : k;
    };
    const same = (a: string, b: string) => key(a) === key(b);
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
