// The other tables of a table's rule set, for kernel checks that look across tables (rate
// estimators are shared by the whole namespace). The front ends note each rule set they work
// on; a table nobody noted (a restore's working copy) only sees itself. Kept outside the rule
// set, which stays plain data.
import type { Ruleset, Table } from "../../types.js";

const peersOf = new WeakMap<Table, Ruleset>();

/** Remembers which rule set each of `ruleset`'s tables belongs to. */
export function notePeerTables(ruleset: Ruleset): void {
  for (const name in ruleset.tables) peersOf.set(ruleset.tables[name]!, ruleset);
}

/** Every table of `table`'s rule set (with `table` itself always among them). */
export function peerTables(table: Table | undefined): Table[] {
  if (!table) return [];
  const ruleset = peersOf.get(table);
  if (!ruleset) return [table];
  const tables = Object.values(ruleset.tables);
  return tables.includes(table) ? tables : [table, ...tables];
}
