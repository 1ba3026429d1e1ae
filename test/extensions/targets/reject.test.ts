// REJECT: verified against iptables 1.8.9 / Linux 6.x (oracle cases target-reject-*, and
// test/extensions/targets/oracle/reject.sh).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, saveText, target } from "./harness.js";

const TCP = { proto: 6 };

describe("REJECT", () => {
  it.each([
    [[], "-j REJECT --reject-with icmp-port-unreachable"],
    [["--reject-with", "tcp-reset"], "-j REJECT --reject-with tcp-reset"],
    [["--reject-with", "tcp-rst"], "-j REJECT --reject-with tcp-reset"],
    [["--reject-with", "tcp"], "-j REJECT --reject-with tcp-reset"],
    [["--reject-with", "ICMP-HOST-UNREACHABLE"], "-j REJECT --reject-with icmp-host-unreachable"],
    [["--reject-with", ""], "-j REJECT --reject-with icmp-net-unreachable"],
    [["--reject-with", "net-unreach"], "-j REJECT --reject-with icmp-net-unreachable"],
    [["--reject-with", "host-unreach"], "-j REJECT --reject-with icmp-host-unreachable"],
    [["--reject-with", "proto-unreach"], "-j REJECT --reject-with icmp-proto-unreachable"],
    [["--reject-with", "port-unreach"], "-j REJECT --reject-with icmp-port-unreachable"],
    [["--reject-with", "net-prohib"], "-j REJECT --reject-with icmp-net-prohibited"],
    [["--reject-with", "host-prohib"], "-j REJECT --reject-with icmp-host-prohibited"],
    [["--reject-with", "admin-prohib"], "-j REJECT --reject-with icmp-admin-prohibited"],
    [["--reject-with", "icmp-h"], "-j REJECT --reject-with icmp-host-unreachable"],
    [["--reject-with", "icmp-admin-prohibited"], "-j REJECT --reject-with icmp-admin-prohibited"],
  ])("saves %j as %s", (words, expected) => {
    expect(saveText("REJECT", words, TCP)).toBe(expected);
  });

  it("lists the same text with and without -n", () => {
    expect(listText("REJECT", [], false)).toBe("reject-with icmp-port-unreachable");
    expect(listText("REJECT", ["--reject-with", "tcp-reset"], true, TCP)).toBe("reject-with tcp-reset");
  });

  it("reports bad and repeated types like iptables", () => {
    expect(failure("REJECT", ["--reject-with", "bogus"])).toEqual({
      stderr:
        'iptables v1.8.9 (nf_tables): unknown reject type "bogus"\n' +
        "Try `iptables -h' or 'iptables --help' for more information.\n",
      rc: 2,
    });
    expect(failure("REJECT", ["--reject-with", "port-unreach", "--reject-with", "tcp-reset"])).toEqual({
      stderr:
        'iptables v1.8.9 (nf_tables): REJECT: option "--reject-with" can only be used once.\n\n' +
        "Try `iptables -h' or 'iptables --help' for more information.\n",
      rc: 2,
    });
    expect(failure("REJECT", ["!", "--reject-with", "port-unreach"]).stderr).toBe(
      'iptables v1.8.9 (nf_tables): REJECT: option "--reject-with" cannot be inverted.\n\n' +
        "Try `iptables -h' or 'iptables --help' for more information.\n",
    );
  });

  it("is kernel-refused for tcp-reset without a plain -p tcp", () => {
    const refused = {
      stderr: "iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n",
      rc: 4,
    };
    expect(failure("REJECT", ["--reject-with", "tcp-reset"])).toEqual(refused);
    expect(failure("REJECT", ["--reject-with", "tcp-reset"], { proto: 17 })).toEqual(refused);
    expect(failure("REJECT", ["--reject-with", "tcp-reset"], { proto: 6, protoInvert: true })).toEqual(refused);
    expect(() => build("REJECT", ["--reject-with", "tcp-reset"], { proto: 6, chain: "U" })).not.toThrow();
  });

  it("declares filter INPUT/FORWARD/OUTPUT only", () => {
    const ext = target("REJECT");
    expect(ext.tables).toEqual(["filter"]);
    expect(ext.hooks).toEqual(["INPUT", "FORWARD", "OUTPUT"]);
    expect(failure("REJECT", [], { table: "mangle", chain: "INPUT" }).rc).toBe(4);
    expect(failure("REJECT", [], { table: "raw", chain: "PREROUTING" }).rc).toBe(4);
    expect(failure("REJECT", [], { table: "security", chain: "INPUT" }).rc).toBe(4);
    expect(() => build("REJECT", [], { chain: "FORWARD" })).not.toThrow();
  });

  it("answers with the configured reply", () => {
    const ext = target("REJECT");
    const data = build("REJECT", ["--reject-with", "tcp-reset"], TCP);
    expect(ext.action(data, packet(), context(), {})).toEqual({ kind: "REJECT", with: "tcp-reset" });
    const icmp = build("REJECT", ["--reject-with", "host-prohib"]);
    expect(ext.action(icmp, packet({ proto: 17 }), context(), {})).toEqual({
      kind: "REJECT",
      with: "icmp-host-prohibited",
    });
  });

  it("uses ip6tables' reply types for IPv6 (run-real: ip6tables -j REJECT)", () => {
    const V6 = { family: 6 } as const;
    expect(saveText("REJECT", [], V6)).toBe("-j REJECT --reject-with icmp6-port-unreachable");
    expect(saveText("REJECT", ["--reject-with", "no-route"], V6)).toBe("-j REJECT --reject-with icmp6-no-route");
    expect(saveText("REJECT", ["--reject-with", "adm-prohibited"], V6)).toBe("-j REJECT --reject-with icmp6-adm-prohibited");
    expect(saveText("REJECT", ["--reject-with", "addr-unreach"], V6)).toBe("-j REJECT --reject-with icmp6-addr-unreachable");
    expect(saveText("REJECT", ["--reject-with", "policy-fail"], V6)).toBe("-j REJECT --reject-with icmp6-policy-fail");
    expect(saveText("REJECT", ["--reject-with", "reject-route"], V6)).toBe("-j REJECT --reject-with icmp6-reject-route");
    expect(saveText("REJECT", ["--reject-with", ""], V6)).toBe("-j REJECT --reject-with icmp6-no-route");
    expect(listText("REJECT", ["--reject-with", "tcp-reset"], true, { ...V6, proto: 6 })).toBe("reject-with tcp-reset");
    expect(failure("REJECT", ["--reject-with", "icmp-port-unreachable"], V6)).toEqual({
      stderr:
        'iptables v1.8.9 (nf_tables): unknown reject type "icmp-port-unreachable"\n' +
        "Try `iptables -h' or 'iptables --help' for more information.\n",
      rc: 2,
    });
    expect(failure("REJECT", ["--reject-with", "tcp-reset"], V6).rc).toBe(4);
  });
});
