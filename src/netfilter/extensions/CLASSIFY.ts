// -j CLASSIFY: set skb->priority (the tc class MAJOR:MINOR, hex). Kernel: any table, but only
// from OUTPUT, FORWARD and POSTROUTING.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface ClassifyData {
  /** TC handle: major in the high 16 bits, minor in the low 16. */
  priority: number;
}

const SPECS: OptionSpec[] = [{ name: "set-class", id: 0, args: 1, mandatory: true }];

/** sscanf("%x:%x"): blanks and an optional 0x before each number; anything after is ignored. */
function parseClass(arg: string): number | undefined {
  const m = /^\s*[+]?(?:0[xX])?([0-9a-fA-F]+):\s*[+]?(?:0[xX])?([0-9a-fA-F]+)/.exec(arg);
  if (!m) return undefined;
  const major = parseInt(m[1]!.slice(-8), 16);
  const minor = parseInt(m[2]!.slice(-8), 16);
  return (((major << 16) & 0xffff0000) | (minor & 0xffff)) >>> 0;
}

export const CLASSIFY: TargetExtension<ClassifyData> = {
  name: "CLASSIFY",
  help: TARGET_HELP.CLASSIFY,
  options: extOptions(SPECS),
  hooks: ["OUTPUT", "FORWARD", "POSTROUTING"],
  init: () => ({ priority: 0 }),
  parse(data, call) {
    noteOption("CLASSIFY", SPECS, data, call);
    const arg = call.args[0] ?? "";
    const priority = parseClass(arg);
    if (priority === undefined) throw paramProblem(`Bad class value "${arg}"`);
    data.priority = priority;
  },
  finalCheck(data) {
    checkOptionTable("CLASSIFY", SPECS, data);
  },
  save(data) {
    const major = (data.priority >>> 16).toString(16).padStart(4, "0");
    const minor = (data.priority & 0xffff).toString(16).padStart(4, "0");
    return `--set-class ${major}:${minor}`;
  },
  print: (data) => `CLASSIFY set ${(data.priority >>> 16).toString(16)}:${(data.priority & 0xffff).toString(16)}`,
  // skb->priority only matters to traffic control, which the emulator does not model.
  action: () => ({ kind: "CONTINUE" }),
};
