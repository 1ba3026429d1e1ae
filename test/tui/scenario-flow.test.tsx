import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "ink-testing-library";
import { KEYS, renderApp, tick } from "./helpers.js";

afterEach(() => cleanup());

async function openScenario(opts: Parameters<typeof renderApp>[0] = { cols: 80, rows: 24 }) {
  const app = renderApp(opts);
  await app.open("Lock down a host");
  await app.waitFor("Block telnet");
  await app.enter();
  await app.waitFor("root@node:~# ");
  return app;
}

describe("the scenario flow", () => {
  it("pick scenario → briefing → commands → check → hint → lockout → console → finish", async () => {
    const app = await openScenario();
    expect(app.frame()).toContain("root@node:~# ");
    expect(app.frame()).toContain("○ Telnet is dropped (60)");

    await app.line("echo hello");
    const rows = app.rows();
    const at = rows.indexOf("root@node:~# echo hello");
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 1]).toBe("hello");
    expect(rows[at + 2]).toBe("root@node:~#");

    await app.line("check");
    expect(app.frame()).toContain("check: score 30/100");
    expect(app.frame()).toContain("Tasks — score 30/100");
    expect(app.frame()).toContain("✘ Telnet is dropped (0/60)");
    expect(app.frame()).toContain("✔ Your SSH session survived (30/30)");
    expect(app.frame()).toContain("probe tcp → :23 connected: INPUT policy ACCEPT");

    await app.line("hint");
    expect(app.frame()).toContain("Hint 1 of 2 (costs 5 points):");
    expect(app.frame()).toContain("Append a rule to INPUT that matches tcp port 23.");
    expect(app.frame()).toContain("1 hint");

    // Locking ourselves out: the session freezes like a dead SSH link.
    await app.line("iptables -A INPUT -p tcp --dport 22 -j DROP");
    let f = app.flat();
    expect(f).toContain("client_loop: send disconnect: Broken pipe");
    expect(f).toContain("Locked out: your SSH session stopped answering.");
    expect(f).toContain("Filter INPUT rule 1 (-p tcp --dport 22 -j DROP) dropped your SSH keystroke's packet.");
    // The panel takes its rows from the terminal: the screen still fits 80×24 exactly.
    expect(app.frame().split("\n")).toHaveLength(24);
    expect(f).toContain("open the out-of-band console and continue (−10 points)");
    await app.type("ls");
    expect(app.frame()).not.toContain("root@node:~# ls");
    await app.enter();
    expect(app.flat()).toContain("Locked out");
    await app.key("c");
    expect(app.flat()).toContain("Locked out");
    await app.enter();
    f = app.flat();
    expect(f).toContain("Connected through the out-of-band console (−10 points)");
    expect(f).not.toContain("Locked out");
    expect(app.engine.attempts[0]!.penalty).toBe(10);

    await app.line("iptables -A INPUT -p tcp --dport 23 -j DROP");
    await app.line("answer quiz a");
    expect(app.frame()).toContain("Recorded: correct.");
    await app.line("check");
    f = app.frame();
    // Guard broke earlier, so not everything passes yet: still on the scenario screen.
    expect(f).toContain("✔ Telnet is dropped (60/60)");
    expect(f).toContain("✘ Your SSH session survived (0/30)");

    app.engine.attempts[0]!.guardBroke = false;
    app.advance(125_000);
    await app.line("check");
    f = app.frame();
    expect(f).toContain("Finished: Lock down a host without locking yourself out");
    expect(f).toContain("Score 85/100 · time 2 min 5 s · hints used 1 · console used 1×");
    expect(f).toContain("✔ Telnet is dropped (60/60)");
    expect(f).toContain("probe tcp → :23 timed out: filter INPUT rule 1 DROP");
    expect(f).toContain("Pod egress through SNAT (intermediate, 20 min)");

    const last = app.progress.saved.at(-1)!;
    expect(last.scenarios["lock-down-ssh"]).toMatchObject({ status: "done", bestScore: 85, commandLog: [] });
    await app.enter();
    expect(app.frame()).toContain("● best 85/100");
  });

  it("offers reset from the lockout, which restores the starting world", async () => {
    const app = await openScenario();
    await app.line("iptables -A INPUT -p tcp --dport 22 -j DROP");
    expect(app.frame()).toContain("Locked out");
    await app.line("r");
    expect(app.frame()).toContain("The world is back to its starting state; your SSH session is reconnected.");
    expect(app.engine.attempts[0]!.rules).toEqual([]);
    await app.line("echo alive");
    expect(app.frame()).toContain("alive");
  });

  it("binds tutor commands to keys and asks before showing the solution", async () => {
    const app = await openScenario();
    await app.key(KEYS.f3);
    expect(app.frame()).toContain("root@node:~# hint");
    expect(app.frame()).toContain("Hint 1 of 2");
    await app.line("solution");
    expect(app.frame()).toContain("Type y to confirm");
    await app.line("n");
    expect(app.frame()).toContain("Cancelled: no solution shown.");
    expect(app.engine.attempts[0]!.zeroed).toBe(false);
    await app.line("solution");
    await app.line("y");
    expect(app.frame()).toContain("iptables -A INPUT -p tcp --dport 23 -j DROP");
    expect(app.engine.attempts[0]!.zeroed).toBe(true);
    await app.key(KEYS.f2);
    expect(app.frame()).toContain("check: score 0/100");
    // The y/n answers were replies to the tutor, not commands: ↑ recalls "solution".
    await app.key(KEYS.up);
    const editing = app.rows().filter((r) => r.startsWith("root@node:~#")).at(-1);
    expect(editing?.trim()).toBe("root@node:~# solution");
  });

  it("draws the packet path of the last probe; undo and help answer", async () => {
    const app = await openScenario({ cols: 160, rows: 40 });
    expect(app.frame()).toContain("Run a probe, then type path");
    expect(app.frame()).not.toContain("`");
    await app.line("path");
    expect(app.frame()).toContain("no probe yet");
    await app.line("probe tcp 127.0.0.1 23");
    await app.line("path");
    const f = app.frame();
    expect(f).toContain("packet path: probe tcp 127.0.0.1 23");
    expect(f).toContain("┌ INPUT · filter/INPUT");
    expect(f).toContain("packets: 0 → 1");
    expect(f).toContain("└▶ timeout");
    await app.line("undo");
    expect(app.frame()).toContain("Undone:");
    await app.line("help");
    expect(app.frame()).toContain("Tutor commands");
  });

  it("quits to home saving the command log and history, and continues where it left off", async () => {
    const app = await openScenario();
    await app.line("iptables -A INPUT -p tcp --dport 23 -j DROP");
    await app.line("quit");
    expect(app.frame()).toContain("Continue where I left off");
    const saved = app.progress.saved.at(-1)!.scenarios["lock-down-ssh"]!;
    expect(saved.commandLog).toEqual(["iptables -A INPUT -p tcp --dport 23 -j DROP"]);
    expect(saved.history).toEqual(["iptables -A INPUT -p tcp --dport 23 -j DROP", "quit"]);
  });

  it("replays a saved command log on continue, with history restored", async () => {
    const { memoryProgress } = await import("./helpers.js");
    const { recordScenario, EMPTY_PROGRESS } = await import("../../src/progress/model.js");
    const p = recordScenario(EMPTY_PROGRESS, "lock-down-ssh", { commandLog: ["iptables -A INPUT -p tcp --dport 23 -j DROP"], history: ["iptables -S"], hintsUsed: 1 });
    const app = renderApp({ progress: memoryProgress(p), start: { scenario: "lock-down-ssh" } });
    await tick();
    expect(app.frame()).toContain("continue where you left off (1 commands)");
    await app.enter();
    expect(app.frame()).toContain("Restored your world (1 command replayed)");
    expect(app.engine.attempts[0]!.rules).toEqual(["-A INPUT -p tcp --dport 23 -j DROP"]);
    expect(app.frame()).toContain("1 hint");
    await app.key(KEYS.up);
    expect(app.frame()).toContain("root@node:~# iptables -S");
    await app.key(KEYS.ctrlC);
    await app.line("hint");
    expect(app.frame()).toContain("Hint 2 of 2");
  });
});

describe("moving between the scenario and its lesson", () => {
  it("opens the scenario's lesson with `lesson` and comes back to the same terminal", async () => {
    const app = renderApp({ start: { scenario: "lock-down-ssh" }, cols: 100, rows: 40 });
    await app.waitFor("Block telnet");
    await app.enter();
    await app.waitFor("root@node:~#");
    await app.line("echo kept");
    await app.line("lesson");
    await app.waitFor("Filter basics — page 1 of 1");
    await app.key("q");
    await app.waitFor("root@node:~# echo kept");
    expect(app.engine.attempts).toHaveLength(1);
  });

  it("shows an error screen, not a crash, when an attempt cannot start", async () => {
    const app = renderApp({ start: { scenario: "lock-down-ssh" } });
    app.engine.startAttempt = () => {
      throw new Error("world setup failed: ip: command not found");
    };
    await app.waitFor("Block telnet");
    await app.enter();
    await app.waitFor("nettutor: world setup failed: ip: command not found");
    await app.enter();
    await app.waitFor("Quit");
  });
});
