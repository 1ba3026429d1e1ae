// The rows the terminal pane draws: the tutor's prose word-wrapped, a multi-line tutor text
// split into lines, and the prompt line cut exactly as it was counted for the layout.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "ink-testing-library";
import { TerminalController } from "../../src/tui/terminal/terminal-controller.js";
import { TerminalView, promptRows } from "../../src/tui/terminal/terminal-view.js";
import { visibleRows, wrapProse } from "../../src/tui/terminal/screen-rows.js";
import { prose } from "../../src/tui/tutor-commands.js";
import { KEYS, renderApp } from "./helpers.js";

afterEach(() => cleanup());

describe("terminal rows", () => {
  it("word-wraps tutor prose with a hanging indent and never splits a word that fits", () => {
    const rows = wrapProse("  Your SSH session is an existing connection. `-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT` keeps it alive.", 40);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(40);
    expect(rows.join(" ").replace(/\s+/g, " ").trim()).toBe("Your SSH session is an existing connection. `-m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT` keeps it alive.");
    expect(rows.some((r) => r.includes("--ctstate"))).toBe(true);
    expect(rows.slice(1).every((r) => r.startsWith("    "))).toBe(true);
    // Aligned columns (the help text) keep their runs of spaces when they fit.
    expect(wrapProse("  check          grade now", 40)).toEqual(["  check          grade now"]);
  });

  it("joins a YAML block's hard line breaks and drops Markdown emphasis", () => {
    expect(prose("Order matters: add every ACCEPT\nyou need *before* you change the\npolicy.\n")).toEqual([
      "Order matters: add every ACCEPT you need before you change the policy.",
    ]);
    expect(prose("one\n\ntwo `*filter` and `*nat`")).toEqual(["one", "", "two `*filter` and `*nat`"]);
  });

  it("prints a tutor line holding newlines as separate lines", () => {
    const t = new TerminalController({ prompt: () => "# ", execute: () => undefined, schedule: (run) => run() });
    t.printLines(["first\nsecond\n"], "tutor");
    expect(t.getSnapshot().scrollback.map((l) => l.text)).toEqual(["first", "second"]);
    expect(visibleRows(t.getSnapshot().scrollback, 20, 5, 0).rows.map((r) => r.text)).toEqual(["first", "second"]);
  });

  it("cuts the prompt into the same rows it counts, with the cursor in the right row", () => {
    const rows = promptRows({ before: "root@web-1:~# iptables -A INPUT -m conntrack --ctstate ESTABLISHED", cursorChar: " ", after: "" }, 30);
    expect(rows.map((r) => r.text.length).every((n) => n <= 30)).toBe(true);
    expect(rows.map((r) => r.text).join("")).toBe("root@web-1:~# iptables -A INPUT -m conntrack --ctstate ESTABLISHED ");
    expect(rows.filter((r) => r.cursor !== undefined)).toHaveLength(1);
    expect(rows.at(-1)!.cursor).toBe(rows.at(-1)!.text.length - 1);
  });

  it("keeps the pane exactly its height while a long line is being typed", () => {
    const t = new TerminalController({ prompt: () => "root@web-1:~# ", execute: () => undefined, schedule: (run) => run() });
    t.printLines(Array.from({ length: 12 }, (_, i) => `output ${i}`), "stdout");
    // Words that Ink would wrap onto more rows than a hard wrap needs.
    for (const ch of "iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT -m comment --comment keep-ssh-alive") t.feed(ch);
    const r = render(<TerminalView controller={t} width={30} height={8} />);
    const lines = (r.lastFrame() ?? "").split("\n");
    expect(lines).toHaveLength(8);
    // 121 cells (the cursor's blank cell included): five rows of 30, the last holding the cursor.
    expect(lines.slice(3, 7)).toEqual(["root@web-1:~# iptables -A INPU", "T -m conntrack --ctstate ESTAB", "LISHED,RELATED -j ACCEPT -m co", "mment --comment keep-ssh-alive"]);
    expect(lines[2]).toBe("output 11");
  });

  it("shows a multi-line hint inside an 80×24 screen without spilling rows", async () => {
    const app = renderApp({ start: { scenario: "lock-down-ssh" }, cols: 80, rows: 24 });
    await app.waitFor("Block telnet");
    await app.enter();
    await app.waitFor("root@node:~#");
    await app.line("hint");
    expect(app.frame()).toContain("Append a rule to INPUT that matches tcp port 23.");
    expect(app.frame().split("\n")).toHaveLength(24);
    await app.key(KEYS.ctrlL);
  });
});

describe("notices", () => {
  it("prints a daemon's notice after the command's output, marked in words", () => {
    const t = new TerminalController({
      prompt: () => "# ",
      execute: () => ({ stdout: "out\n", notices: ["kube-proxy ran a full resync."] }),
      schedule: (run) => run(),
    });
    for (const ch of "sleep 31\r") t.feed(ch);
    expect(t.getSnapshot().scrollback.map((l) => [l.text, l.stream])).toEqual([
      ["# sleep 31", "input"],
      ["out", "stdout"],
      ["[notice] kube-proxy ran a full resync.", "notice"],
    ]);
  });
});
