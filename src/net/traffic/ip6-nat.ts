// NAT66 for one IPv6 connection: what ip6tables' nat chains decided for its first packet, kept
// per namespace so retransmissions get the same translation without the chains (as conntrack
// does) and answers are translated back where they pass that namespace again.
// DNAT/REDIRECT rewrite the destination (PREROUTING, OUTPUT), SNAT/MASQUERADE the source
// (POSTROUTING, INPUT); a port range's first port is taken, an address range's first address.
import { sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { NatRequest6 } from "../../netfilter/extensions/target-util/nat-target.js";
import type { Packet } from "../../netfilter/types.js";
import { inet6StateIfAny } from "../inet6.js";
import { selectSource6 } from "../inet6-fib.js";
import { findLink } from "../links.js";
import type { World } from "../types.js";
import type { Leg } from "./tcp6-loopback.js";

interface Endpoint { addr: Ipv6; port: number }

/** One translation: on `side` of original packets in `netns`, `before` became `after`. */
interface Mapping6 { netns: string; side: "src" | "dst"; before: Endpoint; after: Endpoint }

/** The connection as one namespace's conntrack holds it (original tuple, and what NAT did there). */
export interface Conn6 {
  origSrc: Ipv6; origDst: Ipv6; origSport: number; origDport: number;
  replSrc: Ipv6; replDst: Ipv6; replSport: number; replDport: number;
  snat: boolean; dnat: boolean;
}

export interface NatBook {
  maps: Mapping6[];
  /** Each namespace's original tuple: the first packet as it came in (or was sent). */
  seen: Record<string, Endpoint[]>;
}

export const newNatBook = (): NatBook => ({ maps: [], seen: {} });

/** Note the first packet's tuple as it enters (or leaves from) `netns`. */
export function noteSeen(book: NatBook, netns: string, pkt: Packet): void {
  book.seen[netns] ??= [{ addr: pkt.src6!, port: pkt.sport }, { addr: pkt.dst6!, port: pkt.dport }];
}

/** `netns`'s conntrack entry for the connection, once its first packet got there. */
export function connIn(book: NatBook, netns: string): Conn6 | undefined {
  const seen = book.seen[netns];
  if (!seen) return undefined;
  const [src, dst] = seen as [Endpoint, Endpoint];
  const s = book.maps.find((m) => m.netns === netns && m.side === "src");
  const d = book.maps.find((m) => m.netns === netns && m.side === "dst");
  const replSrc = d?.after ?? dst;
  const replDst = s?.after ?? src;
  return {
    origSrc: src.addr, origDst: dst.addr, origSport: src.port, origDport: dst.port,
    replSrc: replSrc.addr, replDst: replDst.addr, replSport: replSrc.port, replDport: replDst.port,
    snat: s !== undefined, dnat: d !== undefined,
  };
}

const LOOPBACK6: Ipv6 = [0, 0, 0, 0, 0, 0, 0, 1];
const hasPorts = (pkt: Packet): boolean => pkt.proto === 6 || pkt.proto === 17;

function samePoint(pkt: Packet, addr: Ipv6 | undefined, port: number, e: Endpoint): boolean {
  return addr !== undefined && sameIpv6(addr, e.addr) && (!hasPorts(pkt) || port === e.port);
}

/** REDIRECT's address: ::1 for our own packets, else the first address of the device it came in by. */
function redirectAddr(world: World, leg: Leg): Ipv6 {
  if (leg.hook === "OUTPUT") return LOOPBACK6;
  const link = findLink(world, leg.netns, leg.iface);
  const addrs = inet6StateIfAny(world.namespaces[leg.netns]!)?.addrs ?? [];
  return addrs.find((a) => a.ifindex === link?.ifindex)?.addr ?? LOOPBACK6;
}

/** Apply a NAT target's decision to `pkt` at `leg` and note it in `book`. */
export function translate6(world: World, book: NatBook, request: NatRequest6, leg: Leg, pkt: Packet): Packet {
  const port = request.minPort;
  if (request.type === "DNAT" || request.type === "REDIRECT") {
    const addr = request.type === "REDIRECT" ? redirectAddr(world, leg) : request.minAddr6 ?? pkt.dst6!;
    const after = { addr, port: hasPorts(pkt) && port !== undefined ? port : pkt.dport };
    book.maps.push({ netns: leg.netns, side: "dst", before: { addr: pkt.dst6!, port: pkt.dport }, after });
    return { ...pkt, dst6: after.addr, dport: after.port };
  }
  const oif = findLink(world, leg.netns, leg.iface)?.ifindex;
  const addr = request.type === "MASQUERADE" ? selectSource6(world, leg.netns, pkt.dst6!, oif) ?? pkt.src6! : request.minAddr6 ?? pkt.src6!;
  const after = { addr, port: hasPorts(pkt) && port !== undefined ? port : pkt.sport };
  book.maps.push({ netns: leg.netns, side: "src", before: { addr: pkt.src6!, port: pkt.sport }, after });
  return { ...pkt, src6: after.addr, sport: after.port };
}

/** A later original-direction packet in `netns`: the translations of `side` its first one got. */
export function replayOriginal(book: NatBook, netns: string, side: "src" | "dst", pkt: Packet): Packet {
  for (const m of book.maps) {
    if (m.netns !== netns || m.side !== side) continue;
    if (side === "dst" && samePoint(pkt, pkt.dst6, pkt.dport, m.before)) pkt = { ...pkt, dst6: m.after.addr, dport: m.after.port };
    if (side === "src" && samePoint(pkt, pkt.src6, pkt.sport, m.before)) pkt = { ...pkt, src6: m.after.addr, sport: m.after.port };
  }
  return pkt;
}

/**
 * An answer in `netns`: undo what was done there to the original packets. Side "src" (its
 * destination back from SNAT/MASQUERADE) as it comes in, side "dst" (its source back from
 * DNAT/REDIRECT) as it goes out, as the kernel's nat hooks do.
 */
export function reverseReply(book: NatBook, netns: string, side: "src" | "dst", pkt: Packet): Packet {
  for (const m of book.maps) {
    if (m.netns !== netns || m.side !== side) continue;
    if (side === "dst" && samePoint(pkt, pkt.src6, pkt.sport, m.after)) pkt = { ...pkt, src6: m.before.addr, sport: m.before.port };
    if (side === "src" && samePoint(pkt, pkt.dst6, pkt.dport, m.after)) pkt = { ...pkt, dst6: m.before.addr, dport: m.before.port };
  }
  return pkt;
}
