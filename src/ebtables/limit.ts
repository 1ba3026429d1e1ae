// ebtables' limit match (libxt_limit's bridge half): --limit RATE[/second|minute|hour|day]
// (units by prefix) and --limit-burst, printed back as libxt_limit's print_rate rounds them.
import { paramProblem } from "../netfilter/xtables-error.js";
import { strtoul } from "../netfilter/extensions/util/strtoul.js";

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

/** C atoi: leading blanks, a sign, digits. */
function atoi(text: string): number {
  const m = /^\s*([+-]?\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

function parseRate(text: string): number | undefined {
  const slash = text.indexOf("/");
  let mult = 1;
  if (slash >= 0) {
    const unit = text.slice(slash + 1).toLowerCase();
    if (unit === "") return undefined;
    const found = ([["second", 1], ["minute", 60], ["hour", 3600], ["day", 86400]] as const).find(([name]) => name.startsWith(unit));
    if (!found) return undefined;
    mult = found[1];
  }
  const r = atoi(text) >>> 0;
  if (!r) return undefined;
  const val = Math.floor((SCALE * mult) / r) >>> 0;
  if (val === 0) throw paramProblem(`Rate too fast "${text}"`);
  return val;
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
