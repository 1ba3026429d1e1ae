// xargs [-n N] [-L N] [-I REPL] [CMD [ARG]…]: runs CMD (default echo) with words read from stdin.
import type { Command, CommandResult, StderrPart } from "../types.js";
import { done } from "./util.js";
import { nameTable } from "../../name-table.js";

/**
 * GNU xargs' default input parsing: blank-separated words, '…' and "…" quote (not across a
 * newline), backslash escapes. Stops at an unmatched quote with the error xargs prints.
 */
function readWords(input: string): { words: string[]; error?: string } {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === "'" || c === '"') {
      const end = input.indexOf(c, i + 1);
      const newline = input.indexOf("\n", i + 1);
      if (end < 0 || (newline >= 0 && newline < end)) {
        const kind = c === "'" ? "single" : "double";
        return { words, error: `xargs: unmatched ${kind} quote; by default quotes are special to xargs unless you use the -0 option\n` };
      }
      word += input.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === "\\" && i + 1 < input.length) {
      word += input[++i];
      inWord = true;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return { words };
}

/** -L N: each command gets the words of at most N non-blank input lines. */
function lineGroups(input: string, n: number, cmd: string[], parsed: { error?: string }, runIfEmpty: boolean): string[][] {
  const lines: string[][] = [];
  for (const line of input.split("\n")) {
    const r = readWords(line + "\n");
    if (r.words.length > 0) lines.push(r.words);
    if (r.error) break; // the same quote error readWords reported for the whole input
  }
  const calls: string[][] = [];
  for (let k = 0; k < lines.length; k += n) calls.push([...cmd, ...lines.slice(k, k + n).flat()]);
  if (calls.length === 0 && !parsed.error && runIfEmpty) calls.push(cmd);
  return calls;
}

/** Short options that take a value (attached or as the next word), and the long names GNU xargs knows. */
const WITH_VALUE = "nLIdPsaE";
const LONG = nameTable<string>({
  "max-args": "n", "max-lines": "L", replace: "I", delimiter: "d", "max-procs": "P", "max-chars": "s", "arg-file": "a",
  "eof": "e", "null": "0", "no-run-if-empty": "r", verbose: "t", exit: "x", interactive: "p", "open-tty": "o",
});

/** A -d delimiter: one character or an escape such as \n, \t, \0, \x2c. */
function delimiter(text: string): string | undefined {
  if (text.length === 1) return text;
  const esc: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", "\\": "\\", a: "\x07", b: "\b", f: "\f", v: "\v" };
  if (/^\\.$/.test(text)) return esc[text[1]!];
  const hex = /^\\x([0-9a-fA-F]{1,2})$/.exec(text);
  if (hex) return String.fromCharCode(parseInt(hex[1]!, 16));
  const oct = /^\\([0-7]{1,3})$/.exec(text);
  return oct ? String.fromCharCode(parseInt(oct[1]!, 8)) : undefined;
}

const VERSION = `xargs (GNU findutils) 4.9.0
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Eric B. Decker, James Youngman, and Kevin Dalley.
`;

/** The option names GNU xargs' warnings use for -n, -L, -l and -I/-i. */
const EXCLUSIVE_NAMES: Record<string, { self: string; previous: string }> = {
  n: { self: "--max-args/-n", previous: "--max-args" },
  L: { self: "-L", previous: "--max-lines" },
  l: { self: "--max-lines/-l", previous: "--max-lines" },
  I: { self: "--replace/-I/-i", previous: "--replace" },
};

/**
 * -n, -L/-l and -I/-i exclude each other: the last one given wins, with a warning for the one it
 * drops (-n 1 after -I drops nothing and says nothing).
 */
