// What a shell remembers between commands, and how it words its own errors.
import type { World } from "../net/types.js";
import type { Command } from "./ast.js";
import type { Sink } from "./redirects.js";
import type { AssocArray } from "./assoc.js";
import { nameTable } from "../name-table.js";

export interface ShellState {
  world: World;
  /** Network namespace the shell runs in ("" = the host's own). */
  netns: string;
  cwd: string;
  vars: Record<string, string>;
  /** Associative arrays (declare -A). A name is here, in arrays or in vars. */
  assoc?: Record<string, AssocArray>;
  /** Indexed arrays (`a=(x y)`); holes are allowed. A name is either here or in vars. */
  arrays?: Record<string, string[]>;
  exported: Set<string>;
  aliases: Record<string, string>;
  functions: Record<string, Command>;
  /** $1, $2 … of the running function or `bash -c` script. */
  positional: string[];
  /** How many functions are running (for `return` and the nesting limit). */
  callDepth: number;
  /** `set` options in effect: "errexit", "pipefail", "nounset", "xtrace". */
  options: Set<string>;
  /** Lines typed so far (interactive shells only, as bash keeps no history for `bash -c`). */
  history: string[];
  /** Inside `source FILE` (where `return` is allowed too). */
  sourcing?: boolean;
  lastRc: number;
  /** How bash names itself in messages: "bash" interactively, "/bin/bash" for `bash -c`. */
  shellName: string;
  /** `bash -c` style messages: runtime errors carry "line N: ", syntax errors "-c: line N: ". */
  scriptMode: boolean;
  /** One frame per running function: the values `local` saved, restored when it returns. */
  localFrames?: Map<string, string | undefined>[];
  /** How many loops enclose the running command (for `break` and `continue`). */
  loopDepth?: number;
  /** Running as Debian's /bin/sh (dash): `sh: 1: foo: not found`. */
  dash?: boolean;
  /** Names made readonly. */
  readonly?: Set<string>;
  /** Names with the integer attribute (declare -i): assignments are arithmetic. */
  integers?: Set<string>;
  /** Names declared -u (upper-case) or -l (lower-case): every value assigned is converted. */
  letterCase?: Record<string, "u" | "l">;
  /** trap actions by signal name (EXIT, SIGINT …). */
  traps?: Record<string, string>;
  /** The file creation mask (umask), 0o022 when unset. */
  umask?: number;
  /** $RANDOM after RANDOM=N: bash's own generator state and its last value (shell/random.ts). */
  bashRandom?: { seed: number; last: number };
  /** pushd's directory stack (without the current directory). */
  dirStack?: string[];
  /** Running a script file (`bash FILE`): messages read "FILE: line N: …". */
  scriptFile?: boolean;
  /** Descriptors 3 and up that `exec 3>FILE` opened (redirects.ts Sink). */
  fds?: Map<number, Sink>;
  /** How many tested commands (if/while conditions, && / || operands, `!`) enclose the running one. */
  tested?: number;
  /** The compound command whose own redirections failed last: that failure counts for set -e. */
  redirectFailed?: unknown;
  /** Command substitutions nested around the running command (set -x prints one more `+` each). */
  substDepth?: number;
  /** Line of the command being run ($LINENO). */
  lineno?: number;
  /**
   * What runtime errors name instead of the shell in a script: the file `source` is reading, or
   * where the running function was defined ("environment" for one from bash -c's string).
   */
  errorSource?: string;
  /** The traps of the shell a subshell came from: `trap -p` lists them until it sets its own. */
  parentTraps?: Record<string, string>;
  /** Jobs started with `&` (jobs.ts); a subshell starts with none. */
  jobs?: import("./jobs.js").Job[];
  /** The jobs of the shell a $(…) or pipeline stage came from: `jobs` there lists them, as bash's does. */
  inheritedJobs?: import("./jobs.js").Job[];
  /** The background job this shell runs as (its clock is the job's own). */
  currentJob?: import("./jobs.js").Job;
  /** $BASH_EXECUTION_STRING: the text given to `bash -c`. */
  executionString?: string;
  /** The last simple command of the text this shell runs, which replaces it (shell-level.ts). */
  execTail?: string;
  /** How many subshells deep ($BASH_SUBSHELL); a new bash starts at 0. */
  subshell?: number;
  /** $BASHPID of a subshell (the shell itself is $$). */
  bashPid?: number;
  /** Where subshell and job pids come from (shared by a shell and its subshells). */
  pids?: { next: number };
  /** Completion specs registered with `complete` (builtins/complete.ts), by command name. */
  completions?: Map<string, unknown>;
  /** Name references (declare -n): reference → the name it stands for (nameref.ts). */
  namerefs?: Record<string, string>;
  /** $!: the pid of the last job started. */
  lastBgPid?: number;
  /** What finished jobs printed, not shown yet (shared with subshells). */
  pendingOutput?: import("./jobs.js").PendingOutput;
  /** Running text given to eval (its syntax errors name eval). */
  inEval?: boolean;
  /** Running the DEBUG trap's action (which does not trigger itself). */
  inDebugTrap?: boolean;
  /** The function depth at which a RETURN trap was set (it runs when that function returns). */
  returnTrapDepth?: number;
  /** The simple command running ($BASH_COMMAND); a trap's own commands leave it alone. */
  currentCommand?: import("./ast.js").SimpleCommand;
  /** How many traps are running (ERR, EXIT, DEBUG, RETURN). */
  inTrap?: number;
  /** `exec > >(list)`: each list and what the shell has written to it so far, with where the list writes. */
  execPipes?: { src: string; chunks: string[]; out: string[]; err: string[] }[];
  /** hash's table: programs found on PATH, oldest first (builtins/hash.ts). */
  hashed?: import("./builtins/hash.js").HashEntry[];
  /** Where each function was defined (see errorSource); absent for functions typed interactively. */
  functionSources?: Record<string, string>;
}

