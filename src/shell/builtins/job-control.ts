// jobs, wait, fg, bg and disown over the job table of jobs.ts. A `bash -c` shell has no job
// control: fg and bg refuse, and jobs that ended vanish from `jobs` without a Done line.
import { fail, type BuiltinCall } from "./call.js";
import { ambiguousJobSpec, findJob, flushBackground, jobByPid, jobsInTable, runDeferred, type Job } from "../jobs.js";
import { waitFor } from "../deadline.js";
import { SIGNAL_NAMES } from "./signals.js";
import { errorPrefix } from "../state.js";

/** How bash describes a job a signal ended (strsignal's words). */
const SIGNAL_WORDS: Record<string, string> = {
  HUP: "Hangup", INT: "Interrupt", QUIT: "Quit", ILL: "Illegal instruction", TRAP: "Trace/breakpoint trap",
  ABRT: "Aborted", BUS: "Bus error", FPE: "Floating point exception", KILL: "Killed", USR1: "User defined signal 1",
  SEGV: "Segmentation fault", USR2: "User defined signal 2", PIPE: "Broken pipe", ALRM: "Alarm clock", TERM: "Terminated",
};

/** The line listing a job: `[1]+  Running                 sleep 1 &`. */
function jobLine(job: Job, mark: string, withPid: boolean): string {
  const pid = withPid ? `${String(job.pid).padStart(5)} ` : " ";
  return `[${job.number}]${mark} ${pid}${"Running".padEnd(24)}${job.text} &\n`;
}

function marks(table: Job[]): Map<Job, string> {
  const sorted = [...table].sort((a, b) => a.number - b.number);
  const m = new Map<Job, string>(sorted.map((j) => [j, " "]));
  if (sorted.length) m.set(sorted[sorted.length - 1]!, "+");
  if (sorted.length > 1) m.set(sorted[sorted.length - 2]!, "-");
  return m;
}

/** jobs [-lprs] [JOBSPEC…] */
export function jobs(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  let pidsOnly = false;
  let withPid = false;
  let stoppedOnly = false;
  while (args[0]?.startsWith("-") && args[0] !== "-") {
    const word = args.shift()!;
    if (word === "--") break;
    for (const c of word.slice(1)) {
      if (c === "p") pidsOnly = true;
      else if (c === "l") withPid = true;
      else if (c === "s") stoppedOnly = true;
      else if (c !== "r" && c !== "n") {
        fail(b, `jobs: -${c}: invalid option`, 2);
        b.io.err.push("jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n");
        return 2;
      }
    }
  }
  flushBackground(b.state);
  const table = jobsInTable(b.state);
  const mark = marks(table);
  const show = (job: Job) => {
    if (stoppedOnly) return;
    b.io.out.push(pidsOnly ? `${job.pid}\n` : jobLine(job, mark.get(job)!, withPid));
  };
  if (args.length === 0) {
    [...table].sort((x, y) => x.number - y.number).forEach(show);
    return 0;
  }
  let rc = 0;
  for (const spec of args) {
    const asSpec = spec.startsWith("%") ? spec : `%${spec}`;
    const job = findJob(b.state, asSpec);
    if (job) show(job);
    else {
      if (ambiguousJobSpec(b.state, asSpec)) fail(b, `jobs: ${asSpec.slice(1)}: ambiguous job spec`);
      rc = fail(b, `jobs: ${spec}: no such job`);
    }
  }
  return rc;
}

/** Waits for one job: the clock moves on to its end; a job a signal ended is reported (but not INT, PIPE or TERM). */
function collect(b: BuiltinCall, job: Job): number {
  runDeferred(b.state, [job], true);
  const now = b.state.world.clock;
  if (job.finishAt > now) waitFor(b.state.world, job.finishAt - now);
  flushBackground(b.state);
  job.reaped = true;
  const name = job.signal === undefined ? undefined : SIGNAL_NAMES.get(job.signal);
  if (name && name !== "INT" && name !== "PIPE" && name !== "TERM") {
    const word = SIGNAL_WORDS[name] ?? `Signal ${job.signal}`;
    b.io.err.push(`${errorPrefix(b.state, b.line)}${String(job.pid).padStart(5)} ${word.padEnd(24)}${job.text}\n`);
  }
  return job.rc;
}

