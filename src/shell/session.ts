// A shell session: one world, the namespace the user's terminal is in, variables, aliases, cwd
// and the last exit status. run() takes one input (a line, or a block with heredoc bodies).
import { BASH_OWN_VARS, BASH_VERSINFO } from "./new-process.js";
import type { World } from "../net/types.js";
import type { CommandResult } from "./types.js";
import { flushExecPipes, runSource, type Io } from "./interpreter.js";
import { ExitSignal, exportedEnv, ReturnSignal, type ShellState } from "./state.js";
import { runExitTrap } from "./builtins/traps.js";
import { execTail } from "./shell-level.js";
import { dropBackground, flushBackground, startLine } from "./jobs.js";
import { seedFiles } from "./vfs.js";
import { KillSignal } from "./deadline.js";
import { nameTable } from "../name-table.js";

export interface SessionOptions {
  netns?: string;
  cwd?: string;
  /** Exported environment (defaults to run-real's: HOME, PATH, LANG, LC_ALL, USER). */
  env?: Record<string, string>;
  /**
   * "interactive": messages like an interactive bash (`bash: foo: command not found`);
   * "script": like `bash -c` run by the oracle (`/bin/bash: line 1: foo: command not found`).
   */
  mode?: "interactive" | "script";
  /** Seed /etc and friends into the world's files (default true). */
  seed?: boolean;
}

export const DEFAULT_ENV: Readonly<Record<string, string>> = {
  PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  HOME: "/root",
  LC_ALL: "C",
  LANG: "C",
  USER: "root",
};


export class Session {
  readonly state: ShellState;
  /** Set once `exit` ran. */
  exited = false;

  constructor(
    readonly world: World,
    options: SessionOptions = {},
  ) {
    if (options.seed ?? true) seedFiles(world);
    const script = options.mode === "script";
    // (a learner's terminal has a TERM; a case runs as run-real's commands do, without one)
    const env = { ...(options.env ?? (script ? DEFAULT_ENV : { ...DEFAULT_ENV, TERM: "xterm-256color" })) };
    const cwd = options.cwd ?? (script ? "/tmp" : "/root");
    this.state = {
      world,
      netns: options.netns ?? "",
      cwd,
      // bash gives itself SHELL and TERM (dumb) when the environment lacks them, without exporting them
      vars: nameTable({ ...BASH_OWN_VARS, HOSTNAME: world.hostname, SHELL: "/bin/bash", TERM: "dumb", BASH: "/bin/bash", _: "/bin/bash", ...env, PWD: cwd }),
      arrays: nameTable({ BASH_VERSINFO: [...BASH_VERSINFO] }),
      // (bash exports SHLVL, which it sets itself)
      exported: new Set([...Object.keys(env), "PWD", "SHLVL"]),
      integers: new Set(["OPTIND"]),
      aliases: nameTable(),
      functions: nameTable(),
      positional: [],
      callDepth: 0,
      history: [],
      options: new Set(),
      lastRc: 0,
      shellName: script ? "/bin/bash" : "bash",
      scriptMode: script,
    };
  }

  get netns(): string {
    return this.state.netns;
  }
  set netns(name: string) {
    this.state.netns = name;
  }
  get cwd(): string {
    return this.state.cwd;
  }
  get env(): Record<string, string> {
    return exportedEnv(this.state);
  }
  get aliases(): Record<string, string> {
    return this.state.aliases;
  }
  get lastStatus(): number {
    return this.state.lastRc;
  }

  /** Runs one input (stdin is empty, like /dev/null) and returns what it printed. */
  run(input: string, stdin = ""): CommandResult {
    const io: Io = { stdin, out: [], err: [] };
    // `exec >FILE` swaps io.out for the rest of the input; what came before is still printed
    const { out, err } = io;
    startLine(this.state, io);
    if (!this.state.scriptMode && input.trim() !== "") this.state.history.push(input);
    let rc: number;
    try {
      // (run-real's lines are `bash -c LINE`: its last command may replace the shell, shell-level.ts)
      if (this.state.scriptMode) Object.assign(this.state, { execTail: execTail(input), executionString: input });
      rc = runSource(this.state, input, io);
    } catch (e) {
      if (e instanceof ReturnSignal) rc = e.rc;
      else if (e instanceof KillSignal) {
        // killed by the time limit: no EXIT trap runs
        this.state.lastRc = e.rc;
        return { stdout: out.join(""), stderr: err.join(""), rc: e.rc };
      }
      else if (e instanceof ExitSignal) {
        rc = e.rc;
        this.exited = true;
      } else throw e;
    }
    // a script's shell ends after its input (an interactive one at `exit`): the EXIT trap runs then
    if (this.state.scriptMode || this.exited) rc = runExitTrap(this.state, io, rc, (src) => runSource(this.state, src, io));
    flushExecPipes(this.state);
    this.state.execPipes = undefined;
    // what background jobs printed by now arrives last; a `bash -c` shell's later output is lost
    if (this.state.scriptMode) dropBackground(this.state);
    else flushBackground(this.state);
    this.state.lastRc = rc;
    return { stdout: out.join(""), stderr: err.join(""), rc };
  }
}
