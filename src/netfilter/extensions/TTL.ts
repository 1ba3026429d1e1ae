// -j TTL: set, raise or lower the IP time-to-live. Mangle only.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue } from "./util/errors.js";
import { anyOptionGiven, checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface TtlData {
  mode: "set" | "inc" | "dec";
  ttl: number;
}

const ALL = [0, 1, 2];
const SPECS: OptionSpec[] = [
  { name: "ttl-set", id: 0, args: 1, excl: ALL },
  { name: "ttl-dec", id: 2, args: 1, excl: ALL },
  { name: "ttl-inc", id: 1, args: 1, excl: ALL },
];

const WORDING = { set: "set to", dec: "decrement by", inc: "increment by" } as const;

export const TTL: TargetExtension<TtlData> = {
  name: "TTL",
  help: TARGET_HELP.TTL,
  options: extOptions(SPECS),
  tables: ["mangle"],
  init: () => ({ mode: "set", ttl: 0 }),
  parse(data, call) {
    noteOption("TTL", SPECS, data, call);
    const min = call.option === "ttl-set" ? 0 : 1;
    const ttl = strtoulWhole(call.args[0] ?? "", min, 255);
    if (ttl === undefined) throw badValue("TTL", call.option, min, 255);
    data.mode = call.option === "ttl-set" ? "set" : call.option === "ttl-inc" ? "inc" : "dec";
    data.ttl = ttl;
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) throw paramProblem("TTL: You must specify an action");
    checkOptionTable("TTL", SPECS, data);
  },
  save: (data) => `--ttl-${data.mode} ${data.ttl}`,
  print: (data) => `TTL ${WORDING[data.mode]} ${data.ttl}`,
  action(data, pkt) {
    if (data.mode === "set") pkt.ttl = data.ttl;
    else if (data.mode === "inc") pkt.ttl = Math.min(255, pkt.ttl + data.ttl);
    else pkt.ttl = Math.max(0, pkt.ttl - data.ttl);
    return { kind: "CONTINUE" };
  },
};
