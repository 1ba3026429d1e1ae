// update-alternatives (dpkg 1.21.22) for the iptables family's link groups: --display, --query,
// --list, --get-selections, --set, --auto, --config (the choice read from stdin) and --all.
// Texts and exit codes follow dpkg's utils/update-alternatives.c; errors exit 2.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { ALT_GROUPS, bestChoice, findGroup, selectionOf, setSelection, type AltGroup, type AltSelection } from "./alternatives.js";

const PROG = "update-alternatives";

const USAGE = `Usage: ${PROG} [<option> ...] <command>

Commands:
  --install <link> <name> <path> <priority>
    [--slave <link> <name> <path>] ...
                           add a group of alternatives to the system.
  --remove <name> <path>   remove <path> from the <name> group alternative.
  --remove-all <name>      remove <name> group from the alternatives system.
  --auto <name>            switch the master link <name> to automatic mode.
  --display <name>         display information about the <name> group.
  --query <name>           machine parseable version of --display <name>.
  --list <name>            display all targets of the <name> group.
  --get-selections         list master alternative names and their status.
  --set-selections         read alternative status from standard input.
  --config <name>          show alternatives for the <name> group and ask the
                           user to select which one to use.
  --set <name> <path>      set <path> as alternative for <name>.
  --all                    call --config on all alternatives.

<link> is the symlink pointing to /etc/alternatives/<name>.
  (e.g. /usr/bin/pager)
<name> is the master name for this link group.
  (e.g. pager)
<path> is the location of one of the alternative target files.
  (e.g. /usr/bin/less)
<priority> is an integer; options with higher numbers have higher priority in
  automatic mode.

Options:
  --altdir <directory>     change the alternatives directory
                             (default is /etc/alternatives).
  --admindir <directory>   change the administrative directory
                             (default is /var/lib/dpkg/alternatives).
  --instdir <directory>    change the installation directory.
  --root <directory>       change the filesystem root directory.
  --log <file>             change the log file.
  --force                  allow replacing files with alternative links.
  --skip-auto              skip prompt for alternatives correctly configured
                           in automatic mode (relevant for --config only)
  --quiet                  quiet operation, minimal output.
  --verbose                verbose operation, more output.
  --debug                  debug output, way more output.
  --help                   show this help message.
  --version                show the version.
`;

const VERSION_TEXT = `Debian ${PROG} version 1.21.22.

This is free software; see the GNU General Public License version 2 or
later for copying conditions. There is NO warranty.
`;

/** Thrown to end the run with dpkg's error() or badusage() text. */
class Exit extends Error {
  constructor(readonly stderr: string) {
    super(stderr);
  }
}
const fail = (text: string) => new Exit(`${PROG}: error: ${text}\n`);
const badUsage = (text: string) => new Exit(`${PROG}: ${text}\n\nUse '${PROG} --help' for program usage information.\n`);

type Action = "install" | "remove" | "set" | "display" | "query" | "auto" | "config" | "list" | "remove-all" | "all" | "get-selections" | "set-selections";
const NAME_ACTIONS = new Set(["display", "query", "auto", "config", "list", "remove-all"]);
const PLAIN_ACTIONS = new Set(["all", "get-selections", "set-selections"]);
const DIR_OPTIONS = new Set(["altdir", "admindir", "instdir", "root"]);

interface Parsed {
  action?: Action;
  name?: string;
  path?: string;
  quiet: boolean;
  skipAuto: boolean;
}

function checkName(name: string): void {
  if (/[/ \t]/.test(name)) throw fail(`alternative name (${name}) must not contain '/' and spaces`);
}

