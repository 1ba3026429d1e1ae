import { describe, expect, it } from "vitest";
import { formatProblem, loadScenarioText } from "../../src/scenario/load.js";

const valid = `id: tiny
title: Tiny
level: beginner
summary: A tiny world.
briefing: Do the thing.
world:
  hostname: web-1
  setup: |
    ip netns add peer
checkpoints:
  - id: reach
    title: Peer reaches us
    points: 10
    probes:
      - from: peer
        proto: tcp
        to: 10.0.0.1
        port: 80
        expect: connected
solution: |
  iptables -A INPUT -j ACCEPT
`;

describe("scenario loading", () => {
  it("accepts a valid scenario and fills defaults", () => {
    const r = loadScenarioText(valid, "tiny.yaml");
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.checkpoints[0]!.probes[0]!.count).toBe(1);
      expect(r.scenario.minutes).toBe(15);
    }
  });

  it("points at the line and column of a bad enum value and names the field", () => {
    const r = loadScenarioText(valid.replace("expect: connected", "expect: connectd"), "tiny.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map(formatProblem)).toEqual([
        "tiny.yaml:19:17: checkpoints[0].probes[0].expect: expected one of connected, replied, refused, unreachable, timeout, denied",
      ]);
    }
  });

  it("reports probes from namespaces the setup never creates", () => {
    const r = loadScenarioText(valid.replace("from: peer", "from: nobody"), "tiny.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0]!)).toMatch(/^tiny\.yaml:15:15: checkpoints\[0\]\.probes\[0\]\.from: no namespace nobody/);
  });

  it("reports YAML syntax errors with a position instead of throwing", () => {
    const r = loadScenarioText("id: [unclosed\n", "bad.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.file).toBe("bad.yaml");
  });

  it("reports unknown fields", () => {
    const r = loadScenarioText(valid.replace("level: beginner", "level: beginner\ncolour: red"), "tiny.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toBe("unknown field colour");
  });
});
