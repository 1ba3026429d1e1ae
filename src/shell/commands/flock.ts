// flock (util-linux 2.38): takes a lock on a file or descriptor, then runs a command. Nothing else
// in the tutor's world holds locks, so the lock is always granted at once.
import type { Command } from "../types.js";
import { done } from "./util.js";

const USAGE = "Try 'flock --help' for more information.\n";
/** sysexits: EX_USAGE, EX_NOINPUT, EX_UNAVAILABLE. */
const EX_USAGE = 64;
const EX_NOINPUT = 66;
const EX_UNAVAILABLE = 69;

const SHORT_FLAGS = "sexnoFu";
const SHORT_WITH_ARG = "wE";
const LONG: Record<string, string> = {
  shared: "s", exclusive: "x", unlock: "u", nonblocking: "n", nb: "n", "no-fork": "F", close: "o",
  timeout: "w=", wait: "w=", "conflict-exit-code": "E=", verbose: "v", help: "h", version: "V",
};

/** Options up to the first operand (flock stops there: the rest is the command's). */
function parseFlockOptions(argv: string[]): { rest: string[] } | { error: string } {
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return { rest: argv.slice(i + 1) };
    if (!a.startsWith("-") || a === "-") break;
    if (a.startsWith("--")) {
      const name = a.slice(2).split("=")[0]!;
      const keys = Object.keys(LONG).filter((k) => k.startsWith(name));
      const key = keys.includes(name) ? name : keys.length === 1 ? keys[0] : undefined;
      if (!key) return { error: keys.length > 1 ? `option '${a}' is ambiguous` : `unrecognized option '${a}'` };
      if (LONG[key]!.endsWith("=") && !a.includes("=")) {
        if (argv[i + 1] === undefined) return { error: `option '--${key}' requires an argument` };
        i++;
      }
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (SHORT_WITH_ARG.includes(c)) {
        if (j === a.length - 1) {
          if (argv[i + 1] === undefined) return { error: `option requires an argument -- '${c}'` };
          i++;
        }
        break;
      }
      if (!SHORT_FLAGS.includes(c) && c !== "h" && c !== "V") return { error: `invalid option -- '${c}'` };
    }
  }
  return { rest: argv.slice(i) };
}

export const flock: Command = {
  name: "flock",
  run(ctx) {
    const argv = ctx.argv.slice(1);
    if (argv.includes("-V") || argv.includes("--version")) return done("flock from util-linux 2.38.1\n");
    const parsed = parseFlockOptions(argv);
    if ("error" in parsed) return done("", `flock: ${parsed.error}\n${USAGE}`, EX_USAGE);
    const [target, ...command] = parsed.rest;
    if (target === undefined) return done("", `flock: not enough arguments\n${USAGE}`, EX_USAGE);
    if (command.length === 0) {
      // flock FD: the descriptor a redirection opened in the shell
      if (!/^[0-9]+$/.test(target)) return done("", `flock: bad file descriptor: '${target}'\n`, EX_USAGE);
      return done();
    }
    // the lock file is created when missing
    if (!ctx.fs.exists(target)) {
      const err = ctx.fs.writeFile(target, "");
      if (err) return done("", `flock: cannot open lock file ${target}: ${err}\n`, EX_NOINPUT);
    }
    if (command[0] === "-c" || command[0] === "--command") {
      if (command.length !== 2) return done("", `flock: ${command[0]} requires exactly one command argument\n`, EX_USAGE);
      return ctx.run([ctx.env["SHELL"] ?? "/bin/sh", "-c", command[1]!]);
    }
    if (ctx.lookup && !ctx.lookup(command[0]!)) return done("", `flock: failed to execute ${command[0]}: No such file or directory\n`, EX_UNAVAILABLE);
    return ctx.run(command);
  },
};
