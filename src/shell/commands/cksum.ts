// cksum (GNU coreutils 9.1): the POSIX CRC with the length, or -a bsd|sysv|crc|md5|sha1|…
// (digests tagged "MD5 (FILE) = …" unless --untagged).
import { createHash } from "node:crypto";
import type { Command } from "../types.js";
import { done, fileError, has, isResult, lastValue, parseOptions, type Source } from "./util.js";

const ALGORITHMS = ["bsd", "sysv", "crc", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "sm3"];
const TAGS: Record<string, string> = { md5: "MD5", sha1: "SHA1", sha224: "SHA224", sha256: "SHA256", sha384: "SHA384", sha512: "SHA512", blake2b: "BLAKE2b", sm3: "SM3" };

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/** POSIX cksum: CRC-32 (MSB first) over the bytes, then over the length's bytes, inverted. */
export function posixCrc(bytes: Uint8Array): number {
  let crc = 0;
  const step = (b: number) => (crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]!) >>> 0);
  for (const b of bytes) step(b);
  for (let n = bytes.length; n > 0; n = Math.floor(n / 256)) step(n & 0xff);
  return ~crc >>> 0;
}

function sysvSum(bytes: Uint8Array): string {
  let s = 0;
  for (const b of bytes) s += b;
  const r = (s % 0x10000) + Math.floor(s / 0x10000) % 0x10000;
  return `${(r & 0xffff) + (r >>> 16)} ${Math.ceil(bytes.length / 512)}`;
}

function bsdSum(bytes: Uint8Array): string {
  let c = 0;
  for (const b of bytes) c = (((c >> 1) + ((c & 1) << 15)) + b) & 0xffff;
  return `${String(c).padStart(5, "0")} ${String(Math.ceil(bytes.length / 1024)).padStart(5)}`;
}

export const cksum: Command = {
  name: "cksum",
  run(ctx) {
    const p = parseOptions("cksum", ctx.argv.slice(1), {
      withArg: "al",
      flags: "z",
      long: { "algorithm=": "a", "length=": "l", untagged: "untagged", tag: "tag", zero: "z", check: "check", help: "help", version: "version" },
    });
    if (isResult(p)) return p;
    if (has(p, "version")) return done("cksum (GNU coreutils) 9.1\n");
    const algorithm = lastValue(p, "a") ?? "crc";
    if (!ALGORITHMS.includes(algorithm)) {
      const list = ALGORITHMS.map((a) => `  - '${a}'\n`).join("");
      return done("", `cksum: invalid argument '${algorithm}' for '--algorithm'\nValid arguments are:\n${list}Try 'cksum --help' for more information.\n`, 1);
    }
    const sources: Source[] = [];
    const errors: string[] = [];
    const errorSlots: number[] = [];
    for (const name of p.args.length ? p.args : ["-"]) {
      // (the CRC reads a directory as empty; the other algorithms report it)
      const err = name === "-" || (algorithm === "crc" && ctx.fs.isDir(name)) ? undefined : fileError(ctx, name);
      if (err) {
        errors.push(`cksum: ${name}: ${err}\n`);
        errorSlots.push(sources.length);
      } else sources.push({ name: name === "-" ? "(standard input)" : name, data: name === "-" ? ctx.stdin : ctx.fs.readFile(name) ?? "" });
    }
    const lines: string[] = [];
    for (const s of sources) {
      const bytes = Buffer.from(s.data, "utf8");
      const stdin = s.name === "(standard input)";
      const name = p.args.length === 0 ? "" : ` ${stdin ? "-" : s.name}`;
      if (algorithm === "crc") lines.push(`${posixCrc(bytes)} ${bytes.length}${name}\n`);
      else if (algorithm === "sysv") lines.push(`${sysvSum(bytes)}${name}\n`);
      else if (algorithm === "bsd") lines.push(`${bsdSum(bytes)}${name}\n`);
      else {
        const hex = createHash(algorithm === "blake2b" ? "blake2b512" : algorithm).update(bytes).digest("hex");
        const file = stdin ? "-" : s.name;
        lines.push(has(p, "untagged") ? `${hex}  ${file}\n` : `${TAGS[algorithm]} (${file}) = ${hex}\n`);
      }
    }
    const out = lines.join("");
    // each error comes after the lines of the files before it
    const at = (k: number) => Buffer.byteLength(lines.slice(0, k).join(""));
    return { ...done(out, errors.join(""), errors.length ? 1 : 0), stderrParts: errors.map((text, i) => ({ at: at(errorSlots[i]!), text })) };
  },
};

/** sum [-r|-s] [FILE…]: the BSD checksum with 1K blocks (default, -r) or the System V one (-s). */
export const sum: Command = {
  name: "sum",
  run(ctx) {
    const p = parseOptions("sum", ctx.argv.slice(1), { flags: "rs", long: { sysv: "s", help: "help", version: "version" } });
    if (isResult(p)) return p;
    if (has(p, "version")) return done("sum (GNU coreutils) 9.1\n");
    // the last of -r/-s wins
    const sysv = p.opts.filter(([f]) => f === "r" || f === "s").pop()?.[0] === "s";
    let out = "";
    let err = "";
    const parts: { at: number; text: string }[] = [];
    for (const name of p.args.length ? p.args : ["-"]) {
      const problem = name === "-" ? undefined : fileError(ctx, name);
      if (problem) {
        const text = `sum: ${name}: ${problem}\n`;
        parts.push({ at: Buffer.byteLength(out), text });
        err += text;
        continue;
      }
      const bytes = Buffer.from(name === "-" ? ctx.stdin : ctx.fs.readFile(name) ?? "", "utf8");
      out += `${sysv ? sysvSum(bytes) : bsdSum(bytes)}${p.args.length ? ` ${name}` : ""}\n`;
    }
    return { ...done(out, err, err ? 1 : 0), stderrParts: parts };
  },
};
