// What the kernel checks learn from walking a table's whole jump graph, kept per table object
// between commands: a kube-proxy table has 110,000 rules, and every rule added with a jump
// would otherwise walk them all twice (hook reachability, nf_tables' depth limit).
// - Adding rules only adds edges: both are brought up to date from the new jumps alone
//   (hooksAfterAddedJumps, depthsAfterAddedJumps).
// - Taking rules or chains out only removes edges (jumpsRemoved): nf_tables' hook masks and
//   jump levels can only shrink, so the kept ones become upper bounds. An upper bound proves as
//   much as the exact value when it passes (a rule refused under some hooks is refused under
//   more; a graph fine with deeper levels is fine with shallower ones), and a check that fails
//   on one walks the table again before it answers. x_tables' masks depend on rule order (its
//   walk stops at an unconditional verdict, which a deletion may take away): they are dropped.
// - A renamed user chain keeps its place in the graph (chainRenamed).
// - Anything else (nft's own edits, a refused change undone) drops all (invalidateHooks).
import type { Chain, Table } from "../netfilter/types.js";

/** Hooks (HOOK_BITS masks) reaching each chain, by chain name: nf_tables' view, and x_tables'. */
export const maskCache = new WeakMap<Table, Map<string, number>>();
export const legacyMaskCache = new WeakMap<Table, Map<string, number>>();

/**
 * The deepest jump level each chain is entered at from a base chain (chains reached from none
 * are absent), kept only while it is below nf_tables' limit everywhere: a table with an entry
 * here passes the depth check.
 */
export const depthCache = new WeakMap<Table, Map<Chain, number>>();

/** Tables whose nf_tables masks in maskCache may be larger than exact (after jumpsRemoved). */
export const approximateMasks = new WeakSet<Table>();

/** The jumps or chains of `table` changed in some way other than rules being added or removed. */
export function invalidateHooks(table: Table): void {
  maskCache.delete(table);
  approximateMasks.delete(table);
  legacyMaskCache.delete(table);
  depthCache.delete(table);
}

/** Rules with jumps, or chains, were taken out of `table` (nothing added). */
export function jumpsRemoved(table: Table): void {
  legacyMaskCache.delete(table);
  if (maskCache.has(table)) approximateMasks.add(table);
}

/**
 * User chain `from` is now `to`, and every jump to it was rewritten: the graph is the same, so
 * the levels (kept by chain object) stay and the nf_tables mask moves to the new name.
 */
export function chainRenamed(table: Table, from: string, to: string): void {
  legacyMaskCache.delete(table);
  const masks = maskCache.get(table);
  if (!masks) return;
  const mask = masks.get(from);
  masks.delete(from);
  if (mask !== undefined) masks.set(to, mask);
}

/** Drops nf_tables masks that may be upper bounds, so the next check computes them exactly. */
export function dropApproximateMasks(table: Table): boolean {
  if (!approximateMasks.has(table)) return false;
  approximateMasks.delete(table);
  maskCache.delete(table);
  return true;
}
