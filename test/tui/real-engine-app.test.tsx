// The whole app on the real engine: `nettutor play lockout`, a command, check and a lockout.
import { afterEach, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { App } from "../../src/tui/app.js";
import { loadEngine } from "../../src/tui/engine-adapter.js";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { KEYS, memoryProgress, tick } from "./helpers.js";

afterEach(() => cleanup());

it("plays the lockout scenario on the real engine", async () => {
  const progress = memoryProgress();
  const r = render(
    <App
      engine={() => loadEngine()}
      progress={progress}
      theme={{ plain: false, color: false }}
      start={{ scenario: "lockout" }}
      size={{ cols: 100, rows: 30 }}
      now={() => 0}
      onExit={() => {}}
      schedule={(run) => run()}
    />,
  );
  const waitFor = async (text: string) => {
    for (let i = 0; i < 1000 && !(r.lastFrame() ?? "").includes(text); i++) await tick(10);
    expect(r.lastFrame()).toContain(text);
  };
  const line = async (text: string) => {
    for (const ch of text) {
      r.stdin.write(ch);
      await tick(1);
    }
    r.stdin.write("\r");
    await tick(30);
  };
  await waitFor("web-1 is wide open");
  r.stdin.write("\r");
  await waitFor("root@web-1:~#");
  await line("iptables -S INPUT");
  await waitFor("-P INPUT ACCEPT");
  await line("check");
  await waitFor("check: score");
  await line("iptables -P INPUT DROP");
  await waitFor("client_loop: send disconnect: Broken pipe");
  await waitFor("Locked out");
  // Side by side, the panel is 34 columns: both choices wrap there instead of being cut off.
  const frame = r.lastFrame() ?? "";
  expect(frame.split("\n").length).toBeLessThanOrEqual(30);
  const panel = frame.split("\n").map((row) => row.slice(1, 33).trim()).join(" ").replace(/\s+/g, " ");
  expect(panel).toContain("c open the out-of-band console and continue (−10 points)");
  expect(panel).toContain("r reset the world to its starting state");
  expect(progress.saved.at(-1)!.scenarios.lockout!.commandLog).toEqual(["iptables -S INPUT", "iptables -P INPUT DROP"]);
});

it("finishes lockout with the reference solution on a 100×30 screen that keeps the score in view", async () => {
  const solution = (parseYaml(readFileSync("scenarios/lockout.yaml", "utf8")) as { solution: string }).solution.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const r = render(
    <App engine={() => loadEngine()} progress={memoryProgress()} theme={{ plain: false, color: false }} start={{ scenario: "lockout" }} size={{ cols: 100, rows: 30 }} now={() => 0} onExit={() => {}} schedule={(run) => run()} />,
  );
  const frame = () => r.lastFrame() ?? "";
  const waitFor = async (text: string) => {
    for (let i = 0; i < 1000 && !frame().includes(text); i++) await tick(10);
    expect(frame()).toContain(text);
  };
  const line = async (text: string) => {
    for (const ch of text) {
      r.stdin.write(ch);
      await tick(1);
    }
    r.stdin.write("\r");
    await tick(30);
  };
  await waitFor("web-1 is wide open");
  r.stdin.write("\r");
  await waitFor("root@web-1:~#");
  for (const l of solution) await line(l);
  await line("check");
  await waitFor("Finished: ");
  const titles = new Set<string>();
  for (let page = 0; page < 10; page++) {
    const rows = frame().split("\n");
    expect(rows.length).toBeLessThanOrEqual(30);
    expect(rows[0]).toBe("Finished: Default-deny without locking yourself out");
    expect(rows[1]).toBe("Score 100/100 · time 0 s · hints used 0");
    for (const row of rows) if (/^✔ .+ \(\d+\/\d+\)$/.test(row.trimEnd())) titles.add(row.trimEnd());
    if (!frame().includes("more below")) break;
    r.stdin.write(KEYS.pgDn);
    await tick(30);
  }
  expect(titles.size).toBe(7);
}, 60_000);
