// The `sysctl` command (procps-ng 4): read, write, list, load files; messages and exit codes as procps.
import type { Command, CommandContext, CommandResult, StderrPart } from "../shell/types.js";
import { isReadOnlySysctl, isSysctlDirectory, isUnreadableSysctl, sysctlExists, sysctlFiles, sysctlGet, sysctlSet } from "./sysctl.js";
import { parseSysctlArgs, type SysctlOptions } from "./sysctl-options.js";
import { expandFileGlob, globSysctlPaths, isGlob, parseSettings, type Setting } from "./sysctl-settings.js";

const USAGE = `
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
`;

const SYSTEM_DIRS = ["/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d"];

type Options = SysctlOptions;

class Output {
  stdout = "";
  stderr = "";
  rc = 0;
  /** Where each message fell among the output, for 2>&1 (procps flushes stdout before it warns). */
  parts: StderrPart[] = [];
  warn(text: string, fatal = true): void {
    this.message(`sysctl: ${text}\n`);
    if (fatal) this.rc = 1;
  }
  message(text: string): void {
    this.stderr += text;
    this.parts.push({ at: Buffer.byteLength(this.stdout), text });
  }
  result(rc = this.rc): CommandResult {
    const result: CommandResult = { stdout: this.stdout, stderr: this.stderr, rc };
    // (only a message written before the end of stdout changes what 2>&1 shows)
    const end = Buffer.byteLength(this.stdout);
    if (this.parts.some((p) => p.at < end)) result.stderrParts = this.parts;
    return result;
  }
}

/**
 * procps' slashdot: from the first separator on, swap `old` and `neu` — unless that first one is
 * `neu` already; a doubled separator is warned about once (without failing the command).
 */
function slashdot(out: Output, text: string, old: string, neu: string): string {
  const first = text.search(/[./]/);
  if (first < 0 || text[first] === neu) return text;
  let warned = false;
  let result = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const c = text[i]!;
    if ((c === "." || c === "/") && !warned && (text[i + 1] === "." || text[i + 1] === "/")) {
      out.warn(`separators should not be repeated: ${text.slice(i)}`, false);
      warned = true;
    }
    result += c === old ? neu : c === neu ? old : c;
  }
  return result;
}

interface Target {
  /** The path under /proc/sys as procps opens it. */
  path: string;
  /** The key the path names, or undefined when it names nothing (or a file is used as a directory). */
  key?: string;
  missing?: "No such file or directory" | "Not a directory";
  isDir: boolean;
}

/** What a path under /proc/sys leads to: empty components ("//", a leading "/") fold away as in the kernel. */
function resolvePath(ctx: CommandContext, path: string): Target {
  const parts = path.split("/");
  const trailing = parts.length > 1 && parts[parts.length - 1] === "";
  const names = parts.filter((p) => p !== "");
  const key = names.join(".");
  // a name with a dot in it is no sysctl here (devices with dots are not modelled)
  if (names.some((n) => n.includes("."))) return { path, missing: "No such file or directory", isDir: false };
  // (a file is never a directory: only a name that is no file needs the key list)
  const isDir = key !== "" && sysctlExists(ctx.world, ctx.netns, key) ? false : isSysctlDirectory(ctx.world, ctx.netns, key);
  if (!isDir && !sysctlExists(ctx.world, ctx.netns, key)) {
    return { path, missing: "No such file or directory", isDir: false };
  }
  if (trailing && !isDir) return { path, missing: "Not a directory", isDir: false };
  return { path, key, isDir };
}

function printValue(out: Output, opts: Options, key: string, value: string): void {
  if (opts.names) out.stdout += `${key}\n`;
  else if (opts.values) out.stdout += opts.binary ? value : `${value}\n`;
  else out.stdout += `${key} = ${value}\n`;
}

/** Every readable key under a directory key ("" for all), as DisplayAll walks them. */
function displayAll(ctx: CommandContext, out: Output, opts: Options, dir: string): void {
  const prefix = dir === "" ? "" : `${dir}.`;
  for (const k of sysctlFiles(ctx.world, ctx.netns)) {
    if (!k.startsWith(prefix) || (opts.pattern && !opts.pattern.test(k))) continue;
    const value = sysctlGet(ctx.world, ctx.netns, k);
    // (-N names a file it cannot read, but not a write-only one)
    if (value !== undefined) printValue(out, opts, k, value);
    else if (opts.names && isUnreadableSysctl(ctx.world, ctx.netns, k)) out.stdout += `${k}\n`;
  }
}

