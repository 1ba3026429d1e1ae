// What nft puts into iptables-nft's own tables (ip/ip6 filter, nat, …) that iptables-nft cannot
// read back: base chains of its own (`table ip nat` with `chain postrouting { type nat hook
// postrouting … }`: kept in Table.foreignBaseChains, which iptables skips with a warning) and
// rules with native statements (ct state, masquerade, …: the chain, and so the table, become
// "incompatible"; iptables refuses to list them but still changes them). Packets meet both.
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { handlesOf, numberChain } from "./nft-handles.js";
import type { BaseSpec } from "./nft-native.js";
import type { NativeSet } from "./nft-sets.js";
import { touch } from "./ops.js";

/** The type, hook and priority of base chains nft made in iptables' tables. */
const specs = new WeakMap<Chain, Omit<BaseSpec, "policy">>();
/** Rules with statements iptables-nft cannot parse. */
const foreignRules = new WeakSet<Rule>();
/** Tables that were ever given such a rule (only these are walked when iptables lists). */
const tainted = new WeakSet<Table>();

export function foreignSpec(c: Chain): Omit<BaseSpec, "policy"> | undefined {
  return specs.get(c);
}

/** A base chain nft made under a name iptables does not know (or with another type or priority). */
export function addForeignBaseChain(t: Table, name: string, spec: BaseSpec): void {
  const chain: Chain = { name, builtin: true, policy: spec.policy === "drop" ? "DROP" : "ACCEPT", policyCounters: { pkts: 0n, bytes: 0n }, countsPolicy: true, exists: false, rules: [] };
  specs.set(chain, { type: spec.type, hook: spec.hook, prio: spec.prio });
  touch(t, chain);
  t.foreignBaseChains = [...(t.foreignBaseChains ?? []), chain];
  numberChain(handlesOf(t), chain);
}

/** The foreign base chain nft made of that name (nft add rule finds it like any chain). */
export function foreignChain(t: Table, name: string): Chain | undefined {
  return t.foreignBaseChains?.find((c) => c.name === name && specs.has(c));
}

/** The foreign base chains nft lists (a chain iptables -E renamed keeps no spec and stays unlisted). */
export function listedForeignChains(t: Table): Chain[] {
  return (t.foreignBaseChains ?? []).filter((c) => specs.has(c));
}

export function markForeignRule(t: Table, r: Rule): void {
  foreignRules.add(r);
  tainted.add(t);
}

export const isForeignRule = (r: Rule): boolean => foreignRules.has(r);

export function chainIncompatible(t: Table, c: Chain): boolean {
  return tainted.has(t) && c.rules.some((r) => foreignRules.has(r));
}

/** Whether iptables calls the table incompatible: a chain it lists holds a rule it cannot read. */
export function tableIncompatible(t: Table): boolean {
  if (!tainted.has(t)) return false;
  for (const name in t.chains) if (chainIncompatible(t, t.chains[name]!)) return true;
  return false;
}

/** iptables' message for a table or chain it cannot list. */
export const incompatibleMessage = (table: string, chain?: string): string =>
  chain === undefined ? `table \`${table}' is incompatible, use 'nft' tool.` : `chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.`;

/** Named sets nft made in iptables-nft's tables (iptables ignores them; nft lists them first). */
const tableSets = new WeakMap<Table, NativeSet[]>();

export function iptablesTableSets(t: Table): NativeSet[] | undefined {
  return tableSets.get(t);
}

export function setIptablesTableSets(t: Table, sets: NativeSet[]): void {
  tableSets.set(t, sets);
}
