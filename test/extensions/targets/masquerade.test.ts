// MASQUERADE: texts verified with run-real (oracle/nat.sh, shared cases target-masquerade*).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const POST = { table: "nat", chain: "POSTROUTING" } as const;

describe("MASQUERADE", () => {
  it("prints nothing without options and `masq ports:` with them", () => {
    expect(saveText("MASQUERADE", [], POST)).toBe("-j MASQUERADE");
    expect(listText("MASQUERADE", [], true, POST)).toBe("");
    const words = ["--to-ports", "1024-65535", "--random", "--random-fully"];
    expect(saveText("MASQUERADE", words, { ...POST, proto: 6 })).toBe("-j MASQUERADE --to-ports 1024-65535 --random --random-fully");
    expect(listText("MASQUERADE", words, false, { ...POST, proto: 6 })).toBe("masq ports: 1024-65535 random random-fully");
  });

  it("reports errors like iptables", () => {
    expect(failure("MASQUERADE", ["--to-ports", "1024"], POST).stderr).toContain("Need TCP, UDP, SCTP or DCCP with port specification");
    expect(failure("MASQUERADE", ["--to-ports", "70000"], { ...POST, proto: 6 }).stderr).toContain("Port `70000' not valid");
    expect(failure("MASQUERADE", ["--to-ports", "1000:2000"], { ...POST, proto: 6 }).stderr).toContain(
      "Invalid port:port syntax - use dash",
    );
  });

  it("lives in nat POSTROUTING only", () => {
    expect(target("MASQUERADE").tables).toEqual(["nat"]);
    expect(target("MASQUERADE").hooks).toEqual(["POSTROUTING"]);
    for (const chain of ["PREROUTING", "INPUT", "OUTPUT"]) {
      expect(failure("MASQUERADE", [], { table: "nat", chain }).rc).toBe(4);
    }
  });

  it("asks for masquerading", () => {
    const data = build("MASQUERADE", ["--random-fully"], POST);
    expect(target("MASQUERADE").action(data, packet(), context(), {})).toEqual({
      kind: "NAT",
      nat: { type: "MASQUERADE", randomFully: true },
    });
  });
});
