// Runs parsed shell input: lists, pipelines (stdout of one command is the next one's stdin),
// redirections, compound commands, builtins and the registered commands.
import type { Command as AstCommand, List, Pipeline, SimpleCommand, Word } from "./ast.js";
import { expandToString, expandWord, ExpansionError } from "./expand.js";
import { inputIncomplete, parseScript } from "./parser.js";
import { evalArithmetic } from "./arith.js";
import { countNewlines, ShellSyntaxError } from "./lexer.js";
import { KillSignal, waitForever } from "./deadline.js";
import { applyExecRedirects, flushRedirects, openRedirects, passBackStdin, type Io } from "./redirects.js";
import { DiscardLine, errorPrefix, ExitSignal, exportedEnv, forkState, LoopSignal, type ShellState } from "./state.js";
import { WorldVfs } from "./vfs.js";
import { isReadonly, readonlyError, runExitTrap } from "./builtins/traps.js";
import { nameTable } from "../name-table.js";
import { runBackground } from "./jobs.js";
import { adjustExecEnv, execTail, execTailOfList } from "./shell-level.js";
import { assignAll, braces } from "./assign.js";
import { traceCompound, traceLine, tracePrefix, traceQuote } from "./xtrace.js";
import { wordText } from "./print-command.js";
import { runSelect } from "./select.js";
import { casePattern, GLOB_SPECIAL, patternWord, REGEX_SPECIAL } from "./patterns.js";
import { braceFunctionBody, listError as dashListError, splitAmpRedirects } from "./dash-syntax.js";
import { runArgv } from "./run-argv.js";
import { expandHost } from "./expand-host.js";

export { traceQuote } from "./xtrace.js";

export type { Io } from "./redirects.js";

/** Scripts expand aliases only after `shopt -s expand_aliases`; interactive shells always do. */
function aliasesInEffect(state: ShellState): Record<string, string> {
  return !state.scriptMode || state.options.has("shopt:expand_aliases") ? state.aliases : {};
}

/** Parses and runs shell text (one input line, possibly with heredoc bodies). */
/**
 * at.firstLine: the number of src's first line (a script read a command at a time);
 * at.onSyntaxError runs before a syntax error is reported.
 */
export function runSource(state: ShellState, src: string, io: Io, lineOffset = 0, at: { firstLine?: number; onSyntaxError?: () => void } = {}): number {
  const firstLine = at.firstLine ?? 1;
  let parsed;
  try {
    parsed = parseScript(src, aliasesInEffect(state), firstLine);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    at.onSyntaxError?.();
    io.err.push(syntaxErrorText(state, src, e, lineOffset, firstLine));
    state.lastRc = 2;
    return 2;
  }
  if (refusedByDash(state, parsed.list, io, firstLine + lineOffset)) return (state.lastRc = 2);
  const rc = runLines(state, parsed.list, io);
  for (const w of parsed.warnings) io.err.push(`${errorPrefix(state, w.line + lineOffset)}${w.text}\n`);
  return rc;
}

/** Runs a list line by line: a failed expansion drops the rest of its line only (DiscardLine). */
function runLines(state: ShellState, list: List, io: Io): number {
  let rc = state.lastRc;
  for (let start = 0; start < list.length; ) {
    let end = start;
    while (end < list.length - 1 && !list[end]!.newline) end++;
    try {
      rc = runList(state, list.slice(start, end + 1), io);
    } catch (e) {
      if (!(e instanceof DiscardLine)) throw e;
      rc = state.lastRc = 1;
    }
    start = end + 1;
  }
  return rc;
}

/**
 * Runs a script file as bash does: one complete command at a time, so the commands before a
 * syntax error have run; `check` (bash -n) only parses. Errors read "FILE: line N: …".
 */
