// diff [-uqsye] [-c|-C N] [-U N] [-ibwB] FILE1 FILE2: GNU diff's normal, unified, context, ed and
// side-by-side formats over a Myers line diff.
import type { Command, CommandContext } from "../types.js";
import { formatDate } from "./date.js";
import { wallClockMs } from "../../net/wall-clock.js";
import { gnuDiffOps } from "./diff-gnu.js";
import { done, fileError, has, isResult, parseOptions, splitLines, type ParsedArgs } from "./util.js";

type Op = { kind: "=" | "-" | "+"; a: number; b: number };

/** Shortest edit script (Myers 1986): one op per line, in order. */
export function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: "=", a: --x, b: --y });
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", a: x, b: --y });
      else ops.push({ kind: "-", a: --x, b: y });
    }
  }
  while (x > 0 && y > 0) ops.push({ kind: "=", a: --x, b: --y });
  return ops.reverse();
}

function range(start: number, count: number): string {
  return count <= 1 ? String(start + (count === 0 ? 0 : 1)) : `${start + 1},${start + count}`;
}

/** The maximal runs of changed lines (no "=" op) in `ops`, each as [from, to) indexes. */
function changeRuns(ops: Op[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < ops.length; ) {
    if (ops[i]!.kind === "=") {
      i++;
      continue;
    }
    let j = i;
    while (j < ops.length && ops[j]!.kind !== "=") j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

function normal(a: string[], b: string[], ops: Op[], skip: (run: Op[]) => boolean = () => false): string {
  const out: string[] = [];
  for (const run of changeRuns(ops).map(([i, j]) => ops.slice(i, j))) {
    if (skip(run)) continue;
    const dels = run.filter((o) => o.kind === "-");
    const adds = run.filter((o) => o.kind === "+");
    const aStart = run[0]!.a;
    const bStart = run[0]!.b;
    if (dels.length && adds.length) out.push(`${range(aStart, dels.length)}c${range(bStart, adds.length)}\n`);
    else if (dels.length) out.push(`${range(aStart, dels.length)}d${bStart}\n`);
    else out.push(`${aStart}a${range(bStart, adds.length)}\n`);
    for (const d of dels) out.push(`< ${a[d.a]}\n`);
    if (dels.length && adds.length) out.push("---\n");
    for (const d of adds) out.push(`> ${b[d.b]}\n`);
  }
  return out.join("");
}

/** -e: an ed script turning FILE1 into FILE2, its changes last to first (so line numbers hold). */
function edScript(b: string[], ops: Op[], skip: (run: Op[]) => boolean): string {
  const out: string[] = [];
  for (const run of changeRuns(ops).map(([i, j]) => ops.slice(i, j)).reverse()) {
    if (skip(run)) continue;
    const dels = run.filter((o) => o.kind === "-");
    const adds = run.filter((o) => o.kind === "+");
    const aStart = run[0]!.a;
    out.push(dels.length ? `${range(aStart, dels.length)}${adds.length ? "c" : "d"}\n` : `${aStart}a\n`);
    if (adds.length) out.push(...adds.map((d) => `${b[d.b]}\n`), ".\n");
  }
  return out.join("");
}

/**
 * The hunks of the -u and -c formats as [first op, last op] (context included), as GNU's
 * find_hunk groups changes: the next change joins while fewer than 2*context+1 unchanged lines
 * (context lines, for a change -B ignores) come before it; a hunk of ignorable changes only is left out.
 */
function hunks(ops: Op[], context: number, ignorable: (run: Op[]) => boolean): [number, number][] {
  const runs = changeRuns(ops).map(([i, j]) => ({ from: i, to: j - 1, ignore: ignorable(ops.slice(i, j)) }));
  const result: [number, number][] = [];
  for (let h = 0; h < runs.length; ) {
    let end = h;
    while (end + 1 < runs.length && runs[end + 1]!.from - runs[end]!.to - 1 < (runs[end + 1]!.ignore ? context : 2 * context + 1)) end++;
    if (!runs.slice(h, end + 1).every((r) => r.ignore)) result.push([Math.max(0, runs[h]!.from - context), Math.min(ops.length - 1, runs[end]!.to + context)]);
    h = end + 1;
  }
  return result;
}

function unified(a: string[], b: string[], ops: Op[], context: number, ignorable: (run: Op[]) => boolean = () => false): string {
  const out: string[] = [];
  for (const [from, to] of hunks(ops, context, ignorable)) {
    const slice = ops.slice(from, to + 1);
    const aLines = slice.filter((o) => o.kind !== "+").length;
    const bLines = slice.filter((o) => o.kind !== "-").length;
    const aStart = slice.find((o) => o.kind !== "+")?.a ?? slice[0]!.a;
    const bStart = slice.find((o) => o.kind !== "-")?.b ?? slice[0]!.b;
    const fmt = (start: number, count: number) => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);
    out.push(`@@ -${fmt(aStart, aLines)} +${fmt(bStart, bLines)} @@\n`);
    for (const o of slice) out.push(o.kind === "=" ? ` ${a[o.a]}\n` : o.kind === "-" ? `-${a[o.a]}\n` : `+${b[o.b]}\n`);
  }
  return out.join("");
}

/** GNU's context format (-c, -C N): `***`/`---` ranges, `!` for changed lines, `-`/`+` for the rest. */
function contextFormat(a: string[], b: string[], ops: Op[], context: number, ignorable: (run: Op[]) => boolean = () => false): string {
  const out: string[] = [];
  const fmt = (start: number, count: number) => (count === 0 ? `${start}` : count === 1 ? `${start + 1}` : `${start + 1},${start + count}`);
  for (const [from, to] of hunks(ops, context, ignorable)) {
    const slice = ops.slice(from, to + 1);
    // a run of deletions next to additions is a change: both sides mark it with `!`
    const mark = new Map<Op, string>();
    for (const [i, j] of changeRuns(slice)) {
      const run = slice.slice(i, j);
      const both = run.some((o) => o.kind === "-") && run.some((o) => o.kind === "+");
      for (const o of run) mark.set(o, both ? "! " : o.kind === "-" ? "- " : "+ ");
    }
    const aLines = slice.filter((o) => o.kind !== "+");
    const bLines = slice.filter((o) => o.kind !== "-");
    const aStart = aLines[0]?.a ?? slice[0]!.a;
    const bStart = bLines[0]?.b ?? slice[0]!.b;
    out.push(`***************\n*** ${fmt(aStart, aLines.length)} ****\n`);
    if (slice.some((o) => o.kind === "-")) for (const o of aLines) out.push(`${mark.get(o) ?? "  "}${a[o.a]}\n`);
    out.push(`--- ${fmt(bStart, bLines.length)} ----\n`);
    if (slice.some((o) => o.kind === "+")) for (const o of bLines) out.push(`${mark.get(o) ?? "  "}${b[o.b]}\n`);
  }
  return out.join("");
}

/** Tabs (then spaces) from column FROM to column TO, as GNU diff pads side-by-side output. */
function tabTo(from: number, to: number): string {
  let text = "";
  let col = from;
  while ((Math.floor(col / 8) + 1) * 8 <= to) {
    text += "\t";
    col = (Math.floor(col / 8) + 1) * 8;
  }
  return text + " ".repeat(Math.max(0, to - col));
}

/** -y: both files in two columns (61 wide for the default -W 130), with `|`, `<` or `>` between them. */
function sideBySide(a: string[], b: string[], ops: Op[], width = 130, commonLines = true): string {
  // GNU's layout: the second column starts at a tab stop near the middle, after a 3-column gutter
  const off = Math.floor((width + 8 + 3) / 16) * 8;
  const half = Math.max(0, Math.min(off - 3, width - off));
  const column2 = half < off ? off : width;
  // (the mark sits in the middle of the gutter)
  const sepColumn = Math.floor((half + column2 - 1) / 2);
  const out: string[] = [];
  // a column's text up to HALF columns (tabs count to the next multiple of 8), and the column it ends at
  const clip = (text: string): [string, number] => {
    let col = 0;
    let k = 0;
    for (; k < text.length; k++) {
      const next = text[k] === "\t" ? (Math.floor(col / 8) + 1) * 8 : col + 1;
      if (next > half) break;
      col = next;
    }
    return [text.slice(0, k), col];
  };
  const line = (left: string | undefined, sep: string, right: string | undefined) => {
    const [l, col] = clip(left ?? "");
    let text = l;
    if (sep !== " ") text += tabTo(col, sepColumn) + sep;
    if (right !== undefined) text += tabTo(sep !== " " ? sepColumn + 1 : col, column2) + clip(right)[0];
    out.push(text + "\n");
  };
  for (let i = 0; i < ops.length; ) {
    const o = ops[i]!;
    if (o.kind === "=") {
      if (commonLines) line(a[o.a], " ", b[o.b]);
      i++;
      continue;
    }
    const dels: Op[] = [];
    const adds: Op[] = [];
    for (; i < ops.length && ops[i]!.kind !== "="; i++) (ops[i]!.kind === "-" ? dels : adds).push(ops[i]!);
    for (let k = 0; k < Math.max(dels.length, adds.length); k++) {
      const d = dels[k];
      const p = adds[k];
      if (d && p) line(a[d.a], "|", b[p.b]);
      else if (d) line(a[d.a], "<", undefined);
      else line(undefined, ">", b[p!.b]);
    }
  }
  return out.join("");
}

function read(ctx: CommandContext, name: string): string | { error: string } {
  if (name === "-") return ctx.stdin;
  const err = fileError(ctx, name);
  return err ? { error: `diff: ${name}: ${err}\n` } : ctx.fs.readFile(name)!;
}

/** How lines compare under -i, -w, -b (and -E, -Z): the text diff matches on. */
function comparisonKey(p: ParsedArgs): (line: string) => string {
  return (line) => {
    let k = line;
    if (has(p, "i")) k = k.toLowerCase();
    if (has(p, "w")) k = k.replace(/[ \t\v\f\r]+/g, "");
    else if (has(p, "b")) k = k.replace(/[ \t\v\f\r]+/g, " ").replace(/ $/, "");
    else if (has(p, "Z")) k = k.replace(/[ \t\v\f\r]+$/, "");
    return k;
  };
}

export const diff: Command = {
  name: "diff",
  run(ctx) {
    const p = parseOptions("diff", ctx.argv.slice(1), {
      flags: "uqsNbwiBEZyctaTre",
      withArg: "UCW",
      long: {
        "unified=?": "u", brief: "q", "report-identical-files": "s", "new-file": "N", "ignore-space-change": "b", "ignore-all-space": "w",
        "ignore-case": "i", "ignore-blank-lines": "B", "ignore-tab-expansion": "E", "ignore-trailing-space": "Z", "side-by-side": "y",
        "context=?": "c", "expand-tabs": "t", text: "a", "initial-tab": "T", recursive: "r", normal: "normal", "width=": "W",
        "suppress-common-lines": "suppress", "color=?": "color", ed: "e",
      },
      usage: "diff: Try 'diff --help' for more information.\n",
      usageRc: 2,
    });
    if (isResult(p)) return p;
    const files = p.args;
    if (files.length !== 2) {
      const msg = files.length < 2 ? `missing operand after '${files[0] ?? "diff"}'` : `extra operand '${files[2]}'`;
      return done("", `diff: ${msg}\ndiff: Try 'diff --help' for more information.\n`, 2);
    }
    const [left, right] = [read(ctx, files[0]!), read(ctx, files[1]!)];
    if (typeof left !== "string" || typeof right !== "string") {
      return done("", (typeof left !== "string" ? left.error : "") + (typeof right !== "string" ? right.error : ""), 2);
    }
    const identical = has(p, "s") ? `Files ${files[0]} and ${files[1]} are identical\n` : "";
    if (left === right && !has(p, "y")) return done(identical);
    const a = splitLines(left);
    const b = splitLines(right);
    // a last line without its newline differs from the same text with one, and prints GNU's note after it
    if (!has(p, "y")) {
      for (const [text, lines] of [[left, a], [right, b]] as const) {
        if (text !== "" && !text.endsWith("\n") && lines.length) lines[lines.length - 1] += "\n\\ No newline at end of file";
      }
    }
    const key = comparisonKey(p);
    const lastOf = (flag: string) => p.opts.filter(([f]) => f === flag).pop()?.[1];
    // GNU keeps the largest context given (-u and -c count as 3, -U N, --unified=N, -C N, ...)
    const contexts = p.opts.filter(([f]) => "uUcC".includes(f)).map(([, v]) => (v === "" ? 3 : Number(v)));
    const largestContext = Math.max(...contexts);
    // -u and -c keep their context lines of the identical ends in the comparison
    const context = has(p, "y") ? 0 : has(p, "u") || has(p, "U") ? largestContext : has(p, "c") || has(p, "C") ? largestContext : 0;
    const horizon = Number.isFinite(context) ? context : 0;
    let ops = gnuDiffOps(a, b, horizon, key);
    // -B: a change made of blank lines only does not count
    // (empty lines; with -Z, -b or -w also lines of white space only)
    const spaceOnly = has(p, "Z") || has(p, "b") || has(p, "w");
    const blank = (line: string) => {
      const text = line.replace(/\n\\ No newline at end of file$/, "");
      return spaceOnly ? /^[ \t\v\f\r]*$/.test(text) : text === "";
    };
    const blankRun = (run: Op[]) => has(p, "B") && run.every((o) => blank((o.kind === "-" ? a[o.a] : b[o.b])!));
    if (has(p, "B") && changeRuns(ops).every(([i, j]) => blankRun(ops.slice(i, j)))) ops = diffLines(a, a);
    const width = Number(lastOf("W") ?? 130);
    if (!ops.some((o) => o.kind !== "=")) return done(has(p, "y") ? sideBySide(a, b, ops, width, !has(p, "suppress")) : identical);
    if (has(p, "q")) return done(`Files ${files[0]} and ${files[1]} differ\n`, "", 1);
    // each file's last change (standard input and pipes: now), on the wall clock
    const stampOf = (file: string) =>
      formatDate(wallClockMs((file !== "-" && !file.startsWith("/dev/") ? ctx.fs.modifiedAt?.(file) : undefined) ?? ctx.world.clock), "%Y-%m-%d %H:%M:%S.%N +0000");
    const [stampA, stampB] = [stampOf(files[0]!), stampOf(files[1]!)];
    if (has(p, "y")) return done(sideBySide(a, b, ops, width, !has(p, "suppress")), "", 1);
    if (has(p, "u") || has(p, "U")) {
      const context = largestContext;
      return done(`--- ${files[0]}\t${stampA}\n+++ ${files[1]}\t${stampB}\n` + unified(a, b, ops, context, blankRun), "", 1);
    }
    if (has(p, "c") || has(p, "C")) {
      const context = largestContext;
      return done(`*** ${files[0]}\t${stampA}\n--- ${files[1]}\t${stampB}\n` + contextFormat(a, b, ops, context, blankRun), "", 1);
    }
    if (has(p, "e")) return done(edScript(b, ops, blankRun), "", 1);
    return done(normal(a, b, ops, blankRun), "", 1);
  },
};
