// -j TOS (revision 1): tos = (tos & ~mask) ^ value. Mangle only.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue } from "./util/errors.js";
import { anyOptionGiven, checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { hex2, strtoulPrefix, strtoulWhole } from "./target-util/strtoul.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export interface TosData {
  value: number;
  mask: number;
}

const ALL = [0, 1, 2, 3];
const SPECS: OptionSpec[] = [
  { name: "set-tos", id: 0, args: 1, excl: ALL },
  { name: "and-tos", id: 1, args: 1, excl: ALL },
  { name: "or-tos", id: 2, args: 1, excl: ALL },
  { name: "xor-tos", id: 3, args: 1, excl: ALL },
];

const SYMBOLS: ReadonlyArray<[string, number]> = [
  ["Minimize-Delay", 0x10],
  ["Maximize-Throughput", 0x08],
  ["Maximize-Reliability", 0x04],
  ["Minimize-Cost", 0x02],
  ["Normal-Service", 0x00],
];

/** XTTYPE_TOSMASK: `value[/mask]` (mask 0xff when left out) or a symbol (mask 0x3f). */
function parseTosMask(arg: string): TosData {
  const first = strtoulPrefix(arg, 0, 255);
  if (first) {
    const illegal = () => paramProblem(`Illegal value: "${arg}"`);
    let rest = arg.slice(first.end);
    let mask = 0xff;
    if (rest[0] === "/") {
      const m = strtoulPrefix(rest.slice(1), 0, 255);
      if (!m) throw illegal();
      mask = m.value;
      rest = rest.slice(1 + m.end);
    }
    if (rest !== "") throw illegal();
    return { value: first.value, mask };
  }
  const symbol = SYMBOLS.find(([name]) => name.toLowerCase() === arg.toLowerCase());
  if (!symbol) throw paramProblem(`Symbolic name "${arg}" is unknown`);
  return { value: symbol[1], mask: 0x3f };
}

function describe(data: TosData): string {
  if (data.mask === 0x3f) {
    const symbol = SYMBOLS.find(([, v]) => v === data.value);
    // libxt_TOS prints its own leading space here, so the listing shows two.
    if (symbol) return ` TOS set${symbol[0]}`;
  }
  if (data.value === 0) return `TOS and ${hex2(~data.mask & 0xff)}`;
  if (data.value === data.mask) return `TOS or ${hex2(data.value)}`;
  if (data.mask === 0) return `TOS xor ${hex2(data.value)}`;
  return `TOS set ${hex2(data.value)}/${hex2(data.mask)}`;
}

export const TOS: TargetExtension<TosData> = {
  name: "TOS",
  help: TARGET_HELP.TOS,
  options: extOptions(SPECS),
  tables: ["mangle"],
  init: () => ({ value: 0, mask: 0 }),
  parse(data, call) {
    noteOption("TOS", SPECS, data, call);
    const arg = call.args[0] ?? "";
    if (call.option === "set-tos") {
      Object.assign(data, parseTosMask(arg));
      return;
    }
    const bits = strtoulWhole(arg, 0, 255);
    if (bits === undefined) throw badValue("TOS", call.option, 0, 255);
    if (call.option === "and-tos") Object.assign(data, { value: 0, mask: ~bits & 0xff });
    else if (call.option === "or-tos") Object.assign(data, { value: bits, mask: bits });
    else Object.assign(data, { value: bits, mask: 0 });
  },
  finalCheck(data) {
    if (!anyOptionGiven(data)) throw paramProblem("TOS: An action is required");
    checkOptionTable("TOS", SPECS, data);
  },
  save: (data) => `--set-tos ${hex2(data.value)}/${hex2(data.mask)}`,
  print: (data, opts) => (opts.numeric ? `TOS set ${hex2(data.value)}/${hex2(data.mask)}` : describe(data)),
  action(data, pkt) {
    pkt.tos = ((pkt.tos & ~data.mask) ^ data.value) & 0xff;
    return { kind: "CONTINUE" };
  },
};
