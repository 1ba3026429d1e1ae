// iptables-nft-restore -v without --noflush: instead of deleting the table, iptables flushes and
// deletes its chains one by one (creating the table if it was not there). The table stays, with
// its handle and its place among the tables, and so does a base chain whose policy is DROP, but
// iptables' cache forgets that chain like every other one: a line that adds a rule to it or
// flushes it brings it back with policy ACCEPT (its counters stay), a -Z or -R of it fails, and
// one the block leaves alone is still there, untouched, after COMMIT.
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { noteChainByChainBatch } from "./nft-handles.js";
import { keepCreationOrder } from "./ops.js";

export interface ChainByChain {
  /** The table as it was before the block. */
  old: Table;
  /** The base chains with policy DROP the flush left in the kernel, by name, until a line brings them back. */
  keptDrop: Map<string, Chain>;
}

/** What a -v flushing block remembers of the table it replaces. */
export interface VerboseFlushBlock {
  work: Table;
  chainByChain?: ChainByChain;
  batchOrder: (string | Rule)[];
}

/** Starts a -v flushing block on `work` (a new table): the table exists; the kernel keeps the DROP base chains. */
export function flushChainByChain(work: Table, old: Table): ChainByChain {
  work.exists = true;
  const keptDrop = new Map<string, Chain>();
  for (const c of Object.values(old.chains)) if (isKeptDrop(c)) keptDrop.set(c.name, c);
  return { old, keptDrop };
}

const isKeptDrop = (c: Chain): boolean => c.builtin && c.exists && c.policy === "DROP";

/** A rule added to base chain `name`, or its flush, brought it back (re-added with policy ACCEPT): the kernel's counters stay. */
export function bringBackKeptChain(block: VerboseFlushBlock, name: string): void {
  const kept = block.chainByChain?.keptDrop.get(name);
  const c = block.work.chains[name];
  if (!kept || !c) return;
  block.chainByChain!.keptDrop.delete(name);
  c.policyCounters = { ...kept.policyCounters };
  c.countsPolicy = kept.countsPolicy;
  keepCreationOrder(c, kept);
}

/**
 * At COMMIT: the kept chains no line brought back are still in the kernel as they were (without
 * rules), and the table goes on with its handles and its place.
 */
export function finishChainByChain(block: VerboseFlushBlock): void {
  const { old, keptDrop } = block.chainByChain!;
  const work = block.work;
  for (const [name, kept] of keptDrop) {
    if (!work.chains[name]?.exists) work.chains[name] = { ...kept, rules: [] };
  }
  noteChainByChainBatch(work, old, block.batchOrder);
  keepCreationOrder(work, old);
}
