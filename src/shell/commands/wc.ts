// wc [-lwcm] [FILE]…, padded like GNU wc: width from the total size, at least 7 with stdin.
import type { Command } from "../types.js";
import { done, has, isResult, parseOptions, readSources } from "./util.js";

function counts(data: string, words: boolean, chars: boolean): { l: number; w: number; c: number; m: number } {
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
  return { l, w, c: Buffer.byteLength(data), m: chars ? [...data].length : 0 };
}

export const wc: Command = {
  name: "wc",
  run(ctx) {
    const p = parseOptions("wc", ctx.argv.slice(1), { flags: "lwcmL", long: { lines: "l", words: "w", bytes: "c", chars: "m" } });
    if (isResult(p)) return p;
    let which = (["l", "w", "m", "c"] as const).filter((f) => has(p, f));
    if (which.length === 0) which = ["l", "w", "c"];
    const { sources, errors } = readSources(ctx, "wc", p.args);
    const rows = sources.map((s) => ({ name: p.args.length ? (s.name === "(standard input)" ? "-" : s.name) : "", ...counts(s.data, which.includes("w"), which.includes("m")) }));
    if (rows.length > 1) {
      rows.push({ name: "total", l: 0, w: 0, c: 0, m: 0 });
      const total = rows[rows.length - 1]!;
      for (const r of rows.slice(0, -1)) for (const k of ["l", "w", "c", "m"] as const) total[k] += r[k];
    }
    const usesStdin = p.args.length === 0 || p.args.includes("-");
    const fileBytes = sources.filter((s) => s.name !== "(standard input)").reduce((n, s) => n + Buffer.byteLength(s.data), 0);
    let width = Math.max(1, String(fileBytes).length, usesStdin ? 7 : 1);
    if (which.length === 1 && rows.length === 1) width = 1;
    const out = rows.map((r) => which.map((k) => String(r[k]).padStart(width)).join(" ") + (r.name ? ` ${r.name}` : "") + "\n");
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
