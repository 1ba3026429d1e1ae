// Shell builtins: the commands that change the shell itself (cd, export, alias, exit …) and
// `bash -c` / `source`, which run shell text.
import type { Io } from "./redirects.js";
import { ExitSignal, forkState, ReturnSignal, type ShellState } from "./state.js";
import { WorldVfs } from "./vfs.js";
import { findCommand } from "./commands/index.js";
import { evalTest, TestError } from "./commands/test.js";
import { runPrintf } from "./commands/printf.js";

export interface BuiltinCall {
  state: ShellState;
  argv: string[];
  io: Io;
  line: number;
  env: Record<string, string>;
  runSource(state: ShellState, src: string, io: Io): number;
  runArgv(state: ShellState, argv: string[], io: Io, env: Record<string, string>, line: number): number;
}

type Builtin = (b: BuiltinCall) => number;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SBIN = /^(iptables|ip6tables|ip$|sysctl|conntrack|nft|xtables|arptables|ebtables|tc$|ss$)/;

function fail(b: BuiltinCall, msg: string, rc = 1): number {
  const where = b.state.scriptMode ? `${b.state.shellName}: line ${b.line}: ` : `${b.state.shellName}: `;
  b.io.err.push(`${where}${msg}\n`);
  return rc;
}

/** bash's `alias` output quoting: 'text', with ' written as '\''. */
function singleQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

function cd(b: BuiltinCall): number {
  const { state } = b;
  const args = b.argv.slice(1).filter((a) => a !== "-L" && a !== "-P");
  if (args.length > 1) return fail(b, "cd: too many arguments");
  let target = args[0] ?? state.vars.HOME ?? "/root";
  if (target === "-") {
    target = state.vars.OLDPWD ?? "";
    if (!target) return fail(b, "cd: OLDPWD not set");
    b.io.out.push(target + "\n");
  }
  const vfs = new WorldVfs(state.world, state.netns, state.cwd);
  const abs = vfs.resolve(target);
  if (!vfs.isDir(abs)) return fail(b, `cd: ${target}: ${vfs.exists(abs) ? "Not a directory" : "No such file or directory"}`);
  state.vars.OLDPWD = state.cwd;
  state.cwd = abs;
  state.vars.PWD = abs;
  return 0;
}

function exportBuiltin(b: BuiltinCall): number {
  const { state } = b;
  const args = b.argv.slice(1).filter((a) => a !== "--");
  if (args.length === 0 || (args.length === 1 && args[0] === "-p")) {
    const names = [...state.exported].filter((n) => state.vars[n] !== undefined).sort();
    for (const n of names) b.io.out.push(`declare -x ${n}="${state.vars[n]!.replace(/(["\\$`])/g, "\\$1")}"\n`);
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    if (arg === "-n" || arg === "-f") continue;
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      rc = fail(b, `export: \`${arg}': not a valid identifier`);
      continue;
    }
    if (eq >= 0) state.vars[name] = arg.slice(eq + 1);
    state.exported.add(name);
  }
  return rc;
}

function unset(b: BuiltinCall): number {
  for (const name of b.argv.slice(1)) {
    if (name.startsWith("-")) continue;
    delete b.state.vars[name];
    b.state.exported.delete(name);
  }
  return 0;
}

function alias(b: BuiltinCall): number {
  const { aliases } = b.state;
  const args = b.argv.slice(1).filter((a) => a !== "-p");
  if (args.length === 0) {
    for (const name of Object.keys(aliases).sort()) b.io.out.push(`alias ${name}=${singleQuote(aliases[name]!)}\n`);
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq > 0) aliases[arg.slice(0, eq)] = arg.slice(eq + 1);
    else if (Object.hasOwn(aliases, arg)) b.io.out.push(`alias ${arg}=${singleQuote(aliases[arg])}\n`);
    else rc = fail(b, `alias: ${arg}: not found`);
  }
  return rc;
}

function unalias(b: BuiltinCall): number {
  const { aliases } = b.state;
  const args = b.argv.slice(1);
  if (args.length === 0) return fail(b, "unalias: usage: unalias [-a] name [name ...]", 2);
  if (args[0] === "-a") {
    for (const k of Object.keys(aliases)) delete aliases[k];
    return 0;
  }
  let rc = 0;
  for (const name of args) {
    if (!Object.hasOwn(aliases, name)) rc = fail(b, `unalias: ${name}: not found`);
    else delete aliases[name];
  }
  return rc;
}

