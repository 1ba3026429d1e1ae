// rm [-rfv] PATH…
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

export const rm: Command = {
  name: "rm",
  run(ctx) {
    const p = parseOptions("rm", ctx.argv.slice(1), { flags: "rRfvid", long: { recursive: "r", force: "f", verbose: "v" } });
    if (isResult(p)) return p;
    const force = has(p, "f");
    if (p.args.length === 0) return force ? done() : done("", "rm: missing operand\nTry 'rm --help' for more information.\n", 1);
    const recursive = has(p, "r") || has(p, "R");
    const errors: string[] = [];
    const removed: string[] = [];
    for (const path of p.args) {
      // a symbolic link goes itself (even one to a directory, or to nothing)
      if (ctx.fs.readLink?.(path) !== undefined && !/\/$/.test(path)) {
        const err = ctx.fs.remove(path);
        if (err) errors.push(`rm: cannot remove '${path}': ${err}\n`);
        else if (has(p, "v")) removed.push(`removed '${path}'\n`);
        continue;
      }
      if (!ctx.fs.exists(path)) {
        if (!force) errors.push(`rm: cannot remove '${path}': No such file or directory\n`);
        continue;
      }
      if (ctx.fs.isDir(path) && !recursive) {
        errors.push(`rm: cannot remove '${path}': Is a directory\n`);
        continue;
      }
      const dir = ctx.fs.isDir(path);
      const err = ctx.fs.remove(path, recursive);
      if (err) errors.push(`rm: cannot remove '${path}': ${err}\n`);
      else if (has(p, "v")) removed.push(dir ? `removed directory '${path}'\n` : `removed '${path}'\n`);
    }
    return done(removed.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
