// connect() to an IPv6 address. What is modelled (nothing listens on IPv6 anywhere: `serve`
// binds 0.0.0.0, so a SYN that arrives is answered by a RST):
// - no route: the route's error at once;
// - a local address (::1 or one of the namespace's own): out and back in on lo through
//   ip6tables and nft (tcp6-loopback.ts);
// - anything else: the SYN is carried hop by hop (ip6-route-walk.ts: neighbour discovery,
//   routers with forwarding on, their FORWARD chains), and so is its answer: the RST of the
//   closed port, a REJECT's RST or ICMPv6 error from wherever the rule sits, or a router's
//   error (no route, neighbour never answered).
// What a SYN_SENT socket does with ICMPv6 errors, as observed: a REJECT's port-unreachable or
// adm-prohibited is ignored (curl waits for its timeout); a router's "no route" or "address
// unreachable" fails connect() (ENETUNREACH, EHOSTUNREACH).
// A next hop nobody answers from our own namespace: the first SYN waits for neighbour
// discovery, which gives up after 3 s: EHOSTUNREACH (its retransmissions stay queued).
// NAT66 (DNAT, REDIRECT, SNAT, MASQUERADE) is kept per connection in its NatBook (ip6-nat.ts).
import type { Ipv6 } from "../../netfilter/ipv6.js";
import type { Packet } from "../../netfilter/types.js";
import { TCP_ACK, TCP_RST } from "../../netfilter/types.js";
import { lookup6, selectSource6 } from "../inet6-fib.js";
import type { World } from "../types.js";
import type { ExchangeOptions, TcpOutcome } from "./exchange.js";
import { newNatBook, type NatBook } from "./ip6-nat.js";
import { walk6 } from "./ip6-route-walk.js";
import {
  ICMP6_ERROR_BYTES, icmp6Errno, localWay, loopbackSyn6, packet6, REJECT6_CODES, rejectAnswer, RST_BYTES, synExchange6, traverse, type SynOnce,
} from "./tcp6-loopback.js";

const UNSPECIFIED: Ipv6 = [0, 0, 0, 0, 0, 0, 0, 0];

/** `netns`'s kernel answers the SYN with a packet (RST or ICMPv6 error): does it reach the sender? */
function answerArrives(world: World, from: string, book: NatBook, answer: Packet, sender: string): boolean {
  const end = walk6(world, from, answer, { state: "RELATED", dir: "REPLY", book });
  return end.kind === "delivered" && end.netns === sender;
}

function answeredOnLo(world: World, netns: string, answer: Packet): boolean {
  return traverse(world, localWay(netns), answer, "RELATED", "REPLY").kind === "ACCEPT";
}

function rstFor(syn: Packet): Packet {
  return packet6(syn.dst6!, syn.src6!, 6, RST_BYTES, { sport: syn.dport, dport: syn.sport, tcpFlags: TCP_RST | TCP_ACK });
}

/** An ICMPv6 error about `syn` (destination unreachable unless `type` says otherwise). */
function icmpError(syn: Packet, code: number, type = 1): Packet {
  return packet6(syn.dst6!, syn.src6!, 58, ICMP6_ERROR_BYTES, { icmpType: type, icmpCode: code, inner: syn });
}

/** One SYN from `netns` along the routed path, and what comes of it. */
function routedSyn(world: World, netns: string, book: NatBook, syn: Packet, confirmed: boolean): SynOnce {
  const end = walk6(world, netns, syn, { state: "NEW", dir: "ORIGINAL", nat: !confirmed, uid: 0, book });
  const left = end.kind !== "verdict" || end.netns !== netns;
  const next = confirmed || left;
  switch (end.kind) {
    case "delivered": {
      const rst = rstFor(end.pkt);
      const back = walk6(world, end.netns, rst, { state: "ESTABLISHED", dir: "REPLY", book });
      return { fate: back.kind === "delivered" && back.netns === netns ? "ECONNREFUSED" : "timeout", confirmed: next };
    }
    case "verdict": {
      if (end.verdict.kind !== "REJECT") return { fate: "timeout", confirmed: next };
      if (end.netns === netns) return { ...rejectAnswer(world, localWay(netns), syn, end.verdict.with), confirmed: next };
      if (end.verdict.with === "tcp-reset") {
        const rst = rstFor(end.pkt);
        return { fate: answerArrives(world, end.netns, book, rst, netns) ? "ECONNREFUSED" : "timeout", confirmed: next };
      }
      const code = REJECT6_CODES[end.verdict.with] ?? 4;
      return answerArrives(world, end.netns, book, icmpError(end.pkt, code), netns) ? { fate: icmp6Errno(code), confirmed: next, soft: true } : { fate: "timeout", confirmed: next };
    }
    case "ndisc-failed":
      // ip6_link_failure: an ICMPv6 address-unreachable to ourselves, on lo, tells the socket
      if (end.own) return { fate: answeredOnLo(world, netns, icmpError(end.pkt, 3)) ? "EHOSTUNREACH" : "timeout", confirmed: true };
      return { fate: answerArrives(world, end.netns, book, icmpError(end.pkt, 3), netns) ? "EHOSTUNREACH" : "timeout", confirmed: true };
    case "no-route":
      if (end.own) return { fate: "timeout", confirmed };
      // sent from the router's softirq inside our connect(): a soft error, like a REJECT's
      return answerArrives(world, end.netns, book, icmpError(end.pkt, 0), netns) ? { fate: "ENETUNREACH", confirmed: true, soft: true } : { fate: "timeout", confirmed: true };
    case "hop-limit":
      // time exceeded converts to EHOSTUNREACH, a soft error like the others
      return answerArrives(world, end.netns, book, icmpError(end.pkt, 0, 3), netns) ? { fate: "EHOSTUNREACH", confirmed: true, soft: true } : { fate: "timeout", confirmed: true };
    case "lost":
      return { fate: "timeout", confirmed: true };
  }
}

export function tcp6Connect(world: World, netns: string, dst: Ipv6, port: number, opts: ExchangeOptions): TcpOutcome {
  const found = lookup6(world, netns, dst);
  if ("errno" in found) return { kind: "error", errno: found.errno, elapsedMs: 0, immediate: true };
  const route = found.route;
  let end: { fate: string; atMs: number };
  if (route.type === "local") end = loopbackSyn6(world, netns, dst, port, opts.timeoutMs);
  else {
    const src = selectSource6(world, netns, dst, route.oif) ?? UNSPECIFIED;
    const book = newNatBook();
    const send = (syn: Packet, confirmed: boolean) => routedSyn(world, netns, book, syn, confirmed);
    end = synExchange6(world, netns, src, dst, port, opts.timeoutMs, { out: [], back: [], answers: false, send });
  }
  world.clock += end.atMs;
  if (end.fate === "timeout") return { kind: "timeout", elapsedMs: end.atMs };
  return { kind: "error", errno: end.fate, elapsedMs: end.atMs };
}
