// `cmd &`: background jobs. The tutor runs a job to its end at once, in a subshell, on a clock of
// its own: the world clock is put back afterwards, and the job remembers when it would finish and
// when each piece of its output was written. The shell then sees the job as bash would: `jobs`
// lists it as Running until the foreground's clock passes its end, `kill %1` stops it there (its
// later output is dropped, its status becomes 128+N), `wait` moves the clock on to its end, and
// what it printed shows once the foreground's clock has reached it (builtins like echo run before
// a forked job gets going, so output is shown before and after programs and at `wait`). What a
// job would print after a `bash -c` shell has exited is lost, as the oracle reads the output then.
import type { AndOr } from "./ast.js";
import type { Io } from "./redirects.js";
import { ExitSignal, forkState, type ShellState } from "./state.js";
import { KillSignal, deadlineOf, setDeadline } from "./deadline.js";
import { jobText } from "./print-command.js";
import { leadingSleepMs } from "./job-delay.js";

export interface Job {
  pid: number;
  /** [N] in `jobs`: one more than the highest number still in the table when it started. */
  number: number;
  rc: number;
  /** The command as `jobs` shows it (without the `&`). */
  text: string;
  /** World clock (ms) when the job ends; Infinity when it outlasts the time the line has. */
  finishAt: number;
  /** Its status was collected by `wait`, or it was disowned. */
  reaped: boolean;
  /** The signal that ended it (kill). */
  signal?: number;
  /** The background job that started this one, if any. */
  owner?: Job;
  /** World clock when it started. */
  startedAt?: number;
  /** Runs the job: it starts with a sleep and has not been run yet (job-delay.ts). */
  deferred?: () => void;
}

/** Runs a job whose leading sleep the shell's clock has passed, or any such job when `all` (wait, exit). */
export function runDeferred(state: ShellState, jobs: Job[], all: boolean): void {
  for (const job of jobs) {
    if (!job.deferred || job.reaped || (!all && job.finishAt > state.world.clock)) continue;
    const start = job.deferred;
    job.deferred = undefined;
    start();
  }
}

function ownJobs(state: ShellState): Job[] {
  return state.jobs?.length ? state.jobs : (state.inheritedJobs ?? []);
}

interface Chunk {
  job: Job;
  at: number;
  /** Where it goes: a stream, or the terminal (whichever input line is running when it shows). */
  target: string[] | "out" | "err";
  text: string;
}

/** Output of jobs not shown yet, shared by a shell and its subshells. */
export interface PendingOutput {
  chunks: Chunk[];
  /** The streams of the input line the session runs now. */
  line?: { out: string[]; err: string[] };
}

/** A session starts an input line: what jobs print to the terminal from now on shows in its output. */
export function startLine(state: ShellState, io: Io): void {
  (state.pendingOutput ??= { chunks: [] }).line = { out: io.out, err: io.err };
}

/** The terminal's streams stand for whatever line is running when the output shows. */
function targetOf(pending: PendingOutput, stream: string[]): Chunk["target"] {
  return stream === pending.line?.out ? "out" : stream === pending.line?.err ? "err" : stream;
}

/** How long a job may run when the shell has no time limit (the tutor's own terminal). */
const UNLIMITED_JOB_MS = 3600_000;

/** A stream of the job that notes the job's clock at each write. */
function timedStream(state: ShellState, job: Job, writesTo: string[], pending: PendingOutput): string[] {
  const stream: string[] = [];
  const target = targetOf(pending, writesTo);
  stream.push = (...items: string[]) => {
    for (const text of items) if (text) pending.chunks.push({ job, at: state.world.clock, target, text });
    return Array.prototype.push.apply(stream, items);
  };
  return stream;
}