export function runScriptFile(state: ShellState, src: string, io: Io, check = false): number {
  state.scriptFile = true;
  // the file's own frame of the call stack
  if (!state.dash) Object.assign((state.arrays ??= nameTable()), { BASH_SOURCE: [state.shellName], BASH_LINENO: ["0"] });
  const lines = src.split("\n");
  // (a final newline ends the last line; it does not begin another)
  if (src.endsWith("\n")) lines.pop();
  let next = 0;
  let rc = 0;
  eachCommand(
    () => lines[next++] + "\n",
    () => next < lines.length,
    (chunk, first) => {
      try {
        const parsed = parseScript(chunk, aliasesInEffect(state), first);
        const lastLine = first + countNewlines(chunk) - 1;
        const braceBody = state.dash && lastLine > first ? braceFunctionBody(parsed.list) : undefined;
        if (braceBody && !check) {
          rc = runDashBraceFunction(state, braceBody, io, first, lastLine);
          return false;
        }
        if (refusedByDash(state, parsed.list, io, first)) {
          rc = state.lastRc = 2;
          return false;
        }
        if (!check) rc = runLines(state, parsed.list, io);
        for (const w of parsed.warnings) io.err.push(`${errorPrefix(state, w.line)}${w.text}\n`);
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        io.err.push(syntaxErrorText(state, chunk, e, 0, first));
        rc = state.lastRc = 2;
        return false;
      }
      return true;
    },
  );
  return rc;
}

/**
 * A script read the way bash reads one: a line at a time until the command is complete, so each
 * command runs before the next is read (commands may read the script's own stdin in between).
 * each() gets the command's text and its first line's number, and says whether to go on.
 */
export function eachCommand(nextLine: () => string, more: () => boolean, each: (chunk: string, firstLine: number) => boolean): void {
  let firstLine = 1;
  while (more()) {
    let chunk = nextLine();
    while (more() && inputIncomplete(chunk)) chunk += nextLine();
    if (!each(chunk, firstLine)) return;
    firstLine += countNewlines(chunk);
  }
}

/** dash on `function NAME {` … `}` over lines FIRST..LAST: a command not found, the body's lines, a syntax error. */
function runDashBraceFunction(state: ShellState, body: List, io: Io, first: number, last: number): number {
  io.err.push(`${errorPrefix(state, first)}function: not found\n`);
  state.lastRc = 127;
  if (state.options.has("errexit")) throw new ExitSignal(127);
  runList(state, body, io);
  io.err.push(`${errorPrefix(state, last)}Syntax error: "}" unexpected\n`);
  return (state.lastRc = 2);
}

/** sh (dash) refuses bash-only syntax while parsing: says so and reports true. */
function refusedByDash(state: ShellState, list: List, io: Io, firstLine: number): boolean {
  if (!state.dash) return false;
  const e = dashListError(list);
  if (!e) {
    splitAmpRedirects(list);
    return false;
  }
  io.err.push(`${errorPrefix(state, e.line ?? firstLine)}${e.message}\n`);
  return true;
}

function syntaxErrorText(state: ShellState, src: string, e: ShellSyntaxError, lineOffset: number, firstLine = 1): string {
  if (!state.scriptMode) return `${state.shellName}: ${e.message}\n`;
  // bash -c counts an unclosed $( … to the line after the text; eval to its last line
  const eofInEval = state.inEval && e.message.startsWith("unexpected EOF while looking for matching") && e.line > 1;
  const line = e.line + lineOffset - (eofInEval ? 1 : 0);
  const where = state.inEval
    ? `${state.errorSource ?? state.shellName}: eval: line ${line}: `
    : state.scriptFile ? `${state.shellName}: line ${line}: ` : `${state.shellName}: -c: line ${line}: `;
  if (!e.message.startsWith("syntax error near")) return `${where}${e.message}\n`;
  const text = src.split("\n")[e.line - firstLine] ?? "";
  return `${where}${e.message}\n${where}\`${text}'\n`;
}

/** How much input is left to read, on stdin and the fds open for reading (it only ever shrinks). */
function inputLeft(state: ShellState, io: Io): number {
  let n = io.stdin.length;
  for (const sink of state.fds?.values() ?? []) n += sink.input?.text.length ?? 0;
  return n;
}

