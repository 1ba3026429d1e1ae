// The generic option errors libxtables raises for extensions using its option table
// (xtables_option_parse / xtables_options_fcheck). The trailing "\n" makes the front end
// print the empty line real iptables shows before its Try line.
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

export function badValue(ext: string, option: string, min: number | bigint, max: number | bigint): XtablesError {
  return paramProblem(`${ext}: bad value for option "--${option}", or out of range (${min}-${max}).\n`);
}

/**
 * Bookkeeping for xtables' per-option flags: refuses a second use and a "!" where the
 * option does not allow one. `seen` lives in the extension's data (plain string list).
 */
export function checkOption(
  ext: string,
  seen: string[],
  option: string,
  invert: boolean,
  opts: { invertible?: boolean; multi?: boolean; id?: string } = {},
): void {
  const id = opts.id ?? option;
  if (!opts.multi && seen.includes(id)) throw onlyOnce(ext, option);
  if (invert && !opts.invertible) throw cannotInvert(ext, option);
  if (!seen.includes(id)) seen.push(id);
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
