// Counter expectations: rules are found by what they do (table, chain, target, a piece of
// their save text), never by line number, and compared before and after a checkpoint's probes.
import type { World } from "../net/types.js";
import type { Chain, Rule } from "../netfilter/types.js";
import type { CounterExpectation } from "../scenario/schema.js";

/** Save text of a rule, provided by the iptables front end (injected to keep this module pure). */
export type RuleText = (rule: Rule, chain: string) => string;

function chainPattern(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

function ruleTarget(rule: Rule): string {
  switch (rule.action.kind) {
    case "verdict":
      return rule.action.verdict;
    case "jump":
    case "goto":
      return rule.action.chain;
    case "target":
      return rule.action.target.name;
    default:
      return "";
  }
}

function chainsOf(world: World, netns: string, exp: CounterExpectation): Chain[] {
  const table = world.namespaces[netns]?.netfilter.nft.tables[exp.table];
  if (!table) return [];
  const re = chainPattern(exp.chain);
  return Object.values(table.chains).filter((c) => re.test(c.name));
}

/** Packets counted by the rules (and policy) an expectation describes. */
export function countPackets(world: World, netns: string, exp: CounterExpectation, ruleText: RuleText): bigint {
  let total = 0n;
  for (const chain of chainsOf(world, netns, exp)) {
    for (const rule of chain.rules) {
      if (exp.target && ruleTarget(rule) !== exp.target) continue;
      if (exp.match && !ruleText(rule, chain.name).includes(exp.match)) continue;
      total += rule.counters.pkts;
    }
    if (exp.include_policy && chain.builtin && (!exp.target || chain.policy === exp.target)) {
      total += chain.policyCounters.pkts;
    }
  }
  return total;
}

/** Whether `delta` satisfies a comparison such as ">= 1". */
export function compare(delta: bigint, comparison: string): boolean {
  const m = /^(>=|<=|==|>|<)\s*(\d+)$/.exec(comparison.trim());
  if (!m) return false;
  const n = BigInt(m[2]!);
  switch (m[1]) {
    case ">=":
      return delta >= n;
    case "<=":
      return delta <= n;
    case "==":
      return delta === n;
    case ">":
      return delta > n;
    default:
      return delta < n;
  }
}

export function describeExpectation(exp: CounterExpectation): string {
  const parts = [`${exp.table} ${exp.chain}`];
  if (exp.target) parts.push(`-j ${exp.target}`);
  if (exp.match) parts.push(`rules containing "${exp.match}"`);
  if (exp.include_policy) parts.push("(or its policy)");
  return parts.join(" ");
}
