// One IPv6 packet sent from a namespace and carried hop by hop: routing in each namespace, our
// OUTPUT/POSTROUTING, neighbour discovery on the link, then at the far end either local delivery
// (PREROUTING, INPUT) or forwarding (PREROUTING, FORWARD, POSTROUTING, next hop). What stops it
// is reported, with the namespace where it happened, so the caller can play the answer.
//
// Neighbour discovery is played too, because ip6tables sees it: the solicitation leaves through
// the sender's OUTPUT/POSTROUTING and enters the neighbour's PREROUTING/INPUT, the advertisement
// comes back the same way, both UNTRACKED by conntrack.
// A DROP of either (a DROP-all INPUT policy) leaves the neighbour unresolved after three tries.
// Entries go to `ip -6 neigh` (ns["neighbours6"]): a resolved neighbour stays REACHABLE (no
// reachable-time expiry is modelled), one that never answered is FAILED (asked again next
// time), and the solicited side learns the solicitation's source (DELAY: its advertisement
// used the entry), so its answers need no discovery of their own.
import { sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { ConntrackState, Packet, Verdict } from "../../netfilter/types.js";
import { DAD_MS, inet6StateIfAny, isTentative, linkLocalAddr6 } from "../inet6.js";
import { lookup6 } from "../inet6-fib.js";
import { linkByIndex } from "../links.js";
import { bridgeLegs, l2Peers, type Crossing, type L2Peer } from "./ip6-l2.js";
import { sysctlGet } from "../sysctl.js";
import type { Link, World } from "../types.js";
import { connIn, noteSeen, replayOriginal, reverseReply, translate6, type NatBook } from "./ip6-nat.js";
import type { NatRequest6 } from "../../netfilter/extensions/target-util/nat-target.js";
import { forwardLegs, packet6, receiveLegs, sendLegs, traverse, type Leg } from "./tcp6-loopback.js";

/** How the walk ended; `pkt` is the packet as it was there (after any NAT). */
export type WalkEnd = { pkt: Packet } & (
  /** Reached the socket layer of `netns`. */
  | { kind: "delivered"; netns: string }
  /** A rule at `leg` (in `netns`) dropped or rejected it. */
  | { kind: "verdict"; verdict: Verdict; netns: string; leg: Leg }
  /** Dropped without a word: forwarding off on a router. */
  | { kind: "lost" }
  /** A router (`netns`) got it with hop limit 1: it answers time-exceeded. */
  | { kind: "hop-limit"; netns: string }
  /** `netns` found no neighbour for its next hop (`own`: the sender itself). */
  | { kind: "ndisc-failed"; netns: string; own: boolean }
  /** `netns` had no route (or a reject route) for the destination. */
  | { kind: "no-route"; netns: string; errno: string; own: boolean });

export interface WalkOptions {
  state: ConntrackState;
  dir: "ORIGINAL" | "REPLY";
  /** nat chains see this packet (a connection's first). */
  nat?: boolean;
  /** The sending socket's owner (for -m owner in the sender's OUTPUT). */
  uid?: number;
  /** The connection's NAT66 translations (ip6-nat.ts); without it nat chains translate nothing. */
  book?: NatBook;
}

/** NS and NA with a link-layer address option: 40 + 24 + 8 bytes. */
const NDISC_BYTES = 72;
const NDISC_TRIES = 3;
const MAX_HOPS = 64;

/** An `ip -6 neigh` entry (ip/neigh6.ts keeps the list, in order of creation). */
interface Neighbour6 { dev: string; addr: Ipv6; lladdr?: string; state: string }

function neighbours(world: World, netns: string): Neighbour6[] {
  return ((world.namespaces[netns]!["neighbours6"] as Neighbour6[] | undefined) ??= []);
}

/** States in which an entry gives a link-layer address without asking. */
const VALID = new Set(["REACHABLE", "STALE", "DELAY", "PROBE", "PERMANENT", "NOARP"]);

function entryOf(world: World, netns: string, dev: string, addr: Ipv6): Neighbour6 | undefined {
  return neighbours(world, netns).find((e) => e.dev === dev && sameIpv6(e.addr, addr));
}

/** Record what discovery learned; an entry already valid with that address is left alone. */
function learn(world: World, netns: string, dev: string, addr: Ipv6, state: string, lladdr?: string): void {
  const entry = entryOf(world, netns, dev, addr);
  // a device lists its newest neighbour first (the kernel's per-device list)
  if (!entry) neighbours(world, netns).unshift({ dev, addr, ...(lladdr !== undefined ? { lladdr } : {}), state });
  else if (!VALID.has(entry.state)) {
    entry.state = state;
    if (lladdr === undefined) delete entry.lladdr;
    else entry.lladdr = lladdr;
  }
}

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

/** The far side of a bridge crossing, for frames going back. */
const backwards = (c: Crossing): Crossing => ({ ...c, inPort: c.outPort, outPort: c.inPort });

/**
 * Resolve `nexthop` out of `link`: solicitations and advertisements through the hooks of both
 * namespaces (and of a bridge crossed). Returns who holds it, or undefined (nobody answered).
 * Bridges snoop MLD, so only the holder's port gets the multicast solicitation.
 */
function resolve(world: World, netns: string, link: Link, nexthop: Ipv6, pktSrc: Ipv6): L2Peer | undefined {
  const holder = l2Peers(world, netns, link).find((p) => linkAddrs(world, p.netns, p.link).some((a) => sameIpv6(a, nexthop)));
  const known = entryOf(world, netns, link.name, nexthop);
  if (known && VALID.has(known.state)) return holder;
  const src = solicitSource(world, netns, link, pktSrc);
  if (!src) return undefined;
  // solicitations and advertisements are never tracked (nf_conntrack_icmpv6: UNTRACKED)
  const ns = packet6(src, nexthop, 58, NDISC_BYTES, { icmpType: 135, ttl: 255 });
  const na = packet6(nexthop, src, 58, NDISC_BYTES, { icmpType: 136, ttl: 255 });
  for (let i = 0; i < NDISC_TRIES; i++) {
    if (traverse(world, sendLegs(netns, link.name), ns, "UNTRACKED", "ORIGINAL").kind !== "ACCEPT" || !holder) continue;
    const there = [...(holder.crossing ? bridgeLegs(world, holder.crossing) : []), ...receiveLegs(holder.netns, holder.link.name)];
    if (traverse(world, there, ns, "UNTRACKED", "ORIGINAL").kind !== "ACCEPT") continue;
    // the solicited side learns the asker (STALE), and answering uses the entry (DELAY)
    learn(world, holder.netns, holder.link.name, src, "DELAY", link.mac);
    const back = [
      ...sendLegs(holder.netns, holder.link.name),
      ...(holder.crossing ? bridgeLegs(world, backwards(holder.crossing)) : []),
      ...receiveLegs(netns, link.name),
    ];
    if (traverse(world, back, na, "UNTRACKED", "ORIGINAL").kind !== "ACCEPT") continue;
    learn(world, netns, link.name, nexthop, "REACHABLE", holder.link.mac);
    return holder;
  }
  learn(world, netns, link.name, nexthop, "FAILED");
  return undefined;
}

/** Is `addr` one of `netns`'s own addresses (a local route)? */
function isLocal6(world: World, netns: string, addr: Ipv6): boolean {
  const found = lookup6(world, netns, addr);
  return "route" in found && found.route.type === "local";
}

/**
 * Send `pkt` (from a socket or the kernel of `from`) towards pkt.dst6 until something stops it.
 * With `book`, NAT is done: the nat chains' decisions are noted there (first packet), replayed
 * for later packets of the connection, and undone for its answers (dir REPLY).
 */
export function walk6(world: World, from: string, pkt: Packet, opts: WalkOptions): WalkEnd {
  const book = opts.book;
  const reply = opts.dir === "REPLY";
  let netns = from;
  let stop: WalkEnd | undefined;
  const untracked = new Set<string>();
  /** Through `way` in `netns`; then the original-direction replay of `side`, or an answer's undoing. */
  const pass = (way: Leg[], side?: "src" | "dst", uid?: number, at = netns): boolean => {
    const v = traverse(world, way, pkt, opts.state, opts.dir, {
      nat: opts.nat, untracked, ...(uid !== undefined ? { uid } : {}), ...(book ? { connOf: (n: string) => connIn(book, n) } : {}),
      ...(book && opts.nat ? { onNat: (r: NatRequest6, leg: Leg, p: Packet) => translate6(world, book, r, leg, p) } : {}),
    });
    if (v.kind !== "ACCEPT") {
      stop = { kind: "verdict", verdict: v, netns: at, leg: way[v.leg!]!, pkt };
      return false;
    }
    pkt = v.pkt ?? pkt;
    if (book && side && reply) pkt = reverseReply(book, netns, side, pkt);
    else if (book && side && !opts.nat) pkt = replayOriginal(book, netns, side, pkt);
    return true;
  };
  // leaving the sender: OUTPUT (a DNAT there routes again), then POSTROUTING
  let found = lookup6(world, netns, pkt.dst6!);
  if ("errno" in found) return { kind: "no-route", netns, errno: found.errno, own: true, pkt };
  let link = found.route.oif === undefined ? undefined : linkByIndex(world, netns, found.route.oif);
  if (!link) return { kind: "lost", pkt };
  const before = pkt.dst6!;
  if (book && !reply) noteSeen(book, netns, pkt);
  if (!pass(sendLegs(netns, link.name).slice(0, 1), reply ? undefined : "dst", opts.uid)) return stop!;
  if (!sameIpv6(before, pkt.dst6!)) {
    found = lookup6(world, netns, pkt.dst6!);
    if ("errno" in found) return { kind: "no-route", netns, errno: found.errno, own: true, pkt };
    link = found.route.oif === undefined ? undefined : linkByIndex(world, netns, found.route.oif);
    if (!link) return { kind: "lost", pkt };
  }
  if (!pass(sendLegs(netns, link.name).slice(1), reply ? "dst" : "src")) return stop!;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const own = netns === from;
    const peer = resolve(world, netns, link, found.route.gateway ?? pkt.dst6!, pkt.src6!);
    if (!peer) return { kind: "ndisc-failed", netns, own, pkt };
    if (peer.crossing && !pass(bridgeLegs(world, peer.crossing), undefined, undefined, peer.crossing.netns)) return stop!;
    netns = peer.netns;
    const inIface = peer.link.name;
    const inLegs = receiveLegs(netns, inIface);
    if (book && !reply) noteSeen(book, netns, pkt);
    if (!pass(inLegs.slice(0, 1), reply ? "src" : "dst")) return stop!;
    if (isLocal6(world, netns, pkt.dst6!)) return pass(inLegs.slice(1), reply ? "dst" : undefined) ? { kind: "delivered", netns, pkt } : stop!;
    // a router
    if (sysctlGet(world, netns, "net.ipv6.conf.all.forwarding") !== "1") return { kind: "lost", pkt };
    if (pkt.ttl <= 1) return { kind: "hop-limit", netns, pkt };
    pkt = { ...pkt, ttl: pkt.ttl - 1 };
    found = lookup6(world, netns, pkt.dst6!);
    if ("errno" in found) return { kind: "no-route", netns, errno: found.errno, own: false, pkt };
    link = found.route.oif === undefined ? undefined : linkByIndex(world, netns, found.route.oif);
    if (!link) return { kind: "lost", pkt };
    if (!pass(forwardLegs(netns, inIface, link.name).slice(1), reply ? "dst" : "src")) return stop!;
  }
  return { kind: "lost", pkt };
}
