// Path MTU learnt from ICMP "fragmentation needed" (the route exception __ip_rt_update_pmtu
// makes): it expires after net.ipv4.route.mtu_expires (600 s) and never goes below
// net.ipv4.route.min_pmtu (552).
import type { World } from "./types.js";

interface LearntMtu {
  mtu: number;
  expires: number;
}

const MTU_EXPIRES_MS = 600_000;
const MIN_PMTU = 552;

function cacheOf(world: World, netns: string): Record<string, LearntMtu> | undefined {
  const ns = world.namespaces[netns];
  if (!ns) return undefined;
  const cache = (ns["pmtuCache"] as Record<string, LearntMtu> | undefined) ?? {};
  ns["pmtuCache"] = cache;
  return cache;
}

/** The path MTU towards `dst` learnt earlier, while it has not expired. */
export function learntPmtu(world: World, netns: string, dst: number): number | undefined {
  return learntPmtuEntry(world, netns, dst)?.mtu;
}

export function learntPmtuEntry(world: World, netns: string, dst: number): LearntMtu | undefined {
  const entry = cacheOf(world, netns)?.[dst];
  return entry && entry.expires > world.clock ? entry : undefined;
}

/** Destinations with a live learnt MTU (ip route show cache), in the order they were learnt. */
export function learntPmtuDestinations(world: World, netns: string): number[] {
  const cache = cacheOf(world, netns) ?? {};
  return Object.keys(cache).map(Number).filter((dst) => cache[dst]!.expires > world.clock);
}

/** ip route flush cache: rt_cache_flush bumps the generation, so every learnt MTU goes. */
export function forgetPmtu(world: World, netns: string): void {
  const ns = world.namespaces[netns];
  if (ns) ns["pmtuCache"] = {};
}

/**
 * How iproute2 shows a learnt MTU: "expires Nsec" (whole seconds left, rounded down) and the
 * MTU. A real command always runs a few milliseconds after the error came: 600 s reads 599.
 */
export function pmtuCacheText(world: World, netns: string, dst: number): string {
  const entry = learntPmtuEntry(world, netns, dst);
  return entry ? `expires ${Math.floor((entry.expires - world.clock - 1) / 1000)}sec mtu ${entry.mtu} ` : "";
}

/** An ICMP frag-needed about a packet to `dst` arrived: lower the path MTU (never raise it). */
export function learnPmtu(world: World, netns: string, dst: number, mtu: number, routeMtu: number): void {
  const cache = cacheOf(world, netns);
  if (!cache) return;
  const current = learntPmtu(world, netns, dst) ?? routeMtu;
  const wanted = Math.max(mtu, MIN_PMTU);
  if (wanted >= current) return;
  cache[dst] = { mtu: wanted, expires: world.clock + MTU_EXPIRES_MS };
}
