// iptables-apply / ip6tables-apply (Debian's script, version 1.1): save the rules, apply a rules
// file (or run a command), ask "Can you establish NEW connections?" and restore the saved rules
// unless the answer read from stdin starts with y. The script's own quirks are kept: it shifts
// its positional arguments once per word of getopt's output before "--", so `-t5 FILE` and
// `--timeout=5 FILE` lose FILE, and `FILE -t 5` takes "5" as the rules file.
import type { CommandContext, CommandResult, StderrPart } from "../shell/types.js";
import { Getopt, type LongOption } from "./getopt.js";

const SHORTS = { t: 1, w: 1, c: 0, h: 0, V: 0 } as const;
const LONGS: LongOption<string>[] = [
  { name: "timeout", hasArg: 1, val: "t" },
  { name: "write", hasArg: 1, val: "w" },
  { name: "command", hasArg: 0, val: "c" },
  { name: "help", hasArg: 0, val: "h" },
  { name: "version", hasArg: 0, val: "V" },
];

function blurb(prog: string): string {
  return `${prog} 1.1 -- a safer way to update iptables remotely\n`;
}

function about(prog: string): string {
  return (
    `${blurb(prog)}\n${prog} has been published under the terms of the Artistic Licence 2.0.\n\n` +
    "Original version - Copyright 2006 Martin F. Krafft <madduck@madduck.net>.\n" +
    "Version 1.1 - Copyright 2010 GW <gw.2010@tnode.com or http://gw.tnode.com/>.\n"
  );
}

function usage(prog: string, six: boolean): string {
  const rules = `/etc/network/${six ? "ip6" : "ip"}tables.up.rules`;
  const run = `/etc/network/${six ? "ip6" : "ip"}tables.up.run`;
  return `${blurb(prog)}
Usage:
  ${prog} [-hV] [-t timeout] [-w savefile] {[rulesfile]|-c [runcmd]}

The script will try to apply a new rulesfile (as output by iptables-save,
read by iptables-restore) or run a command to configure iptables and then
prompt the user whether the changes are okay. If the new iptables rules cut
the existing connection, the user will not be able to answer affirmatively.
In this case, the script rolls back to the previous working iptables rules
after the timeout expires.

Successfully applied rules can also be written to savefile and later used
to roll back to this state. This can be used to implement a store last good
configuration mechanism when experimenting with an iptables setup script:
  ${prog} -w ${rules} -c ${run}

When called as ip6tables-apply, the script will use ip6tables-save/-restore
and IPv6 default values instead. Default value for rulesfile is
'${rules}'.

Options:

-t seconds, --timeout seconds
  Specify the timeout in seconds (default: 10).
-w savefile, --write savefile
  Specify the savefile where successfully applied rules will be written to
  (default if empty string is given: ${rules}).
-c runcmd, --command runcmd
  Run command runcmd to configure iptables instead of applying a rulesfile
  (default: ${run}).
-h, --help
  Display this help text.
-V, --version
  Display version information.

`;
}

interface Options {
  timeout: string;
  savefile: string;
  commandMode: boolean;
  /** The positional arguments left after the script's shifts ($1 is the first). */
  positional: string[];
}

/** getopt(1) over the arguments, then the script's loop over its output; a result is an early exit. */
function readOptions(argv: string[], prog: string, six: boolean): Options | CommandResult {
  const g = new Getopt<string>(argv, SHORTS);
  const found: { val: string; arg?: string }[] = [];
  let errors = "";
  for (;;) {
    const r = g.next(LONGS);
    if (r.kind === "end") break;
    if (r.kind === "nonoption") continue;
    if (r.kind === "option") found.push({ val: String(r.val), arg: r.optarg });
    // getopt(1) reports every bad option before it fails
    else errors += `${prog}: ${g.failure}\n`;
  }
  if (errors) return { stdout: "", stderr: errors, rc: 1 };
  const opts: Options = { timeout: "10", savefile: "", commandMode: false, positional: argv.slice(1) };
  let words = 0;
  for (const o of found) {
    if (o.val === "h") return { stdout: "", stderr: usage(prog, six), rc: 0 };
    if (o.val === "V") return { stdout: "", stderr: about(prog), rc: 0 };
    // the script word-splits getopt's quoted output: "'a b'" becomes "'a" and "b'", which eval cannot read
    if (o.val === "t" && /\s/.test(o.arg ?? "")) {
      return { stdout: "", stderr: `/usr/sbin/${prog}: eval: line 144: unexpected EOF while looking for matching \`''\n`, rc: 2 };
    }
    if (o.val === "t") opts.timeout = o.arg ?? "";
    if (o.val === "w") opts.savefile = o.arg || `/etc/network/${six ? "ip6" : "ip"}tables.up.rules`;
    if (o.val === "c") opts.commandMode = true;
    words += o.arg === undefined ? 1 : 2;
  }
  // `shift` past the end fails, and `set -e` ends the script quietly
  if (words > opts.positional.length) return { stdout: "", stderr: "", rc: 1 };
  opts.positional = opts.positional.slice(words);
  return opts;
}

