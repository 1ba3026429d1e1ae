// Builtins that ask about commands or evaluate expressions: type, which, command, time, test,
// [[ ]], printf.
import { fail, singleQuote, type BuiltinCall } from "./call.js";
import { findCommand } from "../commands/index.js";
import { evalTest, TestError } from "../commands/test.js";
import { runPrintf } from "../commands/printf.js";
import { compile } from "../commands/regex.js";
import { WorldVfs } from "../vfs.js";
import { evalArithmetic } from "../arith.js";
import { ExpansionError, globSegmentRegex } from "../expand.js";
import { expandHost } from "../expand-host.js";
import { findBuiltin } from "../builtins.js";
import { assocKey } from "../assoc.js";
import type { ShellState } from "../state.js";
import { nameTable } from "../../name-table.js";
import { runPastFunction } from "./hash.js";
import { functionText } from "../print-command.js";
import { BASH_ONLY_BUILTINS, dashPrintfError, dashPrintfFormat, dashTestError, dashType } from "../dash-builtins.js";

/** Whether `-v NAME` / `-v NAME[KEY]` finds a set variable or element. */
function isSetVar(state: ShellState, ref: string): boolean {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(ref);
  if (!m) return Object.hasOwn(state.vars, ref) || state.arrays?.[ref]?.[0] !== undefined || state.assoc?.[ref]?.get("0") !== undefined || (/^[1-9]$/.test(ref) && state.positional.length >= Number(ref));
  const assoc = state.assoc?.[m[1]!];
  if (assoc) return assoc.get(assocKey(m[2]!.replace(/"/g, ""))) !== undefined;
  const array = state.arrays?.[m[1]!];
  if (m[2] === "@" || m[2] === "*") return (array?.some((v) => v !== undefined) ?? false) || Object.hasOwn(state.vars, m[1]!);
  try {
    const index = Number(evalArithmetic(m[2]!, { getVar: (n) => state.vars[n] }));
    if (!array) return index === 0 && Object.hasOwn(state.vars, m[1]!);
    return array[index < 0 ? array.length + index : index] !== undefined;
  } catch {
    return false;
  }
}

/** Replaces each `-v NAME` test by `-n 1` or `-n ""`, which evalTest knows. */
function resolveVarTests(args: string[], state: ShellState): string[] {
  const out = [...args];
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i] === "-v" && (i === 0 || ["-a", "-o", "!", "("].includes(out[i - 1]!))) out.splice(i, 2, "-n", isSetVar(state, out[i + 1]!) ? "1" : "");
  }
  return out;
}

const ARITH_TESTS = new Set(["-eq", "-ne", "-lt", "-le", "-gt", "-ge"]);
const SBIN = /^(iptables|ip6tables|ip$|sysctl|conntrack|nft|xtables|arptables|ebtables|tc$|route$|service$)/; // ss is /usr/bin/ss on Debian

/** The tutor runs these itself, but on Debian they are programs: type and command -v show their files. */
const PROGRAMS = new Set(["bash", "sh", "dash", "which"]);
/** bash builtins the tutor implements as commands (echo lives in commands/echo.ts). */
const COMMAND_BUILTINS = new Set(["echo", "kill"]);
const builtinInBash = (name: string) => COMMAND_BUILTINS.has(name) || (!PROGRAMS.has(name) && findBuiltin(name) !== undefined);
export const builtinHere = builtinInBash;
/** A builtin of the running shell: dash lacks bash's own. */
const builtinOf = (b: BuiltinCall, name: string) => builtinInBash(name) && !(b.state.dash && BASH_ONLY_BUILTINS.has(name));
/** A program bash would find on PATH (iptables, grep, bash …), not one of its builtins. */
export const isProgram = (name: string) => !builtinHere(name) && (findCommand(name) !== undefined || PROGRAMS.has(name));

const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "for", "select", "while", "until", "do", "done", "case", "esac", "function", "{", "}", "!", "[[", "]]", "time", "in", "coproc"]);

