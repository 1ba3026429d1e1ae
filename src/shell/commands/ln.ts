// ln (GNU coreutils 9.1): symbolic links (-s) are links in the VFS; a hard link is a copy of the
// file (the tutor keeps no inodes, so later writes to one name do not show through the other).
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, lastValue, parseOptions } from "./util.js";

function baseName(path: string): string {
  return path.replace(/\/+$/, "").split("/").pop() || path;
}

/** Makes one link; returns the -v line or an error message. */
function makeLink(ctx: CommandContext, target: string, link: string, symbolic: boolean, force: boolean): { line?: string; error?: string } {
  const fs = ctx.fs;
  const kind = symbolic ? "symbolic" : "hard";
  if (!symbolic) {
    if (!fs.exists(target)) return { error: `failed to access '${target}': No such file or directory` };
    if (fs.isDir(target)) return { error: `${target}: hard link not allowed for directory` };
  }
  const present = fs.readLink?.(link) !== undefined || fs.exists(link);
  if (present && force) {
    if (fs.isDir(link) && fs.readLink?.(link) === undefined) return { error: `'${link}': cannot overwrite directory` };
    fs.remove(link);
  } else if (present) return { error: `failed to create ${kind} link '${link}': File exists` };
  let err: string | undefined;
  if (symbolic) err = fs.symlink ? fs.symlink(target, link) : "Operation not supported";
  else {
    err = fs.writeFile(link, fs.readFile(target) ?? "");
    if (!err && fs.isExecutable?.(target)) fs.setExecutable?.(link, true);
  }
  if (err) return { error: `failed to create ${kind} link '${link}': ${err}` };
  return { line: `'${link}' ${symbolic ? "->" : "=>"} '${target}'\n` };
}

export const ln: Command = {
  name: "ln",
  run(ctx) {
    const p = parseOptions("ln", ctx.argv.slice(1), {
      flags: "sfnvTrbiLP",
      withArg: "tS",
      long: {
        symbolic: "s", force: "f", "no-dereference": "n", verbose: "v", "no-target-directory": "T", relative: "r",
        "target-directory=": "t", interactive: "i", logical: "L", physical: "P", backup: "b", "suffix=": "S",
      },
    });
    if (isResult(p)) return p;
    const symbolic = has(p, "s");
    const force = has(p, "f");
    const intoDir = lastValue(p, "t");
    const args = p.args;
    if (args.length === 0) return done("", "ln: missing file operand\nTry 'ln --help' for more information.\n", 1);
    // where each link goes: ln T (here), ln T LINK, ln T… DIR, ln -t DIR T…
    let pairs: [string, string][];
    if (intoDir !== undefined) pairs = args.map((t) => [t, `${intoDir}/${baseName(t)}`]);
    else if (args.length === 1) pairs = [[args[0]!, baseName(args[0]!)]];
    else {
      const dest = args[args.length - 1]!;
      const sources = args.slice(0, -1);
      const linkToDir = has(p, "n") && ctx.fs.readLink?.(dest) !== undefined;
      const isDir = !has(p, "T") && !linkToDir && ctx.fs.isDir(dest);
      if (!isDir && sources.length > 1) return done("", `ln: target '${dest}': ${ctx.fs.exists(dest) ? "Not a directory" : "No such file or directory"}\n`, 1);
      pairs = isDir ? sources.map((t) => [t, `${dest.replace(/\/+$/, "")}/${baseName(t)}`]) : [[sources[0]!, dest]];
    }
    let out = "";
    let err = "";
    for (const [target, link] of pairs) {
      const r = makeLink(ctx, target, link, symbolic, force);
      if (r.error) err += `ln: ${r.error}\n`;
      else if (has(p, "v")) out += r.line;
    }
    return done(out, err, err ? 1 : 0);
  },
};