function setExclusive(opts: Map<string, string>, key: string, value: string, warnings: string[]): void {
  const self = EXCLUSIVE_NAMES[key]!.self;
  const drop = (other: string) => {
    warnings.push(`xargs: warning: options ${EXCLUSIVE_NAMES[other]!.previous} and ${self} are mutually exclusive, ignoring previous ${EXCLUSIVE_NAMES[other]!.previous} value\n`);
    opts.delete(other);
  };
  const lines = key === "l" ? "L" : key;
  if (lines === "n") {
    if (opts.has("L")) drop("L");
    if (opts.has("I") && Number(value) === 1) return;
    if (opts.has("I")) drop("I");
  } else if (lines === "L") {
    if (opts.has("n")) drop("n");
    if (opts.has("I")) drop("I");
  } else {
    if (opts.has("L")) drop("L");
    if (opts.has("n")) drop("n");
  }
  opts.set(lines, value);
}

/** The input before the logical end-of-file word EOF (before the line that is EOF, with -I). */
function beforeEof(input: string, eof: string, wholeLines: boolean): string {
  const word = wholeLines ? /^[ \t]*([^\n]*)/gm : /[^ \t\n]+/g;
  for (const m of input.matchAll(word)) if ((m[1] ?? m[0]) === eof) return input.slice(0, m.index);
  return input;
}

