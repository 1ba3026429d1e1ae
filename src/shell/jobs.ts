// `cmd &`: background jobs. The tutor runs a job to completion at once, in a subshell, but holds
// back what it prints until the shell would plausibly see it: the next program the shell starts
// (builtins like echo run before a forked job gets going), `wait`, or the end of the input, so
// `{ sleep 1; echo late; } & echo early; wait` prints early first, as bash does.
import type { AndOr } from "./ast.js";
import type { Io } from "./redirects.js";
import { ExitSignal, forkState, type ShellState } from "./state.js";
import { fail, type BuiltinCall } from "./builtins/call.js";

export interface Job {
  pid: number;
  rc: number;
  reaped: boolean;
}

/** Output of finished jobs not yet shown, shared by a shell and its subshells. */
export interface PendingOutput {
  chunks: { target: string[]; text: string }[];
  nextPid: number;
}

/** The first pid a job gets (bash's are the kernel's; a case can only check that $! is a number). */
const FIRST_PID = 4200;

export function runBackground(state: ShellState, andOr: AndOr, io: Io, run: (sub: ShellState, list: AndOr[], io: Io) => number): number {
  const pending = (state.pendingOutput ??= { chunks: [], nextPid: FIRST_PID });
  const sub = forkState(state);
  sub.jobs = [];
  // a job of a non-interactive shell reads /dev/null
  const jobIo: Io = { stdin: "", out: [], err: [] };
  let rc: number;
  try {
    rc = run(sub, [{ ...andOr, background: false }], jobIo);
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
    rc = e.rc;
  }
  const pid = pending.nextPid++;
  (state.jobs ??= []).push({ pid, rc, reaped: false });
  state.lastBgPid = pid;
  if (jobIo.out.length) pending.chunks.push({ target: io.out, text: jobIo.out.join("") });
  if (jobIo.err.length) pending.chunks.push({ target: io.err, text: jobIo.err.join("") });
  return (state.lastRc = 0);
}

/** Shows what finished jobs printed (before a program runs, at `wait`, at the end of the input). */
export function flushBackground(state: ShellState): void {
  const pending = state.pendingOutput;
  if (!pending?.chunks.length) return;
  for (const { target, text } of pending.chunks.splice(0)) target.push(text);
}

/** wait [-n] [PID|%N…]: the status of the job (all jobs have finished). */
export function wait(b: BuiltinCall): number {
  flushBackground(b.state);
  const jobs = b.state.jobs ?? [];
  const args = b.argv.slice(1);
  if (args[0] === "-n") {
    const next = jobs.find((j) => !j.reaped);
    if (!next) return 127;
    next.reaped = true;
    return next.rc;
  }
  if (args.length === 0) {
    for (const j of jobs) j.reaped = true;
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    const job = /^%[0-9]+$/.test(arg) ? jobs[Number(arg.slice(1)) - 1] : /^[0-9]+$/.test(arg) ? jobs.find((j) => j.pid === Number(arg)) : undefined;
    if (job) {
      job.reaped = true;
      rc = job.rc;
    } else if (arg.startsWith("%")) rc = fail(b, `wait: ${arg}: no such job`, 127);
    else if (/^[0-9]+$/.test(arg)) rc = fail(b, `wait: pid ${arg} is not a child of this shell`, 127);
    else rc = fail(b, `wait: \`${arg}': not a pid or valid job spec`);
  }
  return rc;
}

/**
 * disown [-h] [-ar] [JOBSPEC|PID…]: takes jobs out of the table (-h only marks them). The tutor's
 * jobs have finished by the time they are listed, but `long-job & disown` is how guides leave a
 * program running, so a job still in the table is found as bash finds a running one.
 */
export function disown(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  let all = false;
  let runningOnly = false;
  let markOnly = false;
  while (args[0]?.startsWith("-") && args[0] !== "-") {
    const word = args.shift()!;
    if (word === "--") break;
    for (const c of word.slice(1)) {
      if (c === "a") all = true;
      else if (c === "r") runningOnly = true;
      else if (c === "h") markOnly = true;
      else {
        fail(b, `disown: -${c}: invalid option`, 2);
        b.io.err.push("disown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n");
        return 2;
      }
    }
  }
  const jobs = (b.state.jobs ??= []);
  const drop = (job: Job) => {
    if (!markOnly) jobs.splice(jobs.indexOf(job), 1);
  };
  if (args.length === 0 && (all || runningOnly)) {
    // (-r: only running jobs, and none of the tutor's still runs)
    if (all && !runningOnly && !markOnly) jobs.length = 0;
    return 0;
  }
  if (args.length === 0) {
    const current = jobs[jobs.length - 1];
    if (!current) return fail(b, "disown: current: no such job");
    drop(current);
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    const job = /^%[0-9]+$/.test(arg) ? jobs[Number(arg.slice(1)) - 1] : /^[0-9]+$/.test(arg) ? jobs.find((j) => j.pid === Number(arg)) : undefined;
    if (job) drop(job);
    else rc = fail(b, `disown: ${arg}: no such job`);
  }
  return rc;
}
