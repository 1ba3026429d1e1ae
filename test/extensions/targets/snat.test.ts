// SNAT: texts verified with run-real (oracle/nat.sh and shared cases target-snat*).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const POST = { table: "nat", chain: "POSTROUTING" } as const;

describe("SNAT", () => {
  it("saves and lists ranges and flags", () => {
    expect(saveText("SNAT", ["--to-source", "203.0.113.1"], POST)).toBe("-j SNAT --to-source 203.0.113.1");
    const words = ["--to-source", "1.2.3.4:1000-2000", "--random-fully", "--persistent", "--random"];
    expect(saveText("SNAT", words, { ...POST, proto: 17 })).toBe(
      "-j SNAT --to-source 1.2.3.4:1000-2000 --random --random-fully --persistent",
    );
    expect(listText("SNAT", words, false, { ...POST, proto: 17 })).toBe("to:1.2.3.4:1000-2000 random random-fully persistent");
    expect(listText("SNAT", ["--to-source", ":1000"], true, { ...POST, proto: 17 })).toBe("to::1000");
    // The old range structure has no room for the base port of a shifted map.
    expect(saveText("SNAT", ["--to-source", "1.2.3.4:1000-2000/1500"], { ...POST, proto: 17 })).toBe(
      "-j SNAT --to-source 1.2.3.4:1000-2000/0",
    );
  });

  it("reports errors like iptables", () => {
    expect(failure("SNAT", [], POST).stderr).toContain('SNAT: option "--to-source" must be specified\n\n');
    expect(failure("SNAT", ["--to-source", "bogus"], POST).stderr).toContain('Bad IP address "bogus"');
    expect(failure("SNAT", ["--to-source", "1.2.3.4:80"], POST).stderr).toContain("Need TCP, UDP, SCTP or DCCP");
  });

  it("lives in nat POSTROUTING and INPUT", () => {
    expect(target("SNAT").hooks).toEqual(["POSTROUTING", "INPUT"]);
    expect(() => build("SNAT", ["--to-source", "1.2.3.4"], { table: "nat", chain: "INPUT" })).not.toThrow();
    expect(failure("SNAT", ["--to-source", "1.2.3.4"], { table: "nat", chain: "OUTPUT" }).rc).toBe(4);
    expect(failure("SNAT", ["--to-source", "1.2.3.4"], { chain: "FORWARD" }).rc).toBe(4);
  });

  it("asks for a source translation", () => {
    const data = build("SNAT", ["--to-source", "203.0.113.1-203.0.113.5", "--random"], POST);
    expect(target("SNAT").action(data, packet(), context({ table: "nat", hook: "POSTROUTING" }), {})).toEqual({
      kind: "NAT",
      nat: { type: "SNAT", minAddr: 0xcb007101, maxAddr: 0xcb007105, random: true },
    });
  });
});
