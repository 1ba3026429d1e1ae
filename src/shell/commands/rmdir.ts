// rmdir [-p] [-v] DIR…: removes empty directories only.
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

export const rmdir: Command = {
  name: "rmdir",
  run(ctx) {
    const p = parseOptions("rmdir", ctx.argv.slice(1), { flags: "pv", long: { parents: "p", verbose: "v", "ignore-fail-on-non-empty": "i" } });
    if (isResult(p)) return p;
    if (p.args.length === 0) return done("", "rmdir: missing operand\nTry 'rmdir --help' for more information.\n", 1);
    const out: string[] = [];
    const errors: string[] = [];
    for (const arg of p.args) {
      const dirs = [arg.replace(/\/+$/, "") || "/"];
      if (has(p, "p")) for (let d = dirs[0]!; d.lastIndexOf("/") > 0; ) dirs.push((d = d.slice(0, d.lastIndexOf("/"))));
      for (const dir of dirs) {
        const why = !ctx.fs.exists(dir) ? "No such file or directory" : !ctx.fs.isDir(dir) ? "Not a directory" : (ctx.fs.list(dir) ?? []).length ? "Directory not empty" : ctx.fs.remove(dir, true);
        if (why) {
          if (!(why === "Directory not empty" && has(p, "i"))) errors.push(`rmdir: failed to remove '${dir}': ${why}\n`);
          break;
        }
        if (has(p, "v")) out.push(`rmdir: removing directory, '${dir}'\n`);
      }
    }
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
