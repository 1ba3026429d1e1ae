// One probe as /work/shared/oracle/bin/probe does it: a TCP connect (then read the served
// line and close abortively), one UDP datagram, or one ICMP echo; classified like the script.
import { TCP_ACK, TCP_RST, TCP_SYN } from "../../netfilter/types.js";
import { sendLocal, runSim } from "../packet-path.js";
import type { PathRecorder } from "../packet-path-hooks.js";
import { icmpEcho, tcpPacket, TCP_SYN_LEN, TCP_TS_SEGMENT_LEN, udpPacket } from "../packet-path-packets.js";
import { routeOutput } from "../packet-path-topology.js";
import { nextRandom } from "../random.js";
import { ephemeralPort } from "../sockets.js";
import { sysctlGet } from "../sysctl.js";
import { connKey, newStack, stackSim, type TcpEndpoint, type UdpEndpoint } from "../sockets-stack.js";
import type { World } from "../types.js";

export type ProbeProto = "tcp" | "udp" | "icmp";

/** The probe's JSON object, keys in the script's order. */
export type ProbeResult = [string, string][];

const UNREACH = new Set(["EHOSTUNREACH", "ENETUNREACH", "EACCES", "ENOPROTOOPT", "EHOSTDOWN", "ENONET", "EADDRNOTAVAIL"]);

export function classifyErrno(errno: string): ProbeResult {
  if (errno === "ECONNREFUSED") return [["result", "refused"]];
  if (errno === "EPERM") return [["result", "denied"]];
  if (UNREACH.has(errno)) return [["result", "unreachable"]];
  if (errno === "ETIMEDOUT" || errno === "EAGAIN") return [["result", "timeout"]];
  return [
    ["result", "error"],
    ["errno", errno],
  ];
}

/** Take served_by / seen_src from the first line, as add_reply does. */
function addReply(res: ProbeResult, data: string): ProbeResult {
  const line = data.split("\n", 1)[0] ?? "";
  try {
    const obj: unknown = JSON.parse(line);
    if (obj && typeof obj === "object" && !Array.isArray(obj)) {
      const o = obj as Record<string, unknown>;
      if ("served_by" in o) res.push(["served_by", String(o["served_by"])]);
      if ("seen_src" in o) res.push(["seen_src", String(o["seen_src"])]);
    }
  } catch {
    // not JSON: the result stands without the server's fields
  }
  return res;
}

export interface ProbeOptions {
  timeoutMs: number;
  recorder?: PathRecorder;
}

/** Run one probe from `netns`; advances the world's clock by the time it took. */
/**
 * What starting a probe costs on the recording machine (bash, ip netns exec, Python start):
 * about 175 ms, which is what ICMP rate limits observed there imply.
 */
export const PROBE_STARTUP_MS = 175;

export function runProbe(world: World, netns: string, proto: ProbeProto, dst: number, port: number, opts: ProbeOptions): ProbeResult {
  world.clock += PROBE_STARTUP_MS;
  const res =
    proto === "tcp" ? probeTcp(world, netns, dst, port, opts) : proto === "udp" ? probeUdp(world, netns, dst, port, opts) : probeIcmp(world, netns, dst, opts);
  return res;
}

