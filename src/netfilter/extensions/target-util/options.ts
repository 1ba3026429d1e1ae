// The per-extension option bookkeeping libxtables does for extensions that describe their
// options in a table (xtables_option_parse / xtables_options_fcheck): an option may be
// given once, "!" only where allowed, mandatory options, options that exclude or need others.
//
// Which options were given is parse-time state, not part of the rule: it is kept beside the
// instance's data (keyed by the data object) so that two rules the kernel sees as equal
// also compare equal here.
import type { ExtOption, ParseCall } from "../../extension.js";
import { alsoRequires, cannotCombine, cannotInvert, mustSpecify, onlyOnce } from "./errors.js";

export interface OptionSpec {
  name: string;
  /** The extension's option id: decides the order of the exclusion checks, as in C. */
  id: number;
  args: 0 | 1;
  mandatory?: boolean;
  /** Ids this option cannot be combined with. */
  excl?: number[];
  /** Ids this option needs. */
  also?: number[];
  invertible?: boolean;
}

const given = new WeakMap<object, Set<number>>();

/** The ExtOption list the front end reads (in table order). */
export function extOptions(specs: OptionSpec[]): ExtOption[] {
  return specs.map((s) => ({ name: s.name, args: s.args, ...(s.invertible ? { invertible: true } : {}) }));
}

/** Records one option occurrence; refuses a second use and a "!" the option does not take. */
export function noteOption(ext: string, specs: OptionSpec[], data: object, call: ParseCall): OptionSpec {
  const spec = specs.find((s) => s.name === call.option);
  if (!spec) throw new Error(`${ext}: option --${call.option} is not declared`);
  const seen = given.get(data) ?? new Set<number>();
  given.set(data, seen);
  if (seen.has(spec.id)) throw onlyOnce(ext, spec.name);
  if (call.invert && !spec.invertible) throw cannotInvert(ext, spec.name);
  seen.add(spec.id);
  return spec;
}

/** Ids of the options given so far for this instance. */
export function givenOptions(data: object): Set<number> {
  return given.get(data) ?? new Set<number>();
}

/** xtables_options_fcheck: mandatory, "also requires" and "cannot be used together" checks. */
export function checkOptionTable(ext: string, specs: OptionSpec[], data: object): void {
  const seen = givenOptions(data);
  const byId = [...specs].sort((a, b) => a.id - b.id);
  for (const entry of specs) {
    if (entry.mandatory && !seen.has(entry.id)) throw mustSpecify(ext, entry.name);
    if (!seen.has(entry.id)) continue;
    for (const other of byId) {
      if (other.id === entry.id) continue;
      if (entry.also?.includes(other.id) && !seen.has(other.id)) throw alsoRequires(ext, entry.name, other.name);
      if (entry.excl?.includes(other.id) && seen.has(other.id)) throw cannotCombine(ext, entry.name, other.name);
    }
  }
}
