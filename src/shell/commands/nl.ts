// nl (number lines) and column (-t: align whitespace-separated cells into a table).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";

export const nl: Command = {
  name: "nl",
  run(ctx) {
    const p = parseOptions("nl", ctx.argv.slice(1), {
      withArg: "bwsvinh",
      flags: "p",
      long: { "body-numbering=": "b", "number-width=": "w", "number-separator=": "s", "starting-line-number=": "v", "line-increment=": "i", "number-format=": "n" },
    });
    if (isResult(p)) return p;
    const style = lastValue(p, "b") ?? "t";
    const width = Number(lastValue(p, "w") ?? "6");
    const sep = lastValue(p, "s") ?? "\t";
    const format = lastValue(p, "n") ?? "rn";
    let number = Number(lastValue(p, "v") ?? "1");
    const step = Number(lastValue(p, "i") ?? "1");
    if (!["a", "t", "n"].includes(style)) return done("", `nl: invalid body numbering style: '${style}'\n`, 1);
    if (!Number.isInteger(width) || width < 1) return done("", `nl: invalid line number field width: '${lastValue(p, "w")}'\n`, 1);
    const { sources, errors } = readSources(ctx, "nl", p.args);
    let out = "";
    for (const line of sources.flatMap((s) => splitLines(s.data))) {
      const numbered = style === "a" || (style === "t" && line !== "");
      if (!numbered) {
        out += `${" ".repeat(width + sep.length)}${line}\n`;
        continue;
      }
      const text = String(number);
      const field = format === "ln" ? text.padEnd(width) : format === "rz" ? text.padStart(width, "0") : text.padStart(width);
      out += `${field}${sep}${line}\n`;
      number += step;
    }
    return done(out, errors.join(""), errors.length ? 1 : 0);
  },
};

export const column: Command = {
  name: "column",
  run(ctx) {
    const p = parseOptions("column", ctx.argv.slice(1), { flags: "tnex", withArg: "sco", long: { table: "t", "separator=": "s", "output-separator=": "o" } });
    if (isResult(p)) return p;
    const { sources, errors } = readSources(ctx, "column", p.args);
    const lines = sources.flatMap((s) => splitLines(s.data));
    if (!has(p, "t")) return done(lines.filter((l) => l.trim() !== "").map((l) => `${l}\n`).join(""), errors.join(""), errors.length ? 1 : 0);
    const seps = lastValue(p, "s");
    // an explicit separator splits at every occurrence (empty cells stay); whitespace runs count once
    const splitter = seps === undefined ? /[ \t]+/ : new RegExp(`[${seps.replace(/[\]\\^-]/g, "\\$&")}]`);
    const rows = lines.filter((l) => l.trim() !== "").map((l) => (seps === undefined ? l.trim() : l).split(splitter));
    const columns = Math.max(0, ...rows.map((r) => r.length));
    const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
    const gap = lastValue(p, "o") ?? "  ";
    const out = rows.map((r) => {
      // every column but the last is padded, even where this row has no cell
      const cells = Array.from({ length: columns }, (_, c) => (c < columns - 1 ? (r[c] ?? "").padEnd(widths[c]!) : r[c] ?? ""));
      return `${cells.join(gap)}\n`;
    });
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
