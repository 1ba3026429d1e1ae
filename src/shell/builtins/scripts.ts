// Builtins that end or run shell text: exit, return, bash/sh -c, source.
import { fail, type Builtin, type BuiltinCall } from "./call.js";
import { ExitSignal, forkState, LoopSignal, ReturnSignal } from "../state.js";
import { WorldVfs } from "../vfs.js";
import { runExitTrap } from "./traps.js";
import { newShellProcess, ownPs4 } from "../new-process.js";
import { childShellLevel, execTail } from "../shell-level.js";
import { eachCommand, flushExecPipes, runScriptFile, runSource } from "../interpreter.js";
import { nameTable } from "../../name-table.js";
import { ALL_OPTIONS, OPTION_LETTERS } from "../set-options.js";
import { bashUsage } from "../script.js";
import type { ShellState } from "../state.js";
import type { Io } from "../redirects.js";

export function exit(b: BuiltinCall): number {
  const arg = b.argv[1];
  if (arg === undefined) throw new ExitSignal(b.state.lastRc);
  if (!/^[-+]?[0-9]+$/.test(arg)) {
    fail(b, b.state.dash ? `exit: Illegal number: ${arg}` : `exit: ${arg}: numeric argument required`);
    throw new ExitSignal(2);
  }
  if (b.argv.length > 2) return fail(b, "exit: too many arguments");
  throw new ExitSignal(((Number(arg) % 256) + 256) % 256);
}

export function returnBuiltin(b: BuiltinCall): number {
  if (b.state.callDepth === 0 && !b.state.sourcing) {
    // dash leaves the whole script, as exit would
    if (b.state.dash) throw new ExitSignal(b.argv[1] === undefined ? b.state.lastRc : ((Number(b.argv[1]) % 256) + 256) % 256);
    return fail(b, "return: can only `return' from a function or sourced script", 2);
  }
  const arg = b.argv[1];
  if (arg !== undefined && !/^-?[0-9]+$/.test(arg)) {
    fail(b, `return: ${arg}: numeric argument required`);
    throw new ReturnSignal(2);
  }
  throw new ReturnSignal(arg === undefined ? b.state.lastRc : ((Number(arg) % 256) + 256) % 256);
}

/** What `bash`/`sh` take from their leading options (set options go straight into the new shell). */
interface Invocation {
  commandString: boolean;
  stdinScript: boolean;
  checkOnly: boolean;
}

/** bash's long options that change nothing here (startup files, line editing, POSIX mode). */
const IGNORED_LONG = new Set(["norc", "noprofile", "posix", "login", "noediting", "verbose", "restricted"]);

/**
 * Reads `-xc`, `-e -u`, `+x`, `-o pipefail`, `-s`, `-n` and bash's long options off `args`;
 * an error text when an option is unknown.
 */
function readInvocation(args: string[], sub: ShellState, shell: string): Invocation | { error: string } {
  const inv: Invocation = { commandString: false, stdinScript: false, checkOnly: false };
  while (args.length) {
    const word = args[0]!;
    if (word === "--" || word === "-") {
      args.shift();
      break;
    }
    if (!sub.dash && word.startsWith("--") && IGNORED_LONG.has(word.slice(2))) {
      args.shift();
      continue;
    }
    if (!/^[-+][a-zA-Z]+$/.test(word)) break;
    args.shift();
    const on = word[0] === "-";
    for (const letter of word.slice(1)) {
      if (letter === "c" || letter === "s") {
        if (on) inv[letter === "c" ? "commandString" : "stdinScript"] = true;
      } else if (letter === "n") inv.checkOnly = on;
      else if (letter === "o") {
        const name = args.shift();
        if (name === undefined || !ALL_OPTIONS.includes(name) || (sub.dash && !DASH_OPTIONS.has(name))) {
          return { error: sub.dash ? `${shell}: 0: Illegal option -o ${name ?? ""}\n` : `${shell}: line 0: ${shell}: ${name ?? ""}: invalid option name\n` };
        }
        if (on) sub.options.add(name);
        else sub.options.delete(name);
      } else if ("ilvD".includes(letter)) {
        // login, interactive, verbose echo of the input: no effect on what the script does here
      } else if (OPTION_LETTERS[letter] && !(sub.dash && "BEHPT".includes(letter))) {
        if (on) sub.options.add(OPTION_LETTERS[letter]);
        else sub.options.delete(OPTION_LETTERS[letter]);
      } else {
        return { error: sub.dash ? `${shell}: 0: Illegal option -${letter}\n` : `${shell}: -${letter}: invalid option\n${bashUsage(shell)}` };
      }
    }
  }
  return inv;
}

