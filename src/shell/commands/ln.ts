// ln (GNU coreutils 9.1): symbolic links (-s) are links in the VFS; a hard link is another name
// of the same file (../ownership.ts keeps the names together: writes, modes and owners are shared).
import type { Command, CommandContext } from "../types.js";
import { canonicalPath } from "../vfs.js";
import { linkHard } from "../ownership.js";
import { done, has, isResult, lastValue, parseOptions } from "./util.js";

const HELP_HEAD = `Usage: ln [OPTION]... [-T] TARGET LINK_NAME
  or:  ln [OPTION]... TARGET
  or:  ln [OPTION]... TARGET... DIRECTORY
  or:  ln [OPTION]... -t DIRECTORY TARGET...
`;

function baseName(path: string): string {
  return path.replace(/\/+$/, "").split("/").pop() || path;
}

interface LinkOptions {
  symbolic: boolean;
  force: boolean;
  relative: boolean;
  /** The backup suffix (-b, -S), or undefined for no backups. */
  backup?: string;
}

/** -r: the target as a path relative to the link's directory (both made canonical, as realpath -m). */
function relativeTarget(ctx: CommandContext, target: string, link: string): string {
  const canon = (p: string) => (ctx.fs.readLink ? canonicalPath({ resolve: (q) => ctx.fs.resolve(q), readLink: (q) => ctx.fs.readLink!(q) }, p) : ctx.fs.resolve(p));
  const from = canon(link.includes("/") ? link.slice(0, link.lastIndexOf("/")) || "/" : ".").split("/").filter(Boolean);
  const to = canon(target).split("/").filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const rel = [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
  return rel || ".";
}

/** Moves LINK aside to LINK+SUFFIX (ln -b), a symbolic link as a link. */
function backUp(ctx: CommandContext, link: string, suffix: string): string {
  const fs = ctx.fs;
  const name = link + suffix;
  const text = fs.readLink?.(link);
  if (fs.readLink?.(name) !== undefined || fs.exists(name)) fs.remove(name);
  if (text !== undefined && fs.symlink) fs.symlink(text, name);
  else fs.writeFile(name, fs.readFile(link) ?? "");
  fs.remove(link);
  return name;
}

/** Makes one link; returns the -v line or an error message. */
function makeLink(ctx: CommandContext, target: string, link: string, o: LinkOptions): { line?: string; error?: string } {
  const fs = ctx.fs;
  const kind = o.symbolic ? "symbolic" : "hard";
  if (!o.symbolic) {
    if (!fs.exists(target)) return { error: `failed to access '${target}': No such file or directory` };
    if (fs.isDir(target)) return { error: `${target}: hard link not allowed for directory` };
  }
  const present = fs.readLink?.(link) !== undefined || fs.exists(link);
  let backup: string | undefined;
  if (present && (o.force || o.backup !== undefined)) {
    if (fs.isDir(link) && fs.readLink?.(link) === undefined) return { error: `${link}: cannot overwrite directory` };
    if (o.backup !== undefined) backup = backUp(ctx, link, o.backup);
    else fs.remove(link);
  } else if (present) return { error: `failed to create ${kind} link '${link}': File exists` };
  const text = o.symbolic && o.relative ? relativeTarget(ctx, target, link) : target;
  let err: string | undefined;
  if (o.symbolic) err = fs.symlink ? fs.symlink(text, link) : "Operation not supported";
  else {
    err = fs.writeFile(link, fs.readFile(target) ?? "");
    if (!err && fs.isExecutable?.(target)) fs.setExecutable?.(link, true);
    if (!err) linkHard(ctx.world, fs.resolve(target), fs.resolve(link));
  }
  if (err) return { error: `failed to create ${kind} link '${link}': ${err}` };
  return { line: `${backup ? `'${backup}' ~ ` : ""}'${link}' ${o.symbolic ? "->" : "=>"} '${text}'\n` };
}

export const ln: Command = {
  name: "ln",
  run(ctx) {
    const p = parseOptions("ln", ctx.argv.slice(1), {
      flags: "sfnvTrbiLP",
      withArg: "tS",
      long: {
        symbolic: "s", force: "f", "no-dereference": "n", verbose: "v", "no-target-directory": "T", relative: "r",
        "target-directory=": "t", interactive: "i", logical: "L", physical: "P", "backup=?": "b", "suffix=": "S",
        help: "help", version: "version",
      },
    });
    if (isResult(p)) return p;
    if (has(p, "help")) return done(HELP_HEAD);
    if (has(p, "version")) return done("ln (GNU coreutils) 9.1\n");
    const symbolic = has(p, "s");
    const force = has(p, "f");
    const suffix = lastValue(p, "S") ?? ctx.env.SIMPLE_BACKUP_SUFFIX ?? "~";
    const options: LinkOptions = { symbolic, force, relative: has(p, "r"), backup: has(p, "b") || lastValue(p, "S") !== undefined ? suffix : undefined };
    const intoDir = lastValue(p, "t");
    const args = p.args;
    if (args.length === 0) return done("", "ln: missing file operand\nTry 'ln --help' for more information.\n", 1);
    // where each link goes: ln T (here), ln T LINK, ln T… DIR, ln -t DIR T…
    let pairs: [string, string][];
    if (intoDir !== undefined) {
      if (ctx.fs.exists(intoDir) && !ctx.fs.isDir(intoDir)) return done("", `ln: target '${intoDir}' is not a directory\n`, 1);
      if (!ctx.fs.isDir(intoDir)) return done("", `ln: failed to access '${intoDir}': No such file or directory\n`, 1);
      pairs = args.map((t) => [t, `${intoDir.replace(/\/+$/, "")}/${baseName(t)}`]);
    } else if (args.length === 1) pairs = [[args[0]!, `./${baseName(args[0]!)}`]];
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
      const r = makeLink(ctx, target, link, options);
      if (r.error) err += `ln: ${r.error}\n`;
      else if (has(p, "v")) out += r.line;
    }
    return done(out, err, err ? 1 : 0);
  },
};
