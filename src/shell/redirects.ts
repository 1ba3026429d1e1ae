// Redirections of one command: where its stdout/stderr go and what its stdin is. Output to files
// is collected and written once the command ends (commands are synchronous), so a pipeline of
// large outputs costs one join per stream.
import type { StderrPart } from "./types.js";
import type { Redirect } from "./ast.js";
import { expandToString, expandWord, type ExpandHost } from "./expand.js";
import type { ShellState } from "./state.js";
import { STDIN_PATHS, WorldVfs } from "./vfs.js";

export interface Sink {
  chunks: string[];
  /** Absolute path written when the command ends. */
  file?: string;
  discard?: boolean;
  /** Closed with `N>&-`: a later `>&N` is a bad file descriptor. */
  closed?: boolean;
  /** An fd open for reading (`N< FILE`): what is left to read of it (`read -u N`, `<&N`). */
  input?: InputFd;
}

/** The unread part of a file opened for reading on fd 3 and up, shared by the commands using it. */
export interface InputFd {
  text: string;
  isFile: boolean;
}

export interface Io {
  stdin: string;
  /** stdin comes from `< FILE` (a regular file, as `wc` notices), not a pipe or a terminal. */
  stdinIsFile?: boolean;
  /** stdin is a directory (`< /etc/iptables`): bash opens it, and each read fails with EISDIR. */
  stdinIsDir?: boolean;
  out: string[];
  err: string[];
  /** stdout is a pipe whose reader has gone (the next stage reads a file instead): writers get SIGPIPE. */
  readerGone?: boolean;
  /** stdout is a pipe to the next stage of a pipeline. */
  pipeOut?: boolean;
  /**
   * A program run by another (ip netns exec, sudo): where each command's errors fell among
   * its output, so the caller's shared stream can put them there (shell/interleave.ts).
   */
  stderrParts?: StderrPart[];
}

export interface Redirected {
  io: Io;
  files: Sink[];
  /** stdin was not redirected: what the command reads of it is gone for its caller too (see passBackStdin). */
  sharedStdin?: boolean;
  /** stdin is an fd opened for reading (`<&3`): what the command reads of it is gone from that fd. */
  stdinSource?: InputFd;
  /** The fds 3 and up while the command runs, when its redirections change them (`done 3< FILE`). */
  commandFds?: Map<number, Sink>;
}

/** After a command whose stdin was not redirected: the caller's stdin lost what the command read of it. */
export function passBackStdin(io: Io, opened: Redirected): void {
  if (opened.sharedStdin && opened.io !== io) io.stdin = opened.io.stdin;
  if (opened.stdinSource) opened.stdinSource.text = opened.io.stdin;
}

/** Sets up the redirections left to right; returns an error text (e.g. "/nope: No such file or directory") on failure. */
export function openRedirects(state: ShellState, redirects: Redirect[], io: Io, host: ExpandHost): Redirected | string {
  // Without redirections the command shares the caller's streams (so `read` consumes its stdin).
  if (redirects.length === 0) return { io, files: [] };
  const opened = openFds(state, redirects, io, host);
  if (typeof opened === "string") return opened;
  const { stdin, stdinIsFile, stdinIsDir, fds, files, ownStdin, stdinSource } = opened;
  const out = fds.get(1)!.chunks;
  // stdout still going into the pipe keeps what is known of its reader
  const readerGone = io.readerGone && out === io.out ? { readerGone: true } : {};
  const pipeOut = io.pipeOut && out === io.out ? { pipeOut: true } : {};
  const high = [...fds].filter(([fd]) => fd >= 3);
  const before = state.fds ?? new Map<number, Sink>();
  const fdsChanged = high.length !== before.size || high.some(([fd, sink]) => before.get(fd) !== sink);
  return {
    io: { stdin, stdinIsFile, ...(stdinIsDir ? { stdinIsDir } : {}), out, err: fds.get(2)!.chunks, ...readerGone, ...pipeOut },
    files,
    sharedStdin: !ownStdin,
    ...(stdinSource ? { stdinSource } : {}),
    ...(fdsChanged ? { commandFds: new Map(high) } : {}),
  };
}

/** Chunks written straight into a file: what `exec >FILE` opens stays open for later commands. */
class FileWriter extends Array<string> {
  constructor(private readonly write: (text: string) => void) {
    super();
  }
  override push(...items: string[]): number {
    for (const text of items) this.write(text);
    return 0;
  }
}

/**
 * `exec` with redirections only: they last for the rest of the shell. fd 0-2 change the caller's
 * streams in place; fd 3 and up are kept in state.fds for later `>&3`.
 */
export function applyExecRedirects(
  state: ShellState,
  redirects: Redirect[],
  io: Io,
  host: ExpandHost,
  pipes?: { isPipe(path: string): boolean; opened: Map<string, string[]> },
): string | undefined {
  const opened = openFds(state, redirects, io, host);
  if (typeof opened === "string") return opened;
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  for (const sink of opened.files) {
    const file = sink.file!;
    // a >(list) path: what is written collects for the list, which reads it as the shell ends
    if (pipes?.isPipe(file)) {
      pipes.opened.set(file, sink.chunks);
      delete sink.file;
      continue;
    }
    sink.chunks = new FileWriter((text) => vfs.writeFile(file, text, true));
    delete sink.file;
  }
  const fds = new Map<number, Sink>();
  for (const [fd, sink] of opened.fds) if (fd >= 3 && !sink.closed) fds.set(fd, sink);
  state.fds = fds;
  io.stdin = opened.stdin;
  io.stdinIsFile = opened.stdinIsFile;
  if (opened.stdinIsDir) io.stdinIsDir = true;
  else delete io.stdinIsDir;
  io.out = opened.fds.get(1)!.chunks;
  io.err = opened.fds.get(2)!.chunks;
  return undefined;
}

