import { describe, expect, it } from "vitest";
import { TerminalController, type ExecOutput } from "../../src/tui/terminal/terminal-controller.js";
import type { CompletionSource } from "../../src/tui/terminal/completion.js";

const source: CompletionSource = {
  commands: () => ["iptables", "iptables-save", "ip", "kubectl", "echo"],
  chains: (t) => (t === "nat" ? ["PREROUTING", "POSTROUTING", "KUBE-SERVICES"] : ["INPUT", "FORWARD", "OUTPUT"]),
  namespaces: () => ["client"],
  resources: () => ["web"],
};

function make(history: string[] = []) {
  const ran: string[] = [];
  const t = new TerminalController({
    prompt: () => "root@node:~# ",
    execute: (unit): ExecOutput => {
      ran.push(unit);
      if (unit.startsWith("echo ")) return { stdout: unit.slice(5) + "\n" };
      if (unit.startsWith("cat")) return { stdout: unit.split("\n").slice(1, -1).join("\n") + "\n" };
      if (unit.startsWith("seq")) return { stdout: Array.from({ length: 50 }, (_, i) => `${i + 1}`).join("\n") + "\n" };
      return { stderr: `bash: ${unit.split(" ")[0]}: command not found\n` };
    },
    completion: source,
    history,
    schedule: (run) => run(),
  });
  t.setViewport(10, 80);
  const type = (s: string) => {
    for (const ch of s) t.feed(ch);
  };
  const lines = () => t.getSnapshot().scrollback.map((l) => l.text);
  return { t, ran, type, lines };
}

