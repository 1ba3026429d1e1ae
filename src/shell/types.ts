// The contract between the shell and the commands it runs. A command is a plain object with a
// name and a synchronous run(); it turns engine state into text and never prints by itself.

import type { World } from "../net/types.js";

export interface CommandResult {
  stdout: string;
  stderr: string;
  rc: number;
  /**
   * For a command whose stdout is block-buffered (Command.bufferedStdout): where its stderr
   * parts were written, each after `at` bytes of stdout. Without it, all of stderr was written
   * at the end (after the whole of stdout). See shell/interleave.ts.
   */
  stderrParts?: StderrPart[];
  /**
   * What the command left unread of its stdin, for the commands after it that share that stdin
   * (`while read …; do head -1; done < FILE`: head -n lseeks back on a regular file, head -c
   * reads only what it prints). Without it, a command that read ctx.stdin consumed all of it.
   */
  stdinLeft?: string;
}

/** Text written to stderr after `at` bytes had been written to stdout. */
export interface StderrPart {
  at: number;
  text: string;
  /** The program flushed its stdout before writing this (mawk -W version): all `at` bytes come first. */
  flushed?: boolean;
}

export interface CommandContext {
  /** argv[0] is the command name as typed (e.g. "iptables-legacy", "iptables"). */
  argv: string[];
  /**
   * argv[0] as typed when the command was run by its path (/usr/sbin/iptables-save): argv[0]
   * then holds only the name. getopt's messages name the program by this.
   */
  typedPath?: string;
  stdin: string;
  /** stdin is a regular file (`< FILE`), not a pipe, heredoc or terminal (GNU wc pads differently). */
  stdinIsFile?: boolean;
  /** stdout is a pipe whose reader has already exited (`… | xargs | sort < FILE`): a write would get SIGPIPE. */
  stdoutReaderGone?: boolean;
  /** stdout is a pipe to the next stage of a pipeline. */
  stdoutIsPipe?: boolean;
  env: Record<string, string>;
  /** Absolute working directory. */
  cwd: string;
  world: World;
  /** Network namespace the command runs in ("" = the host's own). */
  netns: string;
  /** Files of the machine, with /proc/sys mapped onto the namespace's sysctls. */
  fs: Vfs;
  /** Run another command line's argv (sudo, watch, ip netns exec …) with optional overrides. */
  /** `environ`: the program's whole environment instead of the shell's exported variables (env -i). */
  run(argv: string[], opts?: { netns?: string; stdin?: string; environ?: Record<string, string> }): CommandResult;
  /** Whether `name` is a command run() can find (builtin or registered), e.g. for `sudo` and `ip netns exec`. */
  lookup?(name: string): boolean;
}

export interface Command {
  name: string;
  /** Other names for the same command (e.g. iptables-nft). argv[0] tells which was used. */
  aliases?: string[];
  /**
   * The real program writes stdout through C stdio, which buffers 4096-byte blocks when stdout
   * is a pipe or file, while stderr goes out at once: with 2>&1 its errors and warnings come
   * before the stdout text they followed (sed, awk, wc, ls, getent, iptables).
   */
  bufferedStdout?: boolean;
  run(ctx: CommandContext): CommandResult;
}

/** The virtual filesystem as commands see it. Paths may be relative to ctx.cwd. */
export interface Vfs {
  /** File contents, or undefined when there is no such file. */
  readFile(path: string): string | undefined;
  /**
   * Why an existing file cannot be read ("Permission denied" for /proc/sys's write-only files,
   * "Input/output error" for an unset stable_secret), or undefined when it can.
   */
  readError?(path: string): string | undefined;
  /** Write (or append) a file; returns an error text such as "No such file or directory" on failure. */
  writeFile(path: string, data: string, append?: boolean): string | undefined;
  exists(path: string): boolean;
  isDir(path: string): boolean;
  /** Entries of a directory (names only), sorted; undefined if not a directory. */
  list(path: string): string[] | undefined;
  mkdir(path: string, parents?: boolean): string | undefined;
  remove(path: string, recursive?: boolean): string | undefined;
  /** Whether a file has its execute bits (chmod +x). */
  isExecutable?(path: string): boolean;
  /** Sets or clears a file's execute bits. */
  setExecutable?(path: string, on: boolean): void;
  /** Absolute, normalised form of a path. */
  resolve(path: string): string;
  /** The target text of a symbolic link (not followed further), or undefined for no link. */
  readLink?(path: string): string | undefined;
  /** Makes PATH a symbolic link to TARGET (`ln -s`); returns an error text on failure. */
  symlink?(target: string, path: string): string | undefined;
  /** The world clock (ms) when the file last changed; undefined when there is no such file. */
  modifiedAt?(path: string): number | undefined;
  /** Marks an existing file as changed now (touch). */
  touch?(path: string): void;
}
