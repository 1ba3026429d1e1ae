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
  const entry = cacheOf(world, netns)?.[dst];
  return entry && entry.expires > world.clock ? entry.mtu : undefined;
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