describe("terminal controller", () => {
  it("echoes a typed line with the prompt, runs it and prints its output as printed", () => {
    const { t, ran, type, lines } = make();
    type("echo hi");
    expect(t.getSnapshot().edit.text).toBe("echo hi");
    t.feed("\r");
    expect(ran).toEqual(["echo hi"]);
    expect(lines()).toEqual(["root@node:~# echo hi", "hi"]);
    expect(t.getSnapshot().edit.text).toBe("");
  });

  it("splits a pasted block into lines and runs them one by one", () => {
    const { ran, t, lines } = make();
    t.feed("echo one\recho two\necho three\r\npartial");
    expect(ran).toEqual(["echo one", "echo two", "echo three"]);
    expect(lines()).toEqual(["root@node:~# echo one", "one", "root@node:~# echo two", "two", "root@node:~# echo three", "three"]);
    expect(t.getSnapshot().edit.text).toBe("partial");
  });

  it("collects a pasted heredoc with > continuation prompts and runs it as one command", () => {
    const { ran, t, lines } = make();
    t.feed("cat <<EOF\nline 1\nline 2\nEOF\necho after\n");
    expect(ran).toEqual(["cat <<EOF\nline 1\nline 2\nEOF", "echo after"]);
    expect(lines()).toEqual(["root@node:~# cat <<EOF", "> line 1", "> line 2", "> EOF", "line 1", "line 2", "root@node:~# echo after", "after"]);
  });

  it("shows the > prompt while a typed heredoc is open, and Ctrl-C abandons it", () => {
    const { ran, t, type, lines } = make();
    type("cat <<'END'");
    t.feed("\r");
    expect(t.getSnapshot().prompt).toBe("> ");
    type("body");
    t.feed("\u0003");
    expect(ran).toEqual([]);
    expect(t.getSnapshot().prompt).toBe("root@node:~# ");
    expect(lines()).toEqual(["root@node:~# cat <<'END'", "> body^C"]);
  });

  it("walks history with up and down, keeping the draft", () => {
    const { t, type } = make(["echo a", "echo b"]);
    type("dra");
    t.feed("\u001b[A");
    expect(t.getSnapshot().edit.text).toBe("echo b");
    t.feed("\u001b[A");
    expect(t.getSnapshot().edit.text).toBe("echo a");
    t.feed("\u001b[A");
    expect(t.getSnapshot().edit.text).toBe("echo a");
    t.feed("\u001b[B");
    t.feed("\u001b[B");
    expect(t.getSnapshot().edit.text).toBe("dra");
  });

  it("records history without consecutive duplicates or space-prefixed lines", () => {
    const { t, type } = make();
    for (const l of ["echo x", "echo x", " echo secret", "echo y"]) {
      type(l);
      t.feed("\r");
    }
    expect(t.historyEntries).toEqual(["echo x", "echo y"]);
  });

  it("finds older commands with Ctrl-R and runs the match on Enter", () => {
    const { t, ran, type } = make(["iptables -L", "echo hello", "ip route"]);
    t.feed("\u0012");
    type("ip");
    expect(t.getSnapshot().search).toMatchObject({ query: "ip", match: 2 });
    t.feed("\u0012");
    expect(t.getSnapshot().search?.match).toBe(0);
    t.feed("\r");
    expect(ran).toEqual(["iptables -L"]);
    expect(t.getSnapshot().search).toBeUndefined();
  });

  it("reports a failed reverse search and keeps the last match", () => {
    const { t, type } = make(["echo hello"]);
    t.feed("\u0012");
    type("hel");
    type("z");
    expect(t.getSnapshot().search).toMatchObject({ query: "helz", match: 0, failed: true });
    t.feed("\u0007");
    expect(t.getSnapshot().search).toBeUndefined();
    expect(t.getSnapshot().edit.text).toBe("");
  });

  it("completes commands, tables and chains with Tab and lists choices on a second Tab", () => {
    const { t, type, lines } = make();
    type("iptables-s");
    t.feed("\t");
    expect(t.getSnapshot().edit.text).toBe("iptables-save ");
    t.feed("\u0015");
    type("iptables -t n");
    t.feed("\t");
    expect(t.getSnapshot().edit.text).toBe("iptables -t nat ");
    type("-A ");
    t.feed("\t");
    expect(lines()).toEqual([]);
    t.feed("\t");
    expect(lines().at(-1)).toContain("KUBE-SERVICES");
    expect(lines().at(-1)).toContain("POSTROUTING");
    type("KUBE");
    t.feed("\t");
    expect(t.getSnapshot().edit.text).toBe("iptables -t nat -A KUBE-SERVICES ");
  });

  it("a pasted tab is text, not completion", () => {
    const { t } = make();
    t.feed("echo a\tb");
    expect(t.getSnapshot().edit.text).toBe("echo a\tb");
  });

  it("a Tab arriving in the same chunk as the text typed before it still completes", () => {
    const { t } = make();
    t.feed("iptables -A INP\t");
    expect(t.getSnapshot().edit.text).toBe("iptables -A INPUT ");
    t.feed("-j DROPX\u007f");
    expect(t.getSnapshot().edit.text).toBe("iptables -A INPUT -j DROP");
    t.feed("oops\u0003");
    expect(t.getSnapshot().edit.text).toBe("");
  });

  it("clears the screen with Ctrl-L but keeps the line being typed", () => {
    const { t, type, lines } = make();
    type("echo 1");
    t.feed("\r");
    type("echo 2");
    t.feed("\u000c");
    expect(lines()).toEqual([]);
    expect(t.getSnapshot().edit.text).toBe("echo 2");
  });

  it("edits in the middle of the line with arrows, backspace and Ctrl-W/U/K", () => {
    const { t, type } = make();
    type("echo helo");
    t.feed("\u001b[D");
    type("l");
    expect(t.getSnapshot().edit.text).toBe("echo hello");
    t.feed("\u0005");
    t.feed("\u0017");
    expect(t.getSnapshot().edit.text).toBe("echo ");
    t.feed("\u007f");
    expect(t.getSnapshot().edit.text).toBe("echo");
    t.feed("\u0001");
    t.feed("\u000b");
    expect(t.getSnapshot().edit.text).toBe("");
  });

  it("pages long output: shows its first page, PgDn and PgUp move through it", () => {
    const { t, type } = make();
    type("seq");
    t.feed("\r");
    // 51 rows (echo + 50 numbers); 9 rows show while scrolled (one shows the position):
    // scrolled so the command is on top, pages overlap by a row.
    expect(t.getSnapshot().scroll).toBe(42);
    t.feed("\u001b[6~");
    expect(t.getSnapshot().scroll).toBe(34);
    t.feed("\u001b[5~");
    t.feed("\u001b[5~");
    expect(t.getSnapshot().scroll).toBe(42);
    type("x");
    expect(t.getSnapshot().scroll).toBe(0);
  });

  it("ignores keys while frozen and drops queued lines", () => {
    const { t, ran } = make();
    t.freeze();
    t.feed("echo lost\r");
    expect(ran).toEqual([]);
    t.unfreeze();
    t.feed("echo back\r");
    expect(ran).toEqual(["echo back"]);
  });

  it("runs queued lines later with an async scheduler and is busy meanwhile", () => {
    const tasks: (() => void)[] = [];
    const ran: string[] = [];
    const t = new TerminalController({ prompt: () => "$ ", execute: (u) => void ran.push(u), schedule: (r) => tasks.push(r) });
    t.feed("a\nb\n");
    expect(t.getSnapshot().busy).toBe(true);
    expect(ran).toEqual([]);
    while (tasks.length) tasks.shift()!();
    expect(ran).toEqual(["a", "b"]);
    expect(t.getSnapshot().busy).toBe(false);
  });
});