export function runIptablesApply(ctx: CommandContext): CommandResult {
  const prog = (ctx.argv[0] ?? "iptables-apply").split("/").pop()!;
  const six = prog.includes("6");
  const save = six ? "ip6tables-save" : "iptables-save";
  const restore = six ? "ip6tables-restore" : "iptables-restore";
  const read = readOptions(ctx.argv, prog, six);
  if ("rc" in read) return read;
  // [ "$TIMEOUT" -ge 0 ]
  if (!/^\s*[+-]?\d+\s*$/.test(read.timeout) || Number(read.timeout) < 0) {
    return { stdout: "", stderr: "Error: timeout must be a positive number\n", rc: 1 };
  }
  const target = read.positional[0] ?? `/etc/network/${six ? "ip6" : "ip"}tables.up.${read.commandMode ? "run" : "rules"}`;
  if (read.commandMode && !(ctx.fs.exists(target) && (ctx.fs.isDir(target) || ctx.fs.isExecutable?.(target)))) {
    return { stdout: "", stderr: `Error: runcmd not executable: ${target}\n`, rc: 6 };
  }
  if (!read.commandMode && !ctx.fs.exists(target)) return { stdout: "", stderr: `Error: rulesfile not readable: ${target}\n`, rc: 2 };

  let stdout = "";
  // each stderr text with the stdout written before it (the script's echoes go out at once)
  const errs: StderrPart[] = [];
  const warn = (text: string): void => {
    errs.push({ at: Buffer.byteLength(stdout), text });
  };
  // what `read -n1` left of stdin for the commands after this one
  let stdinLeft: string | undefined;
  const result = (rc: number): CommandResult => ({ stdout, stderr: errs.map((p) => p.text).join(""), rc, stderrParts: errs, ...(stdinLeft === undefined ? {} : { stdinLeft }) });
  const run = (argv: string[], stdin?: string) => {
    const r = ctx.run(argv, stdin === undefined ? {} : { stdin });
    stdout += r.stdout;
    warn(r.stderr);
    return r;
  };
  const saved = ctx.run([save], { stdin: "" });
  warn(saved.stderr);
  const revert = (rc: number): CommandResult => {
    stdout += "Reverting to old iptables rules... ";
    const r = run([restore], saved.stdout);
    if (r.rc !== 0) return result(r.rc);
    stdout += "done.\n";
    return result(rc);
  };
  if (read.commandMode) {
    stdout += `Running command '${target}'... `;
    if (run([target], "").rc !== 0) {
      stdout += "failed.\n";
      warn(`Error: unknown error running command: ${target}\n`);
      return revert(7);
    }
  } else {
    stdout += `Applying new iptables rules from '${target}'... `;
    if (run([restore], ctx.fs.readFile(target) ?? "").rc !== 0) {
      stdout += "failed.\n";
      warn(`Error: unknown error applying new iptables rules: ${target}\n`);
      return revert(5);
    }
  }
  stdout += "done.\nCan you establish NEW connections to the machine? (y/N) \n";
  // read -n1 -t TIMEOUT: one character of stdin (a newline reads as nothing); -t 0 reads none
  const input = Number(read.timeout) === 0 ? undefined : ctx.stdin;
  if (input !== undefined) stdinLeft = input.slice(1);
  const answer = input?.charAt(0).replace("\n", "") ?? "";
  if (!/^[yY]/.test(answer)) {
    stdout += answer === "" ? "Timeout! Something happened (or did not). Better play it safe...\n" : "No affirmative response! Better play it safe...\n";
    return revert(255);
  }
  if (read.savefile) {
    stdout += `Writing successfully applied rules to '${read.savefile}'...\n`;
    // bash opens (truncates) the file first: when it cannot, iptables-save never runs
    const failed = ctx.fs.writeFile(read.savefile, "");
    const now = failed ? undefined : ctx.run([save], { stdin: "" });
    if (now) warn(now.stderr);
    if (!now || now.rc !== 0) {
      if (failed) warn(`/usr/sbin/${prog}: line 269: ${read.savefile}: ${failed}\n`);
      warn(`Error: unknown error writing successfully applied rules: ${read.savefile}\n`);
      return result(9);
    }
    ctx.fs.writeFile(read.savefile, now.stdout);
  }
  stdout += "... then my job is done. See you next time.\n";
  return result(0);
}
