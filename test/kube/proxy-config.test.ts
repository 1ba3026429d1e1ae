// kube-proxy settings read once at start (NewProxier): nf_conntrack_tcp_be_liberal.
import { describe, expect, it } from "vitest";
import { createClusterState } from "../../src/kube/cluster.js";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

function node(liberal: boolean) {
  const world = createWorld();
  const s = new Session(world, { mode: "script" });
  s.run("ip link add eth0 type veth peer name eth1");
  s.run("ip addr add 192.168.1.10/24 dev eth0");
  if (liberal) s.run("sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=1");
  createClusterState(world, { nodeName: "node-1", clusterCIDR: "10.244.0.0/16" });
  s.run("kubectl get nodes");
  return s;
}

const INVALID = "-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP";

describe("kube-proxy and nf_conntrack_tcp_be_liberal", () => {
  it("by default drops INVALID packets in KUBE-FORWARD", () => {
    expect(node(false).run("iptables-save -t filter").stdout).toContain(INVALID);
  });

  it("a liberal TCP tracker at start leaves the rule out and says so in the log", () => {
    const s = node(true);
    expect(s.run("iptables-save -t filter").stdout).not.toContain("--ctstate INVALID");
    expect(s.run("kubectl logs -n kube-system -l k8s-app=kube-proxy --tail=-1").stdout).toContain('"nf_conntrack_tcp_be_liberal set, not installing DROP rules for INVALID packets"');
  });

  it("changing the sysctl later only matters once kube-proxy restarts", () => {
    const s = node(false);
    s.run("sysctl -w net.netfilter.nf_conntrack_tcp_be_liberal=1");
    s.run("kube-proxy --sync-once");
    expect(s.run("iptables-save -t filter").stdout).toContain(INVALID);
    s.run("kubectl delete pod -n kube-system -l k8s-app=kube-proxy");
    expect(s.run("iptables-save -t filter").stdout).not.toContain("--ctstate INVALID");
  });
});
