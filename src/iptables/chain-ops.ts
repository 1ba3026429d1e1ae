// Chain operations as the kernel (nf_tables or legacy x_tables) performs them, with the errors
// each backend reports: -N, -X, -E, -P, -F and -Z, and the references a chain has. Rule
// operations and what both share (OpError, lookups, creation order) are in ops.ts.
import { BUILTIN_CHAINS, ZERO_COUNTERS, newBuiltinChain, newChainMap, newUserChain } from "../netfilter/ruleset.js";
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { chainRenamed, jumpsRemoved } from "./jump-graph-cache.js";
import { invalidateHooks } from "./kernel-check.js";
import { orderedChains, userChainNamesSorted } from "./chain-order.js";
import { putName } from "../name-table.js";
import { renewRule } from "./rule-renew.js";
import { truncateUtf8, utf8Length } from "../netfilter/extensions/util/utf8.js";
import { BAD_RULE, ENOENT, OpError, absent, findChain, nftError, noteCreated, touch, type Backend } from "./ops.js";

export function newChain(t: Table, name: string): void {
  if (findChain(t, name)) throw new OpError("Chain already exists.");
  if (t.foreignBaseChains?.some((c) => c.name === name)) throw nftError("CHAIN_USER_ADD", "File exists", `chain ${name}`);
  const chain = newUserChain(name);
  putName(t.chains, name, chain);
  touch(t);
  noteCreated(chain);
}

/**
 * Number of rules in the table that jump or go to each chain; only to the chains in `only` when
 * given (listing one chain of a large table need not count references to the other 30,000).
 */
export function referenceCounts(t: Table, only?: ReadonlySet<string>): Map<string, number> {
  if (only?.size === 1) {
    const [name] = only;
    return new Map([[name!, referencesTo(t, name!)]]);
  }
  const counts = new Map<string, number>();
  const countIn = (c: Chain) => {
    for (const r of c.rules) {
      const a = r.action;
      if (a.kind !== "jump" && a.kind !== "goto") continue;
      if (only && !only.has(a.chain)) continue;
      counts.set(a.chain, (counts.get(a.chain) ?? 0) + 1);
    }
  };
  for (const key in t.chains) countIn(t.chains[key]!);
  // a renamed base chain left iptables' view but its jumps still hold their targets
  for (const c of t.foreignBaseChains ?? []) countIn(c);
  return counts;
}

/** Number of rules in the table that jump or go to chain `name` (referenceCounts for one). */
export function referencesTo(t: Table, name: string): number {
  let n = 0;
  const countIn = (rules: readonly Rule[]) => {
    for (let i = 0; i < rules.length; i++) {
      const a = rules[i]!.action;
      if ((a.kind === "jump" || a.kind === "goto") && a.chain === name) n++;
    }
  };
  // (for-in: Object.values of a 30,000-chain table costs more than the scan)
  for (const key in t.chains) countIn(t.chains[key]!.rules);
  for (const c of t.foreignBaseChains ?? []) countIn(c.rules);
  return n;
}


/**
 * -X CHAIN, or every user chain when `name` is undefined (all or nothing). The error names the
 * first chain that cannot go: nft sends them in the kernel's order (creation order), or sorted
 * by name with -v (`sorted`); legacy goes through them sorted and names the last one.
 */
export function deleteChains(t: Table, name: string | undefined, backend: Backend = "nft", sorted = false): string[] {
  const refs = referenceCounts(t, name !== undefined ? new Set([name]) : undefined);
  const busy = (c: Chain): OpError =>
    backend === "legacy"
      ? new OpError(refs.get(c.name) ? "Too many links." : c.builtin ? "Invalid argument. Run `dmesg' for more information." : "Directory not empty.")
      : nftError("CHAIN_DEL", "Device or resource busy", `chain ${c.name}`);
  if (name !== undefined) {
    const c = findChain(t, name);
    if (!c || absent(c, backend)) throw new OpError(ENOENT);
    // nft keeps a base chain with a DROP policy: iptables itself refuses (EBUSY, which its
    // nft_chain_del error table words so); one with rules is left to the kernel to refuse
    if (c.builtin && backend === "nft" && (c.policy ?? "ACCEPT") !== "ACCEPT") throw new OpError("Directory not empty.");
    if ((c.builtin && backend === "legacy") || refs.get(name) || c.rules.length) throw busy(c);
    if (c.builtin) {
      // nft deletes an empty base chain; iptables keeps listing it with the default policy
      Object.assign(c, { exists: false, policy: "ACCEPT", countsPolicy: false, policyCounters: { pkts: 0n, bytes: 0n } });
      return [name];
    }
    delete t.chains[name];
    jumpsRemoved(t);
    return [name];
  }
  // One transaction: a referenced or non-empty chain makes the whole -X fail.
  const names = userChainNamesSorted(t);
  const order = sorted || backend === "legacy" ? names : Object.values(t.chains).filter((c) => !c.builtin).map((c) => c.name);
  // legacy tries every chain and reports the errno of the last one that failed
  const failing = order.filter((n) => refs.get(n) || t.chains[n]!.rules.length);
  if (failing.length) throw busy(t.chains[failing[backend === "legacy" ? failing.length - 1 : 0]!]!);
  for (const n of names) delete t.chains[n];
  // nft's -X also deletes the base chains that are empty with policy ACCEPT (nft list shows it)
  if (backend === "nft") {
    for (const c of Object.values(t.chains)) {
      if (c.builtin && c.exists && c.rules.length === 0 && (c.policy ?? "ACCEPT") === "ACCEPT") {
        Object.assign(c, { exists: false, countsPolicy: false, policyCounters: { pkts: 0n, bytes: 0n } });
      }
    }
  }
  jumpsRemoved(t);
  return names;
}