/** dash's -o names (no pipefail before dash 0.5.12). */
const DASH_OPTIONS = new Set(["errexit", "noglob", "ignoreeof", "monitor", "noexec", "nounset", "verbose", "xtrace", "allexport", "notify", "noclobber", "vi", "emacs"]);

/** `bash -c STR`, `bash FILE`, or `bash` reading its script from stdin (also `bash -s ARGS`). */
export function bash(b: BuiltinCall): number {
  const dash = /(^|\/)(sh|dash)$/.test(b.argv[0]!);
  const sub = newShellProcess(b.state, dash);
  // a new shell process starts with an empty table of programs
  sub.hashed = undefined;
  sub.scriptMode = true;
  sub.shellName = b.argv[0]!;
  sub.dash = dash;
  sub.scriptFile = false;
  sub.errorSource = undefined;
  const args = b.argv.slice(1);
  const inv = readInvocation(args, sub, b.argv[0]!);
  if ("error" in inv) {
    b.io.err.push(inv.error);
    return 2;
  }
  const checkOnly = inv.checkOnly;
  let src: string;
  const file = !inv.commandString && !inv.stdinScript && args[0] !== undefined;
  if (inv.commandString) {
    // (the new shell says it, under its own name)
    if (args[0] === undefined) {
      b.io.err.push(sub.dash ? `${b.argv[0]}: 0: -c requires an argument\n` : `${b.argv[0]}: -c: option requires an argument\n`);
      return 2;
    }
    src = args[0];
    sub.execTail = execTail(src);
    sub.executionString = src;
    if (args[1] !== undefined) sub.shellName = args[1];
    sub.positional = args.slice(2);
  } else if (file) {
    const text = scriptVfs(b).readFile(args[0]!);
    if (text === undefined) {
      b.io.err.push(`${b.argv[0]}: ${args[0]}: No such file or directory\n`);
      return 127;
    }
    src = text;
    sub.shellName = args[0]!;
    sub.positional = args.slice(1);
  } else {
    // the script comes on stdin (`bash -s ARGS…` gives it $1…); dash reads a directory as empty
    if (b.io.stdinIsDir && !sub.dash) {
      b.io.err.push(`${b.argv[0]}: error reading input file: Is a directory\n`);
      return 2;
    }
    src = b.io.stdin;
    sub.positional = args;
  }
  for (const [k, v] of Object.entries(b.env)) {
    sub.vars[k] = v;
    sub.exported.add(k);
  }
  // bash counts itself in SHLVL, and exports it
  if (!dash) {
    sub.vars["SHLVL"] = childShellLevel(b.env);
    sub.exported.add("SHLVL");
  }
  ownPs4(sub);
  sub.aliases = nameTable();
  sub.traps = nameTable();
  sub.parentTraps = undefined;
  // (a script given on stdin is itself what stdin holds)
  const io = { ...b.io, stdin: inv.commandString || file ? b.io.stdin : "" };
  let rc: number;
  try {
    if (file) rc = runScriptFile(sub, src, io, checkOnly);
    // (dash reads its script in blocks: its commands find nothing more to read)
    else if (!inv.commandString && !checkOnly && !sub.dash) rc = runStdinScript(sub, src, io);
    else rc = checkOnly ? 0 : b.runSource(sub, src, io);
  } catch (e) {
    if (!(e instanceof ExitSignal)) throw e;
    rc = e.rc;
  }
  rc = runExitTrap(sub, io, rc, (text) => b.runSource(sub, text, io));
  flushExecPipes(sub);
  // what the shell's commands read of a shared stdin is gone for the caller too (a script on stdin, all of it)
  b.io.stdin = io.stdin;
  return rc;
}

/**
 * A script on stdin: bash reads it a command at a time, so its commands read the lines after
 * their own (`read l` takes the script's next line); a syntax error ends it.
 */
function runStdinScript(sub: ShellState, src: string, io: Io): number {
  io.stdin = src;
  let rc = 0;
  let broken = false;
  const nextLine = (): string => {
    const nl = io.stdin.indexOf("\n");
    const line = nl < 0 ? io.stdin : io.stdin.slice(0, nl + 1);
    io.stdin = io.stdin.slice(line.length);
    return line;
  };
  eachCommand(nextLine, () => io.stdin !== "", (chunk, firstLine) => {
    // (its syntax error is worded as a script file's, without bash -c's "-c: ", and ends it)
    const onSyntaxError = () => {
      broken = true;
      sub.scriptFile = true;
    };
    rc = runSource(sub, chunk, io, 0, { firstLine, onSyntaxError });
    return !broken;
  });
  return rc;
}

