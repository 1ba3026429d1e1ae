// One learner's attempt at a scenario: the world, the terminal, guards checked after every
// command, answers to question checkpoints, hints taken and the score they cost.
import type { World } from "../net/types.js";
import type { Scenario } from "../scenario/schema.js";
import type { CommandResult } from "../shell/types.js";
import { bootWorld, rebootWorld, type BootLog } from "./boot.js";
import { gradeAll, type CheckpointResult } from "./grade.js";
import { kubeTick } from "../kube/tick.js";
import { takeKubeNotices } from "../kube/kube-proxy-command.js";
import { checkGuard, openConnections } from "./guards.js";
import { argvRunner, shellOn, type ShellRunner } from "./shell-adapter.js";

export interface TranscriptEntry extends CommandResult {
  cmd: string;
}

export interface GuardBreak {
  id: string;
  /** Index (0-based) of the command after which the guard broke. */
  broken_at: number;
  explanation: string;
}

export interface LineResult extends CommandResult {
  /** Set when this command broke a guard (the learner is now "locked out"). */
  guardBroken?: GuardBreak;
}

export interface Report {
  scenario: string;
  score: number;
  max: number;
  passed: boolean;
  checkpoints: CheckpointResult[];
  guards: { id: string; broken_at: number }[];
  hints_used: number;
  solution_revealed: boolean;
  console_used: boolean;
  transcript: TranscriptEntry[];
}

export class Attempt {
  world: World;
  readonly bootLog: BootLog = { failures: [] };
  readonly transcript: TranscriptEntry[] = [];
  readonly breaks: GuardBreak[] = [];
  readonly answers: Record<string, string> = {};
  hintsUsed = 0;
  solutionRevealed = false;
  /** The learner kept going on the out-of-band console after a lockout. */
  consoleUsed = false;
  private shell: ShellRunner;
  /** The namespace of a nested shell (`ip netns exec NS bash`); "" on the host itself. */
  netns = "";
  /** Namespaces of the shells a nested `exit` returns to. */
  private outer: string[] = [];

  /**
   * `mode` "script" words errors like the oracle's `bash -c` (for `nettutor exec --scenario`);
   * the tutor uses an interactive shell.
   */
  constructor(
    readonly scenario: Scenario,
    private readonly mode: "interactive" | "script" = "interactive",
  ) {
    this.world = bootWorld(scenario, {}, this.bootLog);
    openConnections(this.world, scenario);
    this.shell = shellOn(this.world, "", mode);
  }

  /** The terminal's working directory. */
  get cwd(): string {
    return this.shell.cwd;
  }

  /** A guard is broken and the learner has not moved to the console yet. */
  get lockedOut(): GuardBreak | undefined {
    return this.consoleUsed ? undefined : this.breaks[0];
  }

  /** Run one command line (tutor commands `answer` and `reboot` included). */
  run(line: string): LineResult {
    const result = this.dispatch(line.trim());
    // Daemons catch up with the clock after every command (kube-proxy's periodic sync).
    kubeTick(this.world, argvRunner(this.world));
    const index = this.transcript.length;
    this.transcript.push({ cmd: line, ...result });
    const broken = this.checkGuards(index);
    return broken ? { ...result, guardBroken: broken } : result;
  }

  private dispatch(line: string): CommandResult {
    const words = line.split(/\s+/);
    if (words[0] === "answer") return this.answer(words.slice(1));
    // An interactive shell inside a namespace: later lines run there until `exit`.
    const nested = /^ip\s+netns\s+exec\s+(\S+)\s+(?:\/bin\/|\/usr\/bin\/)?(?:bash|sh)$/.exec(line);
    // (A script's `bash` reads /dev/null and returns at once, as `nettutor exec` must show.)
    if (nested && this.mode === "interactive" && this.world.namespaces[nested[1]!] && nested[1] !== "") {
      this.outer.push(this.netns);
      this.netns = nested[1]!;
      this.shell = shellOn(this.world, this.netns, this.mode);
      return { stdout: "", stderr: "", rc: 0 };
    }
    if ((line === "exit" || line === "logout") && this.outer.length > 0) {
      this.netns = this.outer.pop()!;
      this.shell = shellOn(this.world, this.netns, this.mode);
      return { stdout: "", stderr: "", rc: 0 };
    }
    if (words[0] === "reboot" && words.length === 1) {
      const log: BootLog = { failures: [] };
      this.world = rebootWorld(this.scenario, this.world, log);
      openConnections(this.world, this.scenario);
      this.shell = shellOn(this.world, "", this.mode);
      this.netns = "";
      this.outer = [];
      // A saved rule file that does not load fails silently at boot on a real host (the
      // journal has it); here the learner sees it at once.
      const persisted = log.failures.filter((f) => f.cmd.includes("/etc/iptables/"));
      const stderr = persisted.map((f) => `boot: ${f.cmd} failed (exit ${f.rc}): ${f.stderr.trim()}\n`).join("");
      return { stdout: "", stderr, rc: 0 };
    }
    return this.shell.run(line);
  }