export function renameChain(t: Table, from: string, to: string, backend: Backend = "nft"): void {
  // libiptc also counts the standard verdicts' names as taken
  if (findChain(t, to) || (backend === "legacy" && ["ACCEPT", "DROP", "QUEUE", "RETURN"].includes(to))) throw new OpError("File exists.");
  const c = findChain(t, from);
  if (!c || absent(c, backend)) throw new OpError(ENOENT);
  if (t.foreignBaseChains?.some((f) => f.name === to)) throw nftError("CHAIN_RENAME", "File exists", `chain ${to}`);
  if (c.builtin) {
    // legacy: libiptc finds no user chain of that name. nft renames the base chain, which iptables then no longer
    // recognises; the hook's name is free again (a new, lazy built-in chain)
    if (backend === "legacy") throw new OpError(ENOENT);
    t.foreignBaseChains = [...(t.foreignBaseChains ?? []), { ...c, name: to }];
    t.chains[from] = newBuiltinChain(from);
    invalidateHooks(t);
    return;
  }
  if (backend === "legacy") to = legacyRenamedName(t, to);
  else if (nftNameTooLong(to)) throw renameRefused(to, "Numerical result out of range");
  const keys = Object.keys(t.chains);
  if (keys[keys.length - 1] === from) {
    // the newest chain (-N X then -E X Y): taken out and put back under its new name, it keeps
    // its place at the end, without making a 30,000-chain map again
    delete t.chains[from];
    c.name = to;
    putName(t.chains, to, c);
  } else {
    // the map is made again so the renamed chain keeps its place among the others
    const chains = newChainMap();
    for (const [name, chain] of Object.entries(t.chains)) {
      if (name === from) {
        chain.name = to;
        chains[to] = chain;
      } else chains[name] = chain;
    }
    t.chains = chains;
  }
  chainRenamed(t, from, to);
  // Rules are replaced, not edited: iptables-restore shares rule objects with the old table;
  // so is the rule list of a chain that had one to replace
  for (const key in t.chains) {
    const chain = t.chains[key]!;
    let rules: Rule[] | undefined;
    for (let i = 0; i < chain.rules.length; i++) {
      const r = chain.rules[i]!;
      const a = r.action;
      if ((a.kind !== "jump" && a.kind !== "goto") || a.chain !== from) continue;
      rules ??= chain.rules.slice();
      rules[i] = { ...r, action: { ...a, chain: to } };
      renameRewrites?.push([r, rules[i]!]);
    }
    if (rules) chain.rules = rules;
  }
}

/** Where renameChain reports each rule it replaced, [old, new], while collectRenameRewrites runs. */
let renameRewrites: [Rule, Rule][] | undefined;

/** Runs `run`, collecting the rules a chain rename in it replaces (nft-debug carries their handles). */
export function collectRenameRewrites<T>(into: [Rule, Rule][], run: () => T): T {
  const outer = renameRewrites;
  renameRewrites = into;
  try {
    return run();
  } finally {
    renameRewrites = outer;
  }
}

/** NFT_CHAIN_MAXNAMELEN: the kernel checks a new name's length before it looks the chain up. */
export const nftNameTooLong = (name: string): boolean => utf8Length(name) >= 256;

/** The kernel's refusal of a rename. */
export function renameRefused(to: string, errno: string): OpError {
  return nftError("CHAIN_RENAME", errno, `chain ${to}`);
}

/**
 * libiptc takes a new name of up to 31 bytes (its 32-byte label; longer is EINVAL) and the kernel's
 * ERROR entry keeps the first 29 of them. A cut name that another chain has would give the kernel
 * two chains of one name, which a chain map cannot hold: refused as taken instead.
 */
