// head [-n [-]N] [-c N] [-N] [-q|-v] [FILE]…
import type { Command } from "../types.js";
import { afterLines, done, has, isResult, lastValue, parseOptions, readSources, splitLines, withPlacedErrors } from "./util.js";

export const head: Command = {
  name: "head",
  run(ctx) {
    // the obsolete first-option forms -5c (bytes) and -5l (lines)
    const argv = ctx.argv.slice(1).map((a, i) => (i === 0 && /^-[0-9]+[cl]$/.test(a) ? (a.endsWith("c") ? `-c${a.slice(1, -1)}` : `-n${a.slice(1, -1)}`) : a));
    const p = parseOptions("head", argv, {
      flags: "qv",
      withArg: "nc",
      digitsAs: "n",
      long: { "lines=": "n", "bytes=": "c", quiet: "q", silent: "q", verbose: "v" },
    });
    if (isResult(p)) return p;
    const nArg = lastValue(p, "n") ?? "10";
    const cArg = lastValue(p, "c");
    const arg = cArg ?? nArg;
    if (!/^[-+]?[0-9]+$/.test(arg)) {
      return done("", `head: invalid number of ${cArg !== undefined ? "bytes" : "lines"}: '${arg}'\n`, 1);
    }
    // "-0" is negative too: all but the last zero lines.
    const fromEnd = arg.startsWith("-");
    const n = Math.abs(Number(arg));
    const { sources, errors, errorSlots } = readSources(ctx, "head", p.args);
    const headers = (sources.length + errors.length > 1 || has(p, "v")) && !has(p, "q");
    const out: string[] = [];
    // what is left of stdin for the commands after head (see leftOfStdin)
    let stdinLeft: string | undefined;
    const bytesAfter: number[] = [];
    let bytes = 0;
    sources.forEach((s, k) => {
      bytesAfter.push(bytes);
      const start = out.length;
      addSource(s, k);
      for (let i = start; i < out.length; i++) bytes += Buffer.byteLength(out[i]!);
    });
    function addSource(s: { name: string; data: string }, k: number): void {
      if (headers) out.push(`${k ? "\n" : ""}==> ${s.name === STDIN ? "standard input" : s.name} <==\n`);
      if (s.name === STDIN) stdinLeft = leftOfStdin(s.data, cArg !== undefined, fromEnd, n, !!ctx.stdinIsFile);
      if (cArg !== undefined) {
        out.push(fromEnd ? s.data.slice(0, Math.max(0, s.data.length - n)) : s.data.slice(0, n));
        return;
      }
      const lines = splitLines(s.data);
      const keep = fromEnd ? lines.slice(0, Math.max(0, lines.length - n)) : lines.slice(0, n);
      const noFinal = !s.data.endsWith("\n") && keep.length === lines.length && keep.length > 0;
      out.push(keep.join("\n") + (keep.length && !noFinal ? "\n" : ""));
    }
    const texts = errors.map((e) => e.replace(/^head: (.*): /, "head: cannot open '$1' for reading: "));
    const result = withPlacedErrors(out.join(""), texts, errorSlots, bytesAfter, errors.length ? 1 : 0);
    return stdinLeft === undefined ? result : { ...result, stdinLeft };
  },
};

const STDIN = "(standard input)";

/**
 * What head leaves unread of its stdin: -c N and -n 0 read only what they print; on a regular
 * file head -n N and the -N forms seek back to just after what they printed; on a pipe a read
 * takes everything there is.
 */
function leftOfStdin(data: string, bytes: boolean, fromEnd: boolean, n: number, seekable: boolean): string | undefined {
  if (bytes && !fromEnd) return data.slice(n);
  if (!bytes && !fromEnd && n === 0) return data;
  if (!seekable || (fromEnd && n === 0)) return undefined;
  if (bytes) return data.slice(Math.max(0, data.length - n));
  if (!fromEnd) return afterLines(data, n);
  const lines = data.split("\n").length - (data.endsWith("\n") ? 1 : 0);
  return afterLines(data, Math.max(0, lines - n));
}