function parseArgs(args: string[]): Parsed {
  const p: Parsed = { quiet: false, skipAuto: false };
  const setAction = (a: Action) => {
    if (p.action) throw badUsage(`two commands specified: --${p.action} and --${a}`);
    p.action = a;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const missing = (n: number) => args.length < i + n + 1;
    if (!arg.startsWith("--")) throw fail(`unknown argument '${arg}'`);
    const opt = arg.slice(2);
    if (opt === "help") throw Object.assign(new Exit(""), { stdout: USAGE });
    if (opt === "version") throw Object.assign(new Exit(""), { stdout: VERSION_TEXT });
    if (opt === "quiet") p.quiet = true;
    else if (opt === "verbose" || opt === "debug") p.quiet = false;
    else if (opt === "install") {
      setAction("install");
      if (missing(4)) throw badUsage(`--install needs <link> <name> <path> <priority>`);
      i += 4;
    } else if (opt === "remove" || opt === "set") {
      setAction(opt);
      if (missing(2)) throw badUsage(`--${opt} needs <name> <path>`);
      p.name = args[i + 1]!;
      p.path = args[i + 2]!;
      checkName(p.name);
      if (!p.path.startsWith("/")) throw fail(`alternative path is not absolute as it should be: ${p.path}`);
      i += 2;
    } else if (NAME_ACTIONS.has(opt)) {
      setAction(opt as Action);
      if (missing(1)) throw badUsage(`--${opt} needs <name>`);
      p.name = args[++i]!;
      checkName(p.name);
    } else if (PLAIN_ACTIONS.has(opt)) setAction(opt as Action);
    else if (opt === "slave") {
      if (p.action !== "install") throw badUsage(`--slave only allowed with --install`);
      if (missing(3)) throw badUsage(`--slave needs <link> <name> <path>`);
      i += 3;
    } else if (opt === "log") {
      if (missing(1)) throw badUsage(`--log needs a <file> argument`);
      i++;
    } else if (DIR_OPTIONS.has(opt)) {
      if (missing(1)) throw badUsage(`--${opt} needs a <directory> argument`);
      i++;
    } else if (opt === "skip-auto") p.skipAuto = true;
    else if (opt !== "force") throw badUsage(`unknown option '${arg}'`);
  }
  if (!p.action) {
    throw badUsage(
      "need --display, --query, --list, --get-selections, --config, --set, --set-selections, --install, --remove, --all, --remove-all or --auto",
    );
  }
  return p;
}

const describe = (status: AltSelection["status"]) => `${status} mode`;

function displayUser(g: AltGroup, sel: AltSelection): string {
  let out = `${g.name} - ${describe(sel.status)}\n`;
  out += `  link best version is ${bestChoice(g, sel.value).path}\n`;
  out += `  link currently points to ${sel.value}\n`;
  out += `  link ${g.name} is ${g.link}\n`;
  for (const [slave, link] of Object.entries(g.slaveLinks)) out += `  slave ${slave} is ${link}\n`;
  for (const c of g.choices) {
    out += `${c.path} - priority ${c.priority}\n`;
    for (const slave of Object.keys(g.slaveLinks)) if (c.slaves[slave]) out += `  slave ${slave}: ${c.slaves[slave]}\n`;
  }
  return out;
}

function displayQuery(g: AltGroup, sel: AltSelection): string {
  let out = `Name: ${g.name}\nLink: ${g.link}\nSlaves:\n`;
  for (const [slave, link] of Object.entries(g.slaveLinks)) out += ` ${slave} ${link}\n`;
  out += `Status: ${sel.status}\nBest: ${bestChoice(g, sel.value).path}\nValue: ${sel.value}\n`;
  for (const c of g.choices) {
    out += `\nAlternative: ${c.path}\nPriority: ${c.priority}\nSlaves:\n`;
    for (const slave of Object.keys(g.slaveLinks)) if (c.slaves[slave]) out += ` ${slave} ${c.slaves[slave]}\n`;
  }
  return out;
}

/** C's "% -10d": a space for the sign, left-aligned in ten columns. */
const spacedInt = (n: number) => (n < 0 ? String(n) : ` ${n}`).padEnd(10);

