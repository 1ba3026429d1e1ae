// nf_tables handles: the kernel numbers a table's chains and rules from one counter, as they are
// created (a replaced rule keeps its handle; a refused one still used one up). iptables-nft -vv
// and nft -a print them. The emulator's data model has no room for them, so they live here in
// WeakMaps keyed by the Table and Rule objects. A structuredClone'd world loses them; objects
// nobody numbered are numbered when next seen (chains first, then the rules each restore added,
// in input order, then any others).
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { Chain, Rule, Table } from "../netfilter/types.js";

export interface Handles {
  next: number;
  ids: WeakMap<Rule, number>;
  /** Chains numbered so far: name to handle (a restore copies the chain objects; -E keeps the handle). */
  chains: Map<string, number>;
  /**
   * Handles set aside for what a table held when first seen (next is already past them), handed
   * out by settle() only when something reads one: numbering 100,000 restored rules would cost
   * the first command after a large restore, -L included.
   */
  pending?: Pending;
  /** A table first seen by a command that gives out no handle (-L): reserve() waits for the next. */
  unreserved?: Table;
  /** Whether any rule has a handle in `ids` yet (until then reserve() need not look each one up). */
  rulesNumbered?: boolean;
}

interface Pending {
  start: number;
  chains: string[];
  /** The table's restore batches (chains and rules in each one's order), … */
  batches?: RestoreBatch[];
  /** … or, for a table no restore made, its rules in listing order. */
  rules: Rule[];
  table: Table;
  /** Names set aside that already had a handle then (they use up no number). */
  numberedBefore: Set<string>;
  /**
   * -E and -X leave the handles pending. Before the first -E, each name set aside is pinned to
   * the chain it stands for, so a renamed chain takes its handle under its new name; unpinned,
   * a name is looked up when the handles are given out (a deleted chain's number is used up
   * unseen; a chain made again under its name was numbered when made).
   */
  chainAt?: Map<string, Chain | undefined>;
  /** Rules set aside that were replaced (-R, or a jump -E rewrote): the one that took each's place. */
  successors?: Map<Rule, Rule>;
}

const tables = new WeakMap<Table, Handles>();
/** Which table's numbering a rule belongs to: iptables-restore works on a copy of the table. */
const owners = new WeakMap<Rule, Handles>();

/**
 * The table's numbering. A table object not seen before is a restore's copy: it goes on with
 * the numbering of the table a --noflush restore started from, or starts anew (a flushing
 * restore deletes the table and builds it again, chains first).
 */
export function handlesOf(t: Table): Handles {
  const seen = tables.get(t);
  if (seen && t.exists) return seen;
  let h: Handles | undefined;
  if (t.exists) h = restoredFrom.has(t) ? inherited(t) : ownerOf(t);
  // (what the older table reserved must have its numbers before this one reserves more)
  if (h) settle(h);
  h ??= { next: 0, ids: new WeakMap(), chains: new Map() };
  tables.set(t, h);
  h.unreserved = t;
  return h;
}

/** The numbering of the table a chain of --noflush restores started from, if it had one. */
function inherited(t: Table): Handles | undefined {
  for (let from = restoredFrom.get(t); from; from = restoredFrom.get(from)) {
    const h = tables.get(from);
    if (h) return from.exists ? h : undefined;
  }
  return undefined;
}

/** A table copied some other way: the numbering its rules already have. */
function ownerOf(t: Table): Handles | undefined {
  for (const c of Object.values(t.chains)) {
    for (const r of c.rules) {
      const h = owners.get(r);
      if (h) return h;
    }
  }
  return undefined;
}

export function number(h: Handles, r: Rule): number {
  let id = h.ids.get(r);
  if (id === undefined) {
    h.ids.set(r, (id = ++h.next));
    owners.set(r, h);
    h.rulesNumbered = true;
  }
  return id;
}

export function numberChain(h: Handles, c: Chain): void {
  if (h.chains.has(c.name)) return;
  h.chains.set(c.name, ++h.next);
}

