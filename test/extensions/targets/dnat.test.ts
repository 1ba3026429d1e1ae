// DNAT: texts verified with run-real (oracle/nat.sh and shared cases target-dnat*).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const NAT = { table: "nat", chain: "PREROUTING" } as const;
const TCP = { ...NAT, proto: 6 };

describe("DNAT", () => {
  it.each([
    [["--to-destination", "10.0.0.2:8080"], "--to-destination 10.0.0.2:8080", "to:10.0.0.2:8080"],
    [["--to-destination", "10.0.0.2-10.0.0.4"], "--to-destination 10.0.0.2-10.0.0.4", "to:10.0.0.2-10.0.0.4"],
    [["--to-destination", ":8084"], "--to-destination :8084", "to::8084"],
    [["--to-destination", "10.0.0.1:80-90/100"], "--to-destination 10.0.0.1:80-90/100", "to:10.0.0.1:80-90/100"],
    [["--to-destination", "10.0.0.1:http"], "--to-destination 10.0.0.1:80", "to:10.0.0.1:80"],
    [["--to-destination", "10.0.0.1", "--random", "--persistent"], "--to-destination 10.0.0.1 --random --persistent", "to:10.0.0.1 random persistent"],
  ])("%j saves as %s and lists as %s", (words, save, list) => {
    expect(saveText("DNAT", words, TCP)).toBe(`-j DNAT ${save}`);
    expect(listText("DNAT", words, true, TCP)).toBe(list);
    expect(listText("DNAT", words, false, TCP)).toBe(list);
  });

  it("needs a port protocol for ports, and --to-destination", () => {
    const tryLine = "Try `iptables -h' or 'iptables --help' for more information.\n";
    expect(failure("DNAT", ["--to-destination", "10.0.0.1:80"], NAT)).toEqual({
      stderr: `iptables v1.8.9 (nf_tables): Need TCP, UDP, SCTP or DCCP with port specification\n${tryLine}`,
      rc: 2,
    });
    expect(failure("DNAT", [], NAT).stderr).toBe(
      `iptables v1.8.9 (nf_tables): DNAT: option "--to-destination" must be specified\n\n${tryLine}`,
    );
    expect(failure("DNAT", ["--to-destination", "10.0.0.1:99999"], TCP).stderr).toContain("Port `99999' not valid");
    expect(failure("DNAT", ["--to-destination", "10.0.0.1:80-70"], TCP).stderr).toContain("Port range `70' funky");
    expect(failure("DNAT", ["--to-destination", "10.0.0.1:80:90"], TCP).stderr).toContain('Bad IP address "10.0.0.1:80:90"');
  });

  it("lives in nat PREROUTING and OUTPUT", () => {
    expect(target("DNAT").tables).toEqual(["nat"]);
    expect(target("DNAT").hooks).toEqual(["PREROUTING", "OUTPUT"]);
    const refused = failure("DNAT", ["--to-destination", "10.0.0.1"], { table: "nat", chain: "POSTROUTING" });
    expect(refused).toEqual({
      stderr: "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING\n",
      rc: 4,
    });
    expect(failure("DNAT", ["--to-destination", "10.0.0.1"], { chain: "INPUT" }).rc).toBe(4);
    expect(() => build("DNAT", ["--to-destination", "10.0.0.1"], { table: "nat", chain: "OUTPUT" })).not.toThrow();
  });

  it("asks the packet path for the translation", () => {
    const ext = target("DNAT");
    const data = build("DNAT", ["--to-destination", "10.0.0.5-10.0.0.6:8080-8081", "--persistent"], TCP);
    expect(ext.action(data, packet(), context({ table: "nat", hook: "PREROUTING" }), {})).toEqual({
      kind: "NAT",
      nat: { type: "DNAT", minAddr: 0x0a000005, maxAddr: 0x0a000006, minPort: 8080, maxPort: 8081, persistent: true },
    });
    const portOnly = build("DNAT", ["--to-destination", ":8084"], TCP);
    expect(ext.action(portOnly, packet(), context(), {})).toEqual({ kind: "NAT", nat: { type: "DNAT", minPort: 8084, maxPort: 8084 } });
  });
});