/** Runs a list; `condition` lists (if/while tests) never trigger `set -e`. */
export function runList(state: ShellState, list: List, io: Io, condition = false): number {
  let rc = state.lastRc;
  // inside a tested command (if/while condition, a non-final part of && / ||, after `!`) set -e
  // and the ERR trap are off, down through the functions and groups it runs
  if (condition) state.tested = (state.tested ?? 0) + 1;
  try {
    for (const andOr of list) {
      if (andOr.background) {
        rc = runBackground(state, andOr, io, (sub, jobList, jobIo) => runList(sub, jobList, jobIo));
        continue;
      }
      const final = andOr.rest.length ? andOr.rest[andOr.rest.length - 1]!.pipeline : andOr.first;
      const tested = (p: Pipeline) => p !== final || p.negate;
      rc = runTested(state, andOr.first, io, tested(andOr.first));
      let last = andOr.first;
      for (const { op, pipeline } of andOr.rest) {
        if ((op === "&&") === (rc === 0)) {
          rc = runTested(state, pipeline, io, tested(pipeline));
          last = pipeline;
        }
      }
      // errexit: only the final command of an && / || chain counts, and never a negated one.
      if (rc !== 0 && !condition && !state.tested && last === final && !last.negate && !decidedInside(state, last)) {
        runErrTrap(state, io, rc);
        if (state.options.has("errexit")) throw new ExitSignal(rc);
      }
    }
  } finally {
    if (condition) state.tested!--;
  }
  return rc;
}

/**
 * A compound command on its own ({ …; }, if, for, while, case): set -e and the ERR trap already
 * looked at the commands inside it, so its status (`{ false && true; }` gives 1) does not count
 * again. A subshell's status does, as a simple command's, and so do its redirections failing.
 */
/** Whether a simple command calls a shell function by a name written plainly. */
function namesFunction(state: ShellState, cmd: SimpleCommand): boolean {
  const name = cmd.texts?.[cmd.assigns.length];
  return name !== undefined && Object.hasOwn(state.functions, name);
}

function decidedInside(state: ShellState, p: Pipeline): boolean {
  if (p.cmds.length !== 1) return false;
  const c = p.cmds[0]!;
  // (its redirections failing is a failure of its own)
  if (state.redirectFailed === c) return false;
  return c.kind === "if" || c.kind === "for" || c.kind === "arithfor" || c.kind === "while" || c.kind === "case" || (c.kind === "group" && !c.subshell);
}

function runTested(state: ShellState, p: Pipeline, io: Io, tested: boolean): number {
  if (!tested) return runPipeline(state, p, io);
  state.tested = (state.tested ?? 0) + 1;
  try {
    return runPipeline(state, p, io);
  } finally {
    state.tested--;
  }
}

/** `trap … ERR`: runs after a failing command where set -e would act (not inside functions, without set -E). */
function runErrTrap(state: ShellState, io: Io, rc: number): void {
  const action = state.traps?.["ERR"];
  if (action === undefined || (state.callDepth > 0 && !state.options.has("errtrace"))) return;
  const saved = state.traps!["ERR"];
  delete state.traps!["ERR"];
  state.inTrap = (state.inTrap ?? 0) + 1;
  try {
    runSource(state, action, io);
  } finally {
    state.inTrap--;
    state.traps!["ERR"] = saved!;
    state.lastRc = rc;
  }
}

