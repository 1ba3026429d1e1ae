// The per-extension option bookkeeping libxtables does for extensions that describe their
// options in a table (xtables_option_parse / xtables_options_fcheck): an option may be
// given once, "!" only where allowed, mandatory options, options that exclude or need others.
//
// Which options were given is parse-time state, not part of the rule (two rules the kernel
// sees as equal must compare equal), so it is not kept in the data. Like libxtables' per-
// extension flags it lives beside the instance being parsed: the front end parses one rule's
// options and runs its final check before it starts on the next rule. (A plain variable: this
// runs for every rule of a large iptables-restore.)
import type { ExtOption, ParseCall } from "../../extension.js";
import { alsoRequires, cannotCombine, cannotInvert, mustSpecify, onlyOnce } from "../util/errors.js";

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

let currentData: object | undefined;
let currentMask = 0;

const byIdCache = new WeakMap<OptionSpec[], OptionSpec[]>();

function specsById(specs: OptionSpec[]): OptionSpec[] {
  let sorted = byIdCache.get(specs);
  if (!sorted) byIdCache.set(specs, (sorted = [...specs].sort((a, b) => a.id - b.id)));
  return sorted;
}

/** The ExtOption list the front end reads (in table order). */
export function extOptions(specs: OptionSpec[]): ExtOption[] {
  return specs.map((s) => ({ name: s.name, args: s.args, ...(s.invertible ? { invertible: true } : {}) }));
}

/** Records one option occurrence; refuses a second use and a "!" the option does not take. */
export function noteOption(ext: string, specs: OptionSpec[], data: object, call: ParseCall): OptionSpec {
  const spec = specs.find((s) => s.name === call.option);
  if (!spec) throw new Error(`${ext}: option --${call.option} is not declared`);
  if (currentData !== data) {
    currentData = data;
    currentMask = 0;
  }
  const bit = 1 << spec.id;
  if (currentMask & bit) throw onlyOnce(ext, spec.name);
  if (call.invert && !spec.invertible) throw cannotInvert(ext, spec.name);
  currentMask |= bit;
  return spec;
}

function givenMask(data: object): number {
  return currentData === data ? currentMask : 0;
}

/** Ids of the options given so far for this instance. */
export function givenOptions(data: object): Set<number> {
  const mask = givenMask(data);
  const ids = new Set<number>();
  for (let id = 0; id < 31; id++) if (mask & (1 << id)) ids.add(id);
  return ids;
}

/** Whether any option was given (cheaper than givenOptions().size). */
export function anyOptionGiven(data: object): boolean {
  return givenMask(data) !== 0;
}

/** xtables_options_fcheck: mandatory, "also requires" and "cannot be used together" checks. */
export function checkOptionTable(ext: string, specs: OptionSpec[], data: object): void {
  const seen = givenMask(data);
  const has = (id: number) => (seen & (1 << id)) !== 0;
  const byId = specsById(specs);
  for (const entry of specs) {
    if (entry.mandatory && !has(entry.id)) throw mustSpecify(ext, entry.name);
    if (!has(entry.id) || (!entry.also && !entry.excl)) continue;
    for (const other of byId) {
      if (other.id === entry.id) continue;
      if (entry.also?.includes(other.id) && !has(other.id)) throw alsoRequires(ext, entry.name, other.name);
      if (entry.excl?.includes(other.id) && has(other.id)) throw cannotCombine(ext, entry.name, other.name);
    }
  }
}
