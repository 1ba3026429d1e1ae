// -j AUDIT --type accept|drop|reject: write an audit record and carry on. Any table.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface AuditData {
  type: "accept" | "drop" | "reject";
}

const SPECS: OptionSpec[] = [{ name: "type", id: 0, args: 1, mandatory: true }];
const TYPES = ["accept", "drop", "reject"] as const;

export const AUDIT: TargetExtension<AuditData> = {
  name: "AUDIT",
  help: TARGET_HELP.AUDIT,
  options: extOptions(SPECS),
  init: () => ({ type: "accept" }),
  parse(data, call) {
    noteOption("AUDIT", SPECS, data, call);
    const arg = call.args[0] ?? "";
    const type = TYPES.find((t) => t === arg.toLowerCase());
    if (!type) throw paramProblem(`Bad action type value "${arg}"`);
    data.type = type;
  },
  finalCheck(data) {
    checkOptionTable("AUDIT", SPECS, data);
  },
  save: (data) => `--type ${data.type}`,
  print: (data) => `AUDIT ${data.type}`,
  // The audit subsystem is not emulated; the record goes nowhere.
  action: () => ({ kind: "CONTINUE" }),
};
