// test EXPR / [ EXPR ]: file tests, string and integer comparisons, ! -a -o and ( ).
// The builtin wrapper in ../builtins.ts words errors with the shell's prefix.
import type { Vfs } from "../types.js";
import { SBIN_PROGRAMS } from "../../iptables/alternatives.js";

export class TestError extends Error {}

const INT = /^[ \t]*[-+]?[0-9]+[ \t]*$/;

function int(s: string): number {
  if (!INT.test(s)) throw new TestError(`${s}: integer expression expected`);
  return Number(s);
}

function unary(op: string, arg: string, fs: Vfs): boolean | undefined {
  switch (op) {
    case "-z": return arg === "";
    case "-n": return arg !== "";
    case "-e": case "-a": return fs.exists(arg);
    case "-f": return fs.exists(arg) && !fs.isDir(arg);
    case "-d": return fs.isDir(arg);
    // procfs files and directories stat as 0 bytes long
    case "-s": return fs.resolve(arg).startsWith("/proc") ? false : (fs.readFile(arg) ?? "").length > 0 || fs.isDir(arg) || Object.hasOwn(SBIN_PROGRAMS, fs.resolve(arg));
    // (a 0200 /proc/sys file is not readable, even by root)
    case "-r": return fs.exists(arg) && fs.readError?.(arg) !== "Permission denied";
    case "-w": return fs.exists(arg);
    case "-x": return fs.isDir(arg) || (fs.isExecutable?.(arg) ?? false);
    case "-L": case "-h": return fs.readLink?.(arg) !== undefined;
    case "-p": case "-S": case "-b": case "-c": return false;
    default: return undefined;
  }
}

function binary(a: string, op: string, b: string, fs?: Vfs): boolean | undefined {
  switch (op) {
    // the tutor keeps no file times: -nt/-ot only see whether the files exist
    case "-nt": return fs !== undefined && fs.exists(a) && !fs.exists(b);
    case "-ot": return fs !== undefined && fs.exists(b) && !fs.exists(a);
    case "-ef": return fs !== undefined && fs.exists(a) && fs.exists(b) && fs.resolve(a) === fs.resolve(b);
    case "=": case "==": return a === b;
    case "!=": return a !== b;
    case "<": return a < b;
    case ">": return a > b;
    case "-eq": return int(a) === int(b);
    case "-ne": return int(a) !== int(b);
    case "-lt": return int(a) < int(b);
    case "-le": return int(a) <= int(b);
    case "-gt": return int(a) > int(b);
    case "-ge": return int(a) >= int(b);
    default: return undefined;
  }
}

/** Evaluates test's arguments (without the closing `]`); throws TestError on bad input. */
export function evalTest(args: string[], fs: Vfs): boolean {
  let i = 0;
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError("argument expected");
    if (a === "!") {
      i++;
      return !primary();
    }
    if (a === "(" ) {
      i++;
      const v = or();
      if (args[i++] !== ")") throw new TestError("`)' expected");
      return v;
    }
    const next = args[i + 1];
    if (next !== undefined && args[i + 2] !== undefined) {
      const r = binary(a, next, args[i + 2]!, fs);
      if (r !== undefined) {
        i += 3;
        return r;
      }
    }
    if (next !== undefined && a.startsWith("-")) {
      const r = unary(a, next, fs);
      if (r !== undefined) {
        i += 2;
        return r;
      }
      if (args.length === 2) throw new TestError(`${a}: unary operator expected`);
    }
    i++;
    return a !== "";
  };
  const and = (): boolean => {
    let v = primary();
    while (args[i] === "-a") {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (args[i] === "-o") {
      i++;
      v = and() || v;
    }
    return v;
  };
  if (args.length === 0) return false;
  // POSIX fixes the meaning of two arguments: `! X` or a unary operator
  if (args.length === 2 && args[0] !== "!" && unary(args[0]!, args[1]!, fs) === undefined) {
    throw new TestError(`${args[0]}: unary operator expected`);
  }
  const v = or();
  if (i < args.length) throw new TestError(`${args[i]}: binary operator expected`);
  return v;
}