/** The --config menu, read from stdin line by line as fgets() does; undefined at end of input. */
function selectChoice(g: AltGroup, sel: AltSelection, input: string[]): { out: string; choice?: AltSelection } {
  const best = bestChoice(g, sel.value);
  const width = Math.max(15, ...g.choices.map((c) => c.path.length + 1));
  const row = (status: AltSelection["status"], path: string, priority: number, idx: number) => {
    const mark = sel.status === status && sel.value === path ? "*" : " ";
    return `${mark} ${String(idx).padEnd(12)} ${path.padEnd(width)} ${spacedInt(priority)} ${describe(status)}\n`;
  };
  const n = g.choices.length;
  let out = "";
  for (;;) {
    out += `There ${n === 1 ? "is" : "are"} ${n} choice${n === 1 ? "" : "s"} for the alternative ${g.name} (providing ${g.link}).\n\n`;
    out += `  ${"Selection".padEnd(12)} ${"Path".padEnd(width)} ${"Priority".padEnd(10)} Status\n`;
    out += "-".repeat(60) + "\n";
    out += row("auto", best.path, best.priority, 0);
    g.choices.forEach((c, i) => (out += row("manual", c.path, c.priority, i + 1)));
    out += "\nPress <enter> to keep the current choice[*], or type selection number: ";
    const line = input.shift();
    if (line === undefined || line === "") return { out };
    // fgets keeps the newline; dpkg drops the last character whatever it is
    const selection = line.slice(0, -1);
    if (selection === "") return { out, choice: sel };
    const m = /^[ \t\n\v\f\r]*([+-]?[0-9]+)$/.exec(selection);
    const idx = m ? Number(m[1]) : -1;
    if (m && idx >= 0) {
      if (idx === 0) return { out, choice: { status: "auto", value: best.path } };
      const c = g.choices[idx - 1];
      if (c) return { out, choice: { status: "manual", value: c.path } };
    } else if (g.choices.some((c) => c.path === selection)) return { out, choice: { status: "manual", value: selection } };
  }
}

/** Lines as fgets returns them, each with its newline (the last one may lack it). */
function stdinLines(stdin: string): string[] {
  return stdin.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Points the group at its new choice; dpkg says so only when the target changes. */
function update(ctx: CommandContext, g: AltGroup, old: AltSelection, next: AltSelection | undefined, quiet: boolean): string {
  if (!next) return "";
  setSelection(ctx.world, g, next);
  if (next.value === old.value || quiet) return "";
  return `${PROG}: using ${next.value} to provide ${g.link} (${g.name}) in ${describe(next.status)}\n`;
}

function perform(ctx: CommandContext, p: Parsed): string {
  if (p.action === "get-selections") {
    return ALT_GROUPS.map((g) => {
      const sel = selectionOf(ctx.world, g);
      return `${g.name.padEnd(30)} ${sel.status.padEnd(8)} ${sel.value}\n`;
    }).join("");
  }
  if (p.action === "all") {
    const input = stdinLines(ctx.stdin ?? "");
    let out = "";
    for (const g of ALT_GROUPS) out += configure(ctx, g, p, input);
    return out;
  }
  if (p.action === "install" || p.action === "remove" || p.action === "remove-all" || p.action === "set-selections") {
    throw fail(`--${p.action} is not available in this emulator (the iptables family's groups are fixed)`);
  }
  const g = findGroup(p.name!);
  if (!g) throw fail(`no alternatives for ${p.name}`);
  const sel = selectionOf(ctx.world, g);
  switch (p.action) {
    case "display":
      return displayUser(g, sel);
    case "query":
      return displayQuery(g, sel);
    case "list":
      return g.choices.map((c) => `${c.path}\n`).join("");
    case "set":
      if (!g.choices.some((c) => c.path === p.path)) throw fail(`alternative ${p.path} for ${g.name} not registered; not setting`);
      return update(ctx, g, sel, { status: "manual", value: p.path! }, p.quiet);
    case "auto":
      return update(ctx, g, sel, { status: "auto", value: bestChoice(g, sel.value).path }, p.quiet);
    default:
      return configure(ctx, g, p, stdinLines(ctx.stdin ?? ""));
  }
}

function configure(ctx: CommandContext, g: AltGroup, p: Parsed, input: string[]): string {
  const sel = selectionOf(ctx.world, g);
  if (p.skipAuto && sel.status === "auto") return displayUser(g, sel);
  const { out, choice } = selectChoice(g, sel, input);
  return out + update(ctx, g, sel, choice, p.quiet);
}

export function runUpdateAlternatives(ctx: CommandContext): CommandResult {
  let stdout = "";
  try {
    stdout = perform(ctx, parseArgs(ctx.argv.slice(1)));
    return { stdout, stderr: "", rc: 0 };
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    const out = (e as Exit & { stdout?: string }).stdout;
    if (out !== undefined) return { stdout: out, stderr: "", rc: 0 };
    return { stdout, stderr: e.stderr, rc: 2 };
  }
}
