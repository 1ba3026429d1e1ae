// The `sysctl` command (procps-ng 4): read, write, list, load files; messages and exit codes as procps.
import type { Command, CommandContext, CommandResult } from "../shell/types.js";
import { isReadOnlySysctl, sysctlGet, sysctlKeys, sysctlSet } from "./sysctl.js";
import { parseSysctlArgs, type SysctlOptions } from "./sysctl-options.js";

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
  warn(text: string, fatal = true): void {
    this.stderr += `sysctl: ${text}\n`;
    if (fatal) this.rc = 1;
  }
}

/** "net/ipv4/ip_forward" → "net.ipv4.ip_forward" (procps accepts either separator). */
function normaliseKey(key: string): string {
  return key.includes("/") ? key.replace(/^\/+/, "").replace(/\//g, "\u0000").replace(/\./g, "/").replace(/\u0000/g, ".") : key;
}

function procPath(key: string): string {
  return `/proc/sys/${key.replace(/\./g, "/")}`;
}

function printValue(out: Output, opts: Options, key: string, value: string): void {
  if (opts.names) out.stdout += `${key}\n`;
  else if (opts.values) out.stdout += opts.binary ? value : `${value}\n`;
  else out.stdout += `${key} = ${value}\n`;
}

function readKey(ctx: CommandContext, out: Output, opts: Options, raw: string): void {
  if (raw === "") {
    out.warn('"" is an unknown key');
    out.rc = -1;
    return;
  }
  const key = normaliseKey(raw);
  const value = sysctlGet(ctx.world, ctx.netns, key);
  if (value !== undefined) {
    if (!opts.pattern || opts.pattern.test(key)) printValue(out, opts, key, value);
    return;
  }
  const under = sysctlKeys(ctx.world, ctx.netns).filter((k) => k.startsWith(`${key}.`));
  if (under.length > 0) {
    for (const k of under) if (!opts.pattern || opts.pattern.test(k)) printValue(out, opts, k, sysctlGet(ctx.world, ctx.netns, k)!);
    return;
  }
  if (!opts.ignore) out.warn(`cannot stat ${procPath(key)}: No such file or directory`);
}

function writeKey(ctx: CommandContext, out: Output, opts: Options, rawKey: string, rawValue: string): void {
  const key = normaliseKey(rawKey.trim());
  const value = rawValue.trim();
  if (key === "") {
    out.warn("Path is not under /proc/sys/: /proc/sys/");
    return;
  }
  if (sysctlGet(ctx.world, ctx.netns, key) === undefined) {
    if (!opts.ignore) out.warn(`cannot stat ${procPath(key)}: No such file or directory`);
    return;
  }
  if (!opts.dryRun) {
    const error = sysctlSet(ctx.world, ctx.netns, key, value);
    if (error) {
      out.warn(`setting key "${key}": ${error}`, !isReadOnlySysctl(key));
      return;
    }
  }
  if (opts.quiet && !opts.dryRun) return;
  if (opts.names || opts.values) out.stdout += opts.binary && !opts.names ? value : `${value}\n`;
  else out.stdout += `${key} = ${value}\n`;
}

/** Read a settings file: syntax errors are reported now, the settings applied later. */
function readSettings(ctx: CommandContext, out: Output, path: string): [string, string][] {
  const text = ctx.fs.readFile(path);
  if (text === undefined) {
    out.warn(`cannot open "${path}": No such file or directory`);
    return [];
  }
  const settings: [string, string][] = [];
  text.split("\n").forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
    const eq = line.indexOf("=");
    if (eq < 0) {
      out.warn(`${path}(${index + 1}): invalid syntax, continuing...`);
      return;
    }
    settings.push([line.slice(0, eq).trim().replace(/^-/, ""), line.slice(eq + 1).trim()]);
  });
  return settings;
}

/** procps reads every file first, then writes the whole list. */
function applySettings(ctx: CommandContext, out: Output, opts: Options, settings: [string, string][]): void {
  for (const [key, value] of settings) {
    if (opts.pattern && !opts.pattern.test(key)) continue;
    writeKey(ctx, out, opts, key, value);
  }
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
  const settings: [string, string][] = [];
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
    return { stdout: out.stdout, stderr: out.stderr, rc: out.rc };
  }
  if (opts.all) {
    for (const key of sysctlKeys(ctx.world, ctx.netns)) {
      if (!opts.pattern || opts.pattern.test(key)) printValue(out, opts, key, sysctlGet(ctx.world, ctx.netns, key)!);
    }
  } else if (opts.load) {
    const files = [...opts.files, ...args];
    const settings = (files.length > 0 ? files : ["/etc/sysctl.conf"]).flatMap((file) => readSettings(ctx, out, file));
    applySettings(ctx, out, opts, settings);
  } else if (args.length === 0) {
    out.stderr += "sysctl: no variables specified\nTry `sysctl --help' for more information.\n";
    out.rc = 1;
  } else if (opts.names && opts.quiet) {
    out.stderr += "sysctl: options -N and -q cannot coexist\nTry `sysctl --help' for more information.\n";
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
  return { stdout: out.stdout, stderr: out.stderr, rc: out.rc & 0xff };
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
