// The packet path cut into packets: a probe's steps arrive as one list.
import { describe, expect, it } from "vitest";
import { packetsOf, traceLines } from "../../src/tui/components/trace-diagram.js";
import type { TraceStep } from "../../src/tui/engine-adapter.js";

const step = (hook: string, table: string, chain: string, verdict: string): TraceStep => ({ hook, table, chain, verdict, rule: `${chain} rule` });

describe("trace diagram", () => {
  it("cuts a forwarded TCP connection into its packets", () => {
    const steps = [
      // SYN: DNAT/MASQUERADE decided once, then the replies and later packets skip nat.
      step("PREROUTING", "nat", "PREROUTING", "POLICY:ACCEPT"),
      step("FORWARD", "filter", "FORWARD", "ACCEPT"),
      step("POSTROUTING", "nat", "POSTROUTING", "NAT"),
      step("FORWARD", "filter", "FORWARD", "ACCEPT"), // SYN-ACK
      step("FORWARD", "filter", "FORWARD", "ACCEPT"), // ACK
      step("FORWARD", "filter", "FORWARD", "JUMP"), // data, through a user chain
      step("FORWARD", "filter", "KUBE-FORWARD", "ACCEPT"),
    ];
    expect(packetsOf(steps).map((p) => p.length)).toEqual([3, 1, 1, 2]);
  });

  it("keeps a packet whole as it crosses namespaces, and starts a new one where a namespace sends", () => {
    const steps = [
      step("OUTPUT (netns pod-a)", "filter", "OUTPUT", "POLICY:ACCEPT"),
      step("PREROUTING", "nat", "PREROUTING", "POLICY:ACCEPT"),
      step("INPUT", "filter", "INPUT", "DROP"),
      step("OUTPUT (netns pod-a)", "filter", "OUTPUT", "POLICY:ACCEPT"),
      step("INPUT", "filter", "INPUT", "ACCEPT"),
    ];
    expect(packetsOf(steps).map((p) => p.length)).toEqual([3, 2]);
  });

  it("labels packets only when there are several, and draws a single one as before", () => {
    const one = traceLines({ probe: "probe tcp 10.0.0.1 22", steps: [step("INPUT", "filter", "INPUT", "DROP")], outcome: "result=timeout" }, false);
    expect(one.join("\n")).not.toContain("packet 1");
    const two = traceLines(
      { probe: "probe tcp 10.0.0.1 22", steps: [step("INPUT", "filter", "INPUT", "ACCEPT"), step("INPUT", "filter", "INPUT", "ACCEPT")], outcome: "result=connected" },
      true,
    );
    expect(two).toContain("packet 1 of 2 (the first decides NAT and the connection's fate)");
    expect(two).toContain("packet 2 of 2");
    expect(two.at(-1)).toBe("outcome: result=connected");
  });
});
