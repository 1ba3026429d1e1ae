// compgen [-abcdefgjksuv] [-A ACTION] [-G GLOB] [-W WORDS] [-X FILTER] [-P PREFIX] [-S SUFFIX] [WORD]:
// the completions bash would offer for WORD, one a line, in bash's order (status 1 when none).
// Scripts use it to list their functions (-A function), variables by prefix (-v) and commands (-c).
import { fail, type BuiltinCall } from "./call.js";
import { findBuiltin } from "../builtins.js";
import { findCommand, commandNames } from "../commands/index.js";
import { commandPath } from "./queries.js";
import { glob } from "../pathname.js";
import { globSegmentRegex } from "../expand.js";
import { WorldVfs } from "../vfs.js";
import type { ShellState } from "../state.js";
import { COMPLETION_OPTIONS } from "./complete.js";

const USAGE = "compgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]\n";

/** bash 5.2's builtins in its own order (compgen -b, enable). */
const BASH_BUILTINS = [
  ".", ":", "[", "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen", "complete", "compopt", "continue",
  "declare", "dirs", "disown", "echo", "enable", "eval", "exec", "exit", "export", "false", "fc", "fg", "getopts", "hash", "help",
  "history", "jobs", "kill", "let", "local", "logout", "mapfile", "popd", "printf", "pushd", "pwd", "read", "readarray", "readonly",
  "return", "set", "shift", "shopt", "source", "suspend", "test", "times", "trap", "true", "type", "typeset", "ulimit", "umask",
  "unalias", "unset", "wait",
];
const KEYWORDS = ["if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "coproc"];
/** Variables bash always has (dynamic or its own), whether or not the tutor keeps a value for them. */
const BASH_VARIABLES = [
  "BASH", "BASHOPTS", "BASHPID", "BASH_ALIASES", "BASH_ARGC", "BASH_ARGV", "BASH_ARGV0", "BASH_CMDS", "BASH_COMMAND",
  "BASH_EXECUTION_STRING", "BASH_LINENO", "BASH_LOADABLES_PATH", "BASH_SOURCE", "BASH_SUBSHELL", "BASH_VERSINFO", "BASH_VERSION",
  "COMP_WORDBREAKS", "DIRSTACK", "EPOCHREALTIME", "EPOCHSECONDS", "EUID", "GROUPS", "HISTCMD", "HOSTNAME", "HOSTTYPE", "IFS",
  "LINENO", "MACHTYPE", "OPTERR", "OPTIND", "OSTYPE", "PPID", "PS4", "PWD", "RANDOM", "SECONDS", "SHELLOPTS", "SHLVL", "SRANDOM", "UID", "_",
];
const ACTIONS: Record<string, string> = {
  alias: "a", builtin: "b", command: "c", directory: "d", export: "e", file: "f", group: "g", function: "A",
  keyword: "k", user: "u", variable: "v", enabled: "b", disabled: "", hostname: "", job: "j", running: "j", stopped: "", setopt: "", shopt: "", signal: "", arrayvar: "", binding: "", helptopic: "", service: "",
};

interface Request {
  actions: string[];
  globs: string[];
  words: string[];
  filter?: string;
  prefix: string;
  suffix: string;
  word: string;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -W's list: bash expands it ($VAR, ${VAR}) and splits it on IFS. */
function wordList(state: ShellState, text: string): string[] {
  const expanded = text.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name: string) => state.vars[name] ?? "");
  return expanded.split(/[ \t\n]+/).filter((w) => w !== "");
}

/** Every program file bash would find on PATH, dir by dir (merged /usr: /sbin and /bin repeat /usr's). */
function programs(state: ShellState): string[] {
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  const known = commandNames().filter((n) => findBuiltin(n) === undefined || n === "echo" || n === "test" || n === "kill" || n === "printf" || n === "true" || n === "false" || n === "pwd" || n === "[");
  const out: string[] = [];
  for (const dir of (state.vars["PATH"] ?? "").split(":")) {
    const clean = dir.replace(/\/$/, "");
    const home = clean.replace(/^\/(s?bin)$/, "/usr/$1");
    const names = new Set(known.filter((n) => findCommand(n) !== undefined && commandPath(n) === `${home}/${n}`));
    for (const entry of vfs.list(clean) ?? []) if (vfs.isExecutable(`${clean}/${entry}`) && !vfs.isDir(`${clean}/${entry}`)) names.add(entry);
    out.push(...[...names].sort(byteOrder));
  }
  return out;
}

