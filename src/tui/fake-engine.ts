// A tiny stand-in engine for tests and UI work: a toy host whose INPUT chain is a list of
// rule strings. It honours the Engine contract (engine-adapter.ts) without any netfilter logic.

import type { Attempt, CheckReport, Engine, PacketTrace, RunResult, ScenarioDoc } from "./engine-adapter.js";

export const FAKE_SCENARIO: ScenarioDoc = {
  id: "lock-down-ssh",
  title: "Lock down a host without locking yourself out",
  level: "beginner",
  minutes: 10,
  summary: "Drop telnet, keep your SSH session alive.",
  briefing: "# Briefing\n\nYou are **root** on `node`. Block telnet (port 23).\n\n- Keep SSH working\n- Use `check` when done",
  lessons: ["filter-basics"],
  checkpoints: [
    { id: "drop-telnet", title: "Telnet is dropped", points: 60 },
    { id: "ssh-alive", title: "Your SSH session survived", points: 30 },
    { id: "quiz", title: "Which chain sees inbound packets?", points: 10, question: { text: "Which chain sees packets addressed to this host?", choices: ["INPUT", "FORWARD", "OUTPUT"] } },
  ],
  hintCount: 2,
  consolePenalty: 10,
};

const HINTS = [
  // Written as a YAML block would be: hard line breaks, a trailing newline, Markdown emphasis.
  { text: "Append a rule to INPUT that\nmatches *tcp port 23*.\n", cost: 5 },
  { text: "iptables -A INPUT -p tcp --dport 23 -j DROP", cost: 15 },
];

const LESSON_MD = `# Filter basics

Packets for this host traverse **INPUT**.

## Chains

- INPUT: to this host
- OUTPUT: from this host

| chain | hook |
|-------|------|
| INPUT | local in |

\`\`\`predict
question: A rule drops tcp port 23. What does a telnet probe see?
choices:
  - connected
  - timeout
answer: b
setup: iptables -A INPUT -p tcp --dport 23 -j DROP
run: probe tcp 127.0.0.1 23
explanation: DROP discards silently, so the client waits until it gives up.
\`\`\`

## Summary

That is all.
`;

class FakeAttempt implements Attempt {
  rules: string[] = [];
  log: string[] = [];
  hintsShown = 0;
  guardBroke = false;
  zeroed = false;
  penalty = 0;
  quizCorrect = false;
  lastProbe: string | undefined;

  netns(): string {
    return "";
  }

  brokenGuards(): string[] {
    return this.guardBroke ? ["ssh"] : [];
  }

  prompt(): string {
    return "root@node:~# ";
  }

  runLine(unit: string): RunResult {
    this.log.push(unit);
    const [cmd, ...args] = unit.trim().split(/\s+/);
    if (cmd === "echo") return { stdout: args.join(" ") + "\n", stderr: "", rc: 0 };
    if (cmd === "cat" && unit.includes("<<")) {
      const body = unit.split("\n").slice(1, -1);
      return { stdout: body.map((l) => l + "\n").join(""), stderr: "", rc: 0 };
    }
    if (cmd === "seq") {
      const n = Number(args[0] ?? "0");
      return { stdout: Array.from({ length: n }, (_, i) => `${i + 1}\n`).join(""), stderr: "", rc: 0 };
    }
    if (cmd === "probe") {
      this.lastProbe = unit.trim();
      return { stdout: "connected\n", stderr: "", rc: 0 };
    }
    if (cmd === "iptables") {
      if (args[0] === "-S") return { stdout: ["-P INPUT ACCEPT", ...this.rules].map((r) => r + "\n").join(""), stderr: "", rc: 0 };
      if (args[0] === "-A") {
        this.rules.push(args.join(" "));
        if (args.includes("22") && args.includes("DROP")) {
          this.guardBroke = true;
          return {
            stdout: "",
            stderr: "",
            rc: 0,
            guardBroken: { id: "ssh", explanation: "filter INPUT rule 1 (-p tcp --dport 22 -j DROP) dropped your SSH keystroke's packet." },
          };
        }
        return { stdout: "", stderr: "", rc: 0 };
      }
      return { stdout: "", stderr: `iptables v1.8.9 (nf_tables): unknown option "${args[0] ?? ""}"\nTry \`iptables -h' or 'iptables --help' for more information.\n`, rc: 2 };
    }
    return { stdout: "", stderr: `bash: ${cmd}: command not found\n`, rc: 127 };
  }

