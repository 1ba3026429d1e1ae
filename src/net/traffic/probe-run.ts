// One probe as /work/shared/oracle/bin/probe does it: a TCP connect (then read the served
// line and close abortively), one UDP datagram, or one ICMP echo; classified like the script.
import type { PathRecorder } from "../packet-path-hooks.js";
import { nextRandom } from "../random.js";
import type { World } from "../types.js";
import { icmpEchoOnce, tcpConnect, udpExchange } from "./exchange.js";

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
  const out = tcpConnect(world, netns, dst, port, opts);
  if (out.kind === "error") return classifyErrno(out.errno);
  if (out.kind === "timeout") return [["result", "timeout"]];
  return addReply([["result", "connected"]], out.received);
}

function probeUdp(world: World, netns: string, dst: number, port: number, opts: ProbeOptions): ProbeResult {
  const out = udpExchange(world, netns, dst, port, "probe\n", opts);
  if (out.kind === "error") return classifyErrno(out.errno);
  if (out.kind === "timeout") return [["result", "timeout"]];
  return addReply([["result", "replied"]], out.received);
}

function probeIcmp(world: World, netns: string, dst: number, opts: ProbeOptions): ProbeResult {
  // The script's echo id is its pid; ours comes from the seeded generator. Its payload
  // b"nettutor-probe\0\0" is 16 bytes, so 44 on the wire.
  const id = Math.floor(nextRandom(world) * 65536);
  const out = icmpEchoOnce(world, netns, dst, id, 1, 16, opts);
  if (out.kind === "error") return classifyErrno(out.errno);
  if (out.kind === "timeout") return [["result", "timeout"]];
  return [["result", out.kind === "replied" ? "replied" : "unreachable"]];
}
