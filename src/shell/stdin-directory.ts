// `cmd < /some/dir`: bash opens a directory for reading without complaint, and it is the
// program's first read(2) that fails with EISDIR. Each tool words that in its own way (GNU
// coreutils, mawk, sed, grep…); what it had done before the read (other files, counts of zero)
// still happens. Tools not listed here carry on as if stdin were empty, as iptables-restore,
// nft -f -, sysctl -p -, dash and cksum do on Debian 12.

interface Failure {
  /** The error line; "%s" is the name the program was run by. */
  message: string;
  rc: number;
  /** The stdout lines made from stdin go: all of them, or only those naming it "-". */
  drop?: "all" | "dashLines";
}

/** One failure for each of several names. */
const each = (names: string[], failure: Failure) => names.map((n) => [n, failure] as const);

const FAILURES = new Map<string, Failure>([
  ...each(["cat", "cut", "nl", "fold", "paste", "expand", "unexpand", "split"], { message: "%s: -: Is a directory", rc: 1 }),
  // (tools that print nothing for an input they could not read, the checksums only its "-" line)
  ...each(["sum", "comm"], { message: "%s: -: Is a directory", rc: 1, drop: "all" }),
  ...each(["md5sum", "sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum"], { message: "%s: -: Is a directory", rc: 1, drop: "dashLines" }),
  ...each(["grep", "egrep", "fgrep"], { message: "grep: (standard input): Is a directory", rc: 2 }),
  ...each(["awk", "mawk", "nawk"], { message: "%s: read error (Is a directory)", rc: 2 }),
  ["wc", { message: "wc: 'standard input': Is a directory", rc: 1 }],
  ["head", { message: "head: error reading 'standard input': Is a directory", rc: 1 }],
  ["tail", { message: "tail: error reading 'standard input': Is a directory", rc: 1 }],
  ["tac", { message: "tac: 'standard input': read error: Is a directory", rc: 1 }],
  ["od", { message: "od: 'standard input': Is a directory", rc: 1 }],
  ["sort", { message: "sort: read failed: -: Is a directory", rc: 2 }],
  ["sed", { message: "sed: read error on stdin: Is a directory", rc: 4 }],
  ["tr", { message: "tr: read error: Is a directory", rc: 1 }],
  ["tee", { message: "tee: read error: Is a directory", rc: 1 }],
  ["base64", { message: "base64: read error: Is a directory", rc: 1 }],
  ["uniq", { message: "uniq: error reading '-'", rc: 1 }],
  ["rev", { message: "rev: stdin: 0: Is a directory", rc: 1 }],
  ["column", { message: "column: read failed: Is a directory", rc: 1 }],
  ["fmt", { message: "fmt: read error", rc: 1 }],
  ["join", { message: "join: read error: Is a directory", rc: 1, drop: "all" }],
  ["envsubst", { message: 'envsubst: error while reading "standard input": Is a directory', rc: 1 }],
  ["bc", { message: "(standard_in) 1: read() in flex scanner failed", rc: 1 }],
  ["xargs", { message: "xargs: error closing file", rc: 1 }],
]);

/**
 * How `name`'s read of a directory stdin fails: its error line and exit status, or undefined
 * for a program that takes it as empty input.
 */
export function directoryStdinFailure(name: string, stdout: string): { stdout: string; stderr: string; rc: number } | undefined {
  const f = FAILURES.get(name);
  if (!f) return undefined;
  const kept = f.drop === "all" ? "" : f.drop === "dashLines" ? stdout.replace(/^.*  -\n/gm, "") : stdout;
  return { stdout: kept, stderr: `${f.message.replace("%s", name)}\n`, rc: f.rc };
}
