// Error texts libxtables and the extensions print. A trailing "\n" in a message makes the
// front end print the empty line real iptables shows before its Try line.
import { paramProblem, type XtablesError } from "../../xtables-error.js";

export function onlyOnce(ext: string, option: string): XtablesError {
  return paramProblem(`${ext}: option "--${option}" can only be used once.\n`);
}

export function cannotInvert(ext: string, option: string): XtablesError {
  return paramProblem(`${ext}: option "--${option}" cannot be inverted.\n`);
}

export function mustSpecify(ext: string, option: string): XtablesError {
  return paramProblem(`${ext}: option "--${option}" must be specified\n`);
}

export function alsoRequires(ext: string, option: string, other: string): XtablesError {
  return paramProblem(`${ext}: option "--${option}" also requires "--${other}".\n`);
}

export function cannotCombine(ext: string, option: string, other: string): XtablesError {
  return paramProblem(`${ext}: option "--${option}" cannot be used together with "--${other}".\n`);
}

/** XTTYPE_UINT* out of range or not a number. */
export function badValue(ext: string, option: string, min: number, max: number): XtablesError {
  return paramProblem(`${ext}: bad value for option "--${option}", or out of range (${min}-${max}).\n`);
}

/** XTTYPE_MARKMASK32: value or mask not a number. */
export function badMarkValue(ext: string, option: string): XtablesError {
  return paramProblem(`${ext}: bad integer value for option "--${option}", or out of range.\n`);
}

export function markGarbage(ext: string, option: string): XtablesError {
  return paramProblem(`${ext}: trailing garbage after value for option "--${option}".\n`);
}

/** XTTYPE_STRING with a minimum length. */
export function tooShort(min: number): XtablesError {
  return paramProblem(`Argument must have a minimum length of ${min} characters\n`);
}
