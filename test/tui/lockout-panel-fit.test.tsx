// The lockout panel shows both choices whole (the console's penalty included) at every layout,
// and its height, as the scenario screen computes it, keeps the screen within the terminal.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "ink-testing-library";
import { lockoutPanelHeight } from "../../src/tui/components/lockout-panel.js";
import { scenarioLayout } from "../../src/tui/layout.js";
import { renderApp } from "./helpers.js";

afterEach(() => cleanup());

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");
const CONSOLE = "c open the out-of-band console and continue (−10 points)";
const RESET = "r reset the world to its starting state";

/** The panel's text, rows joined with single spaces (side by side: only the panel's columns). */
function panelText(frame: string, cols: number, plain: boolean): string {
  const layout = scenarioLayout(cols, 30, plain, 1);
  const rows = stripAnsi(frame).split("\n");
  const column = layout.mode === "stacked" ? rows : rows.map((r) => r.slice(0, layout.taskWidth));
  return column.map((r) => r.replace(/[│╭╮╰╯─]/g, " ").trim()).join(" ").replace(/\s+/g, " ");
}

describe.each([false, true])("lockout panel (plain %s)", (plain) => {
  it.each([
    [80, 24],
    [100, 30],
    [140, 40],
    [100, 24],
  ])("at %i×%i shows both choices in full and fits the terminal", async (cols, rows) => {
    const app = renderApp({ start: { scenario: "lock-down-ssh" }, cols, rows, theme: { plain, color: false } });
    await app.waitFor("Block telnet");
    await app.enter();
    await app.waitFor("root@node:~#");
    await app.line("iptables -A INPUT -p tcp --dport 22 -j DROP");
    await app.waitFor("Type c or r");
    const frame = app.frame();
    const lines = stripAnsi(frame).split("\n");
    expect(lines.length).toBeLessThanOrEqual(rows);
    const text = panelText(frame, cols, plain);
    expect(text).toContain("Locked out: your SSH session stopped answering.");
    expect(text).toContain("Filter INPUT rule 1 (-p tcp --dport 22 -j DROP) dropped your SSH keystroke's packet.");
    expect(text).toContain(CONSOLE);
    expect(text).toContain(RESET);
    expect(text).toContain("Type c or r, then Enter:");
    expect(text).not.toContain("…");
    // Typing a choice keeps the screen within the terminal too.
    await app.type("c");
    expect(stripAnsi(app.frame()).split("\n").length).toBeLessThanOrEqual(rows);
    expect(panelText(app.frame(), cols, plain)).toContain("Type c or r, then Enter: c");
  });
});

it("counts one row per wrapped line, so narrow panels grow with the choices", () => {
  const explanation = "filter INPUT rule 1 dropped it.";
  const wide = lockoutPanelHeight(explanation, 10, 100, false);
  const narrow = lockoutPanelHeight(explanation, 10, 34, false);
  // Wide: title, explanation, blank, two choices, prompt, border = 8 rows.
  expect(wide).toBe(8);
  // 32 columns inside: the title, the console choice and the reset choice each take two rows.
  expect(narrow).toBe(wide + 3);
  expect(lockoutPanelHeight(explanation, 10, 100, true)).toBe(6);
});
