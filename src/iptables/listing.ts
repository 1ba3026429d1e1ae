// `iptables -L` and `iptables -S` output for one table.
import type { Chain, Table } from "../netfilter/types.js";
import { formatCount } from "./numbers.js";
import { chainsInOrder, referenceCounts as countReferences } from "./ops.js";
import { tableChains } from "./chain-order.js";
import { tableListing } from "./listing-snapshot.js";
import { chainSummary, type ChainSummary } from "./listing-cache.js";
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

/** Fewer listed chains than this: count only the jumps to their names. */
const FEW_CHAINS = 8;

/** Adds a chain's jumps and gotos to the references of their targets. */
function countJumps(counts: Map<string, number>, summary: ChainSummary): void {
  for (const name of summary.targets) counts.set(name, (counts.get(name) ?? 0) + 1);
}

/**
 * References by chain name (for the chains in `listed`): every jump and goto of every chain of
 * the table, and of base chains renamed away from it (nft), whose jumps still hold their targets.
 * A few chains are counted straight from the rules, without summarising 30,000 chains first.
 */
function referenceCounts(t: Table, listed: readonly Chain[]): Map<string, number> {
  if (listed.length < FEW_CHAINS) return countReferences(t, new Set(listed.map((c) => c.name)));
  const counts = new Map<string, number>();
  for (const name in t.chains) countJumps(counts, chainSummary(t.chains[name]!));
  for (const c of t.foreignBaseChains ?? []) countJumps(counts, chainSummary(c));
  return counts;
}

/** Plain -L -n lines hold no counters and no looked-up names: reused while the rules are the same. */
function reusable(f: ListFormat): boolean {
  return f.numeric && !f.verbose && !f.lineNumbers;
}

/** Chain `n`'s header lines: a blank line before all but the first, its name line, `columns`. */
function chainHead(chain: Chain, n: number, refs: number, f: ListFormat, columns: string): string {
  return `${n > 0 ? "\n" : ""}${chainHeader(chain, refs, f)}${columns}`;
}

function chainBody(chain: Chain, f: ListFormat, summary?: ChainSummary): string {
  if (!reusable(f)) return rulesText(chain, f);
  summary ??= chainSummary(chain);
  return (summary.numericText ??= rulesText(chain, f));
}

/** -L [chain [rulenum]]; `chains` are the chains to print (already resolved). */
export function listChains(t: Table, chains: Chain[], f: ListFormat, rulenum?: number): string {
  if (rulenum !== undefined) {
    const rule = chains[0]?.rules[rulenum - 1];
    return rule ? `${listRuleLine(rule, rulenum, f)}\n` : "";
  }
  const refs = referenceCounts(t, chains);
  const columns = columnHeader(f);
  const parts: string[] = [];
  chains.forEach((chain, n) => parts.push(chainHead(chain, n, refs.get(chain.name) ?? 0, f, columns), chainBody(chain, f)));
  return parts.join("");
}

/** -L of the whole table. */
export function listTable(t: Table, f: ListFormat): string {
  const { chains, complete } = tableChains(t);
  // the plain -L -n text of every chain is kept up to date between listings (listing-snapshot.ts)
  if (complete && reusable(f)) {
    const format = f.names.ipv6 ? "-n ipv6" : "-n";
    const columns = columnHeader(f);
    return tableListing(t, chains, format, {
      head: (chain, n, refs) => chainHead(chain, n, refs, f, columns),
      body: (chain, summary) => chainBody(chain, f, summary),
    });
  }
  return listChains(t, chains, f);
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
