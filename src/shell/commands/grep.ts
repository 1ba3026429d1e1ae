// grep [-vciEFnwxqsolLhH] [-e PAT]… [-m N] [-A/-B/-C N] PATTERNS [FILE]… (GNU grep 3.8 wording)
import type { Command, CommandContext } from "../types.js";
import { compile, escapeRegex, posixToJs } from "./regex.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines, type ParsedArgs } from "./util.js";

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
  flags: "vciyEFGPnwxqsolLhHrRzV",
  withArg: "efmABC",
  long: {
    "invert-match": "v", count: "c", "ignore-case": "i", "extended-regexp": "E", "fixed-strings": "F",
    "basic-regexp": "G", "perl-regexp": "P", "line-number": "n", "word-regexp": "w", "line-regexp": "x",
    quiet: "q", silent: "q", "no-messages": "s", "only-matching": "o", "files-with-matches": "l",
    "files-without-match": "L", "no-filename": "h", "with-filename": "H", "regexp=": "e", "file=": "f",
    "max-count=": "m", "after-context=": "A", "before-context=": "B", "context=": "C", "color=?": "color",
    "colour=?": "color", version: "V",
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

function buildRegex(patterns: string[], p: ParsedArgs, warnings: Set<string>): RegExp | string {
  const fixed = has(p, "F");
  const extended = has(p, "E") || has(p, "P");
  const sources: string[] = [];
  for (const pat of patterns) {
    if (fixed) sources.push(escapeRegex(pat));
    else if (has(p, "P")) {
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
  return new RegExp(src, has(p, "i") || has(p, "y") ? "i" : "");
}

function contextSize(p: ParsedArgs, flag: string): number | string {
  const v = lastValue(p, flag) ?? lastValue(p, "C");
  if (v === undefined) return 0;
  return /^[0-9]+$/.test(v) ? Number(v) : `${v}: invalid context length argument`;
}

/** Files under a directory for -r, depth first in name order (GNU prints `dir/file`). */
function walk(ctx: CommandContext, path: string, implicitDot: boolean): string[] {
  if (!ctx.fs.isDir(path)) return [path];
  const out: string[] = [];
  for (const name of ctx.fs.list(path) ?? []) {
    const child = implicitDot && path === "." ? name : `${path.replace(/\/+$/, "")}/${name}`;
    out.push(...walk(ctx, child, false));
  }
  return out;
}

export const grep: Command = {
  name: "grep",
  aliases: ["egrep", "fgrep"],
  run(ctx: CommandContext) {
    const p = parseOptions("grep", ctx.argv.slice(1), SPEC);
    if (isResult(p)) return p;
    if (has(p, "V")) return done(VERSION);
    if (ctx.argv[0] === "egrep") p.opts.push(["E", ""]);
    if (ctx.argv[0] === "fgrep") p.opts.push(["F", ""]);
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
    const re = buildRegex(patterns, p, warnings);
    if (typeof re === "string") return done("", `grep: ${re}\n`, 2);
    const maxArg = lastValue(p, "m");
    if (maxArg !== undefined && !/^-?[0-9]+$/.test(maxArg.trim())) return done("", "grep: invalid max count\n", 2);
    const after = contextSize(p, "A");
    const before = contextSize(p, "B");
    if (typeof after === "string") return done("", `grep: ${after}\n`, 2);
    if (typeof before === "string") return done("", `grep: ${before}\n`, 2);
    // GNU grep 3.8: a negative count means no limit
    const maxCount = maxArg === undefined || Number(maxArg) < 0 ? Infinity : Number(maxArg);

    const recursive = has(p, "r") || has(p, "R");
    if (recursive) files = (files.length ? files : ["."]).flatMap((f) => walk(ctx, f, files.length === 0));
    const invert = has(p, "v");
    const quiet = has(p, "q");
    const showName = has(p, "H") || ((files.length > 1 || recursive) && !has(p, "h"));
    const { sources, errors } = readSources(ctx, "grep", files);
    const out: string[] = [];
    let matchedAny = false;

    const countOnly = has(p, "c") || has(p, "l") || has(p, "L");
    const numbered = has(p, "n");
    const onlyMatching = has(p, "o");
    for (const src of sources) {
      const lines = splitLines(src.data);
      const prefix = (n: number, sep: string) => (showName ? src.name + sep : "") + (numbered ? `${n + 1}${sep}` : "");
      let count = 0;
      let lastPrinted = -1;
      let afterLeft = 0;
      for (let i = 0; i < lines.length && count < maxCount; i++) {
        const line = lines[i]!;
        const selected = re.test(line) !== invert;
        if (!selected) {
          if (afterLeft > 0 && !quiet && !countOnly) {
            out.push(prefix(i, "-") + line + "\n");
            lastPrinted = i;
            afterLeft--;
          }
          continue;
        }
        count++;
        matchedAny = true;
        if (quiet) return done("", [...warnings].join(""), 0);
        if (countOnly) continue;
        const from = Math.max(lastPrinted + 1, i - before);
        if ((before > 0 || after > 0) && lastPrinted >= 0 && from > lastPrinted + 1) out.push("--\n");
        for (let j = from; j < i; j++) out.push(prefix(j, "-") + lines[j]! + "\n");
        if (onlyMatching) {
          if (!invert) {
            for (const m of line.matchAll(new RegExp(re.source, re.flags + "g"))) {
              if (m[0] !== "") out.push(prefix(i, ":") + m[0] + "\n");
            }
          }
        } else out.push(prefix(i, ":") + line + "\n");
        lastPrinted = i;
        afterLeft = after;
      }
      if (has(p, "c")) out.push((showName ? src.name + ":" : "") + count + "\n");
      if (has(p, "l") && count > 0) out.push(src.name + "\n");
      if (has(p, "L") && count === 0) out.push(src.name + "\n");
    }
    const stderr = [...warnings].join("") + (has(p, "s") ? "" : errors.join(""));
    const rc = errors.length ? 2 : matchedAny ? 0 : 1;
    return done(out.join(""), stderr, rc);
  },
};