function readKey(ctx: CommandContext, out: Output, opts: Options, raw: string): void {
  if (raw === "") {
    out.warn('"" is an unknown key');
    out.rc = -1;
    return;
  }
  const target = resolvePath(ctx, slashdot(out, raw, ".", "/"));
  const shown = shownName(out, raw);
  if (target.missing) {
    if (!opts.ignore) out.warn(`cannot stat /proc/sys/${target.path}: ${target.missing}`);
    return;
  }
  if (target.isDir) readDirectory(ctx, out, opts, target);
  else readLeaf(ctx, out, opts, target.key!, shown);
}

/** The name sysctl prints for a path or key it was given. */
function shownName(out: Output, raw: string): string {
  const shown = slashdot(out, raw, "/", ".");
  // procps 4.0.2 repeats its warning about a doubled separator in a name written with slashes
  if (raw[raw.search(/[./]/)] === "/") slashdot(out, raw, "/", ".");
  return shown;
}

function readDirectory(ctx: CommandContext, out: Output, opts: Options, target: Target): void {
  // DisplayAll reads each file by its path under the directory's (the list is made once: each
  // entry is a file that exists, so it needs no resolving)
  const prefix = target.key === "" ? "" : `${target.key}.`;
  const dirPath = target.path.replace(/\/+$/, "");
  const before = out.rc;
  let failed = false;
  for (const k of sysctlFiles(ctx.world, ctx.netns)) {
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length);
    readLeaf(ctx, out, opts, k, shownName(out, `${dirPath}/${rest.replaceAll(".", "/")}`));
    // DisplayAll keeps the status of the files right in the directory, not its subdirectories'
    if (!rest.includes(".")) failed ||= out.rc !== before;
    out.rc = before;
  }
  if (failed) out.rc = 1;
}

function readLeaf(ctx: CommandContext, out: Output, opts: Options, key: string, shown: string): void {
  // a write-only file (route/flush) is passed over in silence
  const value = sysctlGet(ctx.world, ctx.netns, key);
  const unreadable = isUnreadableSysctl(ctx.world, ctx.netns, key);
  if ((value === undefined && !unreadable) || (opts.pattern && !opts.pattern.test(shown))) return;
  if (value !== undefined) printValue(out, opts, shown, value);
  // one that fails with EIO is named by -N, else it fails the command without a word
  else if (opts.names) out.stdout += `${shown}\n`;
  else out.rc = 1;
}

function writeKey(ctx: CommandContext, out: Output, opts: Options, rawKey: string, rawValue: string): void {
  const value = rawValue.trim();
  if (rawKey.trim() === "") {
    out.warn("Path is not under /proc/sys/: /proc/sys/");
    return;
  }
  const target = resolvePath(ctx, slashdot(out, rawKey.trim(), ".", "/"));
  if (target.missing) {
    if (!opts.ignore) out.warn(`cannot stat /proc/sys/${target.path}: ${target.missing}`);
    return;
  }
  const shown = slashdot(out, target.path, "/", ".");
  const key = target.key!;
  if (isUnreadableSysctl(ctx.world, ctx.netns, key)) {
    out.warn(`setting key "${shown}": Input/output error`);
    return;
  }
  // a directory or a read-only file: procps complains but carries on (exit status unchanged)
  if (target.isDir || isReadOnlySysctl(key)) {
    out.warn(`setting key "${shown}": Invalid argument`, false);
    return;
  }
  if (!opts.dryRun) {
    const error = sysctlSet(ctx.world, ctx.netns, key, value);
    if (error) {
      out.warn(`setting key "${shown}": ${error}`);
      return;
    }
  }
  if (opts.quiet && !opts.dryRun) return;
  if (opts.names || opts.values) out.stdout += opts.binary && !opts.names ? value : `${value}\n`;
  else out.stdout += `${shown} = ${value}\n`;
}

/** Read a settings file: syntax errors are reported now, the settings applied later. */
function readSettings(ctx: CommandContext, out: Output, path: string): Setting[] {
  // procps reads "-" as standard input; a directory opens but reads as empty
  if (path !== "-" && ctx.fs.isDir(path)) return [];
  const text = path === "-" ? ctx.stdin : ctx.fs.readFile(path);
  if (text === undefined) {
    out.warn(`cannot open "${path}": ${ctx.fs.readError?.(path) ?? "No such file or directory"}`);
    return [];
  }
  // (a line without "=" is only warned about)
  return parseSettings(text, path, (message) => out.warn(message, false));
}

/**
 * procps reads every file first, then writes the whole list in order. A glob key writes each
 * file it matches (in glob order) except those another line names: an override or an exclusion.
 */
