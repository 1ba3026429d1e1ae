// -j TCPOPTSTRIP: remove TCP options (by kind number) from segments. Kernel: mangle table only,
// and the rule must match `-p tcp`. A stripped option is overwritten with NOPs (the header keeps
// its length), so later --tcp-option and tcpmss matches no longer see it.
import type { TargetExtension } from "../extension.js";
import { IPPROTO_TCP } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";

export interface TcpoptstripData {
  /** Option kinds to strip, ascending (the kernel keeps a 256-bit map). */
  kinds: number[];
}

const SPECS: OptionSpec[] = [{ name: "strip-options", id: 0, args: 1 }];

/** libxt_TCPOPTSTRIP's names, in its table order (the order help lists them). */
const OPTION_NAMES: [string, number, string][] = [
  ["wscale", 3, "Window scale"],
  ["mss", 2, "Maximum Segment Size"],
  ["sack-permitted", 4, "SACK permitted"],
  ["sack", 5, "Selective ACK"],
  ["timestamp", 8, "Timestamp"],
  ["md5", 19, "MD5 signature"],
];

/** Bytes each option takes as Linux sends them (MSS, window scale, SACK permitted, timestamps). */
const OPTION_LENGTH: Record<number, number> = { 2: 4, 3: 3, 4: 2, 8: 10 };

const HELP =
  "TCPOPTSTRIP target options:\n" +
  "  --strip-options value     strip specified TCP options denoted by value\n" +
  "                            (separated by comma) from TCP header\n" +
  "  Instead of the numeric value, you can also use the following names:\n" +
  OPTION_NAMES.map(([name, , desc]) => `    ${name.padEnd(14)}    strip "${desc}" option\n`).join("");

function parseKinds(list: string): number[] {
  const kinds = new Set<number>();
  for (const item of list.split(",")) {
    const kind = OPTION_NAMES.find(([name]) => name === item)?.[1] ?? strtoulWhole(item, 0, 255);
    if (kind === undefined) throw paramProblem(`Bad TCP option value "${item}"`);
    if (kind < 2) throw paramProblem("Option value may not be 0 or 1");
    if (kinds.has(kind)) throw paramProblem(`Option "${item}" already specified`);
    kinds.add(kind);
  }
  return [...kinds].sort((a, b) => a - b);
}

function listKinds(kinds: number[], numeric: boolean): string {
  return kinds.map((k) => (numeric ? undefined : OPTION_NAMES.find(([, kind]) => kind === k)?.[0]) ?? String(k)).join(",");
}

export const TCPOPTSTRIP: TargetExtension<TcpoptstripData> = {
  name: "TCPOPTSTRIP",
  help: HELP,
  options: extOptions(SPECS),
  tables: ["mangle"],
  init: () => ({ kinds: [] }),
  parse(data, call) {
    noteOption("TCPOPTSTRIP", SPECS, data, call);
    data.kinds = parseKinds(call.args[0] ?? "");
  },
  checkEntry: (_data, call) => call.rule.proto === IPPROTO_TCP && !call.rule.protoInvert,
  save: (data) => (data.kinds.length ? `--strip-options ${listKinds(data.kinds, true)}` : ""),
  print: (data, opts) => (data.kinds.length ? `TCPOPTSTRIP options ${listKinds(data.kinds, opts.numeric)}` : ""),
  action(data, pkt) {
    if (pkt.tcpOptions?.some((k) => data.kinds.includes(k))) {
      pkt.tcpOptions = pkt.tcpOptions.flatMap((k) => (data.kinds.includes(k) ? new Array<number>(OPTION_LENGTH[k] ?? 2).fill(1) : [k]));
      if (data.kinds.includes(2)) delete pkt.tcpMss;
    }
    return { kind: "CONTINUE" };
  },
};
