// -j MARK (revision 2): mark = (mark & ~mask) ^ value. Every option becomes one value/mask
// pair, which is why save always prints --set-xmark. Any table and hook.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { describeXmark, parseMarkMask, parseUint } from "./target-util/mark-mask.js";
import { anyOptionGiven, checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface MarkData {
  value: number;
  mask: number;
}

const ALL = [0, 1, 2, 3, 4];
/** Table order and ids as in libxt_MARK (set-xmark is listed first but has id 4). */
const SPECS: OptionSpec[] = [
  { name: "set-xmark", id: 4, args: 1, excl: ALL },
  { name: "set-mark", id: 0, args: 1, excl: ALL },
  { name: "and-mark", id: 1, args: 1, excl: ALL },
  { name: "or-mark", id: 2, args: 1, excl: ALL },
  { name: "xor-mark", id: 3, args: 1, excl: ALL },
];

export const MARK: TargetExtension<MarkData> = {
  name: "MARK",
  help: TARGET_HELP.MARK,
  options: extOptions(SPECS),
  init: () => ({ value: 0, mask: 0 }),
  parse(data, call) {
    noteOption("MARK", SPECS, data, call);
    const arg = call.args[0] ?? "";
    switch (call.option) {
      case "set-xmark": {
        const { value, mask } = parseMarkMask("MARK", call.option, arg);
        data.value = value;
        data.mask = mask;
        break;
      }
      case "set-mark": {
        const { value, mask } = parseMarkMask("MARK", call.option, arg);
        data.value = value;
        data.mask = (value | mask) >>> 0;
        break;
      }
      case "and-mark":
        data.value = 0;
        data.mask = ~parseUint("MARK", call.option, arg) >>> 0;
        break;
      case "or-mark":
        data.value = data.mask = parseUint("MARK", call.option, arg);
        break;
      case "xor-mark":
        data.value = parseUint("MARK", call.option, arg);
        data.mask = 0;
        break;
    }
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) {
      throw paramProblem("MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required");
    }
    checkOptionTable("MARK", SPECS, data);
  },
  save: (data) => `--set-xmark 0x${data.value.toString(16)}/0x${data.mask.toString(16)}`,
  print: (data) => `MARK ${describeXmark(data.value, data.mask)}`,
  action(data, pkt) {
    pkt.mark = ((pkt.mark & ~data.mask) ^ data.value) >>> 0;
    return { kind: "CONTINUE" };
  },
};
