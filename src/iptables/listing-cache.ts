// A chain's `-L -n` rule lines, kept between listings of that chain while it holds the same
// rule objects.
import { sameRuleObjects } from "../netfilter/ruleset.js";
import type { Chain, Rule } from "../netfilter/types.js";

export interface ChainSummary {
  /** The rule objects this was read from (a copy: chains' rule lists change in place). */
  readonly rules: Rule[];
  /** The plain `-L -n` rule lines, once a listing asked for them (they hold no counters). */
  numericText?: string;
}

/**
 * Rules never change in place (see rule-text.ts), so what is read from the same rule objects
 * cannot go stale; checking the rule list touches only the arrays, not the rule objects. Kept
 * outside the rule set, which stays plain data; a cloned world has new chain objects and
 * rebuilds. (Whole-table listings keep their own record: listing-snapshot.ts.)
 */
const summaries = new WeakMap<Chain, ChainSummary>();

export function chainSummary(chain: Chain): ChainSummary {
  const cached = summaries.get(chain);
  if (cached && sameRuleObjects(cached.rules, chain.rules)) return cached;
  const summary: ChainSummary = { rules: chain.rules.slice() };
  summaries.set(chain, summary);
  return summary;
}
