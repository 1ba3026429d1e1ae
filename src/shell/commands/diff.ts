// diff [-u] [-q] FILE1 FILE2: GNU diff's normal and unified formats over a Myers line diff.
import type { Command, CommandContext } from "../types.js";
import { formatDate } from "./date.js";
import { done, fileError, splitLines } from "./util.js";

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

function normal(a: string[], b: string[], ops: Op[]): string {
  const out: string[] = [];
  for (let i = 0; i < ops.length; ) {
    if (ops[i]!.kind === "=") {
      i++;
      continue;
    }
    const dels: Op[] = [];
    const adds: Op[] = [];
    const aStart = ops[i]!.a;
    const bStart = ops[i]!.b;
    for (; i < ops.length && ops[i]!.kind !== "="; i++) (ops[i]!.kind === "-" ? dels : adds).push(ops[i]!);
    if (dels.length && adds.length) out.push(`${range(aStart, dels.length)}c${range(bStart, adds.length)}\n`);
    else if (dels.length) out.push(`${range(aStart, dels.length)}d${bStart}\n`);
    else out.push(`${aStart}a${range(bStart, adds.length)}\n`);
    for (const d of dels) out.push(`< ${a[d.a]}\n`);
    if (dels.length && adds.length) out.push("---\n");
    for (const d of adds) out.push(`> ${b[d.b]}\n`);
  }
  return out.join("");
}

function unified(a: string[], b: string[], ops: Op[], context: number): string {
  const out: string[] = [];
  const changes = ops.map((o, i) => (o.kind === "=" ? -1 : i)).filter((i) => i >= 0);
  let h = 0;
  while (h < changes.length) {
    let end = h;
    while (end + 1 < changes.length && changes[end + 1]! - changes[end]! <= 2 * context) end++;
    const from = Math.max(0, changes[h]! - context);
    const to = Math.min(ops.length - 1, changes[end]! + context);
    const slice = ops.slice(from, to + 1);
    const aLines = slice.filter((o) => o.kind !== "+").length;
    const bLines = slice.filter((o) => o.kind !== "-").length;
    const aStart = slice.find((o) => o.kind !== "+")?.a ?? slice[0]!.a;
    const bStart = slice.find((o) => o.kind !== "-")?.b ?? slice[0]!.b;
    const fmt = (start: number, count: number) => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);
    out.push(`@@ -${fmt(aStart, aLines)} +${fmt(bStart, bLines)} @@\n`);
    for (const o of slice) out.push(o.kind === "=" ? ` ${a[o.a]}\n` : o.kind === "-" ? `-${a[o.a]}\n` : `+${b[o.b]}\n`);
    h = end + 1;
  }
  return out.join("");
}

function read(ctx: CommandContext, name: string): string | { error: string } {
  if (name === "-") return ctx.stdin;
  const err = fileError(ctx, name);
  return err ? { error: `diff: ${name}: ${err}\n` } : ctx.fs.readFile(name)!;
}

export const diff: Command = {
  name: "diff",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const flags = args.filter((a) => a.startsWith("-") && a !== "-");
    const files = args.filter((a) => !a.startsWith("-") || a === "-");
    const bad = flags.find((f) => !["-u", "-q", "--brief", "-U3", "--unified", "-N", "-b", "-w"].includes(f));
    const what = bad?.startsWith("--") ? `unrecognized option '${bad}'` : `invalid option -- '${bad?.[1]}'`;
    if (bad) return done("", `diff: ${what}\ndiff: Try 'diff --help' for more information.\n`, 2);
    if (files.length !== 2) {
      const msg = files.length < 2 ? `missing operand after '${files[0] ?? "diff"}'` : `extra operand '${files[2]}'`;
      return done("", `diff: ${msg}\ndiff: Try 'diff --help' for more information.\n`, 2);
    }
    const [left, right] = [read(ctx, files[0]!), read(ctx, files[1]!)];
    if (typeof left !== "string" || typeof right !== "string") {
      return done("", (typeof left !== "string" ? left.error : "") + (typeof right !== "string" ? right.error : ""), 2);
    }
    if (left === right) return done();
    if (flags.includes("-q") || flags.includes("--brief")) return done(`Files ${files[0]} and ${files[1]} differ\n`, "", 1);
    const a = splitLines(left);
    const b = splitLines(right);
    const ops = diffLines(a, b);
    if (flags.some((f) => f === "-u" || f === "-U3" || f === "--unified")) {
      const stamp = formatDate(ctx.world.clock, "%Y-%m-%d %H:%M:%S.000000000 +0000");
      return done(`--- ${files[0]}\t${stamp}\n+++ ${files[1]}\t${stamp}\n` + unified(a, b, ops, 3), "", 1);
    }
    return done(normal(a, b, ops), "", 1);
  },
};
