// Golden tests for the listing formats: counters, headers, columns, names.
import { describe, expect, it } from "vitest";
import { formatCount, ctime } from "../../src/iptables/numbers.js";
import { MiniShell } from "../oracle/mini-shell.js";

function shell(...cmds: string[]): MiniShell {
  const sh = new MiniShell();
  for (const c of cmds) {
    const r = sh.run(c);
    expect(r.rc, `${c}: ${r.stderr}`).toBe(0);
  }
  return sh;
}

describe("counter abbreviation (xtables_print_num)", () => {
  const table: [bigint, string][] = [
    [0n, "    0"],
    [99999n, "99999"],
    [100000n, " 100K"],
    [100499n, " 100K"],
    [100500n, " 101K"],
    [999999n, "1000K"],
    [9999499n, "9999K"],
    [9999500n, "  10M"],
    [99999999n, " 100M"],
    [9999499999n, "  10G"],
    [12345678901n, "  12G"],
    [9999499999999n, "  10T"],
    [123456789012345n, " 123T"],
    [18446744073709551615n, "   0K"],
  ];
  for (const [value, shown] of table) {
    it(`${value} → "${shown}"`, () => expect(formatCount(value, true, true)).toBe(`${shown} `));
  }
  it("exact values are %8llu", () => {
    expect(formatCount(1234n, false, true)).toBe("    1234 ");
    expect(formatCount(12345678901n, false, true)).toBe("12345678901 ");
  });
  it("header counters are not padded", () => {
    expect(formatCount(123456n, true, false)).toBe("123K ");
    expect(formatCount(5n, true, false)).toBe("5 ");
  });
});

describe("ctime", () => {
  it("pads the day with a space", () => {
    expect(ctime(Date.UTC(2026, 10, 6, 8, 5, 7))).toBe("Fri Nov  6 08:05:07 2026");
    expect(ctime(Date.UTC(2026, 10, 26, 8, 58, 7))).toBe("Thu Nov 26 08:58:07 2026");
  });
});

describe("iptables -L", () => {
  it("prints counters set with -c, abbreviated and exact", () => {
    const sh = shell("iptables -A INPUT -c 123456 99999999 -j ACCEPT", "iptables -A INPUT -c 9999999999 12345678901 -j DROP");
    expect(sh.run("iptables -L INPUT -v").stdout).toBe(
      "Chain INPUT (policy ACCEPT 0 packets, 0 bytes)\n" +
        " pkts bytes target     prot opt in     out     source               destination         \n" +
        " 123K  100M ACCEPT     all  --  any    any     anywhere             anywhere            \n" +
        "  10G   12G DROP       all  --  any    any     anywhere             anywhere            \n",
    );
    expect(sh.run("iptables -L INPUT -v -x -n --line-numbers").stdout).toBe(
      "Chain INPUT (policy ACCEPT 0 packets, 0 bytes)\n" +
        "num      pkts      bytes target     prot opt in     out     source               destination         \n" +
        "1      123456 99999999 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           \n" +
        "2    9999999999 12345678901 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           \n",
    );
  });

  it("resolves localhost, networks and masks without -n", () => {
    const sh = shell(
      "iptables -A OUTPUT -d 127.0.0.1 -s 0.0.0.0/1 -j ACCEPT",
      "iptables -A OUTPUT -d 169.254.0.0/16 -s 10.1.2.3/255.255.0.255 -j ACCEPT",
      "iptables -A OUTPUT ! -s 10.0.0.0/8 -d 10.1 -j ACCEPT",
    );
    expect(sh.run("iptables -L OUTPUT").stdout).toBe(
      "Chain OUTPUT (policy ACCEPT)\n" +
        "target     prot opt source               destination         \n" +
        "ACCEPT     all  --  default/1            localhost           \n" +
        "ACCEPT     all  --  10.1.0.3/255.255.0.255  link-local/16       \n" +
        "ACCEPT     all  -- !10.0.0.0/8           10.1.0.0            \n",
    );
  });

  it("shows references, goto and rules without a target", () => {
    const sh = shell("iptables -N U", "iptables -A FORWARD -p udp -g U", "iptables -A FORWARD -j U", "iptables -A U -s 10.0.0.1");
    expect(sh.run("iptables -L -n").stdout).toBe(
      "Chain INPUT (policy ACCEPT)\ntarget     prot opt source               destination         \n\n" +
        "Chain FORWARD (policy ACCEPT)\ntarget     prot opt source               destination         \n" +
        "U          17   --  0.0.0.0/0            0.0.0.0/0           [goto] \n" +
        "U          0    --  0.0.0.0/0            0.0.0.0/0           \n\n" +
        "Chain OUTPUT (policy ACCEPT)\ntarget     prot opt source               destination         \n\n" +
        "Chain U (2 references)\ntarget     prot opt source               destination         \n" +
        "           0    --  10.0.0.1             0.0.0.0/0           \n",
    );
  });

  it("-L CHAIN N prints one rule, or nothing past the end", () => {
    const sh = shell("iptables -A INPUT -j ACCEPT");
    expect(sh.run("iptables -L INPUT 1 -n").stdout).toBe("ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           \n");
    expect(sh.run("iptables -L INPUT 2").stdout).toBe("");
  });

  it("-v echoes added rules in the one-line form", () => {
    const sh = new MiniShell();
    expect(sh.run("iptables -v -A FORWARD ! -i eth0 -o eth1 ! -f -p 47 -j DROP").stdout).toBe(
      "DROP  47 opt !f in !eth0 out eth1  0.0.0.0/0  -> 0.0.0.0/0  \n",
    );
  });
});

describe("iptables -S", () => {
  it("orders policies, user chains sorted by strcmp, then rules", () => {
    const sh = shell("iptables -N ZZZ", "iptables -N AAA", "iptables -N MMM", "iptables -A ZZZ -j RETURN", "iptables -P FORWARD DROP");
    expect(sh.run("iptables -S").stdout).toBe(
      "-P INPUT ACCEPT\n-P FORWARD DROP\n-P OUTPUT ACCEPT\n-N AAA\n-N MMM\n-N ZZZ\n-A ZZZ -j RETURN\n",
    );
  });
  it("-v puts counters before the target", () => {
    const sh = shell("iptables -A INPUT -i lo -c 3 4 -j ACCEPT", "iptables -A INPUT -s 1.2.3.4");
    expect(sh.run("iptables -S INPUT -v").stdout).toBe(
      "-P INPUT ACCEPT -c 0 0\n-A INPUT -i lo -c 3 4 -j ACCEPT\n-A INPUT -s 1.2.3.4/32 -c 0 0\n",
    );
  });

  it("-I with several addresses inserts them in reverse order", () => {
    const sh = shell("iptables -A INPUT -j ACCEPT", "iptables -I INPUT 2 -s 1.1.1.1,2.2.2.2 -j DROP");
    expect(sh.run("iptables -S INPUT").stdout).toBe(
      "-P INPUT ACCEPT\n-A INPUT -j ACCEPT\n-A INPUT -s 2.2.2.2/32 -j DROP\n-A INPUT -s 1.1.1.1/32 -j DROP\n",
    );
  });
});
