// Builtins that change the shell's own state: cd, export, unset, alias, unalias, read, local, shift.
import { fail, singleQuote, type BuiltinCall } from "./call.js";
import { listVariables } from "./set-listing.js";
import { dropNameref, makeNameref, namerefTarget, resolveNameref } from "../nameref.js";
import { normalisePath, WorldVfs } from "../vfs.js";
import { evalArithmetic } from "../arith.js";
import { expandHost } from "../expand-host.js";
import { ExpansionError } from "../expand.js";
import { assocKey, makeAssoc } from "../assoc.js";
import { functionText } from "../print-command.js";
import { withLetterCase } from "../assign.js";
import { traceBuiltinAssignment } from "../xtrace.js";
import { ALL_OPTIONS, OPTION_LETTERS, optionOn, setOption } from "../set-options.js";
import { dashSet } from "../dash-set.js";
import { ExitSignal } from "../state.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function cd(b: BuiltinCall): number {
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
  // (bash keeps the logical path: cd /sbin stays /sbin, though it is a link to usr/sbin)
  const abs = normalisePath(target, state.cwd);
  if (!vfs.isDir(abs)) return state.dash ? fail(b, `cd: can't cd to ${target}`, 2) : fail(b, `cd: ${target}: ${vfs.exists(abs) ? "Not a directory" : "No such file or directory"}`);
  state.vars.OLDPWD = state.cwd;
  state.cwd = abs;
  state.vars.PWD = abs;
  return 0;
}

export function exportBuiltin(b: BuiltinCall): number {
  const { state } = b;
  const args = b.argv.slice(1).filter((a) => a !== "--");
  if (args.length === 0 || (args.length === 1 && args[0] === "-p")) {
    const names = [...state.exported].filter((n) => state.vars[n] !== undefined).sort();
    for (const n of names) b.io.out.push(`declare -x ${n}="${state.vars[n]!.replace(/(["\\$`])/g, "\\$1")}"\n`);
    return 0;
  }
  let rc = 0;
  // export -n NAME…: no longer exported (the value stays)
  const unexport = args.includes("-n");
  for (const arg of args) {
    if (arg === "-n" || arg === "-f") continue;
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      rc = fail(b, `export: \`${arg}': not a valid identifier`);
      continue;
    }
    if (eq >= 0 && state.readonly?.has(name)) {
      rc = fail(b, `${name}: readonly variable`);
      continue;
    }
    if (eq >= 0) {
      state.vars[name] = arg.slice(eq + 1);
      traceBuiltinAssignment(state, b.io, name, arg.slice(eq + 1));
    }
    if (unexport) state.exported.delete(name);
    else state.exported.add(name);
  }
  return rc;
}

export function unset(b: BuiltinCall): number {
  let rc = 0;
  // -n: the references themselves; otherwise what they name
  const references = b.argv.slice(1).some((a) => /^-[a-z]*n/.test(a));
  for (const given of b.argv.slice(1)) {
    if (given.startsWith("-")) continue;
    if (references && dropNameref(b.state, given)) continue;
    const name = resolveNameref(b.state, given);
    const keyed = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(name);
    const assoc = keyed ? b.state.assoc?.[keyed[1]!] : undefined;
    if (keyed && assoc) {
      assoc.delete(assocKey(keyed[2]!.replace(/"/g, "")));
      continue;
    }
    const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(\d+)\]$/.exec(name);
    if (element) {
      const array = b.state.arrays?.[element[1]!];
      if (array) delete array[Number(element[2])];
      continue;
    }
    if (b.state.readonly?.has(name)) {
      rc = fail(b, `unset: ${name}: cannot unset: readonly variable`);
      continue;
    }
    delete b.state.vars[name];
    delete b.state.arrays?.[name];
    delete b.state.assoc?.[name];
    b.state.exported.delete(name);
  }
  return rc;
}

export function alias(b: BuiltinCall): number {
  const { aliases } = b.state;
  const args = b.argv.slice(1).filter((a) => a !== "-p");
  if (args.length === 0) {
    // (dash lists NAME='VALUE' without the word alias)
    const word = b.state.dash ? "" : "alias ";
    for (const name of Object.keys(aliases).sort()) b.io.out.push(`${word}${name}=${singleQuote(aliases[name]!)}\n`);
    return 0;
  }
  let rc = 0;
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq > 0) aliases[arg.slice(0, eq)] = arg.slice(eq + 1);
    else if (Object.hasOwn(aliases, arg)) b.io.out.push(`${b.state.dash ? "" : "alias "}${arg}=${singleQuote(aliases[arg])}\n`);
    else rc = fail(b, `alias: ${arg}: not found`);
  }
  return rc;
}

