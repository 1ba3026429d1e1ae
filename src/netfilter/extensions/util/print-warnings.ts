// The stderr lines extensions print each time a rule holding them is printed (listed, saved,
// echoed by -v): one per printing instance, in rule order (ExtensionBase.printWarning).
import type { Chain, Rule, Table } from "../../types.js";
import { MATCHES } from "../matches.js";
import { TARGETS } from "../targets.js";

// (built once: a listing of 100,000 rules asks for every match of every rule)
let matchWarnings: ReadonlyMap<string, string> | undefined;
let targetWarnings: ReadonlyMap<string, string> | undefined;

function warningsOf(list: { name: string; printWarning?: string }[]): ReadonlyMap<string, string> {
  return new Map(list.flatMap((e) => (e.printWarning ? [[e.name, `${e.printWarning}\n`] as const] : [])));
}

/**
 * Whether a rule with such an extension was ever made: the parser says so when it loads one
 * (the only way rules get their extensions). Until then no listing need look at any rule.
 */
let warningExtensionLoaded = false;

export function notePrintWarningExtension(): void {
  warningExtensionLoaded = true;
}

/** One line per match or target of `rules` that warns when printed. */
export function printWarnings(rules: Iterable<Rule>): string {
  if (!warningExtensionLoaded) return "";
  matchWarnings ??= warningsOf(MATCHES);
  targetWarnings ??= warningsOf(TARGETS);
  let out = "";
  for (const rule of rules) {
    for (const m of rule.matches) out += matchWarnings.get(m.name) ?? "";
    if (rule.action.kind === "target") out += targetWarnings.get(rule.action.target.name) ?? "";
  }
  return out;
}

/** printWarnings over every rule of `chains`. */
export function chainPrintWarnings(chains: Iterable<Chain>): string {
  if (!warningExtensionLoaded) return "";
  let out = "";
  for (const c of chains) out += printWarnings(c.rules);
  return out;
}

/** chainPrintWarnings over a whole table (its chains listed only when some rule may warn). */
export function tablePrintWarnings(table: Table): string {
  return warningExtensionLoaded ? chainPrintWarnings(Object.values(table.chains)) : "";
}