function legacyRenamedName(t: Table, to: string): string {
  if (utf8Length(to) >= 32) throw new OpError("Invalid argument. Run `dmesg' for more information.");
  const kept = truncateUtf8(to, 29);
  if (kept !== to && findChain(t, kept)) throw new OpError("File exists.");
  return kept;
}

/** nft checks the policy name first, libiptc (legacy) the chain. */
export function setPolicy(t: Table, chain: string, policy: string, counters?: { pkts: bigint; bytes: bigint }, backend: Backend = "nft"): void {
  if (backend === "legacy" && !findChain(t, chain)?.builtin) throw new OpError("Bad built-in chain name.");
  if (policy !== "ACCEPT" && policy !== "DROP") {
    throw new OpError("Bad policy name. Run `dmesg' for more information.", 1, undefined, "Bad policy name.");
  }
  const c = findChain(t, chain);
  if (!c || !c.builtin) throw new OpError("Bad built-in chain name.");
  c.policy = policy;
  c.countsPolicy = true;
  if (counters) c.policyCounters = { ...counters };
  touch(t, c);
}

/** Chains a -F/-Z/-L without a chain name covers: built-ins in hook order, then user chains sorted. */
export function chainsInOrder(t: Table): Chain[] {
  // (chain-order.ts keeps the sort between calls: iptables-save of 30,000 chains sorted them each time)
  return orderedChains(t);
}

/**
 * -F: on a table not yet in the kernel, nft creates it with the built-in chains concerned,
 * except for a plain -F of the whole table (no chain, not verbose), which does nothing.
 */
export function flushChains(t: Table, chain: string | undefined, verbose = true): Chain[] {
  const chains = chain === undefined ? chainsInOrder(t) : [findChain(t, chain) ?? missing()];
  if (chain !== undefined || verbose) {
    // nft_xt_builtin_init: the table and the built-in chains concerned are sent first
    touch(t);
    for (const c of chains) if (c.builtin) touch(t, c);
  } else if (!t.exists) return [];
  for (const c of chains) c.rules = [];
  // (nft flushes the whole table: base chains iptables does not list lose their rules too)
  if (chain === undefined) for (const c of t.foreignBaseChains ?? []) c.rules = [];
  jumpsRemoved(t);
  return chains;
}

/**
 * `onlyExisting`: iptables-restore's cache knows only the chains the kernel has (-Z -v).
 * `ordered`: the chains are returned in listing order (-v names them); else in any order, as
 * sorting 30,000 names to zero them would be wasted.
 */
export function zeroCounters(t: Table, chain: string | undefined, rulenum?: number, backend: Backend = "nft", onlyExisting = false, ordered = true): Chain[] {
  const named = chain !== undefined ? findChain(t, chain) : undefined;
  if (chain !== undefined && absent(named, backend)) {
    if (rulenum === undefined || backend === "legacy") throw new OpError(ENOENT);
    // iptables prints strerror of a stale errno: its cache fetches the named chain and the
    // built-in ones one by one in strcmp order, and the last answer sets errno: ENOENT ("Bad
    // rule" as a delete's wording), or none (errno 0) when that last chain is in the kernel
    const last = [chain, ...BUILTIN_CHAINS[t.name]].reduce((a, b) => (b > a ? b : a));
    const stale = t.chains[last]?.exists ? "Incompatible with this kernel." : BAD_RULE;
    throw new OpError(backend === "nft" ? stale : BAD_RULE);
  }
  // without a name: every chain of the table, none when nft has no such table yet
  const all = () => {
    const chains = ordered ? chainsInOrder(t) : Object.values(t.chains);
    if (backend !== "nft") return chains;
    if (!t.exists) return [];
    return onlyExisting ? chains.filter((c) => !absent(c, backend)) : chains;
  };
  const chains = chain === undefined ? all() : [findChain(t, chain)!];
  if (backend === "legacy" && rulenum !== undefined && rulenum > chains[0]!.rules.length) throw new OpError("Index of counter too big.");
  for (const c of chains) {
    if (rulenum !== undefined) {
      const r = c.rules[rulenum - 1];
      if (r) {
        r.counters = ZERO_COUNTERS;
        renewRule(r);
      }
      continue;
    }
    c.policyCounters = { pkts: 0n, bytes: 0n };
    // nft re-sends a zeroed base chain with counters: like after -P, its policy counts from now on
    if (backend === "nft" && c.builtin) c.countsPolicy = true;
    for (const r of c.rules) {
      r.counters = ZERO_COUNTERS;
      // (nft re-sends the rule to zero it: the kernel makes it anew)
      renewRule(r);
    }
  }
  return chains;
}

function missing(): never {
  throw new OpError(ENOENT);
}
