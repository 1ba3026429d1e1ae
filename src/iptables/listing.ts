// `iptables -L` and `iptables -S` output for one table.
import type { Chain, Table } from "../netfilter/types.js";
import { formatCount } from "./numbers.js";
import { referenceCounts as countReferences } from "./chain-ops.js";
import { orderedChains, tableChains } from "./chain-order.js";
import { tableListing } from "./listing-snapshot.js";
import { writeTable, type ChainPrinter } from "./listing-table.js";
import { chainSummary } from "./listing-cache.js";
import { listRuleLine, saveRuleLine, writeListRule, type ListFormat } from "./rule-text.js";
import { chainRulesText } from "./chain-text.js";
import { FixedText, TextWriter } from "./text-writer.js";

/** "Chain NAME (policy …)" or "Chain NAME (N references)", with its newline. */
function writeChainHeader(w: TextWriter, chain: Chain, refs: number, f: ListFormat): void {
  w.text("Chain ");
  w.text(chain.name);
  if (!chain.builtin) {
    w.text(" (");
    w.uint(refs);
    w.text(" references)\n");
    return;
  }
  w.text(` (policy ${chain.policy ?? "ACCEPT"}`);
  if (f.verbose) {
    const abbreviate = !f.exact;
    w.text(` ${formatCount(chain.policyCounters.pkts, abbreviate, false)}packets, `);
    w.text(`${formatCount(chain.policyCounters.bytes, abbreviate, false)}bytes`);
  }
  w.text(")\n");
}

/** The column header line (a FixedText: written under each of 30,000 chains). */
function columnHeader(f: ListFormat): FixedText {
  let text = f.lineNumbers ? "num  " : "";
  if (f.verbose) text += f.exact ? "    pkts      bytes " : " pkts bytes ";
  text += "target     prot opt";
  if (f.verbose) text += " in     out    ";
  return new FixedText(`${text} source               destination         \n`);
}

function writeRules(w: TextWriter, chain: Chain, f: ListFormat): void {
  const rules = chain.rules;
  for (let i = 0; i < rules.length; i++) writeListRule(w, rules[i]!, i + 1, f);
}

function rulesText(chain: Chain, f: ListFormat): string {
  const w = new TextWriter(chain.rules.length * 128 + 16);
  writeRules(w, chain, f);
  return w.finish();
}

/**
 * References by chain name: every jump and goto of every chain of the table, and of base chains
 * renamed away from it (nft), whose jumps still hold their targets. A few listed chains: only
 * the jumps to them are counted.
 */
function referenceCounts(t: Table, listed: readonly Chain[]): Map<string, number> {
  return countReferences(t, listed.length < FEW_CHAINS ? new Set(listed.map((c) => c.name)) : undefined);
}

/** Fewer listed chains than this: count only the jumps to their names. */
const FEW_CHAINS = 8;

/** Plain -L -n lines hold no counters and no looked-up names: reused while the rules are the same. */
function reusable(f: ListFormat): boolean {
  return f.numeric && !f.verbose && !f.lineNumbers;
}

/** Chain `n`'s header lines: a blank line before all but the first, its name line, `columns`. */
function writeChainHead(w: TextWriter, chain: Chain, n: number, refs: number, f: ListFormat, columns: FixedText): void {
  if (n > 0) w.char(10);
  writeChainHeader(w, chain, refs, f);
  w.fixed(columns);
}

function chainBody(chain: Chain, f: ListFormat): string {
  if (!reusable(f)) return rulesText(chain, f);
  const summary = chainSummary(chain);
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
  const w = new TextWriter(1 << 12);
  if (reusable(f)) {
    // each chain's -L -n text is kept for the next listing: written once, copied after
    const parts: string[] = [];
    chains.forEach((chain, n) => {
      writeChainHead(w, chain, n, refs.get(chain.name) ?? 0, f, columns);
      parts.push(w.finish(), chainBody(chain, f));
    });
    return parts.join("");
  }
  chains.forEach((chain, n) => {
    writeChainHead(w, chain, n, refs.get(chain.name) ?? 0, f, columns);
    writeRules(w, chain, f);
  });
  return w.finish();
}

/** -L of the whole table. */
export function listTable(t: Table, f: ListFormat): string {
  const { chains, complete } = tableChains(t);
  if (!complete) return listChains(t, chains, f);
  const columns = columnHeader(f);
  const printer: ChainPrinter = {
    writeHead: (w, chain, n, refs) => writeChainHead(w, chain, n, refs, f, columns),
    writeRule: (w, rule, num) => writeListRule(w, rule, num, f),
  };
  // the plain -L -n text of every chain is kept up to date between listings (listing-snapshot.ts)
  if (reusable(f)) return tableListing(t, chains, f.names.ipv6 ? "-n ipv6" : "-n", printer);
  return writeTable(t, chains, printer).output;
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
  // (the chain order kept between listings: -S of 30,000 chains need not sort them each time)
  const chains = chain ? [chain] : orderedChains(t);
  const lines: string[] = [];
  for (const c of chains) lines.push(chainDeclaration(c, counters));
  for (const c of chains) {
    // (without counters, the text iptables-save keeps for each chain: the same lines)
    if (counters) for (const r of c.rules) lines.push(saveRuleLine(c.name, r, true), "\n");
    else lines.push(chainRulesText(c));
  }
  return lines.join("");
}
