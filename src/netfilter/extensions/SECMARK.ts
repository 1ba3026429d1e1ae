// -j SECMARK --selctx CONTEXT: label packets with an SELinux context. Kernel: mangle and
// security tables only; this kernel has no SELinux, so it cannot resolve any context and
// refuses every rule there with ENOENT.
import type { TargetExtension } from "../extension.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";

export interface SecmarkData {
  context: string;
}

const SPECS: OptionSpec[] = [{ name: "selctx", id: 0, args: 1, mandatory: true }];

const HELP = "SECMARK target options:\n  --selctx value                     Set the SELinux security context\n";

export const SECMARK: TargetExtension<SecmarkData> = {
  name: "SECMARK",
  help: HELP,
  options: extOptions(SPECS),
  tables: ["mangle", "security"],
  init: () => ({ context: "" }),
  parse(data, call) {
    noteOption("SECMARK", SPECS, data, call);
    data.context = call.args[0] ?? "";
  },
  finalCheck(data) {
    checkOptionTable("SECMARK", SPECS, data);
  },
  checkEntry: () => "No such file or directory",
  save: (data) => `--selctx ${data.context}`,
  print: (data) => `SECMARK selctx ${data.context}`,
  action: () => ({ kind: "CONTINUE" }),
};
