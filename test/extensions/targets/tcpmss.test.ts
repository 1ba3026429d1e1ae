// TCPMSS: verified with run-real (oracle/mangle-misc.sh, shared case tcpmss-clamp). Under
// nf_tables the kernel wants -p tcp but no SYN match.
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const FWD = { table: "mangle", chain: "FORWARD", proto: 6 } as const;

describe("TCPMSS", () => {
  it("saves and lists both modes; the last option wins", () => {
    expect(saveText("TCPMSS", ["--clamp-mss-to-pmtu"], FWD)).toBe("-j TCPMSS --clamp-mss-to-pmtu");
    expect(listText("TCPMSS", ["--clamp-mss-to-pmtu"], true, FWD)).toBe("TCPMSS clamp to PMTU");
    expect(saveText("TCPMSS", ["--set-mss", "1400"], FWD)).toBe("-j TCPMSS --set-mss 1400");
    expect(listText("TCPMSS", ["--set-mss", "1400"], false, FWD)).toBe("TCPMSS set 1400");
    expect(saveText("TCPMSS", ["--set-mss", "1300", "--clamp-mss-to-pmtu"], FWD)).toBe("-j TCPMSS --clamp-mss-to-pmtu");
    expect(saveText("TCPMSS", ["--clamp-mss-to-pmtu", "--set-mss", "1300"], FWD)).toBe("-j TCPMSS --set-mss 1300");
  });

  it("reports errors like iptables", () => {
    expect(failure("TCPMSS", [], FWD).stderr).toBe(
      "iptables v1.8.9 (nf_tables): TCPMSS target: At least one parameter is required\n" +
        "Try `iptables -h' or 'iptables --help' for more information.\n",
    );
    expect(failure("TCPMSS", ["--set-mss", "65516"], FWD).stderr).toContain(
      'TCPMSS: bad value for option "--set-mss", or out of range (0-65515).\n\n',
    );
  });

  it("needs -p tcp, and clamping only from FORWARD/OUTPUT/POSTROUTING", () => {
    const refused = "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD\n";
    expect(failure("TCPMSS", ["--set-mss", "1400"], { table: "mangle", chain: "FORWARD" })).toEqual({ stderr: refused, rc: 4 });
    expect(failure("TCPMSS", ["--set-mss", "1400"], { ...FWD, protoInvert: true }).rc).toBe(4);
    expect(failure("TCPMSS", ["--clamp-mss-to-pmtu"], { ...FWD, chain: "PREROUTING" }).rc).toBe(4);
    expect(failure("TCPMSS", ["--clamp-mss-to-pmtu"], { ...FWD, chain: "INPUT" }).rc).toBe(4);
    expect(() => build("TCPMSS", ["--set-mss", "1300"], { ...FWD, chain: "PREROUTING" })).not.toThrow();
    expect(() => build("TCPMSS", ["--clamp-mss-to-pmtu"], { ...FWD, chain: "USERCHAIN" })).not.toThrow();
    expect(() => build("TCPMSS", ["--set-mss", "1000"], { proto: 6, chain: "FORWARD" })).not.toThrow();
  });

  it("continues with the next rule", () => {
    const data = build("TCPMSS", ["--set-mss", "1400"], FWD);
    expect(target("TCPMSS").action(data, packet(), context(), {})).toEqual({ kind: "CONTINUE" });
  });
});
