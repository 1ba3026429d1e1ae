// printf FORMAT [ARG]… (bash's builtin): %s %b %c %d %i %u %x %X %o %f %e %g %%, flags and
// widths, backslash escapes; the format is reused while arguments remain.
import type { Command } from "../types.js";
import { decodeEscapes } from "../lexer.js";
import { done } from "./util.js";

const SPEC = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]+))?([sbcdiuxXofeEgG%])/g;

function toNumber(arg: string, errors: string[]): number {
  if (arg === "") return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const n = /^[-+]?0x[0-9a-f]+$/i.test(arg) ? parseInt(arg, 16) : /^[-+]?0[0-7]+$/.test(arg) ? parseInt(arg, 8) : Number(arg);
  if (!Number.isFinite(n) || arg.trim() === "") {
    errors.push(`printf: ${arg}: invalid number\n`);
    return parseFloat(arg) || 0;
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

/** C's %g: %e when the exponent is below -4 or not below the precision, else %f; trailing zeros dropped. */
function generalFormat(n: number, precision: number, keepZeros: boolean, upper: boolean): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "nan" : n > 0 ? "inf" : "-inf";
  const p = precision === 0 ? 1 : precision;
  const exp = n === 0 ? 0 : Number(n.toExponential(p - 1).split("e")[1]);
  const text = exp < -4 || exp >= p ? n.toExponential(p - 1).replace(/e([+-])(\d)$/, "e$10$2") : n.toFixed(Math.max(0, p - 1 - exp));
  let [mantissa, exponent] = text.split("e") as [string, string | undefined];
  if (!keepZeros && mantissa.includes(".")) mantissa = mantissa.replace(/\.?0+$/, "");
  const out = exponent === undefined ? mantissa : `${mantissa}e${exponent}`;
  return upper ? out.toUpperCase() : out;
}

function formatOne(conv: string, flags: string, precision: number | undefined, arg: string, errors: string[]): string {
  switch (conv) {
    case "s":
      return precision === undefined ? arg : arg.slice(0, precision);
    case "b": {
      const cut = stopEscape(arg);
      return cut < 0 ? decodeEscapes(arg) : decodeEscapes(arg.slice(0, cut)) + "\0STOP";
    }
    case "c":
      return arg.slice(0, 1);
    case "d":
    case "i":
    case "u": {
      const n = Math.trunc(toNumber(arg, errors));
      const sign = n >= 0 ? (flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") : "";
      return sign + String(n);
    }
    case "x":
    case "X":
    case "o": {
      const n = Math.trunc(toNumber(arg, errors));
      const s = (n >>> 0).toString(conv === "o" ? 8 : 16);
      return conv === "X" ? s.toUpperCase() : s;
    }
    default: {
      const n = toNumber(arg, errors);
      const p = precision ?? 6;
      if (conv === "f") return n.toFixed(p);
      if (conv === "e" || conv === "E") {
        const s = n.toExponential(p).replace(/e([+-])(\d)$/, "e$10$2");
        return conv === "E" ? s.toUpperCase() : s;
      }
      return generalFormat(n, p, flags.includes("#"), conv === "G");
    }
  }
}

/** One pass of FORMAT over ARGS (awk's sprintf); missing arguments count as empty. */
export function formatOnce(format: string, args: string[]): string {
  let used = 0;
  const errors: string[] = [];
  return format.replace(SPEC, (_m, flags: string, w: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    const next = () => args[used++] ?? "";
    const width = w === "*" ? Number(next()) || 0 : Number(w ?? 0);
    const precision = prec === undefined ? undefined : prec === "*" ? Number(next()) || 0 : Number(prec);
    return pad(formatOne(conv, flags, precision, next(), errors), flags, width);
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
  const format = decodeEscapes(argv[0]!);
  const args = argv.slice(1);
  const errors: string[] = [];
  let out = "";
  let used = 0;
  do {
    let consumed = false;
    out += format.replace(SPEC, (_m, flags: string, w: string | undefined, prec: string | undefined, conv: string) => {
      if (conv === "%") return "%";
      const next = () => {
        consumed = true;
        return args[used++] ?? "";
      };
      const width = w === "*" ? Number(next()) || 0 : Number(w ?? 0);
      const precision = prec === undefined ? undefined : prec === "*" ? Number(next()) || 0 : Number(prec);
      return pad(formatOne(conv, flags, precision, next(), errors), flags, width);
    });
    if (!consumed) break;
  } while (used < args.length);
  const stop = out.indexOf("\0STOP");
  if (stop >= 0) out = out.slice(0, stop);
  return { stdout: out, errors: errors.map((e) => e.replace(/\n$/, "")), rc: errors.length ? 1 : 0 };
}

/** printf run through sudo, xargs or watch (the shell's own printf is a builtin). */
export const printf: Command = {
  name: "printf",
  run(ctx) {
    const r = runPrintf(ctx.argv.slice(1));
    return done(r.stdout, (r.usage ?? "") + r.errors.map((e) => `${e}\n`).join(""), r.rc);
  },
};
