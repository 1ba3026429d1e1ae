// The tiny TCP/UDP/ICMP stack at the end of the packet path: listeners answer (serve's one
// JSON line), a closed TCP port answers RST, a closed UDP port ICMP port-unreachable, echo
// requests get replies, and ICMP errors reach the socket whose packet they quote.
import type { Packet } from "../netfilter/types.js";
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, TCP_ACK, TCP_CWR, TCP_ECE, TCP_RST, TCP_SYN } from "../netfilter/types.js";
import { formatIpv4 } from "../netfilter/ip.js";
import type { Skb } from "./packet-path-hooks.js";
import { newSim, sendIcmpError, sendLocal, type SendResult, type Sim } from "./packet-path.js";
import {
  icmpEcho,
  icmpErrno,
  pyJsonObject,
  synAckFor,
  tcpPacket,
  tcpSegment,
  TCP_BARE_RST_LEN,
  udpPacket,
} from "./packet-path-packets.js";
import { findListener } from "./sockets.js";
import { advertisedMss, pathMtu } from "./route-metrics.js";
import { learnPmtu } from "./pmtu.js";
import { findLink, routeOutput, topoAddrType, topoSysctlNumber } from "./packet-path-topology.js";
import type { PathRecorder } from "./packet-path-hooks.js";
import type { World } from "./types.js";

export interface TcpEndpoint {
  netns: string;
  laddr: number;
  lport: number;
  raddr: number;
  rport: number;
  role: "client" | "server";
  state: "SYN_SENT" | "SYN_RECV" | "ESTABLISHED" | "CLOSED";
  /** Bytes received (the client collects the server's line). */
  received: string;
  error?: string;
  /** sk_err_soft: an ICMP error about an established connection (what SO_ERROR reads next). */
  softError?: string;
  /** Client side: a blocking connect() still holds the socket lock (sock_owned_by_user). */
  ownedByUser?: boolean;
  /** An ICMP error that came while connect() held the lock: only remembered (sk_err_soft). */
  synSoftError?: string;
  /** Server side: the line to send once the handshake completes. */
  line?: string;
  /** Server side: the line was sent and not yet acknowledged (it will be retransmitted). */
  unacked?: boolean;
  /** The handshake agreed on no timestamps (the SYN came without them): 40-byte headers. */
  noTimestamps?: boolean;
  /** Server side: the first send of the line failed locally (a DROP in its own OUTPUT). */
  sendFailed?: boolean;
  /** ECN was agreed in the handshake (ECE+CWR on the SYN, ECE on the SYN-ACK). */
  ecn?: boolean;
  /** Server side: the line went out once (a retransmission is sent without ECT). */
  lineSent?: boolean;
}

export interface UdpEndpoint {
  netns: string;
  laddr: number;
  lport: number;
  raddr: number;
  rport: number;
  received?: string;
  error?: string;
}

export interface IcmpSocket {
  netns: string;
  id: number;
  seq: number;
  daddr: number;
  result?: "replied" | "unreachable";
  /** Who answered, and how (for ping's "From … Destination Host Unreachable"). */
  from?: number;
  ttl?: number;
  type?: number;
  code?: number;
  /** The next-hop MTU a frag-needed error carries. */
  mtu?: number;
  /** SO_BINDTODEVICE. */
  boundDev?: string;
}

/** Sockets that live only while a command's packets are in flight. */
export interface Stack {
  tcp: Map<string, TcpEndpoint>;
  udp: Map<string, UdpEndpoint>;
  icmp: IcmpSocket[];
}

export function connKey(netns: string, laddr: number, lport: number, raddr: number, rport: number): string {
  return `${netns}|${laddr}:${lport}|${raddr}:${rport}`;
}

/** A simulation whose local deliveries go to `stack`. */
export function stackSim(world: World, stack: Stack, recorder?: PathRecorder): Sim {
  const sim = newSim(world, (sim, netns, iface, skb) => deliver(sim, stack, netns, skb, iface), recorder);
  sim.socketLookup = (netns, pkt) => lookupSocket(world, stack, netns, pkt);
  return sim;
}

/**
 * nf_sk_lookup_slow_v4 for -m socket: the connection's own socket (never a wildcard one: a
 * request or an accepted socket has its local address), else the listener, a wildcard one
 * when bound to 0.0.0.0. ICMP is not looked up.
 */
