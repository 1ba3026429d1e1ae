// util-linux 2.38 `nsenter`: run a program in another network namespace, named by a file
// (--net=/run/netns/NAME, -n/run/netns/NAME, /proc/1/ns/net) or by a process (-t 1 -n).
// Only the network namespace is modelled; the other namespace options are refused.
import type { Command, CommandContext, CommandResult } from "../shell/types.js";
import { getNamespace } from "./links.js";

const fail = (text: string, rc = 1): CommandResult => ({ stdout: "", stderr: `nsenter: ${text}\n`, rc });

/** The namespace a file names: /run/netns/NAME, or a process's ns/net (pid 1 is the case's own). */
function namespaceOfFile(ctx: CommandContext, file: string): string | undefined {
  const named = /^\/(?:var\/)?run\/netns\/([^/]+)$/.exec(file);
  if (named) return getNamespace(ctx.world, named[1]!) ? named[1] : undefined;
  if (file === "/proc/1/ns/net") return "";
  if (file === "/proc/self/ns/net" || file === "/proc/thread-self/ns/net") return ctx.netns;
  return undefined;
}

interface Parsed {
  /** undefined: -n not given; "": -n without a file (the target's). */
  netFile?: string;
  target?: string;
  program: string[];
}

/** util-linux 2.38.1's usage text ("-W." is its own typo). */
const HELP = `
Usage:
 nsenter [options] [<program> [<argument>...]]

Run a program with namespaces of other processes.

Options:
 -a, --all              enter all namespaces
 -t, --target <pid>     target process to get namespaces from
 -m, --mount[=<file>]   enter mount namespace
 -u, --uts[=<file>]     enter UTS namespace (hostname etc)
 -i, --ipc[=<file>]     enter System V IPC namespace
 -n, --net[=<file>]     enter network namespace
 -p, --pid[=<file>]     enter pid namespace
 -C, --cgroup[=<file>]  enter cgroup namespace
 -U, --user[=<file>]    enter user namespace
 -T, --time[=<file>]    enter time namespace
 -S, --setuid <uid>     set uid in entered namespace
 -G, --setgid <gid>     set gid in entered namespace
     --preserve-credentials do not touch uids or gids
 -r, --root[=<dir>]     set the root directory
 -w, --wd[=<dir>]       set the working directory
 -W. --wdns <dir>       set the working directory in namespace
 -F, --no-fork          do not fork before exec'ing <program>
 -Z, --follow-context   set SELinux context according to --target PID

 -h, --help             display this help
 -V, --version          display version

For more details see nsenter(1).
`;

/** getopt_long with "+": options up to the first operand or "--". */
function parse(args: string[]): Parsed | CommandResult {
  const parsed: Parsed = { program: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-n" || a === "--net") parsed.netFile = "";
    else if (a.startsWith("--net=")) parsed.netFile = a.slice(6);
    else if (/^-n./.test(a)) parsed.netFile = a.slice(2);
    else if (a === "-t" || a === "--target") {
      const pid = args[++i];
      if (pid === undefined) return fail(`option requires an argument -- 't'\nTry 'nsenter --help' for more information.`);
      parsed.target = pid;
    } else if (a.startsWith("--target=")) parsed.target = a.slice(9);
    else if (/^-t./.test(a)) parsed.target = a.slice(2);
    else if (a === "-V" || a === "--version") return { stdout: "nsenter from util-linux 2.38.1\n", stderr: "", rc: 0 };
    else if (a === "-h" || a === "--help") return { stdout: HELP, stderr: "", rc: 0 };
    else if (a.startsWith("-") && a !== "-") return fail(`this emulator's nsenter enters network namespaces only (${a})`);
    else break;
  }
  parsed.program = args.slice(i);
  return parsed;
}

function run(ctx: CommandContext): CommandResult {
  const parsed = parse(ctx.argv.slice(1));
  if ("rc" in parsed) return parsed;
  let netns = ctx.netns;
  if (parsed.netFile !== undefined) {
    let file = parsed.netFile;
    if (file === "") {
      if (parsed.target === undefined) return fail("neither filename nor target pid supplied for ns/net");
      file = `/proc/${parsed.target}/ns/net`;
    }
    const found = namespaceOfFile(ctx, file);
    if (found === undefined) return fail(`cannot open ${file}: No such file or directory`);
    netns = found;
  }
  // without a program nsenter starts $SHELL, which here finds its stdin at its end
  if (parsed.program.length === 0) return { stdout: "", stderr: "", rc: 0 };
  const name = parsed.program[0]!;
  if (ctx.lookup && !name.includes("/") && !ctx.lookup(name)) return fail(`failed to execute ${name}: No such file or directory`, 127);
  return ctx.run(parsed.program, { netns });
}

export const nsenterCommand: Command = { name: "nsenter", run };
