// connect() to an IPv6 address. What is modelled (nothing listens on IPv6 anywhere: `serve`
// binds 0.0.0.0, so a SYN that arrives is answered by a RST):
// - no route: the route's error at once;
// - a local address (::1 or one of the namespace's own): out and back in on lo through
//   ip6tables and nft (tcp6-loopback.ts);
// - an on-link address (or gateway) that the other end of a veth holds, not tentative: our
//   OUTPUT/POSTROUTING on the device, the peer's PREROUTING/INPUT, its RST back through its
//   OUTPUT/POSTROUTING and our PREROUTING/INPUT;
// - a next hop nobody holds: the first SYN passes our OUTPUT/POSTROUTING and waits for neighbour
//   discovery, which gives up after 3 s: EHOSTUNREACH (a SYN our own rules drop is retransmitted
//   instead, and times out);
// - a remote address behind a gateway some peer holds: our hooks only, then no answer (timeout).
// Bridges, forwarding and IPv6 NAT are not modelled.
import { sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import { DAD_MS, inet6StateIfAny, isTentative, linkLocalAddr6 } from "../inet6.js";
import { lookup6, selectSource6 } from "../inet6-fib.js";
import { isOperUp, linkByIndex, vethPeer } from "../links.js";
import type { Link, World } from "../types.js";
import type { ExchangeOptions, TcpOutcome } from "./exchange.js";
import { loopbackSyn6, NDISC_FAIL_MS, receiveLegs, sendLegs, synExchange6, type SynFate, type SynPath } from "./tcp6-loopback.js";

const UNSPECIFIED: Ipv6 = [0, 0, 0, 0, 0, 0, 0, 0];

/** Does `link` in `netns` answer neighbour solicitations for `addr`? */
function holds(world: World, netns: string, link: Link, addr: Ipv6): boolean {
  if (link.ll6 !== undefined && world.clock - link.ll6 >= DAD_MS && sameIpv6(linkLocalAddr6(link.mac), addr)) return true;
  const state = inet6StateIfAny(world.namespaces[netns]!);
  return (state?.addrs ?? []).some((a) => a.ifindex === link.ifindex && sameIpv6(a.addr, addr) && !isTentative(world, a));
}

/** The hooks a SYN from `netns` out of device `oif` towards `nexthop` (for `dst`) passes. */
function remotePath(world: World, netns: string, oif: number | undefined, nexthop: Ipv6, dst: Ipv6): SynPath {
  const link = oif === undefined ? undefined : linkByIndex(world, netns, oif);
  const out = sendLegs(netns, link?.name ?? "lo");
  const peer = link ? vethPeer(world, link) : undefined;
  if (!link || !peer || !isOperUp(world, peer.netns, peer.link) || !holds(world, peer.netns, peer.link, nexthop)) {
    return { out, back: [], answers: false, unresolved: true };
  }
  if (!sameIpv6(nexthop, dst)) return { out, back: [], answers: false };
  return {
    out: [...out, ...receiveLegs(peer.netns, peer.link.name)],
    back: [...sendLegs(peer.netns, peer.link.name), ...receiveLegs(netns, link.name)],
    answers: true,
  };
}

export function tcp6Connect(world: World, netns: string, dst: Ipv6, port: number, opts: ExchangeOptions): TcpOutcome {
  const found = lookup6(world, netns, dst);
  if ("errno" in found) return { kind: "error", errno: found.errno, elapsedMs: 0, immediate: true };
  const route = found.route;
  let fate: SynFate;
  if (route.type === "local") fate = loopbackSyn6(world, netns, dst, port, opts.timeoutMs);
  else {
    const src = selectSource6(world, netns, dst, route.oif) ?? UNSPECIFIED;
    const path = remotePath(world, netns, route.oif, route.gateway ?? dst, dst);
    fate = synExchange6(world, netns, src, dst, port, opts.timeoutMs, path);
  }
  if (fate === "timeout") {
    world.clock += opts.timeoutMs;
    return { kind: "timeout", elapsedMs: opts.timeoutMs };
  }
  if (fate === "EHOSTUNREACH") {
    world.clock += NDISC_FAIL_MS;
    return { kind: "error", errno: fate, elapsedMs: NDISC_FAIL_MS };
  }
  return { kind: "error", errno: fate, elapsedMs: 0 };
}
