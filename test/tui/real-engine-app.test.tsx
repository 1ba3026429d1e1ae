// The whole app on the real engine: `nettutor play lockout`, a command, check and a lockout.
import { afterEach, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { App } from "../../src/tui/app.js";
import { loadEngine } from "../../src/tui/engine-adapter.js";
import { memoryProgress, tick } from "./helpers.js";

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
  expect(progress.saved.at(-1)!.scenarios.lockout!.commandLog).toEqual(["iptables -S INPUT", "iptables -P INPUT DROP"]);
});
