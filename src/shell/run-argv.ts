// Runs one command by its name and words, once the shell has expanded them: a path to a
// program or script, a function, a builtin, a registered command, or "command not found"; and
// the nested runs commands ask for (sudo, timeout, ip netns exec …).
import type { CommandContext, CommandResult } from "./types.js";
import { directoryStdinFailure } from "./stdin-directory.js";
import { decodeEscapes } from "./lexer.js";
import { KillSignal } from "./deadline.js";
import type { Io } from "./redirects.js";
import { errorPrefix, ExitSignal, type ShellState } from "./state.js";
import { WorldVfs } from "./vfs.js";
import { findBuiltin } from "./builtins.js";
import { isProgram } from "./builtins/queries.js";
import { noteProgramRun } from "./builtins/hash.js";
import { findCommand } from "./commands/index.js";
import { interleaved, notePlacedErrors } from "./interleave.js";
import { nameTable } from "../name-table.js";
import { flushBackground } from "./jobs.js";
import { BASH_ONLY_BUILTINS } from "./dash-builtins.js";
import { callFunction } from "./function-call.js";
import { printableName } from "./quote.js";
import { runSource } from "./interpreter.js";

const SHELLS = new Set(["bash", "sh", "dash"]);
const BIN_DIRS = new Set(["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]);

/** dash's echo: only -n is an option, and backslash escapes are always read (\c ends the output). */
function dashEcho(argv: string[], io: Io): number {
  const args = argv.slice(1);
  const newline = args[0] !== "-n";
  if (!newline) args.shift();
  let text = args.join(" ");
  const stop = text.search(/\\c/);
  if (stop >= 0) text = text.slice(0, stop);
  text = decodeEscapes(text.replace(/\\0([0-7]{1,3})/g, "\\$1"));
  io.out.push(text + (newline && stop < 0 ? "\n" : ""));
  return 0;
}

/** Runs one command by name: a builtin, a registered command, or "command not found". */
export function runArgv(state: ShellState, argv: string[], io: Io, env: Record<string, string>, line: number): number {
  let name = argv[0]!;
  // Debian's /bin/sh is dash: the same shell by either name (it names itself by argv[0])
  if (name === "dash") name = "sh";
  else if (name.includes("/")) {
    const slash = name.lastIndexOf("/");
    // (or a link to one of the programs, e.g. /etc/alternatives/iptables: the program reads its argv[0])
    const viaLink = BIN_DIRS.has(new WorldVfs(state.world, state.netns, state.cwd).resolve(name).replace(/\/[^/]*$/, ""));
    const base = name.slice(slash + 1);
    if ((BIN_DIRS.has(name.slice(0, slash)) || viaLink) && findCommand(base)) name = base;
    // /bin/bash, /bin/sh, /bin/dash: the shells (they see their path as $0)
    else if (BIN_DIRS.has(name.slice(0, slash)) && SHELLS.has(base)) name = base === "dash" ? "sh" : base;
    else {
      // A file without execute bits, a directory or nothing at all: bash says why it cannot run it.
      const fs = new WorldVfs(state.world, state.netns, state.cwd);
      if (fs.isExecutable(name)) {
        // a script made executable runs in its interpreter: #!/bin/sh is dash, anything else bash
        // "#!/bin/bash -e": the rest of the line is one argument before the script; "#!/usr/bin/env sh" names the shell
        const [, interp = "", rest] = /^#![ \t]*(\S*)[ \t]*([^\n]*)/.exec(fs.readFile(name) ?? "") ?? [];
        const viaEnv = interp.endsWith("/env") && rest !== undefined && rest !== "";
        const program = viaEnv ? rest!.split(/[ \t]+/)[0]! : interp;
        const option = viaEnv ? rest!.split(/[ \t]+/).slice(1).join(" ") : rest?.trimEnd();
        const shell = ["/bin/sh", "/usr/bin/sh", "sh", "/bin/dash", "dash"].includes(program) ? "sh" : "bash";
        return runArgv(state, [shell, ...(option ? [option] : []), name, ...argv.slice(1)], io, env, line);
      }
      const why = fs.isDir(name) ? "Is a directory" : fs.exists(name) ? "Permission denied" : "No such file or directory";
      io.err.push(`${errorPrefix(state, line)}${name}: ${why}\n`);
      return why === "No such file or directory" ? 127 : 126;
    }
  }
  if (Object.hasOwn(state.functions, name)) return callFunction(state, state.functions[name]!, argv, io, line);
  // a program found by searching PATH goes into the shell's hash table
  if (!argv[0]!.includes("/") && isProgram(name)) noteProgramRun(state, name);
  if (state.dash && name === "echo") return dashEcho(argv, io);
  // dash lacks bash's own builtins (they are then looked for on PATH, and not found)
  const builtin = state.dash && BASH_ONLY_BUILTINS.has(name) ? undefined : findBuiltin(name);
  if (builtin) return builtin({ state, argv, io, line, env, runSource, runArgv });
  const command = findCommand(name);
  if (!command) {
    // a script of the user's own in a directory on PATH (PATH=/tmp:$PATH fwctl)
    const own = name.includes("/") ? undefined : scriptOnPath(state, env, name);
    if (own) return runArgv(state, [own, ...argv.slice(1)], io, env, line);
    io.err.push(`${errorPrefix(state, line)}${state.dash ? `${name}: not found` : `${printableName(name)}: command not found`}\n`);
    return 127;
  }
  // A program that reads its stdin takes it from the stream it shares with the commands after it
  // (`… | while read l; do cat; done`: cat eats the rest); reading ctx.stdin says it did.
  let readStdin = false;
  const stdinText = (): string => {
    readStdin = true;
    return io.stdin;
  };
  const ctx: CommandContext = {
    argv: name === argv[0] ? argv : [name, ...argv.slice(1)],
    ...(name !== argv[0] && argv[0]!.includes("/") ? { typedPath: argv[0] } : {}),
    get stdin() {
      return stdinText();
    },
    stdinIsFile: io.stdinIsFile,
    ...(io.readerGone ? { stdoutReaderGone: true } : {}),
    ...(io.pipeOut ? { stdoutIsPipe: true } : {}),
    env,
    cwd: state.cwd,
    world: state.world,
    netns: state.netns,
    fs: new WorldVfs(state.world, state.netns, state.cwd, stdinText),
    // Like exec(): the child inherits this command's stdin (and reads from it) unless told otherwise.
    run: (sub, opts) => runNested(state, sub, env, line, opts ?? {}, opts?.stdin === undefined ? io : undefined),
    lookup: (n) => findBuiltin(n) !== undefined || findCommand(n) !== undefined,
  };
  let result: CommandResult;
  // a background job has got going by the time a program starts (not for bash's own builtins)
  if (!BASH_BUILTIN_COMMANDS.has(name)) flushBackground(state);
  try {
    result = command.run(ctx);
  } catch (e) {
    if (e instanceof ExitSignal) throw e;
    if (e instanceof KillSignal) {
      // what the command printed before the time limit stays printed
      if (e.stdout) io.out.push(e.stdout);
      if (e.stderr) io.err.push(e.stderr);
      throw e;
    }
    const msg = e instanceof Error ? e.message : String(e);
    result = { stdout: "", stderr: `${name}: internal error: ${msg}\n`, rc: 1 };
  }
  // (stdin is a directory: the program read nothing and says why)
  if (readStdin && io.stdinIsDir) result = failedDirectoryRead(name, result);
  // one stream for both: a buffered stdout lets the errors through first, and a command that
  // says where its errors fell among its output has them put there
  if (io.out === io.err && (command.bufferedStdout || result.stderrParts)) io.out.push(interleaved(result, !!command.bufferedStdout));
  else {
    if (io.stderrParts && result.stderr) notePlacedErrors(io, io.stderrParts, result, !!command.bufferedStdout);
    if (result.stdout) io.out.push(result.stdout);
    if (result.stderr) io.err.push(result.stderr);
  }
  if (result.stdinLeft !== undefined) io.stdin = result.stdinLeft;
  else if (readStdin) io.stdin = "";
  // (what jobs printed while it ran, e.g. during a sleep)
  if (!BASH_BUILTIN_COMMANDS.has(name)) flushBackground(state);
  return result.rc;
}

/** A program's result after its read of a directory stdin failed (see stdin-directory.ts). */
function failedDirectoryRead(name: string, result: CommandResult): CommandResult {
  const failure = directoryStdinFailure(name, result.stdout);
  if (!failure) return result;
  const { stderrParts: _parts, ...rest } = result;
  return { ...rest, stdout: failure.stdout, stderr: failure.stderr + result.stderr, rc: failure.rc };
}

/** The first executable file NAME in the directories of PATH (the command's own PATH=… first). */
function scriptOnPath(state: ShellState, env: Record<string, string>, name: string): string | undefined {
  const path = env["PATH"] ?? state.vars["PATH"] ?? "";
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  for (const dir of path.split(":")) {
    if (dir === "" || BIN_DIRS.has(dir)) continue;
    const file = `${dir.replace(/\/$/, "")}/${name}`;
    if (vfs.isExecutable(file) && !vfs.isDir(file)) return file;
  }
  return undefined;
}

/** Commands the tutor keeps in commands/ that bash runs as builtins, without starting a process. */
const BASH_BUILTIN_COMMANDS = new Set(["echo", "printf", "test", "[", "true", "false", "pwd", ":"]);

function runNested(
  state: ShellState,
  argv: string[],
  env: Record<string, string>,
  line: number,
  opts: { netns?: string; stdin?: string; environ?: Record<string, string> } = {},
  /** The caller's streams, when the command reads (and consumes) the caller's own stdin. */
  shared?: Io,
): CommandResult {
  const io: Io = { stdin: opts.stdin ?? shared?.stdin ?? "", out: [], err: [], stderrParts: [] };
  if (shared?.stdinIsFile) io.stdinIsFile = true;
  if (shared?.stdinIsDir && opts.stdin === undefined) io.stdinIsDir = true;
  const { out, err } = io;
  let sub = opts.netns === undefined ? state : { ...state, netns: opts.netns };
  if (opts.environ) {
    // (env -i, env NAME=VALUE: the program gets exactly this environment)
    const vars = nameTable(Object.fromEntries(Object.entries(sub.vars).filter(([k]) => !sub.exported.has(k))));
    sub = { ...sub, vars: Object.assign(vars, opts.environ), exported: new Set(Object.keys(opts.environ)) };
    env = opts.environ;
  }
  let rc: number;
  // (a program another one starts is no business of the shell's hash table)
  const hashed = sub.hashed;
  if (argv.length === 0) rc = 0;
  else {
    try {
      rc = runArgv(sub, argv, io, env, line);
    } catch (e) {
      // killed by a time limit: the caller (timeout, sudo …) still gets what was printed
      if (e instanceof KillSignal) throw new KillSignal(e.rc, out.join(""), err.join(""));
      if (!(e instanceof ExitSignal)) throw e;
      rc = e.rc;
    } finally {
      sub.hashed = hashed;
      if (shared) shared.stdin = io.stdin;
    }
  }
  const stderr = err.join("");
  // (the parts stand for all of stderr only when every error came from a command that placed them)
  const placed = io.stderrParts!.length > 0 && io.stderrParts!.map((p) => p.text).join("") === stderr;
  return { stdout: out.join(""), stderr, rc, ...(placed ? { stderrParts: io.stderrParts } : {}) };
}

