// -j CONNSECMARK --save|--restore: copy the SELinux security mark between packet and
// connection. Kernel: mangle and security tables only. The emulator has no security marks,
// so it only continues.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { anyOptionGiven, checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";

export interface ConnsecmarkData {
  mode: "save" | "restore" | "";
}

const SPECS: OptionSpec[] = [
  { name: "save", id: 0, args: 0, excl: [1] },
  { name: "restore", id: 1, args: 0, excl: [0] },
];

const HELP =
  "CONNSECMARK target options:\n" +
  "  --save                   Copy security mark from packet to conntrack\n" +
  "  --restore                Copy security mark from connection to packet\n";

export const CONNSECMARK: TargetExtension<ConnsecmarkData> = {
  name: "CONNSECMARK",
  help: HELP,
  options: extOptions(SPECS),
  tables: ["mangle", "security"],
  init: () => ({ mode: "" }),
  parse(data, call) {
    noteOption("CONNSECMARK", SPECS, data, call);
    data.mode = call.option === "save" ? "save" : "restore";
  },
  finalCheck(data) {
    checkOptionTable("CONNSECMARK", SPECS, data);
    if (!anyOptionGiven(data)) throw paramProblem("CONNSECMARK target: parameter required");
  },
  save: (data) => (data.mode ? `--${data.mode}` : ""),
  print: (data) => (data.mode ? `CONNSECMARK ${data.mode}` : ""),
  action: () => ({ kind: "CONTINUE" }),
};
