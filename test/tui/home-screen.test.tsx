import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "ink-testing-library";
import { KEYS, memoryProgress, renderApp, tick } from "./helpers.js";
import { recordScenario, EMPTY_PROGRESS } from "../../src/progress/model.js";

afterEach(() => cleanup());

describe("home screen", () => {
  it("lists lessons and scenarios with level, minutes and status", async () => {
    const app = renderApp();
    await tick();
    const f = app.frame();
    expect(f).toContain("Lesson    ○ not started · 5 min · Filter basics");
    expect(f).toContain("Scenario  ○ not started · beginner · 10 min · Lock down a host without locking yourself out");
    expect(f).toContain("intermediate · 20 min · Pod egress through SNAT");
    expect(f).not.toContain("Continue where I left off");
  });

  it("shows best scores and offers to continue where the learner left off", async () => {
    let p = recordScenario(EMPTY_PROGRESS, "pod-egress", { status: "done", bestScore: 85, max: 100 });
    p = recordScenario(p, "lock-down-ssh", { status: "in-progress", commandLog: ["echo x"] });
    const app = renderApp({ progress: memoryProgress(p) });
    await app.waitFor("Quit");
    const f = app.frame();
    expect(f).toContain("Continue where I left off: Lock down a host");
    expect(f).toContain("● best 85/100");
    expect(f).toContain("◐ in progress");
    await app.enter();
    await app.waitFor("continue where you left off (1 commands)");
  });

  it("shows a corrupt-progress warning instead of crashing", async () => {
    const app = renderApp({ progress: memoryProgress(EMPTY_PROGRESS, "saved progress was unreadable; moved it to /x/progress.json.corrupt") });
    await tick();
    expect(app.frame()).toContain("⚠ saved progress was unreadable; moved it to /x/progress.json.corrupt");
  });

  it("uses words, not only symbols, in plain mode", async () => {
    const app = renderApp({ theme: { plain: true, color: false } });
    await tick();
    expect(app.frame()).toContain("[not started]");
    expect(app.frame()).not.toContain("○");
  });

  it("opens a scenario's briefing and goes back with Esc; q quits", async () => {
    const app = renderApp();
    await app.open("Lock down a host");
    await app.waitFor("Block telnet");
    expect(app.frame()).toContain("Lock down a host without locking yourself out — beginner, about 10 min");
    expect(app.frame()).toContain("Block telnet (port 23).");
    await app.key(KEYS.esc);
    await app.waitFor("5 min · Filter basics");
    await app.key("q");
    expect(app.exited()).toBe(true);
  });

  it("quits on Ctrl-C at the menu, and Ctrl-C leaves a lesson", async () => {
    const app = renderApp({ start: { lesson: "filter-basics" } });
    await app.waitFor("Filter basics — page 1");
    await app.key("\u0003");
    await app.waitFor("Quit");
    expect(app.exited()).toBe(false);
    await app.key("\u0003");
    expect(app.exited()).toBe(true);
  });
});

describe("home screen keys that arrive together", () => {
  it("moves once per arrow even when several arrive at once, and Enter opens the item reached", async () => {
    const app = renderApp({ cols: 60, rows: 15 });
    await app.waitFor("Quit");
    // Ink hands each escape sequence to the screen separately but in one go, before a render.
    app.stdin.write(KEYS.down + KEYS.down);
    await tick(30);
    const selected = app.frame().split("\n").find((l) => l.startsWith("❯")) ?? "";
    expect(selected).toContain("intermediate");
    app.stdin.write(KEYS.up + "\r");
    await app.waitFor("Block telnet");
  });

  it("wraps a long warning so the path it names is readable at 60 columns", async () => {
    const path = "/home/learner/.local/state/nettutor/progress.json.corrupt";
    const app = renderApp({ cols: 60, rows: 15, progress: memoryProgress(EMPTY_PROGRESS, `saved progress was unreadable; moved it to ${path}`) });
    await app.waitFor("Quit");
    expect(app.flat()).toContain(path);
    expect(app.frame().split("\n").length).toBeLessThanOrEqual(15);
  });
});

describe("home screen order", () => {
  it("lists bundled scenarios from beginner to advanced", async () => {
    const { loadEngine } = await import("../../src/tui/engine-adapter.js");
    const { render } = await import("ink-testing-library");
    const { App } = await import("../../src/tui/app.js");
    const r = render(
      <App engine={() => loadEngine()} progress={memoryProgress()} theme={{ plain: false, color: false }} size={{ cols: 80, rows: 30 }} now={() => 0} onExit={() => {}} schedule={(run) => run()} />,
    );
    for (let i = 0; i < 300 && !(r.lastFrame() ?? "").includes("Quit"); i++) await tick(10);
    const rows = (r.lastFrame() ?? "").split("\n").filter((l) => l.includes("Scenario"));
    expect(rows.map((l) => /· (beginner|intermediate|advanced) ·/.exec(l)?.[1])).toEqual(["beginner", "intermediate", "advanced"]);
    // At 80 columns the level and minutes stay in view; a long title is what gets cut.
    for (const l of rows) expect(l).toMatch(/· (beginner|intermediate|advanced) · \d+ min · /);
  });
});

describe("continue where I left off", () => {
  it("is not offered for a scenario already finished", async () => {
    const p = recordScenario(EMPTY_PROGRESS, "lock-down-ssh", { status: "done", bestScore: 100, max: 100 });
    const app = renderApp({ progress: memoryProgress(p) });
    await app.waitFor("Quit");
    expect(app.frame()).toContain("● best 100/100");
    expect(app.frame()).not.toContain("Continue where I left off");
  });

  it("is offered again when a finished scenario is being played once more", async () => {
    let p = recordScenario(EMPTY_PROGRESS, "lock-down-ssh", { status: "done", bestScore: 100, max: 100 });
    p = recordScenario(p, "lock-down-ssh", { status: "in-progress", commandLog: ["echo again"] });
    const app = renderApp({ progress: memoryProgress(p) });
    await app.waitFor("Quit");
    expect(app.frame()).toContain("Continue where I left off: Lock down a host");
  });
});

describe("a teacher's broken scenarios", () => {
  it("shows the first problems and says how many more there are and how to list them", async () => {
    const { render } = await import("ink-testing-library");
    const { HomeScreen } = await import("../../src/tui/screens/home-screen.js");
    const problems = Array.from({ length: 6 }, (_, i) => `/t/bad.yaml:${i + 1}:1: problem ${i + 1}`);
    const r = render(
      <HomeScreen catalogue={{ lessons: [], scenarios: [], problems }} progress={EMPTY_PROGRESS} warnings={[]} size={{ cols: 100, rows: 30 }} onChoose={() => {}} />,
    );
    const f = r.lastFrame() ?? "";
    expect(f).toContain("scenario not loaded: /t/bad.yaml:1:1: problem 1");
    expect(f).toContain("scenario not loaded: /t/bad.yaml:2:1: problem 2");
    expect(f).not.toContain("problem 3");
    expect(f).toContain("… 4 more problems: nettutor validate FILE lists each one");
  });
});
