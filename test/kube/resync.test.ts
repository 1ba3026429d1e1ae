// kube-proxy resync: its own chains are rewritten (manual edits replaced, with a notice),
// chains it does not own stay, stale KUBE-SVC/SEP chains go, jump rules come back on full syncs.
import { describe, expect, it } from "vitest";
import { takeKubeNotices } from "../../src/kube/kube-proxy-command.js";
import type { PodSpec } from "./traffic-world.js";
import { buildTrafficNode, http, service } from "./traffic-world.js";

const PODS: PodSpec[] = [
  { name: "web-1", ip: "10.244.1.5", labels: { app: "web" }, serve: 8080 },
  { name: "api-1", ip: "10.244.1.6", labels: { app: "api" }, serve: 8080 },
];
const SERVICES = [
  service("web", { clusterIP: "10.96.0.100", selector: { app: "web" }, ports: http() }),
  service("api", { clusterIP: "10.96.0.101", selector: { app: "api" }, ports: http() }),
];
const WEB_SVC = "KUBE-SVC-CDGGSHYLG3RE2FKL"; // default/web:http

function node() {
  const n = buildTrafficNode(PODS, SERVICES);
  const sh = (line: string, stdin?: string) => n.session.run(line, stdin);
  return { ...n, sh, nat: () => sh("iptables-save -t nat").stdout, filter: () => sh("iptables-save -t filter").stdout };
}

