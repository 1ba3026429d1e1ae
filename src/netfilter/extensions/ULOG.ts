// -j ULOG: the old ulogd netlink logging target (IPv4 only). libipt_ULOG still ships, but this
// kernel has no ipt_ULOG module: libxtables warns while loading the extension and the kernel
// refuses every rule (ENOENT). The options are still checked the way libipt_ULOG checks them.
import type { TargetExtension } from "../extension.js";
import { badValue } from "./util/errors.js";
import { extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";

export interface UlogData {
  options: string[];
}

const SPECS: OptionSpec[] = [
  { name: "ulog-nlgroup", id: 0, args: 1 },
  { name: "ulog-prefix", id: 1, args: 1 },
  { name: "ulog-cprange", id: 2, args: 1 },
  { name: "ulog-qthreshold", id: 3, args: 1 },
];

const RANGES: Record<string, [number, number]> = {
  "ulog-nlgroup": [1, 32],
  "ulog-cprange": [0, 0xffffffff],
  "ulog-qthreshold": [1, 50],
};

const HELP =
  "ULOG target options:\n" +
  " --ulog-nlgroup nlgroup\t\tNETLINK group used for logging\n" +
  " --ulog-cprange size\t\tBytes of each packet to be passed\n" +
  " --ulog-qthreshold\t\tThreshold of in-kernel queue\n" +
  " --ulog-prefix prefix\t\tPrefix log messages with this prefix.\n";

export const ULOG: TargetExtension<UlogData> = {
  name: "ULOG",
  help: HELP,
  loadWarning: "Warning: Extension ULOG revision 0 not supported, missing kernel module?",
  options: extOptions(SPECS),
  init: () => ({ options: [] }),
  parse(data, call) {
    noteOption("ULOG", SPECS, data, call);
    const arg = call.args[0] ?? "";
    const range = RANGES[call.option];
    if (range && strtoulWhole(arg, range[0], range[1]) === undefined) throw badValue("ULOG", call.option, range[0], range[1]);
    data.options.push(`--${call.option} ${arg}`);
  },
  checkEntry: () => "No such file or directory",
  save: (data) => data.options.join(" "),
  print: (data) => ["ULOG", ...data.options].join(" "),
  action: () => ({ kind: "CONTINUE" }),
};
