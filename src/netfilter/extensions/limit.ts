// -m limit: a token bucket. iptables-nft turns it into an nft "limit" expression (rate per
// second/minute/hour/day plus burst), and the kernel's nft_limit decides in nanoseconds.
import type { MatchExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, checkOption } from "./util/errors.js";
import { strtoul } from "./util/strtoul.js";

const SCALE = 10000;
const DEFAULT_BURST = 5;
/** xt_rateinfo periods in SCALE units, largest first, with the names -L uses. */
const UNITS: [name: string, mult: number][] = [
  ["day", SCALE * 86400],
  ["hour", SCALE * 3600],
  ["min", SCALE * 60],
  ["sec", SCALE],
];
const NS_PER_SEC = 1_000_000_000n;

export interface LimitData {
  /** Packets per `unitSeconds`, as nft stores the rate. */
  rate: number;
  unitSeconds: number;
  burst: number;
  /** xt_rateinfo.avg as given (iptables-legacy hands it to the kernel's xt_limit unchanged). */
  avg?: number;
  /** --limit-burst 0 was given (nft_limit_init puts its default in its place; xt_limit refuses it). */
  zeroBurst?: true;
  /** The kernel's nft_limit_init has put its default burst in place of the zero typed. */
  burstKept?: true;
  /** Runtime bucket (ns of credit and time of last update), created on the first packet. */
  tokens?: string;
  last?: number;
  seen: string[];
}

/** Average period in SCALE units per packet (xt_rateinfo.avg), from "N[/unit]" (ebtables' limit too). */
export function parseRate(text: string): number | undefined {
  const slash = text.indexOf("/");
  let mult = 1;
  if (slash >= 0) {
    const unit = text.slice(slash + 1).toLowerCase();
    if (unit === "") return undefined;
    const found = [["second", 1], ["minute", 60], ["hour", 3600], ["day", 86400]].find(([name]) => (name as string).startsWith(unit));
    if (!found) return undefined;
    mult = found[1] as number;
  }
  const count = atoi(text) >>> 0;
  if (count === 0) return undefined;
  const avg = Math.floor((SCALE * mult) / count);
  if (avg === 0) throw paramProblem(`Rate too fast "${text}"`);
  return avg;
}

/** glibc atoi: strtol (saturating at the long bounds) cut to an int. */
function atoi(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  if (!m) return 0;
  const LONG_MAX = (1n << 63n) - 1n;
  let value = BigInt(m[1]!);
  if (value > LONG_MAX) value = LONG_MAX;
  if (value < -LONG_MAX - 1n) value = -LONG_MAX - 1n;
  return Number(BigInt.asIntN(32, value));
}

/** The unit print_rate (and nft's conversion) picks for an average period. */
function unitFor(avg: number): [string, number] {
  let i = 1;
  for (; i < UNITS.length; i++) {
    const mult = UNITS[i]![1];
    if (avg > mult || Math.floor(mult / avg) < mult % avg) break;
  }
  return UNITS[i - 1]!;
}

function setRate(d: LimitData, avg: number): void {
  d.avg = avg;
  const [, mult] = unitFor(avg);
  d.rate = Math.floor(mult / avg);
  d.unitSeconds = mult / SCALE;
}

function rateText(d: LimitData): string {
  // Read back from nft: avg = SCALE * unit / rate, printed with the best unit.
  const avg = Math.floor((SCALE * d.unitSeconds) / d.rate);
  const [name, mult] = unitFor(avg);
  return `${Math.floor(mult / avg)}/${name}`;
}

/** Debian's CONFIG_HZ and xt_limit's CREDITS_PER_JIFFY (largest power of 2 below 2^32 / (HZ * 1 day)). */
const HZ = 250;
const CREDITS_PER_JIFFY = 128;

/** xt_limit's user2credits, in its 32-bit arithmetic. */
function userToCredits(user: number): number {
  if (user > Math.floor(0xffffffff / (HZ * CREDITS_PER_JIFFY))) return Math.imul(Math.floor(user / SCALE), HZ * CREDITS_PER_JIFFY) >>> 0;
  return Math.floor((user * HZ * CREDITS_PER_JIFFY) / SCALE);
}

export const limitMatch: MatchExtension<LimitData> = {
  name: "limit",
  options: [
    { name: "limit", args: 1 },
    { name: "limit-burst", args: 1 },
  ],
  init() {
    const d: LimitData = { rate: 0, unitSeconds: 0, burst: DEFAULT_BURST, seen: [] };
    setRate(d, parseRate("3/hour")!);
    return d;
  },
  parse(d, { option, args, invert }) {
    checkOption("limit", d.seen, option, invert);
    const arg = args[0]!;
    if (option === "limit") {
      const avg = parseRate(arg);
      if (avg === undefined) throw paramProblem(`bad rate "${arg}"'`);
      setRate(d, avg);
    } else {
      const burst = strtoul(arg, 0, 10000);
      if (burst === undefined) throw badValue("limit", "limit-burst", 0, 10000);
      // nft_limit treats a zero burst as its default of 5.
      d.burst = burst === 0 ? DEFAULT_BURST : burst;
      if (burst === 0) d.zeroBurst = true;
    }
  },
  // -C/-D compare the typed burst: a zero one never finds the kernel's copy (which has 5)
  identity: (d) => (d.zeroBurst && !d.burstKept ? "burst 0" : ""),
  // iptables-nft makes an nft limit expression; only legacy reaches xt_limit's overflow check
  checkEntry(d, call) {
    if (call.backend !== "legacy") {
      if (d.zeroBurst) d.burstKept = true;
      return true;
    }
    const avg = d.avg ?? Math.floor((SCALE * d.unitSeconds) / d.rate);
    const overflow = d.zeroBurst || userToCredits(Math.imul(avg, d.burst) >>> 0) < userToCredits(avg);
    return overflow ? "Numerical result out of range" : true;
  },
  renew(d) {
    delete d.tokens;
    delete d.last;
  },
  save: (d) => `--limit ${rateText(d)}${d.burst !== DEFAULT_BURST ? ` --limit-burst ${d.burst}` : ""}`,
  // (-v echoes the burst typed: the kernel has not replaced a zero yet)
  print: (d) => `limit: avg ${rateText(d)} burst ${d.zeroBurst && !d.burstKept ? 0 : d.burst}`,
  match(d, _pkt, ctx) {
    const nowNs = BigInt(Math.floor(ctx.now)) * 1_000_000n;
    const cost = (BigInt(d.unitSeconds) * NS_PER_SEC) / BigInt(d.rate);
    const max = cost * BigInt(d.burst);
    let tokens = d.tokens === undefined ? max : BigInt(d.tokens) + nowNs - BigInt(d.last ?? 0) * 1_000_000n;
    if (tokens > max) tokens = max;
    d.last = Math.floor(ctx.now);
    if (tokens >= cost) {
      d.tokens = (tokens - cost).toString();
      return true;
    }
    d.tokens = tokens.toString();
    return false;
  },
};