describe("kube-proxy resync", () => {
  it("replaces a hand-made rule in nat KUBE-SERVICES at the next sync, and says so", () => {
    const n = node();
    expect(n.sh("iptables -t nat -I KUBE-SERVICES -d 10.96.0.100/32 -p tcp --dport 80 -j DNAT --to-destination 10.244.1.6:8080").rc).toBe(0);
    expect(n.nat()).toContain("--to-destination 10.244.1.6:8080\n-A KUBE-SERVICES");
    const r = n.sh("kubectl label svc api tier=backend");
    expect(r).toEqual({ stdout: "service/api labeled\n", stderr: "", rc: 0 });
    // A label does not change kube-proxy's rules, so no sync happened yet.
    expect(n.nat()).toContain("-j DNAT --to-destination 10.244.1.6:8080");
    const p = n.sh(`kubectl patch svc api -p '{"spec":{"ports":[{"port":80,"targetPort":9090}]}}'`);
    expect(p.stdout).toBe("service/api patched\n");
    expect(p.stderr).toContain("nettutor: kube-proxy resync rewrote nat chain KUBE-SERVICES");
    expect(n.nat()).not.toMatch(/^-A KUBE-SERVICES .*-j DNAT/m);
  });

  it("keeps an edit inside another service's KUBE-SVC chain until that service changes or a full sync runs", () => {
    const n = node();
    expect(n.sh(`iptables -t nat -I ${WEB_SVC} 1 -j RETURN`).rc).toBe(0);
    n.sh(`kubectl patch svc api -p '{"spec":{"ports":[{"port":80,"targetPort":9090}]}}'`);
    expect(n.nat()).toContain(`-A ${WEB_SVC} -j RETURN`);
    const r = n.sh("kube-proxy --sync-once");
    expect(r.rc).toBe(0);
    expect(r.stderr).toContain(`rewrote nat chain ${WEB_SVC}`);
    expect(n.nat()).not.toContain(`-A ${WEB_SVC} -j RETURN`);
  });

  it("deletes a stale chain that uses kube-proxy's names, but leaves other chains and rules alone", () => {
    const n = node();
    n.sh("iptables -t nat -N KUBE-SVC-MINEMINEMINEMINE");
    n.sh("iptables -N MY-CHAIN");
    n.sh("iptables -A INPUT -p tcp --dport 22 -j ACCEPT");
    n.sh("iptables -t nat -A POSTROUTING -s 10.244.0.0/16 -o eth0 -j MASQUERADE");
    const r = n.sh("kube-proxy --sync-once");
    expect(r.stderr).toContain("deleted nat chain KUBE-SVC-MINEMINEMINEMINE");
    expect(n.nat()).not.toContain("KUBE-SVC-MINEMINEMINEMINE");
    expect(n.nat()).toContain("-A POSTROUTING -s 10.244.0.0/16 -o eth0 -j MASQUERADE");
    expect(n.filter()).toContain(":MY-CHAIN - [0:0]");
    expect(n.filter()).toContain("-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT");
  });

  it("puts back a deleted jump rule only on a full sync; a lost canary forces one within 30s", () => {
    const n = node();
    const jump = `-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES`;
    expect(n.sh(`iptables -t nat -D PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES`).rc).toBe(0);
    n.sh(`kubectl patch svc api -p '{"spec":{"ports":[{"port":80,"targetPort":9090}]}}'`);
    expect(n.nat()).not.toContain(jump);
    expect(n.sh("iptables -t mangle -X KUBE-PROXY-CANARY").rc).toBe(0);
    n.world.clock += 10_000;
    n.sh("kubectl get svc");
    expect(n.nat()).not.toContain(jump);
    n.world.clock += 25_000;
    const r = n.sh("kubectl get svc -o name");
    expect(r.stdout).toBe("service/api\nservice/web\n");
    expect(n.nat()).toContain(jump);
    expect(n.sh("iptables-save -t mangle").stdout).toContain(":KUBE-PROXY-CANARY - [0:0]");
    expect(r.stderr).toContain("canary chain");
    expect(r.stderr).toContain("restored its jump rule in nat PREROUTING");
    expect(takeKubeNotices(n.world)).toEqual([]);
  });

  it("tells the learner when its restore fails, and keeps retrying", () => {
    const n = node();
    n.sh("iptables -t nat -N KUBE-SEP-AAAAAAAAAAAAAAAA");
    n.sh("iptables -t nat -A OUTPUT -j KUBE-SEP-AAAAAAAAAAAAAAAA");
    const r = n.sh("kube-proxy --sync-once");
    expect(r.rc).toBe(1);
    expect(r.stderr).toContain("nettutor: kube-proxy could not apply its rules (iptables-restore:");
    expect(n.sh("kubectl logs -n kube-system -l k8s-app=kube-proxy --tail=2").stdout).toContain(`"Failed to execute iptables-restore"`);
    n.sh("iptables -t nat -D OUTPUT -j KUBE-SEP-AAAAAAAAAAAAAAAA");
    n.world.clock += 31_000;
    n.sh("kubectl get svc");
    expect(n.nat()).not.toContain("KUBE-SEP-AAAAAAAAAAAAAAAA");
  });

  it("after a reboot wiped the rules, kube-proxy --sync-once brings kubelet's and kube-proxy's chains back", () => {
    const n = node();
    const before = n.sh("iptables-save").stdout;
    for (const t of ["filter", "nat", "mangle"]) {
      n.sh(`iptables -t ${t} -F`);
      n.sh(`iptables -t ${t} -X`);
    }
    expect(n.sh("iptables-save -t nat").stdout).not.toContain("KUBE");
    const r = n.sh("kube-proxy --sync-once");
    expect(r).toEqual({ stdout: "", stderr: "", rc: 0 });
    expect(n.sh("iptables-save").stdout).toBe(before);
  });

  it("runs a full sync at least hourly", () => {
    const n = node();
    n.sh(`iptables -t nat -A ${WEB_SVC} -j RETURN`);
    n.world.clock += 30 * 60_000;
    n.sh("kubectl get svc");
    expect(n.nat()).toContain(`-A ${WEB_SVC} -j RETURN`);
    n.world.clock += 31 * 60_000;
    n.sh("kubectl get svc");
    expect(n.nat()).not.toContain(`-A ${WEB_SVC} -j RETURN`);
    expect(n.sh("kubectl logs -n kube-system -l k8s-app=kube-proxy --tail=3").stdout).toMatch(/"Syncing iptables rules" ipFamily="IPv4" fullSync=true\n.*Reloading/);
  });

  it("a rollout restart of kube-proxy does a full sync and starts a new pod", () => {
    const n = node();
    n.sh(`iptables -t nat -A ${WEB_SVC} -j RETURN`);
    const before = n.sh("kubectl -n kube-system get pods -o name").stdout;
    expect(n.sh("kubectl -n kube-system rollout restart daemonset kube-proxy").stdout).toBe("daemonset.apps/kube-proxy restarted\n");
    const after = n.sh("kubectl -n kube-system get pods -o name").stdout;
    expect(after).toMatch(/^pod\/kube-proxy-\w{5}\n$/);
    expect(after).not.toBe(before);
    expect(n.nat()).not.toContain(`-A ${WEB_SVC} -j RETURN`);
    expect(n.sh("kubectl logs -n kube-system -l k8s-app=kube-proxy --tail=-1").stdout.split("\n")[0]).toContain(`"Using iptables proxy"`);
  });
});
