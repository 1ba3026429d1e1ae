// split [-l N | -b SIZE | -n CHUNKS] [-d] [-a LEN] [--additional-suffix=S] [--verbose] [FILE [PREFIX]]
// (GNU coreutils 9.1): pieces named PREFIX + aa, ab, … (or 00, 01, … with -d), written in the VFS.
import type { Command, CommandContext, CommandResult } from "../types.js";
import { done, has, isResult, lastValue, parseOptions } from "./util.js";

const UNITS: Record<string, number> = { "": 1, b: 512, K: 1024, KB: 1000, M: 1024 ** 2, MB: 1000 ** 2, G: 1024 ** 3, GB: 1000 ** 3 };

function size(text: string): number | undefined {
  const m = /^([0-9]+)(|b|K|KB|M|MB|G|GB)$/.exec(text);
  return m ? Number(m[1]) * UNITS[m[2]!]! : undefined;
}

/** The n-th suffix of a given length, or undefined once they run out. */
function suffix(n: number, length: number, digits: boolean): string | undefined {
  const base = digits ? 10 : 26;
  if (n >= base ** length) return undefined;
  let s = "";
  for (let k = 0; k < length; k++, n = Math.floor(n / base)) s = (digits ? String(n % base) : String.fromCharCode(97 + (n % base))) + s;
  return s;
}

/** The input cut into pieces by lines, bytes or a number of chunks. */
function pieces(data: Buffer, mode: "l" | "b" | "n", amount: number): Buffer[] {
  const out: Buffer[] = [];
  if (mode === "n") {
    const chunk = Math.floor(data.length / amount);
    for (let i = 0; i < amount; i++) out.push(data.subarray(i * chunk, i === amount - 1 ? data.length : (i + 1) * chunk));
    return out;
  }
  if (mode === "b") {
    for (let i = 0; i < data.length; i += amount) out.push(data.subarray(i, i + amount));
    return out;
  }
  let start = 0;
  let lines = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] !== 10 || ++lines < amount) continue;
    out.push(data.subarray(start, i + 1));
    start = i + 1;
    lines = 0;
  }
  if (start < data.length) out.push(data.subarray(start));
  return out;
}

function fail(text: string): CommandResult {
  return done("", `split: ${text}\n`, 1);
}

export const split: Command = {
  name: "split",
  run(ctx: CommandContext) {
    const p = parseOptions("split", ctx.argv.slice(1), {
      flags: "dx",
      withArg: "lbnaC",
      long: {
        "lines=": "l", "bytes=": "b", "number=": "n", "suffix-length=": "a", "numeric-suffixes=?": "d", "additional-suffix=": "suffix",
        verbose: "verbose", "elide-empty-files": "e", help: "help", version: "version",
      },
    });
    if (isResult(p)) return p;
    if (has(p, "version")) return done("split (GNU coreutils) 9.1\n");
    let mode: "l" | "b" | "n" = "l";
    let amount = 1000;
    for (const [flag, value] of p.opts) {
      if (flag !== "l" && flag !== "b" && flag !== "n") continue;
      const n = flag === "l" ? (/^[0-9]+$/.test(value) ? Number(value) : undefined) : size(value);
      const what = flag === "l" ? "lines" : flag === "b" ? "bytes" : "chunks";
      if (n === undefined) return fail(`invalid number of ${what}: '${value}'`);
      if (n === 0) return fail(`invalid number of ${what}: '${value}': Numerical result out of range`);
      mode = flag;
      amount = n;
    }
    const lengthText = lastValue(p, "a");
    const length = lengthText === undefined ? 2 : Number(lengthText);
    if (lengthText !== undefined && !/^[0-9]+$/.test(lengthText)) return fail(`invalid suffix length: '${lengthText}'`);
    if (p.args.length > 2) return done("", `split: extra operand '${p.args[2]}'\nTry 'split --help' for more information.\n`, 1);
    const input = p.args[0] ?? "-";
    const prefix = p.args[1] ?? "x";
    let data: string | undefined = ctx.stdin;
    if (input !== "-") {
      if (ctx.fs.isDir(input)) return fail(`${input}: Is a directory`);
      data = ctx.fs.readFile(input);
      if (data === undefined) return fail(`cannot open '${input}' for reading: No such file or directory`);
    } else if (mode === "n") return fail("-: cannot determine file size");
    const digits = has(p, "d");
    const from = Number(lastValue(p, "d") || 0);
    const extra = lastValue(p, "suffix") ?? "";
    let out = "";
    const parts = pieces(Buffer.from(data, "utf8"), mode, amount);
    for (let i = 0; i < parts.length; i++) {
      const sfx = suffix(i + from, length, digits);
      if (sfx === undefined) return { ...done(out, "split: output file suffixes exhausted\n", 1) };
      const name = `${prefix}${sfx}${extra}`;
      if (has(p, "verbose")) out += `creating file '${name}'\n`;
      const err = ctx.fs.writeFile(name, parts[i]!.toString("utf8"));
      if (err) return done(out, `split: ${name}: ${err}\n`, 1);
    }
    return done(out);
  },
};
