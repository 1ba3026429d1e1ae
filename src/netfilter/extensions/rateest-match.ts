// -m rateest: compare the rate a RATEEST estimator measured with a given rate (absolute mode,
// --rateest NAME) or with a second estimator (relative mode, --rateest1/--rateest2), optionally
// as differences (--rateest-delta). libxt_rateest parses the old way: the rate after
// --rateest-bps* / --rateest-pps* is optional (taken when the next word starts with neither
// '-' nor '!') and each option checks its own '!'. Rates are kept in bytes per second.
// An estimator exists while a RATEEST rule makes it or a rateest rule holds it, in any table
// of the rule set (the kernel's are shared by the whole namespace); the emulated ones measure
// nothing, so they read 0.
import type { MatchExtension } from "../extension.js";
import type { Rule } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { fixedRatio, parseDoublePrefix } from "./util/float.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { peerTables } from "./util/table-peers.js";
import { truncateUtf8 } from "./util/utf8.js";

type Mode = "" | "lt" | "gt" | "eq";

export interface RateestMatchData {
  name1: string;
  name2: string;
  delta: boolean;
  bps: boolean;
  pps: boolean;
  /** Relative mode (--rateest2 given); absolute otherwise, once the final check ran. */
  rel: boolean;
  abs: boolean;
  invert: boolean;
  mode: Mode;
  bps1: number;
  pps1: number;
  bps2: number;
  pps2: number;
  /** Options given (libxt_rateest's flag bits), by their canonical names. */
  seen: string[];
}

const HELP =
  "rateest match options:\n" +
  " --rateest1 name\t\tRate estimator name\n" +
  " --rateest2 name\t\tRate estimator name\n" +
  " --rateest-delta\t\tCompare difference(s) to given rate(s)\n" +
  " --rateest-bps1 [bps]\t\tCompare bps\n" +
  " --rateest-pps1 [pps]\t\tCompare pps\n" +
  " --rateest-bps2 [bps]\t\tCompare bps\n" +
  " --rateest-pps2 [pps]\t\tCompare pps\n" +
  " [!] --rateest-lt\t\tMatch if rate is less than given rate/estimator\n" +
  " [!] --rateest-gt\t\tMatch if rate is greater than given rate/estimator\n" +
  " [!] --rateest-eq\t\tMatch if rate is equal to given rate/estimator\n";

/** Option name -> the one it stands for (the absolute-mode aliases). */
const CANONICAL: Record<string, string> = {
  rateest: "rateest1",
  "rateest-bps": "rateest-bps2",
  "rateest-pps": "rateest-pps2",
};

/** What "! --X" says for the options that refuse it. */
const NO_INVERT: Record<string, string> = {
  rateest1: "rateest",
  rateest2: "rateest",
  "rateest-bps1": "rateest-bps",
  "rateest-bps2": "rateest-bps",
  "rateest-pps1": "rateest-pps",
  "rateest-pps2": "rateest-pps",
  "rateest-delta": "rateest-delta",
};

// iproute's rate units, matched without regard to case, first hit wins
const UNITS: [string, number][] = [
  ["bit", 1], ["Kibit", 1024], ["kbit", 1000], ["Mibit", 1024 ** 2], ["mbit", 1e6],
  ["Gibit", 1024 ** 3], ["gbit", 1e9], ["Tibit", 1024 ** 4], ["tbit", 1e12],
  ["Bps", 8], ["KiBps", 8 * 1024], ["KBps", 8000], ["MiBps", 8 * 1024 ** 2], ["MBps", 8e6],
  ["GiBps", 8 * 1024 ** 3], ["GBps", 8e9], ["TiBps", 8 * 1024 ** 4], ["TBps", 8e12],
];

/** A C double stored in a uint32_t (x86-64: through a 64-bit integer). */
function toU32(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 63) return 0;
  return Number(BigInt(Math.trunc(x)) & 0xffffffffn);
}

/** Bits per second with an optional unit -> bytes per second; undefined when unreadable. */
function parseRate(text: string): number | undefined {
  const num = parseDoublePrefix(text);
  if (!num) return undefined;
  const unit = text.slice(num.end);
  if (unit === "") return toU32(num.value / 8);
  const hit = UNITS.find(([name]) => name.toLowerCase() === unit.toLowerCase());
  return hit ? toU32((num.value * hit[1]) / 8) : undefined;
}

function rateText(bytes: number, numeric: boolean): string {
  if (numeric) return ` ${bytes}`;
  const bits = BigInt(bytes) * 8n;
  if (bits >= 1000000000n) return ` ${fixedRatio(bits, 1000000n, 0)}Mbit`;
  if (bits >= 1000000n) return ` ${fixedRatio(bits, 1000n, 0)}Kbit`;
  return ` ${bits}bit`;
}

function modeText(d: RateestMatchData, prefix: string): string {
  return `${d.invert ? " !" : ""} ${prefix}${d.mode}`;
}

function onlyOnce(d: RateestMatchData, name: string, shown = `--${name}`): void {
  if (d.seen.includes(name)) throw paramProblem(`rateest: can't specify ${shown} twice`);
  d.seen.push(name);
}

function takeRate(d: RateestMatchData, option: string, arg: string | undefined): void {
  const slot = option.slice("rateest-".length) as "bps1" | "bps2" | "pps1" | "pps2";
  if (slot.startsWith("bps")) d.bps = true;
  else d.pps = true;
  if (arg === undefined) return;
  const value = slot.startsWith("bps") ? parseRate(arg) : strtoulWhole(arg);
  if (value === undefined) throw paramProblem(`rateest: could not parse ${slot.startsWith("bps") ? "rate" : "pps"} \`${arg}'`);
  d[slot] = value;
}

