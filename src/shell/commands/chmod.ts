// chmod [-Rcfv] MODE FILE…: only the execute bits matter here (they decide whether ./script runs);
// octal and symbolic modes are checked with GNU coreutils' wording.
import type { Command } from "../types.js";
import type { CommandContext } from "../types.js";
import { done } from "./util.js";
import { applyChmod, modeOf, permissionLetters, setMode, umaskSurprise } from "../file-modes.js";
import { readdirOrder } from "../ownership.js";

/** FILE, then (with -R) what it holds, directories before their contents (fts preorder). */
function walk(ctx: CommandContext, path: string, recursive: boolean): string[] {
  if (!recursive || !ctx.fs.isDir(path) || ctx.fs.readLink?.(path) !== undefined) return [path];
  const base = path.replace(/\/+$/, "") || "/";
  const children = readdirOrder(ctx.world, ctx.fs.resolve(path), ctx.fs.list(path) ?? []);
  return [path, ...children.flatMap((n) => walk(ctx, base === "/" ? `/${n}` : `${base}/${n}`, true))];
}

export const chmod: Command = {
  name: "chmod",
  run(ctx) {
    const usage = (msg: string) => done("", `chmod: ${msg}\nTry 'chmod --help' for more information.\n`, 1);
    const operands: string[] = [];
    let verbose = false;
    let onlyChanges = false;
    let quiet = false;
    let recursive = false;
    let endOfOptions = false;
    for (const a of ctx.argv.slice(1)) {
      if (!endOfOptions && a === "--") endOfOptions = true;
      // `-x`, `-w` … are modes, not options
      else if (!endOfOptions && /^-[RcfvH]+$/.test(a)) {
        verbose ||= a.includes("v");
        onlyChanges ||= a.includes("c");
        quiet ||= a.includes("f");
        recursive ||= a.includes("R");
      } else if (!endOfOptions && /^-[^-rwxXst]/.test(a) && !/^-[rwxXst]+$/.test(a)) {
        return usage(`invalid option -- '${/[^RcfvH-]/.exec(a.slice(1))?.[0] ?? a[1]}'`);
      } else if (!endOfOptions && /^--[a-z]/.test(a) && !["--recursive", "--verbose", "--changes", "--silent", "--quiet"].includes(a)) {
        return usage(`unrecognized option '${a}'`);
      } else if (!endOfOptions && a.startsWith("--")) {
        verbose ||= a === "--verbose";
        onlyChanges ||= a === "--changes";
        quiet ||= a === "--silent" || a === "--quiet";
        recursive ||= a === "--recursive";
      } else operands.push(a);
    }
    if (operands.length === 0) return usage("missing operand");
    const mode = operands[0]!;
    if (operands.length === 1) return usage(`missing operand after '${mode}'`);
    if (applyChmod(mode, 0, false) === undefined) return usage(`invalid mode: '${mode}'`);
    const out: string[] = [];
    const errors: string[] = [];
    for (const file of operands.slice(1)) {
      if (!ctx.fs.exists(file)) {
        if (!quiet) errors.push(`chmod: cannot access '${file}': No such file or directory\n`);
        continue;
      }
      for (const path of walk(ctx, file, recursive)) {
        const abs = ctx.fs.resolve(path);
        const dir = ctx.fs.isDir(abs);
        const before = modeOf(ctx.world, abs, dir, !dir && (ctx.fs.isExecutable?.(abs) ?? false));
        const after = applyChmod(mode, before, dir)!;
        setMode(ctx.world, abs, after);
        if (!dir) ctx.fs.setExecutable?.(abs, (after & 0o111) !== 0);
        const shown = (m: number) => `${m.toString(8).padStart(4, "0")} (${permissionLetters(m)})`;
        if (before !== after && (verbose || onlyChanges)) out.push(`mode of '${path}' changed from ${shown(before)} to ${shown(after)}\n`);
        else if (verbose) out.push(`mode of '${path}' retained as ${shown(after)}\n`);
        const surprise = umaskSurprise(mode, before, dir, after);
        if (surprise) errors.push(`chmod: ${path}: ${surprise}\n`);
      }
    }
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
