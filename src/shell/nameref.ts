// Name references (declare -n / local -n): a variable whose value names another, so that reading,
// assigning or unsetting it acts on that other variable. Functions use them to fill a variable
// their caller names (`f() { local -n out=$1; out=…; }`). The tutor keeps the reference apart from
// the variables (state.namerefs) and follows it wherever a name is looked up.
import type { ExpandHost } from "./expand.js";
import type { ShellState } from "./state.js";

/** How many references bash follows before it gives up (it warns; the tutor just stops). */
const MAX_HOPS = 8;

/** The variable NAME stands for after following references (NAME itself when it is none). */
export function resolveNameref(state: ShellState, name: string): string {
  const refs = state.namerefs;
  if (!refs) return name;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const target = refs[name];
    if (target === undefined || target === "" || target === name) break;
    name = target;
  }
  return name;
}

/** Whether NAME is a reference, and to what. */
export function namerefTarget(state: ShellState, name: string): string | undefined {
  return state.namerefs && Object.hasOwn(state.namerefs, name) ? state.namerefs[name] : undefined;
}

/** `declare -n NAME[=TARGET]`: NAME becomes a reference (a value it had becomes its target). */
export function makeNameref(state: ShellState, name: string, target: string | undefined): void {
  const refs = (state.namerefs ??= {});
  refs[name] = target ?? refs[name] ?? state.vars[name] ?? "";
  delete state.vars[name];
}

/** `declare +n NAME` / `unset -n NAME`, or a local reference going out of scope. */
export function dropNameref(state: ShellState, name: string): boolean {
  if (!state.namerefs || !Object.hasOwn(state.namerefs, name)) return false;
  delete state.namerefs[name];
  return true;
}

/** Makes an expansion host's name lookups follow references (in place: the host is the caller's own). */
export function followNamerefs(state: ShellState, host: ExpandHost): void {
  const r = (name: string) => resolveNameref(state, name);
  const { getVar, setVar, attributes, getArray, getAssoc, getElement, isAssoc } = host;
  host.namerefTarget = (name) => namerefTarget(state, name);
  host.getVar = (name) => getVar.call(host, r(name));
  host.setVar = (name, value) => setVar.call(host, r(name), value);
  if (attributes) host.attributes = (name) => attributes.call(host, r(name));
  if (getArray) host.getArray = (name) => getArray.call(host, r(name));
  if (getAssoc) host.getAssoc = (name) => getAssoc.call(host, r(name));
  if (getElement) host.getElement = (name, index) => getElement.call(host, r(name), index);
  if (isAssoc) host.isAssoc = (name) => isAssoc.call(host, r(name));
}
