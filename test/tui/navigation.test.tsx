// Moving between a scenario and its lessons on the real catalogue: `lesson` opens the lesson
// that practises this scenario, and Esc on a briefing opened from a lesson goes back to it.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { App } from "../../src/tui/app.js";
import { loadEngine } from "../../src/tui/engine-adapter.js";
import { KEYS, memoryProgress, tick } from "./helpers.js";

afterEach(() => cleanup());

function app(start: { scenario?: string; lesson?: string }) {
  const r = render(
    <App engine={() => loadEngine()} progress={memoryProgress()} theme={{ plain: false, color: false }} start={start} size={{ cols: 100, rows: 30 }} now={() => 0} onExit={() => {}} schedule={(run) => run()} />,
  );
  const frame = () => r.lastFrame() ?? "";
  const waitFor = async (text: string) => {
    for (let i = 0; i < 800 && !frame().includes(text); i++) await tick(10);
    expect(frame()).toContain(text);
    await tick(20);
  };
  const type = async (text: string) => {
    for (const ch of text) {
      r.stdin.write(ch);
      await tick(2);
    }
  };
  return { r, frame, waitFor, type };
}

describe("navigation between scenarios and lessons", () => {
  it("`lesson` in the lockout scenario opens a lesson that practises lockout (not the first listed, hooks), and q returns", async () => {
    const a = app({ scenario: "lockout" });
    await a.waitFor("Enter start");
    a.r.stdin.write("\r");
    await a.waitFor("root@web-1:~#");
    await a.type("lesson");
    a.r.stdin.write("\r");
    await a.waitFor("First match wins — page 1");
    a.r.stdin.write("q");
    await a.waitFor("root@web-1:~# lesson");
  });

  it("Esc on a briefing opened from a lesson goes back to that lesson", async () => {
    const a = app({ lesson: "hooks" });
    await a.waitFor("The packet has a route before it has a rule — page 1");
    a.r.stdin.write("p");
    await a.waitFor("Enter start");
    a.r.stdin.write(KEYS.esc);
    await a.waitFor("The packet has a route before it has a rule — page 1");
  });

  it("says that reboot ended the session and the learner logged in again", async () => {
    const a = app({ scenario: "lockout" });
    await a.waitFor("Enter start");
    a.r.stdin.write("\r");
    await a.waitFor("root@web-1:~#");
    await a.type("reboot");
    a.r.stdin.write("\r");
    await a.waitFor("web-1 rebooted and you logged in again");
  });

  it("exit in a shell opened in a namespace leaves that shell, not the scenario", async () => {
    const a = app({ scenario: "pod-egress" });
    await a.waitFor("Enter start");
    a.r.stdin.write("\r");
    await a.waitFor("root@node-1:~#");
    await a.type("ip netns exec pod-a bash");
    a.r.stdin.write("\r");
    await a.waitFor("Now in a shell in network namespace pod-a");
    await a.type("exit");
    a.r.stdin.write("\r");
    await a.waitFor("Back in the host's own network namespace.");
    expect(a.frame()).toContain("Tasks — score");
  });
});
