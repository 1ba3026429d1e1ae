// What `iptables -L` reads from each chain, kept between listings while the chain holds the same
// rule objects: its jump targets (for the "(N references)" of other chains) and its `-L -n` text.
import { sameRuleObjects } from "../netfilter/ruleset.js";
import type { Chain, Rule } from "../netfilter/types.js";

export interface ChainSummary {
  /** The rule objects this was read from (a copy: chains' rule lists change in place). */
  readonly rules: Rule[];
  /** The chain names this chain's rules jump or go to, one per such rule. */
  readonly targets: string[];
  /** The plain `-L -n` rule lines, once a listing asked for them (they hold no counters). */
  numericText?: string;
}

/**
 * Rules never change in place (see rule-text.ts), so what is read from the same rule objects
 * cannot go stale; checking the rule list touches only the arrays, not the rule objects, which
 * is what made walking a kube-proxy table (100,000 rules in 30,000 chains) slow. Kept outside
 * the rule set, which stays plain data; a cloned world has new chain objects and rebuilds.
 */
const summaries = new WeakMap<Chain, ChainSummary>();

export function chainSummary(chain: Chain): ChainSummary {
  const cached = summaries.get(chain);
  if (cached && sameRuleObjects(cached.rules, chain.rules)) return cached;
  const targets: string[] = [];
  for (const r of chain.rules) {
    const a = r.action;
    if (a.kind === "jump" || a.kind === "goto") targets.push(a.chain);
  }
  const summary: ChainSummary = { rules: chain.rules.slice(), targets };
  summaries.set(chain, summary);
  return summary;
}
