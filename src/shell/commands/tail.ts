// tail [-n [+]N] [-c N] [-N] [-f] [-q|-v] [FILE]… (-f does not follow: the world is still).
import { deadlineOf, KillSignal } from "../deadline.js";
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";

const STDIN = "(standard input)";

export const tail: Command = {
  name: "tail",
  run(ctx) {
    const p = parseOptions("tail", ctx.argv.slice(1), {
      flags: "qvfF",
      withArg: "nc",
      digitsAs: "n",
      long: { "lines=": "n", "bytes=": "c", quiet: "q", silent: "q", verbose: "v", follow: "f" },
    });
    if (isResult(p)) return p;
    // the obsolete -N form takes one file at most
    if (p.args.length > 1 && ctx.argv.slice(1).some((a) => /^-[0-9]+$/.test(a))) {
      const n = ctx.argv.slice(1).find((a) => /^-[0-9]+$/.test(a))!;
      return done("", `tail: option used in invalid context -- ${n.slice(1, 2)}\n`, 1);
    }
    const cArg = lastValue(p, "c");
    const arg = cArg ?? lastValue(p, "n") ?? "10";
    if (!/^[-+]?[0-9]+$/.test(arg)) {
      return done("", `tail: invalid number of ${cArg !== undefined ? "bytes" : "lines"}: '${arg}'\n`, 1);
    }
    const fromStart = arg.startsWith("+");
    const n = Math.abs(Number(arg));
    const { sources, errors } = readSources(ctx, "tail", p.args);
    const headers = (sources.length + errors.length > 1 || has(p, "v")) && !has(p, "q");
    const out: string[] = [];
    sources.forEach((s, k) => {
      if (headers) out.push(`${k ? "\n" : ""}==> ${s.name === STDIN ? "standard input" : s.name} <==\n`);
      if (cArg !== undefined) {
        out.push(fromStart ? s.data.slice(Math.max(0, n - 1)) : n === 0 ? "" : s.data.slice(-n));
        return;
      }
      const lines = splitLines(s.data);
      const keep = fromStart ? lines.slice(Math.max(0, n - 1)) : n === 0 ? [] : lines.slice(-n);
      const noFinal = !s.data.endsWith("\n") && keep.length > 0;
      out.push(keep.join("\n") + (keep.length && !noFinal ? "\n" : ""));
    });
    const stderr = errors.map((e) => e.replace(/^tail: (.*): /, "tail: cannot open '$1' for reading: ")).join("");
    // -f would keep following the files it could open; with none left it gives up
    if (has(p, "f") && sources.length === 0) return done(out.join(""), stderr + "tail: no files remaining\n", 1);
    // -f with a time limit (the oracle's 5 s) waits for more until it is killed
    if (has(p, "f") && deadlineOf(ctx.world) !== undefined) throw new KillSignal(124, out.join(""), stderr);
    return done(out.join(""), stderr, errors.length ? 1 : 0);
  },
};
