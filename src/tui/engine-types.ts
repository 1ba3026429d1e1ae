// What the TUI needs from the engine, as types only. Screens depend on these, never on
// src/scenario, src/grader or src/shell directly; engine-adapter.ts is the one module that
// implements them on the real engine, fake-engine.ts on a toy one for tests.

import type { CompletionSource } from "./terminal/completion.js";

export type Level = "beginner" | "intermediate" | "advanced";

export interface LessonSummary {
  id: string;
  title: string;
  minutes: number;
  /** Scenario that practises the lesson. */
  practice?: string;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  level: Level;
  minutes: number;
  summary: string;
}

export interface CatalogueView {
  lessons: LessonSummary[];
  scenarios: ScenarioSummary[];
  /** Scenario files that failed to load, as "file:line:col: message". */
  problems: string[];
}

export interface LessonDoc extends LessonSummary {
  /** Markdown body; ```predict fences are exercises (see tui/markdown/exercise.ts). */
  markdown: string;
  /** Exercises from the lesson's front matter, shown after the text. */
  exercises?: ExerciseSpec[];
}

export interface QuestionView {
  text: string;
  choices: string[];
}

export interface CheckpointView {
  id: string;
  title: string;
  points: number;
  /** Multiple-choice checkpoints are answered with `answer ID LETTER`. */
  question?: QuestionView;
}

export interface ScenarioDoc extends ScenarioSummary {
  briefing: string;
  lessons: string[];
  checkpoints: CheckpointView[];
  hintCount: number;
  consolePenalty: number;
}

export interface GuardBreak {
  id: string;
  /** Which rule dropped the keystroke's packet, in plain words. */
  explanation: string;
  /** What the SSH client prints (default "client_loop: send disconnect: Broken pipe"). */
  disconnect?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  rc: number;
  guardBroken?: GuardBreak;
  /** What daemons did meanwhile (kube-proxy replacing the learner's edits on a resync). */
  notices?: string[];
}

export interface CheckpointResult {
  id: string;
  title: string;
  passed: boolean;
  points: number;
  earned: number;
  /** One line per reason, drawn from the probes (which hook, chain and rule decided). */
  details: string[];
}

export interface CheckReport {
  score: number;
  max: number;
  checkpoints: CheckpointResult[];
}

export interface HintResult {
  text: string;
  cost: number;
  /** 1-based number of this hint, and how many there are. */
  index: number;
  total: number;
}

export interface TraceStep {
  hook: string;
  table: string;
  chain: string;
  /** The rule that decided, in iptables -S form, or "policy ACCEPT". */
  rule?: string;
  verdict?: string;
  /** NAT applied here, e.g. "DNAT 10.96.0.10:80 → 10.244.1.5:8080". */
  nat?: string;
  packetsBefore?: number;
  packetsAfter?: number;
}

export interface PacketTrace {
  /** The probe as typed, e.g. "probe tcp 10.0.0.1 22". */
  probe: string;
  steps: TraceStep[];
  outcome: string;
}

export interface Attempt {
  /** The shell prompt for the namespace and directory the learner is in: "root@node:~# ". */
  prompt(): string;
  /** The network namespace of a nested shell (`ip netns exec NS bash`), "" on the host. */
  netns(): string;
  /** Ids of the guards broken so far in this attempt (saved, since undo keeps them). */
  brokenGuards(): string[];
  runLine(unit: string): RunResult;
  check(): CheckReport;
  /** The next hint, or undefined when all were shown. */
  hint(): HintResult | undefined;
  hintsUsed(): number;
  /** The packet path of the last probe (or of `probe` given as text); a string is an error. */
  trace(probe?: string): PacketTrace | string;
  /** Reverts the last command's effect; false when there is nothing to undo. */
  undo(): boolean;
  reset(): void;
  /** The reference solution; from now on the attempt scores 0. */
  solution(): string[];
  /** Restores access through the out-of-band console after a lockout; returns the penalty. */
  useConsole(): number;
  /** Records an answer; a string is a message to show as is (recorded, or a usage error). */
  answer(checkpointId: string, letter: string): { correct: boolean; explanation?: string } | string;
  /** Commands that rebuild the current world when replayed (saved for "continue"). */
  commandLog(): string[];
  completion: CompletionSource;
}

export interface ExerciseSpec {
  /** The small world's setup script (the lesson's `world`), run before `setup`. */
  world?: string;
  question: string;
  choices: string[];
  answer: string;
  setup: string;
  run: string;
  explanation?: string;
}

export interface Engine {
  /** Loads what attempts and exercises need; call (and await) before startAttempt/runExercise. */
  prepare?(): Promise<void>;
  catalogue(): CatalogueView;
  lesson(id: string): LessonDoc | undefined;
  scenario(id: string): ScenarioDoc | { error: string };
  /**
   * A fresh attempt; `replay` re-runs a saved command log silently first, and `hintsUsed`
   * carries over hints already taken (their cost stays paid when the learner continues).
   */
  startAttempt(id: string, replay?: readonly string[], restore?: { hintsUsed?: number; brokenGuards?: readonly string[] }): Attempt;
  /** Runs an exercise's setup and commands in a small fresh world: what the kernel did. */
  runExercise(ex: ExerciseSpec): { transcript: string };
}
