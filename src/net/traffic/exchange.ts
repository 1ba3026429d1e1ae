// One connection attempt, datagram or echo from a namespace, played through the packet path
// with the details tools need (probe classifies them; curl, nc, ssh and ping print them).
import { TCP_ACK, TCP_CWR, TCP_ECE, TCP_RST, TCP_SYN } from "../../netfilter/types.js";
import { runSim, sendLocal, waitUntil } from "../packet-path.js";
import type { PathRecorder } from "../packet-path-hooks.js";
import { tcpPacket, tcpSegment, TCP_SYN_LEN, udpPacket } from "../packet-path-packets.js";
import { findLink, routeOutput } from "../packet-path-topology.js";
import { advertisedMss } from "../route-metrics.js";
import { openEchoSession, type EchoAnswer, type EchoSessionOptions } from "./echo-session.js";
import { ephemeralPort } from "../sockets.js";
import { connKey, newStack, sendLine, stackSim, type TcpEndpoint, type UdpEndpoint } from "../sockets-stack.js";
import { sysctlGet } from "../sysctl.js";
import type { World } from "../types.js";

export interface ExchangeOptions {
  timeoutMs: number;
  /**
   * A blocking connect() (wget, ssh without ConnectTimeout): an ICMP error about the first SYN
   * comes back while connect() still holds the socket, so it only sticks as a soft error and
   * the error that ends connect() is the one about the retransmission a second later.
   */
  blocking?: boolean;
  recorder?: PathRecorder;
}

export type TcpOutcome =
  | { kind: "connected"; src: number; sport: number; received: string; elapsedMs: number }
  /** `immediate`: connect() itself failed (no route), before any packet left. */
  | { kind: "error"; errno: string; elapsedMs: number; immediate?: true }
  | { kind: "timeout"; elapsedMs: number };

function sysctlInt(world: World, netns: string, key: string, fallback: number): number {
  const text = sysctlGet(world, netns, key);
  const n = text === undefined ? fallback : Number(text);
  return Number.isFinite(n) ? n : fallback;
}

/**
 * connect(), wait up to the timeout for the server's line, then close abortively (one RST,
 * no FIN handshake). The world's clock advances by the time this took.
 */
/** Connecting to 0.0.0.0 means this host: the kernel routes it to 127.0.0.1. */
function anyToLoopback(dst: number): number {
  return dst === 0 ? LOOPBACK : dst;
}

const LOOPBACK = 0x7f000001;

/** Let neighbour resolutions that failed by now answer their queued packets first. */
function settle(world: World, opts: ExchangeOptions): void {
  runSim(stackSim(world, newStack(), opts.recorder));
}

