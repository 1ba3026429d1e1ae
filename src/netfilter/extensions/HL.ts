// -j HL (ip6tables only): set, raise or lower the IPv6 hop limit. Mangle only.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue } from "./util/errors.js";
import { anyOptionGiven, checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";

export interface HlTargetData {
  mode: "set" | "inc" | "dec";
  hl: number;
}

const ALL = [0, 1, 2];
const SPECS: OptionSpec[] = [
  { name: "hl-set", id: 0, args: 1, excl: ALL },
  { name: "hl-dec", id: 2, args: 1, excl: ALL },
  { name: "hl-inc", id: 1, args: 1, excl: ALL },
];

const WORDING = { set: "set to", dec: "decrement by", inc: "increment by" } as const;

export const HL: TargetExtension<HlTargetData> = {
  name: "HL",
  help: "HL target options\n  --hl-set value\t\tSet HL to <value 0-255>\n  --hl-dec value\t\tDecrement HL by <value 1-255>\n  --hl-inc value\t\tIncrement HL by <value 1-255>\n",
  options: extOptions(SPECS),
  tables: ["mangle"],
  init: () => ({ mode: "set", hl: 0 }),
  parse(data, call) {
    noteOption("HL", SPECS, data, call);
    const min = call.option === "hl-set" ? 0 : 1;
    const hl = strtoulWhole(call.args[0] ?? "", min, 255);
    if (hl === undefined) throw badValue("HL", call.option, min, 255);
    data.mode = call.option === "hl-set" ? "set" : call.option === "hl-inc" ? "inc" : "dec";
    data.hl = hl;
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) throw paramProblem("HL: You must specify an action");
    checkOptionTable("HL", SPECS, data);
  },
  save: (data) => `--hl-${data.mode} ${data.hl}`,
  print: (data) => `HL ${WORDING[data.mode]} ${data.hl}`,
  action(data, pkt) {
    if (data.mode === "set") pkt.ttl = data.hl;
    else if (data.mode === "inc") pkt.ttl = Math.min(255, pkt.ttl + data.hl);
    else pkt.ttl = Math.max(0, pkt.ttl - data.hl);
    return { kind: "CONTINUE" };
  },
};
