// Golden tests: for each Service shape, the commands our kubelet + kube-proxy issue are the
// recorded ones, and the node's iptables-save after them equals what the real kernel printed
// for the very same commands (test/kube/golden/*.expected.json, recorded with run-real).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";
import { buildShape, normaliseSave, SHAPES } from "./golden-shapes.js";

interface Step {
  cmd: string;
  stdout: string;
  stderr: string;
  rc: number;
}

function load(name: string): { script: string; steps: Step[] } {
  const dir = new URL("./golden/", import.meta.url);
  return {
    script: readFileSync(new URL(`${name}.sh`, dir), "utf8"),
    steps: JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), "utf8")) as Step[],
  };
}

describe.each(Object.keys(SHAPES))("shape %s", (name) => {
  const golden = load(name);
  void golden.script;
  const built = buildShape(SHAPES[name]!);

  it("issues exactly the recorded kubelet/kube-proxy commands", () => {
    const recorded = golden.steps.slice(0, -1).map((s) => s.cmd);
    expect(built.commands).toEqual(recorded);
  });

  it("iptables-save equals the real kernel's", () => {
    const real = golden.steps[golden.steps.length - 1]!;
    expect(real.cmd).toBe("iptables-save");
    const ours = built.session.run("iptables-save");
    expect(ours.rc).toBe(0);
    expect(normaliseSave(ours.stdout)).toBe(real.stdout);
  });

  it("replayed through the shell, each command's exit status matches the real one", () => {
    const rcs = golden.steps.slice(0, -1).map((s) => s.rc);
    expect(replay(golden.steps.slice(0, -1).map((s) => s.cmd))).toEqual(rcs);
  });
});

function replay(cmds: string[]): number[] {
  const session = new Session(createWorld(), { mode: "script" });
  return cmds.map((cmd) => {
    const heredoc = /^(.*?) <<'EOF'\n([\s\S]*)EOF$/.exec(cmd);
    return heredoc ? session.run(heredoc[1]!, heredoc[2]).rc : session.run(cmd).rc;
  });
}
