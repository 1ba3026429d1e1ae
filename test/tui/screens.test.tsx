import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "ink-testing-library";
import { KEYS, renderApp, tick } from "./helpers.js";

afterEach(() => cleanup());

async function inScenario(opts: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp({ start: { scenario: "lock-down-ssh" }, ...opts });
  await app.waitFor("Block telnet");
  await app.enter();
  await app.waitFor("root@node:~#");
  return app;
}

describe("lesson reader", () => {
  it("renders the lesson, pages it, and runs a predict exercise only after the learner picks", async () => {
    const app = renderApp({ start: { lesson: "filter-basics" }, cols: 80, rows: 14 });
    await app.waitFor("Filter basics — page 1 of");
    expect(app.frame()).toContain("Packets for this host traverse INPUT.");
    expect(app.frame()).not.toContain("That is all.");
    await app.key(KEYS.pgDn);
    expect(app.frame()).toContain("Filter basics — page 2 of");
    for (let i = 0; i < 5 && !app.frame().includes("Predict, then check"); i++) await app.key(KEYS.pgDn);
    // The exercise is never split across pages: question, choices and prompt show together.
    expect(app.flat()).toContain("Predict, then check: A rule drops tcp port 23. What does a telnet probe see? a) connected b) timeout Press a–b");
    expect(app.frame()).not.toContain("What the kernel did");
    await app.key("b");
    const f = app.flat();
    expect(f).toContain("✔ You predicted b); the kernel says b) timeout.");
    expect(f).toContain("What the kernel did:");
    expect(f).toContain("# probe tcp 127.0.0.1 23");
    expect(app.progress.saved.at(-1)!.lessons["filter-basics"]!.page).toBeGreaterThanOrEqual(1);
  });

  it("marks a wrong prediction and returns home with q", async () => {
    const app = renderApp({ start: { lesson: "filter-basics" }, cols: 100, rows: 40 });
    await app.waitFor("Filter basics — page 1 of 1");
    await app.key("a");
    expect(app.flat()).toContain("✘ You predicted a); the kernel says b) timeout.");
    await app.key("q");
    await app.waitFor("Quit");
  });

  it("reports a lesson that does not exist", async () => {
    const app = renderApp({ start: { lesson: "nope" } });
    await app.waitFor("no lesson with id nope");
  });
});

describe("scenario layout", () => {
  it("stacks the task list above the terminal on 80×24 and fills exactly 24 rows", async () => {
    const app = await inScenario({ cols: 80, rows: 24 });
    const lines = app.frame().split("\n");
    expect(lines).toHaveLength(24);
    expect(lines[1]).toContain("Tasks — score ?/100");
    expect(lines.findIndex((l) => l.includes("root@node"))).toBeGreaterThan(5);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(app.frame()).not.toContain("Packet path");
  });

  it("puts panes side by side when wide, with the packet-path pane from 140 columns", async () => {
    const split = await inScenario({ cols: 120, rows: 30 });
    const row = split.frame().split("\n")[1]!;
    expect(row).toContain("Tasks — score ?/100");
    expect(row).toContain("Type commands as on a real host.");
    expect(split.frame()).not.toContain("Packet path");
    const wide = await inScenario({ cols: 160, rows: 30 });
    expect(wide.frame().split("\n")[1]).toContain("Packet path");
  });

  it("re-lays out on resize without losing the line being typed", async () => {
    const app = await inScenario({ cols: 120, rows: 30 });
    await app.type("iptables -L");
    const { App } = await import("../../src/tui/app.js");
    // Re-render the same App with a new size, as a terminal resize does.
    app.rerender(
      <App
        engine={app.engine}
        progress={app.progress}
        theme={{ plain: false, color: false }}
        start={{ scenario: "lock-down-ssh" }}
        size={{ cols: 80, rows: 24 }}
        now={() => 0}
        onExit={() => {}}
        schedule={(run) => run()}
      />,
    );
    await tick(30);
    expect(app.frame().split("\n")).toHaveLength(24);
    expect(app.frame()).toContain("root@node:~# iptables -L");
  });
});

describe("plain mode and NO_COLOR", () => {
  it("draws no boxes and puts words beside every status symbol", async () => {
    const app = await inScenario({ theme: { plain: true, color: false }, cols: 120, rows: 30 });
    expect(app.frame()).not.toMatch(/[╭╮╰╯│─]/);
    expect(app.frame()).toContain("[not started] Telnet is dropped (60)");
    await app.line("check");
    expect(app.frame()).toContain("[failed] Telnet is dropped (0/60)");
    expect(app.frame()).toContain("[passed] Your SSH session survived (30/30)");
    await app.line("probe tcp 127.0.0.1 23");
    await app.line("path");
    expect(app.frame()).toContain("2. INPUT · filter/INPUT");
    expect(app.frame()).toContain("packets: 0 -> 1");
    expect(app.frame()).toContain("outcome: timeout");
  });

  it("colours tutor lines only when colour is on (NO_COLOR turns it off)", async () => {
    // Ink colours through chalk, which sees no TTY under test: force a colour level.
    const chalk = (await import("chalk")).default;
    const level = chalk.level;
    chalk.level = 1;
    try {
      const on = await inScenario({ theme: { plain: false, color: true } });
      await on.line("hint");
      expect(on.frame()).toMatch(/\u001b\[36m.*Hint 1 of 2/);
      const off = await inScenario({ theme: { plain: false, color: false } });
      await off.line("hint");
      expect(off.frame()).toContain("Hint 1 of 2");
      expect(off.frame()).not.toMatch(/\u001b\[3\dm/);
    } finally {
      chalk.level = level;
    }
  });

});
