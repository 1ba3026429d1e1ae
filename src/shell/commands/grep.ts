// grep [-vciEFnwxqsolLhH] [-e PAT]… [-m N] [-A/-B/-C N] PATTERNS [FILE]… (GNU grep 3.8 wording)
import type { Command, CommandContext } from "../types.js";
import { compile, escapeRegex, posixToJs } from "./regex.js";
import { done, has, isResult, lastValue, parseOptions, splitLines, type ParsedArgs } from "./util.js";

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

const VERSION = `grep (GNU grep) 3.8
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Mike Haertel and others; see
<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.
`;

const SPEC = {
  flags: "vciyEFGPnwxqsolLhHrRzVabTZUI",
  withArg: "efmABCXdD",
  digitsAs: "C",
  long: {
    "invert-match": "v", count: "c", "ignore-case": "i", "extended-regexp": "E", "fixed-strings": "F",
    "basic-regexp": "G", "perl-regexp": "P", "line-number": "n", "word-regexp": "w", "line-regexp": "x",
    quiet: "q", silent: "q", "no-messages": "s", "only-matching": "o", "files-with-matches": "l",
    "files-without-match": "L", "no-filename": "h", "with-filename": "H", "regexp=": "e", "file=": "f",
    "max-count=": "m", "after-context=": "A", "before-context=": "B", "context=": "C", "color=?": "color",
    "colour=?": "color", version: "V", text: "a", "byte-offset": "b", "initial-tab": "T", null: "Z", binary: "U",
    "null-data": "z", "no-ignore-case": "no-i", "line-buffered": "lb", "label=": "label", "group-separator=": "gsep",
    "no-group-separator": "no-gsep", "directories=": "d", "devices=": "D", "include=": "include", "exclude=": "exclude",
    "exclude-dir=": "exclude-dir", recursive: "r", "dereference-recursive": "R",
  },
  usage: USAGE,
  usageRc: 2,
};

