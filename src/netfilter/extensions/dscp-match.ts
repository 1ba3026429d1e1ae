// -m dscp: the six DSCP bits of the TOS byte, by number or by class name (AF41, EF, CS1, …).
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotCombine, checkOption } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

const CLASSES: [string, number][] = [
  ["CS0", 0x00], ["CS1", 0x08], ["CS2", 0x10], ["CS3", 0x18], ["CS4", 0x20], ["CS5", 0x28], ["CS6", 0x30], ["CS7", 0x38],
  ["BE", 0x00], ["AF11", 0x0a], ["AF12", 0x0c], ["AF13", 0x0e], ["AF21", 0x12], ["AF22", 0x14], ["AF23", 0x16],
  ["AF31", 0x1a], ["AF32", 0x1c], ["AF33", 0x1e], ["AF41", 0x22], ["AF42", 0x24], ["AF43", 0x26], ["EF", 0x2e],
];

export interface DscpData {
  dscp: number;
  invert: boolean;
  seen: string[];
}

const hex2 = (n: number) => `0x${n.toString(16).padStart(2, "0")}`;

export const dscpMatch: MatchExtension<DscpData> = {
  name: "dscp",
  options: [
    { name: "dscp", args: 1, invertible: true },
    { name: "dscp-class", args: 1, invertible: true },
  ],
  init: () => ({ dscp: 0, invert: false, seen: [] }),
  parse(d, { option, args, invert }) {
    checkOption("dscp", d.seen, option, invert, { invertible: true });
    const arg = args[0]!;
    if (option === "dscp") {
      const n = strtoul(arg, 0, 63);
      if (n === undefined) throw badValue("dscp", "dscp", 0, 63);
      d.dscp = n;
    } else {
      // The typed text only has to start with a class name.
      const found = CLASSES.find(([name]) => arg.toLowerCase().startsWith(name.toLowerCase()));
      if (!found) throw paramProblem(`Invalid DSCP value \`${arg}'`);
      d.dscp = found[1];
    }
    if (invert) d.invert = true;
  },
  finalCheck(d) {
    if (d.seen.length === 0) throw paramProblem("DSCP match: Parameter --dscp is required");
    if (d.seen.length > 1) throw cannotCombine("dscp", "dscp", "dscp-class");
  },
  save: (d) => `${d.invert ? "! " : ""}--dscp ${hex2(d.dscp)}`,
  print: (d) => `DSCP match ${d.invert ? "!" : ""}${hex2(d.dscp)}`,
  match: (d, pkt) => (pkt.tos >> 2 === d.dscp) !== d.invert,
};
