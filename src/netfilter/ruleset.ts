// Tables, their built-in chains and an empty rule set, exactly as Linux defines them.
import type { Chain, Counters, Hook, Rule, Ruleset, Table, TableName } from "./types.js";
import { nameTable } from "../name-table.js";

/** Built-in chains of each table, in hook order (the order listings print them). */
/**
 * The counters of a rule that has counted nothing: one shared object, since most rules of a
 * large rule set never count a packet (evaluate.ts gives a rule new counters when it does).
 */
export const ZERO_COUNTERS: Counters = Object.freeze({ pkts: 0n, bytes: 0n });

export const BUILTIN_CHAINS: Record<TableName, Hook[]> = {
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  raw: ["PREROUTING", "OUTPUT"],
  security: ["INPUT", "FORWARD", "OUTPUT"],
};

/** nf_tables backend's table order in iptables-save output. */
export const SAVE_TABLE_ORDER: TableName[] = ["mangle", "security", "raw", "filter", "nat"];

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(BUILTIN_CHAINS, name);
}

export function newBuiltinChain(name: string): Chain {
  return {
    name,
    builtin: true,
    policy: "ACCEPT",
    policyCounters: { pkts: 0n, bytes: 0n },
    countsPolicy: false,
    exists: false,
    rules: [],
  };
}

/**
 * A user chain has no policy, so its policy counters stay zero (only a built-in chain's are
 * counted or set): all share one frozen pair (a kube-proxy rule set has 30,000 user chains).
 */
const USER_CHAIN_COUNTERS: Chain["policyCounters"] = Object.freeze({ pkts: 0n, bytes: 0n }) as Chain["policyCounters"];

export function newUserChain(name: string): Chain {
  return {
    name,
    builtin: false,
    policyCounters: USER_CHAIN_COUNTERS,
    countsPolicy: false,
    exists: true,
    rules: [],
  };
}

/**
 * An empty chain map. It has no prototype: chain names such as "__proto__" or "toString" are
 * ordinary names to iptables, so they must not meet Object.prototype's properties.
 */
export function newChainMap(): Record<string, Chain> {
  return nameTable<Chain>();
}

export function newTable(name: TableName): Table {
  const chains = newChainMap();
  for (const hook of BUILTIN_CHAINS[name]) chains[hook] = newBuiltinChain(hook);
  return { name, exists: false, chains };
}

export function newRuleset(): Ruleset {
  const tables: Record<string, Table> = {};
  for (const name of Object.keys(BUILTIN_CHAINS) as TableName[]) tables[name] = newTable(name);
  return { tables };
}

/**
 * Whether two rule lists hold the same rule objects in the same order. Rules never change in
 * place, so caches keyed on a chain check its rule list against a copy with this.
 */
export function sameRuleObjects(a: Rule[], b: Rule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
