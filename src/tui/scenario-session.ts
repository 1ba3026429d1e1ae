// One scenario attempt as the UI sees it, outside React: the engine's attempt, the terminal,
// the last check and trace, lockout and the solution confirmation. Screens subscribe to its
// snapshot; it outlives the screen so a trip to the lesson and back keeps the terminal.

import type { Attempt, CheckReport, Engine, GuardBreak, PacketTrace, ScenarioDoc } from "./engine-adapter.js";
import type { KeyEvent } from "./terminal/keys.js";
import { TerminalController, type ExecOutput } from "./terminal/terminal-controller.js";
import { runTutorCommand, tutorCommandOf, type TutorOutcome } from "./tutor-commands.js";
import type { Theme } from "./theme.js";

export interface SessionView {
  report?: CheckReport;
  trace?: PacketTrace;
  lockout?: GuardBreak;
  confirmingSolution: boolean;
  usedSolution: boolean;
  consoleUses: number;
  hintsUsed: number;
  /** What the learner typed at the lockout's choice prompt (c or r, then Enter). */
  lockoutChoice: string;
}

export type SessionEvent = { type: "quit" } | { type: "lesson"; id: string } | { type: "finish" } | { type: "save" };

export interface SessionOptions {
  replay?: readonly string[];
  /** Hints already taken in the saved attempt being continued. */
  hintsUsed?: number;
  brokenGuards?: readonly string[];
  history?: readonly string[];
  theme: Theme;
  onEvent: (e: SessionEvent) => void;
  schedule?: (run: () => void) => void;
}

const DEFAULT_DISCONNECT = "client_loop: send disconnect: Broken pipe";

/** F-keys bound to tutor commands (also listed in the key bar). */
export const FUNCTION_KEYS: Record<number, string> = { 1: "help", 2: "check", 3: "hint", 4: "path", 5: "undo", 10: "quit" };

export class ScenarioSession {
  readonly attempt: Attempt;
  readonly controller: TerminalController;
  private view: SessionView = { confirmingSolution: false, usedSolution: false, consoleUses: 0, hintsUsed: 0, lockoutChoice: "" };
  private listeners = new Set<() => void>();

