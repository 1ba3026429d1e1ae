// column (util-linux 2.38.1): entries in columns, or with -t a table (-N names, -R right, -H hide,
// -O order, -d no header, -l limit, -L empty lines, -J JSON). Truncating and wrapping (-T, -W, -c)
// only matter for a terminal narrower than the table and are accepted without effect.
import type { Command, CommandResult } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines, type ParsedArgs } from "./util.js";

const VERSION = "column from util-linux 2.38.1\n";

const LONG = {
  table: "t", "separator=": "s", "output-separator=": "o", "output-width=": "c", fillrows: "x", json: "J",
  "table-columns=": "N", "table-columns-limit=": "l", "table-right=": "R", "table-hide=": "H", "table-order=": "O",
  "table-noheadings": "d", "table-header-repeat": "e", "table-noextreme=": "E", "table-truncate=": "T", "table-wrap=": "W",
  "table-name=": "n", "keep-empty-lines": "L", "tree=": "r", "tree-id=": "i", "tree-parent=": "p", version: "V", help: "h",
};

/** Options that need a table (-t or -J); util-linux refuses them without one. */
const TABLE_ONLY = "NlRHOdeETWnLrip";

export const column: Command = {
  name: "column",
  // stdio (or its own) buffer: a missing file's error shows before the output
  bufferedStdout: true,
  run(ctx) {
    const p = parseOptions("column", ctx.argv.slice(1), { flags: "txJdeLVh", withArg: "scoNlRHOETWnrip", long: LONG });
    if (isResult(p)) return p;
    if (has(p, "V")) return done(VERSION);
    const table = has(p, "t") || has(p, "J");
    if (!table && p.opts.some(([f]) => TABLE_ONLY.includes(f))) return done("", "column: option --table required for all --table-*\n", 1);
    const limitText = lastValue(p, "l");
    if (limitText !== undefined && !/^\s*[-+]?[0-9]+\s*$/.test(limitText)) return done("", `column: invalid columns limit argument: '${limitText}'\n`, 1);
    if (limitText !== undefined && Number(limitText) <= 0) return done("", "column: columns limit must be greater than zero\n", 1);
    const names = lastValue(p, "N")?.split(",");
    if (has(p, "J") && !names) return done("", "column: option --table-columns required for --json\n", 1);
    const { sources, errors } = readSources(ctx, "column", p.args);
    const lines = sources.flatMap((s) => splitLines(s.data));
    if (!table) {
      const width = Number(lastValue(p, "c") ?? ctx.env?.["COLUMNS"] ?? 80) || 80;
      return done(fillColumns(lines.filter((l) => l !== ""), width, has(p, "x")), errors.join(""), errors.length ? 1 : 0);
    }
    const result = tableText(p, lines, names, limitText === undefined ? Infinity : Number(limitText));
    if (typeof result !== "string") return result;
    // util-linux reports the unreadable file but a table it printed ends with status 0
    return done(result, errors.join(""), errors.length && !result ? 1 : 0);
  },
};

/**
 * The rows of a table: cells split at the separator (-s keeps empty cells; blanks run together).
 * With -l N the Nth cell is the rest of the line, from just after one separator, as written.
 */
function tableRows(p: ParsedArgs, lines: string[], limit: number): string[][] {
  const seps = lastValue(p, "s");
  const greedy = seps === undefined;
  const isSep = (ch: string) => (seps ?? " \t").includes(ch);
  const rows: string[][] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (has(p, "L")) rows.push([]);
      continue;
    }
    const cells: string[] = [];
    let i = 0;
    for (;;) {
      if (cells.length === limit - 1) {
        cells.push(line.slice(i));
        break;
      }
      if (greedy) while (i < line.length && isSep(line[i]!)) i++;
      if (greedy && i >= line.length) break;
      let end = i;
      while (end < line.length && !isSep(line[end]!)) end++;
      cells.push(line.slice(i, end));
      if (end >= line.length) break;
      i = end + 1;
    }
    rows.push(cells);
  }
  return rows;
}

/** A column list of -R/-H/-O: names of -N or 1-based numbers; 0 is every column. */
function columnList(spec: string | undefined, names: string[], count: number): number[] | string {
  if (spec === undefined) return [];
  const picked: number[] = [];
  for (const item of spec.split(",")) {
    if (/^[0-9]+$/.test(item)) {
      const n = Number(item);
      if (n === 0) picked.push(...Array.from({ length: count }, (_, k) => k));
      else picked.push(n - 1);
      continue;
    }
    const at = names.indexOf(item);
    if (at < 0) return `column: undefined column name '${item}'\n`;
    picked.push(at);
  }
  return picked;
}

function tableText(p: ParsedArgs, lines: string[], names: string[] | undefined, limit: number): string | CommandResult {
  const rows = tableRows(p, lines, limit);
  const headerNames = names ?? [];
  const count = Math.max(headerNames.length, ...rows.map((r) => r.length), 0);
  if (has(p, "J")) return jsonTable(rows, headerNames, lastValue(p, "n") ?? "table");
  const right = columnList(lastValue(p, "R"), headerNames, count);
  const hidden = columnList(lastValue(p, "H"), headerNames, count);
  const order = columnList(lastValue(p, "O"), headerNames, count);
  for (const list of [right, hidden, order]) if (typeof list === "string") return done("", list, 1);
  const shown: number[] = [];
  for (const c of [...(order as number[]), ...Array.from({ length: count }, (_, k) => k)]) {
    if (c < count && !shown.includes(c) && !(hidden as number[]).includes(c)) shown.push(c);
  }
  const all = names && !has(p, "d") ? [headerNames, ...rows] : rows;
  const widths = Array.from({ length: count }, (_, c) => Math.max(0, ...all.map((r) => (r[c] ?? "").length)));
  const gap = lastValue(p, "o") ?? "  ";
  const rightSet = new Set(right as number[]);
  return all
    .map((r) => {
      // every column but the last is padded, even where this row has no cell; right-aligned ones always
      const cells = shown.map((c, k) => {
        const text = r[c] ?? "";
        const last = k === shown.length - 1;
        if (last && r[c] === undefined) return "";
        if (rightSet.has(c)) return text.padStart(widths[c]!);
        return last ? text : text.padEnd(widths[c]!);
      });
      return `${cells.join(gap)}\n`;
    })
    .join("");
}

/** -J: libsmartcols' JSON (lower-case keys, every value a string, a missing cell null). */
function jsonTable(rows: string[][], names: string[], tableName: string): string | CommandResult {
  let nonEmpty = 0;
  for (const r of rows) {
    if (r.length === 0) continue;
    nonEmpty++;
    // (counted as libsmartcols does: the lines with cells, from 2)
    if (r.length > names.length) return done("", `column: line ${nonEmpty + 1}: for JSON the name of the column ${names.length + 1} is required\n`, 1);
  }
  const objects = rows.map((r) => {
    const fields = names.map((n, c) => `         ${JSON.stringify(n.toLowerCase())}: ${r[c] === undefined ? "null" : JSON.stringify(r[c])}`);
    return `{\n${fields.join(",\n")}\n      }`;
  });
  return `{\n   ${JSON.stringify(tableName)}: [\n${objects.length ? `      ${objects.join(",")}\n` : ""}   ]\n}\n`;
}

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
