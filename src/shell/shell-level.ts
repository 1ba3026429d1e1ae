// SHLVL. A new bash adds one to the SHLVL it inherits. But a `bash -c` shell (and a ( … ) or $( … )
// subshell) runs the last simple command of its text without forking when it can (no EXIT trap,
// not inside a function or loop): that program replaces the shell, which first takes one off its
// SHLVL, so the program sees one less. Hence `bash -c 'bash -c "echo \$SHLVL"'` prints 1, as does
// `echo; bash -c 'echo $SHLVL'`, while `bash -c 'echo $SHLVL'; echo` prints 2.
import type { List } from "./ast.js";
import { parseScript } from "./parser.js";
import { simpleCommandText } from "./print-command.js";
import type { ShellState } from "./state.js";

/** The text of the simple command a shell running `list` would exec in place of itself. */
export function execTailOfList(list: List): string | undefined {
  const last = list[list.length - 1];
  if (!last || last.background) return undefined;
  const pipeline = last.rest.length ? last.rest[last.rest.length - 1]!.pipeline : last.first;
  const cmd = pipeline.cmds.length === 1 && !pipeline.negate ? pipeline.cmds[0] : undefined;
  return cmd?.kind === "simple" ? simpleCommandText(cmd) : undefined;
}

/** The same for shell text (a `bash -c` string, a $( … )). */
export function execTail(src: string): string | undefined {
  try {
    return execTailOfList(parseScript(src).list);
  } catch {
    return undefined;
  }
}

/** Whether the simple command now running in `state` replaces the shell. */
function runsInPlace(state: ShellState): boolean {
  if (state.execTail === undefined || state.dash || state.callDepth > 0 || state.loopDepth || state.inTrap || state.sourcing) return false;
  if (state.traps?.["EXIT"] !== undefined) return false;
  return state.currentCommand !== undefined && simpleCommandText(state.currentCommand) === state.execTail;
}

const level = (text: string | undefined) => (/^[0-9]+$/.test(text ?? "") ? Number(text) : 0);

/** A program run in place of the shell gets the shell's SHLVL less one (whatever NAME=… said). */
export function adjustExecEnv(state: ShellState, env: Record<string, string>): void {
  if (state.exported.has("SHLVL") && runsInPlace(state)) env["SHLVL"] = String(Math.max(0, level(state.vars["SHLVL"]) - 1));
}

/** SHLVL for a bash given environment `env`. */
export function childShellLevel(env: Record<string, string>): string {
  return String(level(env["SHLVL"]) + 1);
}
