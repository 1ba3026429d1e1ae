// mv SRC… DEST
import type { Command } from "../types.js";
import { copyPath } from "./cp.js";
import { moveAttributes } from "../ownership.js";
import { done, isResult, parseOptions } from "./util.js";

export const mv: Command = {
  name: "mv",
  run(ctx) {
    const p = parseOptions("mv", ctx.argv.slice(1), { flags: "fivn", long: { force: "f" } });
    if (isResult(p)) return p;
    if (p.args.length === 0) return done("", "mv: missing file operand\nTry 'mv --help' for more information.\n", 1);
    if (p.args.length === 1) return done("", `mv: missing destination file operand after '${p.args[0]}'\nTry 'mv --help' for more information.\n`, 1);
    const dest = p.args[p.args.length - 1]!;
    const srcs = p.args.slice(0, -1);
    if (srcs.length > 1 && !ctx.fs.isDir(dest)) return done("", `mv: target '${dest}': Not a directory\n`, 1);
    const errors: string[] = [];
    for (const src of srcs) {
      // a symbolic link moves as a link
      const link = ctx.fs.readLink?.(src);
      if (link !== undefined && ctx.fs.symlink) {
        const to = ctx.fs.isDir(dest) ? `${dest.replace(/\/+$/, "")}/${src.replace(/\/+$/, "").split("/").pop()}` : dest;
        if (ctx.fs.readLink?.(to) !== undefined || ctx.fs.exists(to)) ctx.fs.remove(to);
        ctx.fs.remove(src);
        const err = ctx.fs.symlink(link, to);
        if (err) errors.push(`mv: cannot move '${src}' to '${to}': ${err}\n`);
        continue;
      }
      const from = ctx.fs.resolve(src);
      const to = ctx.fs.resolve(ctx.fs.isDir(dest) ? `${dest.replace(/\/+$/, "")}/${from.split("/").pop()}` : dest);
      const err = copyPath(ctx, src, dest, true, "mv");
      if (err) errors.push(err.replace("cannot stat", "cannot stat"));
      else {
        // a rename keeps the owner and the mode (remove forgets them: take them first)
        const kept = structuredClone({ owners: ctx.world.fs.owners, modes: ctx.world.fs.modes, hardLinks: ctx.world.fs.hardLinks });
        ctx.fs.remove(src, true);
        ctx.world.fs.owners = kept.owners;
        ctx.world.fs.modes = kept.modes;
        ctx.world.fs.hardLinks = kept.hardLinks;
        moveAttributes(ctx.world, from, to);
      }
    }
    return done("", errors.join(""), errors.length ? 1 : 0);
  },
};