export const xargs: Command = {
  name: "xargs",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const usage = "Try 'xargs --help' for more information.\n";
    const opts = new Map<string, string>();
    const warnings: string[] = [];
    let i = 0;
    for (; i < args.length && args[i]!.startsWith("-") && args[i] !== "-"; i++) {
      const a = args[i]!;
      if (a === "--") {
        i++;
        break;
      }
      if (a.startsWith("--")) {
        if (a === "--version") return done(VERSION);
        const [name, value] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
        const key = LONG[name];
        if (!key) return done("", `xargs: unrecognized option '${a}'\n${usage}`, 1);
        // --replace, --max-lines and --eof take their value only after "=" (as -i, -l and -e)
        if (key === "I") setExclusive(opts, "I", value ?? "{}", warnings);
        else if (key === "L") setExclusive(opts, "l", value ?? "1", warnings);
        else if (key === "e") {
          if (value) opts.set("E", value);
          else opts.delete("E");
        } else if (key === "n") setExclusive(opts, "n", value ?? args[++i] ?? "", warnings);
        else opts.set(key, value ?? (WITH_VALUE.includes(key) ? args[++i] ?? "" : ""));
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        // -i[R], -l[N] and -e[EOF] are the old optional-argument forms of -I {}, -L 1 and -E EOF
        if (c === "i") {
          setExclusive(opts, "I", a.slice(j + 1) || "{}", warnings);
          break;
        }
        if (c === "l") {
          setExclusive(opts, "l", a.slice(j + 1) || "1", warnings);
          break;
        }
        if (c === "e") {
          if (j + 1 < a.length) opts.set("E", a.slice(j + 1));
          else opts.delete("E");
          break;
        }
        if (WITH_VALUE.includes(c)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (value === undefined) return done("", `xargs: option requires an argument -- '${c}'\n${usage}`, 1);
          if (c in EXCLUSIVE_NAMES) setExclusive(opts, c, value, warnings);
          else opts.set(c, value);
          break;
        }
        if (!"0rtxpo".includes(c)) return done("", `xargs: invalid option -- '${c}'\n${usage}`, 1);
        opts.set(c, "");
      }
    }
    const perCallText = opts.get("n");
    let perCall = Infinity;
    if (perCallText !== undefined) {
      perCall = Number(perCallText);
      if (!/^-?[0-9]+$/.test(perCallText)) return done("", `xargs: invalid number "${perCallText}" for -n option\n${usage}`, 1);
      if (perCall < 1) return done("", `xargs: value ${perCallText} for -n option should be >= 1\n${usage}`, 1);
    }
    const linesPerCall = opts.has("L") ? Number(opts.get("L")) : 0;
    const replace = opts.get("I");
    const sep = opts.has("0") ? "\0" : opts.has("d") ? delimiter(opts.get("d")!) : undefined;
    if (opts.has("d") && sep === undefined) return done("", `xargs: invalid input delimiter specification ${opts.get("d")}: the delimiter must be either a single character or an escape sequence starting with \\.\n`, 1);
    let input = opts.has("a") ? "" : ctx.stdin;
    if (opts.has("a")) {
      const file = ctx.fs.readFile(opts.get("a")!);
      if (file === undefined) return done("", `xargs: Cannot open input file '${opts.get("a")}': No such file or directory\n`, 1);
      input = file;
    }
    // -E EOF: the input ends at that word (at that line with -I); -0 and -d have no such word
    const eof = opts.get("E") || undefined;
    if (eof !== undefined && sep !== undefined) warnings.push("xargs: warning: the -E option has no effect if -0 or -d is used.\n\n");
    else if (eof !== undefined) input = beforeEof(input, eof, replace !== undefined);
    const cmd = args.length > i ? args.slice(i) : ["echo"];
    // -0 / -d: items end at the delimiter only, quotes and blanks are data
    const split = (text: string) => {
      const items = text.split(sep!);
      if (items[items.length - 1] === "") items.pop();
      return items;
    };
    const parsed =
      sep !== undefined ? { words: split(input) } : replace !== undefined ? { words: input.split("\n").map((l) => l.replace(/^[ \t]+/, "")).filter((l) => l !== "") } : readWords(input);
    const items = parsed.words;
    const calls: string[][] = [];
    if (replace !== undefined) for (const item of items) calls.push(cmd.map((w) => w.replaceAll(replace, item)));
    else if (linesPerCall > 0 && sep === undefined) calls.push(...lineGroups(input, linesPerCall, cmd, parsed, !opts.has("r")));
    else if (items.length === 0) {
      // nothing read runs the command once (not with -r), a bad quote does not
      if (!parsed.error && !opts.has("r")) calls.push(cmd);
    } else {
      const n = Number.isFinite(perCall) ? perCall : linesPerCall > 0 ? linesPerCall : items.length;
      for (let k = 0; k < items.length; k += n) calls.push([...cmd, ...items.slice(k, k + n)]);
    }
    // an unmatched quote ends the input: the words read before it still run (GNU xargs execs
    // what is pending, a short last group included), then xargs fails
    const out: string[] = [];
    // each stderr text with the stdout bytes written before it: the commands write as they
    // run, so with 2>&1 a -t line comes before its command's output, its errors after
    const err: StderrPart[] = warnings.map((text) => ({ at: 0, text }));
    let written = 0;
    const result = (extra: string, code: number): CommandResult => {
      const parts = [...err, { at: written, text: extra }];
      return { ...done(out.join(""), parts.map((p) => p.text).join(""), code), stderrParts: parts };
    };
    // a bad quote is met while the last, short group is still pending: that one runs after it
    const pendingFrom = parsed.error && items.length > 0 && (!Number.isFinite(perCall) || items.length % perCall !== 0) && replace === undefined && linesPerCall === 0 ? calls.length - 1 : calls.length;
    let rc = 0;
    for (const [i, argv] of calls.entries()) {
      if (i === pendingFrom && parsed.error) err.push({ at: written, text: parsed.error });
      if (opts.has("t")) err.push({ at: written, text: argv.join(" ") + "\n" });
      if (ctx.lookup && !ctx.lookup(argv[0]!)) return result(`xargs: ${argv[0]}: No such file or directory\n`, 127);
      const r = ctx.run(argv, { stdin: "" });
      // nobody reads the pipe any more: the command dies of SIGPIPE as it writes, and xargs stops
      if (ctx.stdoutReaderGone && r.stdout !== "") return result(`xargs: ${argv[0]}: terminated by signal 13\n`, 125);
      out.push(r.stdout);
      written += Buffer.byteLength(r.stdout);
      err.push({ at: written, text: r.stderr });
      if (r.rc === 255) return result(`xargs: ${argv[0]}: exited with status 255; aborting\n`, 124);
      if (r.rc !== 0) rc = 123;
    }
    if (parsed.error) return result(pendingFrom < calls.length ? "" : parsed.error, 1);
    return result("", rc);
  },
};
