// Regenerates the text screenshots in README.md's "Screens" section. Runs only when asked:
//   NETTUTOR_SCREENS=/tmp/screens npx vitest run test/e2e/screens.test.ts
// and writes scenario.txt, path.txt and lockout.txt there (trailing spaces trimmed).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ScenarioPane } from "./scenario-pane.js";
import { TmuxPane, tmuxUnavailableReason, trimScreen } from "./tmux-pane.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const outDir = process.env.NETTUTOR_SCREENS;
const lockout = parseYaml(readFileSync(join(ROOT, "scenarios/lockout.yaml"), "utf8")) as { solution: string; checkpoints: unknown[] };
const solution = lockout.solution.split("\n").map((l) => l.trim()).filter((l) => l !== "");

describe.skipIf(!outDir || tmuxUnavailableReason() !== undefined)("README screens (NETTUTOR_SCREENS=dir)", () => {
  let pane: TmuxPane | undefined;
  let home: string | undefined;

  afterEach(() => {
    pane?.kill();
    pane?.killServer();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  async function open(): Promise<ScenarioPane> {
    home = mkdtempSync(join(tmpdir(), "nettutor-screens-"));
    pane = new TmuxPane(100, 30);
    pane.start(["node", CLI, "play", "lockout"], { NETTUTOR_HOME: home });
    await pane.waitForText("Enter start");
    pane.key("Enter");
    const scenario = new ScenarioPane(pane, lockout.checkpoints.length);
    await pane.waitFor("the first prompt", () => pane!.screen(), (rows) => scenario.atIdlePrompt(rows));
    return scenario;
  }

  function save(name: string, rows: string[]): void {
    mkdirSync(outDir!, { recursive: true });
    const text = trimScreen(rows);
    expect(text.split("\n").length).toBeLessThanOrEqual(30);
    writeFileSync(join(outDir!, name), text + "\n");
  }

  it("scenario view after a few commands", async () => {
    const s = await open();
    for (const line of solution.slice(0, 3)) await s.run(line);
    save("scenario.txt", await s.run("iptables -S INPUT"));
  });

  it("packet path after a probe", async () => {
    const s = await open();
    for (const line of solution.slice(0, 5)) await s.run(line);
    await s.run("ip netns exec scanner probe tcp 198.51.100.10 3306");
    save("path.txt", await s.run("path"));
  });

  it("lockout", async () => {
    const s = await open();
    await s.typeLine("iptables -P INPUT DROP");
    save("lockout.txt", await pane!.waitFor("the lockout panel", () => pane!.screen(), (rows) => s.sidePanelText(rows).includes("Type c or r")));
  });
});
