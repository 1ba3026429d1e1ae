// The `sysctl` command (procps-ng 4): read, write, list, load files; messages and exit codes as procps.
import type { Command, CommandContext, CommandResult } from "../shell/types.js";
import { isReadOnlySysctl, sysctlGet, sysctlKeys, sysctlSet } from "./sysctl.js";

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

interface Options {
  all: boolean; values: boolean; names: boolean; ignore: boolean; quiet: boolean; write: boolean;
  binary: boolean; dryRun: boolean; load: boolean; system: boolean; pattern?: RegExp; files: string[];
}

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
  const key = normaliseKey(raw);
  const value = sysctlGet(ctx.world, ctx.netns, key);
  if (value !== undefined) return printValue(out, opts, key, value);
  const under = sysctlKeys(ctx.world, ctx.netns).filter((k) => k.startsWith(`${key}.`));
  if (under.length > 0) {
    for (const k of under) printValue(out, opts, k, sysctlGet(ctx.world, ctx.netns, k)!);
    return;
  }
  if (!opts.ignore) out.warn(`cannot stat ${procPath(key)}: No such file or directory`);
}

function writeKey(ctx: CommandContext, out: Output, opts: Options, rawKey: string, rawValue: string): void {
  const key = normaliseKey(rawKey.trim());
  const value = rawValue.trim();
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
  if (opts.quiet) return;
  if (opts.values) out.stdout += `${value}\n`;
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

function parseArgs(argv: string[], out: Output): { opts: Options; args: string[] } | undefined {
  const opts: Options = { all: false, values: false, names: false, ignore: false, quiet: false, write: false, binary: false, dryRun: false, load: false, system: false, files: [] };
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") { args.push(...argv.slice(i + 1)); break; }
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const long: Record<string, () => void> = {
        all: () => (opts.all = true), values: () => (opts.values = true), names: () => (opts.names = true),
        ignore: () => (opts.ignore = true), quiet: () => (opts.quiet = true), write: () => (opts.write = true),
        binary: () => (opts.binary = true), "dry-run": () => (opts.dryRun = true), system: () => (opts.system = true),
        deprecated: () => undefined,
        load: () => { opts.load = true; if (inline) opts.files.push(inline); },
        pattern: () => { const p = inline ?? argv[++i] ?? ""; opts.pattern = new RegExp(p); },
      };
      const handler = long[name];
      if (!handler) { out.warn(`unrecognized option '${arg}'`); out.stderr += `Try \`sysctl --help' for more information.\n`; return undefined; }
      handler();
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") { args.push(arg); continue; }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      if ("aAX".includes(c)) opts.all = true;
      else if (c === "n") opts.values = true;
      else if (c === "N") opts.names = true;
      else if (c === "e") opts.ignore = true;
      else if (c === "q") opts.quiet = true;
      else if (c === "w") opts.write = true;
      else if (c === "b") { opts.binary = true; opts.values = true; }
      else if (c === "o" || c === "x") continue;
      else if (c === "p" || c === "f") {
        opts.load = true;
        if (j + 1 < arg.length) opts.files.push(arg.slice(j + 1));
        break;
      } else if (c === "r") {
        const p = j + 1 < arg.length ? arg.slice(j + 1) : argv[++i] ?? "";
        opts.pattern = new RegExp(p);
        break;
      } else if (c === "h" || c === "d") { out.stdout += USAGE.slice(1); return undefined; }
      else if (c === "V") { out.stdout += "sysctl from procps-ng 4.0.2\n"; return undefined; }
      else {
        out.warn(`invalid option -- '${c}'`);
        out.stderr += USAGE;
        return undefined;
      }
    }
  }
  return { opts, args };
}

function runSysctl(ctx: CommandContext): CommandResult {
  const out = new Output();
  const parsed = parseArgs(ctx.argv.slice(1), out);
  if (!parsed) return { stdout: out.stdout, stderr: out.stderr, rc: out.stderr ? 1 : 0 };
  const { opts, args } = parsed;
  if (opts.system) loadSystem(ctx, out, opts);
  else if (opts.load) {
    const files = [...opts.files, ...args];
    const settings = (files.length > 0 ? files : ["/etc/sysctl.conf"]).flatMap((file) => readSettings(ctx, out, file));
    applySettings(ctx, out, opts, settings);
  } else if (opts.all) {
    for (const key of sysctlKeys(ctx.world, ctx.netns)) {
      if (!opts.pattern || opts.pattern.test(key)) printValue(out, opts, key, sysctlGet(ctx.world, ctx.netns, key)!);
    }
  } else if (args.length === 0) {
    if (opts.write || opts.values || opts.names || opts.quiet || opts.ignore || opts.pattern || ctx.argv.length > 1) {
      out.stderr += "sysctl: no variables specified\nTry `sysctl --help' for more information.\n";
    } else out.stderr += USAGE;
    out.rc = 1;
  } else {
    for (const arg of args) {
      const eq = arg.indexOf("=");
      if (eq >= 0) writeKey(ctx, out, opts, arg.slice(0, eq), arg.slice(eq + 1));
      else if (opts.write) out.warn("command line(0): invalid syntax, continuing...");
      else readKey(ctx, out, opts, arg);
    }
  }
  return { stdout: out.stdout, stderr: out.stderr, rc: out.rc };
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
