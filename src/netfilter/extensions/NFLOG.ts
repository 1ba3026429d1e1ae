// -j NFLOG: pass the packet to nfnetlink_log listeners and carry on. iptables-nft turns it
// into nftables' native `log group N` statement, which keeps the prefix (up to 127
// characters), the group, the snap length and the queue threshold — not --nflog-range.
// iptables-legacy keeps the xt_NFLOG structure: a 63-character prefix, and the range.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, tooShort } from "./util/errors.js";
import { checkOptionTable, extOptions, givenOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { saveString } from "./util/quote.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { truncateUtf8 } from "./util/utf8.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface NflogData {
  prefix: string;
  group: number;
  /** Snap length from --nflog-size; undefined when not given. */
  size?: number;
  /** --nflog-range, kept only by iptables-legacy. */
  range?: number;
  threshold: number;
}

const RANGE_ID = 2;
const SPECS: OptionSpec[] = [
  { name: "nflog-group", id: 0, args: 1 },
  { name: "nflog-prefix", id: 1, args: 1 },
  { name: "nflog-range", id: 2, args: 1, excl: [3] },
  { name: "nflog-size", id: 3, args: 1, excl: [2] },
  { name: "nflog-threshold", id: 4, args: 1 },
];

function uint(option: string, arg: string, max: number): number {
  const value = strtoulWhole(arg, 0, max);
  if (value === undefined) throw badValue("NFLOG", option, 0, max);
  return value;
}

function words(data: NflogData, prefix: string): string[] {
  const out: string[] = [];
  if (data.prefix) out.push(`${prefix}nflog-prefix ${saveString(data.prefix)}`);
  if (data.group) out.push(`${prefix}nflog-group ${data.group}`);
  if (data.size !== undefined) out.push(`${prefix}nflog-size ${data.size}`);
  else if (data.range) out.push(`${prefix}nflog-range ${data.range}`);
  if (data.threshold) out.push(`${prefix}nflog-threshold ${data.threshold}`);
  return out;
}

export const NFLOG: TargetExtension<NflogData> = {
  name: "NFLOG",
  help: TARGET_HELP.NFLOG,
  options: extOptions(SPECS),
  init: () => ({ prefix: "", group: 0, threshold: 0 }),
  parse(data, call) {
    noteOption("NFLOG", SPECS, data, call);
    const arg = call.args[0] ?? "";
    switch (call.option) {
      case "nflog-group":
        data.group = uint(call.option, arg, 65535);
        break;
      case "nflog-prefix":
        if (arg.length < 1) throw tooShort(1);
        if (arg.includes("\n")) throw paramProblem("Newlines not allowed in --log-prefix");
        data.prefix = truncateUtf8(arg, call.backend === "legacy" ? 63 : 127);
        break;
      case "nflog-range": {
        const range = uint(call.option, arg, 0xffffffff);
        if (call.backend === "legacy") data.range = range; // nft loses it in the translation
        break;
      }
      case "nflog-size":
        data.size = uint(call.option, arg, 0xffffffff);
        break;
      case "nflog-threshold":
        data.threshold = uint(call.option, arg, 65535);
        break;
    }
  },
  finalCheck(data, call) {
    if (givenOptions(data).has(RANGE_ID)) {
      call.warn?.("warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead\n");
    }
    checkOptionTable("NFLOG", SPECS, data);
  },
  save: (data) => words(data, "--").join(" "),
  print: (data) => words(data, "").join(" "),
  // Nobody listens on nfnetlink_log in the emulator; the packet just goes on.
  action: () => ({ kind: "CONTINUE" }),
};
