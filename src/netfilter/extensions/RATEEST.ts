// -j RATEEST: feed matching packets into a named rate estimator (read by -m rateest). The
// times are parsed like tc's, then turned into the kernel's interval (-2..3: 250 ms << n+2)
// and ewma_log exponents by libxt_RATEEST's final check, which runs before the generic
// "must be specified" checks.
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { peerTables } from "./util/table-peers.js";
import { parseDoublePrefix } from "./util/float.js";
import { truncateUtf8 } from "./util/utf8.js";

export interface RateestData {
  name: string;
  /** Kernel interval exponent: 250 ms << (interval + 2) / 4. */
  interval: number;
  ewmaLog: number;
  /** Parse-time microseconds (libxt_RATEEST's udata); zeroed once the exponents are known. */
  intervalUs: number;
  ewmaUs: number;
}

const SPECS: OptionSpec[] = [
  { name: "rateest-name", id: 0, args: 1, mandatory: true },
  { name: "rateest-interval", id: 1, args: 1, mandatory: true },
  { name: "rateest-ewmalog", id: 2, args: 1, mandatory: true },
];

const US_PER_SEC = 1000000;
const UNITS: [string[], number][] = [
  [["s", "sec", "secs"], US_PER_SEC],
  [["ms", "msec", "msecs"], 1000],
  [["us", "usec", "usecs"], 1],
];

const HELP =
  "RATEEST target options:\n" +
  "  --rateest-name name\t\tRate estimator name\n" +
  "  --rateest-interval sec\tRate measurement interval in seconds\n" +
  "  --rateest-ewmalog value\tRate measurement averaging time constant\n";

/** tc's get_time: a strtod number and an optional unit; microseconds, stored in an unsigned int. */
function parseTime(text: string): number | undefined {
  const num = parseDoublePrefix(text);
  if (!num) return undefined;
  let t = num.value;
  const unit = text.slice(num.end).toLowerCase();
  if (unit !== "") {
    const hit = UNITS.find(([names]) => names.includes(unit));
    if (!hit) return undefined;
    t *= hit[1];
  }
  // (a C double stored in an unsigned int on x86-64: through a 64-bit integer)
  if (!Number.isFinite(t) || Math.abs(t) >= 2 ** 63) return 0;
  return Number(BigInt(Math.trunc(t)) & 0xffffffffn);
}

function timeText(us: number): string {
  if (us >= US_PER_SEC) return `${(us / US_PER_SEC).toFixed(1)}s`;
  if (us >= 1000) return `${(us / 1000).toFixed(1)}ms`;
  return `${us}us`;
}

function localTimes(d: RateestData): [number, number] {
  const interval = Math.floor((US_PER_SEC * 2 ** (d.interval + 2)) / 4);
  const ewma = Number((BigInt(interval) * (1n << BigInt(d.ewmaLog))) & 0xffffffffn);
  return [interval, ewma];
}

export const RATEEST: TargetExtension<RateestData> = {
  name: "RATEEST",
  help: HELP,
  options: extOptions(SPECS),
  init: () => ({ name: "", interval: 0, ewmaLog: 0, intervalUs: 0, ewmaUs: 0 }),
  parse(d, call) {
    noteOption("RATEEST", SPECS, d, call);
    const arg = call.args[0] ?? "";
    if (call.option === "rateest-name") {
      // strncpy into a 16-byte name: 15 bytes kept (a UTF-8 character may be cut)
      d.name = truncateUtf8(arg, 15);
      return;
    }
    const us = parseTime(arg);
    const what = call.option === "rateest-interval" ? "interval" : "ewmalog";
    if (us === undefined) throw paramProblem(`RATEEST: bad ${what} value "${arg}"`);
    if (what === "interval") d.intervalUs = us;
    else d.ewmaUs = us;
  },
  finalCheck(d) {
    let interval = 0;
    while (interval <= 5 && d.intervalUs > 2 ** interval * (US_PER_SEC / 4)) interval++;
    if (interval > 5) throw paramProblem("RATEEST: interval value is too large");
    let ewmaLog = 1;
    for (; ewmaLog < 32; ewmaLog++) {
      const w = 1 - 1 / 2 ** ewmaLog;
      if (d.intervalUs / -Math.log(w) > d.ewmaUs) break;
    }
    ewmaLog--;
    if (ewmaLog === 0 || ewmaLog >= 31) throw paramProblem("RATEEST: ewmalog value is out of range");
    checkOptionTable("RATEEST", SPECS, d);
    d.interval = interval - 2;
    d.ewmaLog = ewmaLog;
    d.intervalUs = 0; // parse-time only: equal rules must compare equal
    d.ewmaUs = 0;
  },
  // xt_RATEEST: an estimator already made under this name (in any table) must have the same parameters
  checkEntry(d, call) {
    for (const chain of peerTables(call.ruleTable).flatMap((t) => Object.values(t.chains))) {
      for (const rule of chain.rules) {
        const a = rule.action;
        if (a.kind !== "target" || a.target.name !== "RATEEST") continue;
        const other = a.target.data as RateestData;
        if (other !== d && other.name === d.name && (other.interval !== d.interval || other.ewmaLog !== d.ewmaLog)) return false;
      }
    }
    return true;
  },
  save(d) {
    const [interval, ewma] = localTimes(d);
    return `--rateest-name ${d.name} --rateest-interval ${timeText(interval)} --rateest-ewmalog ${timeText(ewma)}`;
  },
  print(d) {
    const [interval, ewma] = localTimes(d);
    return `name ${d.name} interval ${timeText(interval)} ewmalog ${timeText(ewma)}`;
  },
  action: () => ({ kind: "CONTINUE" }),
};
