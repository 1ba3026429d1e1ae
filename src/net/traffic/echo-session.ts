// One raw ICMP socket sending echo after echo (ping): answers may come late and out of turn
// (an ARP failure answers every queued echo at once), so the socket stays open across sends.
import { runSim, sendLocal, waitUntil } from "../packet-path.js";
import type { PathRecorder } from "../packet-path-hooks.js";
import { icmpEcho } from "../packet-path-packets.js";
import { findLink, routeOutput } from "../packet-path-topology.js";
import { learntPmtu } from "../pmtu.js";
import { pathMtu } from "../route-metrics.js";
import { newStack, stackSim, type IcmpSocket } from "../sockets-stack.js";
import type { World } from "../types.js";

export interface EchoAnswer {
  seq: number;
  kind: "replied" | "icmp-error";
  from: number;
  ttl: number;
  type: number;
  code: number;
  /** Next-hop MTU of a frag-needed. */
  mtu?: number;
}

export type EchoSend =
  | { kind: "sent" }
  /** EMSGSIZE queued by the sender itself (ip_local_error), with the path MTU. */
  | { kind: "local-error"; mtu: number }
  /** sendto failed; `answer` when the ICMP error about it was already queued (a REJECT in OUTPUT). */
  | { kind: "error"; errno: string; answer?: EchoAnswer };

export interface EchoSessionOptions {
  ttl?: number;
  /** A bound source address, or SO_BINDTODEVICE. */
  src?: number;
  oif?: string;
  /** IP_MTU_DISCOVER; unset is the raw socket's default (want). */
  pmtudisc?: "do" | "dont" | "want";
  recorder?: PathRecorder;
}

export interface EchoSession {
  send(seq: number, dataLen: number): EchoSend;
  /** Lets the network run until `until` or the next answers, which it returns (none: time is up). */
  next(until: number): EchoAnswer[];
}

export function openEchoSession(world: World, netns: string, dstIn: number, id: number, opts: EchoSessionOptions): EchoSession {
  // Let neighbour resolutions that failed by now answer their queued packets first.
  runSim(stackSim(world, newStack(), opts.recorder));
  const dst = dstIn === 0 ? 0x7f000001 : dstIn;
  const stack = newStack();
  const sim = stackSim(world, stack, opts.recorder);
  const reported = new Set<IcmpSocket>();
  const answerOf = (s: IcmpSocket): EchoAnswer => {
    reported.add(s);
    const fragNeeded = s.type === 3 && s.code === 4;
    return {
      seq: s.seq,
      kind: s.result === "replied" ? "replied" : "icmp-error",
      from: s.from ?? dst,
      ttl: s.ttl ?? 64,
      type: s.type ?? 3,
      code: s.code ?? 0,
      ...(fragNeeded ? { mtu: s.mtu ?? 0 } : {}),
    };
  };
  const fresh = () => stack.icmp.filter((s) => s.result !== undefined && !reported.has(s));
  return {
    send(seq, dataLen) {
      const route = routeOutput(world, netns, { dst, proto: 1, uid: 0, ...(opts.src !== undefined ? { src: opts.src } : {}), ...(opts.oif !== undefined ? { oif: opts.oif } : {}) });
      if (!route.ok) return { kind: "error", errno: route.errno };
      if (route.type === "broadcast") return { kind: "error", errno: "EACCES" };
      // ip_append_data: bigger than 64 KiB, or than the path MTU with pmtudisc "do", fails at
      // once; "want" sets DF only on what fits (the rest leaves in fragments).
      const mtu = learntPmtu(world, netns, dst) ?? pathMtu(route.route, findLink(world, netns, route.oif)?.mtu) ?? 1500;
      const length = 28 + dataLen;
      if (length > 0xffff || (opts.pmtudisc === "do" && length > mtu)) return { kind: "local-error", mtu };
      const sock: IcmpSocket = { netns, id, seq, daddr: dstIn, ...(opts.oif !== undefined ? { boundDev: opts.oif } : {}) };
      stack.icmp.push(sock);
      const pkt = icmpEcho(route.src, dst, 8, id, seq, dataLen);
      if (opts.ttl !== undefined) pkt.ttl = opts.ttl;
      if (opts.pmtudisc !== "dont" && length <= mtu) pkt.dontFragment = true;
      const sent = sendLocal(sim, netns, pkt, opts.oif !== undefined ? { oif: opts.oif } : {});
      runSim(sim);
      if (!sent.ok) return { kind: "error", errno: sent.errno, ...(sock.result ? { answer: answerOf(sock) } : {}) };
      return { kind: "sent" };
    },
    next(until) {
      if (fresh().length === 0 && world.clock < until) waitUntil(sim, until, () => fresh().length > 0);
      return fresh().sort((a, b) => a.seq - b.seq).map(answerOf);
    },
  };
}
