// -j SET: add to, delete from or map through ipset sets. The emulated host has no ipset sets,
// so naming one always fails the way iptables fails for a set it cannot find; the option
// checks before and after that follow libxt_SET (revision 3).
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { TARGET_HELP } from "./target-util/help-texts.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { utf8Length } from "./util/utf8.js";

export interface SetTargetData {
  /** Options given, by name (parse-time only: a rule with SET never gets past its set name). */
  given: string[];
  timeout?: number;
}

const SET_OPTIONS = ["add-set", "del-set", "map-set"];
const MAX_NAME = 31;

export const SET: TargetExtension<SetTargetData> = {
  name: "SET",
  help: TARGET_HELP.SET,
  // (libxt_SET parses the old way and ignores a "!" before any of its options)
  options: [
    { name: "add-set", args: 2, invertible: true },
    { name: "del-set", args: 2, invertible: true },
    { name: "exist", args: 0, invertible: true },
    { name: "timeout", args: 1, invertible: true },
    { name: "map-set", args: 2, invertible: true },
    { name: "map-mark", args: 0, invertible: true },
    { name: "map-prio", args: 0, invertible: true },
    { name: "map-queue", args: 0, invertible: true },
  ],
  init: () => ({ given: [] }),
  parse(data, call) {
    const [name, flags] = call.args;
    if (SET_OPTIONS.includes(call.option)) {
      if (data.given.includes(call.option)) throw paramProblem(`--${call.option} can be specified only once`);
      if (flags === undefined || flags.startsWith("-") || flags.startsWith("!")) {
        throw paramProblem(`--${call.option} requires two args.`);
      }
      if (utf8Length(name ?? "") > MAX_NAME) {
        throw paramProblem(`setname \`${name}' too long, max ${MAX_NAME} characters.`);
      }
      throw paramProblem(`Set ${name} doesn't exist.\n`);
    }
    if (call.option === "timeout") {
      const timeout = strtoulWhole(name ?? "", 0, 0xfffffffe);
      if (timeout === undefined) throw paramProblem("Invalid value for option --timeout or out of range 0-4294967294");
      data.timeout = timeout;
    }
    data.given.push(call.option);
  },
  finalCheck(data) {
    const has = (o: string) => data.given.includes(o);
    if (!SET_OPTIONS.some(has)) throw paramProblem("You must specify either `--add-set' or `--del-set' or `--map-set'");
  },
  save: () => "",
  print: () => "",
  action: () => ({ kind: "CONTINUE" }),
};