function probeTcp(world: World, netns: string, dst: number, port: number, opts: ProbeOptions): ProbeResult {
  const route = routeOutput(world, netns, { dst });
  if (!route.ok) return classifyErrno(route.errno);
  const stack = newStack();
  const sim = stackSim(world, stack, opts.recorder);
  const sport = ephemeralPort(world, netns, () => false);
  const ep: TcpEndpoint = {
    netns,
    laddr: route.src,
    lport: sport,
    raddr: dst,
    rport: port,
    role: "client",
    state: "SYN_SENT",
    received: "",
  };
  stack.tcp.set(connKey(netns, ep.laddr, ep.lport, ep.raddr, ep.rport), ep);
  // connect() ignores a local send error (EPERM): TCP just retransmits the SYN after its
  // RTO (1 s, then doubling) while the caller still waits.
  const start = world.clock;
  const syn = () => sendLocal(sim, netns, tcpPacket(ep.laddr, dst, sport, port, TCP_SYN, TCP_SYN_LEN));
  syn();
  runSim(sim);
  const retries = sysctlInt(world, netns, "net.ipv4.tcp_syn_retries", 6);
  const linear = sysctlInt(world, netns, "net.ipv4.tcp_syn_linear_timeouts", 4);
  // Retransmission n waits 1 s while n < tcp_syn_linear_timeouts, then doubles.
  for (let n = 0, at = 1000; n < retries && ep.state === "SYN_SENT" && !ep.error && at < opts.timeoutMs; n++) {
    world.clock = start + at;
    syn();
    runSim(sim);
    at += n + 1 < linear ? 1000 : 1000 * 2 ** (n + 1 - linear + 1);
  }
  if (ep.error && ep.state !== "ESTABLISHED" && !ep.received) {
    if (ep.error !== "ECONNRESET") return classifyErrno(ep.error);
  }
  if (ep.state === "SYN_SENT") {
    world.clock = start + opts.timeoutMs;
    return [["result", "timeout"]];
  }
  const res: ProbeResult = [["result", "connected"]];
  if (!ep.received.includes("\n")) world.clock += opts.timeoutMs;
  if (ep.state === "ESTABLISHED") {
    // SO_LINGER 0: one RST|ACK, no FIN handshake.
    stack.tcp.delete(connKey(netns, ep.laddr, ep.lport, ep.raddr, ep.rport));
    sendLocal(sim, netns, tcpPacket(ep.laddr, dst, sport, port, TCP_RST | TCP_ACK, TCP_TS_SEGMENT_LEN));
    runSim(sim);
  }
  return addReply(res, ep.received);
}

function sysctlInt(world: World, netns: string, key: string, fallback: number): number {
  const text = sysctlGet(world, netns, key);
  const n = text === undefined ? fallback : Number(text);
  return Number.isFinite(n) ? n : fallback;
}

function probeUdp(world: World, netns: string, dst: number, port: number, opts: ProbeOptions): ProbeResult {
  const route = routeOutput(world, netns, { dst });
  if (!route.ok) return classifyErrno(route.errno);
  const stack = newStack();
  const sim = stackSim(world, stack, opts.recorder);
  const sport = ephemeralPort(world, netns, () => false);
  const ep: UdpEndpoint = { netns, laddr: route.src, lport: sport, raddr: dst, rport: port };
  stack.udp.set(connKey(netns, ep.laddr, ep.lport, ep.raddr, ep.rport), ep);
  const sent = sendLocal(sim, netns, udpPacket(ep.laddr, dst, sport, port, "probe\n"));
  if (!sent.ok) return classifyErrno(sent.errno);
  runSim(sim);
  if (ep.error !== undefined) return classifyErrno(ep.error);
  if (ep.received !== undefined) return addReply([["result", "replied"]], ep.received);
  world.clock += opts.timeoutMs;
  return [["result", "timeout"]];
}

function probeIcmp(world: World, netns: string, dst: number, opts: ProbeOptions): ProbeResult {
  const route = routeOutput(world, netns, { dst });
  if (!route.ok) return classifyErrno(route.errno);
  const stack = newStack();
  const sim = stackSim(world, stack, opts.recorder);
  // The script's echo id is its pid; ours comes from the seeded generator.
  const id = Math.floor(nextRandom(world) * 65536);
  const sock = { netns, id, seq: 1, daddr: dst } as { netns: string; id: number; seq: number; daddr: number; result?: "replied" | "unreachable" };
  stack.icmp.push(sock);
  // payload b"nettutor-probe\0\0": 16 bytes, so 44 on the wire.
  const sent = sendLocal(sim, netns, icmpEcho(route.src, dst, 8, id, 1, 16));
  if (!sent.ok) return classifyErrno(sent.errno);
  runSim(sim);
  if (sock.result) return [["result", sock.result]];
  world.clock += opts.timeoutMs;
  return [["result", "timeout"]];
}

