// watch [options] CMD… (procps-ng 4.0.2): the emulated world only changes when the learner
// acts, so watch runs its command once (through `sh -c`, as real watch does, or directly with
// -x). Its options are read as getopt_long with "+": up to the first word that is not one.
import type { Command } from "../types.js";
import { done } from "./util.js";
import { getoptInOrder, type InOrderSpec } from "./getopt-in-order.js";

const OPTIONS = `Options:
  -b, --beep             beep if command has a non-zero exit
  -c, --color            interpret ANSI color and style sequences
  -d, --differences[=<permanent>]
                         highlight changes between updates
  -e, --errexit          exit if command has a non-zero exit
  -g, --chgexit          exit when output from command changes
  -q, --equexit <cycles>
                         exit when output from command does not change
  -n, --interval <secs>  seconds to wait between updates
  -p, --precise          attempt run command in precise intervals
  -t, --no-title         turn off header
  -w, --no-wrap          turn off line wrapping
  -x, --exec             pass command to exec instead of "sh -c"

 -h, --help     display this help and exit
 -v, --version  output version information and exit

For more details see watch(1).
`;
const USAGE = `\nUsage:\n watch [options] command\n\n${OPTIONS}`;

/** procps' "+bced::ghq:n:pvtwx" and its long options (-d's argument only as -dX or --differences=X). */
const SPEC: InOrderSpec = {
  flags: "bcegptwxhv", withArg: "qn", optionalArg: "d", stopAtOperand: true,
  long: [
    ["beep", "b", false], ["color", "c", false], ["differences", "d", "optional"], ["errexit", "e", false],
    ["chgexit", "g", false], ["equexit", "q", true], ["interval", "n", true], ["precise", "p", false],
    ["no-title", "t", false], ["no-wrap", "w", false], ["exec", "x", false], ["help", "h", false], ["version", "v", false],
  ],
};

class WatchUsage extends Error {}

type Parsed = { options: Map<string, string>; command: string[] } | { error: string };

function parse(args: string[]): Parsed {
  const options = new Map<string, string>();
  try {
    const command = getoptInOrder(args, SPEC, (key, value) => options.set(key, value), (message) => new WatchUsage(message));
    return { options, command };
  } catch (e) {
    if (e instanceof WatchUsage) return { error: `watch: ${e.message}\n${USAGE}` };
    throw e;
  }
}

export const watch: Command = {
  name: "watch",
  run(ctx) {
    const parsed = parse(ctx.argv.slice(1));
    if ("error" in parsed) return done("", parsed.error, 1);
    const { options, command } = parsed;
    if (options.has("h")) return done(USAGE, "", 0);
    if (options.has("v")) return done("watch from procps-ng 4.0.2\n", "", 0);
    for (const letter of ["n", "q"]) {
      const value = options.get(letter);
      if (value !== undefined && !/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value)) {
        return done("", `watch: failed to parse argument: '${value}': Invalid argument\n`, 1);
      }
    }
    if (command.length === 0) return done("", USAGE, 1);
    // (ncurses needs a terminal type: a case runs without TERM, as the oracle's commands do)
    if (!ctx.env["TERM"]) return done("", "Error opening terminal: unknown.\n", 1);
    const r = ctx.run(options.has("x") ? command : ["sh", "-c", command.join(" ")]);
    return done(r.stdout, r.stderr, r.rc);
  },
};