export function runBackground(state: ShellState, andOr: AndOr, io: Io, run: (sub: ShellState, list: AndOr[], io: Io) => number): number {
  const pending = (state.pendingOutput ??= { chunks: [] });
  const world = state.world;
  const table = (state.jobs ??= []);
  const now = world.clock;
  const number = Math.max(0, ...jobsInTable(state).map((j) => j.number)) + 1;
  const sub = forkState(state);
  // (bash's pids are the kernel's; a case can only check that $! is a number)
  const job: Job = { pid: sub.bashPid!, number, rc: 0, text: jobText(andOr), finishAt: now, reaped: false, owner: state.currentJob };
  sub.jobs = [];
  sub.inheritedJobs = undefined;
  sub.currentJob = job;
  if (!andOr.rest.length && andOr.first.cmds.length === 1 && andOr.first.cmds[0]!.kind === "simple") sub.subshell = state.subshell;
  // a job of a non-interactive shell reads /dev/null
  const jobIo: Io = { stdin: "", out: timedStream(state, job, io.out, pending), err: [] };
  jobIo.err = io.err === io.out ? jobIo.out : timedStream(state, job, io.err, pending);
  job.startedAt = now;
  const start = () => {
    // the job runs on its own clock, from when it started
    const foreground = world.clock;
    const lineDeadline = deadlineOf(world);
    world.clock = now;
    setDeadline(world, lineDeadline ?? now + UNLIMITED_JOB_MS);
    try {
      job.rc = run(sub, [{ ...andOr, background: false }], jobIo);
      job.finishAt = world.clock;
    } catch (e) {
      if (e instanceof ExitSignal) {
        job.rc = e.rc;
        job.finishAt = world.clock;
      } else if (e instanceof KillSignal) job.finishAt = Infinity;
      else throw e;
    } finally {
      world.clock = foreground;
      setDeadline(world, lineDeadline);
    }
  };
  const delay = leadingSleepMs(andOr);
  if (delay > 0) {
    // (nothing happens before its sleep ends: it runs once the shell gets there, job-delay.ts)
    job.deferred = start;
    job.finishAt = now + delay;
  } else start();
  table.push(job);
  state.lastBgPid = job.pid;
  return (state.lastRc = 0);
}

/** Jobs bash still lists: started by this shell, not collected, not ended before this moment. */
export function jobsInTable(state: ShellState): Job[] {
  const now = state.world.clock;
  return ownJobs(state).filter((j) => !j.reaped && j.finishAt >= now);
}

/** The job a jobspec names (%N, %%, %+, %-, %NAME, %?TEXT), among those still in the table. */
export function findJob(state: ShellState, spec: string): Job | undefined {
  const table = jobsInTable(state).sort((a, b) => a.number - b.number);
  const body = spec.slice(1);
  if (body === "" || body === "%" || body === "+") return table[table.length - 1];
  if (body === "-") return table[table.length - 2] ?? table[table.length - 1];
  if (/^[0-9]+$/.test(body)) return table.find((j) => j.number === Number(body));
  const named = namedJobs(table, body);
  return named.length === 1 ? named[0] : undefined;
}

function namedJobs(table: Job[], body: string): Job[] {
  return body.startsWith("?") ? table.filter((j) => j.text.includes(body.slice(1))) : table.filter((j) => j.text.startsWith(body));
}

/** %NAME naming more than one job: bash says so before "no such job". */
export function ambiguousJobSpec(state: ShellState, spec: string): boolean {
  const body = spec.slice(1);
  return !/^([0-9]*|[%+-])$/.test(body) && namedJobs(jobsInTable(state), body).length > 1;
}

/** A job of this shell by pid, finished or not: bash keeps the status for `wait PID`, even a second time. */
export function jobByPid(state: ShellState, pid: number): Job | undefined {
  return ownJobs(state).find((j) => j.pid === pid);
}

/** A signal reaching a running job: it ends now with 128+N, and what it would print later never comes. */
export function signalJob(state: ShellState, job: Job, signal: number): void {
  const now = state.world.clock;
  if (job.finishAt < now || job.signal !== undefined) return;
  job.signal = signal;
  job.rc = 128 + signal;
  job.finishAt = now;
  job.deferred = undefined;
  const pending = state.pendingOutput;
  if (pending) pending.chunks = pending.chunks.filter((c) => c.job !== job || c.at <= now);
}

/** Shows what jobs have printed by now (before and after a program runs, at `wait`). */
export function flushBackground(state: ShellState): void {
  runDeferred(state, ownJobs(state), false);
  const pending = state.pendingOutput;
  if (!pending?.chunks.length) return;
  const now = state.world.clock;
  // inside a job the clock is the job's own: only the jobs it started have printed by then
  const due = pending.chunks.filter((c) => c.at <= now && c.job.owner === state.currentJob).sort((a, b) => a.at - b.at);
  if (!due.length) return;
  pending.chunks = pending.chunks.filter((c) => !due.includes(c));
  for (const { target, text } of due) {
    const stream = target === "out" ? pending.line?.out : target === "err" ? pending.line?.err : target;
    stream?.push(text);
  }
}

/** The shell exits: what its jobs print from now on goes nowhere the oracle reads. */
export function dropBackground(state: ShellState): void {
  // (a job outlives the shell: what it does still happens)
  runDeferred(state, ownJobs(state), true);
  flushBackground(state);
  if (state.pendingOutput) state.pendingOutput.chunks = [];
}
