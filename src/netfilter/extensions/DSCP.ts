// -j DSCP: rewrite the DiffServ code point (the upper six bits of the TOS byte). Mangle only.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue } from "./util/errors.js";
import { anyOptionGiven, checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { hex2, strtoulWhole } from "./target-util/strtoul.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface DscpData {
  dscp: number;
}

const SPECS: OptionSpec[] = [
  { name: "set-dscp", id: 0, args: 1, excl: [1] },
  { name: "set-dscp-class", id: 1, args: 1, excl: [0] },
];

/** DiffServ class names; the first whose name starts the argument wins. */
const CLASSES: ReadonlyArray<[string, number]> = [
  ["CS0", 0x00], ["CS1", 0x08], ["CS2", 0x10], ["CS3", 0x18], ["CS4", 0x20], ["CS5", 0x28],
  ["CS6", 0x30], ["CS7", 0x38], ["BE", 0x00], ["AF11", 0x0a], ["AF12", 0x0c], ["AF13", 0x0e],
  ["AF21", 0x12], ["AF22", 0x14], ["AF23", 0x16], ["AF31", 0x1a], ["AF32", 0x1c], ["AF33", 0x1e],
  ["AF41", 0x22], ["AF42", 0x24], ["AF43", 0x26], ["EF", 0x2e],
];

export const DSCP: TargetExtension<DscpData> = {
  name: "DSCP",
  help: TARGET_HELP.DSCP,
  options: extOptions(SPECS),
  tables: ["mangle"],
  init: () => ({ dscp: 0 }),
  parse(data, call) {
    noteOption("DSCP", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.option === "set-dscp") {
      const dscp = strtoulWhole(arg, 0, 63);
      if (dscp === undefined) throw badValue("DSCP", "set-dscp", 0, 63);
      data.dscp = dscp;
      return;
    }
    const hit = CLASSES.find(([name]) => arg.toUpperCase().startsWith(name));
    if (!hit) throw paramProblem(`Invalid DSCP value \`${arg}'`);
    data.dscp = hit[1];
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) throw paramProblem("DSCP target: Parameter --set-dscp is required");
    checkOptionTable("DSCP", SPECS, data);
  },
  save: (data) => `--set-dscp ${hex2(data.dscp)}`,
  print: (data) => `DSCP set ${hex2(data.dscp)}`,
  action(data, pkt) {
    pkt.tos = ((pkt.tos & 0x03) | (data.dscp << 2)) & 0xff;
    return { kind: "CONTINUE" };
  },
};