/** After a failed transaction put the table back: chains it made and lost keep no handle (a new one gets the next). */
export function forgetLostChains(t: Table): void {
  const h = tables.get(t);
  if (!h) return;
  for (const name of h.chains.keys()) if (!Object.hasOwn(t.chains, name)) h.chains.delete(name);
}

export const inKernel = (t: Table, c: Chain) => t.exists && (!c.builtin || c.exists);

/** Base chains in hook order, then user chains as the table keeps them (creation order). */
export function kernelChains(t: Table): Chain[] {
  const base: Chain[] = [];
  const user: Chain[] = [];
  for (const hook of BUILTIN_CHAINS[t.name]) {
    const c = Object.hasOwn(t.chains, hook) ? t.chains[hook]! : undefined;
    if (c?.builtin && inKernel(t, c)) base.push(c);
  }
  // (for-in, not Object.values: the table's own order, found quicker in a 30,000-chain table)
  for (const key in t.chains) {
    const c = t.chains[key]!;
    if (!c.builtin && inKernel(t, c)) user.push(c);
  }
  return base.concat(user);
}

/**
 * What each iptables-restore block created in a table, in its batch's order: chains (by name) as
 * they came into the kernel and rules as they were added (a rule a later line deleted included).
 * Kept per committed table, one list per block.
 */
type RestoreBatch = (string | Rule)[];
const restoredBatches = new WeakMap<Table, RestoreBatch[]>();
/** The table each restored table replaced: the one a --noflush block started from, or null. */
const restoredFrom = new WeakMap<Table, Table | null>();

/** At COMMIT: `work` replaces `before` (the table a --noflush block started from). */
export function noteRestoreBatch(work: Table, before: Table | undefined, batch: RestoreBatch): void {
  const earlier = before ? (restoredBatches.get(before) ?? []) : [];
  restoredBatches.set(work, [...earlier, batch]);
  restoredFrom.set(work, before ?? null);
}

/**
 * Sets handles aside for the chains and rules the table held when first seen that have none:
 * chains first, then rules. Done before the command that first gives out a handle changes it.
 */
export function reserve(h: Handles): void {
  const t = h.unreserved;
  if (!t) return;
  h.unreserved = undefined;
  const batches = restoredBatches.get(t);
  const inBatch = new Set<string>();
  const numberedBefore = new Set<string>();
  const numbered = h.rulesNumbered === true;
  let count = 0;
  for (const batch of batches ?? []) {
    for (const item of batch) {
      if (typeof item !== "string") count += numbered && h.ids.has(item) ? 0 : 1;
      else if (h.chains.has(item)) numberedBefore.add(item);
      else {
        inBatch.add(item);
        count++;
      }
    }
  }
  // (in kernelChains' order, without building its lists: a batch usually made every chain)
  const names: string[] = [];
  const notePlain = (c: Chain): void => {
    if (!inKernel(t, c) || inBatch.has(c.name)) return;
    if (h.chains.has(c.name)) numberedBefore.add(c.name);
    else names.push(c.name);
  };
  for (const hook of BUILTIN_CHAINS[t.name]) if (Object.hasOwn(t.chains, hook) && t.chains[hook]!.builtin) notePlain(t.chains[hook]!);
  for (const key in t.chains) if (!t.chains[key]!.builtin) notePlain(t.chains[key]!);
  const rules: Rule[] = [];
  if (!batches) for (const c of kernelChains(t)) for (const r of c.rules) if (!h.ids.has(r)) rules.push(r);
  count += names.length + rules.length;
  if (count === 0) return;
  h.pending = { start: h.next, chains: names, batches, rules, table: t, numberedBefore };
  h.next += count;
}

/** Before -E renames chains: each name still set aside is tied to the chain it stands for. */
export function pinPendingChains(h: Handles): void {
  const p = h.pending;
  if (!p || p.chainAt) return;
  const t = p.table;
  const chainAt = new Map<string, Chain | undefined>();
  const pin = (name: string): void => {
    if (!chainAt.has(name)) chainAt.set(name, Object.hasOwn(t.chains, name) ? t.chains[name] : undefined);
  };
  p.chains.forEach(pin);
  for (const batch of p.batches ?? []) for (const item of batch) if (typeof item === "string") pin(item);
  p.chainAt = chainAt;
}

