// The handles nf_tables gives a namespace's tables: one counter for every family, counting up as
// tables are created (a table a flushing iptables-restore rebuilt is a new one; one a --noflush
// restore changed keeps its handle). `nft -a list ruleset` shows them. The rule set keeps no
// handles, so they are noted here after each iptables-nft command and before each listing.
import type { Namespace } from "../net/types.js";
import type { Ruleset, Table } from "../netfilter/types.js";
import { ip6RulesetIfMade } from "./ip6tables.js";
import { continuesTable } from "./nft-handles.js";
import { findNative, nativeTables } from "./nft-native.js";
import { tableCreationOrder } from "./ops.js";

export type NftFamily = "ip" | "ip6";

const TABLE_ORDER = ["filter", "nat", "mangle", "raw", "security"] as const;

interface Noted {
  next: number;
  /** "ip6 filter" → the table object last seen there and its handle. */
  seen: Map<string, { table: Table; handle: number }>;
}

const byNamespace = new WeakMap<Namespace, Noted>();

/** The namespace's nft tables that exist, in the order commands made them (a restore's come last). */
export function nftTables(ns: Namespace): { family: NftFamily; t: Table }[] {
  const sets: [NftFamily, Ruleset | undefined][] = [["ip", ns.netfilter.nft], ["ip6", ip6RulesetIfMade(ns, "nft")]];
  const out: { family: NftFamily; t: Table }[] = [];
  for (const [family, ruleset] of sets) {
    if (!ruleset) continue;
    for (const name of TABLE_ORDER) if (ruleset.tables[name]?.exists) out.push({ family, t: ruleset.tables[name]! });
  }
  return out.sort((a, b) => (tableCreationOrder(a.t) ?? Infinity) - (tableCreationOrder(b.t) ?? Infinity) || 0);
}

/** Gives each table created since the last look its handle. */
export function noteTableHandles(ns: Namespace): Noted {
  let noted = byNamespace.get(ns);
  if (!noted) byNamespace.set(ns, (noted = { next: 0, seen: new Map() }));
  const live = nftTables(ns);
  const keys = new Set(live.map(({ family, t }) => `${family} ${t.name}`));
  for (const key of noted.seen.keys()) if (!keys.has(key)) noted.seen.delete(key);
  for (const { family, t } of live) {
    const key = `${family} ${t.name}`;
    const was = noted.seen.get(key);
    if (was && (was.table === t || continuesTable(t, was.table))) was.table = t;
    else noted.seen.set(key, { table: t, handle: ++noted.next });
  }
  return noted;
}

/** The handle of one of the namespace's tables. */
export function tableHandle(ns: Namespace, family: NftFamily, t: Table): number | undefined {
  return noteTableHandles(ns).seen.get(`${family} ${t.name}`)?.handle;
}

/** The handles noted so far, to put back when a transaction that deleted tables is undone (the counter goes on). */
export function saveTableHandles(ns: Namespace): Map<string, { table: Table; handle: number }> {
  return new Map(noteTableHandles(ns).seen);
}

export function restoreTableHandles(ns: Namespace, saved: Map<string, { table: Table; handle: number }>): void {
  // (not noteTableHandles: the tables put back would look new to it and take handles)
  const noted = byNamespace.get(ns);
  if (noted) noted.seen = saved;
}

/**
 * The handle of a table ebtables or arptables creates now (the same counter as all tables').
 * An empty table nft made under that name is the one they fill: it keeps its handle.
 */
export function newToolTableHandle(ns: Namespace, family: "bridge" | "arp", name: string): number {
  const native = findNative(ns, family, name);
  if (native && native.chains.length === 0) {
    nativeTables(ns).splice(nativeTables(ns).indexOf(native), 1);
    return native.handle;
  }
  return ++noteTableHandles(ns).next;
}
