// One IPv6 packet sent from a namespace and carried hop by hop: routing in each namespace, our
// OUTPUT/POSTROUTING, neighbour discovery on the link, then at the far end either local delivery
// (PREROUTING, INPUT) or forwarding (PREROUTING, FORWARD, POSTROUTING, next hop). What stops it
// is reported, with the namespace where it happened, so the caller can play the answer.
//
// Neighbour discovery is played too, because ip6tables sees it: the solicitation leaves through
// the sender's OUTPUT/POSTROUTING and enters the neighbour's PREROUTING/INPUT, the advertisement
// comes back the same way, both as conntrack INVALID (no ICMPv6 connection is made for them).
// A DROP of either (a DROP-all INPUT policy) leaves the neighbour unresolved after three tries.
// A resolved neighbour stays known (no reachable-time expiry is modelled), and the solicited
// side learns the solicitation's source, so its answers need no discovery of their own.
import { formatIpv6, sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { ConntrackState, Packet, Verdict } from "../../netfilter/types.js";
import { DAD_MS, inet6StateIfAny, isTentative, linkLocalAddr6 } from "../inet6.js";
import { lookup6 } from "../inet6-fib.js";
import { isOperUp, linkByIndex, vethPeer } from "../links.js";
import { sysctlGet } from "../sysctl.js";
import type { Link, World } from "../types.js";
import { forwardLegs, packet6, receiveLegs, sendLegs, traverse, type Leg } from "./tcp6-loopback.js";

export type WalkEnd =
  /** Reached the socket layer of `netns`. */
  | { kind: "delivered"; netns: string }
  /** A rule at `leg` (in `netns`) dropped or rejected it. */
  | { kind: "verdict"; verdict: Verdict; netns: string; leg: Leg }
  /** Dropped without a word: forwarding off on a router, hop limit used up. */
  | { kind: "lost" }
  /** `netns` found no neighbour for its next hop (`own`: the sender itself). */
  | { kind: "ndisc-failed"; netns: string; own: boolean }
  /** `netns` had no route (or a reject route) for the destination. */
  | { kind: "no-route"; netns: string; errno: string; own: boolean };

export interface WalkOptions {
  state: ConntrackState;
  dir: "ORIGINAL" | "REPLY";
  /** nat chains see this packet (a connection's first). */
  nat?: boolean;
  /** The sending socket's owner (for -m owner in the sender's OUTPUT). */
  uid?: number;
}

/** NS and NA with a link-layer address option: 40 + 24 + 8 bytes. */
const NDISC_BYTES = 72;
const NDISC_TRIES = 3;
const MAX_HOPS = 64;

function ndCache(world: World, netns: string): string[] {
  return ((world.namespaces[netns]!["nd6Known"] as string[] | undefined) ??= []);
}
const ndKey = (iface: string, addr: Ipv6): string => `${iface}|${formatIpv6(addr)}`;

/** Usable (not tentative) addresses of `link`, the automatic link-local one included. */
function linkAddrs(world: World, netns: string, link: Link): Ipv6[] {
  const out: Ipv6[] = [];
  if (link.ll6 !== undefined && world.clock - link.ll6 >= DAD_MS) out.push(linkLocalAddr6(link.mac));
  const state = inet6StateIfAny(world.namespaces[netns]!);
  for (const a of state?.addrs ?? []) if (a.ifindex === link.ifindex && !isTentative(world, a)) out.push(a.addr);
  return out;
}

/** ndisc_send_ns's source: the packet's own source if `link` holds it, else a link-local address. */
function solicitSource(world: World, netns: string, link: Link, pktSrc: Ipv6): Ipv6 | undefined {
  const addrs = linkAddrs(world, netns, link);
  return addrs.find((a) => sameIpv6(a, pktSrc)) ?? addrs.find((a) => a[0] === 0xfe80);
}

/**
 * Resolve `nexthop` out of `link`: solicitations and advertisements through both namespaces'
 * hooks. Returns the neighbour's namespace and device, or undefined (nobody answered).
 */
function resolve(world: World, netns: string, link: Link, nexthop: Ipv6, pktSrc: Ipv6): { netns: string; link: Link } | undefined {
  const peer = vethPeer(world, link);
  const up = peer !== undefined && isOperUp(world, netns, link) && isOperUp(world, peer.netns, peer.link);
  const holder = up && linkAddrs(world, peer.netns, peer.link).some((a) => sameIpv6(a, nexthop));
  if (holder && ndCache(world, netns).includes(ndKey(link.name, nexthop))) return peer;
  const src = solicitSource(world, netns, link, pktSrc);
  if (!src) return undefined;
  const ns = packet6(src, nexthop, 58, NDISC_BYTES, { icmpType: 135, ttl: 255 });
  const na = packet6(nexthop, src, 58, NDISC_BYTES, { icmpType: 136, ttl: 255 });
  for (let i = 0; i < NDISC_TRIES; i++) {
    if (traverse(world, sendLegs(netns, link.name), ns, "INVALID", "ORIGINAL").kind !== "ACCEPT" || !up) continue;
    // a solicitation for someone else's address reaches no socket: only PREROUTING sees it
    const inLegs = receiveLegs(peer!.netns, peer!.link.name);
    if (traverse(world, holder ? inLegs : inLegs.slice(0, 1), ns, "INVALID", "ORIGINAL").kind !== "ACCEPT" || !holder) continue;
    const learned = ndCache(world, peer!.netns);
    if (!learned.includes(ndKey(peer!.link.name, src))) learned.push(ndKey(peer!.link.name, src));
    const way = [...sendLegs(peer!.netns, peer!.link.name), ...receiveLegs(netns, link.name)];
    if (traverse(world, way, na, "INVALID", "ORIGINAL").kind !== "ACCEPT") continue;
    ndCache(world, netns).push(ndKey(link.name, nexthop));
    return peer;
  }
  return undefined;
}

/** Is `addr` one of `netns`'s own addresses (a local route)? */
function isLocal6(world: World, netns: string, addr: Ipv6): boolean {
  const found = lookup6(world, netns, addr);
  return "route" in found && found.route.type === "local";
}

/** Send `pkt` (from a socket or the kernel of `from`) towards pkt.dst6 until something stops it. */
export function walk6(world: World, from: string, pkt: Packet, opts: WalkOptions): WalkEnd {
  let netns = from;
  let legs: Leg[] = [];
  let inIface: string | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const own = netns === from;
    const found = lookup6(world, netns, pkt.dst6!);
    if ("errno" in found) {
      if (!own) {
        const v = traverse(world, legs, pkt, opts.state, opts.dir, { nat: opts.nat });
        if (v.kind !== "ACCEPT") return { kind: "verdict", verdict: v, netns, leg: legs[v.leg!]! };
      }
      return { kind: "no-route", netns, errno: found.errno, own };
    }
    const link = found.route.oif === undefined ? undefined : linkByIndex(world, netns, found.route.oif);
    if (!link) return { kind: "lost" };
    legs = own ? sendLegs(netns, link.name) : [...legs, ...forwardLegs(netns, inIface!, link.name).slice(1)];
    const v = traverse(world, legs, pkt, opts.state, opts.dir, { nat: opts.nat, ...(own && opts.uid !== undefined ? { uid: opts.uid } : {}) });
    if (v.kind !== "ACCEPT") return { kind: "verdict", verdict: v, netns, leg: legs[v.leg!]! };
    const peer = resolve(world, netns, link, found.route.gateway ?? pkt.dst6!, pkt.src6!);
    if (!peer) return { kind: "ndisc-failed", netns, own };
    netns = peer.netns;
    inIface = peer.link.name;
    if (isLocal6(world, netns, pkt.dst6!)) {
      const inLegs = receiveLegs(netns, inIface);
      const w = traverse(world, inLegs, pkt, opts.state, opts.dir, { nat: opts.nat });
      return w.kind === "ACCEPT" ? { kind: "delivered", netns } : { kind: "verdict", verdict: w, netns, leg: inLegs[w.leg!]! };
    }
    // a router: PREROUTING now, the rest once the route out is known
    legs = receiveLegs(netns, inIface).slice(0, 1);
    if (sysctlGet(world, netns, "net.ipv6.conf.all.forwarding") !== "1") {
      const w = traverse(world, legs, pkt, opts.state, opts.dir, { nat: opts.nat });
      return w.kind === "ACCEPT" ? { kind: "lost" } : { kind: "verdict", verdict: w, netns, leg: legs[0]! };
    }
    if (pkt.ttl <= 1) return { kind: "lost" };
    pkt = { ...pkt, ttl: pkt.ttl - 1 };
  }
  return { kind: "lost" };
}
