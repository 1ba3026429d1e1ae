// install [-bCDdpsv] [-m MODE] [-o OWNER] [-g GROUP] [-t DIR] SOURCE… DEST (GNU coreutils 9.1):
// copies with a mode (0755 unless -m), an owner and a group, as guides put rules files in place.
import type { Command, CommandContext, CommandResult } from "../types.js";
import { applyChmod, modeOf, setMode } from "../file-modes.js";
import { groupByName, ownerOf, setOwner, userByName } from "../ownership.js";
import { done, has, isResult, lastValue, parseOptions } from "./util.js";

interface Settings {
  mode: number;
  uid?: number;
  gid?: number;
  verbose: boolean;
}

function usage(text: string): CommandResult {
  return done("", `install: ${text}\nTry 'install --help' for more information.\n`, 1);
}

function baseName(path: string): string {
  return path.replace(/\/+$/, "").split("/").pop() || path;
}

function parentOf(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  const i = trimmed.lastIndexOf("/");
  return i < 0 ? "." : i === 0 ? "/" : trimmed.slice(0, i);
}

/** Gives PATH the mode, owner and group install was asked for. */
function finish(ctx: CommandContext, path: string, s: Settings): void {
  const abs = ctx.fs.resolve(path);
  setMode(ctx.world, abs, s.mode);
  if (!ctx.fs.isDir(abs)) ctx.fs.setExecutable?.(abs, (s.mode & 0o111) !== 0);
  const old = ownerOf(ctx.world, abs);
  setOwner(ctx.world, abs, { uid: s.uid ?? 0, gid: s.gid ?? (s.uid === undefined ? 0 : old.gid) });
}

/** mkdir -p that says each directory it makes (-v); returns an error text or undefined. */
function makeDirs(ctx: CommandContext, path: string, verbose: boolean, out: string[]): string | undefined {
  const parts = path.split("/");
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join("/");
    if (sub === "" || ctx.fs.isDir(sub)) continue;
    const err = ctx.fs.mkdir(sub);
    if (err) return `cannot create directory '${sub}': ${err}`;
    if (verbose) out.push(`install: creating directory '${sub}'\n`);
  }
  return undefined;
}

function copyOne(ctx: CommandContext, src: string, dest: string, s: Settings, opts: { compare: boolean; strip: boolean; backup?: string }, out: string[]): string | undefined {
  if (!ctx.fs.exists(src)) return `cannot stat '${src}': No such file or directory`;
  if (ctx.fs.isDir(src)) return `omitting directory '${src}'`;
  if (ctx.fs.resolve(src) === ctx.fs.resolve(dest)) return `'${src}' and '${dest}' are the same file`;
  if (ctx.fs.isDir(dest)) return `cannot overwrite directory '${dest}' with non-directory`;
  if (dest.endsWith("/")) return `cannot create regular file '${dest}': Not a directory`;
  const data = ctx.fs.readFile(src) ?? "";
  const existing = ctx.fs.readFile(dest);
  if (opts.compare && existing !== undefined) {
    const abs = ctx.fs.resolve(dest);
    const owner = ownerOf(ctx.world, abs);
    const same = existing === data && modeOf(ctx.world, abs, false, ctx.fs.isExecutable?.(abs) ?? false) === s.mode && owner.uid === (s.uid ?? 0) && owner.gid === (s.gid ?? 0);
    if (same) return undefined;
    ctx.fs.remove(dest);
    if (s.verbose) out.push(`removed '${dest}'\n`);
  }
  let backup = "";
  if (opts.backup !== undefined && existing !== undefined) {
    ctx.fs.writeFile(dest + opts.backup, existing);
    backup = ` (backup: '${dest}${opts.backup}')`;
  }
  const err = ctx.fs.writeFile(dest, data);
  if (err) return `cannot create regular file '${dest}': ${err}`;
  if (s.verbose) out.push(`'${src}' -> '${dest}'${backup}\n`);
  // (strip(1) knows no file the tutor holds: it is not an ELF object)
  if (opts.strip) {
    ctx.fs.remove(dest);
    return `\0strip: ${dest}: file format not recognized\ninstall: strip process terminated abnormally`;
  }
  finish(ctx, dest, s);
  return undefined;
}

