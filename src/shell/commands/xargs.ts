// xargs [-n N] [-L N] [-I REPL] [CMD [ARG]…]: runs CMD (default echo) with words read from stdin.
import type { Command } from "../types.js";
import { done } from "./util.js";

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
function lineGroups(input: string, n: number, cmd: string[], parsed: { error?: string }): string[][] {
  const lines: string[][] = [];
  for (const line of input.split("\n")) {
    const r = readWords(line + "\n");
    if (r.words.length > 0) lines.push(r.words);
    if (r.error) break; // the same quote error readWords reported for the whole input
  }
  const calls: string[][] = [];
  for (let k = 0; k < lines.length; k += n) calls.push([...cmd, ...lines.slice(k, k + n).flat()]);
  if (calls.length === 0 && !parsed.error) calls.push(cmd);
  return calls;
}

export const xargs: Command = {
  name: "xargs",
  run(ctx) {
    const args = ctx.argv.slice(1);
    let perCall = Infinity;
    let linesPerCall = 0;
    let replace: string | undefined;
    let i = 0;
    for (; i < args.length && args[i]!.startsWith("-"); i++) {
      const a = args[i]!;
      if (a === "-n") perCall = Number(args[++i]);
      else if (a.startsWith("-n")) perCall = Number(a.slice(2));
      else if (a === "-L") linesPerCall = Number(args[++i]);
      else if (a.startsWith("-L")) linesPerCall = Number(a.slice(2));
      else if (a.startsWith("--max-lines=")) linesPerCall = Number(a.slice(12));
      else if (a === "-I") replace = args[++i];
      else if (a.startsWith("-I")) replace = a.slice(2);
      else if (a === "-r" || a === "--no-run-if-empty" || a === "-0") continue;
      else if (a === "--") {
        i++;
        break;
      } else {
        const what = a.startsWith("--") ? `unrecognized option '${a}'` : `invalid option -- '${a[1]}'`;
        return done("", `xargs: ${what}\nTry 'xargs --help' for more information.\n`, 1);
      }
      if (a.startsWith("-n") && (a === "-n" ? args[i] : a.slice(2)) === undefined) {
        return done("", "xargs: option requires an argument -- 'n'\nTry 'xargs --help' for more information.\n", 1);
      }
      if (a.startsWith("-n") && !(perCall >= 1)) {
        const v = a === "-n" ? args[i]! : a.slice(2);
        const why = /^-?[0-9]+$/.test(v) ? `value ${v} for -n option should be >= 1` : `invalid number "${v}" for -n option`;
        return done("", `xargs: ${why}\nTry 'xargs --help' for more information.\n`, 1);
      }
    }
    const cmd = args.length > i ? args.slice(i) : ["echo"];
    const parsed = replace !== undefined ? { words: ctx.stdin.split("\n").filter((l) => l.trim() !== "") } : readWords(ctx.stdin);
    const items = parsed.words;
    const calls: string[][] = [];
    if (replace !== undefined) for (const item of items) calls.push(cmd.map((w) => w.replaceAll(replace!, item)));
    else if (linesPerCall > 0) calls.push(...lineGroups(ctx.stdin, linesPerCall, cmd, parsed));
    else if (items.length === 0) {
      if (!parsed.error) calls.push(cmd); // nothing read runs the command once, a bad quote does not
    }
    else {
      const n = Number.isFinite(perCall) && perCall > 0 ? perCall : items.length;
      for (let k = 0; k < items.length; k += n) calls.push([...cmd, ...items.slice(k, k + n)]);
    }
    // an unmatched quote ends the input: the words read before it still run (GNU xargs execs
    // what is pending, a short last group included), then xargs fails
    const out: string[] = [];
    const err: string[] = [];
    let rc = 0;
    for (const argv of calls) {
      if (ctx.lookup && !ctx.lookup(argv[0]!)) return done(out.join(""), err.join("") + `xargs: ${argv[0]}: No such file or directory\n`, 127);
      const r = ctx.run(argv, { stdin: "" });
      out.push(r.stdout);
      err.push(r.stderr);
      if (r.rc !== 0) rc = 123;
    }
    if (parsed.error) return done(out.join(""), err.join("") + parsed.error, 1);
    return done(out.join(""), err.join(""), rc);
  },
};
