// The order of the chains at one hook: iptables' tables by priority, nft's own base chains
// among them by theirs. At equal priority nf_hook_entries_grow puts a new hook before those
// already there, so the chain registered last runs first: x_tables registers every hook of a
// table when a namespace first uses it; iptables-nft registers a base chain when it is
// created, and again when iptables-restore (without --noflush) deletes and remakes its table;
// nft registers its own base chains when it adds them.
import type { Hook, Ruleset, TableName } from "../netfilter/types.js";
import type { Namespace, World } from "./types.js";
import { hasNativeTables, nativeChainKey, nativeTables } from "../iptables/nft-native.js";
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";

interface Registrations {
  last: number;
  /** "legacy:nat" or "nft:filter:INPUT" -> when it was registered (larger is newer). */
  stamps: Record<string, number>;
}

const KEY = "hookRegistrations";

function registrationsOf(ns: Namespace): Registrations {
  const regs = (ns[KEY] as Registrations | undefined) ?? { last: 0, stamps: {} };
  ns[KEY] = regs;
  return regs;
}

/** The nft table objects of a namespace, to tell afterwards which ones a restore remade. */
export function nftTablesBefore(world: World, netns: string): Map<string, object> {
  const ns = world.namespaces[netns];
  const tables = new Map<string, object>();
  if (ns) for (const [name, t] of Object.entries(ns.netfilter.nft.tables)) if (t) tables.set(name, t);
  return tables;
}

/**
 * Stamps what a command registered: legacy tables now in use, nft base chains now in the
 * kernel, and (`remade`) the base chains of nft tables a flushing restore replaced.
 */
export function recordHookRegistrations(world: World, netns: string, before: Map<string, object>, remade: boolean): void {
  const ns = world.namespaces[netns];
  if (!ns) return;
  const regs = registrationsOf(ns);
  for (const [name, t] of Object.entries(ns.netfilter.legacy.tables)) {
    if (t?.exists && regs.stamps[`legacy:${name}`] === undefined) regs.stamps[`legacy:${name}`] = ++regs.last;
  }
  const natives = new Set<string>();
  if (hasNativeTables(ns)) for (const t of nativeTables(ns)) for (const c of t.chains) if (c.base) natives.add(nativeChainKey(t, c));
  for (const key of Object.keys(regs.stamps)) if (key.startsWith("native:") && !natives.has(key)) delete regs.stamps[key];
  for (const key of natives) regs.stamps[key] ??= ++regs.last;
  for (const [name, t] of Object.entries(ns.netfilter.nft.tables)) {
    if (!t) continue;
    const replaced = remade && before.get(name) !== t;
    // (only the built-in chains are base chains: looked up by name, not by walking the table's
    // chains, which a kube-proxy node has 30,000 of)
    for (const hook of BUILTIN_CHAINS[name as TableName] ?? []) {
      const c = t.chains[hook];
      if (!c?.builtin) continue;
      const key = `nft:${name}:${c.name}`;
      if (!t.exists || !c.exists) delete regs.stamps[key];
      else if (replaced || regs.stamps[key] === undefined) regs.stamps[key] = ++regs.last;
    }
  }
}

/** The two rule sets in the order their chains at `hook` of `table` run. */
export function rulesetsInHookOrder(ns: Namespace, table: TableName, hook: Hook): Ruleset[] {
  const { legacy, nft } = ns.netfilter;
  const nftNewer = registrationStamp(ns, `nft:${table}:${hook}`) > registrationStamp(ns, `legacy:${table}`);
  return nftNewer ? [nft, legacy] : [legacy, nft];
}

/** When a registration was made (0: before anything was recorded, the oldest). */
export function registrationStamp(ns: Namespace, key: string | undefined): number {
  return (key && (ns[KEY] as Registrations | undefined)?.stamps[key]) || 0;
}

/** When the newer of the two rule sets registered its chain at `hook` of `table`. */
export function iptablesHookStamp(ns: Namespace, table: TableName, hook: Hook): number {
  return Math.max(registrationStamp(ns, `nft:${table}:${hook}`), registrationStamp(ns, `legacy:${table}`));
}

/** NF_IP_PRI_*: where each iptables table sits among nft's own base chains at a hook. */
export const TABLE_PRIORITY: Partial<Record<TableName, number>> = { raw: -300, mangle: -150, filter: 0, security: 50 };
/** The non-NAT tables at each hook, in priority order (runTables gets a run of them at a time). */
const HOOK_TABLES: Record<Hook, TableName[]> = {
  PREROUTING: ["raw", "mangle"],
  INPUT: ["mangle", "filter", "security"],
  FORWARD: ["mangle", "filter", "security"],
  OUTPUT: ["raw", "mangle", "filter", "security"],
  POSTROUTING: ["mangle"],
};

/**
 * The priorities of nft's base chains that run with this run of tables: from its first table's
 * (or from the start, for the hook's first) up to the next run's first table's.
 */
export function nativeWindow(hook: Hook, tables: TableName[]): [number, number] {
  const order = HOOK_TABLES[hook];
  const first = order.indexOf(tables[0]!);
  const last = order.indexOf(tables[tables.length - 1]!);
  const lower = first <= 0 ? -Infinity : TABLE_PRIORITY[order[first]!] ?? 0;
  const upper = last < 0 || last === order.length - 1 ? Infinity : TABLE_PRIORITY[order[last + 1]!] ?? 0;
  return [lower, upper];
}