/** Thrown by `exit` to unwind the current input. */
export class ExitSignal {
  constructor(readonly rc: number) {}
}

/**
 * Thrown by a failed expansion such as $((1/0)) or a bad ${…}: bash drops the rest of the line it
 * is running and goes on with the next one (status 1). A subshell or pipeline stage just ends.
 */
export class DiscardLine extends ExitSignal {
  constructor() {
    super(1);
  }
}

/** Thrown by `break N` / `continue N`: unwinds `levels` enclosing loops. */
export class LoopSignal {
  constructor(readonly kind: "break" | "continue", readonly levels: number) {}
}

/** Thrown by `return` to leave the running function. */
export class ReturnSignal {
  constructor(readonly rc: number) {}
}

export function errorPrefix(state: ShellState, line: number): string {
  if (state.dash) return `${state.shellName}: ${line}: `;
  return state.scriptMode ? `${state.errorSource ?? state.shellName}: line ${line}: ` : `${state.shellName}: `;
}

export function exportedEnv(state: ShellState): Record<string, string> {
  const env = nameTable<string>();
  for (const name of state.exported) {
    const v = state.vars[name];
    if (v !== undefined) env[name] = v;
  }
  return env;
}

/** A subshell's copy: changes inside ( … ), $( … ) or bash -c do not leak out. */
export function forkState(state: ShellState): ShellState {
  return {
    ...state,
    vars: nameTable(state.vars),
    arrays: nameTable(Object.fromEntries(Object.entries(state.arrays ?? {}).map(([k, v]) => [k, [...v]]))),
    assoc: nameTable(Object.fromEntries(Object.entries(state.assoc ?? {}).map(([k, v]) => [k, v.clone()]))),
    exported: new Set(state.exported),
    aliases: nameTable(state.aliases),
    functions: nameTable(state.functions),
    functionSources: nameTable(state.functionSources ?? {}),
    positional: [...state.positional],
    localFrames: (state.localFrames ?? []).map((f) => new Map(f)),
    history: [...state.history],
    options: new Set(state.options),
    readonly: new Set(state.readonly),
    integers: new Set(state.integers),
    letterCase: { ...state.letterCase },
    dirStack: [...(state.dirStack ?? [])],
    fds: new Map(state.fds ?? []),
    subshell: (state.subshell ?? 0) + 1,
    execTail: undefined,
    completions: new Map(state.completions ?? []),
    namerefs: state.namerefs ? { ...state.namerefs } : undefined,
    // (a subshell's $RANDOM does not move its parent's sequence on)
    bashRandom: state.bashRandom ? { ...state.bashRandom } : undefined,
    bashPid: (state.pids ??= { next: 4200 }).next++,
    jobs: [],
    inheritedJobs: state.jobs?.length ? state.jobs : state.inheritedJobs,
    execPipes: undefined,
    hashed: (state.hashed ?? []).map((e) => ({ ...e })),
    // subshells start without the parent's traps (but list them)
    traps: nameTable(),
    parentTraps: Object.keys(state.traps ?? {}).length ? { ...state.traps } : state.parentTraps,
  };
}