/** The files a script is read from; /dev/stdin is the caller's stdin, read to its end. */
function scriptVfs(b: BuiltinCall): WorldVfs {
  return new WorldVfs(b.state.world, b.state.netns, b.state.cwd, () => {
    const text = b.io.stdin;
    b.io.stdin = "";
    return text;
  });
}

const SOURCE_STACK = ["BASH_SOURCE", "BASH_LINENO", "FUNCNAME"] as const;

/**
 * The call stack while a file is sourced: BASH_SOURCE gains the file and BASH_LINENO the line
 * that sourced it; FUNCNAME gains "source" only inside a function (outside one it stays unset).
 */
function pushSourceFrame(b: BuiltinCall, file: string): (string[] | undefined)[] {
  const arrays = (b.state.arrays ??= nameTable());
  const saved = SOURCE_STACK.map((n) => arrays[n]);
  arrays["BASH_SOURCE"] = [file, ...(saved[0] ?? [])];
  arrays["BASH_LINENO"] = [String(b.line), ...(saved[1] ?? [])];
  if (saved[2]?.length) arrays["FUNCNAME"] = ["source", ...saved[2]];
  return saved;
}

function popSourceFrame(b: BuiltinCall, saved: (string[] | undefined)[]): void {
  const arrays = (b.state.arrays ??= nameTable());
  SOURCE_STACK.forEach((n, i) => {
    if (saved[i] === undefined) delete arrays[n];
    else arrays[n] = saved[i]!;
  });
}

export function source(b: BuiltinCall): number {
  const file = b.argv[1];
  if (file === undefined) {
    fail(b, `${b.argv[0]}: filename argument required`, 2);
    b.io.err.push(`${b.argv[0]}: usage: ${b.argv[0]} filename [arguments]\n`);
    return 2;
  }
  const text = scriptVfs(b).readFile(file);
  if (text === undefined) return fail(b, `${file}: No such file or directory`);
  const outer = b.state.sourcing;
  // `source FILE ARGS…` gives the file its own $1…; without ARGS it sees the caller's
  const callerArgs = b.state.positional;
  if (b.argv.length > 2) b.state.positional = b.argv.slice(2);
  b.state.sourcing = true;
  // errors in the file (and in functions it defines) name the file: "/tmp/lib.sh: line 2: …"
  const outerSource = b.state.errorSource;
  if (b.state.scriptMode && !b.state.dash) b.state.errorSource = file;
  const savedStack = b.state.dash ? undefined : pushSourceFrame(b, file);
  try {
    return b.runSource(b.state, text, b.io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.rc;
    throw e;
  } finally {
    b.state.sourcing = outer;
    b.state.errorSource = outerSource;
    if (b.argv.length > 2) b.state.positional = callerArgs;
    if (savedStack) popSourceFrame(b, savedStack);
  }
}

/** exec CMD…: runs CMD in place of the shell, which then ends with CMD's status. */
export function execBuiltin(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  if (args.length === 0) return 0;
  const rc = b.runArgv(b.state, args, b.io, b.env, b.line);
  // The tutor's own terminal keeps running: only a script ends with its exec'd command.
  if (b.state.scriptMode) throw new ExitSignal(rc);
  return rc;
}

/** break [N] / continue [N]: leave (or restart) the N innermost loops. */
function loopControl(kind: "break" | "continue"): Builtin {
  return (b) => {
    const arg = b.argv[1];
    const depth = b.state.loopDepth ?? 0;
    let levels = 1;
    if (arg !== undefined) {
      // a bad count is reported and then leaves every loop, as bash does
      if (!/^-?\d+$/.test(arg)) fail(b, `${kind}: ${arg}: numeric argument required`);
      else if (Number(arg) < 1) fail(b, `${kind}: ${arg}: loop count out of range`);
      levels = /^-?\d+$/.test(arg) && Number(arg) >= 1 ? Number(arg) : Infinity;
      if (levels === Infinity && depth > 0) throw new LoopSignal("break", depth);
    }
    if (depth === 0) {
      // (dash says nothing)
      if (!b.state.dash) fail(b, `${kind}: only meaningful in a \`for', \`while', or \`until' loop`);
      return 0;
    }
    throw new LoopSignal(kind, Math.min(levels, depth));
  };
}

export const breakBuiltin = loopControl("break");
export const continueBuiltin = loopControl("continue");
