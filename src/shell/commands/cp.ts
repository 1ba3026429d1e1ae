// cp [-r] SRC… DEST (files; -r copies directories).
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";
import { modeOf, setMode } from "../file-modes.js";

/** Copies one path; returns an error text or undefined. */
export function copyPath(ctx: CommandContext, src: string, dest: string, recursive: boolean, tool: string): string | undefined {
  if (!ctx.fs.exists(src)) return `${tool}: cannot stat '${src}': No such file or directory\n`;
  const target = ctx.fs.isDir(dest) ? `${dest.replace(/\/+$/, "")}/${ctx.fs.resolve(src).split("/").pop()}` : dest;
  if (ctx.fs.isDir(src)) {
    if (!recursive) return `${tool}: -r not specified; omitting directory '${src}'\n`;
    const from = ctx.fs.resolve(src);
    const to = ctx.fs.resolve(target);
    if (to === from || to.startsWith(from === "/" ? "/" : from + "/")) {
      return tool === "mv"
        ? `mv: cannot move '${src}' to a subdirectory of itself, '${target}'\n`
        : `cp: cannot copy a directory, '${src}', into itself, '${target}'\n`;
    }
    const existed = ctx.fs.isDir(target);
    const err = ctx.fs.mkdir(target, true);
    if (err) return `${tool}: cannot create directory '${target}': ${err}\n`;
    if (!existed) setMode(ctx.world, to, modeOf(ctx.world, from, true, false) & ~0o022);
    for (const name of ctx.fs.list(src) ?? []) {
      const e = copyPath(ctx, `${ctx.fs.resolve(src)}/${name}`, `${ctx.fs.resolve(target)}/${name}`, true, tool);
      if (e) return e;
    }
    return undefined;
  }
  const existed = ctx.fs.exists(target);
  const err = ctx.fs.writeFile(target, ctx.fs.readFile(src) ?? "");
  if (!err) {
    // a new copy takes the source's mode less the umask (022); an existing file keeps its own
    if (!existed) {
      const from = ctx.fs.resolve(src);
      const mode = modeOf(ctx.world, from, false, ctx.fs.isExecutable?.(from) ?? false) & ~0o022;
      setMode(ctx.world, ctx.fs.resolve(target), mode);
      ctx.fs.setExecutable?.(target, (mode & 0o111) !== 0);
    }
    return undefined;
  }
  return tool === "mv" ? `mv: cannot move '${src}' to '${target}': ${err}\n` : `${tool}: cannot create regular file '${target}': ${err}\n`;
}

export const cp: Command = {
  name: "cp",
  run(ctx) {
    const p = parseOptions("cp", ctx.argv.slice(1), { flags: "rRafpv", long: { recursive: "r", archive: "a", force: "f" } });
    if (isResult(p)) return p;
    if (p.args.length === 0) return done("", "cp: missing file operand\nTry 'cp --help' for more information.\n", 1);
    if (p.args.length === 1) return done("", `cp: missing destination file operand after '${p.args[0]}'\nTry 'cp --help' for more information.\n`, 1);
    const dest = p.args[p.args.length - 1]!;
    const srcs = p.args.slice(0, -1);
    if (srcs.length > 1 && !ctx.fs.isDir(dest)) return done("", `cp: target '${dest}': Not a directory\n`, 1);
    const errors = srcs.map((s) => copyPath(ctx, s, dest, has(p, "r") || has(p, "R") || has(p, "a"), "cp")).filter(Boolean);
    return done("", errors.join(""), errors.length ? 1 : 0);
  },
};
