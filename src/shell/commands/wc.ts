// wc [-lwcm] [FILE]…, padded like GNU wc: width from the total size, at least 7 with stdin.
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions } from "./util.js";

/** wc -L: the widest line, tabs to the next multiple of 8. */
function longest(data: string): number {
  let max = 0;
  for (const line of data.split("\n")) {
    let col = 0;
    for (const c of line) col = c === "\t" ? col + 8 - (col % 8) : col + 1;
    max = Math.max(max, col);
  }
  return max;
}

function counts(data: string, words: boolean, chars: boolean): { l: number; w: number; c: number; m: number; L: number } {
  let l = 0;
  for (let i = data.indexOf("\n"); i >= 0; i = data.indexOf("\n", i + 1)) l++;
  let w = 0;
  if (words) {
    let inWord = false;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      const blank = code === 32 || (code >= 9 && code <= 13);
      if (!blank && !inWord) w++;
      inWord = !blank;
    }
  }
  // LC_ALL=C: a character is a byte
  return { l, w, c: Buffer.byteLength(data), m: chars ? Buffer.byteLength(data) : 0, L: longest(data) };
}

export const wc: Command = {
  name: "wc",
  run(ctx) {
    const p = parseOptions("wc", ctx.argv.slice(1), { flags: "lwcmL", long: { lines: "l", words: "w", bytes: "c", chars: "m" } });
    if (isResult(p)) return p;
    let which = (["l", "w", "m", "c", "L"] as const).filter((f) => has(p, f));
    if (which.length === 0) which = ["l", "w", "c"];
    const names = p.args.length ? p.args : ["-"];
    // each error with how many count lines were printed before it (GNU's error() flushes them)
    const errors: { rowsBefore: number; text: string }[] = [];
    const rows: { name: string; l: number; w: number; c: number; m: number; L: number }[] = [];
    let regularBytes = 0;
    let minWidth = 1;
    for (const name of names) {
      const label = p.args.length ? name : "";
      const data = name === "-" ? ctx.stdin : ctx.fs.readFile(name);
      if (name !== "-" && ctx.fs.isDir(name)) {
        // GNU wc stats the directory (so it widens the columns), fails to read it, and prints zeros.
        errors.push({ rowsBefore: rows.length, text: `wc: ${name}: Is a directory\n` });
        minWidth = 7;
        rows.push({ name: label, l: 0, w: 0, c: 0, m: 0, L: 0 });
        continue;
      }
      if (data === undefined) {
        errors.push({ rowsBefore: rows.length, text: `wc: ${name}: ${ctx.fs.readError?.(name) ?? "No such file or directory"}\n` });
        continue;
      }
      if (name === "-" && !ctx.stdinIsFile) minWidth = 7;
      // /proc files are regular but stat as 0 bytes long
      else if (!ctx.fs.resolve(name).startsWith("/proc/")) regularBytes += Buffer.byteLength(data);
      rows.push({ name: label, ...counts(data, which.includes("w"), which.includes("m")) });
    }
    const results = rows.length;
    if (names.length > 1) {
      const total = { name: "total", l: 0, w: 0, c: 0, m: 0, L: 0 };
      for (const r of rows) for (const k of ["l", "w", "c", "m"] as const) total[k] += r[k];
      total.L = Math.max(0, ...rows.map((r) => r.L));
      rows.push(total);
    }
    let width = Math.max(String(regularBytes).length, minWidth);
    if (which.length === 1 && names.length === 1 && results === 1) width = 1;
    const out = rows.map((r) => which.map((k) => String(r[k]).padStart(width)).join(" ") + (r.name ? ` ${r.name}` : "") + "\n");
    const stderrParts = errors.map((e) => ({ at: Buffer.byteLength(out.slice(0, e.rowsBefore).join("")), text: e.text }));
    return { ...done(out.join(""), errors.map((e) => e.text).join(""), errors.length ? 1 : 0), stderrParts };
  },
};
