import { describe, expect, it } from "vitest";
import { IPPROTO_TCP, IPPROTO_UDP } from "../../../src/netfilter/types.js";
import { append, counters, hostAndClient, policy, probe, serve } from "./helpers.js";

describe("probe through the packet path", () => {
  it("connects to a served TCP port and counts SYN, ACK, ACK, RST (216 bytes)", () => {
    const world = hostAndClient();
    serve(world, "", "tcp", 80, "host");
    const r = append(world, "", "filter", "INPUT", { proto: IPPROTO_TCP, m: [["tcp", [["dport", "80"]]]], j: "ACCEPT" });
    expect(probe(world, "client", "tcp", "10.0.0.1", 80)).toEqual({ result: "connected", served_by: "host", seen_src: "10.0.0.2" });
    expect(counters(r)).toEqual([4, 216]);
  });

  it("a closed TCP port is refused, a dropped one times out", () => {
    const world = hostAndClient();
    const drop = append(world, "", "filter", "INPUT", { proto: IPPROTO_TCP, m: [["tcp", [["dport", "81"]]]], j: "DROP" });
    expect(probe(world, "client", "tcp", "10.0.0.1", 86)).toEqual({ result: "refused" });
    const before = world.clock;
    expect(probe(world, "client", "tcp", "10.0.0.1", 81)).toEqual({ result: "timeout" });
    expect(world.clock - before).toBeGreaterThanOrEqual(500);
    expect(counters(drop)).toEqual([1, 60]);
  });

  it("UDP: a reply line, port unreachable → refused, datagram of 28 + payload bytes", () => {
    const world = hostAndClient();
    serve(world, "", "udp", 53, "host");
    const r = append(world, "", "filter", "INPUT", { proto: IPPROTO_UDP });
    expect(probe(world, "client", "udp", "10.0.0.1", 53)).toEqual({ result: "replied", served_by: "host", seen_src: "10.0.0.2" });
    expect(probe(world, "client", "udp", "10.0.0.1", 57)).toEqual({ result: "refused" });
    expect(counters(r)).toEqual([2, 68]);
  });

  it("ICMP echo is 44 bytes and replied; policy counters count only after -P", () => {
    const world = hostAndClient();
    const tcpOnly = append(world, "", "filter", "INPUT", { proto: IPPROTO_TCP, j: "ACCEPT" });
    expect(probe(world, "client", "icmp", "10.0.0.1")).toEqual({ result: "replied" });
    const input = world.namespaces[""]!.netfilter.nft.tables["filter"]!.chains["INPUT"]!;
    expect(input.policyCounters.pkts).toBe(0n);
    policy(world, "", "filter", "INPUT", "ACCEPT");
    expect(probe(world, "client", "icmp", "10.0.0.1")).toEqual({ result: "replied" });
    expect([input.policyCounters.pkts, input.policyCounters.bytes]).toEqual([1n, 44n]);
    expect(counters(tcpOnly)).toEqual([0, 0]);
  });
});
