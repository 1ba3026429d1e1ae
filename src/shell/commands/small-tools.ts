// Small coreutils/diffutils a firewall script may lean on: cmp, printenv, timeout, yes, realpath,
// readlink, md5sum, sha256sum, expand, comm (GNU wording).
import { createHash } from "node:crypto";
import { SIGNAL_NAMES, signalNumber } from "../builtins/signals.js";
import type { Command, StderrPart } from "../types.js";
import { deadlineOf, KillSignal, setDeadline } from "../deadline.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines, unknownOption, withPlacedErrors } from "./util.js";
import { canonicalPath } from "../vfs.js";

/** cmp -b's picture of a byte: printable as is, controls as ^X, high bytes as M-…. */
function bytePicture(c: number): string {
  const high = c >= 128 ? "M-" : "";
  const low = c & 127;
  return high + (low < 32 ? `^${String.fromCharCode(low + 64)}` : low === 127 ? "^?" : String.fromCharCode(low));
}

export const cmp: Command = {
  name: "cmp",
  run(ctx) {
    const p = parseOptions("cmp", ctx.argv.slice(1), {
      flags: "slb", withArg: "ni", long: { quiet: "s", silent: "s", verbose: "l", "print-bytes": "b", "bytes=": "n", "ignore-initial=": "i" },
      usage: "cmp: Try 'cmp --help' for more information.\n", usageRc: 2,
    });
    if (isResult(p)) return p;
    if (p.args.length === 0) return done("", "cmp: missing operand after 'cmp'\ncmp: Try 'cmp --help' for more information.\n", 2);
    const [a, b = "-"] = p.args;
    const { sources, errors } = readSources(ctx, "cmp", [a!, b]);
    if (errors.length) return done("", errors[0]!, 2);
    const skip = Number(lastValue(p, "i") ?? 0);
    const [x, y] = sources.map((s) => Buffer.from(s.data).subarray(skip));
    const limit = lastValue(p, "n") === undefined ? Infinity : Number(lastValue(p, "n"));
    const names = sources.map((s) => (s.name === "(standard input)" ? "-" : s.name));
    const quiet = has(p, "s");
    const verbose = has(p, "l");
    const pictures = has(p, "b");
    // -l pads byte numbers to the digits of the larger file (a pipe: of the largest off_t)
    const regular = p.args.every((f) => f !== "-" && !f.startsWith("/dev/fd/"));
    const width = regular ? String(Math.min(x!.length, y!.length)).length : 19;
    const size = Math.min(x!.length, y!.length, limit);
    let line = 1;
    let out = "";
    let differ = false;
    for (let i = 0; i < size; i++) {
      if (x![i] !== y![i]) {
        differ = true;
        if (quiet) break;
        if (!verbose) {
          const tail = pictures ? ` is ${x![i]!.toString(8).padStart(3)} ${bytePicture(x![i]!)} ${y![i]!.toString(8).padStart(3)} ${bytePicture(y![i]!)}` : "";
          return done(`${names[0]} ${names[1]} differ: ${pictures ? "byte" : "char"} ${i + 1}, line ${line}${tail}\n`, "", 1);
        }
        out += pictures
          ? `${String(i + 1).padStart(width)} ${x![i]!.toString(8).padStart(3)} ${bytePicture(x![i]!).padEnd(4)} ${y![i]!.toString(8).padStart(3)} ${bytePicture(y![i]!)}\n`
          : `${String(i + 1).padStart(width)} ${x![i]!.toString(8).padStart(3)} ${y![i]!.toString(8).padStart(3)}\n`;
      }
      if (x![i] === 10) line++;
    }
    if (quiet && differ) return done("", "", 1);
    if (Math.min(x!.length, limit) === Math.min(y!.length, limit)) return done(out, "", differ ? 1 : 0);
    const shorter = x!.length < y!.length ? names[0] : names[1];
    const short = x!.length < y!.length ? x! : y!;
    const newlines = short.subarray(0, size).filter((c) => c === 10).length;
    // diffutils 3.8: "line N" after a newline, "in line N" when the file ends inside a line
    const where = size === 0 ? "which is empty" : verbose ? `after byte ${size}` : short[size - 1] === 10 ? `after byte ${size}, line ${newlines}` : `after byte ${size}, in line ${newlines + 1}`;
    return done(out, quiet ? "" : `cmp: EOF on ${shorter} ${where}\n`, 1);
  },
};