export function unalias(b: BuiltinCall): number {
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

/** local NAME[=VALUE]…: plain assignments here (functions share the shell's variables). */
export function local(b: BuiltinCall): number {
  const frame = b.state.localFrames?.[b.state.localFrames.length - 1];
  if (b.state.callDepth === 0 || !frame) return b.state.dash ? fail(b, "local: not in a function", 2) : fail(b, "local: can only be used in a function");
  return declareNames(b, frame);
}

/** declare/typeset NAME[=VALUE]…: -x exports, -i evaluates arithmetic; in a function, names are local. */
export function declare(b: BuiltinCall): number {
  const frame = b.state.callDepth > 0 ? b.state.localFrames?.[b.state.localFrames.length - 1] : undefined;
  return declareNames(b, frame);
}

/** declare -n NAME[=TARGET] makes a reference; +n makes it a plain variable holding the name. */
function declareNameref(b: BuiltinCall, name: string, target: string | undefined, on: boolean): void {
  if (on) makeNameref(b.state, name, target);
  else {
    const old = namerefTarget(b.state, name);
    if (dropNameref(b.state, name) && old) b.state.vars[name] = old;
    if (target !== undefined) b.state.vars[name] = target;
  }
}

/** `declare -p NAME`: how bash would re-create the variable. */
function printDeclaration(b: BuiltinCall, name: string): number {
  const quote = (v: string) => `"${v.replace(/["\\$`]/g, "\\$&")}"`;
  const target = namerefTarget(b.state, name);
  if (target !== undefined) {
    b.io.out.push(`declare -n ${name}${target === "" ? "" : `=${quote(target)}`}\n`);
    return 0;
  }
  const assoc = b.state.assoc?.[name];
  if (assoc) {
    // bash leaves a space before the closing parenthesis of an associative array
    const items = assoc.keys().map((k) => `[${/^[A-Za-z0-9_.-]+$/.test(k) ? k : quote(k)}]=${quote(assoc.get(k)!)} `);
    b.io.out.push(`declare -A ${name}=(${items.join("")})\n`);
    return 0;
  }
  const array = b.state.arrays?.[name];
  if (array) {
    const items = array.map((v, i) => (v === undefined ? "" : `[${i}]=${quote(v)}`)).filter(Boolean);
    b.io.out.push(`declare -a ${name}=(${items.join(" ")})\n`);
    return 0;
  }
  const value = b.state.vars[name];
  if (value === undefined) return fail(b, `${b.argv[0]}: ${name}: not found`);
  // the attributes in bash's order: integer, readonly, exported, lower/upper case
  const attrs = [
    b.state.integers?.has(name) ? "i" : "", b.state.readonly?.has(name) ? "r" : "", b.state.exported.has(name) ? "x" : "", b.state.letterCase?.[name] ?? "",
  ].join("");
  b.io.out.push(`declare -${attrs || "-"} ${name}=${quote(value)}\n`);
  return 0;
}

/** The VALUE of a NAME=VALUE argument. */
function value0(arg: string): string | undefined {
  const eq = arg.indexOf("=");
  return eq > 0 ? arg.slice(eq + 1) : undefined;
}

/** declare -f / -F [NAME…]: the functions' text (all of them, by name, without NAMEs), or just their names. */
function declareFunctions(b: BuiltinCall, namesOnly: boolean, names: string[]): number {
  const { functions } = b.state;
  if (names.length === 0) {
    for (const name of Object.keys(functions).sort()) b.io.out.push(namesOnly ? `declare -f ${name}\n` : `${functionText(name, functions[name]!)}\n`);
    return 0;
  }
  let rc = 0;
  for (const name of names) {
    if (!Object.hasOwn(functions, name)) rc = 1;
    else b.io.out.push(namesOnly ? `${name}\n` : `${functionText(name, functions[name]!)}\n`);
  }
  return rc;
}

