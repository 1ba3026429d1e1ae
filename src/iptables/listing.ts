// `iptables -L` and `iptables -S` output for one table.
import type { Chain, Table } from "../netfilter/types.js";
import { formatCount } from "./numbers.js";
import { chainsInOrder, referenceCounts } from "./ops.js";
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

/** -L [chain [rulenum]]; `chains` are the chains to print (already resolved). */
export function listChains(t: Table, chains: Chain[], f: ListFormat, rulenum?: number): string {
  if (rulenum !== undefined) {
    const rule = chains[0]?.rules[rulenum - 1];
    return rule ? `${listRuleLine(rule, rulenum, f)}\n` : "";
  }
  const refs = referenceCounts(t);
  const header = columnHeader(f);
  // one string per chain: a short-lived text, not a huge array the collector must scan
  let out = "";
  chains.forEach((chain, n) => {
    let text = n > 0 ? "\n" : "";
    text += chainHeader(chain, refs.get(chain.name) ?? 0, f) + header;
    const rules = chain.rules;
    for (let i = 0; i < rules.length; i++) text += `${listRuleLine(rules[i]!, i + 1, f)}\n`;
    out += text;
  });
  return out;
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
