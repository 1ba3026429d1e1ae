// `ip -s neigh`: the cache info print_neigh adds with -s (reference count, seconds since the
// entry was used/confirmed/updated, probes sent); the flush report is common.ts's flushReport.

export interface NeighStats { ref: number; used: number; confirmed: number; updated: number; probes: number }

/** States whose timer holds a reference to the entry. */
const TIMED = new Set(["REACHABLE", "DELAY", "PROBE", "INCOMPLETE"]);

/** A neighbour entry set by hand: times are the world clock (ms) when set and last confirmed. */
export interface HandSetEntry { lladdr?: string; state: string; at?: number; confirmedAt?: number }

/** The states outside NUD_VALID (no link-layer address). */
const NOT_VALID = ["NONE", "INCOMPLETE", "FAILED"];

/**
 * __neigh_update for `ip neigh add/replace/change` (STATE in upper case): without a new lladdr
 * an entry with a valid one keeps it; a connected state is confirmed now, a new lladdr otherwise
 * counts as confirmed two base reachable times (60 s) ago, else the confirmation stays.
 * Undefined when the state needs an lladdr and none is known.
 */
export function updateEntry(prev: HandSetEntry | undefined, mac: string | undefined, state: string, clock: number): HandSetEntry | undefined {
  const valid = prev && !NOT_VALID.includes(prev.state);
  // (a state outside NUD_VALID takes no address, and the kernel dumps none)
  const lladdr = NOT_VALID.includes(state) ? undefined : mac ?? (valid ? prev.lladdr : undefined);
  if (lladdr === undefined && ["PERMANENT", "NOARP", "REACHABLE", "STALE"].includes(state)) return undefined;
  const confirmedAt = ["PERMANENT", "NOARP", "REACHABLE"].includes(state) ? clock
    : lladdr !== prev?.lladdr ? clock - 60_000 : prev?.confirmedAt ?? clock;
  return { ...(lladdr !== undefined ? { lladdr } : {}), state, at: clock, confirmedAt };
}

/** An entry set by hand at `at` and confirmed at `confirmedAt` (world clock, ms). */
export function staticStats(entry: HandSetEntry, clock: number): NeighStats {
  const seconds = (since: number) => Math.max(0, Math.floor((clock - since) / 1000));
  const age = seconds(entry.at ?? 0);
  return { ref: TIMED.has(entry.state) ? 1 : 0, used: age, confirmed: seconds(entry.confirmedAt ?? entry.at ?? 0), updated: age, probes: entry.state === "PROBE" ? 1 : 0 };
}

/** An entry ARP resolved: one broadcast probe after the three unicast ones it starts counted with. */
export const RESOLVED_STATS: NeighStats = { ref: 1, used: 0, confirmed: 0, updated: 0, probes: 4 };

/** The text print_neigh puts between the lladdr and the state (its "probes" has no leading space). */
export function statsText(s: NeighStats): string {
  return `${s.ref ? ` ref ${s.ref}` : ""} used ${s.used}/${s.confirmed}/${s.updated}probes ${s.probes} `;
}

export function statsJson(s: NeighStats): Record<string, number> {
  return { ...(s.ref ? { refcnt: s.ref } : {}), used: s.used, confirmed: s.confirmed, updated: s.updated, probes: s.probes };
}