/**
 * At COMMIT of an iptables-restore -v block that replaced `old` chain by chain: the table stayed
 * (its numbering goes on) and so did its base chains with policy DROP; the chains it deleted
 * lose their handles (one made again gets a new one). Before deleting, iptables added the base
 * chains the kernel lacked, each taking a handle.
 */
export function noteChainByChainBatch(work: Table, old: Table, batch: RestoreBatch): void {
  let h: Handles;
  if (old.exists) {
    h = sync(old, handlesOf(old));
    for (const name of [...h.chains.keys()]) {
      const c = Object.hasOwn(old.chains, name) ? old.chains[name]! : undefined;
      if (!c?.builtin || c.policy !== "DROP") h.chains.delete(name);
    }
  } else {
    h = { next: 0, ids: new WeakMap(), chains: new Map(), unreserved: work };
    tables.set(work, h);
  }
  for (const hook of BUILTIN_CHAINS[old.name]) if (!Object.hasOwn(old.chains, hook) || !inKernel(old, old.chains[hook]!)) h.next++;
  restoredBatches.set(work, [batch]);
  restoredFrom.set(work, old.exists ? old : null);
}

/** Hands out the handles reserve() set aside, in the order the kernel gave them. */
export function settle(h: Handles): void {
  reserve(h);
  const p = h.pending;
  if (!p) return;
  h.pending = undefined;
  let next = p.start;
  // a name met again, or one that had its handle before reserve(), uses up no number
  const met = new Set<string>();
  const t = p.table;
  const giveChain = (name: string): void => {
    if (met.has(name) || p.numberedBefore.has(name)) return;
    met.add(name);
    const n = ++next;
    const c = p.chainAt ? p.chainAt.get(name) : Object.hasOwn(t.chains, name) ? t.chains[name] : undefined;
    if (c && t.chains[c.name] === c && inKernel(t, c) && !h.chains.has(c.name)) h.chains.set(c.name, n);
  };
  for (const name of p.chains) giveChain(name);
  const numbered = h.rulesNumbered === true;
  h.rulesNumbered = true;
  const successors = p.successors;
  const give = (r: Rule): void => {
    if (numbered && h.ids.has(r)) return;
    let now = r;
    for (let s = successors?.get(now); s; s = successors!.get(now)) now = s;
    h.ids.set(now, ++next);
    owners.set(now, h);
  };
  for (const batch of p.batches ?? []) {
    for (const item of batch) {
      if (typeof item !== "string") give(item);
      else giveChain(item);
    }
  }
  for (const r of p.rules) give(r);
}

/** Numbers whatever exists without a handle yet: chains, then rules in listing order. */
export function sync(t: Table, h: Handles): Handles {
  settle(h);
  const chains = kernelChains(t);
  for (const c of chains) numberChain(h, c);
  for (const c of chains) for (const r of c.rules) number(h, r);
  return h;
}

/** The handles `nft -a` shows for a table's chains and rules (numbering whatever has none yet). */
export function listingHandles(t: Table): { chain(name: string): number | undefined; rule(r: Rule): number | undefined } {
  const h = sync(t, handlesOf(t));
  return { chain: (name) => h.chains.get(name), rule: (r) => h.ids.get(r) };
}

/** Whether `t` is what --noflush restores made of `old` (the kernel table stayed, with its handle). */
export function continuesTable(t: Table, old: Table): boolean {
  for (let from = restoredFrom.get(t); from; from = restoredFrom.get(from)) if (from === old) return true;
  return false;
}

/** `to` replaced `from` (-E rewrites the rules that jump to the chain): it keeps the handle. */
export function carryHandle(h: Handles, from: Rule, to: Rule): void {
  const id = h.ids.get(from);
  if (id !== undefined) {
    h.ids.set(to, id);
    h.rulesNumbered = true;
  } else if (h.pending) (h.pending.successors ??= new Map()).set(from, to);
}
