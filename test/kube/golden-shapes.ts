// Service shapes for the golden iptables-save tests. Each shape is built on a fresh world with
// the real API path (pods → endpoint controller → kube-proxy); every command kubelet and
// kube-proxy issue is recorded, so the same lines can be replayed on the real kernel.
import { afterApiChange, apiCreate } from "../../src/kube/api.js";
import { bootstrapNode } from "../../src/kube/bootstrap.js";
import { createClusterState } from "../../src/kube/cluster.js";
import type { Runner } from "../../src/kube/proxy/sync.js";
import { findResourceType } from "../../src/kube/resources.js";
import type { KubeObject } from "../../src/kube/types.js";
import { createWorld } from "../../src/net/world.js";
import type { World } from "../../src/net/types.js";
import { Session } from "../../src/shell/session.js";

export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_./:=,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function pod(name: string, ip: string, labels: Record<string, string>, opts: { node?: string; ready?: boolean; port?: number } = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", labels },
    spec: { nodeName: opts.node ?? "node-1", containers: [{ name: "app", image: "nginx", ports: [{ name: "http", containerPort: opts.port ?? 8080, protocol: "TCP" }] }] },
    status: { phase: "Running", podIP: ip, conditions: [{ type: "Ready", status: opts.ready === false ? "False" : "True" }] },
  };
}

function svc(name: string, spec: Record<string, unknown>, lbIP?: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, namespace: "default" },
    spec,
    ...(lbIP ? { status: { loadBalancer: { ingress: [{ ip: lbIP }] } } } : {}),
  };
}

const httpPort = (extra: Record<string, unknown> = {}) => [{ name: "http", port: 80, targetPort: "http", protocol: "TCP", ...extra }];