export const printenv: Command = {
  name: "printenv",
  run(ctx) {
    const names = ctx.argv.slice(1);
    if (names.length === 0) return done(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(""));
    const found = names.filter((n) => ctx.env[n] !== undefined);
    return done(found.map((n) => ctx.env[n] + "\n").join(""), "", found.length === names.length ? 0 : 1);
  },
};

/** timeout [-s SIG] [-k DUR] [-v] [--preserve-status] DURATION CMD…: CMD runs with a time limit of its own. */
export const timeout: Command = {
  name: "timeout",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const end = args.findIndex((a) => !a.startsWith("-"));
    const bad = unknownOption("timeout", end < 0 ? args : args.slice(0, end), { short: "v", withArg: "sk", long: ["signal=", "kill-after=", "preserve-status", "foreground", "verbose", "help", "version"], rc: 125 });
    if (bad) return bad;
    let signal = "TERM";
    let preserve = false;
    let verbose = false;
    while (args[0]?.startsWith("-") && args[0] !== "-") {
      const opt = args.shift()!;
      if (opt === "--") break;
      const value = /^-s.|^--signal=/.test(opt) ? opt.replace(/^-s|^--signal=/, "") : opt === "-s" || opt === "--signal" ? args.shift() : undefined;
      if (value !== undefined) {
        const n = signalNumber(value);
        if (n === undefined) return done("", `timeout: '${value}': invalid signal\nTry 'timeout --help' for more information.\n`, 125);
        signal = SIGNAL_NAMES.get(n) ?? "0";
      } else if (opt === "-k" || opt === "--kill-after") args.shift();
      else if (opt === "--preserve-status") preserve = true;
      else if (opt === "-v" || opt === "--verbose") verbose = true;
    }
    // (fewer than two operands: only the hint)
    if (args.length < 2) return done("", "Try 'timeout --help' for more information.\n", 125);
    if (!/^[0-9]*\.?[0-9]+[smhd]?$/.test(args[0]!)) return done("", `timeout: invalid time interval '${args[0]}'\nTry 'timeout --help' for more information.\n`, 125);
    if (ctx.lookup && !ctx.lookup(args[1]!)) return done("", `timeout: failed to run command '${args[1]}': No such file or directory\n`, 127);
    // the command's own limit: what waits past it ends with 124 here, a tighter outer limit still kills the line
    const m = /^([0-9]*\.?[0-9]+)([smhd]?)$/.exec(args[0]!)!;
    const ms = Number(m[1]) * { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as ""]!;
    const outer = deadlineOf(ctx.world);
    const own = ms > 0 ? ctx.world.clock + ms : undefined;
    const mine = own !== undefined && (outer === undefined || own < outer);
    if (mine) setDeadline(ctx.world, own);
    try {
      return ctx.run(args.slice(1));
    } catch (e) {
      if (!(e instanceof KillSignal && mine)) throw e;
      const notice = verbose ? `timeout: sending signal ${signal} to command '${args[1]}'\n` : "";
      // KILL takes timeout down too (128+9); --preserve-status reports the command's own death
      const rc = signal === "KILL" || preserve ? 128 + signalNumber(signal)! : 124;
      return done(e.stdout, e.stderr + notice, rc);
    } finally {
      if (mine) setDeadline(ctx.world, outer);
    }
  },
};

/** yes [STRING]: endless in reality; a reader such as `head` takes what it needs from these lines. */
export const yes: Command = {
  name: "yes",
  run(ctx) {
    const text = ctx.argv.length > 1 ? ctx.argv.slice(1).join(" ") : "y";
    // it never stops writing: into a pipe, its reader ends it with SIGPIPE (128 + 13) sooner or later
    const out = `${text}\n`.repeat(10_000);
    return ctx.stdoutIsPipe ? { stdout: out, stderr: "", rc: 141 } : done(out);
  },
};

function canonical(ctx: Parameters<Command["run"]>[0], path: string): string {
  const fs = ctx.fs;
  return fs.readLink ? canonicalPath({ resolve: (p) => fs.resolve(p), readLink: (p) => fs.readLink!(p) }, path) : fs.resolve(path);
}

