// TRACE: with iptables-nft it is accepted in every table (run-real, oracle/conntrack.sh and
// shared case target-trace).
import { describe, expect, it } from "vitest";
import { build, context, listText, packet, recorder, saveText, target } from "./harness.js";

describe("TRACE", () => {
  it("prints nothing after -j TRACE and works in any table", () => {
    expect(saveText("TRACE", [], { table: "raw", chain: "PREROUTING", proto: 6 })).toBe("-j TRACE");
    expect(listText("TRACE", [], false)).toBe("");
    expect(target("TRACE").tables).toBeUndefined();
    expect(() => build("TRACE", [], { table: "nat", chain: "PREROUTING" })).not.toThrow();
    expect(() => build("TRACE", [], { chain: "INPUT" })).not.toThrow();
  });

  it("marks the packet for tracing and continues", () => {
    const effects = recorder();
    expect(target("TRACE").action({}, packet(), context(), effects)).toEqual({ kind: "CONTINUE" });
    expect(effects.traced).toBe(1);
  });
});
