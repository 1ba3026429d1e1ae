// -m hashlimit: a token bucket per flow (grouped by --hashlimit-mode), in a table named by
// --hashlimit-name. Packet rates are kept in microseconds per packet like xt_hashlimit rev 3;
// byte rates ("kb/s") in its cost units.
import type { FinalCheckCall, MatchExtension } from "../extension.js";
import { formatIpv4, maskToPrefix, prefixToMask } from "../ip.js";
import { andIpv6, formatIpv6, prefixToMask6 } from "../ipv6.js";
import type { Packet, Rule } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotCombine, checkOption, mustSpecify } from "./util/errors.js";
import { resolveHost } from "./util/numeric-ip.js";
import { sharedTable } from "./util/shared-table.js";
import { strtoul, strtoulPrefix } from "./util/strtoul.js";
import { parsePrefix6 } from "./util/hostmask6.js";
import { truncateUtf8 } from "./util/utf8.js";
import { peerTables } from "./util/table-peers.js";
import { kernelRateInit, kernelRateMatch, type KernelRate } from "./hashlimit-kernel.js";

const SCALE = 1_000_000;
const DEFAULT_BURST = 5;
const BURST_MAX = 1_000_000;
const GC_INTERVAL = 1000;
const BYTE_SHIFT = 4n;
const U32_MAX = 0xffffffffn;
const UNITS: [string, number][] = [
  ["day", SCALE * 86400],
  ["hour", SCALE * 3600],
  ["min", SCALE * 60],
  ["sec", SCALE],
];
const RATE_UNITS: [string, number][] = [
  ["second", 1],
  ["minute", 60],
  ["hour", 3600],
  ["day", 86400],
];
const MODES = ["srcip", "srcport", "dstip", "dstport"] as const;
type Mode = (typeof MODES)[number];

export interface HashlimitData {
  /** Packet mode: microseconds per packet. Byte mode: xt_hashlimit's cost value. */
  avg: number;
  bytes: boolean;
  above: boolean;
  burst: number;
  /** Seconds per unit the rate was given in (sets the default expiry). */
  unitSeconds: number;
  modes: Mode[];
  name: string;
  size: number;
  max: number;
  gcInterval: number;
  expire?: number;
  srcmask: number;
  dstmask: number;
  /** ip6tables: masks are IPv6 prefix lengths (default and maximum 128). */
  v6?: boolean;
  /** --hashlimit-rate-match: match while the flow's rate is within the limit, without spending credit. */
  rateMatch?: boolean;
  /** --hashlimit-rate-interval in seconds (1 when not given). */
  interval?: number;
  /** The number in a packet rate ("7" of "7/min"): rate-match keeps it per second. */
  rate?: number;
  tables: Record<string, HashTable>;
  seen: string[];
}

interface Bucket {
  /** Credit in microseconds (packet mode) or bytes (byte mode). */
  credit: number;
  last: number;
  /** What /proc/net/ipt_hashlimit/NAME (ip6t_ for IPv6) shows of the flow. */
  shown?: ShownFlow;
  /** Byte and rate-match modes: the kernel's own numbers, which decide the match. */
  kernel?: KernelRate;
}

/** Where a family's named tables live in the namespace's shared store. */
export const hashlimitTableKey = (family: 4 | 6) => (family === 6 ? "hashlimit6:" : "hashlimit:");

/** A flow as dl_seq_real_show prints it: the masked tuple, its costs, and its idle expiry. */
export interface ShownFlow {
  tuple: string;
  cost: number;
  cap: number;
  expireMs: number;
}

export interface HashTable {
  buckets: Record<string, Bucket>;
}

const costToBytes = (cost: bigint) => ((cost ? U32_MAX / cost : U32_MAX) - 1n) << BYTE_SHIFT;
// The C helper keeps the 16-byte chunk count in a uint32_t, so huge rates wrap around.
const bytesToCost = (bytes: bigint) => U32_MAX / (BigInt.asUintN(32, bytes >> BYTE_SHIFT) + 1n);

/** atoi(): leading decimal digits, the long saturated then cut to a C int. */
function atoi(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  if (!m) return 0;
  let n = BigInt(m[1]!);
  const LONG_MAX = (1n << 63n) - 1n;
  if (n > LONG_MAX) n = LONG_MAX;
  if (n < -LONG_MAX - 1n) n = -LONG_MAX - 1n;
  return Number(BigInt.asIntN(32, n));
}

