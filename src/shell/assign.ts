// Variables as the interpreter reads and assigns them: special parameters, arrays and
// associative arrays, and the assignments before a command (a=1, a=(…), a[i]=v, m[k]+=v).
import { tracePrefix } from "./xtrace.js";
import { resolveNameref } from "./nameref.js";
import { singleQuote } from "./quote.js";
import type { Assignment, SimpleCommand, Word } from "./ast.js";
import { evalArithmetic } from "./arith.js";
import { assocKey, getAssoc, type AssocArray } from "./assoc.js";
import { braceExpand } from "./brace.js";
import { expandToString, expandWord, scanArithWord, type ExpandHost } from "./expand.js";
import { ALL_OPTIONS, dollarDash, optionOn } from "./set-options.js";
import { dashDollarDash } from "./dash-set.js";
import type { ShellState } from "./state.js";
import { nextRandom } from "../net/random.js";
import { nameTable } from "../name-table.js";
import { simpleCommandText } from "./print-command.js";

/** Brace expansion, which dash lacks and `set +B` turns off. */
export function braces(state: ShellState, w: Word): Word[] {
  return state.dash || !optionOn(state, "braceexpand") ? [w] : braceExpand(w);
}

/** a[i]=v or m[key]=v (an indexed array is made from a scalar or from nothing). */
export function setElement(state: ShellState, name: string, key: string | number, value: string): void {
  const assoc = getAssoc(state, name);
  if (assoc) {
    assoc.set(assocKey(String(key)), value);
    return;
  }
  const array = ((state.arrays ??= nameTable())[name] ??= Object.hasOwn(state.vars, name) ? [state.vars[name]!] : []);
  delete state.vars[name];
  const index = Number(key);
  array[index < 0 ? array.length + index : index] = value;
}

import { bashRandom } from "./random.js";

export function getVar(state: ShellState, given: string): string | undefined {
  const name = state.namerefs ? resolveNameref(state, given) : given;
  switch (name) {
    case "?":
      return String(state.lastRc);
    case "$":
      return "1";
    case "BASHPID":
      return state.dash ? state.vars[name] : String(state.bashPid ?? 1);
    case "BASH_SUBSHELL":
      return state.dash ? state.vars[name] : String(state.subshell ?? 0);
    case "RANDOM":
      // bash's 0…32767: after RANDOM=N its own generator's sequence, else the world's seeded
      // generator's; dash has no $RANDOM
      return state.dash ? state.vars["RANDOM"] : String(bashRandom(state, () => nextRandom(state.world)));
    case "BASH_COMMAND":
      return state.dash ? state.vars["BASH_COMMAND"] : state.currentCommand ? simpleCommandText(state.currentCommand) : "";
    case "LINENO":
      return state.dash ? undefined : String(state.lineno ?? 1);
    case "#":
      return String(state.positional.length);
    case "0":
      return state.shellName;
    case "@":
      return state.positional.join(" ");
    case "*":
      return state.positional.join(Object.hasOwn(state.vars, "IFS") ? state.vars["IFS"]!.slice(0, 1) : " ");
    case "!":
      return state.lastBgPid === undefined ? "" : String(state.lastBgPid);
    case "-":
      return state.dash ? dashDollarDash(state) : dollarDash(state);
    case "SHELLOPTS":
      // bash's -o options that are on, colon-separated (dash has no such variable)
      return state.dash ? state.vars[name] : ALL_OPTIONS.filter((o) => optionOn(state, o)).join(":");
    default:
      if (/^[1-9]$/.test(name)) return state.positional[Number(name) - 1];
      if (Object.hasOwn(state.vars, name)) return state.vars[name];
      return state.arrays?.[name]?.[0] ?? state.assoc?.[name]?.get("0");
  }
}

/** `a=([k]=v …)`, `a+=(…)`, `a[k]=v`, `a[k]+=v` on an associative array. */
function assignAssoc(assoc: AssocArray, a: Assignment, host: ExpandHost): void {
  if (a.array) {
    if (!a.append) for (const k of assoc.keys()) assoc.delete(k);
    for (const word of a.array.map((w: Word) => expandToString(w, host))) {
      const m = /^\[(.*?)\]=(.*)$/s.exec(word);
      if (m) assoc.set(assocKey(m[1]!), m[2]!);
    }
    return;
  }
  const key = assocKey(expandToString(scanArithWord(a.index!), host));
  const value = expandToString(a.value, host);
  assoc.set(key, a.append ? (assoc.get(key) ?? "") + value : value);
}

/** `+ name=('v1' 'v2')` or `+ name=(['k']='v')`: how set -x shows an array given to declare or local. */
function declaredArrayTrace(plus: string, name: string, values: string[], assoc: boolean): string {
  const items = values.map((v) => {
    const m = assoc ? /^\[(.*?)\]=(.*)$/s.exec(v) : null;
    return m ? `[${singleQuote(m[1]!)}]=${singleQuote(m[2]!)}` : singleQuote(v);
  });
  return `${plus}${name}=(${items.join(" ")})\n`;
}