function runPipeline(state: ShellState, p: Pipeline, io: Io): number {
  let rc = 0;
  const statuses: number[] = [];
  if (p.cmds.length === 1) statuses.push((rc = runGuarded(state, p.cmds[0]!, io)));
  else {
    let stdin = io.stdin;
    let rightmostFailure = 0;
    // Only `shopt -s lastpipe` in a shell without job control (bash -c) runs the last stage in
    // the shell itself: otherwise `… | while read …; do n=…; done` leaves n unchanged.
    const lastInShell = state.scriptMode && state.options.has("shopt:lastpipe") && !state.options.has("monitor");
    p.cmds.forEach((cmd, i) => {
      const last = i === p.cmds.length - 1;
      // the first stage reads the pipeline's stdin itself: a regular file stays one (head -n seeks back)
      const stage: Io = { stdin, ...(i === 0 && io.stdinIsFile ? { stdinIsFile: true } : {}), ...(i === 0 && io.stdinIsDir ? { stdinIsDir: true } : {}), out: last ? io.out : [], err: io.err };
      // the next stage reads a file or here-string, so it never reads this pipe and is soon gone
      if (!last && readsOwnStdin(p.cmds[i + 1]!)) stage.readerGone = true;
      if (!last) stage.pipeOut = true;
      const piped = stage.out;
      // Every other stage runs in a subshell: `exit` only ends that stage.
      const inShell = last && lastInShell;
      try {
        const sub = inShell ? state : forkState(state);
        // (a builtin or program forked for a pipe is no subshell to $BASH_SUBSHELL, and a ( … )
        // counts once; a function or compound command is)
        if (!inShell && ((cmd.kind === "simple" && !namesFunction(state, cmd)) || (cmd.kind === "group" && cmd.subshell))) sub.subshell = state.subshell;
        rc = runGuarded(sub, cmd, stage);
      } catch (e) {
        if (!(e instanceof ExitSignal) || inShell) throw e;
        rc = e.rc;
      }
      statuses.push(rc);
      // the first stage reads the pipeline's own stdin: what it took is gone for what follows
      if (i === 0) io.stdin = stage.stdin;
      if (rc !== 0) rightmostFailure = rc;
      if (!last) stdin = piped.join("");
    });
    if (state.options.has("pipefail")) rc = rightmostFailure;
    // the shell itself set $BASH_COMMAND to each stage in turn as it started them
    const last = p.cmds[p.cmds.length - 1]!;
    if (last.kind === "simple" && !state.inTrap) {
      state.currentCommand = last;
      state.lineno = last.line;
    }
  }
  if (p.negate) rc = rc === 0 ? 1 : 0;
  // ${PIPESTATUS[@]}: every stage's own status, before `!` and pipefail.
  delete state.vars["PIPESTATUS"];
  (state.arrays ??= nameTable())["PIPESTATUS"] = statuses.map(String);
  state.lastRc = rc;
  return rc;
}

/** Whether a command takes its stdin from its own redirection (< FILE, <<EOF, <<< WORD). */
function readsOwnStdin(cmd: AstCommand): boolean {
  const redirects = "redirects" in cmd ? cmd.redirects : [];
  return redirects.some((r) => r.fd === 0 && (r.op === "<" || r.op === "<<" || r.op === "<<-" || r.op === "<<<"));
}

/** Runs a command; an expansion error (e.g. a bad ${…}) fails just that command, as in bash. */
function runGuarded(state: ShellState, cmd: AstCommand, io: Io): number {
  try {
    return runCommand(state, cmd, io);
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    io.err.push(`${errorPrefix(state, cmd.kind === "simple" ? cmd.line : 1)}${e.message}\n`);
    if (e.exitStatus === 1) throw new DiscardLine();
    if (e.exitStatus !== undefined && state.scriptMode) throw new ExitSignal(e.exitStatus);
    return (state.lastRc = 1);
  }
}