/** grep -E ignores a repetition at the start of an expression (after `(` or `|` too), with a warning. */
function dropLeadingRepeats(pattern: string, warnings: Set<string>): string {
  return pattern.replace(/(^|[(|])([*+?]|\{[0-9,]*\})/g, (_m, before: string, op: string) => {
    warnings.add(`grep: warning: ${op.startsWith("{") ? "{...}" : op} at start of expression\n`);
    return before;
  });
}

type Matcher = "G" | "E" | "F" | "P";
const X_MATCHERS: Record<string, Matcher> = { grep: "G", egrep: "E", fgrep: "F", perl: "P", awk: "E", gawk: "E", posixawk: "E" };

/** -G/-E/-F/-P/-X in order: a second, different matcher is an error, as in GNU grep. */
function chooseMatcher(p: ParsedArgs, argv0: string): Matcher | string {
  let matcher: Matcher | undefined = argv0 === "egrep" ? "E" : argv0 === "fgrep" ? "F" : undefined;
  for (const [f, v] of p.opts) {
    let m: Matcher | undefined;
    if (f === "G" || f === "E" || f === "F" || f === "P") m = f;
    else if (f === "X") {
      m = X_MATCHERS[v];
      if (!m) return `grep: invalid matcher ${v}\n`;
    }
    if (!m) continue;
    if (matcher && matcher !== m) return "grep: conflicting matchers specified\n";
    matcher = m;
  }
  return matcher ?? "G";
}

function buildRegex(patterns: string[], p: ParsedArgs, matcher: Matcher, warnings: Set<string>): RegExp | string {
  const extended = matcher === "E" || matcher === "P";
  const sources: string[] = [];
  for (const pat of patterns) {
    if (matcher === "F") sources.push(escapeRegex(pat));
    else if (matcher === "P") {
      // PCRE reads like a JavaScript regular expression for the patterns learners write
      try {
        new RegExp(pat);
      } catch {
        return "grep: unmatched parentheses";
      }
      sources.push(pat);
    } else {
      const src = extended ? dropLeadingRepeats(pat, warnings) : pat;
      const r = compile(src, extended, "");
      if (typeof r === "string") return r;
      sources.push(posixToJs(src, extended));
    }
  }
  let src = sources.map((s) => `(?:${s})`).join("|");
  if (has(p, "x")) src = `^(?:${src})$`;
  else if (has(p, "w")) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  const ignoreCase = p.opts.filter(([f]) => f === "i" || f === "y" || f === "no-i").pop()?.[0];
  return new RegExp(src, ignoreCase === "i" || ignoreCase === "y" ? "i" : "");
}

function contextSize(p: ParsedArgs, flag: string): number | string {
  const v = lastValue(p, flag) ?? lastValue(p, "C");
  if (v === undefined) return 0;
  return /^[0-9]+$/.test(v) ? Number(v) : `${v}: invalid context length argument`;
}

/** A shell-style glob (--include, --exclude) as a regular expression. */
function globRegex(glob: string): RegExp {
  const src = glob.replace(/[.+^${}()|\\]/g, "\\$&").replaceAll("*", ".*").replaceAll("?", ".");
  return new RegExp(`^${src}$`);
}

interface Walk {
  include: RegExp[];
  exclude: RegExp[];
  excludeDir: RegExp[];
}

const baseName = (path: string) => path.replace(/\/+$/, "").split("/").pop() ?? path;

/** Files under a directory for -r, depth first in name order (GNU prints `dir/file`). */
function walk(ctx: CommandContext, path: string, implicitDot: boolean, filters: Walk, top: boolean): string[] {
  if (!ctx.fs.isDir(path)) {
    const name = baseName(path);
    if (filters.exclude.some((r) => r.test(name))) return [];
    if (!top && filters.include.length && !filters.include.some((r) => r.test(name))) return [];
    return [path];
  }
  if (filters.excludeDir.some((r) => r.test(baseName(path))) && !(top && implicitDot)) return [];
  const out: string[] = [];
  for (const name of ctx.fs.list(path) ?? []) {
    const child = implicitDot && path === "." ? name : `${path.replace(/\/+$/, "")}/${name}`;
    out.push(...walk(ctx, child, false, filters, false));
  }
  return out;
}

/** Where the lines of one input come from, or why it could not be read. */
interface Input {
  name: string;
  data?: string;
  error?: string;
  /** Size for -T's column width: a pipe has none (GNU then pads to INTMAX_MAX's 19 digits). */
  size?: number;
  /** This input is grep's stdin. */
  stdin?: boolean;
}

export const grep: Command = {
  name: "grep",
  aliases: ["egrep", "fgrep"],
  run(ctx: CommandContext) {
    const p = parseOptions("grep", ctx.argv.slice(1), SPEC);
    if (isResult(p)) return p;
    if (has(p, "V")) return done(VERSION);
    const matcher = chooseMatcher(p, ctx.argv[0]!);
    if (matcher.endsWith("\n")) return done("", matcher, 2);
    const dirAction = lastValue(p, "d");
    if (dirAction !== undefined && !["read", "recurse", "skip"].includes(dirAction)) {
      return done("", `grep: invalid argument '${dirAction}' for '--directories'\nValid arguments are:\n  - 'read'\n  - 'recurse'\n  - 'skip'\n${USAGE}`, 1);
    }
    const patterns: string[] = [];
    for (const [f, v] of p.opts) {
      if (f === "e") patterns.push(...v.split("\n"));
      if (f === "f") {
        const text = ctx.fs.readFile(v);
        if (text === undefined) return done("", `grep: ${v}: No such file or directory\n`, 2);
        patterns.push(...splitLines(text));
      }
    }
    let files = [...p.args];
    if (!p.opts.some(([f]) => f === "e" || f === "f")) {
      const pat = files.shift();
      if (pat === undefined) return done("", USAGE, 2);
      patterns.push(...pat.split("\n"));
    }
    const warnings = new Set<string>();
    const re = buildRegex(patterns, p, matcher as Matcher, warnings);
    if (typeof re === "string") return done("", `grep: ${re}\n`, 2);
    const maxArg = lastValue(p, "m");
    if (maxArg !== undefined && !/^-?[0-9]+$/.test(maxArg.trim())) return done("", "grep: invalid max count\n", 2);
    const after = contextSize(p, "A");
    const before = contextSize(p, "B");
    if (typeof after === "string") return done("", `grep: ${after}\n`, 2);
    if (typeof before === "string") return done("", `grep: ${before}\n`, 2);
    // GNU grep 3.8: a negative count means no limit
    const maxCount = maxArg === undefined || Number(maxArg) < 0 ? Infinity : Number(maxArg);

    const recursive = has(p, "r") || has(p, "R") || dirAction === "recurse";
    const filters: Walk = {
      include: p.opts.filter(([f]) => f === "include").map(([, v]) => globRegex(v)),
      exclude: p.opts.filter(([f]) => f === "exclude").map(([, v]) => globRegex(v)),
      excludeDir: p.opts.filter(([f]) => f === "exclude-dir").map(([, v]) => globRegex(v)),
    };
    const operands = files.length;
    // with -r, names are shown once a directory is actually searched (or for several operands)
    const walkedDir = recursive && (files.length === 0 || files.some((f) => ctx.fs.isDir(f)));
    if (recursive) files = (files.length ? files : ["."]).flatMap((f) => walk(ctx, f, files.length === 0, filters, true));
    else files = files.filter((f) => !filters.exclude.some((r) => r.test(baseName(f))));
    const label = lastValue(p, "label") ?? "(standard input)";
    const inputs: Input[] = (files.length ? files : ["-"]).flatMap((name): Input[] => {
      if (name === "-") return [{ name: label, data: ctx.stdin, size: ctx.stdinIsFile ? ctx.stdin.length : undefined, stdin: true }];
      if (ctx.fs.isDir(name)) return dirAction === "skip" ? [] : [{ name, error: "Is a directory" }];
      const data = ctx.fs.readFile(name);
      return data === undefined ? [{ name, error: ctx.fs.readError?.(name) ?? "No such file or directory" }] : [{ name, data, size: Buffer.byteLength(data) }];
    });
    const lastNameFlag = p.opts.filter(([f]) => f === "H" || f === "h").pop()?.[0];
    const showName = lastNameFlag === "H" || ((operands > 1 || walkedDir) && lastNameFlag !== "h");
    const color = ["always", "yes", "force"].includes(lastValue(p, "color") ?? "never");
    const out = new Output(p, showName, has(p, "z") ? "\0" : "\n", color);
    let errors = "";
    // each error where it fell among the output (glibc's error() flushes stdout first)
    const placed: { at: number; text: string }[] = [...warnings].map((text) => ({ at: 0, text }));
    let matchedAny = false;
    let failed = false;
    const quiet = has(p, "q");
    let stdinLeft: string | undefined;
    for (const input of inputs) {
      if (input.error !== undefined) {
        failed = true;
        const text = `grep: ${input.name}: ${input.error}\n`;
        if (!has(p, "s")) {
          errors += text;
          placed.push({ at: Buffer.byteLength(out.text()), text });
        }
        continue;
      }
      const count = out.scan(input, re, { before, after, maxCount, quiet });
      // stopped by -m on a regular file, grep seeks its stdin back to just after that line
      if (input.stdin && ctx.stdinIsFile && out.lastCounted !== undefined && !quiet) stdinLeft = input.data!.split(out.eol).slice(out.lastCounted + 1).join(out.eol);
      if (count > 0) matchedAny = true;
      // -q stops at the first match: later files are never opened
      if (quiet && count > 0) return done("", [...warnings].join("") + errors, 0);
    }
    return { ...done(out.text(), [...warnings].join("") + errors, failed ? 2 : matchedAny ? 0 : 1), stderrParts: placed, ...(stdinLeft === undefined ? {} : { stdinLeft }) };
  },
};

/** What grep prints for the selected lines of each input: prefixes, context, counts and names. */
class Output {
  private readonly chunks: string[] = [];
  private printedBefore = false;
  /** The line (index) of the last match -m let through in the latest input, when it stopped there. */
  lastCounted: number | undefined;

  constructor(
    private readonly p: ParsedArgs,
    private readonly showName: boolean,
    readonly eol: string,
    private readonly color: boolean,
  ) {}

  /** GNU's default GREP_COLORS: ms=01;31 fn=35 ln=32 bn=32 se=36. */
  private paint(code: string, text: string): string {
    return this.color ? `\x1b[${code}m\x1b[K${text}\x1b[m\x1b[K` : text;
  }

  text(): string {
    return this.chunks.join("");
  }

  /** Prints one input's part; returns how many lines were selected. */
  scan(input: Input, re: RegExp, opts: { before: number; after: number; maxCount: number; quiet: boolean }): number {
    const p = this.p;
    const data = input.data ?? "";
    this.lastCounted = undefined;
    const lines = data === "" ? [] : data.split(this.eol);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    const invert = has(p, "v");
    const listOnly = has(p, "c") || has(p, "l") || has(p, "L");
    const onlyMatching = has(p, "o");
    // -T pads numbers to the digits of the file's size (plus one with -n)
    const width = has(p, "T") ? String((input.size ?? 9223372036854775807) + (has(p, "n") && input.size !== undefined ? 1 : 0)).length : 0;
    const nameSep = (sep: string) => (has(p, "Z") ? "\0" : this.paint("36", sep));
    const head = (n: number, offset: number, sep: string, empty = false) => {
      let text = this.showName ? this.paint("35", input.name) + nameSep(sep) : "";
      if (has(p, "n")) text += this.paint("32", String(n + 1).padStart(width)) + this.paint("36", sep);
      if (has(p, "b")) text += this.paint("32", String(offset).padStart(width)) + this.paint("36", sep);
      // -T's tab comes only before a line with text
      return text && has(p, "T") && !empty ? text + "\t" : text;
    };
    const mark = (line: string) => (this.color && !invert ? line.replace(new RegExp(re.source, re.flags + "g"), (m) => (m === "" ? m : this.paint("01;31", m))) : line);
    const offsets: number[] = [];
    let at = 0;
    for (const line of lines) {
      offsets.push(at);
      at += Buffer.byteLength(line) + 1;
    }
    let count = 0;
    let lastPrinted = -1;
    let afterLeft = 0;
    const separator = p.opts.some(([f]) => f === "no-gsep") ? undefined : (lastValue(p, "gsep") ?? "--");
    // any context option, even -A0, separates groups that are not adjacent
    const context = p.opts.some(([f]) => f === "A" || f === "B" || f === "C");
    const emit = (i: number, sep: string) => {
      const from = lastPrinted;
      if (context && separator !== undefined && this.printedBefore && i > from + 1) this.chunks.push(`${this.paint("36", separator)}\n`);
      this.printedBefore = true;
      lastPrinted = i;
      return head(i, offsets[i]!, sep, lines[i] === "");
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const selected = count < opts.maxCount && re.test(line) !== invert;
      if (!selected) {
        if (count >= opts.maxCount && afterLeft === 0) break;
        if (afterLeft > 0 && !opts.quiet && !listOnly) {
          this.chunks.push(emit(i, "-") + line + this.eol);
          afterLeft--;
        }
        continue;
      }
      count++;
      if (count === opts.maxCount) this.lastCounted = i;
      if (opts.quiet) return count;
      if (listOnly) continue;
      for (let j = Math.max(lastPrinted + 1, i - opts.before); j < i; j++) this.chunks.push(emit(j, "-") + lines[j]! + this.eol);
      if (onlyMatching) {
        if (!invert) {
          for (const m of line.matchAll(new RegExp(re.source, re.flags + "g"))) {
            if (m[0] === "") continue;
            const prefix = head(i, offsets[i]! + Buffer.byteLength(line.slice(0, m.index)), ":");
            this.printedBefore = true;
            lastPrinted = i;
            this.chunks.push(prefix + this.paint("01;31", m[0]) + this.eol);
          }
        }
      } else this.chunks.push(emit(i, ":") + mark(line) + this.eol);
      afterLeft = opts.after;
    }
    if (has(p, "c")) this.chunks.push((this.showName ? this.paint("35", input.name) + nameSep(":") : "") + count + "\n");
    const nameEnd = has(p, "Z") ? "\0" : "\n";
    if (has(p, "l") && count > 0) this.chunks.push(this.paint("35", input.name) + nameEnd);
    if (has(p, "L") && count === 0) this.chunks.push(this.paint("35", input.name) + nameEnd);
    return count;
  }
}
