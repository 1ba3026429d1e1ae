import { describe, expect, it } from "vitest";
import { measure } from "../../src/demo/dataplane-world.js";
import { kubeNatDump } from "../../src/demo/kube-nat-dump.js";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

describe("kube-proxy-style dump", () => {
  it("has 5 nat rules per one-endpoint Service plus 8 fixed ones, and unique chain names", () => {
    const dump = kubeNatDump(300, "10.244.1.2");
    expect(dump.natRules).toBe(5 * 300 + 8);
    expect(dump.text.split("\n").filter((l) => l.startsWith("-A")).length).toBe(dump.natRules);
    const chains = dump.text.split("\n").filter((l) => l.startsWith(":KUBE-"));
    expect(new Set(chains).size).toBe(chains.length);
  });
});

describe("measuring a node", () => {
  it("connects to the last Service, masqueraded, through every KUBE-SERVICES rule before it", () => {
    const small = measure(10);
    const big = measure(700);
    if ("error" in small || "error" in big) throw new Error("building the node failed");
    expect(Object.fromEntries(big.probe)).toMatchObject({ result: "connected", served_by: "pod", seen_src: "10.244.1.1" });
    // One more KUBE-SERVICES rule to test per extra Service, and nothing else changes.
    expect(big.natRulesEvaluated - small.natRulesEvaluated).toBe(690);
    // PREROUTING 1 + KUBE-SERVICES N + SVC (mark 1, MARK-MASQ 1, endpoint 1) + SEP 2,
    // then POSTROUTING 1 + KUBE-POSTROUTING 3.
    expect(small.natRulesEvaluated).toBe(1 + 10 + 3 + 2 + 1 + 3);
  });
});

describe("dataplane-demo", () => {
  it("says it is a teaching tool, prints a row per size, and leaves the learner's world alone", () => {
    const shell = new Session(createWorld(), { mode: "script", seed: false });
    const before = shell.run("iptables-save").stdout + shell.run("ip netns list").stdout;
    const r = shell.run("dataplane-demo 10 100");
    expect(r.rc).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("dataplane-demo: a nettutor teaching tool, not a Linux command.");
    expect(r.stdout).toMatch(/^ +10 +58 +20 +1$/m);
    expect(r.stdout).toMatch(/^ +100 +508 +110 +1$/m);
    expect(r.stdout).not.toContain("note:");
    expect(shell.run("iptables-save").stdout + shell.run("ip netns list").stdout).toBe(before);
  });

  it("rejects sizes that are not numbers of Services, like a tool would", () => {
    const shell = new Session(createWorld(), { mode: "script", seed: false });
    for (const bad of ["0", "ten", "-5", "20001"]) {
      const r = shell.run(`dataplane-demo ${bad}`);
      expect(r.rc, bad).toBe(2);
      expect(r.stderr, bad).toContain(`'${bad}' is not a number of Services`);
    }
    expect(shell.run("dataplane-demo --help").stdout).toContain("Usage: dataplane-demo");
  });
});