export function tcpConnect(world: World, netns: string, dstIn: number, port: number, opts: ExchangeOptions): TcpOutcome {
  settle(world, opts);
  const dst = anyToLoopback(dstIn);
  const start = world.clock;
  // ip_route_connect: the flow (protocol, port) is known, for ip rule ipproto/dport
  const route = routeOutput(world, netns, { dst, proto: 6, dport: port, uid: 0 });
  if (!route.ok) return { kind: "error", errno: route.errno, elapsedMs: 0, immediate: true };
  // tcp_v4_connect refuses broadcast routes.
  if (route.type === "broadcast") return { kind: "error", errno: "ENETUNREACH", elapsedMs: 0, immediate: true };
  const stack = newStack();
  const sim = stackSim(world, stack, opts.recorder);
  const sport = ephemeralPort(world, netns, () => false);
  const ep: TcpEndpoint = { netns, laddr: route.src, lport: sport, raddr: dst, rport: port, role: "client", state: "SYN_SENT", received: "" };
  const key = connKey(netns, ep.laddr, ep.lport, ep.raddr, ep.rport);
  stack.tcp.set(key, ep);
  // connect() ignores a local send error (EPERM): TCP just retransmits the SYN after its RTO.
  const mss = advertisedMss(route.route, route.oif, findLink(world, netns, route.oif)?.mtu);
  // net.ipv4.tcp_ecn=1: the client asks for ECN on its SYN (ECE+CWR); the default 2 only answers
  const ecnFlags = sysctlInt(world, netns, "net.ipv4.tcp_ecn", 2) === 1 ? TCP_ECE | TCP_CWR : 0;
  if (ecnFlags) ep.ecn = true;
  let synsSent = 0;
  const syn = () => {
    // tcp_ecn_clear_syn (tcp_ecn_fallback): a retransmitted SYN no longer asks for ECN
    const p = tcpPacket(ep.laddr, dst, sport, port, TCP_SYN | (synsSent++ === 0 ? ecnFlags : 0), TCP_SYN_LEN);
    p.tcpMss = mss;
    return sendLocal(sim, netns, p);
  };
  if (opts.blocking) ep.ownedByUser = true;
  syn();
  runSim(sim);
  ep.ownedByUser = false;
  const retries = sysctlInt(world, netns, "net.ipv4.tcp_syn_retries", 6);
  const linear = sysctlInt(world, netns, "net.ipv4.tcp_syn_linear_timeouts", 4);
  const answered = () => ep.state !== "SYN_SENT" || ep.error !== undefined;
  // Retransmission n waits 1 s while n < tcp_syn_linear_timeouts, then doubles; after the
  // last one the kernel gives up (ETIMEDOUT) once its timer runs out.
  let at = 1000;
  let sent = 0;
  for (;;) {
    const until = Math.min(at, opts.timeoutMs);
    if (waitUntil(sim, start + until, answered) || until === opts.timeoutMs) break;
    if (sent === retries) {
      // tcp_write_err: giving up reports the soft error if there was one
      return { kind: "error", errno: ep.synSoftError ?? "ETIMEDOUT", elapsedMs: at };
    }
    syn();
    runSim(sim);
    at += sent + 1 < linear ? 1000 : 1000 * 2 ** (sent + 2 - linear);
    sent++;
  }
  if (ep.error && ep.state !== "ESTABLISHED" && !ep.received && ep.error !== "ECONNRESET") {
    return { kind: "error", errno: ep.error, elapsedMs: world.clock - start };
  }
  if (ep.state === "SYN_SENT") return { kind: "timeout", elapsedMs: opts.timeoutMs };
  const connectedAt = world.clock - start;
  // Clients read SO_ERROR once connect() completes: an ICMP error about our ACK that came
  // back meanwhile (sk_err_soft) is reported as connect's error. The socket still closes
  // abortively (one RST).
  if (ep.state === "ESTABLISHED" && ep.softError !== undefined) {
    stack.tcp.delete(key);
    sendLocal(sim, netns, tcpSegment(ep.laddr, dst, sport, port, TCP_RST | TCP_ACK, ep.noTimestamps));
    runSim(sim);
    return { kind: "error", errno: ep.softError, elapsedMs: connectedAt };
  }
  // A RST answering our handshake ACK resets the connection before SO_ERROR is read.
  if (ep.state === "CLOSED" && ep.error === "ECONNRESET" && !ep.received) {
    stack.tcp.delete(key);
    return { kind: "error", errno: "ECONNRESET", elapsedMs: connectedAt };
  }
  // The caller reads for at most its timeout: with none left it sees no line at all.
  if (opts.timeoutMs <= 0) ep.received = "";
  if (!ep.received.includes("\n") && opts.timeoutMs > 0) {
    // While the client waits, a server whose line was not acknowledged sends it again. Lost
    // on the way: a tail-loss probe after 200 ms, then RTOs 400, 800, 1600 ms… after sending.
    // Dropped in the server's own OUTPUT: after 200 ms, then doubling from there.
    const waitStart = world.clock;
    const pendingServers = () => [...stack.tcp.values()].filter((s) => s.role === "server" && s.state === "ESTABLISHED" && s.unacked);
    const localDrop = pendingServers().some((s) => s.sendFailed);
    const schedule = localDrop ? [200, 600, 1400, 3000, 6200, 12600] : [200, 400, 800, 1600, 3200, 6400, 12800];
    for (const at of schedule) {
      if (at >= opts.timeoutMs || ep.received.includes("\n")) break;
      const pending = pendingServers();
      if (pending.length === 0) break;
      world.clock = waitStart + at;
      for (const server of pending) sendLine(sim, server);
      runSim(sim);
    }
    if (!ep.received.includes("\n")) world.clock = waitStart + opts.timeoutMs;
    runSim(sim);
  }
  if (ep.state === "ESTABLISHED") {
    stack.tcp.delete(key);
    sendLocal(sim, netns, tcpSegment(ep.laddr, dst, sport, port, TCP_RST | TCP_ACK, ep.noTimestamps));
    runSim(sim);
  }
  return { kind: "connected", src: ep.laddr, sport, received: ep.received, elapsedMs: connectedAt };
}

