// The order iptables prints a table's chains in: the built-in chains in hook order, then the
// user chains sorted by name (strcmp).
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { Chain, Table } from "../netfilter/types.js";

interface SortedUserChains {
  /** The table's chain keys, in their own order, when the sort was made. */
  keys: string[];
  /** The keys that held built-in chains then (not in the sorted list). */
  builtinKeys: string[];
  /** The other keys, sorted by name. */
  sorted: string[];
}

/**
 * The last sort of each table's user chain names. The sort is a function of the table's keys
 * and which of them hold built-in chains, so it is reused only while both are unchanged (a few
 * keys made or deleted are patched in): checked on every call (comparing keys is cheap next to
 * sorting 30,000 names), never stale.
 */
const sortedByTable = new WeakMap<Table, SortedUserChains>();

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sortUserChains(t: Table, keys: string[]): SortedUserChains {
  const builtinKeys: string[] = [];
  const sorted: string[] = [];
  for (const key of keys) (t.chains[key]!.builtin ? builtinKeys : sorted).push(key);
  // no comparator: the default sort compares UTF-16 code units, as compareNames (strcmp order)
  sorted.sort();
  return { keys, builtinKeys, sorted };
}

/** More added or removed keys than this: sort again rather than patch the sorted list. */
const MAX_KEY_CHANGES = 64;

/**
 * The keys taken out of `before` and put into `now` (a key moved elsewhere is both), when they
 * are few: -N appends a key, -X takes one out, -E replaces one in place.
 */
function keyChanges(before: readonly string[], now: readonly string[]): { removed: string[]; added: string[] } | undefined {
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < now.length) {
    if (removed.length + added.length > MAX_KEY_CHANGES) return undefined;
    if (i < before.length && j < now.length && before[i] === now[j]) {
      i++;
      j++;
    } else if (j >= now.length || (i < before.length && before[i + 1] === now[j])) removed.push(before[i++]!);
    else if (i >= before.length || before[i] === now[j + 1]) added.push(now[j++]!);
    else {
      removed.push(before[i++]!);
      added.push(now[j++]!);
    }
  }
  return { removed, added };
}

/** Where `key` goes in the ascending list `sorted` (code unit order, as the default sort). */
function insertionPoint(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `order` brought to the table's keys `now` by patching its sorted list, when few keys changed. */
function patchedOrder(t: Table, order: SortedUserChains, now: string[]): SortedUserChains | undefined {
  const changes = keyChanges(order.keys, now);
  if (!changes) return undefined;
  const gone = new Set(changes.removed);
  const builtinKeys = order.builtinKeys.filter((k) => !gone.has(k));
  const sorted = changes.removed.length > 0 ? order.sorted.filter((k) => !gone.has(k)) : order.sorted.slice();
  for (const key of changes.added) {
    if (t.chains[key]!.builtin) builtinKeys.push(key);
    else sorted.splice(insertionPoint(sorted, key), 0, key);
  }
  return { keys: now, builtinKeys, sorted };
}

/** The user chain names sorted without the reuse (the reference behaviour). */
function userChainNamesUncached(t: Table): string[] {
  return Object.values(t.chains)
    .filter((c) => !c.builtin)
    .map((c) => c.name)
    .sort();
}

/**
 * The user chains sorted by name, and how many chains the table has; undefined when some chain
 * is not the one under its own name (never in practice; callers fall back to the uncached sort).
 */
function sortedUserChains(t: Table): { users: Chain[]; keyCount: number } | undefined {
  const keys = Object.keys(t.chains);
  let order = sortedByTable.get(t);
  if (!order || !sameKeys(order.keys, keys)) {
    order = (order && patchedOrder(t, order, keys)) ?? sortUserChains(t, keys);
    sortedByTable.set(t, order);
  }
  if (order.builtinKeys.some((k) => !t.chains[k]!.builtin)) {
    order = sortUserChains(t, keys);
    sortedByTable.set(t, order);
  }
  const users = new Array<Chain>(order.sorted.length);
  for (let i = 0; i < users.length; i++) {
    const key = order.sorted[i]!;
    const c = t.chains[key]!;
    if (c.builtin || c.name !== key) return undefined;
    users[i] = c;
  }
  return { users, keyCount: keys.length };
}

/** The table's user chain names in strcmp order. */
export function userChainNamesSorted(t: Table): string[] {
  return sortedUserChains(t)?.users.map((c) => c.name) ?? userChainNamesUncached(t);
}

/** The table's built-in chains in hook order. */
export function builtinChains(t: Table): Chain[] {
  return BUILTIN_CHAINS[t.name].map((h) => t.chains[h]).filter((c): c is Chain => !!c && c.builtin);
}

/** The table's chains as listings print them; `complete` when that is every chain of the table. */
export function tableChains(t: Table): { chains: Chain[]; complete: boolean } {
  const builtins = builtinChains(t);
  const sorted = sortedUserChains(t);
  if (!sorted) return { chains: [...builtins, ...userChainNamesUncached(t).map((n) => t.chains[n]!)], complete: false };
  // built-ins and user chains are the chains under distinct keys: all of them when the counts agree
  return { chains: [...builtins, ...sorted.users], complete: builtins.length + sorted.users.length === sorted.keyCount };
}

/** Built-ins in hook order, then user chains sorted (ops.chainsInOrder). */
export function orderedChains(t: Table): Chain[] {
  return tableChains(t).chains;
}
