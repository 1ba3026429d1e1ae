// Chain names that are also Object.prototype's property names are ordinary to iptables, also in
// a world copied with structuredClone (as grading copies them), where the chain map gets
// Object.prototype back.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

function run(shell: Session, lines: string[]): string {
  return lines.map((l) => shell.run(l).stdout).join("");
}

describe("chain names like __proto__ and toString", () => {
  for (const [label, world] of [
    ["fresh world", () => createWorld()],
    ["structuredClone'd world", () => structuredClone(createWorld())],
  ] as const) {
    it(`are created, listed and deleted in a ${label}`, () => {
      const shell = new Session(world(), {});
      const out = run(shell, ["iptables -N __proto__", "iptables -A __proto__ -j ACCEPT", "iptables -N toString", "iptables -S"]);
      expect(out).toContain("-N __proto__\n-N toString\n-A __proto__ -j ACCEPT\n");
      expect(shell.run("iptables -A constructor -j ACCEPT").rc).toBe(1);
      expect(shell.run("iptables -X __proto__").rc).toBe(4);
      expect(run(shell, ["iptables -F __proto__", "iptables -X __proto__", "iptables -S"])).not.toContain("__proto__");
    });
  }
});