function atoll(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

function parseRate(d: HashlimitData, text: string): boolean {
  const bytesAt = text.indexOf("b/s");
  if (bytesAt > 0) {
    const r = atoll(text);
    if (r > 0) {
      const factor = text[bytesAt - 1] === "m" ? 1024 * 1024 : text[bytesAt - 1] === "k" ? 1024 : 1;
      const cost = bytesToCost(BigInt(r) * BigInt(factor));
      if (cost === 0n) throw paramProblem(`Rate too high "${text}"`);
      d.avg = Number(cost);
      d.bytes = true;
      d.unitSeconds = 15;
      return true;
    }
  }
  const slash = text.indexOf("/");
  let mult = 1;
  if (slash >= 0) {
    const unit = text.slice(slash + 1).toLowerCase();
    const found = unit === "" ? undefined : RATE_UNITS.find(([n]) => n.startsWith(unit));
    if (!found) return false;
    mult = found[1];
  }
  const r = atoll(text);
  if (r === 0) return false;
  // a negative count is a huge unsigned one: the rate rounds to nothing
  if (r < 0) throw paramProblem(`Rate too fast "${text}"`);
  const avg = Math.floor((SCALE * mult) / r);
  if (avg === 0) throw paramProblem(`Rate too fast "${text}"`);
  d.avg = avg;
  d.rate = r;
  d.bytes = false;
  d.unitSeconds = mult;
  return true;
}

/** " 5/sec" style rate and the quantum (ms) that makes --hashlimit-htable-expire implicit. */
function rateText(avg: number): [string, number] {
  let i = 1;
  for (; i < UNITS.length; i++) {
    const mult = UNITS[i]![1];
    if (avg > mult || Math.floor(mult / avg) < mult % avg) break;
  }
  const [name, mult] = UNITS[i - 1]!;
  return [`${Math.floor(mult / avg)}/${name}`, (mult / SCALE) * 1000];
}

function bytesText(d: HashlimitData, prefix: string): [string, number] {
  const units: [string, bigint][] = [["m", 1024n * 1024n], ["k", 1024n], ["", 1n]];
  const avg = BigInt(d.avg);
  const r = costToBytes(avg);
  let i = 0;
  for (; i < units.length - 1; i++) {
    const t = units[i]![1];
    // the unit threshold is a uint32_t: its inverted mask drops the rate's high 32 bits
    if (r >= t && bytesToCost(r & (U32_MAX & ~(t - 1n))) === avg) break;
  }
  let out = `${r / units[i]![1]}${units[i]![0]}b/s`;
  if (d.burst === 0) return [out, 15000];
  const total = r * BigInt(d.burst);
  let j = 0;
  for (; j < units.length - 1; j++) if (total >= units[j]![1]) break;
  out += ` ${prefix}burst ${total / units[j]![1]}${units[j]![0]}b`;
  return [out, 60000];
}

function render(d: HashlimitData, save: boolean): string {
  const interval = d.interval ?? 1;
  const p = save ? "--hashlimit-" : "";
  const parts: string[] = [save ? `--hashlimit-${d.above ? "above" : "upto"}` : `limit: ${d.above ? "above" : "up to"}`];
  let quantum: number;
  if (d.bytes) {
    const [text, q] = bytesText(d, p);
    parts.push(text);
    quantum = q;
  } else {
    // The -L form shows the rate over the whole interval; save keeps the given rate.
    const [text, q] = rateText(save ? d.avg : d.avg * interval);
    parts.push(text, `${p}burst ${d.burst}`);
    quantum = q;
  }
  if (d.modes.length) parts.push(`${p}mode ${MODES.filter((m) => d.modes.includes(m)).join(save ? "," : "-")}`);
  if (save) parts.push(`--hashlimit-name ${d.name}`);
  if (d.size) parts.push(`${save ? "--hashlimit-" : ""}htable-size ${d.size}`);
  if (d.max) parts.push(`${save ? "--hashlimit-" : ""}htable-max ${d.max}`);
  if (d.gcInterval !== GC_INTERVAL) parts.push(`${save ? "--hashlimit-" : ""}htable-gcinterval ${d.gcInterval}`);
  const expire = d.expire ?? d.unitSeconds * 1000;
  if (expire !== quantum) parts.push(`${save ? "--hashlimit-" : ""}htable-expire ${expire}`);
  const hostMask = d.v6 ? 128 : 32;
  if (d.srcmask !== hostMask) parts.push(`${p}srcmask ${d.srcmask}`);
  if (d.dstmask !== hostMask) parts.push(`${p}dstmask ${d.dstmask}`);
  if (d.rateMatch) {
    parts.push(`${p}rate-match`);
    if (interval !== 1) parts.push(`${p}rate-interval ${interval}`);
  }
  return parts.join(" ");
}

/** The tuple xt_hashlimit keeps for a flow: fields outside --hashlimit-mode stay zero (%pI6 is uncompressed). */
function shownTuple(d: HashlimitData, pkt: Packet): string {
  const has = (m: Mode) => d.modes.includes(m);
  const full6 = (a: number[]) => a.map((g) => g.toString(16).padStart(4, "0")).join(":");
  const addr = (mode: Mode, mask: number, v4: number, v6: number[] | undefined) => {
    if (v6) return full6(has(mode) ? andIpv6(v6, prefixToMask6(mask)) : [0, 0, 0, 0, 0, 0, 0, 0]);
    return has(mode) ? formatIpv4((v4 & prefixToMask(mask)) >>> 0) : "0.0.0.0";
  };
  const src = addr("srcip", d.srcmask, pkt.src, pkt.src6);
  const dst = addr("dstip", d.dstmask, pkt.dst, pkt.dst6);
  return `${src}:${has("srcport") ? pkt.sport : 0}->${dst}:${has("dstport") ? pkt.dport : 0}`;
}

function flowKey(d: HashlimitData, pkt: Packet): string {
  const parts: string[] = [];
  if (d.modes.includes("srcip")) parts.push(pkt.src6 ? formatIpv6(andIpv6(pkt.src6, prefixToMask6(d.srcmask))) : formatIpv4((pkt.src & prefixToMask(d.srcmask)) >>> 0));
  if (d.modes.includes("srcport")) parts.push(`s${pkt.sport}`);
  if (d.modes.includes("dstip")) parts.push(pkt.dst6 ? formatIpv6(andIpv6(pkt.dst6, prefixToMask6(d.dstmask))) : formatIpv4((pkt.dst & prefixToMask(d.dstmask)) >>> 0));
  if (d.modes.includes("dstport")) parts.push(`d${pkt.dport}`);
  return parts.join("|") || "*";
}

/** xt_hashlimit's credits per microsecond of rate (HZ times its credits per jiffy, over 10^6). */
export const CREDITS_PER_USEC = 137438953n;
const U64 = 1n << 64n;

/** The kernel's "overflow, try lower" check: rate times burst in credits wraps 64 bits. */
function burstOverflows(d: HashlimitData): boolean {
  const credits = (user: bigint) => (user * CREDITS_PER_USEC) % U64;
  const avg = BigInt(d.avg);
  return d.burst === 0 || credits((avg * BigInt(d.burst)) % U64) < credits(avg);
}

/**
 * Rules naming one hashlimit table share it; the kernel refuses a rule whose --hashlimit-rate-match
 * differs from the table's, which the first rule using the name set up (only the rule's own
 * table is looked at here).
 */
/** Whether a hashlimit rule clashes with `d` over the rate-match mode of their shared name. */
function clashes(d: HashlimitData, rule: Rule): boolean {
  for (const m of rule.matches) {
    if (m.name !== "hashlimit") continue;
    const other = m.data as HashlimitData;
    if (other !== d && other.name === d.name && !!other.rateMatch !== !!d.rateMatch) return true;
  }
  return false;
}

function sameRateMode(d: HashlimitData, call: FinalCheckCall): boolean {
  const own = call.ruleTable;
  if (!own) return true;
  // a name's table is shared by every table of the family (legacy and nft alike)
  for (const table of peerTables(own, "family")) {
    if (table === own) continue;
    for (const chain of Object.values(table.chains)) if (chain.rules.some((r) => clashes(d, r))) return false;
  }
  for (const chain of Object.values(own.chains)) {
    for (const rule of chain.rules) {
      if (rule === call.rule) return true; // rules after it came later
      if (clashes(d, rule)) return false;
    }
  }
  return true;
}

/** HASHLIMIT_MAX_SIZE: the kernel's bound on --hashlimit-htable-size and -max. */
const HTABLE_MAX = 1048576;

const U32_OPTIONS: Record<string, "size" | "max" | "gcInterval" | "expire"> = {
  "hashlimit-htable-size": "size",
  "hashlimit-htable-max": "max",
  "hashlimit-htable-gcinterval": "gcInterval",
  "hashlimit-htable-expire": "expire",
};

export const hashlimitMatch: MatchExtension<HashlimitData> = {
  name: "hashlimit",
  options: [
    { name: "hashlimit-upto", args: 1, invertible: true },
    { name: "hashlimit-above", args: 1, invertible: true },
    { name: "hashlimit", args: 1, invertible: true },
    { name: "hashlimit-srcmask", args: 1 },
    { name: "hashlimit-dstmask", args: 1 },
    { name: "hashlimit-burst", args: 1 },
    { name: "hashlimit-htable-size", args: 1 },
    { name: "hashlimit-htable-max", args: 1 },
    { name: "hashlimit-htable-gcinterval", args: 1 },
    { name: "hashlimit-htable-expire", args: 1 },
    { name: "hashlimit-mode", args: 1 },
    { name: "hashlimit-name", args: 1 },
    { name: "hashlimit-rate-match", args: 0 },
    { name: "hashlimit-rate-interval", args: 1 },
  ],
  init: () => ({ avg: 0, bytes: false, above: false, burst: DEFAULT_BURST, unitSeconds: 1, modes: [], name: "", size: 0, max: 0, gcInterval: GC_INTERVAL, srcmask: 32, dstmask: 32, tables: {}, seen: [] }),
  parse(d, { option, args, invert, family }) {
    if (family === 6 && !d.v6) {
      d.v6 = true;
      d.srcmask = d.dstmask = 128;
    }
    const id = option === "hashlimit" ? "hashlimit-upto" : option;
    checkOption("hashlimit", d.seen, id, invert, { invertible: id === "hashlimit-upto" || id === "hashlimit-above" });
    const arg = args[0] ?? "";
    switch (id) {
      case "hashlimit-rate-match":
        d.rateMatch = true;
        break;
      case "hashlimit-rate-interval": {
        const n = atoi(arg);
        if (n <= 0) throw paramProblem(`hashlimit: Bad value for "--${id}" option: "${arg}"`);
        d.interval = n;
        break;
      }
      case "hashlimit-upto":
      case "hashlimit-above":
        d.above = (id === "hashlimit-above") !== invert;
        if (!parseRate(d, arg)) throw paramProblem(`hashlimit: Bad value for "--${id}" option: "${arg}"`);
        break;
      case "hashlimit-burst": {
        const n = strtoulPrefix(arg, 1);
        const unit = n ? arg[n.end] : undefined;
        const factor = unit === "m" ? 1024 * 1024 : unit === "k" ? 1024 : 1;
        if (!n || (n.end === arg.length && n.value > BURST_MAX)) throw paramProblem(`bad value for option "--hashlimit-burst", or out of range (1-${BURST_MAX}).`);
        d.burst = n.value * factor;
        break;
      }
      case "hashlimit-mode": {
        const words = arg.split(/[,|]/).filter((w) => w !== "");
        if (!words.every((w): w is Mode => (MODES as readonly string[]).includes(w))) throw paramProblem(`hashlimit: Bad value for "--hashlimit-mode" option: "${arg}"`);
        d.modes = [...new Set([...d.modes, ...words])];
        break;
      }
      case "hashlimit-name":
        if (arg.length < 1) throw paramProblem("Argument must have a minimum length of 1 characters\n");
        d.name = truncateUtf8(arg, 254);
        break;
      case "hashlimit-srcmask":
      case "hashlimit-dstmask": {
        if (d.v6) {
          d[id === "hashlimit-srcmask" ? "srcmask" : "dstmask"] = parsePrefix6("hashlimit", id, arg);
          break;
        }
        // A dotted mask counts as its prefix; other numbers become 255, which the kernel refuses.
        const dotted = resolveHost(arg);
        const n = strtoul(arg, 0, 32) ?? (dotted === undefined ? undefined : maskToPrefix(dotted) < 0 ? 255 : maskToPrefix(dotted));
        if (n === undefined) throw paramProblem(`hashlimit: bad value for option "--${id}", neither a valid network mask nor valid CIDR (0-32).\n`);
        if (id === "hashlimit-srcmask") d.srcmask = n;
        else d.dstmask = n;
        break;
      }
      default: {
        const n = strtoul(arg, 0, 0xffffffff);
        if (n === undefined) throw badValue("hashlimit", id, 0, 4294967295);
        d[U32_OPTIONS[id]!] = n;
      }
    }
  },
  finalCheck(d) {
    if (!d.seen.includes("hashlimit-upto") && !d.seen.includes("hashlimit-above")) throw paramProblem("You have to specify --hashlimit");
    if (d.bytes) {
      if (d.seen.includes("hashlimit-burst")) {
        const unit = costToBytes(BigInt(d.avg));
        if (BigInt(d.burst) < unit) throw paramProblem(`burst cannot be smaller than ${unit}b`);
        d.burst = Number((BigInt(d.burst) + unit - 1n) / unit);
        if (d.expire === undefined) d.unitSeconds = 60;
      } else d.burst = 0;
    } else if (d.burst > BURST_MAX) throw paramProblem(`bad value for option "--hashlimit-burst", or out of range (1-${BURST_MAX}).`);
    if (d.seen.includes("hashlimit-upto") && d.seen.includes("hashlimit-above")) throw cannotCombine("hashlimit", "hashlimit-upto", "hashlimit-above");
    if (!d.name) throw mustSpecify("hashlimit", "hashlimit-name");
    // Rate matching counts packets per second over an interval that the unit sets ("7/min"
    // is 7/sec over 60 s) unless --hashlimit-rate-interval gave one.
    if (d.rateMatch && !d.bytes && d.rate) {
      d.avg = Math.floor(SCALE / d.rate);
      d.interval ??= d.unitSeconds;
    }
  },
  checkEntry(d, call) {
    // xt_hashlimit truncates oversized tables in the rule's own data, so listings show it
    if (d.size > HTABLE_MAX) d.size = HTABLE_MAX;
    if (d.max > HTABLE_MAX) d.max = HTABLE_MAX;
    if (!(d.srcmask <= (d.v6 ? 128 : 32) && d.dstmask <= (d.v6 ? 128 : 32) && d.gcInterval !== 0 && d.expire !== 0 && sameRateMode(d, call))) return false;
    return d.rateMatch || d.bytes || !burstOverflows(d) ? true : "Numerical result out of range";
  },
  save: (d) => render(d, true),
  print: (d) => render(d, false),
  match(d, pkt, ctx) {
    // each family has its own tables (ipt_hashlimit, ip6t_hashlimit)
    const table = sharedTable<HashTable>(ctx, `${hashlimitTableKey(d.v6 ? 6 : 4)}${d.name}`, d.tables, () => ({ buckets: {} }));
    const key = flowKey(d, pkt);
    const expire = d.expire ?? d.unitSeconds * 1000;
    // Packet mode counts microseconds of credit; byte mode counts bytes at the set rate.
    const perMs = d.bytes ? Number(costToBytes(BigInt(d.avg))) / 1000 : 1000;
    const cost = d.bytes ? pkt.length : d.avg;
    const cap = d.bytes ? Math.max(Number(costToBytes(BigInt(d.avg))) * Math.max(d.burst, 1), pkt.length) : d.avg * d.burst;
    let bucket = table.buckets[key];
    if (d.bytes || d.rateMatch) {
      if (!bucket || ctx.now - bucket.last > expire) {
        bucket = table.buckets[key] = { credit: 0, last: ctx.now, kernel: kernelRateInit(ctx.now, d), shown: { tuple: shownTuple(d, pkt), cost: 0, cap: 0, expireMs: expire } };
      }
      bucket.last = ctx.now;
      return kernelRateMatch(bucket.kernel!, ctx.now, pkt.length, d.bytes) !== d.above;
    }
    if (!bucket || ctx.now - bucket.last > expire) {
      bucket = table.buckets[key] = { credit: cap, last: ctx.now };
      if (!d.bytes && !d.rateMatch) bucket.shown = { tuple: shownTuple(d, pkt), cost, cap, expireMs: expire };
    }
    bucket.credit = Math.min(cap, bucket.credit + (ctx.now - bucket.last) * perMs);
    bucket.last = ctx.now;
    if (bucket.credit >= cost) {
      bucket.credit -= cost;
      return !d.above;
    }
    return d.above;
  },
};
