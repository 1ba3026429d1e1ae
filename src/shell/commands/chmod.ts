// chmod [-Rcfv] MODE FILE…: only the execute bits matter here (they decide whether ./script runs);
// octal and symbolic modes are checked with GNU coreutils' wording.
import type { Command } from "../types.js";
import { done } from "./util.js";

const SYMBOLIC = /^[ugoa]*([-+=][rwxXst]*)+$/;

/** The file's new execute state for MODE, given the old one (undefined: MODE is invalid). */
function applyMode(mode: string, executable: boolean): boolean | undefined {
  if (/^[0-7]{1,4}$/.test(mode)) return (parseInt(mode, 8) & 0o111) !== 0;
  let on = executable;
  for (const clause of mode.split(",")) {
    if (!SYMBOLIC.test(clause)) return undefined;
    for (const m of clause.matchAll(/([-+=])([rwxXst]*)/g)) {
      const x = m[2]!.includes("x") || (m[2]!.includes("X") && executable);
      if (m[1] === "+") on ||= x;
      else if (m[1] === "-") on &&= !x;
      else on = x;
    }
  }
  return on;
}

export const chmod: Command = {
  name: "chmod",
  run(ctx) {
    const usage = (msg: string) => done("", `chmod: ${msg}\nTry 'chmod --help' for more information.\n`, 1);
    const operands: string[] = [];
    let verbose = false;
    let onlyChanges = false;
    let quiet = false;
    let endOfOptions = false;
    for (const a of ctx.argv.slice(1)) {
      if (!endOfOptions && a === "--") endOfOptions = true;
      // `-x`, `-w` … are modes, not options
      else if (!endOfOptions && /^-[RcfvH]+$/.test(a)) {
        verbose ||= a.includes("v");
        onlyChanges ||= a.includes("c");
        quiet ||= a.includes("f");
      } else if (!endOfOptions && /^-[^-rwxXst]/.test(a) && !/^-[rwxXst]+$/.test(a)) {
        return usage(`invalid option -- '${/[^RcfvH-]/.exec(a.slice(1))?.[0] ?? a[1]}'`);
      } else if (!endOfOptions && /^--[a-z]/.test(a) && !["--recursive", "--verbose", "--changes", "--silent", "--quiet"].includes(a)) {
        return usage(`unrecognized option '${a}'`);
      } else if (!endOfOptions && a.startsWith("--")) {
        verbose ||= a === "--verbose";
      } else operands.push(a);
    }
    if (operands.length === 0) return usage("missing operand");
    const mode = operands[0]!;
    if (operands.length === 1) return usage(`missing operand after '${mode}'`);
    if (applyMode(mode, false) === undefined) return usage(`invalid mode: '${mode}'`);
    const out: string[] = [];
    const errors: string[] = [];
    for (const file of operands.slice(1)) {
      if (!ctx.fs.exists(file)) {
        if (!quiet) errors.push(`chmod: cannot access '${file}': No such file or directory\n`);
        continue;
      }
      if (ctx.fs.isDir(file)) continue;
      const before = ctx.fs.isExecutable?.(file) ?? false;
      const after = applyMode(mode, before)!;
      ctx.fs.setExecutable?.(file, after);
      const octal = (x: boolean) => (x ? "0755 (rwxr-xr-x)" : "0644 (rw-r--r--)");
      if (before !== after && (verbose || onlyChanges)) out.push(`mode of '${file}' changed from ${octal(before)} to ${octal(after)}\n`);
      else if (verbose) out.push(`mode of '${file}' retained as ${octal(after)}\n`);
    }
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
