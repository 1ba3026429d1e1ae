// hash (bash's table of programs found on PATH), builtin, enable and caller.
import { fail, type BuiltinCall } from "./call.js";
import { builtinHere, commandPath, isProgram } from "./queries.js";
import { findBuiltin } from "../builtins.js";
import type { ShellState } from "../state.js";
import { dashHash } from "../dash-builtins.js";

/** One remembered program: its path and how often the shell found it there. */
export interface HashEntry {
  name: string;
  path: string;
  hits: number;
}

/** bash's filename table has 256 buckets, chosen by FNV-1 of the name; listing walks them in order. */
function bucketOf(name: string): number {
  let h = 2166136261;
  for (const c of Buffer.from(name)) h = (Math.imul(h, 16777619) >>> 0) ^ c;
  return (h >>> 0) & 255;
}

/** The table's entries in bash's listing order (by bucket, newest first within one). */
function listed(state: ShellState): HashEntry[] {
  const entries = [...(state.hashed ?? [])].reverse();
  return entries.map((e, i) => ({ e, i })).sort((a, b) => bucketOf(a.e.name) - bucketOf(b.e.name) || a.i - b.i).map((x) => x.e);
}

function remember(state: ShellState, name: string, path: string, hits: number): void {
  state.hashed = [...(state.hashed ?? []).filter((e) => e.name !== name), { name, path, hits }];
}

/** A program the shell found by searching PATH (a name without a slash): counted in the table. */
export function noteProgramRun(state: ShellState, name: string): void {
  const entry = state.hashed?.find((e) => e.name === name);
  if (entry) entry.hits++;
  else remember(state, name, commandPath(name), 1);
}

const USAGE = "hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]\n";

export function hash(b: BuiltinCall): number {
  if (b.state.dash) {
    const lookup = { isBuiltin: builtinHere, programPath: (name: string) => (isProgram(name) ? commandPath(name) : undefined) };
    return dashHash(b, lookup, (name, path) => remember(b.state, name, path, 0));
  }
  const args = b.argv.slice(1);
  const flags = new Set<string>();
  let path: string | undefined;
  while (args.length && args[0]!.startsWith("-") && args[0] !== "-") {
    const word = args.shift()!;
    if (word === "--") break;
    for (let i = 1; i < word.length; i++) {
      const c = word[i]!;
      if (c === "p") {
        path = word.slice(i + 1) || args.shift();
        if (path === undefined) {
          fail(b, "hash: -p: option requires an argument");
          b.io.err.push(USAGE);
          return 2;
        }
        break;
      }
      if (!"lrdt".includes(c)) {
        fail(b, `hash: -${c}: invalid option`);
        b.io.err.push(USAGE);
        return 2;
      }
      flags.add(c);
    }
  }
  if (flags.has("t") && args.length === 0) return fail(b, "hash: -t: option requires an argument");
  if (flags.has("r")) b.state.hashed = [];
  if (args.length === 0 && !flags.has("r")) {
    const entries = listed(b.state);
    if (flags.has("l")) for (const e of entries) b.io.out.push(`builtin hash -p ${e.path} ${e.name}\n`);
    else if (entries.length === 0) b.io.out.push("hash: hash table empty\n");
    else b.io.out.push("hits\tcommand\n", ...entries.map((e) => `${String(e.hits).padStart(4)}\t${e.path}\n`));
    return 0;
  }
  let rc = 0;
  for (const name of args) {
    const entry = b.state.hashed?.find((e) => e.name === name);
    if (flags.has("t")) {
      if (!entry) rc = fail(b, `hash: ${name}: not found`);
      else {
        entry.hits++;
        b.io.out.push(args.length > 1 ? `${name}\t${entry.path}\n` : `${entry.path}\n`);
      }
    } else if (flags.has("d")) {
      if (!entry) rc = fail(b, `hash: ${name}: not found`);
      else b.state.hashed = b.state.hashed!.filter((e) => e !== entry);
    } else if (path !== undefined) remember(b.state, name, path, 0);
    else if (name.includes("/") || Object.hasOwn(b.state.functions, name) || builtinHere(name)) continue;
    else if (isProgram(name)) remember(b.state, name, commandPath(name), 0);
    else rc = fail(b, `hash: ${name}: not found`);
  }
  return rc;
}

/** builtin NAME ARG…: runs the shell builtin NAME, even when a function has that name. */
export function builtin(b: BuiltinCall): number {
  const [, name, ...rest] = b.argv;
  if (name === undefined) return 0;
  if (!builtinHere(name)) return fail(b, `builtin: ${name}: not a shell builtin`);
  const own = findBuiltin(name);
  if (own) return own({ ...b, argv: [name, ...rest] });
  // echo and kill live among the commands: run them with the function of that name out of sight
  return runPastFunction(b, [name, ...rest]);
}

/** Runs ARGV as builtin or program even when a function has its name (builtin, command). */
export function runPastFunction(b: BuiltinCall, argv: string[]): number {
  const name = argv[0]!;
  const { functions } = b.state;
  if (!Object.hasOwn(functions, name)) return b.runArgv(b.state, argv, b.io, b.env, b.line);
  const fn = functions[name]!;
  delete functions[name];
  try {
    return b.runArgv(b.state, argv, b.io, b.env, b.line);
  } finally {
    // (unless the command itself defined it anew)
    if (!Object.hasOwn(functions, name)) functions[name] = fn;
  }
}

/** caller [N]: the line and file a function was called from (with N, the calling function too). */
export function caller(b: BuiltinCall): number {
  const arrays = b.state.arrays ?? {};
  const [names = [], sources = [], lines = []] = [arrays["FUNCNAME"], arrays["BASH_SOURCE"], arrays["BASH_LINENO"]];
  if (names.length === 0) return 1;
  const arg = b.argv[1];
  if (arg === undefined) {
    b.io.out.push(`${lines[0]} ${sources[1] ?? "NULL"}\n`);
    return 0;
  }
  if (!/^[0-9]+$/.test(arg)) {
    fail(b, `caller: ${arg}: invalid number`);
    b.io.err.push("caller: usage: caller [expr]\n");
    return 2;
  }
  const n = Number(arg);
  if (names[n + 1] === undefined) return 1;
  b.io.out.push(`${lines[n]} ${names[n + 1]} ${sources[n + 1] ?? "NULL"}\n`);
  return 0;
}

/** enable [-n] NAME…: turning builtins off or on changes nothing the tutor shows. */
export function enable(b: BuiltinCall): number {
  let rc = 0;
  for (const name of b.argv.slice(1)) {
    if (/^-[nas]+$/.test(name)) continue;
    if (!builtinHere(name)) rc = fail(b, `enable: ${name}: not a shell builtin`);
  }
  return rc;
}
