// A chain's "-A …" lines as iptables-save and `iptables -S` both print them (no counters).
import { sameRuleObjects } from "../netfilter/ruleset.js";
import type { Chain, Rule } from "../netfilter/types.js";
import { ruleText } from "./rule-text.js";

interface ChainText {
  name: string;
  /** The rules the text was made from (a chain's rule list changes in place). */
  rules: Rule[];
  text: string;
}

/**
 * Kept with the rules they came from: a chain whose name and rule objects are all the same again
 * reuses its text (rules never change in place, see rule-text.ts), so a save after an -S, or an
 * -S after a save, redoes only the chains that changed. Outside the rule set; a cloned world
 * misses and rebuilds.
 */
const chainTexts = new WeakMap<Chain, ChainText>();

export function chainRulesText(c: Chain): string {
  const cached = chainTexts.get(c);
  if (cached && cached.name === c.name && sameRuleObjects(cached.rules, c.rules)) return cached.text;
  // (pieces, not "-A NAME…" per rule: the join copies each once, and makes one flat string
  // where a rope of small pieces would be walked again by every save)
  const lines: string[] = [];
  for (const r of c.rules) lines.push("-A ", c.name, ruleText(r), "\n");
  const text = lines.join("");
  chainTexts.set(c, { name: c.name, rules: c.rules.slice(), text });
  return text;
}
