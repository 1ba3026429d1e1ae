// Guards: long-lived connections (the learner's SSH session) that must keep answering.
// The connection is opened at boot with a real handshake through every namespace on the way,
// so conntrack knows it as ESTABLISHED. After each command one keystroke travels over it (a
// data segment client → server) and its echo comes back (server → client), through the same
// packet path as everything else: the rules' counters count them, as on a real host.
import { formatIpv4, parseIpv4 } from "../netfilter/ip.js";
import { TCP_ACK, TCP_PSH } from "../netfilter/types.js";
import { isLocalAddress } from "../net/addresses.js";
import type { PathRecorder } from "../net/packet-path-hooks.js";
import { newSim, runSim, sendLocal } from "../net/packet-path.js";
import { tcpPacket, TCP_TS_SEGMENT_LEN } from "../net/packet-path-packets.js";
import { routeOutput } from "../net/packet-path-topology.js";
import { ephemeralPort } from "../net/sockets.js";
import { connKey, newStack, stackSim, type TcpEndpoint } from "../net/sockets-stack.js";
import type { World } from "../net/types.js";
import type { Connection, Scenario } from "../scenario/schema.js";
import { decidedBy } from "./explain.js";

export interface GuardVerdict {
  ok: boolean;
  explanation: string;
}

/** A connection's tuple, kept on the world (plain data) so copies and reboots carry it. */
interface OpenConnection {
  from: string;
  /** Namespace that owns the destination address (the server side). */
  serverNs: string;
  laddr: number;
  lport: number;
  raddr: number;
  rport: number;
}

function openTable(world: World): Record<string, OpenConnection> {
  const table = (world["connections"] as Record<string, OpenConnection> | undefined) ?? {};
  world["connections"] = table;
  return table;
}

function serverNamespace(world: World, addr: number): string | undefined {
  return Object.keys(world.namespaces).find((ns) => isLocalAddress(world, ns, addr));
}

/** Open the scenario's long-lived connections with a full TCP handshake. */
export function openConnections(world: World, scenario: Scenario): void {
  const table = openTable(world);
  for (const conn of scenario.world.connections) {
    const raddr = parseIpv4(conn.to);
    if (raddr === undefined) continue;
    const route = routeOutput(world, conn.from, { dst: raddr });
    const serverNs = serverNamespace(world, raddr);
    if (!route.ok || serverNs === undefined) continue;
    const stack = newStack();
    const sim = stackSim(world, stack);
    const lport = ephemeralPort(world, conn.from, () => false);
    const ep: TcpEndpoint = { netns: conn.from, laddr: route.src, lport, raddr, rport: conn.port, role: "client", state: "SYN_SENT", received: "" };
    stack.tcp.set(connKey(conn.from, ep.laddr, lport, raddr, conn.port), ep);
    sendLocal(sim, conn.from, tcpPacket(ep.laddr, raddr, lport, conn.port, 0x02, 60));
    runSim(sim);
    if (ep.state === "ESTABLISHED") table[conn.id] = { from: conn.from, serverNs, laddr: ep.laddr, lport, raddr, rport: conn.port };
  }
}

/** Send one keystroke over the connection and wait for its echo. */
export function checkGuard(world: World, conn: Connection): GuardVerdict {
  const open = openTable(world)[conn.id];
  if (!open) return { ok: false, explanation: `the connection from ${conn.from} to ${conn.to}:${conn.port} could not be opened` };
  const recorder: PathRecorder = { steps: [] };
  let arrived = false;
  let echoed = false;
  const sim = newSim(
    world,
    (s, netns, _iface, skb) => {
      const p = skb.pkt;
      if (netns === open.serverNs && p.dport === open.rport && p.sport === open.lport) {
        arrived = true;
        // The shell echoes the keystroke back.
        sendLocal(s, open.serverNs, tcpPacket(open.raddr, open.laddr, open.rport, open.lport, TCP_ACK | TCP_PSH, TCP_TS_SEGMENT_LEN + 1, "x"));
      } else if (netns === open.from && p.sport === open.rport && p.dport === open.lport) {
        echoed = true;
      }
    },
    recorder,
  );
  const sent = sendLocal(sim, open.from, tcpPacket(open.laddr, open.raddr, open.lport, open.rport, TCP_ACK | TCP_PSH, TCP_TS_SEGMENT_LEN + 1, "x"));
  runSim(sim);
  if (sent.ok && arrived && echoed) return { ok: true, explanation: "" };
  const peer = `${formatIpv4(open.laddr)}:${open.lport} → ${conn.to}:${conn.port}`;
  const leg = !arrived ? "your next keystroke never reached the server" : "the server's echo never came back to you";
  const why = decidedBy(recorder) ?? "it was lost on the way (no rule dropped it: check routing and forwarding)";
  return { ok: false, explanation: `${leg} (${peer}): ${why}` };
}