function lookupSocket(world: World, stack: Stack, netns: string, pkt: Packet): { wildcard: boolean; fullsock: boolean } | undefined {
  if (pkt.proto !== IPPROTO_TCP && pkt.proto !== IPPROTO_UDP) return undefined;
  const key = connKey(netns, pkt.dst, pkt.dport, pkt.src, pkt.sport);
  // a half-open TCP connection is a request sock, not a full socket
  if (pkt.proto === IPPROTO_TCP && stack.tcp.has(key)) return { wildcard: false, fullsock: stack.tcp.get(key)!.state !== "SYN_RECV" };
  if (pkt.proto === IPPROTO_UDP && stack.udp.has(key)) return { wildcard: false, fullsock: true };
  const listener = findListener(world.namespaces[netns]!, pkt.proto === IPPROTO_TCP ? "tcp" : "udp", pkt.dst, pkt.dport);
  return listener ? { wildcard: listener.addr === 0, fullsock: true } : undefined;
}

export function newStack(): Stack {
  return { tcp: new Map(), udp: new Map(), icmp: [] };
}

function deliver(sim: Sim, stack: Stack, netns: string, skb: Skb, iface: string): void {
  const pkt = skb.pkt;
  if (pkt.proto === IPPROTO_TCP) tcpRcv(sim, stack, netns, pkt);
  else if (pkt.proto === IPPROTO_UDP) udpRcv(sim, stack, netns, skb);
  else if (pkt.proto === IPPROTO_ICMP) icmpRcv(sim, stack, netns, pkt, iface);
}

export function serveLine(name: string, peer: number): string {
  return pyJsonObject([
    ["served_by", name],
    ["seen_src", formatIpv4(peer)],
  ]) + "\n";
}

// Replies leave from the address the packet came to, which routing made ours (the whole of
// 127/8 is local), so they are routed by destination only.
const REPLY = { anySource: true };
const LOOPBACK = 0x7f000001;

/**
 * Send a reply from the address the packet came to. That address is only ours when the
 * packet was routed to a local address: one that came in over a plain unicast route through
 * lo (`ip route add X dev lo`) was delivered but cannot be answered from X (the kernel's
 * output route refuses a source that is not local, EINVAL; a TCP reset is not even tried).
 */
function sendReply(sim: Sim, netns: string, pkt: Packet, kernelIcmp = false, noSocket = false): SendResult {
  if (pkt.src !== 0 && topoAddrType(sim.world, netns, pkt.src) === "UNICAST") return { ok: false, errno: "EINVAL" };
  return sendLocal(sim, netns, pkt, kernelIcmp || noSocket ? { ...REPLY, kernelIcmp, noSocket } : REPLY);
}

/**
 * Where an established socket's segments go (ip_queue_xmit copies the routed flow's addresses
 * into the header): a peer of 0.0.0.0 (a SYN sent before any source existed) is routed as
 * "this host", i.e. to the socket's own address. Only the SYN-ACK and RSTs keep 0.0.0.0.
 */
function sendTo(ep: TcpEndpoint): number {
  return ep.raddr === 0 ? ep.laddr : ep.raddr;
}

function tcpSend(sim: Sim, ep: TcpEndpoint, flags: number, payload?: string): void {
  const pkt = tcpSegment(ep.laddr, sendTo(ep), ep.lport, ep.rport, flags, ep.noTimestamps, payload);
  if (ep.role === "server") sendReply(sim, ep.netns, pkt);
  else sendLocal(sim, ep.netns, pkt);
}

/** The server's one data segment (PSH|ACK, 52 bytes of headers with timestamps + the line). */
export function sendLine(sim: Sim, ep: TcpEndpoint): void {
  if (ep.line === undefined) return;
  const seg = tcpSegment(ep.laddr, sendTo(ep), ep.lport, ep.rport, TCP_ACK | 0x08, ep.noTimestamps, ep.line);
  // tcp_ecn_send: new data of an ECN connection is ECT(0); retransmissions are not ECN-capable
  if (ep.ecn && !ep.lineSent) seg.tos = (seg.tos & ~3) | 2;
  ep.lineSent = true;
  const r = sendReply(sim, ep.netns, seg);
  ep.sendFailed ??= !r.ok;
}