function applySettings(ctx: CommandContext, out: Output, opts: Options, settings: Setting[]): void {
  // (setting_new turns each key into its path once; writeKey takes a path as it is)
  const paths = settings.map((s) => slashdot(out, s.key, ".", "/"));
  const named = new Set(paths);
  // (the file list is made once for every glob line; writes add or remove no files)
  let files: string[] | undefined;
  settings.forEach(({ key, value }, i) => {
    if (value === undefined || (opts.pattern && !opts.pattern.test(key))) return;
    const path = paths[i]!;
    if (!isGlob(path)) return writeKey(ctx, out, opts, path, value);
    for (const match of globSysctlPaths((files ??= sysctlFiles(ctx.world, ctx.netns)), path)) {
      if (!named.has(match)) writeKey(ctx, out, opts, match, value);
    }
  });
}

function systemFiles(ctx: CommandContext): string[] {
  const chosen = new Map<string, string>();
  for (const dir of SYSTEM_DIRS) {
    for (const name of ctx.fs.list(dir) ?? []) {
      if (name.endsWith(".conf") && !chosen.has(name)) chosen.set(name, `${dir}/${name}`);
    }
  }
  const files = [...chosen.keys()].sort().map((name) => chosen.get(name)!);
  if (ctx.fs.exists("/etc/sysctl.conf")) files.push("/etc/sysctl.conf");
  return files;
}

function loadSystem(ctx: CommandContext, out: Output, opts: Options): void {
  const settings: Setting[] = [];
  for (const file of systemFiles(ctx)) {
    out.stdout += `* Applying ${file} ...\n`;
    settings.push(...readSettings(ctx, out, file));
  }
  applySettings(ctx, out, opts, settings);
}

/** procps' parse_setting_line for a command-line argument: undefined when it is not a setting. */
function commandLineSetting(out: Output, opts: Options, raw: string): [string, string] | undefined {
  const line = raw.trimStart();
  if (line.length < 2 || line.startsWith("#") || line.startsWith(";")) return undefined;
  if (opts.pattern && !opts.pattern.test(line)) return undefined;
  const eq = line.indexOf("=");
  if (eq < 0) {
    // "-key" without a value only excludes keys from globs
    if (!line.startsWith("-")) out.warn("command line(0): invalid syntax, continuing...", false);
    return undefined;
  }
  return [line.slice(0, eq).replace(/^-/, "").trimEnd(), line.slice(eq + 1).trim()];
}

function runSysctl(ctx: CommandContext): CommandResult {
  const out = new Output();
  if (ctx.argv.length < 2) return { stdout: "", stderr: USAGE, rc: 1 };
  const { opts, args, early } = parseSysctlArgs(ctx.argv.slice(1));
  if (early?.kind === "version") return { stdout: "sysctl from procps-ng 4.0.2\n", stderr: "", rc: 0 };
  if (early?.kind === "usage") {
    // (getopt's complaint is written before the usage text)
    const error = early.error ? `sysctl: ${early.error}\n` : "";
    return { stdout: USAGE, stderr: error, rc: 0, stderrParts: [{ at: 0, text: error }] };
  }
  if (early?.kind === "system") {
    loadSystem(ctx, out, opts);
    return out.result();
  }
  if (opts.all) {
    displayAll(ctx, out, opts, "");
  } else if (opts.load) {
    const files = [...opts.files, ...args];
    const settings = (files.length > 0 ? files : ["/etc/sysctl.conf"]).flatMap((file) => expandFileGlob(ctx.fs, file)).flatMap((file) => readSettings(ctx, out, file));
    applySettings(ctx, out, opts, settings);
  } else if (args.length === 0) {
    out.message("sysctl: no variables specified\nTry `sysctl --help' for more information.\n");
    out.rc = 1;
  } else if (opts.names && opts.quiet) {
    out.message("sysctl: options -N and -q cannot coexist\nTry `sysctl --help' for more information.\n");
    out.rc = 1;
  } else {
    // procps ORs write failures into the exit status but adds read failures up
    let rc = 0;
    for (const arg of args) {
      out.rc = 0;
      if (opts.write || arg.includes("=")) {
        const setting = commandLineSetting(out, opts, arg);
        if (!setting) out.rc = 1;
        else writeKey(ctx, out, opts, setting[0], setting[1]);
        rc |= out.rc;
      } else {
        readKey(ctx, out, opts, arg);
        rc += out.rc;
      }
    }
    out.rc = rc;
  }
  return out.result(out.rc & 0xff);
}

export const sysctlCommand: Command = {
  name: "sysctl",
  run(ctx) {
    try {
      return runSysctl(ctx);
    } catch (error) {
      return { stdout: "", stderr: `sysctl: ${(error as Error).message}\n`, rc: 1 };
    }
  },
};
