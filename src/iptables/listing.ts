// `iptables -L` and `iptables -S` output for one table.
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { formatCount } from "./numbers.js";
import { chainsInOrder, referenceCounts } from "./ops.js";
import { sameRuleObjects } from "../netfilter/ruleset.js";
import { listRuleLine, saveRuleLine, type ListFormat } from "./rule-text.js";

function chainHeader(chain: Chain, refs: number, f: ListFormat): string {
  if (!chain.builtin) return `Chain ${chain.name} (${refs} references)\n`;
  let text = `Chain ${chain.name} (policy ${chain.policy ?? "ACCEPT"}`;
  if (f.verbose) {
    const abbreviate = !f.exact;
    text += ` ${formatCount(chain.policyCounters.pkts, abbreviate, false)}packets, `;
    text += `${formatCount(chain.policyCounters.bytes, abbreviate, false)}bytes`;
  }
  return `${text})\n`;
}

function columnHeader(f: ListFormat): string {
  let text = f.lineNumbers ? "num  " : "";
  if (f.verbose) text += f.exact ? "    pkts      bytes " : " pkts bytes ";
  text += "target     prot opt";
  if (f.verbose) text += " in     out    ";
  return `${text} source               destination         \n`;
}

function rulesText(chain: Chain, f: ListFormat): string {
  const lines: string[] = [];
  chain.rules.forEach((rule, i) => lines.push(listRuleLine(rule, i + 1, f), "\n"));
  // joined: one flat string, cheap to copy into the listing again
  return lines.join("");
}

interface ChainText {
  rules: Rule[];
  text: string;
}

/**
 * Plain `-L -n` rule lines of a chain, reused while the chain holds the same rule objects
 * (rules never change in place, see rule-text.ts; counters are not in this form). Outside
 * the rule set; a cloned world misses and rebuilds.
 */
const numericTexts = new WeakMap<Chain, ChainText>();

function numericRulesText(chain: Chain, f: ListFormat): string {
  const cached = numericTexts.get(chain);
  if (cached && sameRuleObjects(cached.rules, chain.rules)) return cached.text;
  const text = rulesText(chain, f);
  numericTexts.set(chain, { rules: chain.rules.slice(), text });
  return text;
}

/** -L [chain [rulenum]]; `chains` are the chains to print (already resolved). */
export function listChains(t: Table, chains: Chain[], f: ListFormat, rulenum?: number): string {
  if (rulenum !== undefined) {
    const rule = chains[0]?.rules[rulenum - 1];
    return rule ? `${listRuleLine(rule, rulenum, f)}\n` : "";
  }
  const refs = referenceCounts(t, chains.length < 8 ? new Set(chains.map((c) => c.name)) : undefined);
  const header = columnHeader(f);
  const parts: string[] = [];
  chains.forEach((chain, n) => {
    if (n > 0) parts.push("\n");
    parts.push(chainHeader(chain, refs.get(chain.name) ?? 0, f), header);
    parts.push(f.numeric && !f.verbose && !f.lineNumbers ? numericRulesText(chain, f) : rulesText(chain, f));
  });
  return parts.join("");
}

function chainDeclaration(chain: Chain, counters: boolean): string {
  if (!chain.builtin) return `-N ${chain.name}\n`;
  const c = counters ? ` -c ${chain.policyCounters.pkts} ${chain.policyCounters.bytes}` : "";
  return `-P ${chain.name} ${chain.policy ?? "ACCEPT"}${c}\n`;
}

/** -S [chain [rulenum]]. */
export function listRules(t: Table, chain: Chain | undefined, counters: boolean, rulenum?: number): string {
  if (chain && rulenum !== undefined) {
    const rule = chain.rules[rulenum - 1];
    return rule ? `${saveRuleLine(chain.name, rule, counters)}\n` : "";
  }
  const chains = chain ? [chain] : chainsInOrder(t);
  const lines: string[] = [];
  for (const c of chains) lines.push(chainDeclaration(c, counters));
  for (const c of chains) for (const r of c.rules) lines.push(saveRuleLine(c.name, r, counters), "\n");
  return lines.join("");
}
