// A Calico-style node for traffic tests: routed veths to pod namespaces, an outside peer on
// eth0. The same setup lines run in the emulator and (via run-real) on the real kernel.
import { afterApiChange, apiCreate } from "../../src/kube/api.js";
import { bootstrapNode } from "../../src/kube/bootstrap.js";
import { createClusterState } from "../../src/kube/cluster.js";
import type { Runner } from "../../src/kube/proxy/sync.js";
import { findResourceType } from "../../src/kube/resources.js";
import type { KubeObject } from "../../src/kube/types.js";
import type { World } from "../../src/net/types.js";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";
import { shellQuote } from "./golden-shapes.js";

export interface PodSpec {
  name: string;
  ip: string;
  labels: Record<string, string>;
  ready?: boolean;
  /** Pods on other nodes get no namespace here (their IPs are not reachable from this node). */
  node?: string;
  serve?: number;
}

export function setupLines(pods: PodSpec[]): string[] {
  const lines = [
    "ip netns add outside",
    "ip link add eth0 type veth peer name eth0 netns outside",
    "ip addr add 192.168.1.10/24 dev eth0",
    "ip link set eth0 up",
    "ip -n outside addr add 192.168.1.1/24 dev eth0",
    "ip -n outside link set lo up",
    "ip -n outside link set eth0 up",
    "ip -n outside route add 10.96.0.0/12 via 192.168.1.10",
    "ip route add default via 192.168.1.1",
    "sysctl -q -w net.ipv4.ip_forward=1",
  ];
  pods.filter((p) => (p.node ?? "node-1") === "node-1").forEach((p, i) => {
    const veth = `cali${i}`;
    lines.push(
      `ip netns add ${p.name}`,
      `ip link add ${veth} type veth peer name eth0 netns ${p.name}`,
      `sysctl -q -w net.ipv4.conf.${veth}.proxy_arp=1`,
      `sysctl -q -w net.ipv4.neigh.${veth}.proxy_delay=0`,
      `ip link set ${veth} up`,
      `ip route add ${p.ip} dev ${veth} scope link`,
      `ip -n ${p.name} link set lo up`,
      `ip -n ${p.name} addr add ${p.ip}/32 dev eth0`,
      `ip -n ${p.name} link set eth0 up`,
      `ip -n ${p.name} route add default via 169.254.1.1 dev eth0 onlink`,
    );
    if (p.serve) lines.push(`ip netns exec ${p.name} serve tcp ${p.serve}`);
  });
  return lines;
}

export function podObject(p: PodSpec): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: p.name, namespace: "default", labels: p.labels },
    spec: { nodeName: p.node ?? "node-1", containers: [{ name: "app", image: "nginx", ports: [{ name: "http", containerPort: 8080, protocol: "TCP" }] }] },
    status: { phase: "Running", podIP: p.ip, conditions: [{ type: "Ready", status: p.ready === false ? "False" : "True" }] },
  };
}

export interface TrafficNode {
  world: World;
  session: Session;
  /** Every line the node ran (setup, then kubelet/kube-proxy), in case-script form. */
  lines: string[];
}

/** Run the setup lines, then bring the cluster up and create the objects through the API. */
export function buildTrafficNode(pods: PodSpec[], services: KubeObject[], seed = 1): TrafficNode {
  const world = createWorld(seed);
  const session = new Session(world, { mode: "script" });
  const lines: string[] = [];
  for (const line of setupLines(pods)) {
    const r = session.run(line);
    if (r.rc !== 0) throw new Error(`${line}: ${r.stderr}`);
    lines.push(line);
  }
  const run: Runner = (argv, opts) => {
    const line = argv.map(shellQuote).join(" ");
    if (argv[0] !== "iptables-save") lines.push(opts?.stdin !== undefined ? `${line} <<'EOF'\n${opts.stdin}EOF` : line);
    return session.run(line, opts?.stdin);
  };
  const cluster = createClusterState(world, { nodeName: "node-1", clusterCIDR: "10.244.0.0/16" });
  bootstrapNode(world, cluster, run, { kubernetesService: false });
  for (const obj of [...pods.map(podObject), ...structuredClone(services)]) {
    const rt = findResourceType(obj.kind)!;
    const res = apiCreate(world, cluster, rt, obj);
    if (!res.ok) throw new Error(res.error);
    afterApiChange(world, cluster, run, [rt]);
  }
  return { world, session, lines };
}

export function service(name: string, spec: Record<string, unknown>): KubeObject {
  return { apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default" }, spec };
}

export const http = (extra: Record<string, unknown> = {}) => [{ name: "http", port: 80, targetPort: "http", protocol: "TCP", ...extra }];