  private answer(args: string[]): CommandResult {
    const [id, choice] = args;
    const cp = this.scenario.checkpoints.find((c) => c.id === id && c.question);
    if (!cp || !choice) {
      const ids = this.scenario.checkpoints.filter((c) => c.question).map((c) => c.id);
      const usage = ids.length ? `questions here: ${ids.join(", ")}` : "this scenario has no questions";
      return { stdout: "", stderr: `answer: usage: answer ID LETTER (${usage})\n`, rc: 2 };
    }
    const letter = choice.toLowerCase();
    const index = letter.charCodeAt(0) - 97;
    if (letter.length !== 1 || index < 0 || index >= cp.question!.choices.length) {
      return { stdout: "", stderr: `answer: choose a letter from a to ${String.fromCharCode(96 + cp.question!.choices.length)}\n`, rc: 2 };
    }
    this.answers[cp.id] = letter;
    return { stdout: `Answer ${letter} recorded for ${cp.id}.\n`, stderr: "", rc: 0 };
  }

  private checkGuards(index: number): GuardBreak | undefined {
    let first: GuardBreak | undefined;
    for (const guard of this.scenario.guards) {
      if (this.breaks.some((b) => b.id === guard.id)) continue;
      const conn = this.scenario.world.connections.find((c) => c.id === guard.connection)!;
      const verdict = checkGuard(this.world, conn);
      if (verdict.ok) continue;
      const brk = { id: guard.id, broken_at: index, explanation: verdict.explanation };
      this.breaks.push(brk);
      first ??= brk;
    }
    return first;
  }

  /** Messages from daemons that changed the learner's rules (kube-proxy resyncs). */
  takeNotices(): string[] {
    return takeKubeNotices(this.world);
  }

  /** Continue on the out-of-band console after a lockout (costs the scenario's console penalty). */
  useConsole(): void {
    this.consoleUsed = true;
  }

  /** The next hint, or undefined when none is left. Each costs its points. */
  takeHint(): { text: string; cost: number; number: number } | undefined {
    const hint = this.scenario.hints[this.hintsUsed];
    if (!hint) return undefined;
    this.hintsUsed++;
    return { ...hint, number: this.hintsUsed };
  }

  revealSolution(): string {
    this.solutionRevealed = true;
    return this.scenario.solution;
  }

  grade(): Report {
    const brokenGuards = Object.fromEntries(this.breaks.map((b) => [b.id, b.broken_at]));
    const checkpoints = gradeAll({ scenario: this.scenario, world: this.world, brokenGuards, answers: this.answers });
    const max = checkpoints.reduce((s, c) => s + c.points, 0);
    const earned = checkpoints.reduce((s, c) => s + c.earned, 0);
    const hintCost = this.scenario.hints.slice(0, this.hintsUsed).reduce((s, h) => s + h.cost, 0);
    const penalty = this.breaks.length > 0 ? this.scenario.console_penalty : 0;
    const score = this.solutionRevealed ? 0 : Math.max(0, earned - hintCost - penalty);
    return {
      scenario: this.scenario.id,
      score,
      max,
      passed: checkpoints.every((c) => c.passed),
      checkpoints,
      guards: this.breaks.map((b) => ({ id: b.id, broken_at: b.broken_at })),
      hints_used: this.hintsUsed,
      solution_revealed: this.solutionRevealed,
      console_used: this.consoleUsed,
      transcript: this.transcript,
    };
  }
}
