// The base chains nft made (in its own tables, and its own base chains in iptables-nft's
// tables) that a packet meets at a hook: filter-type chains (run among iptables' tables by
// priority, see runTables) may drop it, and nat-type chains decide a new connection's NAT
// binding when iptables' nat table made none.
import type { Namespace } from "../net/types.js";
import type { Chain, Ruleset, Table, Verdict } from "../netfilter/types.js";
import { ip6RulesetIfMade } from "./ip6tables.js";
import { listedForeignChains, foreignSpec } from "./nft-foreign.js";
import { hasNativeTables, nativeBaseChains, nativeTables, nativeUsesConntrack, readsConntrack } from "./nft-native.js";

type Base = { table: Table; chain: Chain; prio: number; key?: string };

function nftRulesets(ns: Namespace, family: 4 | 6): Ruleset[] {
  const rs = family === 4 ? ns.netfilter.nft : ip6RulesetIfMade(ns, "nft");
  return rs ? [rs] : [];
}

/** nft's base chains in iptables-nft's tables of one family. */
function foreignBases(ns: Namespace, family: 4 | 6): Base[] {
  const out: Base[] = [];
  for (const rs of nftRulesets(ns, family)) {
    for (const name in rs.tables) {
      const t = rs.tables[name]!;
      if (!t.exists || !t.foreignBaseChains) continue;
      for (const chain of listedForeignChains(t)) out.push({ table: t, chain, prio: foreignSpec(chain)!.prio });
    }
  }
  return out;
}

/** Whether nft made any base chain of its own in the namespace (the packet path's one check when not). */
export function hasNftBaseChains(ns: Namespace): boolean {
  return hasNativeTables(ns) || foreignBases(ns, 4).length > 0 || (ip6RulesetIfMade(ns, "nft") !== undefined && foreignBases(ns, 6).length > 0);
}

function basesAt(ns: Namespace, hook: string, type: "nat" | "filter", family: 4 | 6): Base[] {
  const name = hook.toLowerCase();
  const foreign = foreignBases(ns, family).filter((b) => foreignSpec(b.chain)!.hook === name && (foreignSpec(b.chain)!.type === "nat") === (type === "nat"));
  const natives = hasNativeTables(ns) ? nativeBaseChains(nativeTables(ns), name, type, family) : [];
  if (!foreign.length) return natives;
  return [...foreign, ...natives].sort((a, b) => a.prio - b.prio);
}

/** nft's filter-type base chains at the hook, by priority (native ones with their registration key). */
export function nftFilterBases(ns: Namespace, hook: string, family: 4 | 6 = 4): Base[] {
  return basesAt(ns, hook, "filter", family);
}

/** The first NAT binding (or a DROP) nft's nat chains at the hook ask for, else undefined. */
export function nftNatVerdict(ns: Namespace, hook: string, evaluate: (table: Table, base: Chain) => Verdict, family: 4 | 6 = 4): Verdict | undefined {
  for (const { table, chain } of basesAt(ns, hook, "nat", family)) {
    const v = evaluate(table, chain);
    if (v.kind === "DROP" || v.kind === "REJECT" || v.kind === "NAT") return v;
  }
  return undefined;
}

/** Whether nft's chains load conntrack: a ct match, or any nat chain (nf_nat needs it). */
export function nftUsesConntrack(ns: Namespace): boolean {
  return nativeUsesConntrack(ns) || foreignBases(ns, 4).some((b) => foreignSpec(b.chain)!.type === "nat" || b.chain.rules.some(readsConntrack));
}