export function runCommand(state: ShellState, cmd: AstCommand, io: Io): number {
  if (cmd.kind === "simple") return runSimple(state, cmd, io);
  if (cmd.kind === "func") {
    state.functions[cmd.name] = cmd.body;
    // bash -c names a function's errors "environment: line N"; a sourced or script file, itself
    if (state.scriptMode && !state.dash) (state.functionSources ??= nameTable())[cmd.name] = state.errorSource ?? (state.scriptFile ? state.shellName : "environment");
    return (state.lastRc = 0);
  }
  const host = expandHost(state, io);
  if (state.redirectFailed === cmd) state.redirectFailed = undefined;
  const opened = openRedirects(state, cmd.redirects, io, host);
  if (typeof opened === "string") {
    io.err.push(`${errorPrefix(state, 1)}${opened}\n`);
    state.redirectFailed = cmd;
    return (state.lastRc = 1);
  }
  const inner = opened.io;
  // fds the command's own redirections open (`done 3< FILE`) are there for what runs inside
  const outerFds = state.fds;
  if (opened.commandFds) state.fds = opened.commandFds;
  let rc = 0;
  try {
    switch (cmd.kind) {
      case "group":
        if (cmd.subshell) {
          const sub = forkState(state);
          // (a subshell starts with no jobs; only $(jobs) and `jobs | …` list the shell's)
          sub.inheritedJobs = undefined;
          sub.execTail = execTailOfList(cmd.body);
          try {
            rc = runList(sub, cmd.body, inner);
          } catch (e) {
            if (!(e instanceof ExitSignal)) throw e;
            rc = e.rc;
          }
          // the subshell is a process of its own: an EXIT trap set inside runs as it ends
          rc = runExitTrap(sub, inner, rc, (src) => runSource(sub, src, inner));
          flushExecPipes(sub);
        } else rc = runList(state, cmd.body, inner);
        break;
      case "if": {
        const branch = cmd.branches.find((b) => runList(state, b.cond, inner, true) === 0);
        rc = branch ? runList(state, branch.body, inner) : cmd.elseBody ? runList(state, cmd.elseBody, inner) : 0;
        break;
      }
      case "for": {
        // `for x; do`: the positional parameters
        const items = cmd.items ? cmd.items.flatMap((w) => braces(state, w)).flatMap((w) => expandWord(w, host)) : [...state.positional];
        if (cmd.select) {
          rc = runSelect(state, cmd.name, items, cmd.body, inner);
          break;
        }
        for (const item of items) {
          // (bash shows the words as written, not their expansions)
          traceCompound(state, inner, () => `for ${cmd.name} in ${cmd.itemTexts ? cmd.itemTexts.map(wordText).join(" ") : '"$@"'}`);
          state.vars[cmd.name] = item;
          const step = runLoopBody(state, cmd.body, inner);
          rc = step.rc;
          if (step.stop) break;
        }
        break;
      }
      case "arithfor": {
        const arith = (w: Word, empty: string) => {
          const text = expandToString(w, host);
          return text.trim() === "" ? empty : evalArithmetic(text, host);
        };
        arith(cmd.init, "0");
        // bounded like while: the emulated world never changes by itself
        let n = 0;
        for (; n < 10_000 && arith(cmd.cond, "1") !== "0"; n++) {
          const step = runLoopBody(state, cmd.body, inner);
          rc = step.rc;
          if (step.stop) break;
          arith(cmd.step, "0");
        }
        // a loop that would never end runs until the case's time limit kills it
        if (n === 10_000) waitForever(state.world);
        break;
      }
      case "case": {
        const subject = expandToString(cmd.word, host);
        traceCompound(state, inner, () => `case ${cmd.wordText !== undefined ? wordText(cmd.wordText) : traceQuote(subject)} in`);
        rc = 0;
        let fallThrough = false;
        for (const item of cmd.items) {
          if (!fallThrough && !item.patterns.some((p) => casePattern(p, host).test(subject))) continue;
          rc = runList(state, item.body, inner);
          fallThrough = item.end === ";&";
          if (item.end === undefined) break;
        }
        break;
      }
      case "while":
        // A bounded loop: the emulated world never changes by itself, so a loop that does not
        // finish in 10,000 rounds never would. A round whose condition read input does not count
        // (`while read l` ends with its input, however long).
        let rounds = 0;
        let ended = false;
        while (!ended && rounds < 10_000) {
          const unread = inputLeft(state, inner);
          const c = runList(state, cmd.cond, inner, true);
          if ((ended = (c === 0) === cmd.until)) break;
          if (inputLeft(state, inner) === unread) rounds++;
          const step = runLoopBody(state, cmd.body, inner);
          rc = step.rc;
          ended = step.stop;
        }
        if (!ended) waitForever(state.world);
        break;
    }
  } catch (e) {
    // killed at the time limit: what it printed into files so far is there
    if (e instanceof KillSignal) flushRedirects(state, opened.files);
    throw e;
  }
  if (opened.commandFds) state.fds = outerFds;
  passBackStdin(io, opened);
  for (const err of flushRedirects(state, opened.files)) io.err.push(`${errorPrefix(state, 1)}write error: ${err}\n`);
  return (state.lastRc = rc);
}

