// -m set: ipset membership. The emulated host has no ipset sets, so every set name is
// refused the way iptables refuses a set it cannot find.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOption } from "./util/errors.js";

export interface SetData {
  name: string;
  flags: string;
  seen: string[];
}

export const setMatch: MatchExtension<SetData> = {
  name: "set",
  options: [
    { name: "match-set", args: 2, invertible: true },
    { name: "return-nomatch", args: 0 },
    { name: "update-counters", args: 0, invertible: true },
    { name: "update-subcounters", args: 0, invertible: true },
  ],
  init: () => ({ name: "", flags: "", seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("set", d.seen, option, invert, { invertible: option !== "return-nomatch", multi: true });
    if (option !== "match-set") return;
    const [name, flags] = args;
    if (name === undefined || flags === undefined || flags.startsWith("-") || flags.startsWith("!")) throw paramProblem("--match-set requires two args.");
    if (name.length > 31) throw paramProblem(`setname \`${name}' too long, max 31 characters.`);
    throw paramProblem(`Set ${name} doesn't exist.\n`);
  },
  finalCheck(d) {
    if (!d.seen.includes("match-set")) throw paramProblem("You must specify `--match-set' with proper arguments");
  },
  save: (d) => `--match-set ${d.name} ${d.flags}`,
  print: (d) => `match-set ${d.name} ${d.flags}`,
  match: () => false,
};