/** wait [-n] [PID|JOBSPEC…] */
export function wait(b: BuiltinCall): number {
  flushBackground(b.state);
  const args = b.argv.slice(1);
  const state = b.state;
  const own = state.jobs ?? [];
  // -f (wait for the end, not a stop) changes nothing here; -p VAR names the job -n collected
  let next1 = false;
  let pidVar: string | undefined;
  while (/^-[fnp]+$/.test(args[0] ?? "")) {
    const opt = args.shift()!;
    if (opt.includes("n")) next1 = true;
    if (opt.includes("p")) pidVar = args.shift();
  }
  if (next1) {
    const named = args.map((a) => {
      const job = a.startsWith("%") ? findJob(state, a) : jobByPid(state, Number(a));
      if (!job) fail(b, `wait: ${a}: no such job`, 127);
      return job;
    });
    const candidates = args.length ? named : own;
    runDeferred(state, candidates.filter((j): j is Job => j !== undefined), true);
    const next = candidates.filter((j): j is Job => j !== undefined && !j.reaped).sort((x, y) => x.finishAt - y.finishAt)[0];
    if (!next) return 127;
    if (pidVar) state.vars[pidVar] = String(next.pid);
    return collect(b, next);
  }
  if (args.length === 0) {
    const running = own.filter((j) => !j.reaped);
    runDeferred(state, running, true);
    const last = Math.max(state.world.clock, ...running.map((j) => j.finishAt));
    if (last > state.world.clock) waitFor(state.world, last - state.world.clock);
    for (const job of running) collect(b, job);
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    const job = arg.startsWith("%") ? findJob(state, arg) : /^[0-9]+$/.test(arg) ? jobByPid(state, Number(arg)) : undefined;
    if (job) rc = collect(b, job);
    else if (arg.startsWith("%")) rc = fail(b, `wait: ${arg}: no such job`, 127);
    else if (/^[0-9]+$/.test(arg)) rc = fail(b, `wait: pid ${arg} is not a child of this shell`, 127);
    else rc = fail(b, `wait: \`${arg}': not a pid or valid job spec`);
  }
  return rc;
}

/** fg / bg: a `bash -c` shell has no job control; an interactive one brings the job to the foreground. */
export function foreground(b: BuiltinCall): number {
  const name = b.argv[0]!;
  if (b.state.scriptMode) return fail(b, `${name}: no job control`);
  const spec = b.argv[1] ?? "%+";
  const job = findJob(b.state, spec);
  if (!job) return fail(b, `${name}: ${b.argv[1] ?? "current"}: no such job`);
  if (name === "bg") return fail(b, `bg: job ${job.number} already in background`, 0);
  b.io.out.push(`${job.text}\n`);
  return collect(b, job);
}

/**
 * disown [-h] [-ar] [JOBSPEC|PID…]: takes jobs out of the table (-h only marks them); `long-job &
 * disown` is how guides leave a program running.
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
  const table = jobsInTable(b.state);
  const drop = (job: Job) => {
    if (!markOnly) job.reaped = true;
  };
  if (args.length === 0 && (all || runningOnly)) {
    table.forEach(drop);
    return 0;
  }
  if (args.length === 0) {
    const current = findJob(b.state, "%+");
    if (!current) return fail(b, "disown: current: no such job");
    drop(current);
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    const job = arg.startsWith("%") ? findJob(b.state, arg) : /^[0-9]+$/.test(arg) ? table.find((j) => j.pid === Number(arg)) : undefined;
    if (job) drop(job);
    else rc = fail(b, `disown: ${arg}: no such job`);
  }
  return rc;
}