function tcpRcv(sim: Sim, stack: Stack, netns: string, pkt: Packet): void {
  const key = connKey(netns, pkt.dst, pkt.dport, pkt.src, pkt.sport);
  const ep = stack.tcp.get(key);
  const syn = (pkt.tcpFlags & TCP_SYN) !== 0;
  const ack = (pkt.tcpFlags & TCP_ACK) !== 0;
  const rst = (pkt.tcpFlags & TCP_RST) !== 0;
  if (ep) {
    if (rst) {
      if (ep.role === "client" && ep.state === "SYN_SENT") ep.error = "ECONNREFUSED";
      else if (ep.role === "client" && ep.state === "ESTABLISHED") ep.error = "ECONNRESET";
      ep.state = "CLOSED";
      stack.tcp.delete(key);
      return;
    }
    if (ep.role === "client") {
      if (ep.state === "SYN_SENT" && syn && ack) {
        ep.state = "ESTABLISHED";
        // timestamps are used only when the SYN-ACK carries them too
        if (pkt.tcpOptions && !pkt.tcpOptions.includes(8)) ep.noTimestamps = true;
        if (ep.ecn && (pkt.tcpFlags & (TCP_ECE | TCP_CWR)) !== TCP_ECE) ep.ecn = false;
        tcpSend(sim, ep, TCP_ACK);
      } else if (ep.state === "ESTABLISHED" && pkt.payload) {
        ep.received += pkt.payload;
        tcpSend(sim, ep, TCP_ACK);
      }
      return;
    }
    if (ep.state === "SYN_RECV" && ack && !syn) {
      ep.state = "ESTABLISHED";
      if (ep.line !== undefined) {
        ep.unacked = true;
        sendLine(sim, ep);
      }
    } else if (ep.state === "ESTABLISHED" && ack && !pkt.payload) {
      ep.unacked = false;
    }
    return;
  }
  const listener = findListener(sim.world.namespaces[netns]!, "tcp", pkt.dst, pkt.dport);
  if (listener && syn && !ack && !rst) {
    const server: TcpEndpoint = {
      netns,
      laddr: pkt.dst,
      lport: pkt.dport,
      raddr: pkt.src,
      rport: pkt.sport,
      role: "server",
      state: "SYN_RECV",
      received: "",
      line: serveLine(listener.name, pkt.src),
      ...(pkt.tcpOptions && !pkt.tcpOptions.includes(8) ? { noTimestamps: true } : {}),
    };
    stack.tcp.set(key, server);
    // inet_csk_route_req: the request's own flow (addresses, ports, the listener's mark 0), so
    // `ip rule from|sport|ipproto` pick the route whose advmss the SYN-ACK announces
    const back = routeOutput(sim.world, netns, { dst: pkt.src, src: pkt.dst, proto: IPPROTO_TCP, sport: pkt.dport, dport: pkt.sport, uid: 0 });
    const synack = synAckFor(server.laddr, server.raddr, server.lport, server.rport, pkt.tcpOptions);
    synack.tcpMss = back.ok ? advertisedMss(back.route, back.oif, findLink(sim.world, netns, back.oif)?.mtu) : 1460;
    // tcp_ecn_create_request: a SYN asking for ECN (ECE+CWR) gets it where net.ipv4.tcp_ecn is
    // not 0, unless the SYN itself is already ECT (a middlebox rewrote its ECN bits)
    const ecnAsked = (pkt.tcpFlags & (TCP_ECE | TCP_CWR)) === (TCP_ECE | TCP_CWR) && (pkt.tos & 3) === 0;
    if (ecnAsked && topoSysctlNumber(sim.world, netns, "net.ipv4.tcp_ecn", 2) !== 0) {
      synack.tcpFlags |= TCP_ECE;
      server.ecn = true;
    }
    sendReply(sim, netns, synack);
    return;
  }
  if (rst) return;
  // tcp_v4_send_reset: no socket. RST answers an ACK's sequence, else RST|ACK.
  const flags = ack ? TCP_RST : TCP_RST | TCP_ACK;
  sendReply(sim, netns, tcpPacket(pkt.dst, pkt.src, pkt.dport, pkt.sport, flags, TCP_BARE_RST_LEN), false, true);
}