export const realpath: Command = {
  name: "realpath",
  run(ctx) {
    const bad = unknownOption("realpath", ctx.argv.slice(1), { short: "emLPqsz", long: ["canonicalize-existing", "canonicalize-missing", "logical", "physical", "quiet", "strip", "no-symlinks", "zero", "relative-to=", "relative-base=", "help", "version"] });
    if (bad) return bad;
    const out: string[] = [];
    const errors: string[] = [];
    for (const f of ctx.argv.slice(1).filter((a) => !a.startsWith("-"))) {
      if (ctx.fs.exists(f) || ctx.fs.isDir(canonical(ctx, f).replace(/\/[^/]*$/, "") || "/")) out.push(canonical(ctx, f) + "\n");
      else errors.push(`realpath: ${f}: No such file or directory\n`);
    }
    return done(out.join(""), errors.join(""), errors.length ? 1 : 0);
  },
};

/** readlink: a link's own text (the fixed Debian links and the alternatives'), or with -f/-e/-m the canonical path. */
export const readlink: Command = {
  name: "readlink",
  run(ctx) {
    const bad = unknownOption("readlink", ctx.argv.slice(1), { short: "femnqsvz", long: ["canonicalize", "canonicalize-existing", "canonicalize-missing", "no-newline", "quiet", "silent", "verbose", "zero", "help", "version"] });
    if (bad) return bad;
    const args = ctx.argv.slice(1);
    const canonicalize = args.some((a) => /^-[a-z]*[fem]/.test(a));
    const files = args.filter((a) => !a.startsWith("-"));
    const flags = args.filter((a) => /^-[a-z]+$/.test(a)).join("");
    // -n drops the newline (of a single name only, as GNU does); -v explains a failure
    const end = flags.includes("n") && files.length === 1 ? "" : "\n";
    const verbose = flags.includes("v") || args.includes("--verbose");
    let err = "";
    const results = files.map((f) => {
      if (canonicalize) {
        const path = canonical(ctx, f);
        // -e: every component must exist
        if ((flags.includes("e") || args.includes("--canonicalize-existing")) && !ctx.fs.exists(path)) {
          if (verbose) err += `readlink: ${f}: No such file or directory\n`;
          return undefined;
        }
        return path;
      }
      const target = ctx.fs.readLink?.(f);
      if (target === undefined && verbose) err += `readlink: ${f}: ${ctx.fs.exists(f) || ctx.fs.isDir(f) ? "Invalid argument" : "No such file or directory"}\n`;
      return target;
    });
    const out = results.filter((t) => t !== undefined).map((t) => t + end).join("");
    return done(out, err, results.every((t) => t !== undefined) && files.length > 0 ? 0 : 1);
  },
};

/** `md5sum -c LIST`: each "HASH  NAME" line checked, then GNU's warnings for what failed. */
function checkList(ctx: Parameters<Command["run"]>[0], name: string, algorithm: string, list: string, quiet: boolean, status: boolean): ReturnType<Command["run"]> {
  let out = "";
  let err = "";
  let failed = 0;
  let unreadable = 0;
  for (const line of splitLines(list)) {
    const m = /^([0-9a-fA-F]+) [ *](.*)$/.exec(line);
    if (!m) continue;
    const data = ctx.fs.readFile(m[2]!);
    if (data === undefined) {
      err += `${name}: ${m[2]}: No such file or directory
`;
      out += `${m[2]}: FAILED open or read
`;
      unreadable++;
      continue;
    }
    const ok = createHash(algorithm).update(data).digest("hex") === m[1]!.toLowerCase();
    if (!ok) failed++;
    if (!ok || !quiet) out += `${m[2]}: ${ok ? "OK" : "FAILED"}
`;
  }
  if (unreadable) err += `${name}: WARNING: ${unreadable} listed file${unreadable > 1 ? "s" : ""} could not be read
`;
  if (failed) err += `${name}: WARNING: ${failed} computed checksum${failed > 1 ? "s" : ""} did NOT match
`;
  return done(status ? "" : out, status ? "" : err, failed || unreadable ? 1 : 0);
}

function checksum(name: string, algorithm: string): Command {
  return {
    name,
    run(ctx) {
      const p = parseOptions(name, ctx.argv.slice(1), { flags: "btzc", long: { binary: "b", text: "t", check: "c", quiet: "quiet", status: "status" } });
      if (isResult(p)) return p;
      const { sources, errors, errorSlots } = readSources(ctx, name, p.args);
      if (has(p, "c")) {
        if (errors.length) return done("", errors.join(""), 1);
        return checkList(ctx, name, algorithm, sources.map((s) => s.data).join(""), has(p, "quiet"), has(p, "status"));
      }
      const out = sources.map((s) => `${createHash(algorithm).update(s.data).digest("hex")}  ${s.name === "(standard input)" ? "-" : s.name}\n`);
      const bytesAfter = out.map((_, k) => Buffer.byteLength(out.slice(0, k).join("")));
      return withPlacedErrors(out.join(""), errors, errorSlots, bytesAfter, errors.length ? 1 : 0);
    },
  };
}

