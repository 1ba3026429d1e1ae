// uniq [-c] [-d] [-u] [-i] [INPUT [OUTPUT]]
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";

export const uniq: Command = {
  name: "uniq",
  run(ctx) {
    const p = parseOptions("uniq", ctx.argv.slice(1), {
      flags: "cduizD",
      withArg: "fsw",
      long: {
        count: "c", repeated: "d", unique: "u", "ignore-case": "i", "zero-terminated": "z", "skip-fields=": "f", "skip-chars=": "s",
        "check-chars=": "w", "all-repeated=?": "D", "group=?": "group",
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
    if (has(p, "D") && has(p, "c")) {
      return done("", "uniq: printing all duplicated lines and repeat counts is meaningless\nTry 'uniq --help' for more information.\n", 1);
    }
    const groups: string[][] = [];
    for (let i = 0; i < lines.length; ) {
      let j = i + 1;
      while (j < lines.length && same(lines[i]!, lines[j]!)) j++;
      groups.push(lines.slice(i, j));
      i = j;
    }
    const out: string[] = [];
    // -D / --all-repeated[=METHOD] and --group[=METHOD] print whole groups, blank lines between
    const allRepeated = has(p, "D") ? lastValue(p, "D") || "none" : undefined;
    const grouping = has(p, "group") ? lastValue(p, "group") || "separate" : undefined;
    const method = allRepeated ?? grouping;
    if (method !== undefined) {
      const chosen = allRepeated !== undefined ? groups.filter((g) => g.length > 1) : groups;
      chosen.forEach((g, k) => {
        if ((method === "separate" && k > 0) || method === "prepend" || (method === "both" && k === 0)) out.push(eol);
        out.push(...g.map((l) => l + eol));
        if (method === "append" || method === "both") out.push(eol);
      });
    } else {
      for (const g of groups) {
        if ((has(p, "d") && g.length === 1) || (has(p, "u") && g.length > 1)) continue;
        out.push((has(p, "c") ? `${String(g.length).padStart(7)} ` : "") + g[0]! + eol);
      }
    }
    const text = out.join("");
    if (p.args[1] !== undefined) {
      const err = ctx.fs.writeFile(p.args[1], text);
      return err ? done("", `uniq: ${p.args[1]}: ${err}\n`, 1) : done();
    }
    return done(text);
  },
};
