// Calling a shell function: positional parameters, locals and the FUNCNAME/BASH_SOURCE/
// BASH_LINENO frames for the call, its RETURN trap, and everything put back afterwards.
import type { Command as AstCommand } from "./ast.js";
import { dropNameref } from "./nameref.js";
import { runCommand, runSource } from "./interpreter.js";
import type { Io } from "./redirects.js";
import { DiscardLine, errorPrefix, ReturnSignal, type ShellState } from "./state.js";
import { nameTable } from "../name-table.js";

/** bash recurses until FUNCNEST (unlimited by default) or a crash; a tutor stops here. */
const MAX_FUNCTION_DEPTH = 200;

const CALL_STACK = ["FUNCNAME", "BASH_SOURCE", "BASH_LINENO"] as const;

/**
 * FUNCNAME, BASH_SOURCE and BASH_LINENO get a frame for the function being called (where it was
 * defined, the line it was called from); a script file's own frame ("main", the file, 0) is below.
 */
function pushCallStack(state: ShellState, name: string, line: number): (string[] | undefined)[] {
  const arrays = (state.arrays ??= nameTable());
  const saved = CALL_STACK.map((n) => arrays[n]);
  const outermost = state.callDepth === 0;
  const base = outermost && state.scriptFile && !state.dash ? [["main"], [state.shellName], ["0"]] : [[], [], []];
  const frame = [name, state.functionSources?.[name] ?? "main", String(line)];
  CALL_STACK.forEach((n, i) => {
    delete state.vars[n];
    arrays[n] = [frame[i]!, ...(outermost ? base[i]! : arrays[n] ?? [])];
  });
  return saved;
}

function popCallStack(state: ShellState, saved: (string[] | undefined)[]): void {
  const arrays = (state.arrays ??= nameTable());
  CALL_STACK.forEach((n, i) => {
    if (saved[i] === undefined) delete arrays[n];
    else arrays[n] = saved[i]!;
  });
}

/** FUNCNEST when it is a number above 0 (bash's limit), else the tutor's own. */
function nestingLimit(state: ShellState): number {
  const text = state.vars["FUNCNEST"]?.trim();
  const n = text !== undefined && /^[+-]?\d+$/.test(text) ? Number(text) : 0;
  return n > 0 ? Math.min(n, MAX_FUNCTION_DEPTH) : MAX_FUNCTION_DEPTH;
}

export function callFunction(state: ShellState, body: AstCommand, argv: string[], io: Io, line: number): number {
  const limit = nestingLimit(state);
  if (state.callDepth >= limit) {
    io.err.push(`${errorPrefix(state, line)}${argv[0]}: maximum function nesting level exceeded (${limit})\n`);
    // bash drops the rest of the command line (jump_to_top_level DISCARD)
    throw new DiscardLine();
  }
  const savedStacks = pushCallStack(state, argv[0]!, line);
  state.callDepth++;
  const saved = state.positional;
  const savedSource = state.errorSource;
  state.positional = argv.slice(1);
  state.errorSource = state.functionSources?.[argv[0]!];
  (state.localFrames ??= []).push(new Map());
  let rc: number | undefined;
  try {
    rc = runCommand(state, body, io);
    return rc;
  } catch (e) {
    if (e instanceof ReturnSignal) return (rc = e.rc);
    throw e;
  } finally {
    // a RETURN trap this function set runs as it returns
    const onReturn = state.traps?.["RETURN"];
    if (onReturn !== undefined && state.returnTrapDepth === state.callDepth && rc !== undefined) {
      state.returnTrapDepth = undefined;
      const saved = state.lastRc;
      runSource(state, onReturn, io);
      state.lastRc = saved;
    }
    state.callDepth--;
    popCallStack(state, savedStacks);
    if (!state.inTrap) state.lineno = line;
    state.positional = saved;
    state.errorSource = savedSource;
    // locals go back to the values they had before the call
    for (const [name, value] of state.localFrames.pop() ?? []) {
      // (a local -n reference ends with the function)
      dropNameref(state, name);
      if (value === undefined) {
        delete state.vars[name];
        // `local a=(…)`: the function's array goes too
        delete state.arrays?.[name];
      } else state.vars[name] = value;
    }
  }
}
