// Case scripts as the oracle reads them (see oracle/README.md "Case format"): one command per
// line, blank and `#` lines skipped, a line with heredocs extends to their terminators, no `\`
// continuation. Shared by `nettutor exec` and the grader.
import type { Session } from "./session.js";
import { forkState } from "./state.js";
import { setDeadline } from "./deadline.js";

export interface CommandRecord {
  cmd: string;
  stdout: string;
  stderr: string;
  rc: number;
}

const HEREDOC = /(?<!<)<<(?!<)(-?)\s*(?:'([^']*)'|"([^"]*)"|\\?([A-Za-z0-9_.-]+))/g;

/** Splits a case into commands exactly as run-real does. */
export function splitScript(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  const cmds: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++]!;
    const s = line.trim();
    if (!s || s.startsWith("#")) continue;
    const block = [line];
    for (const m of line.matchAll(HEREDOC)) {
      const stripTabs = m[1] === "-";
      const word = m[2] ?? m[3] ?? m[4] ?? "";
      while (i < lines.length) {
        const body = lines[i++]!;
        block.push(body);
        if ((stripTabs ? body.replace(/^\t+/, "") : body) === word) break;
      }
    }
    cmds.push(block.join("\n"));
  }
  return cmds;
}

export interface RunScriptOptions {
  /**
   * Run each command like a separate `bash -c` (the oracle's way): variables, cwd and aliases
   * do not carry from one command to the next. Default true.
   */
  isolate?: boolean;
  /** Kill a command line that waits longer than this (ms of the world's clock): status 124, as run-real's 5 s limit. */
  timeLimitMs?: number;
}

const BASH_USAGE = `Usage:\t/bin/bash [GNU long option] [option] ...
\t/bin/bash [GNU long option] [option] script-file ...
GNU long options:
${["debug", "debugger", "dump-po-strings", "dump-strings", "help", "init-file", "login", "noediting", "noprofile", "norc", "posix", "pretty-print", "rcfile", "restricted", "verbose", "version"].map((o) => `\t--${o}\n`).join("")}Shell options:
\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)
\t-abefhkmnptuvxBCEHPT or -o option
`;

/** bash's usage text under the name it was run as. */
export function bashUsage(shell: string): string {
  return BASH_USAGE.replaceAll("/bin/bash", shell);
}

/** bash's complaint when a command line starting with "-" has a letter that is no option of bash's. */
function bashOptionError(cmd: string): string | undefined {
  if (!cmd.startsWith("-") || cmd.startsWith("--")) return undefined;
  const bad = [...cmd.slice(1)].find((c) => !"abefhkmnptuvxBCEHPTilrsDcOo".includes(c));
  return bad === undefined ? undefined : `/bin/bash: -${bad}: invalid option\n${BASH_USAGE}`;
}

/** Runs every command of a case script in the session, returning one record per command. */
export function runScript(session: Session, text: string, options: RunScriptOptions = {}): CommandRecord[] {
  const isolate = options.isolate ?? true;
  const base = isolate ? forkState(session.state) : undefined;
  const records: CommandRecord[] = [];
  for (const cmd of splitScript(text)) {
    // (each line is a new bash: its umask too is the one it started with)
    if (base) Object.assign(session.state, forkState(base), { lastRc: 0, subshell: 0, bashPid: undefined, umask: base.umask });
    // `bash -c CMD` reads a CMD that starts with "-" as its own options first
    const refused = isolate ? bashOptionError(cmd) : undefined;
    if (refused) {
      records.push({ cmd, stdout: "", stderr: refused, rc: 2 });
      continue;
    }
    if (options.timeLimitMs !== undefined) setDeadline(session.state.world, session.state.world.clock + options.timeLimitMs);
    const r = session.run(cmd);
    setDeadline(session.state.world, undefined);
    records.push({ cmd, stdout: r.stdout, stderr: r.stderr, rc: r.rc });
  }
  return records;
}
