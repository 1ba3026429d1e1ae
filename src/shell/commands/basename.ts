// basename NAME [SUFFIX], dirname NAME…
import type { Command } from "../types.js";
import { done, unknownOption } from "./util.js";

function base(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" ? (path.startsWith("/") ? "/" : "") : trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

function dir(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return path.startsWith("/") ? "/" : ".";
  const i = trimmed.lastIndexOf("/");
  if (i < 0) return ".";
  return trimmed.slice(0, i).replace(/\/+$/, "") || "/";
}

export const basename: Command = {
  name: "basename",
  run(ctx) {
    const bad = unknownOption("basename", ctx.argv.slice(1), { short: "az", withArg: "s", long: ["multiple", "suffix=", "zero", "help", "version"] });
    if (bad) return bad;
    // -a / -s SUFFIX take every operand as a NAME; otherwise NAME [SUFFIX]
    const args = ctx.argv.slice(1);
    let suffix: string | undefined;
    let multiple = false;
    let zero = false;
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === "--") {
        names.push(...args.slice(i + 1));
        break;
      }
      if (a === "-s" || a === "--suffix") [suffix, multiple] = [args[++i], true];
      else if (a.startsWith("--suffix=")) [suffix, multiple] = [a.slice(9), true];
      else if (/^-s./.test(a)) [suffix, multiple] = [a.slice(2), true];
      else if (/^-[az]+$/.test(a) || a === "--multiple" || a === "--zero") {
        multiple ||= a.includes("a") || a === "--multiple";
        zero ||= a.includes("z") || a === "--zero";
      } else names.push(a);
    }
    if (names.length === 0) return done("", "basename: missing operand\nTry 'basename --help' for more information.\n", 1);
    if (!multiple && names.length > 2) return done("", `basename: extra operand '${names[2]}'\nTry 'basename --help' for more information.\n`, 1);
    if (!multiple && names.length === 2) suffix = names.pop();
    const strip = (b: string) => (suffix && b !== suffix && b.endsWith(suffix) ? b.slice(0, -suffix.length) : b);
    return done(names.map((n) => strip(base(n)) + (zero ? "\0" : "\n")).join(""));
  },
};

export const dirname: Command = {
  name: "dirname",
  run(ctx) {
    const bad = unknownOption("dirname", ctx.argv.slice(1), { short: "z", long: ["zero", "help", "version"] });
    if (bad) return bad;
    const names = ctx.argv.slice(1);
    if (names.length === 0) return done("", "dirname: missing operand\nTry 'dirname --help' for more information.\n", 1);
    return done(names.map((n) => dir(n) + "\n").join(""));
  },
};