/** declare -u / -l: the value in upper or lower case. */
export function withLetterCase(state: ShellState, name: string, value: string): string {
  const attr = state.letterCase?.[name];
  return attr === "u" ? value.toUpperCase() : attr === "l" ? value.toLowerCase() : value;
}

/** Runs the assignments of a simple command: scalars, `a=(…)`, `a+=(…)` and `a[i]=v`. */
export function assignAll(state: ShellState, cmd: SimpleCommand, host: ExpandHost, arrayTraces?: string[]): [string, string][] {
  const scalars: [string, string][] = [];
  const tracing = state.options.has("xtrace") && !state.dash;
  const plus = tracing ? tracePrefix(state) : "";
  for (const given of cmd.assigns) {
    // (through a name reference, the assignment is to the variable it names)
    const a = state.namerefs ? { ...given, name: resolveNameref(state, given.name) } : given;
    // a reference naming nothing yet takes the value as the name it stands for
    if (state.namerefs?.[given.name] === "" && !given.array && given.index === undefined && cmd.words.length === 0) {
      state.namerefs[given.name] = expandToString(given.value, host);
      continue;
    }
    // set -x shows a plain array assignment as written, before its words are expanded
    if (tracing && a.array && cmd.words.length === 0) arrayTraces?.push(`${plus}${a.name}${a.append ? "+=" : "="}(${(a.arrayTexts ?? []).join(" ")})\n`);
    const assoc = getAssoc(state, a.name);
    if (assoc && (a.array || a.index !== undefined)) {
      if (tracing && a.array && cmd.words.length > 0) arrayTraces?.push(declaredArrayTrace(plus, a.name, a.array.map((w) => expandToString(w, host)), true));
      assignAssoc(assoc, a, host);
      continue;
    }
    if (a.array && cmd.words.length === 0 && a.arrayTexts?.some((t) => /^\[[^\]]+\]=/.test(t))) {
      // a=([2]=x [5]=y): elements at the indices given (declare's own words go to declare)
      const array = a.append ? [...(state.arrays?.[a.name] ?? (Object.hasOwn(state.vars, a.name) ? [state.vars[a.name]!] : []))] : [];
      a.array.forEach((w, i) => {
        const keyed = /^\[([^\]]+)\]=/.exec(a.arrayTexts![i] ?? "");
        if (!keyed) array.push(...expandWord(w, host));
        else {
          const text = expandToString(w, host);
          const split = text.indexOf("]=");
          array[Number(evalArithmetic(text.slice(1, split), host))] = text.slice(split + 2);
        }
      });
      delete state.vars[a.name];
      (state.arrays ??= nameTable())[a.name] = array;
    } else if (a.array) {
      const values = a.array.flatMap((w) => braces(state, w)).flatMap((w) => expandWord(w, host));
      // declare/local NAME=(…): set -x shows the values, each quoted, before the declare line
      if (tracing && cmd.words.length > 0) {
        const options = cmd.words.slice(1).map((w) => expandToString(w, host)).filter((w) => /^-[a-zA-Z]+$/.test(w)).join("");
        arrayTraces?.push(declaredArrayTrace(plus, a.name, values, options.includes("A")));
      }
      const old = a.append ? state.arrays?.[a.name] ?? (Object.hasOwn(state.vars, a.name) ? [state.vars[a.name]!] : []) : [];
      delete state.vars[a.name];
      (state.arrays ??= nameTable())[a.name] = [...old, ...values];
    } else if (a.index !== undefined) {
      const index = Number(evalArithmetic(expandToString(scanArithWord(a.index), host), host));
      const value = expandToString(a.value, host);
      const array = ((state.arrays ??= nameTable())[a.name] ??= Object.hasOwn(state.vars, a.name) ? [state.vars[a.name]!] : []);
      delete state.vars[a.name];
      const at = index < 0 ? array.length + index : index;
      array[at] = a.append ? (array[at] ?? "") + value : value;
    } else {
      let value = expandToString(a.value, host);
      const old = state.vars[a.name] ?? state.arrays?.[a.name]?.[0] ?? "";
      // declare -i: the value is arithmetic (and += adds); otherwise x+=v appends
      if (state.integers?.has(a.name)) value = evalArithmetic(a.append ? `${old || 0}+(${value || 0})` : value || "0", host);
      else if (a.append) value = old + value;
      value = withLetterCase(state, a.name, value);
      // a plain assignment to an array sets its first element
      if (state.arrays?.[a.name] && cmd.words.length === 0) state.arrays[a.name]![0] = value;
      else {
        scalars.push([a.name, value]);
        // without a command, each assignment is in effect for the ones after it (IFS=… a=($(…)))
        if (cmd.words.length === 0) state.vars[a.name] = value;
      }
    }
  }
  return scalars;
}
