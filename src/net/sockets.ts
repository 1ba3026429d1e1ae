// Listening sockets of a namespace (what `serve` binds and `ss -l` lists) and ephemeral
// source ports. Plain data on the namespace, cloned with the world.
import type { Ipv4 } from "../netfilter/types.js";
import type { Namespace, World } from "./types.js";
import { nextRandom } from "./random.js";
import { sysctlGet } from "./sysctl.js";

export type SockProto = "tcp" | "udp";

export interface Listener {
  proto: SockProto;
  /** Bound address; 0 = 0.0.0.0. */
  addr: Ipv4;
  port: number;
  /** The line `serve` answers with: its --name. */
  name: string;
  /** Process id and command, for `ss -p`. */
  pid: number;
  comm: string;
  /** The program its command line starts with, for `netstat -p` (when not its comm). */
  program?: string;
}

export interface SocketTable {
  listeners: Listener[];
  nextPid: number;
}

export function socketsOf(ns: Namespace): SocketTable {
  let table = ns["sockets"] as SocketTable | undefined;
  if (!table) {
    table = { listeners: [], nextPid: 1000 };
    ns["sockets"] = table;
  }
  return table;
}

export function findListener(ns: Namespace, proto: SockProto, addr: Ipv4, port: number): Listener | undefined {
  const table = ns["sockets"] as SocketTable | undefined;
  if (!table) return undefined;
  let wildcard: Listener | undefined;
  for (const l of table.listeners) {
    if (l.proto !== proto || l.port !== port) continue;
    if (l.addr === addr) return l;
    if (l.addr === 0) wildcard = l;
  }
  return wildcard;
}

/** Bind a listener; returns an errno text ("Address already in use") on failure. */
export function bindListener(ns: Namespace, l: Omit<Listener, "pid">): Listener | string {
  const table = socketsOf(ns);
  const clash = table.listeners.some(
    (o) => o.proto === l.proto && o.port === l.port && (o.addr === 0 || l.addr === 0 || o.addr === l.addr),
  );
  if (clash) return "Address already in use";
  const full: Listener = { ...l, pid: table.nextPid++ };
  table.listeners.push(full);
  return full;
}

/** net.ipv4.ip_local_port_range as [low, high]. */
export function localPortRange(world: World, netns: string): [number, number] {
  const text = sysctlGet(world, netns, "net.ipv4.ip_local_port_range") ?? "32768\t60999";
  const [lo, hi] = text.trim().split(/\s+/).map(Number);
  if (lo === undefined || hi === undefined || !Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
    return [32768, 60999];
  }
  return [lo, hi];
}

/**
 * An ephemeral source port for connect()/sendto(): Linux prefers even ports for connect
 * (odd ones are left for bind(0)); drawn from the world's seeded generator.
 */
export function ephemeralPort(world: World, netns: string, inUse: (port: number) => boolean): number {
  const [lo, hi] = localPortRange(world, netns);
  const span = hi - lo + 1;
  const start = Math.floor(nextRandom(world) * span);
  for (let i = 0; i < span; i++) {
    const port = lo + ((start + i) % span);
    if ((port & 1) === 0 && !inUse(port)) return port;
  }
  for (let i = 0; i < span; i++) {
    const port = lo + ((start + i) % span);
    if (!inUse(port)) return port;
  }
  return lo;
}
