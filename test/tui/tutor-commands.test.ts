import { describe, expect, it } from "vitest";
import { tutorCommandOf, runTutorCommand, reportLines } from "../../src/tui/tutor-commands.js";
import { createFakeEngine, FAKE_SCENARIO } from "../../src/tui/fake-engine.js";

const theme = { plain: false, color: false };

describe("tutor commands at the prompt", () => {
  it("recognises tutor commands but leaves shell lines alone", () => {
    expect(tutorCommandOf("check")).toEqual({ name: "check", args: [] });
    expect(tutorCommandOf("  hint ")).toEqual({ name: "hint", args: [] });
    expect(tutorCommandOf("path tcp 10.0.0.1 22")).toEqual({ name: "path", args: ["tcp", "10.0.0.1", "22"] });
    expect(tutorCommandOf("exit")).toEqual({ name: "quit", args: [] });
    expect(tutorCommandOf("check --now")).toBeUndefined();
    expect(tutorCommandOf("iptables -L")).toBeUndefined();
    expect(tutorCommandOf("cat <<EOF\ncheck\nEOF")).toBeUndefined();
  });

  it("asks for confirmation before the solution and finishes when everything passes", () => {
    const engine = createFakeEngine();
    const a = engine.startAttempt(FAKE_SCENARIO.id);
    expect(runTutorCommand({ name: "solution", args: [] }, a, FAKE_SCENARIO, theme).action).toBe("confirm-solution");
    expect(engine.attempts[0]!.zeroed).toBe(false);
    a.runLine("iptables -A INPUT -p tcp --dport 23 -j DROP");
    a.answer("quiz", "a");
    const out = runTutorCommand({ name: "check", args: [] }, a, FAKE_SCENARIO, theme);
    expect(out.action).toBe("finish");
    expect(out.lines[0]).toBe("check: score 100/100");
  });

  it("lists question checkpoints when answer has no arguments", () => {
    const a = createFakeEngine().startAttempt(FAKE_SCENARIO.id);
    const out = runTutorCommand({ name: "answer", args: [] }, a, FAKE_SCENARIO, theme);
    expect(out.lines).toEqual(["usage: answer CHECKPOINT LETTER", "  quiz: Which chain sees packets addressed to this host?", "    a) INPUT", "    b) FORWARD", "    c) OUTPUT"]);
  });

  it("writes check reports with words in plain mode", () => {
    const lines = reportLines({ score: 5, max: 10, checkpoints: [{ id: "x", title: "X", passed: false, points: 10, earned: 0, details: ["why"] }] }, { plain: true, color: false });
    expect(lines).toEqual(["check: score 5/10", "  [failed] X (0/10)", "      why"]);
  });
});
