// The throwaway node the data-plane demonstration measures: a client namespace, one backend pod,
// the node forwarding between them, and kube-proxy's nat rules for N Services. It never touches
// the learner's world.
import { parseIpv4 } from "../netfilter/ip.js";
import { createWorld } from "../net/world.js";
import type { PathRecorder } from "../net/packet-path-hooks.js";
import { runProbe, type ProbeResult } from "../net/traffic/probe-run.js";
import type { World } from "../net/types.js";
import { Session } from "../shell/session.js";
import { clusterIpOf, kubeNatDump, SERVICE_PORT } from "./kube-nat-dump.js";
import { rulesEvaluated, type TableVisit } from "./rules-evaluated.js";

const BACKEND = "10.244.1.2";
const NODE_NETNS = "";

const NODE_SCRIPT = [
  "ip netns add client",
  "ip netns add pod",
  "ip link add vcli type veth peer name eth0",
  "ip link set eth0 netns client",
  "ip link add vpod type veth peer name eth0",
  "ip link set eth0 netns pod",
  "ip addr add 192.168.100.1/24 dev vcli",
  "ip addr add 10.244.1.1/24 dev vpod",
  "ip link set vcli up",
  "ip link set vpod up",
  "ip netns exec client ip link set lo up",
  "ip netns exec client ip addr add 192.168.100.2/24 dev eth0",
  "ip netns exec client ip link set eth0 up",
  "ip netns exec client ip route add default via 192.168.100.1",
  "ip netns exec pod ip link set lo up",
  `ip netns exec pod ip addr add ${BACKEND}/24 dev eth0`,
  "ip netns exec pod ip link set eth0 up",
  "ip netns exec pod ip route add default via 10.244.1.1",
  "ip netns exec pod serve tcp 8080",
  "sysctl -w net.ipv4.ip_forward=1",
];

export interface Measurement {
  services: number;
  natRules: number;
  /** Probe fields (result, served_by, …). */
  probe: ProbeResult;
  /** Rules the node's nat table tested for the connection's first packet (nat sees only that one). */
  natRulesEvaluated: number;
  visits: TableVisit[];
}

function chainLengthIn(world: World) {
  return (netns: string, table: string, chain: string): number => {
    const ns = world.namespaces[netns];
    if (!ns) return 0;
    for (const rs of [ns.netfilter.nft, ns.netfilter.legacy]) {
      const c = rs.tables[table as keyof typeof rs.tables]?.chains[chain];
      if (c) return c.rules.length;
    }
    return 0;
  };
}

/** Build a node with `services` Services, connect once to the last one, count the rules tested. */
export function measure(services: number): Measurement | { error: string } {
  const world = createWorld();
  const shell = new Session(world, { mode: "script", seed: false });
  for (const line of NODE_SCRIPT) {
    const r = shell.run(line);
    if (r.rc !== 0) return { error: `${line}: ${r.stderr.trim()}` };
  }
  const dump = kubeNatDump(services, BACKEND);
  const restored = shell.run("iptables-restore", dump.text);
  if (restored.rc !== 0) return { error: `iptables-restore: ${restored.stderr.trim()}` };

  const recorder: PathRecorder = { steps: [] };
  const vip = parseIpv4(clusterIpOf(services - 1))!;
  const probe = runProbe(world, "client", "tcp", vip, SERVICE_PORT, { timeoutMs: 3000, recorder });
  const visits = rulesEvaluated(recorder.steps, chainLengthIn(world));
  const natRulesEvaluated = visits
    .filter((v) => v.netns === NODE_NETNS && v.table === "nat")
    .reduce((sum, v) => sum + v.rulesEvaluated, 0);
  return { services, natRules: dump.natRules, probe, natRulesEvaluated, visits };
}