function exit(b: BuiltinCall): number {
  const arg = b.argv[1];
  if (arg === undefined) throw new ExitSignal(b.state.lastRc);
  if (!/^[-+]?[0-9]+$/.test(arg)) {
    fail(b, `exit: ${arg}: numeric argument required`);
    throw new ExitSignal(2);
  }
  if (b.argv.length > 2) return fail(b, "exit: too many arguments");
  throw new ExitSignal(((Number(arg) % 256) + 256) % 256);
}

/** `bash -c STR`, `bash FILE`, or `bash` reading its script from stdin. */
function bash(b: BuiltinCall): number {
  const sub = forkState(b.state);
  sub.scriptMode = true;
  sub.shellName = b.argv[0]!;
  const args = b.argv.slice(1);
  let src: string;
  if (args[0] === "-c") {
    if (args[1] === undefined) return fail(b, `${b.argv[0]}: -c: option requires an argument`, 2);
    src = args[1];
    if (args[2] !== undefined) sub.shellName = args[2];
    sub.positional = args.slice(3);
  } else if (args[0] !== undefined && !args[0].startsWith("-")) {
    const vfs = new WorldVfs(b.state.world, b.state.netns, b.state.cwd);
    const text = vfs.readFile(args[0]);
    if (text === undefined) {
      b.io.err.push(`${b.argv[0]}: ${args[0]}: No such file or directory\n`);
      return 127;
    }
    src = text;
    sub.shellName = args[0];
  } else src = b.io.stdin;
  for (const [k, v] of Object.entries(b.env)) {
    sub.vars[k] = v;
    sub.exported.add(k);
  }
  sub.aliases = {};
  try {
    return b.runSource(sub, src, { ...b.io, stdin: args[0] === "-c" ? b.io.stdin : "" });
  } catch (e) {
    if (e instanceof ExitSignal) return e.rc;
    throw e;
  }
}

function source(b: BuiltinCall): number {
  const file = b.argv[1];
  if (file === undefined) return fail(b, `${b.argv[0]}: filename argument required`, 2);
  const vfs = new WorldVfs(b.state.world, b.state.netns, b.state.cwd);
  const text = vfs.readFile(file);
  if (text === undefined) return fail(b, `${file}: No such file or directory`);
  const outer = b.state.sourcing;
  b.state.sourcing = true;
  try {
    return b.runSource(b.state, text, b.io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.rc;
    throw e;
  } finally {
    b.state.sourcing = outer;
  }
}

function type(b: BuiltinCall): number {
  let rc = 0;
  for (const name of b.argv.slice(1)) {
    if (Object.hasOwn(b.state.aliases, name)) b.io.out.push(`${name} is aliased to \`${b.state.aliases[name]}'\n`);
    else if (findBuiltin(name)) b.io.out.push(`${name} is a shell builtin\n`);
    else if (findCommand(name)) b.io.out.push(`${name} is ${commandPath(name)}\n`);
    else rc = fail(b, `type: ${name}: not found`);
  }
  return rc;
}

/** Where a command would live on Debian (for `type` and `which`). */
export function commandPath(name: string): string {
  return SBIN.test(name) ? `/usr/sbin/${name}` : `/usr/bin/${name}`;
}

function test(b: BuiltinCall): number {
  const name = b.argv[0]!;
  let args = b.argv.slice(1);
  if (name === "[") {
    if (args[args.length - 1] !== "]") return fail(b, "[: missing `]'", 2);
    args = args.slice(0, -1);
  }
  try {
    return evalTest(args, new WorldVfs(b.state.world, b.state.netns, b.state.cwd)) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) return fail(b, `${name}: ${e.message}`, 2);
    throw e;
  }
}

/** read [-r] [-p PROMPT] [NAME…]: takes one line of stdin (consuming it) and splits it. */
function read(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  let raw = false;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "-r") raw = true;
    else if (args[i] === "-p") b.io.err.push(args[++i] ?? "");
    else if (!args[i]!.startsWith("-")) names.push(args[i]!);
  }
  const input = b.io.stdin;
  if (input === "") return 1;
  const nl = input.indexOf("\n");
  let line = nl < 0 ? input : input.slice(0, nl);
  b.io.stdin = nl < 0 ? "" : input.slice(nl + 1);
  if (!raw) line = line.replace(/\\(.)/g, "$1");
  if (names.length === 0) names.push("REPLY");
  let rest = names.length === 1 && names[0] === "REPLY" ? line : line.replace(/^[ \t]+/, "");
  names.forEach((name, k) => {
    if (k === names.length - 1) {
      b.state.vars[name] = rest.replace(/[ \t]+$/, "");
      return;
    }
    const m = /^([^ \t]*)[ \t]*/.exec(rest)!;
    b.state.vars[name] = m[1]!;
    rest = rest.slice(m[0].length);
  });
  return nl < 0 ? 1 : 0;
}