export const SHAPES: Record<string, KubeObject[]> = {
  "clusterip-1-endpoint": [
    pod("my-1", "10.244.1.5", { app: "my" }),
    svc("my-svc", { clusterIP: "10.96.100.10", selector: { app: "my" }, ports: httpPort() }),
  ],
  "clusterip-2-endpoints": [
    pod("my-1", "10.244.1.5", { app: "my" }),
    pod("my-2", "10.244.2.7", { app: "my" }, { node: "node-2" }),
    svc("my-svc", { clusterIP: "10.96.100.10", selector: { app: "my" }, ports: httpPort() }),
  ],
  "clusterip-3-endpoints-one-unready": [
    pod("my-1", "10.244.1.5", { app: "my" }),
    pod("my-2", "10.244.2.7", { app: "my" }, { node: "node-2" }),
    pod("my-3", "10.244.3.9", { app: "my" }, { node: "node-3" }),
    pod("my-4", "10.244.1.14", { app: "my" }, { ready: false }),
    svc("my-svc", { clusterIP: "10.96.100.10", selector: { app: "my" }, ports: httpPort() }),
  ],
  nodeport: [
    pod("web-1", "10.244.1.6", { app: "web" }, { port: 80 }),
    svc("web", { type: "NodePort", clusterIP: "10.96.200.20", selector: { app: "web" }, ports: httpPort({ nodePort: 30080 }) }),
  ],
  "external-traffic-policy-local": [
    pod("lb-1", "10.244.1.8", { app: "lb" }),
    pod("lb-2", "10.244.2.9", { app: "lb" }, { node: "node-2" }),
    svc("lb-local", { type: "LoadBalancer", clusterIP: "10.96.0.40", externalTrafficPolicy: "Local", healthCheckNodePort: 32000, selector: { app: "lb" }, ports: httpPort({ nodePort: 31000 }) }, "203.0.113.10"),
    pod("remote-1", "10.244.2.20", { app: "remote" }, { node: "node-2" }),
    svc("np-local-none", { type: "NodePort", clusterIP: "10.96.0.41", externalTrafficPolicy: "Local", selector: { app: "remote" }, ports: httpPort({ nodePort: 31001 }) }),
  ],
  "session-affinity": [
    pod("sticky-1", "10.244.1.11", { app: "sticky" }),
    pod("sticky-2", "10.244.2.12", { app: "sticky" }, { node: "node-2" }),
    svc("sticky", { clusterIP: "10.96.0.60", sessionAffinity: "ClientIP", selector: { app: "sticky" }, ports: httpPort() }),
  ],
  "load-balancer-source-ranges": [
    pod("lb-1", "10.244.1.30", { app: "fw" }),
    svc("fw", { type: "LoadBalancer", clusterIP: "10.96.0.70", loadBalancerSourceRanges: ["203.0.113.0/25", "192.168.49.0/24"], selector: { app: "fw" }, ports: httpPort({ nodePort: 31500 }) }, "5.6.7.8"),
  ],
  "internal-traffic-policy-local": [
    pod("itp-1", "10.244.1.40", { app: "itp" }),
    pod("itp-2", "10.244.2.41", { app: "itp" }, { node: "node-2" }),
    svc("itp", { clusterIP: "10.96.0.80", internalTrafficPolicy: "Local", selector: { app: "itp" }, ports: httpPort() }),
    pod("itp-remote", "10.244.2.42", { app: "itp-remote" }, { node: "node-2" }),
    svc("itp-remote", { clusterIP: "10.96.0.81", internalTrafficPolicy: "Local", selector: { app: "itp-remote" }, ports: httpPort() }),
  ],
  "no-endpoints": [
    svc("empty", { clusterIP: "10.96.50.50", selector: { app: "nothing" }, ports: httpPort() }),
    svc("np-empty", { type: "NodePort", clusterIP: "10.96.50.51", selector: { app: "nothing" }, ports: [{ port: 53, targetPort: 53, protocol: "UDP", nodePort: 30999 }] }),
  ],
  // Several ports and protocols on one Service (each its own SVC/SEP chains), an external IP,
  // and an unnamed port with ClientIP affinity on a Local NodePort.
  "multi-port-protocols": [
    pod("mp-1", "10.244.1.21", { app: "mp" }),
    pod("mp-2", "10.244.2.22", { app: "mp" }, { node: "node-2" }),
    svc("mp", {
      clusterIP: "10.96.0.90",
      externalIPs: ["198.51.100.9"],
      selector: { app: "mp" },
      ports: [
        { name: "http", port: 80, targetPort: "http", protocol: "TCP" },
        { name: "dns", port: 53, targetPort: 5353, protocol: "UDP" },
        { name: "sig", port: 9999, targetPort: 9999, protocol: "SCTP" },
      ],
    }),
    svc("plain", {
      type: "NodePort",
      clusterIP: "10.96.0.91",
      externalTrafficPolicy: "Local",
      sessionAffinity: "ClientIP",
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 600 } },
      selector: { app: "mp" },
      ports: [{ port: 8080, targetPort: 8080, protocol: "TCP", nodePort: 31080 }],
    }),
  ],
};

export interface ShapeRun {
  world: World;
  session: Session;
  /** Case-script lines: what kubelet and kube-proxy ran, in order. */
  commands: string[];
}

/** Boot a node, create the shape's objects one by one (each triggers a kube-proxy sync). */
export function buildShape(objects: KubeObject[]): ShapeRun {
  const world = createWorld();
  const session = new Session(world, { mode: "script" });
  const commands: string[] = [];
  const run: Runner = (argv, opts) => {
    const line = argv.map(shellQuote).join(" ");
    const isRead = argv[0] === "iptables-save";
    if (!isRead) commands.push(opts?.stdin !== undefined ? `${line} <<'EOF'\n${opts.stdin}EOF` : line);
    return session.run(line, opts?.stdin);
  };
  const cluster = createClusterState(world, { nodeName: "node-1", clusterCIDR: "10.244.0.0/16", nodeIP: "192.168.49.2" });
  bootstrapNode(world, cluster, run, { kubernetesService: false });
  for (const obj of structuredClone(objects)) {
    const rt = findResourceType(obj.kind)!;
    const res = apiCreate(world, cluster, rt, obj);
    if (!res.ok) throw new Error(res.error);
    afterApiChange(world, cluster, run, [rt]);
  }
  return { world, session, commands };
}

export function normaliseSave(text: string): string {
  return text.replace(/^# (Generated by iptables-save v1\.8\.9 \(nf_tables\) on|Completed on) .*$/gm, (_m, what: string) => `# ${what} DATE`);
}
