// Neighbour resolution that gets no answer: the kernel queues the packets while it asks (three
// probes a second apart), then fails the entry and answers every queued packet with ICMP host
// unreachable (arp_error_report → ipv4_link_failure). Plain data on the world.
import type { Packet } from "../netfilter/types.js";
import type { CtRef } from "./conntrack.js";
import type { Skb } from "./packet-path-hooks.js";
import type { World } from "./types.js";
import { markNeighbourFailed } from "./neighbour-failed.js";

/** mcast_solicit (3) × retrans_time (1 s). */
export const ARP_FAIL_MS = 3000;

export interface PendingArp {
  netns: string;
  oif: string;
  nexthop: number;
  /** Emulated time at which the entry fails. */
  due: number;
  pkt: Packet;
  ct?: CtRef;
}

function pendingOf(world: World): PendingArp[] {
  let list = world["arpPending"] as PendingArp[] | undefined;
  if (!list) {
    list = [];
    world["arpPending"] = list;
  }
  return list;
}

/** A packet waits for an answer that will not come (unres_qlen: at most 101 per neighbour). */
export function queueUnresolved(world: World, netns: string, oif: string, nexthop: number, skb: Skb): void {
  const list = pendingOf(world);
  const same = list.filter((p) => p.netns === netns && p.oif === oif && p.nexthop === nexthop);
  if (same.length >= 101) return;
  const due = same[0]?.due ?? world.clock + ARP_FAIL_MS;
  const ct = skb.ct && skb.ctNetns === netns ? skb.ct : undefined;
  list.push({ netns, oif, nexthop, due, pkt: { ...skb.pkt }, ...(ct ? { ct } : {}) });
}

/** Queued packets whose resolution has failed by now, removed from the queue. */
export function takeFailed(world: World): PendingArp[] {
  const list = world["arpPending"] as PendingArp[] | undefined;
  if (!list || list.length === 0) return [];
  const due = list.filter((p) => p.due <= world.clock);
  if (due.length > 0) world["arpPending"] = list.filter((p) => p.due > world.clock);
  for (const p of due) markNeighbourFailed(world, p.netns, p.oif, p.nexthop);
  return due;
}

/** When the next queued resolution fails, if any. */
export function nextFailure(world: World): number | undefined {
  const list = world["arpPending"] as PendingArp[] | undefined;
  if (!list || list.length === 0) return undefined;
  return Math.min(...list.map((p) => p.due));
}
