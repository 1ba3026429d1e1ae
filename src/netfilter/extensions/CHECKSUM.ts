// -j CHECKSUM --checksum-fill: compute a missing UDP/TCP checksum (virtual machine bridges).
// Mangle only.
import type { TargetExtension } from "../extension.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface ChecksumData {
  fill: boolean;
}

const SPECS: OptionSpec[] = [{ name: "checksum-fill", id: 0, args: 0, mandatory: true }];

export const CHECKSUM: TargetExtension<ChecksumData> = {
  name: "CHECKSUM",
  help: TARGET_HELP.CHECKSUM,
  options: extOptions(SPECS),
  tables: ["mangle"],
  init: () => ({ fill: false }),
  parse(data, call) {
    noteOption("CHECKSUM", SPECS, data, call);
    data.fill = true;
  },
  finalCheck(data) {
    checkOptionTable("CHECKSUM", SPECS, data);
  },
  save: (data) => (data.fill ? "--checksum-fill" : ""),
  print: (data) => (data.fill ? "CHECKSUM fill" : "CHECKSUM"),
  // Emulated packets carry no checksums.
  action: () => ({ kind: "CONTINUE" }),
};
