// touch FILE…: creates missing files and marks existing ones changed now (-d, -t and -r are
// accepted but set the current time too).
import type { Command } from "../types.js";
import { done, isResult, parseOptions } from "./util.js";

export const touch: Command = {
  name: "touch",
  run(ctx) {
    const p = parseOptions("touch", ctx.argv.slice(1), { flags: "acm", withArg: "dtr" });
    if (isResult(p)) return p;
    if (p.args.length === 0) return done("", "touch: missing file operand\nTry 'touch --help' for more information.\n", 1);
    const errors: string[] = [];
    for (const f of p.args) {
      if (ctx.fs.exists(f)) {
        ctx.fs.touch?.(f);
        continue;
      }
      const err = ctx.fs.writeFile(f, "");
      if (err) errors.push(`touch: cannot touch '${f}': ${err}\n`);
    }
    return done("", errors.join(""), errors.length ? 1 : 0);
  },
};
