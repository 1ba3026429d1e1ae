// cut -f LIST [-d DELIM] [-s] | -c LIST | -b LIST [FILE]…
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";

type Range = [number, number];

function parseList(list: string): Range[] | string {
  const ranges: Range[] = [];
  for (const part of list.split(",")) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m || (m[1] === "" && m[3] === "") ) return `invalid field range`;
    const from = m[1] ? Number(m[1]) : 1;
    const to = m[2] ? (m[3] ? Number(m[3]) : Infinity) : from;
    if (from === 0) return "fields and positions are numbered from 1";
    if (to < from) return "invalid decreasing range";
    ranges.push([from, to]);
  }
  return ranges;
}

function selected(ranges: Range[], i: number): boolean {
  return ranges.some(([a, b]) => i >= a && i <= b);
}

export const cut: Command = {
  name: "cut",
  run(ctx) {
    const p = parseOptions("cut", ctx.argv.slice(1), {
      flags: "sn",
      withArg: "fdcb",
      long: { "fields=": "f", "delimiter=": "d", "characters=": "c", "bytes=": "b", "only-delimited": "s", "output-delimiter=": "o" },
    });
    if (isResult(p)) return p;
    const f = lastValue(p, "f");
    const c = lastValue(p, "c") ?? lastValue(p, "b");
    if (f === undefined && c === undefined) {
      return done("", "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1);
    }
    const ranges = parseList((f ?? c)!);
    if (typeof ranges === "string") return done("", `cut: ${ranges}\nTry 'cut --help' for more information.\n`, 1);
    const delim = lastValue(p, "d") ?? "\t";
    if (delim.length !== 1) return done("", "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n", 1);
    const outDelim = lastValue(p, "o") ?? delim;
    const { sources, errors } = readSources(ctx, "cut", p.args);
    const out: string[] = [];
    for (const s of sources) {
      for (const line of splitLines(s.data)) {
        if (c !== undefined) {
          out.push([...line].filter((_, i) => selected(ranges, i + 1)).join("") + "\n");
        } else if (!line.includes(delim)) {
          if (!has(p, "s")) out.push(line + "\n");
        } else {
          out.push(line.split(delim).filter((_, i) => selected(ranges, i + 1)).join(outDelim) + "\n");
        }
      }
    }
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
