// Tables that rules share by name (xt_recent lists, hashlimit tables) die with the last rule that
// names them. Brought in line after each command that may remove rules as well as before packets,
// so a rule that names one again starts from an empty table even when no packet passed between.
import { syncHashlimitTables } from "./hashlimit-tables.js";
import { syncRecentLists } from "./recent-lists.js";
import type { Namespace } from "./types.js";

export function syncNamedTables(ns: Namespace): void {
  syncRecentLists(ns);
  syncHashlimitTables(ns);
}