export type UdpOutcome =
  | { kind: "replied"; received: string }
  | { kind: "error"; errno: string }
  | { kind: "timeout" };

/** A connected UDP socket with IP_RECVERR: send one datagram, wait for a reply or an error. */
export function udpExchange(world: World, netns: string, dstIn: number, port: number, payload: string, opts: ExchangeOptions): UdpOutcome {
  settle(world, opts);
  const dst = anyToLoopback(dstIn);
  const route = routeOutput(world, netns, { dst, proto: 17, dport: port, uid: 0 });
  if (!route.ok) return { kind: "error", errno: route.errno };
  // Without SO_BROADCAST, connect() to a broadcast address is EACCES.
  if (route.type === "broadcast") return { kind: "error", errno: "EACCES" };
  const stack = newStack();
  const sim = stackSim(world, stack, opts.recorder);
  const sport = ephemeralPort(world, netns, () => false);
  const ep: UdpEndpoint = { netns, laddr: route.src, lport: sport, raddr: dst, rport: port };
  stack.udp.set(connKey(netns, ep.laddr, ep.lport, ep.raddr, ep.rport), ep);
  const sent = sendLocal(sim, netns, udpPacket(ep.laddr, dst, sport, port, payload));
  // A REJECT in OUTPUT fails the send, and its ICMP error still loops back through lo.
  if (!sent.ok) {
    runSim(sim);
    return { kind: "error", errno: sent.errno };
  }
  runSim(sim);
  waitUntil(sim, world.clock + opts.timeoutMs, () => ep.error !== undefined || ep.received !== undefined);
  if (ep.error !== undefined) return { kind: "error", errno: ep.error };
  if (ep.received !== undefined) return { kind: "replied", received: ep.received };
  return { kind: "timeout" };
}

export type EchoOutcome =
  | { kind: "replied"; from: number; ttl: number }
  | { kind: "icmp-error"; from: number; type: number; code: number; mtu?: number }
  /** The send failed; `icmp` when an ICMP error about it was already queued. */
  | { kind: "error"; errno: string; icmp?: { kind: "icmp-error"; from: number; type: number; code: number; mtu?: number } }
  /** EMSGSIZE queued on the socket by the sender itself (ip_local_error), with the path MTU. */
  | { kind: "local-error"; mtu: number }
  | { kind: "timeout" };

export type EchoOptions = ExchangeOptions & EchoSessionOptions;

/** One ICMP echo request from a raw socket; `id` is the sender's (the script's pid). */
export function icmpEchoOnce(
  world: World,
  netns: string,
  dstIn: number,
  id: number,
  seq: number,
  dataLen: number,
  opts: EchoOptions,
): EchoOutcome {
  const echo = openEchoSession(world, netns, dstIn, id, opts);
  const sent = echo.send(seq, dataLen);
  if (sent.kind === "local-error") return sent;
  if (sent.kind === "error") return sent.answer ? { kind: "error", errno: sent.errno, icmp: icmpErrorOf(sent.answer) } : { kind: "error", errno: sent.errno };
  // The reply is only looked for while time is left.
  if (opts.timeoutMs <= 0) return { kind: "timeout" };
  const answer = echo.next(world.clock + opts.timeoutMs)[0];
  if (!answer) return { kind: "timeout" };
  return answer.kind === "replied" ? { kind: "replied", from: answer.from, ttl: answer.ttl } : icmpErrorOf(answer);
}

function icmpErrorOf(a: EchoAnswer): Extract<EchoOutcome, { kind: "icmp-error" }> {
  return { kind: "icmp-error", from: a.from, type: a.type, code: a.code, ...(a.mtu !== undefined ? { mtu: a.mtu } : {}) };
}