/**
 * [[ A && B || C ]] under set -x: bash shows each test as it evaluates it ("+ [[ -n x ]]"),
 * skipping those && / || short-circuit past. With parentheses the whole test is one line.
 */
function runTracedConditional(state: ShellState, argv: string[], io: Io, env: Record<string, string>, line: number): number {
  const inner = argv.slice(1, -1);
  const show = (words: string[]) => io.err.push(`${tracePrefix(state)}[[ ${words.map((w) => (w === "" ? "''" : w)).join(" ")} ]]\n`);
  if (inner.includes("(") || inner.includes(")")) {
    show(inner);
    return runArgv(state, argv, io, env, line);
  }
  let rc = 0;
  let skip = false;
  let chunk: string[] = [];
  const settle = () => {
    if (!skip) {
      show(chunk);
      rc = runArgv(state, ["[[", ...chunk, "]]"], io, env, line);
    }
    chunk = [];
  };
  for (const word of inner) {
    if (word !== "&&" && word !== "||") {
      chunk.push(word);
      continue;
    }
    settle();
    // && runs the next test only after a success, || only after a failure
    skip = word === "&&" ? rc !== 0 : rc === 0;
  }
  settle();
  return rc;
}

/** One round of a loop body; `break`/`continue` aimed further out are passed on one level up. */
export function runLoopBody(state: ShellState, body: List, io: Io): { rc: number; stop: boolean } {
  state.loopDepth = (state.loopDepth ?? 0) + 1;
  try {
    return { rc: runList(state, body, io), stop: false };
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) throw new LoopSignal(e.kind, e.levels - 1);
    return { rc: 0, stop: e.kind === "break" };
  } finally {
    state.loopDepth--;
  }
}

