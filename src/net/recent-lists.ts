// The lifetime of -m recent lists, as xt_recent keeps them: a list lives while a rule names it
// (either family, either backend), so once the last such rule is gone its entries are gone too;
// and a rule that needs a larger stamp ring (--hitcount) empties the list it joins.
import type { Ruleset } from "../netfilter/types.js";
import type { RecentData, RecentList } from "../netfilter/extensions/recent.js";
import { recentStampMask } from "../netfilter/extensions/recent.js";
import type { Namespace } from "./types.js";

const KEY_PREFIX = "recent:";

/** Every rule set of the namespace: both families, both backends. */
function rulesetsOf(ns: Namespace): Ruleset[] {
  const v6 = ns["ip6tables"] as { nft: Ruleset; legacy: Ruleset } | undefined;
  return [ns.netfilter.nft, ns.netfilter.legacy, ...(v6 ? [v6.nft, v6.legacy] : [])];
}

/** The option data of each `-m match` instance in the namespace's live tables (both families and backends). */
export function matchesNamed<D>(ns: Namespace, match: string): D[] {
  const found: D[] = [];
  for (const rs of rulesetsOf(ns)) {
    for (const table of Object.values(rs.tables)) {
      if (!table.exists) continue;
      for (const name in table.chains) {
        for (const rule of table.chains[name]!.rules) {
          for (const m of rule.matches) if (m.name === match) found.push(m.data as D);
        }
      }
    }
  }
  return found;
}

/** Each list a rule names, with the stamp ring its rules need (the largest --hitcount wins). */
function namedLists(ns: Namespace): Map<string, number> {
  const lists = new Map<string, number>();
  for (const d of matchesNamed<RecentData>(ns, "recent")) {
    lists.set(d.name, Math.max(lists.get(d.name) ?? 0, recentStampMask(d.hitcount)));
  }
  return lists;
}

/**
 * Brings the namespace's lists (its shared-table store) in line with its rules: a list no rule
 * names is destroyed, and one whose rules now need a larger stamp ring is emptied (as
 * recent_mt_check does when a rule with a larger --hitcount arrives).
 */
export function syncRecentLists(ns: Namespace): void {
  const store = ns["sharedTables"] as Record<string, unknown> | undefined;
  // (nothing to walk the rules for while the namespace keeps no list)
  if (!store || !Object.keys(store).some((k) => k.startsWith(KEY_PREFIX))) return;
  const named = namedLists(ns);
  for (const key of Object.keys(store)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const mask = named.get(key.slice(KEY_PREFIX.length));
    if (mask === undefined) {
      delete store[key];
      continue;
    }
    const list = store[key] as RecentList;
    if (list.stampMask === undefined) list.stampMask = mask;
    else if (mask > list.stampMask) {
      list.entries = {};
      list.stampMask = mask;
    }
  }
}
