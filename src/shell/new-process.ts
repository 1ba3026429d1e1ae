// A shell started as a new program (`bash -c …`, `bash FILE`, `sh`): it gets the environment,
// not the parent shell's own state. Unexported variables, arrays, unexported functions, `set`
// options, readonly and integer attributes stay behind; the new bash sets its own variables
// afresh (IFS, BASH_VERSION …). Open file descriptors and the working directory go along.
import { nameTable } from "../name-table.js";
import { forkState, type ShellState } from "./state.js";

/** Variables bash 5.2.15 (Debian 12) sets for itself, unexported. */
export const BASH_OWN_VARS: Readonly<Record<string, string>> = {
  BASH_VERSION: "5.2.15(1)-release", OSTYPE: "linux-gnu", MACHTYPE: "x86_64-pc-linux-gnu", HOSTTYPE: "x86_64",
  SHLVL: "1", UID: "0", EUID: "0", PPID: "1", IFS: " \t\n", PS4: "+ ", OPTIND: "1", OPTERR: "1",
};

export const BASH_VERSINFO = ["5", "2", "15", "1", "release", "x86_64-pc-linux-gnu"];

/** PATH when the environment has none: bash's config-top.h DEFAULT_PATH_VALUE, and dash's. */
const DEFAULT_PATH = "/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:.";
const DASH_DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** The state a new shell program (bash, or dash when `dash`) starts from, given the shell that runs it. */
export function newShellProcess(parent: ShellState, dash = false): ShellState {
  const sub = forkState(parent);
  // a new program: $BASHPID is its $$, and it is no subshell
  sub.subshell = 0;
  sub.bashPid = undefined;
  sub.namerefs = undefined;
  sub.executionString = undefined;
  const env: Record<string, string> = {};
  for (const name of parent.exported) if (Object.hasOwn(parent.vars, name)) env[name] = parent.vars[name]!;
  // dash has none of bash's own variables, and sets its secondary prompt even when not interactive
  const own: Record<string, string> = dash
    ? { PPID: "1", IFS: " \t\n", PS4: "+ ", OPTIND: "1", PS2: "> ", PATH: DASH_DEFAULT_PATH }
    : { ...BASH_OWN_VARS, HOSTNAME: parent.world.hostname, BASH: "/bin/bash", PATH: DEFAULT_PATH };
  sub.vars = nameTable({ ...own, SHELL: "/bin/bash", TERM: "dumb", ...env });
  sub.exported = new Set(Object.keys(env));
  sub.arrays = nameTable(dash ? {} : { BASH_VERSINFO: [...BASH_VERSINFO] });
  sub.assoc = nameTable();
  // (export -f NAME marks the function for the environment)
  sub.functions = nameTable(Object.fromEntries(Object.entries(parent.functions).filter(([name]) => parent.exported.has(name))));
  sub.functionSources = nameTable();
  // set -o options travel only in an exported SHELLOPTS, shopt ones in an exported BASHOPTS
  const keepSet = parent.exported.has("SHELLOPTS");
  const keepShopt = parent.exported.has("BASHOPTS");
  sub.options = new Set([...parent.options].filter((o) => (o.startsWith("shopt:") ? keepShopt : keepSet)));
  sub.readonly = new Set();
  sub.integers = new Set(["OPTIND"]);
  sub.letterCase = {};
  sub.localFrames = [];
  sub.callDepth = 0;
  sub.dirStack = [];
  sub.parentTraps = undefined;
  return sub;
}

/**
 * bash running as root takes no PS4 from its environment (a traced command's prefix must not come
 * from outside): it sets its own "+ ", unexported. Called once the environment is in place.
 */
export function ownPs4(sub: ShellState): void {
  if (sub.dash) return;
  sub.vars["PS4"] = "+ ";
  sub.exported.delete("PS4");
}