import { cleanOutput } from "../../src/tui/terminal/output-text.js";

describe("output cleaning", () => {
  it("acts on clear's escape and keeps ordinary text byte for byte", () => {
    expect(cleanOutput("\u001b[H\u001b[2J\u001b[3J")).toEqual({ cleared: true, text: "" });
    const listing = "Chain INPUT (policy ACCEPT)\ntarget     prot opt source               destination         \n";
    expect(cleanOutput(listing)).toEqual({ cleared: false, text: listing });
  });

  it("drops colour escapes and control characters, and shows what a carriage return leaves", () => {
    expect(cleanOutput("\u001b[31mred\u001b[0m\u0007 x\n")).toEqual({ cleared: false, text: "red x\n" });
    expect(cleanOutput("50%\r100%\n")).toEqual({ cleared: false, text: "100%\n" });
    expect(cleanOutput("abcdef\rXY\r\n")).toEqual({ cleared: false, text: "XYcdef\n" });
  });

  it("clears the scrollback when a command prints the clear escape", () => {
    const t = new TerminalController({ prompt: () => "$ ", execute: () => ({ stdout: "\u001b[H\u001b[2J\u001b[3J" }), schedule: (r) => r() });
    t.print("old output\n");
    t.feed("clear\r");
    expect(t.getSnapshot().scrollback).toEqual([]);
  });
});

describe("huge output", () => {
  it("keeps the last lines of a 110,000-line dump and opens it at the first kept line", () => {
    const dump = Array.from({ length: 110_000 }, (_, i) => `-A KUBE-SVC-${i} -j KUBE-SEP-${i}`).join("\n") + "\n";
    const t = new TerminalController({ prompt: () => "$ ", execute: () => ({ stdout: dump }), schedule: (r) => r(), scrollbackLimit: 5000 });
    t.setViewport(20, 120);
    t.feed("iptables-save\r");
    const s = t.getSnapshot();
    expect(s.scrollback).toHaveLength(5000);
    expect(s.scrollback.at(-1)!.text).toBe("-A KUBE-SVC-109999 -j KUBE-SEP-109999");
    expect(s.scroll).toBe(5000 - 19);
    // Typing still edits the line instantly: the scrollback is not walked per key.
    t.feed("x");
    expect(t.getSnapshot().edit.text).toBe("x");
  });
});
