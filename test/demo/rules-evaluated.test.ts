import { describe, expect, it } from "vitest";
import { rulesEvaluated, type RecordedStep } from "../../src/demo/rules-evaluated.js";
import type { Hook } from "../../src/netfilter/types.js";

const LENGTHS: Record<string, number> = { PREROUTING: 3, POSTROUTING: 5, A: 4, B: 3, C: 2 };
const length = (_netns: string, _table: string, chain: string) => LENGTHS[chain] ?? 0;

function steps(hook: Hook, ...s: [string, number, string][]): RecordedStep[] {
  return s.map(([chain, rule, verdict]) => ({ netns: "", hook, table: "nat", chain, rule, verdict }));
}

describe("rules evaluated, replayed from a recorded path", () => {
  it("counts up to the jump, the whole chain that was fallen off, then on to the verdict", () => {
    const path = steps("PREROUTING", ["PREROUTING", 2, "JUMP"], ["A", 0, "RETURN"], ["PREROUTING", 3, "NAT"]);
    expect(rulesEvaluated(path, length).map((v) => v.rulesEvaluated)).toEqual([2 + 4 + 1]);
  });

  it("charges the whole built-in chain when its policy decides, and nothing more after a RETURN", () => {
    expect(rulesEvaluated(steps("POSTROUTING", ["POSTROUTING", 0, "POLICY:ACCEPT"]), length)[0]!.rulesEvaluated).toBe(5);
    const early = steps("POSTROUTING", ["POSTROUTING", 2, "RETURN"], ["POSTROUTING", 0, "POLICY:ACCEPT"]);
    expect(rulesEvaluated(early, length)[0]!.rulesEvaluated).toBe(2);
  });

  it("resumes after a non-terminating target and after a goto's return", () => {
    const mark = steps("PREROUTING", ["PREROUTING", 1, "CONTINUE"], ["PREROUTING", 3, "ACCEPT"]);
    expect(rulesEvaluated(mark, length)[0]!.rulesEvaluated).toBe(3);
    // PREROUTING 1 → A, A 1 goto B, B falls off → back to PREROUTING rule 2, then its policy.
    const viaGoto = steps("PREROUTING", ["PREROUTING", 1, "JUMP"], ["A", 1, "GOTO"], ["B", 0, "RETURN"], ["PREROUTING", 0, "POLICY:ACCEPT"]);
    expect(rulesEvaluated(viaGoto, length)[0]!.rulesEvaluated).toBe(1 + 1 + 3 + 2);
  });

  it("splits one packet's path into a visit per hook", () => {
    const path = [
      ...steps("PREROUTING", ["PREROUTING", 1, "JUMP"], ["C", 2, "NAT"]),
      ...steps("POSTROUTING", ["POSTROUTING", 0, "POLICY:ACCEPT"]),
    ];
    expect(rulesEvaluated(path, length).map((v) => [v.hook, v.rulesEvaluated])).toEqual([
      ["PREROUTING", 3],
      ["POSTROUTING", 5],
    ]);
  });
});
