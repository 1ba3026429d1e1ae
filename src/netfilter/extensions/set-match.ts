// -m set: ipset membership (libxt_set revision 4). The emulated host has no ipset sets, so every
// set name is refused the way iptables refuses a set it cannot find; the counter tests and
// flags are checked as libxt_set parses them (its own words, the old way).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";
import { strtoulPrefix } from "./util/strtoul.js";
import { utf8Length } from "./util/utf8.js";

export interface SetData {
  name: string;
  flags: string;
  /** The counters (packets, bytes) a test was given for. */
  counters: string[];
  seen: string[];
}

/** --packets-eq … --bytes-gt: one test per counter; only "eq" may be inverted (it becomes "ne"). */
const COUNTER_TESTS = ["packets-eq", "packets-lt", "packets-gt", "bytes-eq", "bytes-lt", "bytes-gt"];

function counterTest(d: SetData, option: string, arg: string, invert: boolean): void {
  const counter = option.startsWith("packets") ? "packets" : "bytes";
  if (d.counters.includes(counter)) throw paramProblem(`only one of the --${counter}-[eq|lt|gt] is allowed`);
  if (invert && !option.endsWith("-eq")) throw paramProblem(`--${option} option cannot be inverted`);
  const value = strtoulPrefix(arg, 0, 0);
  if (!value || value.end !== arg.length) throw paramProblem(`Cannot parse ${arg} as a counter value`);
  d.counters.push(counter);
}

export const setMatch: MatchExtension<SetData> = {
  name: "set",
  options: [
    { name: "match-set", args: 2, invertible: true },
    // the pre-2010 spelling, still accepted with a warning
    { name: "set", args: 2, invertible: true },
    { name: "return-nomatch", args: 0, invertible: true },
    { name: "update-counters", args: 0, invertible: true },
    { name: "update-subcounters", args: 0, invertible: true },
    ...COUNTER_TESTS.map((name) => ({ name, args: 1 as const, invertible: true })),
  ],
  init: () => ({ name: "", flags: "", counters: [], seen: [] }),
  parse(d, { option: given, args, invert, warn }) {
    if (given === "set") warn?.("--set option deprecated, please use --match-set\n");
    const option = given === "set" ? "match-set" : given;
    if (option === "return-nomatch" && invert) throw paramProblem("--return-nomatch flag cannot be inverted");
    checkOption("set", d.seen, option, true, { invertible: true, multi: true });
    if (COUNTER_TESTS.includes(option)) return counterTest(d, option, args[0] ?? "", invert);
    if (option !== "match-set") return;
    const [name, flags] = args;
    if (name === undefined || flags === undefined || flags.startsWith("-") || flags.startsWith("!")) throw paramProblem("--match-set requires two args.");
    if (utf8Length(name) > 31) throw paramProblem(`setname \`${name}' too long, max 31 characters.`);
    throw paramProblem(`Set ${name} doesn't exist.\n`);
  },
  finalCheck(d) {
    if (!d.seen.includes("match-set")) throw paramProblem("You must specify `--match-set' with proper arguments");
  },
  save: (d) => `--match-set ${d.name} ${d.flags}`,
  print: (d) => `match-set ${d.name} ${d.flags}`,
  match: () => false,
};
