// cut -f LIST [-d DELIM] [-s] | -c LIST | -b LIST [--complement] [--output-delimiter=S] [-z] [FILE]…
// (GNU coreutils 9.1 wording for bad lists and option mixes).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, withPlacedErrors } from "./util.js";

type Range = [number, number];

const MAX = 18446744073709551615n;

/** GNU set_fields: comma- or blank-separated N, N-, -M, N-M; an empty item counts as 0. */
function parseList(list: string, fields: boolean): Range[] | string {
  const fromOne = fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1";
  const ranges: Range[] = [];
  let digits = "";
  let lhs: number | undefined;
  let dash = false;
  for (let i = 0; i <= list.length; i++) {
    const c = list[i];
    if (c === "-") {
      if (dash) return fields ? "invalid field range" : "invalid byte or character range";
      dash = true;
      lhs = digits ? Number(digits) : undefined;
      if (lhs === 0) return fromOne;
      digits = "";
    } else if (c === undefined || c === "," || c === " " || c === "\t") {
      if (dash) {
        const rhs = digits ? Number(digits) : undefined;
        if (lhs === undefined && rhs === undefined) return "invalid range with no endpoint: -";
        const from = lhs ?? 1;
        const to = rhs ?? Infinity;
        if (to < from) return "invalid decreasing range";
        ranges.push([from, to]);
      } else {
        const v = digits ? Number(digits) : 0;
        if (v === 0) return fromOne;
        ranges.push([v, v]);
      }
      digits = "";
      dash = false;
      lhs = undefined;
    } else if (c >= "0" && c <= "9") {
      digits += c;
      if (BigInt(digits) > MAX) {
        const number = /^[0-9]+/.exec(list.slice(i - digits.length + 1))![0];
        return fields ? `field number '${number}' is too large` : `byte/character offset '${number}' is too large`;
      }
    } else {
      return fields ? `invalid field value '${list.slice(i)}'` : `invalid byte/character position '${list.slice(i)}'`;
    }
  }
  return ranges;
}

function selector(ranges: Range[], complement: boolean): (i: number) => boolean {
  return (i) => ranges.some(([a, b]) => i >= a && i <= b) !== complement;
}

export const cut: Command = {
  name: "cut",
  run(ctx) {
    const p = parseOptions("cut", ctx.argv.slice(1), {
      flags: "snz",
      withArg: "fdcb",
      long: {
        "fields=": "f", "delimiter=": "d", "characters=": "c", "bytes=": "b", "only-delimited": "s", "output-delimiter=": "o",
        complement: "complement", "zero-terminated": "z",
      },
    });
    if (isResult(p)) return p;
    const usage = (msg: string) => done("", `cut: ${msg}\nTry 'cut --help' for more information.\n`, 1);
    let mode: string | undefined;
    let list = "";
    for (const [f, v] of p.opts) {
      if ("fcb".includes(f)) {
        if (mode !== undefined) return usage("only one list may be specified");
        mode = f === "f" ? "f" : "c";
        list = v;
      }
      if (f === "d" && [...v].length > 1) return usage("the delimiter must be a single character");
    }
    if (mode === undefined) return usage("you must specify a list of bytes, characters, or fields");
    if (mode === "c" && has(p, "d")) return usage("an input delimiter may be specified only when operating on fields");
    if (mode === "c" && has(p, "s")) return usage("suppressing non-delimited lines makes sense\n\tonly when operating on fields");
    const ranges = parseList(list, mode === "f");
    if (typeof ranges === "string") return usage(ranges);
    const pick = selector(ranges, has(p, "complement"));
    const d = lastValue(p, "d");
    const delim = d === undefined ? "\t" : d === "" ? "\0" : d;
    const outDelim = lastValue(p, "o");
    const eol = has(p, "z") ? "\0" : "\n";
    const { sources, errors, errorSlots } = readSources(ctx, "cut", p.args);
    const out: string[] = [];
    const bytesAfter: number[] = [];
    let counted = 0;
    let bytes = 0;
    for (const s of sources) {
      for (; counted < out.length; counted++) bytes += Buffer.byteLength(out[counted]!);
      bytesAfter.push(bytes);
      const lines = s.data.split(eol);
      if (lines[lines.length - 1] === "") lines.pop();
      for (const line of lines) {
        if (mode === "c") {
          // LC_ALL=C: characters are bytes (a cut through a UTF-8 sequence leaves a broken byte)
          const bytes: number[] = [];
          let prev = false;
          Buffer.from(line).forEach((byte, i) => {
            const on = pick(i + 1);
            if (on && !prev && bytes.length && outDelim !== undefined) bytes.push(...Buffer.from(outDelim));
            if (on) bytes.push(byte);
            prev = on;
          });
          out.push(Buffer.from(bytes).toString("utf8") + eol);
        } else if (!line.includes(delim)) {
          if (!has(p, "s")) out.push(line + eol);
        } else {
          out.push(line.split(delim).filter((_, i) => pick(i + 1)).join(outDelim ?? delim) + eol);
        }
      }
    }
    return withPlacedErrors(out.join(""), errors, errorSlots, bytesAfter, errors.length ? 1 : 0);
  },
};
