// The other tables of a namespace, for kernel checks that look beyond the rule's own table:
// rate estimators and idle timers are shared by the whole namespace (both families, legacy and
// nft), hashlimit tables by family. The front ends note the namespace's rule sets before each
// command; a table nobody noted (a restore's working copy) only sees itself. Kept outside the
// rule sets, which stay plain data.
import type { Ruleset, Table } from "../../types.js";

interface Peers {
  /** Every rule set of the namespace. */
  all: Ruleset[];
  /** The rule sets of the table's own family. */
  family: Ruleset[];
}

const peersOf = new WeakMap<Table, Peers>();

/** `families`: the namespace's rule sets, grouped by family (e.g. [[v4 nft, v4 legacy], [v6 …]]). */
export function notePeerRulesets(families: Ruleset[][]): void {
  const all = families.flat();
  for (const family of families) {
    const peers: Peers = { all, family };
    for (const ruleset of family) for (const name in ruleset.tables) peersOf.set(ruleset.tables[name]!, peers);
  }
}

/** Every table that shares `table`'s kernel objects of this scope (`table` itself included). */
export function peerTables(table: Table | undefined, scope: "namespace" | "family" = "namespace"): Table[] {
  if (!table) return [];
  const peers = peersOf.get(table);
  if (!peers) return [table];
  const tables = (scope === "family" ? peers.family : peers.all).flatMap((r) => Object.values(r.tables));
  return tables.includes(table) ? tables : [table, ...tables];
}
