import { describe, expect, it } from "vitest";
import { IPPROTO_TCP, IPPROTO_UDP } from "../../../src/netfilter/types.js";
import { addRouteForTest } from "./route-helper.js";
import { append, attach, counters, hostAndClient, policy, probe, serve, sysctl } from "./helpers.js";
import { createWorld } from "../../../src/net/world.js";

function router() {
  const world = createWorld(3);
  attach(world, "client", "vcli", "192.168.100.1", "192.168.100.2");
  attach(world, "backend", "vbe", "10.10.0.1", "10.10.0.2");
  return world;
}

describe("NAT on the packet path", () => {
  it("DNAT port forward: nat rules count first packets only; replies are un-NATed", () => {
    const world = router();
    addRouteForTest(world, "backend", "0.0.0.0/0", "10.10.0.1");
    serve(world, "backend", "tcp", 80);
    serve(world, "", "tcp", 8080, "node");
    sysctl(world, "", "net.ipv4.ip_forward", "1");
    expect(probe(world, "client", "tcp", "192.168.100.1", 8080)).toEqual({ result: "connected", served_by: "node", seen_src: "192.168.100.2" });
    const dnat = append(world, "", "nat", "PREROUTING", {
      in: "vcli",
      proto: IPPROTO_TCP,
      m: [["tcp", [["dport", "8080"]]]],
      j: "DNAT",
      t: [["to-destination", "10.10.0.2:80"]],
    });
    expect(probe(world, "client", "tcp", "192.168.100.1", 8080)).toEqual({ result: "connected", served_by: "backend", seen_src: "192.168.100.2" });
    policy(world, "", "filter", "FORWARD", "DROP");
    expect(probe(world, "client", "tcp", "192.168.100.1", 8080)).toEqual({ result: "timeout" });
    const fwd = append(world, "", "filter", "FORWARD", { dst: "10.10.0.2", proto: IPPROTO_TCP, m: [["tcp", [["dport", "80"]]]], j: "ACCEPT" });
    const est = append(world, "", "filter", "FORWARD", { m: [["conntrack", [["ctstate", "ESTABLISHED,RELATED"]]]], j: "ACCEPT" });
    expect(probe(world, "client", "tcp", "192.168.100.1", 8080)).toEqual({ result: "connected", served_by: "backend", seen_src: "192.168.100.2" });
    expect(probe(world, "", "tcp", "192.168.100.1", 8080)).toEqual({ result: "connected", served_by: "node", seen_src: "192.168.100.1" });
    expect(counters(dnat)).toEqual([3, 180]);
    expect(counters(fwd)).toEqual([4, 216]);
    expect(counters(est)).toEqual([2, 166]);
    const chain = world.namespaces[""]!.netfilter.nft.tables["filter"]!.chains["FORWARD"]!;
    expect([chain.policyCounters.pkts, chain.policyCounters.bytes]).toEqual([1n, 60n]);
  });

  it("MASQUERADE picks the outgoing interface's primary address; SNAT the given one", () => {
    const world = createWorld(5);
    attach(world, "pod", "vpod", "10.244.0.1", "10.244.0.2");
    attach(world, "ext", "vext", "192.168.100.1", "192.168.100.2");
    addRouteForTest(world, "pod", "0.0.0.0/0", "10.244.0.1");
    serve(world, "ext", "tcp", 80);
    serve(world, "ext", "udp", 53);
    sysctl(world, "", "net.ipv4.ip_forward", "1");
    const masq = append(world, "", "nat", "POSTROUTING", { src: "10.244.0.0/16", out: "vext", j: "MASQUERADE" });
    expect(probe(world, "pod", "tcp", "192.168.100.2", 80)).toEqual({ result: "connected", served_by: "ext", seen_src: "192.168.100.1" });
    expect(probe(world, "pod", "udp", "192.168.100.2", 53)).toEqual({ result: "replied", served_by: "ext", seen_src: "192.168.100.1" });
    expect(probe(world, "pod", "icmp", "192.168.100.2")).toEqual({ result: "replied" });
    expect(counters(masq)).toEqual([3, 60 + 34 + 44]);
    const snat = append(world, "", "nat", "POSTROUTING", { proto: IPPROTO_UDP, out: "vext", j: "SNAT", t: [["to-source", "192.168.100.77"]] });
    world.namespaces[""]!.netfilter.nft.tables["nat"]!.chains["POSTROUTING"]!.rules.reverse();
    // 192.168.100.77 is not an address of ours: the reply never comes back to us.
    expect(probe(world, "pod", "udp", "192.168.100.2", 53)).toEqual({ result: "timeout" });
    expect(counters(snat)).toEqual([1, 34]);
  });

  it("REDIRECT in nat OUTPUT sends local traffic to 127.0.0.1", () => {
    const world = hostAndClient();
    serve(world, "client", "tcp", 80);
    serve(world, "", "tcp", 8080, "proxy");
    expect(probe(world, "", "tcp", "127.0.0.1", 80)).toEqual({ result: "refused" });
    const redir = append(world, "", "nat", "OUTPUT", { proto: IPPROTO_TCP, m: [["tcp", [["dport", "80"]]]], j: "REDIRECT", t: [["to-ports", "8080"]] });
    expect(probe(world, "", "tcp", "127.0.0.1", 80)).toEqual({ result: "connected", served_by: "proxy", seen_src: "127.0.0.1" });
    expect(probe(world, "", "tcp", "10.0.0.2", 80)).toEqual({ result: "connected", served_by: "proxy", seen_src: "10.0.0.1" });
    expect(counters(redir)).toEqual([2, 120]);
  });

  it("CT --notrack makes replies UNTRACKED", () => {
    const world = hostAndClient();
    serve(world, "client", "tcp", 80);
    policy(world, "", "filter", "INPUT", "DROP");
    const est = append(world, "", "filter", "INPUT", { m: [["conntrack", [["ctstate", "ESTABLISHED,RELATED"]]]], j: "ACCEPT" });
    expect(probe(world, "", "tcp", "10.0.0.2", 80)).toEqual({ result: "connected", served_by: "client", seen_src: "10.0.0.1" });
    append(world, "", "raw", "PREROUTING", { src: "10.0.0.2", j: "CT", t: [["notrack"]] });
    append(world, "", "raw", "OUTPUT", { dst: "10.0.0.2", j: "CT", t: [["notrack"]] });
    expect(probe(world, "", "tcp", "10.0.0.2", 80)).toEqual({ result: "timeout" });
    expect(counters(est)).toEqual([2, 60 + 52 + 48]);
  });
});