  constructor(
    engine: Engine,
    readonly doc: ScenarioDoc,
    private readonly opts: SessionOptions,
  ) {
    this.attempt = engine.startAttempt(doc.id, opts.replay, { hintsUsed: opts.hintsUsed, brokenGuards: opts.brokenGuards });
    this.view.hintsUsed = this.attempt.hintsUsed();
    this.controller = new TerminalController({
      prompt: () => this.attempt.prompt(),
      execute: (unit) => this.execute(unit),
      completion: this.attempt.completion,
      history: opts.history,
      onKey: (k) => this.onKey(k),
      schedule: opts.schedule,
    });
    if (opts.replay && opts.replay.length > 0) {
      this.controller.printLines([`Restored your world (${opts.replay.length} command${opts.replay.length === 1 ? "" : "s"} replayed). Type help for tutor commands.`], "tutor");
    } else {
      this.controller.printLines(["Type commands as on a real host. Type help for tutor commands."], "tutor");
    }
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  getSnapshot = (): SessionView => this.view;

  private update(patch: Partial<SessionView>): void {
    this.view = { ...this.view, ...patch };
    for (const l of this.listeners) l();
  }

  private onKey(k: KeyEvent): boolean {
    if (this.view.lockout) {
      // Keys typed into the dead session go nowhere; a choice needs Enter, so a learner still
      // typing when the link died does not pick one by accident.
      const choice = this.view.lockoutChoice;
      if (k.kind === "text") this.update({ lockoutChoice: (choice + k.text).slice(-12) });
      else if (k.kind === "backspace") this.update({ lockoutChoice: choice.slice(0, -1) });
      else if (k.kind === "ctrl" && k.key === "c") this.update({ lockoutChoice: "" });
      else if (k.kind === "enter") {
        const c = choice.trim().toLowerCase();
        this.update({ lockoutChoice: "" });
        if (c === "c" || c === "console") this.openConsole();
        else if (c === "r" || c === "reset") this.resetAfterLockout();
      } else if (k.kind === "fn" && k.n === 10) this.opts.onEvent({ type: "quit" });
      return true;
    }
    if (k.kind === "fn" && FUNCTION_KEYS[k.n]) {
      this.runBoundKey(FUNCTION_KEYS[k.n]!);
      return true;
    }
    return false;
  }

  /** A tutor command from a key: shown as if typed, so the transcript reads naturally. */
  runBoundKey(name: string): void {
    if (this.controller.getSnapshot().busy || this.controller.getSnapshot().frozen) return;
    this.controller.printLines([this.controller.getSnapshot().prompt + name], "input");
    this.show(this.tutor({ name, args: [] }));
  }

  private show(out: ExecOutput | void): void {
    if (!out) return;
    if (out.stdout) this.controller.print(out.stdout, "stdout");
    if (out.stderr) this.controller.print(out.stderr, "stderr");
    if (out.tutor) this.controller.printLines(out.tutor, "tutor");
  }

  private execute(unit: string): ExecOutput | void {
    if (this.view.confirmingSolution) {
      this.update({ confirmingSolution: false });
      this.controller.forgetLastHistory();
      if (!/^y(es)?$/i.test(unit.trim())) return { tutor: ["Cancelled: no solution shown."] };
      this.update({ usedSolution: true });
      return { tutor: ["Reference solution (this attempt now scores 0):", ...this.attempt.solution().map((l) => `  ${l}`)] };
    }
    const cmd = tutorCommandOf(unit);
    // `exit` in a shell opened with `ip netns exec NS bash` leaves that shell, not the scenario.
    const leavesNested = cmd?.name === "quit" && this.attempt.netns() !== "";
    if (cmd && !leavesNested) return this.tutor(cmd);
    const netnsBefore = this.attempt.netns();
    const r = this.attempt.runLine(unit);
    this.opts.onEvent({ type: "save" });
    if (r.guardBroken) {
      // Whatever the command printed reaches the screen before the link dies.
      this.show({ stdout: r.stdout, stderr: r.stderr });
      this.lockout(r.guardBroken);
      return;
    }
    const tutor: string[] = [];
    // A reboot ends the SSH session; say so, or the instant prompt hides that anything happened.
    if (/^\s*reboot\s*$/.test(unit) && r.rc === 0) {
      const host = this.attempt.prompt().replace(/^[^@]*@([^:]*):.*$/, "$1");
      tutor.push(`${host} rebooted and you logged in again: what runs now is what its boot restored from disk.`);
    } else if (this.attempt.netns() !== netnsBefore) {
      // The prompt keeps the host's name inside a namespace (as on Linux): say where commands run.
      const netns = this.attempt.netns();
      tutor.push(netns === "" ? "Back in the host's own network namespace." : `Now in a shell in network namespace ${netns} (the prompt keeps the host's name, as on Linux); exit leaves it.`);
    }
    return { stdout: r.stdout, stderr: r.stderr, notices: r.notices, ...(tutor.length > 0 ? { tutor } : {}) };
  }

  private tutor(cmd: { name: string; args: string[] }): ExecOutput {
    const out: TutorOutcome = runTutorCommand(cmd, this.attempt, this.doc, this.opts.theme);
    if (this.attempt.hintsUsed() !== this.view.hintsUsed) this.update({ hintsUsed: this.attempt.hintsUsed() });
    if (out.report) this.update({ report: out.report });
    if (out.trace) this.update({ trace: out.trace });
    switch (out.action) {
      case "confirm-solution":
        this.update({ confirmingSolution: true });
        break;
      case "reset":
        this.update({ report: undefined, trace: undefined });
        this.controller.refreshPrompt();
        this.opts.onEvent({ type: "save" });
        break;
      case "quit":
        this.opts.onEvent({ type: "quit" });
        break;
      case "lesson":
        this.opts.onEvent({ type: "lesson", id: this.doc.lessons[0]! });
        break;
      case "finish":
        this.opts.onEvent({ type: "finish" });
        break;
    }
    return { tutor: out.lines };
  }

  private lockout(g: GuardBreak): void {
    this.controller.print(`${g.disconnect ?? DEFAULT_DISCONNECT}\n`, "stderr");
    this.controller.freeze();
    this.update({ lockout: g });
  }

  private openConsole(): void {
    const penalty = this.attempt.useConsole();
    this.update({ lockout: undefined, consoleUses: this.view.consoleUses + 1 });
    this.controller.unfreeze();
    this.controller.printLines([`Connected through the out-of-band console (−${penalty} points). The rule that locked you out is still there: fix it from here.`], "tutor");
    this.controller.refreshPrompt();
  }

  private resetAfterLockout(): void {
    this.attempt.reset();
    this.update({ lockout: undefined, report: undefined, trace: undefined });
    this.controller.unfreeze();
    this.controller.printLines(["The world is back to its starting state; your SSH session is reconnected."], "tutor");
    this.controller.refreshPrompt();
    this.opts.onEvent({ type: "save" });
  }
}
