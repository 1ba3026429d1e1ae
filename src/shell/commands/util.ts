// Helpers shared by the text tools: GNU-style option parsing, reading FILE… or stdin, and
// coreutils-worded errors.
import type { CommandContext, CommandResult } from "../types.js";

export function done(stdout = "", stderr = "", rc = 0): CommandResult {
  return { stdout, stderr, rc };
}

export interface OptionSpec {
  /** Short flags without argument, e.g. "vciE". */
  flags?: string;
  /** Short options taking an argument, e.g. "ef". */
  withArg?: string;
  /** Short options whose argument is optional and must be attached, e.g. sed's "i" (`-i.bak`). */
  optionalArg?: string;
  /** Long option → short letter (or a long-only key), `=` suffix when it takes an argument,
   * `=?` when the argument is optional (only `--name=VALUE` gives it one). */
  long?: Record<string, string>;
  /** Numeric short options like `head -5` become this option with that value. */
  digitsAs?: string;
  /** Text after the error line (default: "Try 'TOOL --help' for more information."). */
  usage?: string;
  /** Exit status for bad usage (GNU: 1 for most tools, 2 for grep). */
  usageRc?: number;
}

export interface ParsedArgs {
  opts: [string, string][];
  args: string[];
}

/** getopt_long with GNU argument permutation: options may follow operands until `--`. */
export function parseOptions(tool: string, argv: string[], spec: OptionSpec): ParsedArgs | CommandResult {
  const opts: [string, string][] = [];
  const args: string[] = [];
  const usage = spec.usage ?? `Try '${tool} --help' for more information.\n`;
  const bad = (msg: string) => done("", `${tool}: ${msg}\n${usage}`, spec.usageRc ?? 1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const bare = (k: string) => k.replace(/=\??$/, "");
      const keys = Object.keys(spec.long ?? {}).filter((k) => bare(k).startsWith(name));
      const exact = keys.find((k) => bare(k) === name);
      const key = exact ?? (keys.length === 1 ? keys[0] : undefined);
      if (!key) return bad(keys.length > 1 ? `option '${a}' is ambiguous` : `unrecognized option '${a}'`);
      const short = spec.long![key]!;
      if (key.endsWith("=?")) {
        opts.push([short, eq >= 0 ? a.slice(eq + 1) : ""]);
      } else if (key.endsWith("=")) {
        let value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) return bad(`option '--${key.slice(0, -1)}' requires an argument`);
        opts.push([short, value]);
      } else {
        if (eq >= 0) return bad(`option '--${key}' doesn't allow an argument`);
        opts.push([short, ""]);
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      if (spec.digitsAs && /^-[0-9]+$/.test(a)) {
        opts.push([spec.digitsAs, a.slice(1)]);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (spec.optionalArg?.includes(c)) {
          opts.push([c, a.slice(j + 1)]);
          break;
        }
        if (spec.withArg?.includes(c)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (value === undefined) return bad(`option requires an argument -- '${c}'`);
          opts.push([c, value]);
          break;
        }
        if (!spec.flags?.includes(c)) return bad(`invalid option -- '${c}'`);
        opts.push([c, ""]);
      }
      continue;
    }
    args.push(a);
  }
  return { opts, args };
}

export function isResult(x: ParsedArgs | CommandResult): x is CommandResult {
  return (x as CommandResult).rc !== undefined;
}

export function has(p: ParsedArgs, flag: string): boolean {
  return p.opts.some(([f]) => f === flag);
}

export function lastValue(p: ParsedArgs, flag: string): string | undefined {
  let v: string | undefined;
  for (const [f, val] of p.opts) if (f === flag) v = val;
  return v;
}

export interface Source {
  name: string;
  data: string;
}

/** Reads each FILE ("-" = stdin; none = stdin). Missing files become `tool: f: No such file or directory`. */
export function readSources(ctx: CommandContext, tool: string, files: string[]): { sources: Source[]; errors: string[]; errorSlots: number[] } {
  const sources: Source[] = [];
  const errors: string[] = [];
  // how many files were read before each error (where it falls among the output)
  const errorSlots: number[] = [];
  const names = files.length ? files : ["-"];
  for (const name of names) {
    if (name === "-") {
      sources.push({ name: "(standard input)", data: ctx.stdin });
      continue;
    }
    const err = fileError(ctx, name);
    if (err) {
      errors.push(`${tool}: ${name}: ${err}\n`);
      errorSlots.push(sources.length);
      continue;
    }
    sources.push({ name, data: ctx.fs.readFile(name) ?? "" });
  }
  return { sources, errors, errorSlots };
}

/**
 * A file-by-file tool's result with each error where it fell among the output: glibc's error()
 * flushes stdout before it writes, so `cat a /nope b 2>&1` shows a's text, the error, then b's.
 * `bytesAfter[k]` is how much output the first k files made.
 */
export function withPlacedErrors(stdout: string, errors: string[], errorSlots: number[], bytesAfter: number[], rc: number): CommandResult {
  const stderrParts = errors.map((text, i) => ({ at: bytesAfter[errorSlots[i]!] ?? Buffer.byteLength(stdout), text }));
  return { ...done(stdout, errors.join(""), rc), stderrParts };
}

export function fileError(ctx: CommandContext, name: string): string | undefined {
  if (ctx.fs.isDir(name)) return "Is a directory";
  const unreadable = ctx.fs.readError?.(name);
  if (unreadable) return unreadable;
  if (ctx.fs.readFile(name) === undefined) return "No such file or directory";
  return undefined;
}

/** What follows the first N lines of a text (all of it for N = 0, "" when it has no more lines). */
export function afterLines(text: string, n: number): string {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) return "";
    at = nl + 1;
  }
  return text.slice(at);
}

/** Lines of a text; a final newline does not start an empty line. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}


/** Index of the first non-option word (after `--`); options in `withArg` take the next word. */
export function skipOptions(args: string[], withArg: ReadonlySet<string>): number {
  let i = 0;
  while (i < args.length && args[i]!.startsWith("-")) {
    if (args[i] === "--") return i + 1;
    i += withArg.has(args[i]!) ? 2 : 1;
  }
  return i;
}

export interface KnownOptions {
  /** Short option letters without an argument. */
  short?: string;
  /** Short option letters taking an argument (attached or the next word). */
  withArg?: string;
  /** Long option names (abbreviations allowed, as getopt_long does). */
  long?: string[];
  /** Words like `-1` are operands (seq's negative numbers). */
  numbers?: boolean;
  /** Text after the error line (default: "Try 'TOOL --help' for more information."). */
  usage?: string;
  rc?: number;
}

/** getopt's complaint about the first unknown option before `--` (for tools that parse by hand). */
export function unknownOption(tool: string, args: string[], known: KnownOptions): CommandResult | undefined {
  const bad = (msg: string) => done("", `${tool}: ${msg}\n${known.usage ?? `Try '${tool} --help' for more information.\n`}`, known.rc ?? 1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") return undefined;
    if (!a.startsWith("-") || a === "-" || (known.numbers && /^-[0-9.]/.test(a))) continue;
    if (a.startsWith("--")) {
      const name = a.slice(2).split("=")[0]!;
      if (!(known.long ?? []).some((l) => l.startsWith(name))) return bad(`unrecognized option '${a}'`);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (known.withArg?.includes(c)) {
        if (j === a.length - 1) i++;
        break;
      }
      if (!known.short?.includes(c)) return bad(`invalid option -- '${c}'`);
    }
  }
  return undefined;
}
