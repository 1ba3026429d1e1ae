// Linux's signal numbers and names as bash lists them (trap -l, kill -l), and `kill`.
import { fail, type BuiltinCall } from "./call.js";
import { ExitSignal } from "../state.js";
import { findJob, jobByPid, signalJob, type Job } from "../jobs.js";

const STANDARD = [
  "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
  "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
];

/** Number → name without SIG (1…31, then 34…64 as RTMIN+n / RTMAX-n; glibc keeps 32 and 33). */
export const SIGNAL_NAMES = new Map<number, string>();
STANDARD.forEach((name, i) => SIGNAL_NAMES.set(i + 1, name));
for (let n = 34; n <= 64; n++) SIGNAL_NAMES.set(n, n <= 49 ? (n === 34 ? "RTMIN" : `RTMIN+${n - 34}`) : n === 64 ? "RTMAX" : `RTMAX-${64 - n}`);

/** A signal's number from 15, TERM, SIGTERM or sigterm; undefined when there is none. */
export function signalNumber(spec: string): number | undefined {
  if (/^[0-9]+$/.test(spec)) {
    const n = Number(spec);
    return n === 0 || SIGNAL_NAMES.has(n) ? n : undefined;
  }
  const name = spec.toUpperCase().replace(/^SIG/, "");
  for (const [n, known] of SIGNAL_NAMES) if (known === name) return n;
  return undefined;
}

/** `trap -l` / `kill -l`: five numbered names a line, each followed by a tab. */
export function signalTable(): string {
  let out = "";
  let column = 0;
  for (const [n, name] of SIGNAL_NAMES) {
    out += `${String(n).padStart(2)}) SIG${name}\t`;
    if (++column === 5) {
      out = out.slice(0, -1) + "\n";
      column = 0;
    }
  }
  return column ? out + "\n" : out;
}

/** What $$ is in the tutor's shells. */
const SHELL_PID = "1";
/** Signals whose default action leaves a process running. */
const IGNORED_BY_DEFAULT = new Set([0, 17, 18, 19, 20, 21, 22, 23, 28]);

/** kill $$: the shell's trap for the signal runs; without one, most signals end the shell (128+N). */
function signalShell(b: BuiltinCall, signal: number): number {
  if (signal === 0) return 0;
  const action = signal === 9 || signal === 19 ? undefined : b.state.traps?.[`SIG${SIGNAL_NAMES.get(signal)}`];
  if (action !== undefined) {
    const saved = b.state.lastRc;
    if (action !== "") b.runSource(b.state, action, b.io);
    b.state.lastRc = saved;
    return 0;
  }
  if (IGNORED_BY_DEFAULT.has(signal)) return 0;
  throw new ExitSignal(128 + signal);
}

/** A signal to a job still running (kill 0 only checks that it is there). */
function signalRunningJob(b: BuiltinCall, job: Job, signal: number): void {
  if (!IGNORED_BY_DEFAULT.has(signal)) signalJob(b.state, job, signal);
}

/** kill [-s SIG | -SIG] PID|%JOB… and kill -l [N…]; other pids are "No such process". */
export function kill(b: BuiltinCall): number {
  let args = b.argv.slice(1);
  if (args[0] === "-l" || args[0] === "-L") {
    if (args.length === 1) {
      b.io.out.push(signalTable());
      return 0;
    }
    let rc = 0;
    for (const spec of args.slice(1)) {
      const n = signalNumber(spec);
      // a number names the signal, a name gives its number (an exit status above 128 names its signal)
      const byStatus = /^[0-9]+$/.test(spec) && Number(spec) > 128 ? signalNumber(String(Number(spec) - 128)) : undefined;
      if (/^[0-9]+$/.test(spec) && (n !== undefined || byStatus !== undefined)) b.io.out.push(`${SIGNAL_NAMES.get(byStatus ?? n!) ?? "0"}\n`);
      else if (!/^[0-9]+$/.test(spec) && n !== undefined) b.io.out.push(`${n}\n`);
      else rc = fail(b, `kill: ${spec}: invalid signal specification`);
    }
    return rc;
  }
  let signal = 15;
  if (args[0] === "-s" || args[0] === "-n") {
    if (args[1] === undefined) return fail(b, `kill: ${args[0]}: option requires an argument`, 2);
    if (signalNumber(args[1]) === undefined) return fail(b, `kill: ${args[1]}: invalid signal specification`);
    signal = signalNumber(args[1])!;
    args = args.slice(2);
  } else if (args[0]?.startsWith("-") && args[0] !== "--" && !/^-[0-9]+$/.test(args[0]) ? signalNumber(args[0].slice(1)) === undefined : false) {
    return fail(b, `kill: ${args[0].slice(1)}: invalid signal specification`);
  } else if (args[0]?.startsWith("-")) {
    if (args[0] !== "--") signal = signalNumber(args[0].slice(1)) ?? signal;
    args = args.slice(1);
  }
  if (args.length === 0) {
    b.io.err.push("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n");
    return 2;
  }
  let rc = 0;
  for (const target of args) {
    if (target === SHELL_PID) rc = signalShell(b, signal);
    else if (/^%/.test(target)) {
      const job = findJob(b.state, target);
      if (job) signalRunningJob(b, job, signal);
      else rc = fail(b, `kill: ${target}: no such job`);
    } else if (/^-?[0-9]+$/.test(target)) {
      const job = jobByPid(b.state, Number(target));
      if (job && !job.reaped && job.finishAt >= b.state.world.clock) signalRunningJob(b, job, signal);
      else rc = fail(b, `kill: (${target}) - No such process`);
    }
    else rc = fail(b, `kill: ${target}: arguments must be process or job IDs`);
  }
  return rc;
}