function saveRates(d: RateestMatchData, kind: "bps" | "pps", r1: number, r2: number): string {
  const numeric = kind === "pps";
  let out = d.delta
    ? ` --rateest-${kind}1${rateText(r1, numeric)}${modeText(d, "--rateest-")} --rateest-${kind}2`
    : `${modeText(d, "--rateest-")} --rateest-${kind}`;
  if (d.abs || d.delta) out += rateText(r2, numeric);
  return out;
}

/** Estimator names made by RATEEST rules or held by rateest ones (the kernel keeps 15 characters). */
function estimatorNames(rules: Iterable<Rule>, names: Set<string>, self: RateestMatchData): void {
  for (const r of rules) {
    const a = r.action;
    if (a.kind === "target" && a.target.name === "RATEEST") names.add((a.target.data as { name: string }).name); // (RATEEST already kept 15 bytes)
    for (const m of r.matches) {
      if (m.name !== "rateest" || m.data === self) continue;
      const held = m.data as RateestMatchData;
      names.add(held.name1);
      if (held.rel) names.add(held.name2);
    }
  }
}

function compare(mode: Mode, a: number, b: number): boolean {
  return mode === "lt" ? a < b : mode === "gt" ? a > b : a === b;
}

export const rateestMatch: MatchExtension<RateestMatchData> = {
  name: "rateest",
  help: HELP,
  options: [
    ...["rateest1", "rateest", "rateest2"].map((name) => ({ name, args: 1 as const, invertible: true })),
    ...["rateest-bps1", "rateest-pps1", "rateest-bps2", "rateest-pps2", "rateest-bps", "rateest-pps"].map((name) => ({
      name,
      args: 0 as const,
      invertible: true,
      optionalArg: true,
    })),
    ...["rateest-delta", "rateest-lt", "rateest-gt", "rateest-eq"].map((name) => ({ name, args: 0 as const, invertible: true })),
  ],
  init: () => ({
    name1: "", name2: "", delta: false, bps: false, pps: false, rel: false, abs: false, invert: false, mode: "",
    bps1: 0, pps1: 0, bps2: 0, pps2: 0, seen: [],
  }),
  parse(d, call) {
    const option = CANONICAL[call.option] ?? call.option;
    const refusal = NO_INVERT[option];
    if (refusal && call.invert) throw paramProblem(`rateest: ${refusal} can't be inverted`);
    if (option === "rateest-lt" || option === "rateest-gt" || option === "rateest-eq") {
      onlyOnce(d, option, "lt/gt/eq");
      d.mode = option.slice("rateest-".length) as Mode;
      if (call.invert) d.invert = true;
      return;
    }
    onlyOnce(d, option);
    if (option === "rateest1") d.name1 = truncateUtf8(call.args[0] ?? "", 15);
    else if (option === "rateest2") {
      d.name2 = truncateUtf8(call.args[0] ?? "", 15);
      d.rel = true;
    } else if (option === "rateest-delta") d.delta = true;
    else takeRate(d, option, call.args[0]);
  },
  finalCheck(d) {
    if (!d.rel) d.abs = true;
  },
  // xt_rateest: flags and mode first (EINVAL), then the estimators by name (ENOENT)
  checkEntry(d, call) {
    if (!(d.bps || d.pps) || d.mode === "") return false;
    const names = new Set<string>();
    for (const table of peerTables(call.ruleTable)) for (const chain of Object.values(table.chains)) estimatorNames(chain.rules, names, d);
    if (!names.has(d.name1) || (d.rel && !names.has(d.name2))) return "No such file or directory";
    return true;
  },
  identity: (d) => `${d.bps1},${d.pps1},${d.bps2},${d.pps2}`,
  save(d) {
    let out = d.delta ? "--rateest-delta " : "";
    out += `${d.rel ? "--rateest1" : "--rateest"} ${d.name1}`;
    if (d.bps) out += saveRates(d, "bps", d.bps1, d.bps2);
    if (d.pps) out += saveRates(d, "pps", d.pps1, d.pps2);
    return d.rel ? `${out} --rateest2 ${d.name2}` : out;
  },
  print(d, opts) {
    let out = `rateest match ${d.name1}${d.delta ? " delta" : ""}`;
    if (d.bps) {
      out += " bps";
      if (d.delta) out += rateText(d.bps1, opts.numeric);
      if (d.abs) out += rateText(d.bps2, opts.numeric) + modeText(d, "");
    }
    if (d.pps) {
      out += " pps";
      if (d.delta) out += ` ${d.pps1}`;
      if (d.abs) out += `${modeText(d, "")} ${d.pps2}`;
    }
    if (d.rel) {
      out += `${modeText(d, "")} ${d.name2}`;
      if (d.bps) out += ` bps${d.delta ? rateText(d.bps2, opts.numeric) : ""}`;
      if (d.pps) out += ` pps${d.delta ? ` ${d.pps2}` : ""}`;
    }
    return out;
  },
  // the emulated estimators measure nothing: both rates read 0 bytes and 0 packets per second
  match(d) {
    const [bps1, pps1] = d.delta ? [d.bps1, d.pps1] : [0, 0];
    const [bps2, pps2] = d.abs ? [d.bps2, d.pps2] : d.delta ? [d.bps2, d.pps2] : [0, 0];
    let ok = true;
    if (d.bps) ok &&= compare(d.mode, bps1, bps2);
    if (d.pps) ok &&= compare(d.mode, pps1, pps2);
    return ok !== d.invert;
  },
};
