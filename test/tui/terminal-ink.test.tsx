// The terminal driven through Ink's stdin, as a learner's keys and pastes arrive.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup } from "ink-testing-library";
import { KEYS, renderApp } from "./helpers.js";
import { NOT_A_TTY_MESSAGE, startTui } from "../../src/tui/index.js";

afterEach(() => cleanup());

async function terminal() {
  const app = renderApp({ start: { scenario: "lock-down-ssh" }, cols: 80, rows: 24 });
  await app.waitFor("Block telnet");
  await app.enter();
  await app.waitFor("root@node:~#");
  return app;
}

describe("terminal through Ink", () => {
  it("runs a pasted heredoc line by line with > continuation prompts", async () => {
    const app = await terminal();
    await app.key("cat <<EOF\nfirst\nsecond\nEOF\necho done\n");
    const rows = app.rows();
    const at = rows.indexOf("root@node:~# cat <<EOF");
    expect(rows.slice(at, at + 9)).toEqual(["root@node:~# cat <<EOF", "> first", "> second", "> EOF", "first", "second", "root@node:~# echo done", "done", "root@node:~#"]);
    expect(app.engine.attempts[0]!.log).toEqual(["cat <<EOF\nfirst\nsecond\nEOF", "echo done"]);
  });

  it("treats a typed-fast \"ls\\r\" chunk as a paste: runs it", async () => {
    const app = await terminal();
    await app.key("echo pasted\r");
    expect(app.rows()).toContain("pasted");
  });

  it("searches history with Ctrl-R and shows bash's search prompt", async () => {
    const app = await terminal();
    await app.line("echo alpha");
    await app.line("echo beta");
    await app.key(KEYS.ctrlR);
    await app.type("alp");
    expect(app.frame()).toContain("(reverse-i-search)`alp': echo alpha");
    await app.enter();
    expect(app.rows().filter((r) => r === "alpha")).toHaveLength(2);
  });

  it("completes with Tab and cancels with Ctrl-C, printing ^C", async () => {
    const app = await terminal();
    await app.type("iptables -t na");
    await app.key(KEYS.tab);
    expect(app.frame()).toContain("root@node:~# iptables -t nat ");
    await app.key(KEYS.ctrlC);
    expect(app.rows()).toContain("root@node:~# iptables -t nat ^C");
    expect(app.engine.attempts[0]!.log).toEqual([]);
  });

  it("clears with Ctrl-L and scrolls back with PgUp", async () => {
    const app = await terminal();
    await app.line("seq 60");
    expect(app.frame()).toContain("scrolled back");
    expect(app.rows()).toContain("root@node:~# seq 60");
    await app.key(KEYS.pgDn);
    await app.key(KEYS.pgDn);
    await app.key(KEYS.pgDn);
    await app.key(KEYS.pgDn);
    expect(app.rows()).toContain("60");
    expect(app.frame()).not.toContain("scrolled back");
    await app.key(KEYS.pgUp);
    expect(app.frame()).toContain("scrolled back");
    await app.key(KEYS.ctrlL);
    expect(app.frame()).not.toContain("seq 60");
    expect(app.rows().filter((r) => r.startsWith("root@node"))).toEqual(["root@node:~#"]);
  });

  it("keeps history across attempts and restores it with ↑", async () => {
    const app = await terminal();
    await app.line("echo one");
    await app.key(KEYS.up);
    expect(app.frame()).toContain("root@node:~# echo one");
  });
});

describe("startTui", () => {
  it("explains what to use instead when stdin is not a terminal", async () => {
    const isTTY = process.stdin.isTTY;
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    Object.defineProperty(process.stdin, "isTTY", { value: false, configurable: true });
    try {
      expect(await startTui({})).toBe(2);
      expect(write).toHaveBeenCalledWith(NOT_A_TTY_MESSAGE);
      expect(NOT_A_TTY_MESSAGE).toContain("nettutor exec");
      expect(NOT_A_TTY_MESSAGE).toContain("nettutor check");
    } finally {
      Object.defineProperty(process.stdin, "isTTY", { value: isTTY, configurable: true });
      write.mockRestore();
    }
  });
});
