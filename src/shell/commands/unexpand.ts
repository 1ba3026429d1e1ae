// unexpand [-a] [--first-only] [-t N[,M…]] [FILE…]: blanks to tabs, GNU coreutils 9.1's
// character-by-character rules (pending blanks, a lone blank before a tab stop stays a space).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources } from "./util.js";

/** The tab stops: one size (every N columns) or an ascending list. */
function parseTabs(spec: string): number[] | string {
  const parts = spec.split(/[ ,]+/).filter(Boolean);
  const stops: number[] = [];
  for (const part of parts) {
    if (!/^[0-9]+$/.test(part)) return `tab size contains invalid character(s): '${spec.slice(spec.indexOf(part) + part.search(/[^0-9]/))}'`;
    const n = Number(part);
    if (n === 0) return "tab size cannot be 0";
    if (stops.length && n <= stops[stops.length - 1]!) return "tab sizes must be ascending";
    stops.push(n);
  }
  return stops.length ? stops : [8];
}

/** The next tab stop after column, or undefined past the last of a list. */
function nextStop(stops: number[], column: number): number | undefined {
  if (stops.length === 1) return column + stops[0]! - (column % stops[0]!);
  return stops.find((s) => s > column);
}

function unexpandText(text: string, stops: number[], all: boolean): string {
  let out = "";
  for (const line of text.split(/(?<=\n)/)) {
    let convert = true;
    let column = 0;
    let oneBlankBeforeStop = false;
    let prevBlank = true;
    let pending: string[] = [];
    for (let c of line) {
      if (convert) {
        const blank = c === " " || c === "\t";
        if (blank) {
          const next = nextStop(stops, column);
          if (next === undefined) convert = false;
          else {
            if (c === "\t") {
              column = next;
              if (pending.length) pending[0] = "\t";
            } else {
              column++;
              if (!(prevBlank && column === next)) {
                // not yet known whether the pending blanks become a tab
                if (column === next) oneBlankBeforeStop = true;
                pending.push(c);
                prevBlank = true;
                continue;
              }
              pending[0] = c = "\t";
            }
            // drop the pending blanks, except a single one just before the previous stop
            pending = oneBlankBeforeStop ? pending.slice(0, 1) : [];
          }
        } else if (c === "\b") column = Math.max(0, column - 1);
        else column++;
        if (pending.length) {
          if (pending.length > 1 && oneBlankBeforeStop) pending[0] = "\t";
          out += pending.join("");
          pending = [];
          oneBlankBeforeStop = false;
        }
        prevBlank = blank;
        convert &&= all || blank;
      }
      out += c;
    }
    out += pending.join("");
  }
  return out;
}

export const unexpand: Command = {
  name: "unexpand",
  run(ctx) {
    const p = parseOptions("unexpand", ctx.argv.slice(1), { flags: "a", withArg: "t", long: { all: "a", "first-only": "f", "tabs=": "t" } });
    if (isResult(p)) return p;
    const spec = lastValue(p, "t");
    const stops = parseTabs(spec ?? "8");
    if (typeof stops === "string") return done("", `unexpand: ${stops}\n`, 1);
    // -t implies -a; --first-only undoes both
    const all = (has(p, "a") || spec !== undefined) && !has(p, "f");
    const { sources, errors } = readSources(ctx, "unexpand", p.args);
    const out = unexpandText(sources.map((s) => s.data).join(""), stops, all);
    return done(out, errors.join(""), errors.length ? 1 : 0);
  },
};
