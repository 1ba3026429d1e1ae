// xt_hashlimit's per-flow state in its own units for the two modes whose numbers are not packet
// credits: byte mode (credits per jiffy of bytes, a refill counter) and --hashlimit-rate-match
// (packets or bytes counted over an interval, stored in the same union the proc file prints as
// credit, credit_cap and cost). The match decides by these as the kernel does.

/** Debian's kernel tick rate. */
export const HZ = 250;
const jiffies = (ms: number) => Math.floor(ms / (1000 / HZ));
/** CREDITS_PER_JIFFY_BYTES: the power of two below 0xFFFFFFFF / HZ. */
const CPJ_BYTES = 2 ** 24;
const FULL = CPJ_BYTES * HZ;
/** CREDITS_PER_JIFFY (revision 2 and 3), which the print's recalculation adds per jiffy. */
const CPJ = 549755812000n;

export interface KernelRate {
  mode: "bytes" | "rate";
  /** Last recalculation, in jiffies. */
  prev: number;
  /** Byte mode: credit, refills left (credit_cap), cost per 16-byte chunk. */
  credit: number;
  cap: number;
  cost: number;
  /** Rate-match: interval (s), over-limit flag of the last window, count so far, rate and burst. */
  interval: number;
  prevWindow: number;
  currentRate: number;
  rate: number;
  burst: number;
}

/** The flow's state as rateinfo_init sets it. `avg` and `burst` are the rule's hashlimit_cfg3 values. */
export function kernelRateInit(nowMs: number, cfg: { avg: number; burst: number; bytes: boolean; rateMatch?: boolean; interval?: number }): KernelRate {
  const k: KernelRate = { mode: cfg.rateMatch ? "rate" : "bytes", prev: jiffies(nowMs), credit: 0, cap: 0, cost: 0, interval: 0, prevWindow: 0, currentRate: 0, rate: 0, burst: 0 };
  if (cfg.rateMatch) {
    if (cfg.bytes) {
      const r = cfg.avg ? Math.floor(0xffffffff / cfg.avg) : 0xffffffff;
      k.rate = (r - 1) * 16;
      k.burst = cfg.burst ? cfg.burst * k.rate : k.rate;
    } else {
      k.rate = Math.floor(1_000_000 / cfg.avg);
      k.burst = cfg.burst + k.rate;
    }
    k.interval = cfg.interval ?? 1;
    return k;
  }
  k.credit = FULL;
  k.cost = Number((BigInt(cfg.avg) * BigInt(FULL)) >> 32n);
  k.cap = cfg.burst;
  return k;
}

/** One packet of `len` bytes at `nowMs`: whether it is within the limit (rateinfo_recalc, then the test). */
export function kernelRateMatch(k: KernelRate, nowMs: number, len: number, bytes: boolean): boolean {
  const delta = jiffies(nowMs) - k.prev;
  if (k.mode === "rate") {
    const interval = k.interval * HZ;
    if (delta > 0 && delta >= interval) {
      k.prev += delta;
      k.prevWindow = k.currentRate * interval > delta * k.rate ? 1 : 0;
      k.currentRate = 0;
    }
    k.currentRate += bytes ? len : 1;
    return !k.prevWindow && k.currentRate <= k.burst;
  }
  refill(k, delta);
  const cost = Math.min(((len >> 4) + 1) * k.cost, FULL);
  if (k.credit < cost && k.cap) {
    k.cap--;
    k.credit = FULL;
  }
  if (k.credit < cost) return false;
  k.credit -= cost;
  return true;
}

function refill(k: KernelRate, delta: number): void {
  if (delta <= 0) return;
  k.prev += delta;
  k.credit = Math.min(k.credit + CPJ_BYTES * delta, FULL);
}

/**
 * "CREDIT CAP COST" as the proc file prints them: the print recalculates first as revision 2
 * does, which for a rate-match flow adds packet credits to the union's interval/prev_window word
 * and caps it at current_rate (the kernel's numbers, odd as they are; not written back here).
 */
export function kernelRateColumns(k: KernelRate, nowMs: number): string {
  const delta = jiffies(nowMs) - k.prev;
  if (k.mode === "bytes") {
    const credit = delta > 0 ? Math.min(k.credit + CPJ_BYTES * delta, FULL) : k.credit;
    return `${credit} ${k.cap} ${k.cost}`;
  }
  let word = BigInt(k.interval) + (BigInt(k.prevWindow) << 32n);
  if (delta > 0) {
    word += BigInt(delta) * CPJ;
    if (word > BigInt(k.currentRate)) word = BigInt(k.currentRate);
  }
  return `${word} ${k.currentRate} ${k.rate}`;
}
