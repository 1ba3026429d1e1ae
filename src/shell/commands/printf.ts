// printf FORMAT [ARG]… (bash's builtin): %s %b %c %d %i %u %x %X %o %f %e %g %%, flags and
// widths, backslash escapes; the format is reused while arguments remain.
import type { Command } from "../types.js";
import { decodeEscapes } from "../lexer.js";
import { exponential, fixed, general, parseLongDouble } from "./c-format.js";
import { formatDate } from "./date.js";
import { done } from "./util.js";

const VALID = /^[sbcdiuxXofeEgGqT]$/;

// flags, width, precision, C length modifiers (ignored), then the conversion; %(FMT)T is strftime
const SPEC = /%([-+ #0']*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?(?:\((.*?)\))?[hlLjzt]*([sbcdiuxXofeEgGqT%]|.?)/gs;

function toNumber(arg: string, errors: string[]): number {
  if (arg === "") return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const n = /^[-+]?0x[0-9a-f]+$/i.test(arg) ? parseInt(arg, 16) : /^[-+]?0[0-7]+$/.test(arg) ? parseInt(arg, 8) : Number(arg);
  if (!Number.isFinite(n) || arg.trim() === "") {
    errors.push(invalidNumber(arg));
    return parseFloat(arg) || 0;
  }
  return n;
}

/** bash's sh_invalidnum: the message depends only on how the argument starts. */
function invalidNumber(arg: string): string {
  const what = /^0[0-9]/.test(arg) ? "invalid octal number" : arg.startsWith("0x") ? "invalid hex number" : "invalid number";
  return `printf: ${arg}: ${what}\n`;
}

const INT_MAX = 2n ** 63n - 1n;

/**
 * An integer argument as strtoimax reads it (base 0, leading blanks, sign): what follows the
 * number makes the argument invalid but the number read so far is used; out of range is a warning.
 */
function toInteger(arg: string, errors: string[]): bigint {
  if (arg === "") return 0n;
  if (/^['"]/.test(arg)) return BigInt(arg.codePointAt(1) ?? 0);
  const m = /^[ \t\n\v\f\r]*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg);
  if (!m) {
    errors.push(invalidNumber(arg));
    return 0n;
  }
  const digits = m[2]!;
  let n = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith("0") ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  if (m[1] === "-") n = -n;
  if (m[0].length < arg.length) errors.push(invalidNumber(arg));
  else if (n > INT_MAX || n < -INT_MAX - 1n) {
    errors.push(`printf: warning: ${arg}: Numerical result out of range\n`);
    return n > 0n ? INT_MAX : -INT_MAX - 1n;
  }
  return n;
}

function pad(s: string, flags: string, width: number): string {
  if (s.length >= width) return s;
  if (flags.includes("-")) return s.padEnd(width);
  if (flags.includes("0") && /^[-+ ]?[0-9]/.test(s)) {
    const sign = /^[-+ ]/.test(s) ? s[0]! : "";
    return sign + s.slice(sign.length).padStart(width - sign.length, "0");
  }
  return s.padStart(width);
}

/** bash's %q: words a shell reads back as the same string. */
function shellQuote(s: string): string {
  if (s === "") return "''";
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(s)) {
    const esc: Record<string, string> = { "\t": "\\t", "\n": "\\n", "\r": "\\r", "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v", "\x1b": "\\E", "'": "\\'", "\\": "\\\\" };
    // eslint-disable-next-line no-control-regex
    return `$'${s.replace(/[\x00-\x1f\x7f'\\]/g, (c) => esc[c] ?? "\\" + c.charCodeAt(0).toString(8).padStart(3, "0"))}'`;
  }
  return s.replace(/[^A-Za-z0-9_\/.,:@%+=^-]/g, "\\$&");
}

/** An integer conversion's digits with C's precision (minimum digits) and sign flags. */
function integer(conv: string, flags: string, precision: number | undefined, arg: string, errors: string[]): string {
  const n = toInteger(arg, errors);
  let digits: string;
  let sign = "";
  if (conv === "d" || conv === "i") {
    digits = (n < 0n ? -n : n).toString();
    sign = n < 0n ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  } else {
    // unsigned conversions see the 64-bit pattern of a negative number
    digits = BigInt.asUintN(64, n).toString(conv === "o" ? 8 : conv === "u" ? 10 : 16);
    if (conv === "X") digits = digits.toUpperCase();
    if (flags.includes("#") && n !== 0n && conv !== "u") digits = (conv === "o" ? "0" : conv === "x" ? "0x" : "0X") + digits;
  }
  if (precision !== undefined) digits = digits.padStart(precision, "0");
  return sign + digits;
}

function formatOne(conv: string, flags: string, precision: number | undefined, arg: string, errors: string[], strftime?: string, longDouble = false): string {
  switch (conv) {
    case "q":
      return shellQuote(arg);
    case "T":
      return formatDate((arg === "" || arg === "-1" ? 0 : Number(arg)) * 1000, strftime ?? "");
    case "s":
      return precision === undefined ? arg : arg.slice(0, precision);
    case "b": {
      const cut = stopEscape(arg);
      return cut < 0 ? decodeEscapes(arg) : decodeEscapes(arg.slice(0, cut)) + "\0STOP";
    }
    case "c":
      // an empty argument prints its terminating NUL
      return arg === "" ? "\0" : arg.slice(0, 1);
    case "d":
    case "i":
    case "u":
    case "x":
    case "X":
    case "o":
      return integer(conv, flags, precision, arg, errors);
    default: {
      const parsed = toNumber(arg, errors);
      // bash reads numbers with strtold: a decimal literal keeps the long double's extra bits
      const n = (longDouble && Number.isFinite(parsed) && parseLongDouble(arg)) || parsed;
      const p = precision ?? 6;
      if (conv === "f") return fixed(n, p);
      if (conv === "e" || conv === "E") return exponential(n, p, conv === "E");
      return general(n, p, flags.includes("#"), conv === "G");
    }
  }
}

/** One pass of FORMAT over ARGS (awk's sprintf); missing arguments count as empty. */
export function formatOnce(format: string, args: string[]): string {
  let used = 0;
  const errors: string[] = [];
  return format.replace(SPEC, (m, flags: string, w: string | undefined, prec: string | undefined, strftime: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    if (!VALID.test(conv)) return m;
    const next = () => args[used++] ?? "";
    const width = w === "*" ? Number(next()) || 0 : Number(w ?? 0);
    const precision = prec === undefined ? undefined : prec === "*" ? Number(next()) || 0 : Number(prec);
    return pad(formatOne(conv, flags, precision, next(), errors, strftime), flags, width);
  });
}

/** Index of the first `\c` escape (scanning escapes left to right, so `\\c` is none), or -1. */
export function stopEscape(s: string): number {
  for (const m of s.matchAll(/\\(x[0-9a-fA-F]{1,2}|0?[0-7]{1,3}|.)/gs)) if (m[1] === "c") return m.index;
  return -1;
}

/** bash's printf: output, error messages (to be prefixed by the shell) and exit status. */
export function runPrintf(argv: string[]): { stdout: string; errors: string[]; usage?: string; rc: number } {
  if (argv[0] === "--") argv = argv.slice(1);
  if (argv.length === 0) return { stdout: "", errors: [], usage: "printf: usage: printf [-v var] format [arguments]\n", rc: 2 };
  // `\c` ends the output only inside a %b argument; in the format bash prints it as it is.
  // conversions are found in the format as typed; escapes are decoded in the text between them
  const format = argv[0]!.replace(new RegExp(`${SPEC.source}|[^%]+`, "gs"), (t) => (t.startsWith("%") ? t : decodeEscapes(t).replaceAll("%", "%%")));
  const args = argv.slice(1);
  const errors: string[] = [];
  let out = "";
  let used = 0;
  do {
    let consumed = false;
    out += format.replace(SPEC, (m, flags: string, w: string | undefined, prec: string | undefined, strftime: string | undefined, conv: string) => {
      // only a bare %% is a percent sign: `%5%` is a bad conversion to bash
      if (conv === "%") return m === "%%" ? "%" : "\0BAD%";
      // bash stops at a conversion it does not know
      if (!VALID.test(conv)) return `\0BAD${conv}`;
      const next = () => {
        consumed = true;
        return args[used++] ?? "";
      };
      const width = w === "*" ? Number(next()) || 0 : Number(w ?? 0);
      const precision = prec === undefined ? undefined : prec === "*" ? Number(next()) || 0 : Number(prec);
      return pad(formatOne(conv, flags, precision, next(), errors, strftime, true), flags, width);
    });
    const bad = out.indexOf("\0BAD");
    if (bad >= 0) {
      const c = out[bad + 4] ?? "";
      return { stdout: out.slice(0, bad), errors: [c ? `printf: \`${c}': invalid format character` : "printf: missing format character"], rc: 1 };
    }
    if (!consumed) break;
  } while (used < args.length);
  const stop = out.indexOf("\0STOP");
  if (stop >= 0) out = out.slice(0, stop);
  // an out-of-range warning leaves the status at 0
  return { stdout: out, errors: errors.map((e) => e.replace(/\n$/, "")), rc: errors.some((e) => !e.startsWith("printf: warning:")) ? 1 : 0 };
}

/** printf run through sudo, xargs or watch (the shell's own printf is a builtin). */
export const printf: Command = {
  name: "printf",
  run(ctx) {
    const r = runPrintf(ctx.argv.slice(1));
    return done(r.stdout, (r.usage ?? "") + r.errors.map((e) => `${e}\n`).join(""), r.rc);
  },
};
