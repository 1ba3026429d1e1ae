// split [-l N | -b SIZE | -C SIZE | -n [l/|r/][K/]N] [-d|-x] [-a LEN] [-e] [--additional-suffix=S]
// [--verbose] [FILE [PREFIX]] (GNU coreutils 9.1): pieces named PREFIX + aa, ab, … (00, 01, … with
// -d; hex with -x), written in the VFS; suffixes grow (yz, zaaa, …) unless -a fixes their length.
import type { Command, CommandContext, CommandResult } from "../types.js";
import { done, has, isResult, lastValue, parseOptions } from "./util.js";

const UNITS: Record<string, number> = {
  "": 1, b: 512, k: 1024, K: 1024, m: 1024 ** 2, KiB: 1024, KB: 1000, M: 1024 ** 2, MiB: 1024 ** 2, MB: 1000 ** 2,
  G: 1024 ** 3, GiB: 1024 ** 3, GB: 1000 ** 3, T: 1024 ** 4, TiB: 1024 ** 4, TB: 1000 ** 4,
};

function size(text: string): number | undefined {
  const m = /^([0-9]+)([A-Za-z]*)$/.exec(text);
  const unit = m ? UNITS[m[2]!] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

const ALPHABETS = { alpha: "abcdefghijklmnopqrstuvwxyz", digits: "0123456789", hex: "0123456789abcdef" };

/**
 * The n-th suffix. With a fixed length: undefined once they run out. Growing (GNU's default):
 * names whose first letter is the alphabet's last one are skipped, and that letter starts the
 * longer names instead (…, yz, zaaa, …).
 */
function suffix(n: number, length: number, alphabet: string, grow: boolean): string | undefined {
  const base = alphabet.length;
  const repr = (v: number, len: number) => {
    let s = "";
    for (let k = 0; k < len; k++, v = Math.floor(v / base)) s = alphabet[v % base]! + s;
    return s;
  };
  if (!grow) return n < base ** length ? repr(n, length) : undefined;
  let fixed = "";
  let len = length;
  for (;;) {
    const count = (base - 1) * base ** (len - 1);
    if (n < count) return fixed + repr(n, len);
    n -= count;
    fixed += alphabet[base - 1];
    len++;
  }
}

type Mode = { kind: "lines" | "bytes" | "linebytes"; amount: number } | { kind: "chunks" | "linechunks" | "roundrobin"; amount: number; only?: number };

/** GNU 9.1 spreads the remainder over the first chunks: chunk k is [start(k), start(k+1)). */
function byteChunks(data: Buffer, n: number): Buffer[] {
  const q = Math.floor(data.length / n);
  const r = data.length % n;
  const start = (k: number) => k * q + Math.min(k, r);
  return Array.from({ length: n }, (_, k) => data.subarray(start(k), start(k + 1)));
}

/** -n l/N: each chunk runs to the end of the line its nominal last byte is in (none may be left). */
function lineChunks(data: Buffer, n: number): Buffer[] {
  const q = Math.floor(data.length / n);
  const out: Buffer[] = Array.from({ length: n }, () => Buffer.alloc(0));
  let chunkEnd = q - 1;
  let pos = 0;
  let k = 0;
  while (pos < data.length) {
    if (k === n - 1) {
      out[k] = data.subarray(pos);
      break;
    }
    const nl = data.indexOf(10, pos + Math.max(0, chunkEnd - pos));
    let next = nl >= 0;
    const end = next ? nl + 1 : data.length;
    out[k] = Buffer.concat([out[k]!, data.subarray(pos, end)]);
    pos = end;
    // a long line may have run past whole chunks: they stay empty
    while ((next || chunkEnd <= pos - 1) && k < n - 1) {
      if (!next && pos === data.length) break;
      k++;
      chunkEnd += q;
      next = false;
    }
  }
  return out;
}

function pieces(data: Buffer, mode: Mode): Buffer[] {
  const n = mode.amount;
  switch (mode.kind) {
    case "chunks": return byteChunks(data, n);
    case "linechunks": return lineChunks(data, n);
    case "roundrobin": {
      const out: Buffer[][] = Array.from({ length: n }, () => []);
      let start = 0;
      for (let i = 0; start < data.length; i++) {
        const nl = data.indexOf(10, start);
        const end = nl < 0 ? data.length : nl + 1;
        out[i % n]!.push(data.subarray(start, end));
        start = end;
      }
      return out.map((parts) => Buffer.concat(parts));
    }
    case "bytes": {
      const out: Buffer[] = [];
      for (let i = 0; i < data.length; i += n) out.push(data.subarray(i, i + n));
      return out;
    }
    case "linebytes": {
      // as many whole lines as fit; a longer line is cut at the size
      const out: Buffer[] = [];
      let pos = 0;
      while (pos < data.length) {
        if (data.length - pos <= n) {
          out.push(data.subarray(pos));
          break;
        }
        const nl = data.subarray(pos, pos + n).lastIndexOf(10);
        const end = nl >= 0 ? pos + nl + 1 : pos + n;
        out.push(data.subarray(pos, end));
        pos = end;
      }
      return out;
    }
    case "lines": {
      const out: Buffer[] = [];
      let start = 0;
      let lines = 0;
      for (let i = 0; i < data.length; i++) {
        if (data[i] !== 10 || ++lines < n) continue;
        out.push(data.subarray(start, i + 1));
        start = i + 1;
        lines = 0;
      }
      if (start < data.length) out.push(data.subarray(start));
      return out;
    }
  }
}

function fail(text: string): CommandResult {
  return done("", `split: ${text}\n`, 1);
}

/** -n's argument: N, K/N, l/N, l/K/N, r/N, r/K/N. */
function parseChunks(value: string): Mode | string {
  const m = /^(?:([lr])\/)?(?:([^/]*)\/)?([^/]*)$/.exec(value);
  if (!m) return `invalid number of chunks: '${value}'`;
  const n = size(m[3]!);
  if (n === undefined) return `invalid number of chunks: '${m[3]}'`;
  if (n === 0) return `invalid number of chunks: '${m[3]}': Numerical result out of range`;
  const kind = m[1] === "l" ? "linechunks" : m[1] === "r" ? "roundrobin" : "chunks";
  if (m[2] === undefined) return { kind, amount: n };
  if (!/^[0-9]+$/.test(m[2])) return `invalid chunk number: '${m[2]}'`;
  const k = Number(m[2]);
  if (k === 0 || k > n) return `invalid chunk number: '${m[2]}': Numerical result out of range`;
  return { kind, amount: n, only: k };
}

function parseMode(p: { opts: [string, string][] }): Mode | string | undefined {
  let mode: Mode | undefined;
  for (const [flag, value] of p.opts) {
    if (!"lbCn".includes(flag) || flag === "") continue;
    if (mode) return "only-one-way";
    if (flag === "n") {
      const chunks = parseChunks(value);
      if (typeof chunks === "string") return chunks;
      mode = chunks;
      continue;
    }
    const n = flag === "l" ? (/^[0-9]+$/.test(value) ? Number(value) : undefined) : size(value);
    const what = flag === "l" ? "lines" : "bytes";
    if (n === undefined) return `invalid number of ${what}: '${value}'`;
    if (n === 0) return `invalid number of ${what}: '${value}': Numerical result out of range`;
    mode = { kind: flag === "l" ? "lines" : flag === "b" ? "bytes" : "linebytes", amount: n };
  }
  return mode;
}

export const split: Command = {
  name: "split",
  run(ctx: CommandContext) {
    const p = parseOptions("split", ctx.argv.slice(1), {
      flags: "dxe",
      withArg: "lbnaC",
      long: {
        "lines=": "l", "bytes=": "b", "line-bytes=": "C", "number=": "n", "suffix-length=": "a", "numeric-suffixes=?": "d",
        "hex-suffixes=?": "x", "additional-suffix=": "suffix", verbose: "verbose", "elide-empty-files": "e", help: "help", version: "version",
      },
    });
    if (isResult(p)) return p;
    if (has(p, "version")) return done("split (GNU coreutils) 9.1\n");
    const parsed = parseMode(p);
    if (parsed === "only-one-way") return done("", "split: cannot split in more than one way\nTry 'split --help' for more information.\n", 1);
    if (typeof parsed === "string") return fail(parsed);
    const mode: Mode = parsed ?? { kind: "lines", amount: 1000 };
    const lengthText = lastValue(p, "a");
    if (lengthText !== undefined && !/^[0-9]+$/.test(lengthText)) return fail(`invalid suffix length: '${lengthText}'`);
    if (p.args.length > 2) return done("", `split: extra operand '${p.args[2]}'\nTry 'split --help' for more information.\n`, 1);
    const input = p.args[0] ?? "-";
    const prefix = p.args[1] ?? "x";
    let data: string | undefined = input === "-" ? ctx.stdin : "";
    if (input !== "-") {
      if (ctx.fs.isDir(input)) return fail(`${input}: Is a directory`);
      data = ctx.fs.readFile(input);
      if (data === undefined) return fail(`cannot open '${input}' for reading: No such file or directory`);
    } else if (mode.kind === "chunks" || mode.kind === "linechunks") return fail("-: cannot determine file size");
    // the last of -d/-x picks the alphabet; their =FROM starts the count there
    const style = p.opts.filter(([f]) => f === "d" || f === "x").pop();
    const alphabet = style?.[0] === "d" ? ALPHABETS.digits : style?.[0] === "x" ? ALPHABETS.hex : ALPHABETS.alpha;
    const from = style?.[1] ? parseInt(style[1], style[0] === "x" ? 16 : 10) : 0;
    const chunked = mode.kind === "chunks" || mode.kind === "linechunks" || mode.kind === "roundrobin";
    let length = lengthText === undefined ? 2 : Number(lengthText);
    // -n makes the suffixes long enough for every chunk at once
    if (chunked) while (alphabet.length ** length < mode.amount + from) length++;
    const grow = lengthText === undefined && !chunked && !style?.[1];
    const extra = lastValue(p, "suffix") ?? "";
    const parts = pieces(Buffer.from(data, "utf8"), mode);
    if ("only" in mode && mode.only !== undefined) return done(parts[mode.only - 1]!.toString("utf8"));
    let out = "";
    let made = 0;
    for (const part of parts) {
      if (has(p, "e") && part.length === 0) continue;
      const sfx = suffix(made + from, length, alphabet, grow);
      if (sfx === undefined) return done(out, "split: output file suffixes exhausted\n", 1);
      made++;
      const name = `${prefix}${sfx}${extra}`;
      if (has(p, "verbose")) out += `creating file '${name}'\n`;
      const err = ctx.fs.writeFile(name, part.toString("utf8"));
      if (err) return done(out, `split: ${name}: ${err}\n`, 1);
    }
    return done(out);
  },
};
