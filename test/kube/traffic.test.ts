// Traffic through kube-proxy's rules in the emulator: load balancing over ready endpoints
// (the statistic match's seeded random decides), never an unready one; NodePort from outside;
// externalTrafficPolicy=Local keeps the client address and drops without a local endpoint.
import { describe, expect, it } from "vitest";
import type { PodSpec } from "./traffic-world.js";
import { buildTrafficNode, http, service } from "./traffic-world.js";

const PODS: PodSpec[] = [
  { name: "web-1", ip: "10.244.1.5", labels: { app: "web" }, serve: 8080 },
  { name: "web-2", ip: "10.244.1.6", labels: { app: "web" }, serve: 8080 },
  { name: "web-3", ip: "10.244.1.7", labels: { app: "web" }, serve: 8080 },
  { name: "web-4", ip: "10.244.1.8", labels: { app: "web" }, ready: false, serve: 8080 },
  { name: "client", ip: "10.244.1.9", labels: { app: "client" } },
  { name: "remote-1", ip: "10.244.2.20", labels: { app: "remote" }, node: "node-2" },
];

const SERVICES = [
  service("web", { clusterIP: "10.96.0.100", selector: { app: "web" }, ports: http() }),
  service("web-local", { type: "NodePort", clusterIP: "10.96.0.102", externalTrafficPolicy: "Local", selector: { app: "web" }, ports: http({ nodePort: 30081 }) }),
  service("remote-local", { type: "NodePort", clusterIP: "10.96.0.103", externalTrafficPolicy: "Local", selector: { app: "remote" }, ports: http({ nodePort: 30082 }) }),
];

function probeMany(seed: number, from: string, dst: string, port: number, count: number) {
  const node = buildTrafficNode(PODS, SERVICES, seed);
  const results = [];
  for (let i = 0; i < count; i++) {
    const r = node.session.run(`ip netns exec ${from} probe tcp ${dst} ${port}`);
    results.push(JSON.parse(r.stdout) as { result: string; served_by?: string; seen_src?: string });
  }
  return { node, results };
}

describe("ClusterIP load balancing", () => {
  const { node, results } = probeMany(7, "client", "10.96.0.100", 80, 60);

  it("every connection is answered, by a ready endpoint only", () => {
    expect(results.every((r) => r.result === "connected")).toBe(true);
    const servers = new Set(results.map((r) => r.served_by));
    expect([...servers].sort()).toEqual(["web-1", "web-2", "web-3"]);
    expect(servers.has("web-4")).toBe(false);
  });

  it("keeps the pod's own address (no masquerade inside the cluster CIDR)", () => {
    expect(new Set(results.map((r) => r.seen_src))).toEqual(new Set(["10.244.1.9"]));
  });

  it("counts one new connection per probe on the DNAT rules, spread over the three endpoints", () => {
    const save = node.session.run("iptables-save -c -t nat").stdout;
    const dnat = save.split("\n").filter((l) => l.includes("-j DNAT") && l.includes("default/web:http"));
    const counts = dnat.map((l) => Number(/^\[(\d+):/.exec(l)![1]));
    expect(counts).toHaveLength(3);
    // nat rules see only a connection's first packet; a reused client port may reuse its entry.
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it("is deterministic for a seed", () => {
    const again = probeMany(7, "client", "10.96.0.100", 80, 60).results;
    expect(again.map((r) => r.served_by)).toEqual(results.map((r) => r.served_by));
  });
});

describe("kubectl exec", () => {
  it("runs the command in the pod's network namespace", () => {
    const node = buildTrafficNode(PODS, SERVICES, 5);
    const r = node.session.run("kubectl exec -it client -- probe tcp 10.96.0.100 80");
    expect(r.rc).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: "connected", seen_src: "10.244.1.9" });
    expect(node.session.run("kubectl exec client probe tcp 10.96.0.100 80").stderr).toContain("Use exec [POD] -- [COMMAND] instead");
    expect(node.session.run("kubectl exec nope -- true").stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});

describe("externalTrafficPolicy=Local", () => {
  it("keeps the outside client's address on a NodePort with a local endpoint", () => {
    const { results } = probeMany(3, "outside", "192.168.1.10", 30081, 10);
    expect(results.every((r) => r.result === "connected" && r.seen_src === "192.168.1.1")).toBe(true);
    expect(results.some((r) => r.served_by === "web-4")).toBe(false);
  });

  it("drops NodePort traffic when no endpoint is on this node", () => {
    const { node, results } = probeMany(3, "outside", "192.168.1.10", 30082, 2);
    expect(results.map((r) => r.result)).toEqual(["timeout", "timeout"]);
    expect(node.session.run("iptables -L KUBE-EXTERNAL-SERVICES -n -v").stdout).toMatch(/^\s+2\s+120 DROP .*has no local endpoints/m);
  });
});