  check(): CheckReport {
    const telnet = this.rules.some((r) => r.includes("--dport 23") && r.includes("DROP"));
    const cps = [
      { id: "drop-telnet", title: "Telnet is dropped", passed: telnet, points: 60, details: [telnet ? "probe tcp → :23 timed out: filter INPUT rule 1 DROP" : "probe tcp → :23 connected: INPUT policy ACCEPT"] },
      { id: "ssh-alive", title: "Your SSH session survived", passed: !this.guardBroke, points: 30, details: [this.guardBroke ? "guard ssh broke" : "SSH answered after every command"] },
      { id: "quiz", title: "Which chain sees inbound packets?", passed: this.quizCorrect, points: 10, details: [this.quizCorrect ? "answered INPUT" : "not answered"] },
    ].map((c) => ({ ...c, earned: c.passed ? c.points : 0 }));
    const raw = cps.reduce((s, c) => s + c.earned, 0);
    const cost = HINTS.slice(0, this.hintsShown).reduce((s, h) => s + h.cost, 0);
    return { score: this.zeroed ? 0 : Math.max(0, raw - cost - this.penalty), max: 100, checkpoints: cps };
  }

  hint() {
    const h = HINTS[this.hintsShown];
    if (!h) return undefined;
    this.hintsShown++;
    return { ...h, index: this.hintsShown, total: HINTS.length };
  }

  hintsUsed(): number {
    return this.hintsShown;
  }

  trace(probe?: string): PacketTrace | string {
    const p = probe ?? this.lastProbe;
    if (!p) return "no probe yet: run probe first, or give one: path probe tcp 127.0.0.1 23";
    return {
      probe: p,
      steps: [
        { hook: "PREROUTING", table: "raw", chain: "PREROUTING", rule: "policy ACCEPT", verdict: "ACCEPT" },
        { hook: "INPUT", table: "filter", chain: "INPUT", rule: "-A INPUT -p tcp --dport 23 -j DROP", verdict: "DROP", packetsBefore: 0, packetsAfter: 1 },
      ],
      outcome: "timeout",
    };
  }

  undo(): boolean {
    if (this.log.length === 0) return false;
    const last = this.log.pop()!;
    if (last.startsWith("iptables -A")) this.rules.pop();
    return true;
  }

  reset(): void {
    this.rules = [];
    this.log = [];
    this.guardBroke = false;
  }

  solution(): string[] {
    this.zeroed = true;
    return ["iptables -A INPUT -p tcp --dport 23 -j DROP"];
  }

  useConsole(): number {
    this.penalty += FAKE_SCENARIO.consolePenalty;
    return FAKE_SCENARIO.consolePenalty;
  }

  answer(id: string, letter: string) {
    if (id !== "quiz") return `no question with id ${id}`;
    this.quizCorrect = letter === "a";
    return { correct: this.quizCorrect, explanation: "INPUT holds packets addressed to the host itself." };
  }

  commandLog(): string[] {
    return [...this.log];
  }

  completion = {
    commands: () => ["iptables", "iptables-save", "ip", "kubectl", "echo", "cat", "probe", "check", "hint"],
    chains: (table: string) => (table === "nat" ? ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING", "KUBE-SERVICES"] : ["INPUT", "FORWARD", "OUTPUT", "MY-CHAIN"]),
    namespaces: () => ["client", "server"],
    resources: (kind: string) => (kind === "services" ? ["kubernetes", "web"] : []),
  };
}

export function createFakeEngine(): Engine & { attempts: FakeAttempt[] } {
  const attempts: FakeAttempt[] = [];
  return {
    attempts,
    catalogue: () => ({
      lessons: [{ id: "filter-basics", title: "Filter basics", minutes: 5, practice: FAKE_SCENARIO.id }],
      scenarios: [
        { id: FAKE_SCENARIO.id, title: FAKE_SCENARIO.title, level: "beginner", minutes: 10, summary: FAKE_SCENARIO.summary },
        { id: "pod-egress", title: "Pod egress through SNAT", level: "intermediate", minutes: 20, summary: "Masquerade pod traffic." },
      ],
      problems: [],
    }),
    lesson: (id) => (id === "filter-basics" ? { id, title: "Filter basics", minutes: 5, practice: FAKE_SCENARIO.id, markdown: LESSON_MD } : undefined),
    scenario: (id) => (id === FAKE_SCENARIO.id ? FAKE_SCENARIO : { error: `no scenario with id ${id}` }),
    startAttempt: (_id, replay, restore) => {
      const a = new FakeAttempt();
      for (const line of replay ?? []) a.runLine(line);
      a.hintsShown = restore?.hintsUsed ?? 0;
      attempts.push(a);
      return a;
    },
    runExercise: (ex) => ({ transcript: `# ${ex.setup}\n# ${ex.run}\ntimeout\n` }),
  };
}
