// Checkpoints that make the same exchanges from the same start share one run of them: each must
// still be judged by its own expectations, exactly as if it were graded alone.
import { describe, expect, it } from "vitest";
import { Attempt } from "../../src/grader/attempt.js";
import { gradeAll } from "../../src/grader/grade.js";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import type { Checkpoint, Scenario } from "../../src/scenario/schema.js";

const base = loadCatalogue().scenarios.find((s) => s.scenario.id === "broken-clusterip")!.scenario;
const probe = { from: "client", proto: "tcp", to: "10.96.0.100", port: 80, count: 6 } as const;

function checkpoint(id: string, extra: Partial<Checkpoint>): Checkpoint {
  return { id, title: id, points: 10, probes: [], counters: [], ...extra } as Checkpoint;
}

const checkpoints: Checkpoint[] = [
  checkpoint("connects", { probes: [{ ...probe, expect: "connected", served_by_all: ["web-1", "web-2"] }] }),
  checkpoint("refused", { probes: [{ ...probe, expect: "refused" }] }),
  checkpoint("counted", {
    probes: [{ ...probe, expect: "connected" }],
    counters: [{ table: "nat", chain: "KUBE-SEP-*", target: "DNAT", match: "10.244.1.6", packets: ">= 1", include_policy: false }],
  }),
  checkpoint("fewer", { probes: [{ ...probe, count: 3, expect: "connected" }] }),
  checkpoint("after-resync", { resync: true, probes: [{ ...probe, expect: "connected" }] }),
] as Checkpoint[];

const grade = (scenario: Scenario, commands: string[]) => {
  const attempt = new Attempt(scenario);
  for (const c of commands) attempt.run(c);
  return gradeAll({ scenario, world: attempt.world, brokenGuards: {}, answers: {} });
};

describe("checkpoints sharing an experiment", () => {
  const scenario = { ...base, checkpoints } as Scenario;
  const cases = {
    "before the fix": [],
    "half fixed": [`kubectl patch svc web -p '{"spec":{"ports":[{"name":"http","port":80,"targetPort":"http"}]}}'`],
  };
  it.each(Object.entries(cases))("%s: each is graded as if it were alone", (_, commands) => {
    const together = grade(scenario, commands);
    const alone = checkpoints.map((cp) => grade({ ...scenario, checkpoints: [cp] }, commands)[0]);
    expect(together).toEqual(alone);
  });

  it("judges the shared answers by each checkpoint's own expectations", () => {
    const [connects, refused, counted] = grade(scenario, []);
    expect(connects!.passed).toBe(false);
    expect(refused!.passed).toBe(true);
    expect(counted!.details.join("\n")).toMatch(/FAIL: .*expected connected/);
    const fixed = grade(scenario, cases["half fixed"]);
    // web-2 still dropped in FORWARD: some connections time out, so no checkpoint expecting all to connect passes
    expect(fixed.map((c) => c.passed)).toEqual([false, false, false, false, false]);
  });
});
