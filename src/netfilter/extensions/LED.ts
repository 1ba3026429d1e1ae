// -j LED: blink a LED trigger on matching packets. libxt_LED ships, this kernel has no xt_LED:
// libxtables warns while loading it and the kernel refuses every rule (ENOENT).
import { paramProblem } from "../xtables-error.js";
import { missingModuleTarget } from "./target-util/missing-module.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { checkOptionTable, type OptionSpec } from "./target-util/options.js";
import { utf8Length } from "./util/utf8.js";

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

export const LED = missingModuleTarget({
  name: "LED",
  specs: SPECS,
  help: HELP,
  listName: "led",
  checkValue(option, arg) {
    // the trigger is "netfilter-" plus the id in 27 bytes; a delay starting "inf" is forever
    if (option === "led-trigger-id" && utf8Length(arg) > 16) throw paramProblem("Argument must have a maximum length of 16 characters\n");
    if (option === "led-delay" && !/^inf/i.test(arg) && strtoulWhole(arg) === undefined) throw paramProblem("Delay value must be within range 0..4294967295");
  },
  // libxt_LED's print: the id quoted (with '"' and '\\' escaped), the delay as a C int
  describe(given) {
    const id = (given.get("led-trigger-id") ?? "").replace(/["\\]/g, "\\$&");
    const arg = given.get("led-delay");
    const delay = arg === undefined ? 0 : /^inf/i.test(arg) ? -1 : strtoulWhole(arg)! | 0;
    return `led-trigger-id:"${id}" led-delay:${delay === -1 ? "inf" : `${delay}ms`}${given.has("led-always-blink") ? " led-always-blink" : ""}`;
  },
  finalCheck: (data) => checkOptionTable("LED", SPECS, data),
});
