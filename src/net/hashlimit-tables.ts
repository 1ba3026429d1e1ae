// The lifetime of hashlimit tables, as xt_hashlimit keeps them: a table (one per family and
// --hashlimit-name, shared by both backends) lives while a rule names it, so once the last such
// rule is gone its flows are gone, and a rule that names it again starts from an empty table.
import { hashlimitTableKey, type HashlimitData } from "../netfilter/extensions/hashlimit.js";
import { matchesNamed } from "./recent-lists.js";
import type { Namespace } from "./types.js";

function isTableKey(key: string): boolean {
  return key.startsWith(hashlimitTableKey(4)) || key.startsWith(hashlimitTableKey(6));
}

/** The store keys of the tables some rule names. */
function namedTables(ns: Namespace): Set<string> {
  return new Set(matchesNamed<HashlimitData>(ns, "hashlimit").map((d) => `${hashlimitTableKey(d.v6 ? 6 : 4)}${d.name}`));
}

/** Destroys the namespace's hashlimit tables that no rule names any more. */
export function syncHashlimitTables(ns: Namespace): void {
  const store = ns["sharedTables"] as Record<string, unknown> | undefined;
  // (nothing to walk the rules for while the namespace keeps no table)
  if (!store || !Object.keys(store).some(isTableKey)) return;
  const named = namedTables(ns);
  for (const key of Object.keys(store)) if (isTableKey(key) && !named.has(key)) delete store[key];
}