interface OpenedFds {
  stdin: string;
  stdinIsFile: boolean | undefined;
  stdinIsDir: boolean | undefined;
  fds: Map<number, Sink>;
  files: Sink[];
  /** A redirection gave the command a stdin of its own (< FILE, a heredoc, a here-string). */
  ownStdin: boolean;
  stdinSource?: InputFd;
}

function openFds(state: ShellState, redirects: Redirect[], io: Io, host: ExpandHost): OpenedFds | string {
  let stdin = io.stdin;
  let stdinIsFile = io.stdinIsFile;
  let stdinIsDir = io.stdinIsDir;
  let ownStdin = false;
  let stdinSource: InputFd | undefined;
  const fds = new Map<number, Sink>([
    ...(state.fds ?? new Map<number, Sink>()),
    [1, { chunks: io.out }],
    [2, { chunks: io.err }],
  ]);
  const files: Sink[] = [];
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);

  for (const r of redirects) {
    if (r.op === "<<" || r.op === "<<-") {
      stdin = r.heredoc ? expandToString(r.heredoc.body, host) : "";
      stdinIsFile = false;
      stdinIsDir = undefined;
      ownStdin = true;
      stdinSource = undefined;
      continue;
    }
    if (r.op === "<<<") {
      stdin = expandToString(r.target, host) + "\n";
      stdinIsFile = false;
      stdinIsDir = undefined;
      ownStdin = true;
      stdinSource = undefined;
      continue;
    }
    const fields = expandWord(r.target, host);
    const rawTarget = r.target.map((p) => (p.t === "lit" ? p.v : p.t === "var" ? `$${p.name}` : "")).join("");
    if (fields.length !== 1) return `${rawTarget}: ambiguous redirect`;
    const target = fields[0]!;

    if (r.op === ">&" || r.op === "<&") {
      if (target === "-") {
        fds.set(r.fd, { chunks: [], discard: true, closed: true });
        continue;
      }
      if (/^[0-9]+$/.test(target)) {
        const src = fds.get(Number(target));
        if ((!src || src.closed) && Number(target) !== 0) return `${target}: Bad file descriptor`;
        if (src) fds.set(r.fd, src);
        // `<&3`: stdin reads on where fd 3 is
        if (r.fd === 0 && src?.input) {
          stdin = src.input.text;
          stdinIsFile = src.input.isFile;
          stdinIsDir = undefined;
          ownStdin = true;
          stdinSource = src.input;
        }
        continue;
      }
      if (r.op === "<&") return `${target}: ambiguous redirect`;
      // `>&file` means `&>file`.
    }

    if (r.op === "<") {
      const abs = vfs.resolve(target);
      // `< /dev/stdin` opens the same pipe again: stdin stays the shared one
      if (r.fd === 0 && STDIN_PATHS.has(abs)) continue;
      const isDir = vfs.isDir(abs);
      // (bash opens a directory for reading; it is the program's read that fails)
      if (isDir && r.fd !== 0) return `${target}: Is a directory`;
      const data = isDir ? "" : vfs.readFile(abs);
      if (data === undefined) return `${target}: No such file or directory`;
      if (r.fd === 0) {
        stdin = data;
        stdinIsFile = !isDir;
        stdinIsDir = isDir || undefined;
        ownStdin = true;
        stdinSource = undefined;
      } else fds.set(r.fd, { chunks: [], discard: true, input: { text: data, isFile: !abs.startsWith("/dev/fd/") } });
      continue;
    }
    if (r.op === "<>") continue;

    // set -C: `>` (not `>|` or `>>`) refuses to replace a regular file
    if ((r.op === ">" || r.op === "&>" || r.op === ">&") && state.options.has("noclobber") && vfs.exists(target) && !vfs.isDir(target) && !vfs.resolve(target).startsWith("/dev/"))
      return `${target}: cannot overwrite existing file`;
    const sink = openOutput(vfs, target, r.op === ">>" || r.op === "&>>", fds);
    if (typeof sink === "string") return sink;
    if (sink.file) files.push(sink);
    if (r.op === "&>" || r.op === "&>>" || r.op === ">&") {
      fds.set(1, sink);
      fds.set(2, sink);
    } else fds.set(r.fd, sink);
  }
  return { stdin, stdinIsFile, stdinIsDir, fds, files, ownStdin, stdinSource };
}

function openOutput(vfs: WorldVfs, target: string, append: boolean, fds: Map<number, Sink>): Sink | string {
  const abs = vfs.resolve(target);
  if (abs === "/dev/null") return { chunks: [], discard: true };
  if (abs === "/dev/stdout") return fds.get(1)!;
  if (abs === "/dev/stderr") return fds.get(2)!;
  // Opening truncates (or creates) the file at once, as the kernel does on open(O_TRUNC).
  const err = vfs.writeFile(abs, "", append);
  if (err) return `${target}: ${err}`;
  return { chunks: [], file: abs };
}

/** Writes what the command printed into its redirected files; returns write errors, if any. */
export function flushRedirects(state: ShellState, files: Sink[]): string[] {
  const errors: string[] = [];
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  const seen = new Set<Sink>();
  for (const sink of files) {
    if (seen.has(sink) || !sink.file || sink.chunks.length === 0) continue;
    seen.add(sink);
    const err = vfs.writeFile(sink.file, sink.chunks.join(""), true);
    if (err) errors.push(err);
  }
  return errors;
}
