// ebtables' limit match (libxt_limit's bridge half): --limit RATE[/second|minute|hour|day]
// (units by prefix) and --limit-burst, printed back as libxt_limit's print_rate rounds them.
import { paramProblem } from "../netfilter/xtables-error.js";
import { strtoul } from "../netfilter/extensions/util/strtoul.js";
import { parseRate } from "../netfilter/extensions/limit.js";

/** XT_LIMIT_SCALE: the average is kept as 1/10000 s per packet. */
const SCALE = 10000;
const RATES: [string, number][] = [
  ["day", SCALE * 24 * 60 * 60],
  ["hour", SCALE * 60 * 60],
  ["min", SCALE * 60],
  ["sec", SCALE],
];

export interface EbLimit {
  avg: number;
  burst: number;
  flags: string[];
}

/** The default: 3/hour, burst 5. */
export function newLimit(): EbLimit {
  return { avg: Math.floor((SCALE * 3600) / 3), burst: 5, flags: [] };
}

export function parseLimitOption(limit: EbLimit, option: "limit" | "limit-burst", arg: string, invert: boolean): void {
  if (limit.flags.includes(option)) throw paramProblem("Multiple use of same option not allowed");
  limit.flags.push(option);
  if (invert) throw paramProblem(`Unexpected \`!' after --${option}`);
  if (option === "limit") {
    const avg = parseRate(arg);
    if (avg === undefined) throw paramProblem(`bad rate \`${arg}'`);
    limit.avg = avg;
  } else {
    const burst = strtoul(arg, 0, 10000);
    if (burst === undefined) throw paramProblem(`bad --limit-burst \`${arg}'`);
    limit.burst = burst;
  }
}

export function limitText(limit: EbLimit): string {
  const period = limit.avg;
  let i = 1;
  for (; i < RATES.length; i++) {
    const mult = RATES[i]![1];
    if (period > mult || Math.floor(mult / period) < mult % period) break;
  }
  const [name, mult] = RATES[i - 1]!;
  return `--limit ${Math.floor(mult / period)}/${name} --limit-burst ${limit.burst} `;
}
