// od [-A RADIX] [-bcdxv] [-t TYPE]… [FILE]…: the bytes of the input (GNU coreutils layout: 16
// bytes a line, repeated lines as `*`, the offset alone at the end).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources } from "./util.js";

interface Format {
  kind: "c" | "o" | "x" | "d" | "u";
  size: number;
}

const NAMED: Record<number, string> = { 0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r" };

/** Column width of one value (its widest text plus the separating space). */
function width(f: Format): number {
  if (f.kind === "c") return 4;
  const bits = 8 * f.size;
  const max = f.kind === "o" ? (2n ** BigInt(bits) - 1n).toString(8) : f.kind === "x" ? (2n ** BigInt(bits) - 1n).toString(16) : f.kind === "u" ? (2n ** BigInt(bits) - 1n).toString() : `-${2n ** BigInt(bits - 1)}`;
  return max.length + 1;
}

function cell(f: Format, bytes: number[], at: number, w: number): string {
  if (f.kind === "c") {
    const b = bytes[at]!;
    return (NAMED[b] ?? (b >= 32 && b < 127 ? String.fromCharCode(b) : b.toString(8).padStart(3, "0"))).padStart(w);
  }
  let v = 0n;
  for (let k = f.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(bytes[at + k] ?? 0);
  if (f.kind === "d") v = BigInt.asIntN(8 * f.size, v);
  const digits = width(f) - 1;
  const text = f.kind === "o" ? v.toString(8).padStart(digits, "0") : f.kind === "x" ? v.toString(16).padStart(digits, "0") : v.toString();
  return text.padStart(w);
}

function parseType(t: string): Format | undefined {
  const m = /^([cdoux])([1248]?)$/.exec(t);
  if (!m) return undefined;
  if (m[1] === "c") return { kind: "c", size: 1 };
  return { kind: m[1] as Format["kind"], size: Number(m[2] || 4) };
}

export const od: Command = {
  name: "od",
  // stdio (or its own) buffer: a missing file's error shows before the output
  bufferedStdout: true,
  run(ctx) {
    const p = parseOptions("od", ctx.argv.slice(1), { flags: "bcdxov", withArg: "AtNj", long: { "address-radix=": "A", "format=": "t", "output-duplicates": "v", "read-bytes=": "N", "skip-bytes=": "j" } });
    if (isResult(p)) return p;
    const formats: Format[] = [];
    for (const [f, v] of p.opts) {
      if (f === "c") formats.push({ kind: "c", size: 1 });
      else if (f === "b") formats.push({ kind: "o", size: 1 });
      else if (f === "x") formats.push({ kind: "x", size: 2 });
      else if (f === "o") formats.push({ kind: "o", size: 2 });
      else if (f === "d") formats.push({ kind: "u", size: 2 });
      else if (f === "t") {
        const t = parseType(v);
        if (!t) return done("", `od: invalid type string '${v}'\n`, 1);
        formats.push(t);
      }
    }
    if (formats.length === 0) formats.push({ kind: "o", size: 2 });
    const radix = lastValue(p, "A") ?? "o";
    if (!"odxn".includes(radix) || radix.length !== 1) return done("", `od: invalid output address radix '${radix}'; it must be one character from [doxn]\n`, 1);
    // with several formats every column takes the widest one, so the rows line up
    const columns = Math.max(...formats.map((f) => width(f) / f.size));
    const address = (n: number) => (radix === "n" ? "" : n.toString(radix === "d" ? 10 : radix === "x" ? 16 : 8).padStart(7, "0"));
    const { sources, errors } = readSources(ctx, "od", p.args);
    // -j skips bytes (addresses count from the start), -N stops after that many
    const skip = Number(lastValue(p, "j") ?? 0);
    const limit = lastValue(p, "N") === undefined ? Infinity : Number(lastValue(p, "N"));
    const all = [...Buffer.from(sources.map((s) => s.data).join(""))];
    const bytes = all.slice(skip, skip + limit);
    const out: string[] = [];
    let previous: string | undefined;
    let starred = false;
    for (let at = 0; at < bytes.length; at += 16) {
      const chunk = bytes.slice(at, at + 16);
      const rows = formats.map((f) => {
        let row = "";
        for (let k = 0; k < chunk.length; k += f.size) row += cell(f, chunk, k, columns * f.size);
        return row;
      });
      const key = rows.join("\n");
      if (key === previous && chunk.length === 16 && !has(p, "v")) {
        if (!starred) out.push("*\n");
        starred = true;
        continue;
      }
      previous = key;
      starred = false;
      rows.forEach((row, k) => out.push(`${k === 0 ? address(skip + at) : " ".repeat(address(skip + at).length)}${row}\n`));
    }
    if (radix !== "n" && (sources.length || !errors.length)) out.push(`${address(skip + bytes.length)}\n`);
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};
