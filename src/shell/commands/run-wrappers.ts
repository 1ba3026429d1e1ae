// nice, nohup and stdbuf: coreutils wrappers that guides put in front of iptables. The world
// has no scheduler priorities, hangups or stdio buffers, so each just runs its command (after
// checking its own options the way coreutils 9.1 does).
import type { Command, CommandContext, CommandResult } from "../types.js";
import { done } from "./util.js";

/** Runs argv like exec would: a missing command is 127, as the wrappers report it. */
function runWrapped(ctx: CommandContext, argv: string[], notFound: (name: string) => string): CommandResult {
  if (ctx.lookup && !ctx.lookup(argv[0]!)) return done("", notFound(argv[0]!), 127);
  return ctx.run(argv);
}

/** nice [-n N | -N | --adjustment=N] [CMD…]: without a command it prints the niceness (0). */
export const nice: Command = {
  name: "nice",
  run(ctx) {
    const args = ctx.argv.slice(1);
    let adjustment: string | undefined;
    while (args.length && args[0]!.startsWith("-") && args[0] !== "-") {
      const a = args.shift()!;
      if (a === "--") break;
      if (a === "-n" || a === "--adjustment") adjustment = args.shift();
      else if (a.startsWith("--adjustment=")) adjustment = a.slice("--adjustment=".length);
      else if (/^-n./.test(a)) adjustment = a.slice(2);
      else if (/^-[+-]?[0-9]+$/.test(a)) adjustment = a.slice(1);
      else return done("", `nice: invalid option -- '${a.slice(1, 2)}'\nTry 'nice --help' for more information.\n`, 125);
      if (adjustment === undefined) return done("", "nice: option requires an argument -- 'n'\nTry 'nice --help' for more information.\n", 125);
    }
    if (adjustment !== undefined && !/^[+-]?[0-9]+$/.test(adjustment)) return done("", `nice: invalid adjustment '${adjustment}'\n`, 125);
    if (args.length === 0) {
      if (adjustment !== undefined) return done("", "nice: a command must be given with an adjustment\nTry 'nice --help' for more information.\n", 125);
      return done("0\n");
    }
    return runWrapped(ctx, args, (name) => `nice: '${name}': No such file or directory\n`);
  },
};

/** nohup CMD…: output is not a terminal here, so nothing goes to nohup.out. */
export const nohup: Command = {
  name: "nohup",
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === "--") args.shift();
    if (args.length === 0) return done("", "nohup: missing operand\nTry 'nohup --help' for more information.\n", 125);
    return runWrapped(ctx, args, (name) => `nohup: failed to run command '${name}': No such file or directory\n`);
  },
};

/** stdbuf -i/-o/-e MODE… CMD…: at least one mode is required. */
export const stdbuf: Command = {
  name: "stdbuf",
  run(ctx) {
    const args = ctx.argv.slice(1);
    let modes = 0;
    while (args.length && args[0]!.startsWith("-") && args[0] !== "-") {
      const a = args.shift()!;
      if (a === "--") break;
      const long = /^--(input|output|error)(?:=(.*))?$/.exec(a);
      const short = /^-([ioe])(.*)$/.exec(a);
      if (long) {
        if (long[2] === undefined && args.shift() === undefined) return done("", `stdbuf: option '--${long[1]}' requires an argument\nTry 'stdbuf --help' for more information.\n`, 125);
      } else if (short) {
        if (short[2] === "" && args.shift() === undefined) return done("", `stdbuf: option requires an argument -- '${short[1]}'\nTry 'stdbuf --help' for more information.\n`, 125);
      } else return done("", `stdbuf: invalid option -- '${a.slice(1, 2)}'\nTry 'stdbuf --help' for more information.\n`, 125);
      modes++;
    }
    if (args.length === 0) return done("", "stdbuf: missing operand\nTry 'stdbuf --help' for more information.\n", 125);
    if (modes === 0) return done("", "stdbuf: you must specify a buffering mode option\nTry 'stdbuf --help' for more information.\n", 125);
    return runWrapped(ctx, args, (name) => `stdbuf: failed to run command '${name}': No such file or directory\n`);
  },
};
