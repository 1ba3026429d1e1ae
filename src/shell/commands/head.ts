// head [-n [-]N] [-c N] [-N] [-q|-v] [FILE]…
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines, withPlacedErrors } from "./util.js";

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
    const bytesAfter: number[] = [];
    let bytes = 0;
    sources.forEach((s, k) => {
      bytesAfter.push(bytes);
      const start = out.length;
      addSource(s, k);
      for (let i = start; i < out.length; i++) bytes += Buffer.byteLength(out[i]!);
    });
    function addSource(s: { name: string; data: string }, k: number): void {
      if (headers) out.push(`${k ? "\n" : ""}==> ${s.name} <==\n`);
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
    return withPlacedErrors(out.join(""), texts, errorSlots, bytesAfter, errors.length ? 1 : 0);
  },
};
