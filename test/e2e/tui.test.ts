// End to end: the real built binary (dist/cli.js) in a real pseudo-terminal (tmux), driven by
// keystrokes and read back from the screen, the way a learner meets it.

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { PROMPT, ScenarioPane } from "./scenario-pane.js";
import { SLOW_WAIT_MS, TmuxPane, tmuxUnavailableReason } from "./tmux-pane.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");

interface LockoutYaml {
  title: string;
  solution: string;
  checkpoints: { id: string; title: string; points: number }[];
}
const lockout = parseYaml(readFileSync(join(ROOT, "scenarios/lockout.yaml"), "utf8")) as LockoutYaml;
const solutionLines = lockout.solution.split("\n").map((l) => l.trim()).filter((l) => l !== "");
const noLockout = lockout.checkpoints.find((c) => c.id === "no-lockout");

const unavailable = tmuxUnavailableReason();
if (unavailable) console.warn(`test/e2e/tui.test.ts skipped: ${unavailable}`);

describe.skipIf(unavailable !== undefined)("the terminal tutor, end to end in tmux", () => {
  let pane: TmuxPane;
  let home: string;
  const servers: TmuxPane[] = [];

  beforeEach(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
    home = mkdtempSync(join(tmpdir(), "nettutor-e2e-"));
    pane = new TmuxPane(100, 30);
    servers.push(pane);
  });

  afterEach(() => {
    pane.kill();
    rmSync(home, { recursive: true, force: true });
  });

  afterAll(() => {
    servers[0]?.killServer();
  });

  /** Opens `play lockout`, checks the briefing, continues, and waits for the first prompt. */
  async function openLockout(): Promise<ScenarioPane> {
    pane.start(["node", CLI, "play", "lockout"], { NETTUTOR_HOME: home });
    await pane.waitForText("web-1 is wide open", SLOW_WAIT_MS);
    await pane.waitForText("Enter start");
    pane.key("Enter");
    const scenario = new ScenarioPane(pane, lockout.checkpoints.length);
    await pane.waitFor("the scenario's first prompt", () => pane.screen(), (rows) => scenario.atIdlePrompt(rows), SLOW_WAIT_MS);
    expect(scenario.sidePanelText()).toContain("Tasks — score");
    return scenario;
  }

  it("plays lockout to 100/100 with the reference solution, then quits cleanly", async () => {
    expect(solutionLines.length).toBeGreaterThan(3);
    const scenario = await openLockout();
    for (const line of solutionLines) await scenario.run(line);

    await scenario.typeLine("check");
    // A full score ends the scenario. The finish screen fits the 30 rows: title and score stay
    // on top while the checkpoint list pages with PgDn, a "more below" hint saying when to.
    let screen = await pane.waitFor(
      "the finish screen",
      () => pane.screen(),
      (rows) => rows.join("\n").includes("Finished: ") && rows.join("\n").includes("Enter home"),
      SLOW_WAIT_MS,
    );
    const pages: string[] = [];
    for (let page = 0; page < 10; page++) {
      expect(screen[0]?.trimEnd()).toBe("Finished: Default-deny without locking yourself out");
      expect(screen[1]?.trimEnd()).toMatch(/^Score 100\/100 · time \d+ (min \d+ )?s · hints used 0$/);
      pages.push(screen.slice(2).join("\n"));
      if (!screen.join("\n").includes("more below")) break;
      const before = screen.join("\n");
      pane.key("PageDown");
      // Wait for a whole new frame, head to key bar, not one caught halfway through a redraw.
      screen = await pane.waitFor("the next page", () => pane.screen(), (rows) => rows.join("\n") !== before && rows[0]!.startsWith("Finished: ") && rows.at(-1)!.includes("Enter home"));
    }
    expect(pages.length).toBeGreaterThan(1);
    const report = pages.join("\n");
    const results = [...new Map([...report.matchAll(/^([✔✘]) (.+) \((\d+)\/(\d+)\)\s*$/gm)].map((m) => [m[2], m])).values()].map((m) => ({
      badge: m[1],
      title: m[2],
      earned: Number(m[3]),
      points: Number(m[4]),
    }));
    expect(results).toEqual(lockout.checkpoints.map((c) => ({ badge: "✔", title: c.title, earned: c.points, points: c.points })));
    expect(report).not.toContain("FAIL:");

    // Home shows the best score; q quits with status 0 and the progress file holds the result.
    pane.key("Enter");
    await pane.waitFor(
      "the home screen with the best score",
      () => pane.screen().join("\n"),
      (text) => /best 100\/100 · beginner · \d+ min · Default-deny without locking/.test(text),
    );
    pane.type("q");
    await pane.waitForText("[exit 0]");
    const progress = JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as {
      scenarios: Record<string, { status: string; bestScore: number; history: string[] }>;
    };
    expect(progress.scenarios.lockout).toMatchObject({ status: "done", bestScore: 100 });
    expect(progress.scenarios.lockout?.history).toEqual(solutionLines);
  });

  it("a DROP policy breaks the SSH session; the console keeps the attempt going", async () => {
    expect(noLockout).toBeDefined();
    const scenario = await openLockout();
    await scenario.typeLine("iptables -P INPUT DROP");

    const locked = await pane.waitFor(
      "the lockout screen",
      () => pane.screen(),
      (rows) => scenario.terminalContains("client_loop: send disconnect: Broken pipe", rows) && scenario.sidePanelText(rows).includes("Type c or r"),
    );
    expect(scenario.atIdlePrompt(locked)).toBe(false);
    const panel = scenario.sidePanelText(locked);
    expect(panel).toContain("Locked out: your SSH session stopped answering.");
    expect(panel).toMatch(/203\.0\.113\.50:\d+ → 198\.51\.100\.10:22/);
    expect(panel).toContain("the INPUT policy (DROP) in the filter table");
    expect(locked[locked.length - 1]).toContain("c Enter console");

    // Choose the out-of-band console: the shell comes back with the rule still in place.
    pane.type("c");
    await pane.waitFor("the typed choice", () => scenario.sidePanelText(), (text) => text.includes("then Enter: c"));
    pane.key("Enter");
    await pane.waitFor("the console prompt", () => pane.screen(), (rows) => scenario.terminalContains("out-of-band console", rows) && scenario.atIdlePrompt(rows));
    const afterCommand = await scenario.run("iptables -S INPUT");
    expect(scenario.terminalRows(afterCommand)).toContain("-P INPUT DROP");
    expect(scenario.sidePanelText(afterCommand)).toContain("Tasks — score");

    await scenario.typeLine("check");
    const checked = await pane.waitFor("the check report", () => pane.screen(), (rows) => scenario.terminalContains("check: score", rows) && scenario.atIdlePrompt(rows), SLOW_WAIT_MS);
    // The task list (wrapped at word boundaries) marks the guard's checkpoint failed.
    const tasks = scenario.sidePanelText(checked);
    expect(tasks).toContain(`✘ ${noLockout?.title} (${noLockout?.points})`);
    const first = lockout.checkpoints[0];
    expect(tasks).toContain(`✔ ${first?.title} (${first?.points})`);
    expect(scenario.terminalContains(`${PROMPT}check`, checked)).toBe(true);

    // A hint written as a YAML block (several lines) and the help table: every row lands
    // where it is counted, so no row overwrites another and the frame keeps its borders.
    pane.key("C-l");
    await scenario.run("hint");
    const helped = await scenario.run("help");
    expect(helped).toHaveLength(30);
    expect(helped[0]).toMatch(/^╭/);
    expect(helped.at(-1)).toContain("F10 quit");
    const term = scenario.terminalRows(helped);
    expect(term.some((r) => r.startsWith("  check          grade now"))).toBe(true);
    expect(term.some((r) => r.startsWith("  hint           the next hint"))).toBe(true);
    expect(scenario.terminalContains("Order matters: rules are checked top to bottom and the policy applies only when nothing matched.", helped)).toBe(true);
  });
  it("draws its screens even when the shell exports CI=true", async () => {
    // Ink draws only the last frame under CI; the tutor must not inherit that on a terminal.
    pane.start(["node", CLI], { NETTUTOR_HOME: home, CI: "true", CONTINUOUS_INTEGRATION: "1" });
    await pane.waitForText(lockout.title, SLOW_WAIT_MS);
    pane.type("q");
    await pane.waitForText("[exit 0]");
  });
});
