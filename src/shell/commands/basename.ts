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
    const [name, suffix] = ctx.argv.slice(1);
    if (name === undefined) return done("", "basename: missing operand\nTry 'basename --help' for more information.\n", 1);
    let b = base(name);
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
    return done(b + "\n");
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