/** command [-v|-V] NAME [ARG]…: describe NAME, or run it bypassing aliases. */
function command(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  if (args[0] === "-v" || args[0] === "-V") {
    let rc = 0;
    for (const name of args.slice(1)) {
      if (Object.hasOwn(b.state.aliases, name)) b.io.out.push(`alias ${name}=${singleQuote(b.state.aliases[name]!)}\n`);
      else if (findBuiltin(name)) b.io.out.push(`${name}\n`);
      else if (findCommand(name)) b.io.out.push(`${commandPath(name)}\n`);
      else rc = 1;
    }
    return rc;
  }
  if (args.length === 0) return 0;
  return b.runArgv(b.state, args, b.io, b.env, b.line);
}

function printf(b: BuiltinCall): number {
  const r = runPrintf(b.argv.slice(1));
  b.io.out.push(r.stdout);
  if (r.usage) b.io.err.push(r.usage);
  for (const e of r.errors) fail(b, e);
  return r.rc;
}

function returnBuiltin(b: BuiltinCall): number {
  if (b.state.callDepth === 0 && !b.state.sourcing) return fail(b, "return: can only `return' from a function or sourced script", 2);
  const arg = b.argv[1];
  if (arg !== undefined && !/^-?[0-9]+$/.test(arg)) {
    fail(b, `return: ${arg}: numeric argument required`);
    throw new ReturnSignal(2);
  }
  throw new ReturnSignal(arg === undefined ? b.state.lastRc : ((Number(arg) % 256) + 256) % 256);
}

function shift(b: BuiltinCall): number {
  const n = b.argv[1] === undefined ? 1 : Number(b.argv[1]);
  if (!Number.isInteger(n) || n < 0) return fail(b, `shift: ${b.argv[1]}: numeric argument required`);
  if (n > b.state.positional.length) return 1;
  b.state.positional = b.state.positional.slice(n);
  return 0;
}

/** local NAME[=VALUE]…: plain assignments here (functions share the shell's variables). */
function local(b: BuiltinCall): number {
  for (const arg of b.argv.slice(1)) {
    const eq = arg.indexOf("=");
    if (eq > 0) b.state.vars[arg.slice(0, eq)] = arg.slice(eq + 1);
    else if (!Object.hasOwn(b.state.vars, arg)) b.state.vars[arg] = "";
  }
  return 0;
}

/** time CMD…: runs it; every emulated command takes no measurable time. */
function time(b: BuiltinCall): number {
  const args = b.argv.slice(1).filter((a, i) => !(i === 0 && a === "-p"));
  const rc = args.length ? b.runArgv(b.state, args, b.io, b.env, b.line) : 0;
  b.io.err.push("\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n");
  return rc;
}

/** [[ EXPR ]]: test with && || and pattern (==, !=) and regex (=~) matching. */
function conditional(b: BuiltinCall): number {
  const args = b.argv.slice(1, -1).map((a) => (a === "&&" ? "-a" : a === "||" ? "-o" : a));
  for (let i = 1; i + 1 < args.length; i++) {
    const op = args[i]!;
    if (op !== "==" && op !== "=" && op !== "!=" && op !== "=~") continue;
    const [left, right] = [args[i - 1]!, args[i + 1]!];
    let result: boolean;
    if (op === "=~") {
      try {
        result = new RegExp(right).test(left);
      } catch {
        return 2;
      }
    } else {
      const re = new RegExp("^" + right.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$", "s");
      result = re.test(left) === (op !== "!=");
    }
    args.splice(i - 1, 3, result ? "1" : "");
    i--;
  }
  try {
    return evalTest(args, new WorldVfs(b.state.world, b.state.netns, b.state.cwd)) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) return fail(b, e.message, 2);
    throw e;
  }
}

function which(b: BuiltinCall): number {
  let rc = 0;
  for (const name of b.argv.slice(1)) {
    if (findCommand(name)) b.io.out.push(commandPath(name) + "\n");
    else rc = 1;
  }
  return rc;
}

export function findBuiltin(name: string): Builtin | undefined {
  return Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
}

const BUILTINS: Record<string, Builtin> = {
  cd,
  pwd: (b) => {
    b.io.out.push(b.state.cwd + "\n");
    return 0;
  },
  export: exportBuiltin,
  unset,
  alias,
  unalias,
  exit,
  bash,
  sh: bash,
  source,
  ".": source,
  type,
  which,
  printf,
  return: returnBuiltin,
  shift,
  local,
  command,
  time,
  read,
  test,
  "[": test,
  "[[": conditional,
  ":": () => 0,
  true: () => 0,
  false: () => 1,
  set: () => 0,
  shopt: () => 0,
  hash: () => 0,
};