function declareNames(b: BuiltinCall, frame: Map<string, string | undefined> | undefined): number {
  const options = b.argv.slice(1).filter((a) => /^-[a-zA-Z]+$/.test(a)).join("");
  if (b.argv[0] !== "local" && /[fF]/.test(options)) return declareFunctions(b, options.includes("F"), b.argv.slice(1).filter((a) => !/^[-+][a-zA-Z]+$/.test(a)));
  const flags = new Set<string>();
  let rc = 0;
  for (const arg of b.argv.slice(1)) {
    if (/^[-+][a-zA-Z]+$/.test(arg)) {
      // +x takes the attribute away
      for (const c of arg.slice(1)) flags.add(arg[0] === "+" ? `+${c}` : c);
      continue;
    }
    if (flags.has("p")) {
      rc = printDeclaration(b, arg) || rc;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      rc = fail(b, `${b.argv[0]}: \`${arg}': not a valid identifier`);
      continue;
    }
    if (value0(arg) !== undefined && b.state.readonly?.has(name)) {
      rc = fail(b, `${name}: readonly variable`);
      continue;
    }
    if (frame && !frame.has(name)) frame.set(name, Object.hasOwn(b.state.vars, name) ? b.state.vars[name] : undefined);
    if (flags.has("n") || flags.has("+n")) {
      const target = value0(arg);
      // bash refuses a reference to something that cannot be a variable, or to itself
      if (flags.has("n") && target && !/^[A-Za-z_][A-Za-z0-9_]*(\[.*\])?$/s.test(target)) {
        rc = fail(b, `${b.argv[0]}: \`${target}': invalid variable name for name reference`);
        continue;
      }
      if (flags.has("n") && target === "") {
        rc = fail(b, `${b.argv[0]}: \`': not a valid identifier`);
        continue;
      }
      // (inside a function bash only warns of a circular reference: not followed here)
      if (flags.has("n") && target === name && !frame) {
        rc = fail(b, `${b.argv[0]}: ${name}: nameref variable self references not allowed`);
        continue;
      }
      declareNameref(b, name, target, flags.has("n"));
      continue;
    }
    if (flags.has("A")) {
      makeAssoc(b.state, name);
      continue;
    }
    let value = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flags.has("i")) (b.state.integers ??= new Set()).add(name);
    // -u and -l: the later of the two wins; +u / +l take it away
    // (given both, bash keeps neither)
    if (flags.has("u") !== flags.has("l")) (b.state.letterCase ??= {})[name] = flags.has("l") ? "l" : "u";
    if (flags.has("+u") || flags.has("+l")) delete b.state.letterCase?.[name];
    if (value !== undefined && flags.has("i")) {
      try {
        value = evalArithmetic(value, expandHost(b.state, b.io));
      } catch (e) {
        if (!(e instanceof ExpansionError) || e.exitStatus !== undefined) throw e;
        rc = fail(b, `${b.argv[0]}: ${e.message}`);
        continue;
      }
    }
    if (value !== undefined) b.state.vars[name] = withLetterCase(b.state, name, value);
    // `local v` starts unset (${v-unset}), even when a global v has a value
    else if (frame && !b.state.arrays?.[name]) delete b.state.vars[name];
    if (flags.has("r")) (b.state.readonly ??= new Set()).add(name);
    if (flags.has("x")) b.state.exported.add(name);
    if (flags.has("+x")) b.state.exported.delete(name);
  }
  return rc;
}

export function shift(b: BuiltinCall): number {
  const n = b.argv[1] === undefined ? 1 : Number(b.argv[1]);
  if (!Number.isInteger(n) || n < 0) return fail(b, `shift: ${b.argv[1]}: numeric argument required`);
  if (n > b.state.positional.length) {
    if (!b.state.dash) return 1;
    // dash: an error of a special builtin, which ends the script
    fail(b, "shift: can't shift that many", 2);
    throw new ExitSignal(2);
  }
  b.state.positional = b.state.positional.slice(n);
  return 0;
}

/** history [N] | history -c: the lines typed in this session, numbered like bash. */
export function history(b: BuiltinCall): number {
  const arg = b.argv[1];
  if (arg === "-c") {
    b.state.history.length = 0;
    return 0;
  }
  if (arg !== undefined && !/^[0-9]+$/.test(arg)) return fail(b, `history: ${arg}: numeric argument required`);
  const all = b.state.history;
  const from = arg === undefined ? 0 : Math.max(0, all.length - Number(arg));
  for (let i = from; i < all.length; i++) b.io.out.push(`${String(i + 1).padStart(5)}  ${all[i]}\n`);
  return 0;
}

/** `set -o` (a table) or `set +o` (commands that restore the settings). */
function listOptions(b: BuiltinCall, table: boolean): void {
  for (const name of ALL_OPTIONS) {
    const on = optionOn(b.state, name);
    b.io.out.push(table ? `${name.padEnd(15)}\t${on ? "on" : "off"}\n` : `set ${on ? "-" : "+"}o ${name}\n`);
  }
}

export function set(b: BuiltinCall): number {
  if (b.state.dash) return dashSet(b);
  const args = b.argv.slice(1);
  if (args.length === 0) return listVariables(b);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const on = a.startsWith("-");
    // the first non-option word (or what follows -- / -) becomes $1 $2 …
    if (a === "--" || a === "-") {
      b.state.positional = args.slice(i + 1);
      return 0;
    }
    if (!/^[-+]/.test(a)) {
      b.state.positional = args.slice(i);
      return 0;
    }
    for (const c of a.slice(1)) {
      if (c === "o") {
        const name = args[++i];
        if (name === undefined) {
          listOptions(b, on);
          continue;
        }
        if (!ALL_OPTIONS.includes(name)) return fail(b, `set: ${name}: invalid option name`, 2);
        setOption(b.state, name, on);
        continue;
      }
      const name = OPTION_LETTERS[c];
      if (!name) {
        fail(b, `set: ${a[0]}${c}: invalid option`);
        b.io.err.push("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n");
        return 2;
      }
      setOption(b.state, name, on);
    }
  }
  return 0;
}