export function type(b: BuiltinCall): number {
  if (b.state.dash) {
    return dashType(b, {
      isBuiltin: (name) => builtinOf(b, name),
      programPath: (name) => (findCommand(name) || PROGRAMS.has(name) || COMMAND_BUILTINS.has(name) ? commandPath(name) : undefined),
    });
  }
  const args = b.argv.slice(1);
  let flags = "";
  while (args.length && /^-[a-zA-Z]+$/.test(args[0]!)) {
    const word = args.shift()!;
    const bad = [...word.slice(1)].find((c) => !"afptP".includes(c));
    if (bad) {
      fail(b, `type: -${bad}: invalid option`);
      b.io.err.push("type: usage: type [-afptP] name [name ...]\n");
      return 2;
    }
    flags += word.slice(1);
  }
  if (args[0] === "--") args.shift();
  const all = flags.includes("a");
  const kindOnly = flags.includes("t");
  const pathOnly = flags.includes("p") || flags.includes("P");
  let rc = 0;
  for (const name of args) {
    // what the name is, in bash's lookup order (-P: only the files on PATH)
    const found: [kind: string, text: string][] = [];
    if (!flags.includes("P")) {
      // a script only has aliases after shopt -s expand_aliases
      const aliases = !b.state.scriptMode || b.state.options.has("shopt:expand_aliases");
      if (aliases && Object.hasOwn(b.state.aliases, name)) found.push(["alias", `${name} is aliased to \`${b.state.aliases[name]}'`]);
      if (KEYWORDS.has(name)) found.push(["keyword", `${name} is a shell keyword`]);
      if (!flags.includes("f") && Object.hasOwn(b.state.functions, name)) found.push(["function", `${name} is a function`]);
      if (builtinHere(name)) found.push(["builtin", `${name} is a shell builtin`]);
    }
    const isFile = findCommand(name) !== undefined || PROGRAMS.has(name) || (COMMAND_BUILTINS.has(name) && name !== "kill");
    // (merged /usr: /sbin and /bin are links, so each program is on PATH twice)
    const paths = isFile ? [commandPath(name), commandPath(name).replace(/^\/usr/, "")] : [];
    for (const path of paths) found.push(["file", path]);
    const shown = all ? found : found.slice(0, 1);
    if (shown.length === 0) {
      if (!kindOnly && !pathOnly) fail(b, `type: ${name}: not found`);
      rc = 1;
      continue;
    }
    for (const [kind, text] of shown) {
      if (kindOnly && !pathOnly) b.io.out.push(`${kind}\n`);
      else if (pathOnly) {
        if (kind === "file") b.io.out.push(`${text}\n`);
      } else if (kind === "file") {
        // a program the shell has already found says so (without -a)
        const hashed = !all && b.state.hashed?.some((e) => e.name === name);
        b.io.out.push(hashed ? `${name} is hashed (${text})\n` : `${name} is ${text}\n`);
      } else b.io.out.push(kind === "function" ? `${text}\n${functionText(name, b.state.functions[name]!)}\n` : `${text}\n`);
    }
  }
  return rc;
}

/** Where a command would live on Debian (for `type` and `which`). */
export function commandPath(name: string): string {
  // (iptables-xml is a user tool: Debian ships it in /usr/bin)
  return SBIN.test(name) && name !== "iptables-xml" ? `/usr/sbin/${name}` : `/usr/bin/${name}`;
}

export function which(b: BuiltinCall): number {
  let rc = 0;
  const args = b.argv.slice(1);
  // -a: every match on PATH (/sbin and /bin are links to their /usr directories)
  const all = args[0] === "-a";
  if (all) args.shift();
  for (const name of args) {
    if (findCommand(name) || PROGRAMS.has(name)) {
      const path = commandPath(name);
      b.io.out.push(all ? `${path}\n${path.replace(/^\/usr/, "")}\n` : `${path}\n`);
    } else rc = 1;
  }
  return rc;
}

/** command [-v|-V] NAME [ARG]…: describe NAME, or run it bypassing aliases. */
export function command(b: BuiltinCall): number {
  const args = b.argv.slice(1);
  // dash's command -V is its type, of the first name only
  if (args[0] === "-V" && b.state.dash) return type({ ...b, argv: ["type", ...args.slice(1, 2)] });
  if (args[0] === "-v" || args[0] === "-V") {
    // success when any NAME was found
    let found = false;
    for (const name of args.slice(1)) {
      if (args[0] === "-V") {
        // type's description, with command's own name in the error
        const err: string[] = [];
        if (type({ ...b, argv: ["type", name], io: { ...b.io, err } }) === 0) found = true;
        b.io.err.push(...err.map((e) => e.replace("type: ", "command: ")));
        continue;
      }
      if (Object.hasOwn(b.state.aliases, name)) b.io.out.push(`alias ${name}=${singleQuote(b.state.aliases[name]!)}\n`);
      else if (Object.hasOwn(b.state.functions, name) || builtinOf(b, name) || KEYWORDS.has(name)) b.io.out.push(`${name}\n`);
      else if (findCommand(name) || PROGRAMS.has(name)) b.io.out.push(`${commandPath(name)}\n`);
      else continue;
      found = true;
    }
    return found ? 0 : 1;
  }
  if (args.length === 0) return 0;
  return runPastFunction(b, args);
}

/** time CMD…: runs it; every emulated command takes no measurable time. */
export function time(b: BuiltinCall): number {
  const args = b.argv.slice(1).filter((a, i) => !(i === 0 && a === "-p"));
  const rc = args.length ? b.runArgv(b.state, args, b.io, b.env, b.line) : 0;
  b.io.err.push("\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n");
  return rc;
}

