// nl (number lines) and column (-t: align whitespace-separated cells into a table).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines, withPlacedErrors } from "./util.js";

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
    const { sources, errors, errorSlots } = readSources(ctx, "nl", p.args);
    let out = "";
    const bytesAfter: number[] = [];
    for (const source of sources) {
      bytesAfter.push(Buffer.byteLength(out));
      for (const line of splitLines(source.data)) {
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
    }
    return withPlacedErrors(out, errors, errorSlots, bytesAfter, errors.length ? 1 : 0);
  },
};

export const column: Command = {
  name: "column",
  // stdio (or its own) buffer: a missing file's error shows before the output
  bufferedStdout: true,
  run(ctx) {
    const p = parseOptions("column", ctx.argv.slice(1), { flags: "tnex", withArg: "sco", long: { table: "t", "separator=": "s", "output-separator=": "o" } });
    if (isResult(p)) return p;
    const { sources, errors } = readSources(ctx, "column", p.args);
    const lines = sources.flatMap((s) => splitLines(s.data));
    if (!has(p, "t")) {
      const width = Number(lastValue(p, "c") ?? ctx.env?.["COLUMNS"] ?? 80) || 80;
      return done(fillColumns(lines.filter((l) => l !== ""), width, has(p, "x")), errors.join(""), errors.length ? 1 : 0);
    }
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
    // util-linux reports the unreadable file but a table it printed ends with status 0
    return done(out.join(""), errors.join(""), errors.length && !out.length ? 1 : 0);
  },
};

/**
 * column without -t: entries in columns of tab stops as wide as the widest entry rounded up to
 * the next multiple of 8, as many as fit in WIDTH; filled down each column (or across with -x).
 */
function fillColumns(entries: string[], width: number, acrossFirst: boolean): string {
  if (entries.length === 0) return "";
  const colWidth = (Math.max(...entries.map((e) => e.length)) + 8) & ~7;
  const numCols = Math.max(1, Math.floor(width / colWidth));
  const numRows = Math.ceil(entries.length / numCols);
  const tabTo = (at: number, end: number) => {
    let pad = "";
    while (at < end) {
      pad += "\t";
      at = (at + 8) & ~7;
    }
    return pad;
  };
  let out = "";
  if (acrossFirst) {
    for (let r = 0; r < numRows; r++) {
      const row = entries.slice(r * numCols, (r + 1) * numCols);
      out += row.map((e, c) => (c < row.length - 1 ? e + tabTo(c * colWidth + e.length, (c + 1) * colWidth) : e)).join("") + "\n";
    }
    return out;
  }
  for (let r = 0; r < numRows; r++) {
    let line = "";
    for (let c = 0, i = r; c < numCols && i < entries.length; c++, i += numRows) {
      const e = entries[i]!;
      line += e;
      if (i + numRows < entries.length) line += tabTo(c * colWidth + e.length, (c + 1) * colWidth);
    }
    out += line + "\n";
  }
  return out;
}
