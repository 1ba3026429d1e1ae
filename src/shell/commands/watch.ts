// watch [options] CMD… (procps-ng 4.0.2): the emulated world only changes when the learner
// acts, so watch runs its command once (through `sh -c`, as real watch does, or directly with
// -x). Its options are read as getopt_long with "+": up to the first word that is not one.
import type { Command } from "../types.js";
import { done } from "./util.js";

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

/** Long options: name → its short letter, and whether it takes an argument (optional for -d). */
const LONG: Record<string, [string, "none" | "required" | "optional"]> = {
  beep: ["b", "none"], color: ["c", "none"], differences: ["d", "optional"], errexit: ["e", "none"],
  chgexit: ["g", "none"], equexit: ["q", "required"], interval: ["n", "required"], precise: ["p", "none"],
  "no-title": ["t", "none"], "no-wrap": ["w", "none"], exec: ["x", "none"], help: ["h", "none"], version: ["v", "none"],
};
const FLAGS = "bcdegptwxhv";
const WITH_ARG = "qn";

type Parsed = { options: Map<string, string>; command: string[] } | { error: string };

function parse(args: string[]): Parsed {
  const options = new Map<string, string>();
  const bad = (message: string): Parsed => ({ error: `watch: ${message}\n${USAGE}` });
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const found = Object.keys(LONG).filter((n) => n.startsWith(name));
      const exact = LONG[name] ? name : found.length === 1 ? found[0] : undefined;
      if (exact === undefined) {
        if (found.length > 1) return bad(`option '${eq < 0 ? a : a.slice(0, eq)}' is ambiguous; possibilities:${found.map((n) => ` '--${n}'`).join("")}`);
        return bad(`unrecognized option '${a}'`);
      }
      const [letter, arg] = LONG[exact]!;
      if (arg === "none" && eq >= 0) return bad(`option '--${exact}' doesn't allow an argument`);
      let value = eq >= 0 ? a.slice(eq + 1) : "";
      if (arg === "required" && eq < 0) {
        if (i + 1 >= args.length) return bad(`option '--${exact}' requires an argument`);
        value = args[++i]!;
      }
      options.set(letter, value);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (WITH_ARG.includes(c)) {
        if (j + 1 < a.length) options.set(c, a.slice(j + 1));
        else if (i + 1 < args.length) options.set(c, args[++i]!);
        else return bad(`option requires an argument -- '${c}'`);
        break;
      }
      if (!FLAGS.includes(c)) return bad(`invalid option -- '${c}'`);
      // (-d's optional argument is only ever the rest of its word)
      if (c === "d") {
        options.set(c, a.slice(j + 1));
        break;
      }
      options.set(c, "");
    }
  }
  return { options, command: args.slice(i) };
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