function udpRcv(sim: Sim, stack: Stack, netns: string, skb: Skb): void {
  const pkt = skb.pkt;
  const ep = stack.udp.get(connKey(netns, pkt.dst, pkt.dport, pkt.src, pkt.sport));
  if (ep) {
    ep.received ??= pkt.payload ?? "";
    return;
  }
  const listener = findListener(sim.world.namespaces[netns]!, "udp", pkt.dst, pkt.dport);
  if (listener) {
    // serve answers from the address the datagram was sent to (IP_PKTINFO); when that send
    // fails it tries once more with a plain sendto (a second packet through OUTPUT).
    const line = serveLine(listener.name, pkt.src);
    const sent = sendReply(sim, netns, udpPacket(pkt.dst, pkt.src, pkt.dport, pkt.sport, line));
    // A peer of 0.0.0.0 means this host: the kernel routes it to the sending address itself.
    if (!sent.ok) sendLocal(sim, netns, udpPacket(0, pkt.src || LOOPBACK, pkt.dport, pkt.sport, line));
    return;
  }
  sendIcmpError(sim, netns, pkt, 3, 3, skb.ct);
}

function icmpRcv(sim: Sim, stack: Stack, netns: string, pkt: Packet, iface: string): void {
  // A raw socket bound to a device (ping -I DEV) hears nothing that came in by another one.
  const hears = (s: IcmpSocket) => s.netns === netns && (s.boundDev === undefined || s.boundDev === iface);
  if (pkt.icmpType === 8) {
    if (topoSysctlNumber(sim.world, netns, "net.ipv4.icmp_echo_ignore_all", 0) === 1) return;
    const dataLen = pkt.length - 28;
    sendReply(sim, netns, icmpEcho(pkt.dst, pkt.src, 0, pkt.icmpId, pkt.icmpSeq, dataLen), true);
    return;
  }
  if (pkt.icmpType === 0) {
    for (const s of stack.icmp) {
      if (hears(s) && s.id === pkt.icmpId && s.seq === pkt.icmpSeq && !s.result) {
        Object.assign(s, { result: "replied", from: pkt.src, ttl: pkt.ttl });
      }
    }
    return;
  }
  const inner = pkt.inner;
  if (inner && pkt.icmpType === 3 && pkt.icmpCode === 4) learnFromFragNeeded(sim.world, netns, inner.dst, pkt.icmpSeq);
  const errno = icmpErrno(pkt.icmpType, pkt.icmpCode);
  if (!inner || !errno) return;
  if (inner.proto === IPPROTO_TCP) {
    const ep = stack.tcp.get(connKey(netns, inner.src, inner.sport, inner.dst, inner.dport));
    if (ep && ep.role === "client" && ep.state === "SYN_SENT" && ep.ownedByUser) {
      // tcp_v4_err: a socket its owner holds only keeps the error; the SYN is sent again.
      ep.synSoftError = errno;
    } else if (ep && ep.role === "client" && ep.state === "SYN_SENT") {
      ep.error = errno;
      ep.state = "CLOSED";
    } else if (ep && ep.role === "client" && ep.state === "ESTABLISHED") {
      // tcp_v4_err: only a soft error once connected (no IP_RECVERR).
      ep.softError = errno;
    }
  } else if (inner.proto === IPPROTO_UDP) {
    const ep = stack.udp.get(connKey(netns, inner.src, inner.sport, inner.dst, inner.dport));
    if (ep && ep.received === undefined) ep.error ??= errno;
  } else if (inner.proto === IPPROTO_ICMP && inner.icmpType === 8 && (pkt.icmpType === 3 || pkt.icmpType === 11)) {
    for (const s of stack.icmp) {
      if (hears(s) && s.id === inner.icmpId && s.seq === inner.icmpSeq && s.daddr === inner.dst && !s.result) {
        Object.assign(s, { result: "unreachable", from: pkt.src, type: pkt.icmpType, code: pkt.icmpCode, mtu: pkt.icmpSeq });
      }
    }
  }
}

/** icmp_unreach: a frag-needed's next-hop MTU (where an echo keeps its sequence) lowers the path MTU. */
function learnFromFragNeeded(world: World, netns: string, dst: number, mtu: number): void {
  const route = routeOutput(world, netns, { dst });
  if (!route.ok) return;
  learnPmtu(world, netns, dst, mtu, pathMtu(route.route, findLink(world, netns, route.oif)?.mtu) ?? 1500);
}

export { newSim };
