// tee [-a] [FILE]…: copies stdin to stdout and to each file.
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

export const tee: Command = {
  name: "tee",
  run(ctx) {
    const p = parseOptions("tee", ctx.argv.slice(1), { flags: "ai", long: { append: "a", "ignore-interrupts": "i" } });
    if (isResult(p)) return p;
    const errors: string[] = [];
    for (const f of p.args) {
      const err = ctx.fs.writeFile(f, ctx.stdin, has(p, "a"));
      if (err) errors.push(`tee: ${f}: ${err}\n`);
    }
    return done(ctx.stdin, errors.join(""), errors.length ? 1 : 0);
  },
};