export const md5sum = checksum("md5sum", "md5");
export const sha1sum = checksum("sha1sum", "sha1");
export const sha224sum = checksum("sha224sum", "sha224");
export const sha256sum = checksum("sha256sum", "sha256");
export const sha384sum = checksum("sha384sum", "sha384");
export const sha512sum = checksum("sha512sum", "sha512");

/** expand [-t N] [FILE]…: tabs to spaces at every Nth column (8). */
export const expand: Command = {
  name: "expand",
  run(ctx) {
    const p = parseOptions("expand", ctx.argv.slice(1), { flags: "i", withArg: "t", long: { "tabs=": "t", initial: "i" } });
    if (isResult(p)) return p;
    const tab = Number(lastValue(p, "t") ?? 8) || 8;
    const { sources, errors } = readSources(ctx, "expand", p.args);
    const text = sources.map((s) => s.data).join("");
    const out = text.split("\n").map((line) => {
      let col = "";
      for (const c of line) col += c === "\t" ? " ".repeat(tab - (col.length % tab)) : c;
      return col;
    });
    return done(out.join("\n"), errors.join(""), errors.length ? 1 : 0);
  },
};

/**
 * comm [-123] FILE1 FILE2: lines only in 1, only in 2, in both (tab-indented columns). As GNU, once
 * a line was unpairable it warns (once a file) of a line below the one before it and fails at the
 * end (glibc's error() flushes stdout first); --check-order stops at the first such line, --nocheck-order never looks.
 */
export const comm: Command = {
  name: "comm",
  bufferedStdout: true,
  run(ctx) {
    const p = parseOptions("comm", ctx.argv.slice(1), {
      flags: "123",
      withArg: "",
      long: { "output-delimiter=": "o", "check-order": "c", "nocheck-order": "C" },
    });
    if (isResult(p)) return p;
    if (p.args.length < 2) {
      const msg = p.args.length === 0 ? "missing operand" : `missing operand after '${p.args[0]}'`;
      return done("", `comm: ${msg}\nTry 'comm --help' for more information.\n`, 1);
    }
    const { sources, errors } = readSources(ctx, "comm", p.args.slice(0, 2));
    if (errors.length) return done("", errors[0]!, 1);
    const lines = sources.map((s) => splitLines(s.data)) as [string[], string[]];
    const sep = lastValue(p, "o") ?? "\t";
    const show = [!has(p, "1"), !has(p, "2"), !has(p, "3")];
    const checking = p.opts.filter(([f]) => f === "c" || f === "C").pop()?.[0];
    const indent = (col: number) => show.slice(0, col).filter(Boolean).length;
    let out = "";
    const parts: StderrPart[] = [];
    const emit = (col: number, line: string) => {
      if (show[col]) out += sep.repeat(indent(col)) + line + "\n";
    };
    const next = [0, 0];
    const warned = [false, false];
    let unpairable = false;
    // a file steps on to its next line: is it below the one before?
    const step = (f: 0 | 1): boolean => {
      const at = ++next[f]!;
      const lesser = at < lines[f].length && lines[f][at - 1]! > lines[f][at]!;
      if (!lesser || checking === "C" || (checking !== "c" && !unpairable) || warned[f]) return true;
      warned[f] = true;
      parts.push({ at: Buffer.byteLength(out), text: `comm: file ${f + 1} is not in sorted order\n`, flushed: true });
      return checking !== "c";
    };
    const result = (rc: number) => ({ ...done(out, parts.map((x) => x.text).join(""), rc), stderrParts: parts });
    while (next[0]! < lines[0].length || next[1]! < lines[1].length) {
      const a = lines[0][next[0]!];
      const b = lines[1][next[1]!];
      const order = a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : a > b ? 1 : 0;
      if (order === 0) emit(2, a!);
      else {
        unpairable = true;
        emit(order < 0 ? 0 : 1, (order < 0 ? a : b)!);
      }
      if (order <= 0 && !step(0)) return result(1);
      if (order >= 0 && !step(1)) return result(1);
    }
    if (warned[0] || warned[1]) {
      parts.push({ at: Buffer.byteLength(out), text: "comm: input is not in sorted order\n", flushed: true });
      return result(1);
    }
    return done(out, "", 0);
  },
};