export const install: Command = {
  name: "install",
  run(ctx) {
    const p = parseOptions("install", ctx.argv.slice(1), {
      flags: "bcCdDpsTv",
      withArg: "mogtS",
      long: {
        "mode=": "m", "owner=": "o", "group=": "g", "target-directory=": "t", directory: "d", compare: "C", "preserve-timestamps": "p",
        strip: "s", "no-target-directory": "T", verbose: "v", "backup=?": "b", "suffix=": "S", version: "version", help: "help",
      },
    });
    if (isResult(p)) return p;
    if (has(p, "version")) return done("install (GNU coreutils) 9.1\n");
    const modeText = lastValue(p, "m");
    const mode = modeText === undefined ? 0o755 : applyChmod(modeText, 0, false, 0);
    if (mode === undefined) return done("", `install: invalid mode '${modeText}'\n`, 1);
    const settings: Settings = { mode, verbose: has(p, "v") };
    const ownerText = lastValue(p, "o");
    if (ownerText !== undefined) {
      settings.uid = userByName(ctx.fs, ownerText)?.id ?? (/^[0-9]+$/.test(ownerText) ? Number(ownerText) : undefined);
      if (settings.uid === undefined) return done("", `install: invalid user '${ownerText}'\n`, 1);
    }
    const groupText = lastValue(p, "g");
    if (groupText !== undefined) {
      settings.gid = groupByName(ctx.fs, groupText)?.id ?? (/^[0-9]+$/.test(groupText) ? Number(groupText) : undefined);
      if (settings.gid === undefined) return done("", `install: invalid group '${groupText}'\n`, 1);
    }
    const out: string[] = [];
    const errors: string[] = [];
    if (has(p, "d")) {
      if (p.args.length === 0) return usage("missing file operand");
      for (const dir of p.args) {
        const err = makeDirs(ctx, dir, settings.verbose, out);
        if (err) errors.push(`install: ${err}\n`);
        else finish(ctx, dir, settings);
      }
      return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
    }
    const target = lastValue(p, "t");
    if (p.args.length === 0) return usage("missing file operand");
    if (target === undefined && p.args.length === 1) return usage(`missing destination file operand after '${p.args[0]}'`);
    const sources = target === undefined ? p.args.slice(0, -1) : p.args;
    const dest = target ?? p.args[p.args.length - 1]!;
    const opts = { compare: has(p, "C"), strip: has(p, "s"), backup: has(p, "b") || lastValue(p, "S") !== undefined ? (lastValue(p, "S") ?? "~") : undefined };
    if (target !== undefined && !has(p, "D") && !ctx.fs.isDir(target)) {
      return done("", `install: failed to access '${target}': ${ctx.fs.exists(target) ? "Not a directory" : "No such file or directory"}\n`, 1);
    }
    if (has(p, "D") && target === undefined && sources.length > 1 && !ctx.fs.isDir(dest)) return done("", `install: target '${dest}': No such file or directory\n`, 1);
    if (has(p, "D")) {
      const err = makeDirs(ctx, target ?? (sources.length > 1 ? dest : parentOf(dest)), settings.verbose, out);
      if (err) return done(out.join(""), `install: ${err}\n`, 1);
    }
    const intoDir = target !== undefined || (!has(p, "T") && ctx.fs.isDir(dest));
    if (!intoDir && sources.length > 1) return done("", `install: target '${dest}' is not a directory\n`, 1);
    for (const src of sources) {
      const to = intoDir ? `${dest.replace(/\/+$/, "")}/${baseName(src)}` : dest;
      const err = copyOne(ctx, src, to, settings, opts, out);
      if (err) errors.push(err.startsWith("\0") ? `${err.slice(1)}\n` : `install: ${err}\n`);
    }
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
