// iptables-nft-restore -v without --noflush: instead of deleting the table, iptables flushes and
// deletes its chains one by one (creating the table if it was not there). The kernel keeps a
// base chain whose policy is DROP, but iptables' cache forgets it like every other chain: a line
// that adds a rule to it or flushes it brings it back with policy ACCEPT (its counters stay), a
// -Z or -R of it fails, and one the block leaves alone is still there, untouched, after COMMIT.
import type { Chain, Table } from "../netfilter/types.js";

/** What a -v flushing block remembers of the chains the kernel kept. */
export interface VerboseFlushBlock {
  work: Table;
  /** The base chains with policy DROP the flush left in the kernel, by name, until a line brings them back. */
  keptDrop?: Map<string, Chain>;
}

/** Starts a -v flushing block on `work` (a new table): the table exists; returns the chains the kernel keeps. */
export function flushChainByChain(work: Table, old: Table): Map<string, Chain> {
  work.exists = true;
  const kept = new Map<string, Chain>();
  for (const c of Object.values(old.chains)) {
    if (c.builtin && c.exists && c.policy === "DROP") kept.set(c.name, c);
  }
  return kept;
}

/** A rule added to base chain `name`, or its flush, brought it back (re-added with policy ACCEPT): the kernel's counters stay. */
export function bringBackKeptChain(block: VerboseFlushBlock, name: string): void {
  const kept = block.keptDrop?.get(name);
  const c = block.work.chains[name];
  if (!kept || !c) return;
  block.keptDrop!.delete(name);
  c.policyCounters = { ...kept.policyCounters };
  c.countsPolicy = kept.countsPolicy;
}

/** At COMMIT: the kept chains no line brought back are still in the kernel as they were (without rules). */
export function putBackKeptChains(block: VerboseFlushBlock): void {
  if (!block.keptDrop) return;
  for (const [name, kept] of block.keptDrop) {
    if (!block.work.chains[name]?.exists) block.work.chains[name] = { ...kept, rules: [] };
  }
}
