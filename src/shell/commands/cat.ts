// cat [-nAET] [FILE]…
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions, readSources } from "./util.js";

function showEnds(text: string): string {
  return text.replace(/\n/g, "$\n");
}

export const cat: Command = {
  name: "cat",
  run(ctx) {
    const p = parseOptions("cat", ctx.argv.slice(1), {
      flags: "nbAETsuv",
      long: { number: "n", "number-nonblank": "b", "show-all": "A", "show-ends": "E", "show-tabs": "T", "squeeze-blank": "s" },
    });
    if (isResult(p)) return p;
    const { sources, errors } = readSources(ctx, "cat", p.args);
    let out = sources.map((s) => s.data).join("");
    if (has(p, "A") || has(p, "T")) out = out.replace(/\t/g, "^I");
    if (has(p, "A") || has(p, "E")) out = showEnds(out);
    if (has(p, "n") || has(p, "b")) {
      const nonblank = has(p, "b");
      let n = 0;
      const number = (l: string) => (nonblank && l === "" ? l : `${String(++n).padStart(6)}\t${l}`);
      const lines = out.split("\n");
      const partial = lines.pop()!;
      out = lines.map((l) => number(l) + "\n").join("") + (partial ? number(partial) : "");
    }
    return done(out, errors.join(""), errors.length ? 1 : 0);
  },
};
