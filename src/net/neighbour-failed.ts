// Neighbour entries whose resolution failed (NUD_FAILED): the kernel keeps them (its garbage
// collector leaves a table under gc_thresh1 alone), so `ip neigh` and `arp` still list them
// until a new resolution succeeds, the device goes down or they are deleted. Plain data on the
// namespace under "failedNeighbours": "oif|nexthop" → true.
import { getNamespace } from "./links.js";
import type { World } from "./types.js";

type Failed = Record<string, true>;

function table(world: World, netns: string): Failed | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return undefined;
  return ((ns["failedNeighbours"] as Failed | undefined) ??= {});
}

export function markNeighbourFailed(world: World, netns: string, oif: string, nexthop: number): void {
  const t = table(world, netns);
  if (t) t[`${oif}|${nexthop}`] = true;
}

/** Forget failed entries of a device (all of them, or the one for `nexthop`). */
export function clearFailedNeighbours(world: World, netns: string, oif: string, nexthop?: number): void {
  const t = getNamespace(world, netns)?.["failedNeighbours"] as Failed | undefined;
  if (!t) return;
  for (const key of Object.keys(t)) if (nexthop === undefined ? key.startsWith(`${oif}|`) : key === `${oif}|${nexthop}`) delete t[key];
}

export function failedNeighbours(world: World, netns: string): { oif: string; addr: number }[] {
  const t = (getNamespace(world, netns)?.["failedNeighbours"] as Failed | undefined) ?? {};
  return Object.keys(t).map((key) => {
    const [oif = "", addr = "0"] = key.split("|");
    return { oif, addr: Number(addr) };
  });
}