function runSimple(state: ShellState, cmd: SimpleCommand, io: Io): number {
  // set -n: a script reads its commands from here on without running them
  if (state.scriptMode && state.options.has("noexec")) return 0;
  // (inside a trap, $LINENO and $BASH_COMMAND still name the command that set it off)
  if (!state.inTrap) {
    state.lineno = cmd.line;
    state.currentCommand = cmd;
  }
  // a DEBUG trap runs before each simple command (not inside functions, nor inside itself)
  const debug = state.traps?.["DEBUG"];
  if (debug !== undefined && state.callDepth === 0 && !state.inDebugTrap) {
    state.inDebugTrap = true;
    const saved = state.lastRc;
    state.inTrap = (state.inTrap ?? 0) + 1;
    try {
      runSource(state, debug, io);
    } finally {
      state.inTrap--;
      state.inDebugTrap = false;
      state.lastRc = saved;
    }
  }
  const host = expandHost(state, io);
  let argv: string[];
  let assigns: [string, string][] = [];
  const arrayTraces: string[] = [];
  const locked = cmd.assigns.find((a) => isReadonly(state, a.name));
  if (locked) return (state.lastRc = readonlyError(state, io, errorPrefix(state, cmd.line), locked.name));
  try {
    assigns = assignAll(state, cmd, host, arrayTraces);
    // dash has no brace expansion
    argv = cmd.conditional
      ? cmd.words.map((w, i) => {
          // [[ the right side of == != is a pattern, of =~ a regex: quoted parts are literal
          const op = i > 0 ? cmd.words[i - 1]!.map((p) => (p.t === "lit" && !p.quoted ? p.v : "\0")).join("") : "";
          if (cmd.words[0]?.[0]?.t === "lit" && cmd.words[0][0].v === "[[") {
            if (op === "==" || op === "=" || op === "!=") return patternWord(w, host, GLOB_SPECIAL);
            if (op === "=~") return patternWord(w, host, REGEX_SPECIAL);
          }
          return expandToString(w, host);
        })
      : cmd.words.flatMap((w) => braces(state, w)).flatMap((w) => expandWord(w, host));
  } catch (e) {
    if (!(e instanceof ExpansionError)) throw e;
    io.err.push(`${errorPrefix(state, cmd.line)}${e.message}\n`);
    // a script file ends with status 1 where `bash -c` gives 127 (unbound variable, ${x:?})
    if (e.exitStatus === 1) throw new DiscardLine();
    if (e.exitStatus !== undefined && state.scriptMode) throw new ExitSignal(state.scriptFile && e.exitStatus === 127 ? 1 : e.exitStatus);
    return (state.lastRc = 1);
  }
  io.err.push(...arrayTraces);
  // [[ … ]] traces each test it evaluates (runTracedConditional)
  if (state.options.has("xtrace") && !(argv[0] === "[[" && !state.dash)) io.err.push(traceLine(assigns, argv, tracePrefix(state), !!state.dash));
  if (argv.length === 1 && argv[0] === "exec" && cmd.redirects.length > 0 && !Object.hasOwn(state.functions, "exec")) {
    const pipes = { isPipe: (path: string) => (host.outputSubsts ?? []).some((s) => s.path === path), opened: new Map<string, string[]>() };
    const [out, err] = [io.out, io.err];
    const failed = applyExecRedirects(state, cmd.redirects, io, host, pipes);
    // (the list of a >(…) writes where the shell's output went before this exec)
    for (const s of host.outputSubsts ?? []) {
      const chunks = pipes.opened.get(s.path);
      if (chunks) (state.execPipes ??= []).push({ src: s.src, chunks, out, err });
    }
    if (failed !== undefined) io.err.push(`${errorPrefix(state, cmd.line)}${failed}\n`);
    return (state.lastRc = failed === undefined ? 0 : 1);
  }
  const opened = openRedirects(state, cmd.redirects, io, host);
  if (typeof opened === "string") {
    io.err.push(`${errorPrefix(state, cmd.line)}${opened}\n`);
    return (state.lastRc = 1);
  }
  let rc: number;
  if (argv.length === 0) {
    for (const [name, value] of assigns) {
      state.vars[name] = value;
      if (state.options.has("allexport")) state.exported.add(name);
    }
    // Like bash: the status of the last command substitution, else 0.
    rc = host.substRc ?? 0;
  } else {
    const env = nameTable({ ...exportedEnv(state), ...Object.fromEntries(assigns) });
    adjustExecEnv(state, env);
    const outerFds = state.fds;
    if (opened.commandFds) state.fds = opened.commandFds;
    try {
      rc = argv[0] === "[[" && state.options.has("xtrace") && !state.dash
        ? runTracedConditional(state, argv, opened.io, env, cmd.line)
        : runArgv(state, argv, opened.io, env, cmd.line);
    } catch (e) {
      // killed at the time limit: what it printed (flushed) so far is in the file
      if (e instanceof KillSignal) flushRedirects(state, opened.files);
      throw e;
    } finally {
      if (opened.commandFds) state.fds = outerFds;
    }
    // $_: the last word of the command before
    state.vars["_"] = argv[argv.length - 1]!;
    passBackStdin(io, opened);
  }
  const errors = flushRedirects(state, opened.files);
  for (const err of errors) io.err.push(`${errorPrefix(state, cmd.line)}${argv[0] ?? ""}: write error: ${err}\n`);
  if (errors.length) rc = 1;
  runOutputSubsts(state, host.outputSubsts, io);
  return (state.lastRc = rc);
}

/**
 * The lists of `exec > >(list)`: each reads what the shell wrote to it so far (all of it when the
 * shell ends; an interactive shell passes it on after every command line).
 */
export function flushExecPipes(state: ShellState): void {
  for (const pipe of state.execPipes ?? []) {
    const stdin = pipe.chunks.join("");
    pipe.chunks.length = 0;
    if (stdin === "") continue;
    try {
      runSource(forkState(state), pipe.src, { stdin, out: pipe.out, err: pipe.err });
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
    }
  }
}

/** Each >(list) of a command reads what the command wrote there, printing to the shell's own streams. */
function runOutputSubsts(state: ShellState, substs: { src: string; path: string }[] | undefined, io: Io): void {
  if (!substs) return;
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  for (const { src, path } of substs) {
    const stdin = vfs.readFile(path) ?? "";
    try {
      runSource(forkState(state), src, { stdin, out: io.out, err: io.err });
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
    }
  }
}

export { expandToString, type Word };