export function test(b: BuiltinCall): number {
  const name = b.argv[0]!;
  let args = b.argv.slice(1);
  if (name === "[") {
    if (args[args.length - 1] !== "]") return fail(b, "[: missing `]'", 2);
    args = args.slice(0, -1);
  }
  // dash's test knows = but not bash's ==
  if (b.state.dash && args.length === 3 && args[1] === "==") return fail(b, `${name}: ${args[0]}: unexpected operator`, 2);
  const dashError = b.state.dash ? dashTestError(args) : undefined;
  if (dashError) return fail(b, `${name}: ${dashError}`, 2);
  if (!b.state.dash) args = resolveVarTests(args, b.state);
  try {
    return evalTest(args, new WorldVfs(b.state.world, b.state.netns, b.state.cwd)) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) return fail(b, `${name}: ${b.state.dash ? dashTestError(args, e.message) : e.message}`, 2);
    throw e;
  }
}

/** [[ EXPR ]]: test with && || and pattern (==, !=) and regex (=~) matching. */
export function conditional(b: BuiltinCall): number {
  const args = resolveVarTests(b.argv.slice(1, -1).map((a) => (a === "&&" ? "-a" : a === "||" ? "-o" : a)), b.state);
  // [[ evaluates the operands of -eq and friends as arithmetic
  for (let i = 1; i + 1 < args.length; i++) {
    if (!ARITH_TESTS.has(args[i]!)) continue;
    try {
      const vars = expandHost(b.state, b.io);
      args[i - 1] = evalArithmetic(args[i - 1]!, vars);
      args[i + 1] = evalArithmetic(args[i + 1]!, vars);
    } catch (e) {
      // set -u's unbound name ends the command line; other errors fail just the test
      if (e instanceof ExpansionError && e.exitStatus === undefined) return fail(b, `[[: ${e.message}`);
      throw e;
    }
  }
  for (let i = 1; i + 1 < args.length; i++) {
    const op = args[i]!;
    if (op !== "==" && op !== "=" && op !== "!=" && op !== "=~") continue;
    const [left, right] = [args[i - 1]!, args[i + 1]!];
    let result: boolean;
    if (op === "=~") {
      const re = compile(right, true, "");
      if (typeof re === "string") return 2;
      const m = re.exec(left);
      result = m !== null;
      // BASH_REMATCH: the whole match and each group (empty when a group did not take part)
      delete b.state.vars["BASH_REMATCH"];
      (b.state.arrays ??= nameTable())["BASH_REMATCH"] = m ? [...m].map((g) => g ?? "") : [];
    } else {
      // the interpreter escaped the quoted parts of the pattern (\*); * and ? match any character, / too
      let re: RegExp;
      try {
        re = new RegExp(globSegmentRegex(right).source.replaceAll("[^/]", "[^]"), "s");
      } catch {
        re = /$^/;
      }
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

export function printf(b: BuiltinCall): number {
  if (b.state.dash && b.argv.length > 1) {
    const checked = dashPrintfFormat(b.argv.slice(1));
    if ("error" in checked) return fail(b, checked.error, 2);
    const rest = b.argv.slice(b.argv[1] === "--" ? 3 : 2);
    const r = runPrintf([checked.format, ...rest]);
    b.io.out.push(r.stdout);
    for (const e of r.errors) fail(b, dashPrintfError(e));
    return r.rc;
  }
  const toVar = b.argv[1] === "-v" ? b.argv[2] : undefined;
  if (b.argv[1] === "-v" && toVar === undefined) return fail(b, "printf: -v: option requires an argument", 2);
  // bash's builtin getopt: only -v; any other leading option is refused (`--x` reads as `--`)
  const first = b.argv[1];
  if (toVar === undefined && first !== undefined && first.startsWith("-") && first !== "-" && first !== "--") {
    fail(b, `printf: ${first.startsWith("--") ? "--" : first.slice(0, 2)}: invalid option`);
    b.io.err.push("printf: usage: printf [-v var] format [arguments]\n");
    return 2;
  }
  const r = runPrintf(b.argv.slice(toVar !== undefined ? 3 : 1));
  if (toVar !== undefined) {
    // -v NAME[INDEX]: an element of an indexed or associative array
    const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/s.exec(toVar);
    const assoc = element ? b.state.assoc?.[element[1]!] : undefined;
    if (element && assoc) assoc.set(assocKey(element[2]!), r.stdout);
    else if (element) {
      const index = Number(evalArithmetic(element[2]!, { getVar: (n) => b.state.vars[n] }));
      const array = ((b.state.arrays ??= {})[element[1]!] ??= []);
      delete b.state.vars[element[1]!];
      array[index < 0 ? array.length + index : index] = r.stdout;
    } else b.state.vars[toVar] = r.stdout;
  }
  else b.io.out.push(r.stdout);
  if (r.usage) b.io.err.push(r.usage);
  for (const e of r.errors) fail(b, e);
  return r.rc;
}
