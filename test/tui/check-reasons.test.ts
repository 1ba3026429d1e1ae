// `check` gives a one-line reason drawn from the probe: which chain and rule (or policy)
// decided, also when a packet got through that should not have.
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/tui/engine-adapter.js";

describe("check reasons on the real engine", () => {
  it("names the rule that dropped a probe and the policy that let one in", async () => {
    const e = await loadEngine();
    await e.prepare!();
    const a = e.startAttempt("lockout");
    a.runLine("iptables -A INPUT -p tcp --dport 22 -j ACCEPT");
    a.runLine("iptables -A INPUT -p tcp --dport 80 -j DROP");
    const details = a.check().checkpoints.flatMap((c) => c.details);
    const mysql = details.find((d) => d.includes(":3306/tcp"))!;
    expect(mysql).toMatch(/^FAIL: .*connected.* — expected timeout \(decided by the INPUT policy \(ACCEPT\) in the filter table on this host\)$/);
    const web = details.find((d) => d.includes(":80/tcp") && d.startsWith("FAIL"))!;
    expect(web).toContain("(decided by rule 2 of INPUT (DROP) in the filter table on this host)");
  });
});

describe("check reasons when nothing dropped the probe", () => {
  it("names the NAT that sent a refused connection to where it was refused", async () => {
    const e = await loadEngine();
    await e.prepare!();
    const a = e.startAttempt("broken-clusterip");
    const detail = a.check().checkpoints[0]!.details[0]!;
    expect(detail).toMatch(/refused — expected connected \(no rule dropped it; translated by nat KUBE-SEP-\w+ rule \d+ on this host/);
  });
});
