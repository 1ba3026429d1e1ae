// -j LED: blink a LED trigger on matching packets. libxt_LED ships, this kernel has no xt_LED:
// libxtables warns while loading it and the kernel refuses every rule (ENOENT).
import type { TargetExtension } from "../extension.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";

export interface LedData {
  options: string[];
}

const SPECS: OptionSpec[] = [
  { name: "led-trigger-id", id: 0, args: 1, mandatory: true },
  { name: "led-delay", id: 1, args: 1 },
  { name: "led-always-blink", id: 2, args: 0 },
];

const HELP =
  "LED target options:\n" +
  "--led-trigger-id name           suffix for led trigger name\n" +
  "--led-delay ms                  leave the LED on for this number of\n" +
  "                                milliseconds after triggering.\n" +
  "--led-always-blink              blink on arriving packets, even if\n" +
  "                                the LED is already on.\n";

export const LED: TargetExtension<LedData> = {
  name: "LED",
  help: HELP,
  loadWarning: "Warning: Extension LED revision 0 not supported, missing kernel module?",
  options: extOptions(SPECS),
  init: () => ({ options: [] }),
  parse(data, call) {
    noteOption("LED", SPECS, data, call);
    data.options.push(`--${call.option}${call.args.length ? ` ${call.args[0]}` : ""}`);
  },
  finalCheck(data) {
    checkOptionTable("LED", SPECS, data);
  },
  checkEntry: () => "No such file or directory",
  save: (data) => data.options.join(" "),
  print: (data) => ["led", ...data.options].join(" "),
  action: () => ({ kind: "CONTINUE" }),
};
