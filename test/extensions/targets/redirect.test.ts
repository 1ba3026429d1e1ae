// REDIRECT: texts verified with run-real (oracle/nat.sh, shared cases target-redirect*).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const PRE = { table: "nat", chain: "PREROUTING", proto: 6 } as const;

describe("REDIRECT", () => {
  it("saves and lists ports", () => {
    expect(saveText("REDIRECT", [], PRE)).toBe("-j REDIRECT");
    expect(listText("REDIRECT", [], false, PRE)).toBe("");
    expect(saveText("REDIRECT", ["--to-ports", "9000", "--random"], PRE)).toBe("-j REDIRECT --to-ports 9000 --random");
    expect(listText("REDIRECT", ["--to-ports", "5353-5355"], true, PRE)).toBe("redir ports 5353-5355");
    expect(saveText("REDIRECT", ["--to-ports", "http"], PRE)).toBe("-j REDIRECT --to-ports 80");
  });

  it("refuses shifted port maps and non-port protocols", () => {
    expect(failure("REDIRECT", ["--to-ports", "80-90/100"], PRE).stderr).toContain(
      "Shifted portmap ranges not supported with this kernel",
    );
    expect(failure("REDIRECT", ["--to-ports", "8080"], { table: "nat", chain: "PREROUTING" }).stderr).toContain(
      "Need TCP, UDP, SCTP or DCCP",
    );
    expect(failure("REDIRECT", ["--to-ports", "abc"], PRE).stderr).toContain("Port `abc' not valid");
  });

  it("lives in nat PREROUTING and OUTPUT", () => {
    expect(target("REDIRECT").hooks).toEqual(["PREROUTING", "OUTPUT"]);
    expect(failure("REDIRECT", ["--to-ports", "8080"], { ...PRE, chain: "POSTROUTING" }).rc).toBe(4);
    expect(failure("REDIRECT", ["--to-ports", "8080"], { proto: 6, chain: "INPUT" }).rc).toBe(4);
  });

  it("asks for a redirect to the local host", () => {
    const data = build("REDIRECT", ["--to-ports", "3128"], { ...PRE, chain: "OUTPUT" });
    expect(target("REDIRECT").action(data, packet(), context(), {})).toEqual({
      kind: "NAT",
      nat: { type: "REDIRECT", minPort: 3128, maxPort: 3128 },
    });
  });
});