function users(state: ShellState): string[] {
  const passwd = new WorldVfs(state.world, state.netns, state.cwd).readFile("/etc/passwd") ?? "";
  return passwd.split("\n").filter((l) => l.includes(":")).map((l) => l.slice(0, l.indexOf(":")));
}

function candidates(state: ShellState, action: string, word: string): string[] {
  const starts = (names: string[]) => names.filter((n) => n.startsWith(word));
  switch (action) {
    case "a":
      return starts(Object.keys(state.aliases).sort(byteOrder));
    case "b":
      return starts(BASH_BUILTINS);
    case "k":
      return starts(KEYWORDS);
    case "A":
      return starts(Object.keys(state.functions).sort(byteOrder));
    case "v": {
      const names = new Set([...BASH_VARIABLES, ...Object.keys(state.vars), ...Object.keys(state.arrays ?? {}), ...Object.keys(state.assoc ?? {})]);
      return starts([...names].sort(byteOrder));
    }
    case "e":
      return starts([...state.exported].filter((n) => state.vars[n] !== undefined).sort(byteOrder));
    case "c":
      return [...candidates(state, "a", word), ...candidates(state, "k", word), ...candidates(state, "A", word), ...candidates(state, "b", word), ...starts(programs(state))];
    case "u":
      return starts(users(state));
    case "f":
    case "d": {
      const vfs = new WorldVfs(state.world, state.netns, state.cwd);
      const found = glob(state, `${word.replace(/[*?[\]\\]/g, "\\$&")}*`).filter((p) => !p.split("/").pop()!.startsWith(".") || word.split("/").pop()!.startsWith("."));
      return (action === "d" ? found.filter((p) => vfs.isDir(p)) : found).sort(byteOrder);
    }
    default:
      return [];
  }
}

function parse(b: BuiltinCall): Request | number {
  const args = b.argv.slice(1);
  const req: Request = { actions: [], globs: [], words: [], prefix: "", suffix: "", word: "" };
  while (args.length && args[0]!.startsWith("-") && args[0] !== "-") {
    const opt = args.shift()!;
    if (opt === "--") break;
    for (let i = 1; i < opt.length; i++) {
      const c = opt[i]!;
      if ("abcdefgjksuv".includes(c)) {
        req.actions.push(c === "s" || c === "g" || c === "j" ? "" : c);
        continue;
      }
      if (!"AGWXPSoFC".includes(c)) {
        fail(b, `compgen: -${c}: invalid option`, 2);
        b.io.err.push(USAGE);
        return 2;
      }
      const value = opt.slice(i + 1) || args.shift();
      if (value === undefined) {
        fail(b, `compgen: -${c}: option requires an argument`, 2);
        b.io.err.push(USAGE);
        return 2;
      }
      if (c === "o") {
        if (!COMPLETION_OPTIONS.has(value)) return fail(b, `compgen: ${value}: invalid option name`, 2);
        // (-o default and friends fall back to readline's own completion, which compgen lacks)
        req.actions.push("");
      } else if (c === "A") {
        if (!Object.hasOwn(ACTIONS, value)) return fail(b, `compgen: ${value}: invalid action name`, 2);
        req.actions.push(ACTIONS[value]!);
      } else if (c === "G") req.globs.push(value);
      else if (c === "W") req.words.push(...wordList(b.state, value));
      else if (c === "X") req.filter = value;
      else if (c === "P") req.prefix = value;
      else if (c === "S") req.suffix = value;
      break;
    }
  }
  req.word = args[0] ?? "";
  return req;
}

export function compgen(b: BuiltinCall): number {
  const req = parse(b);
  if (typeof req === "number") return req;
  let found: string[] = [];
  for (const action of req.actions) found.push(...candidates(b.state, action, req.word));
  for (const pattern of req.globs) found.push(...glob(b.state, pattern));
  found.push(...req.words.filter((w) => w.startsWith(req.word)));
  if (req.filter !== undefined) {
    // -X drops what matches (with a leading !, what does not)
    const negate = req.filter.startsWith("!");
    const re = globSegmentRegex(negate ? req.filter.slice(1) : req.filter);
    found = found.filter((w) => re.test(w) === negate);
  }
  for (const w of found) b.io.out.push(`${req.prefix}${w}${req.suffix}\n`);
  // (with nothing to generate from, there is nothing to fail at)
  return found.length || (!req.actions.length && !req.globs.length && !req.words.length) ? 0 : 1;
}
