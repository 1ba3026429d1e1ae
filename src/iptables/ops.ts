// Rule-set operations as the kernel (nf_tables or legacy x_tables) performs them, with the
// errors each backend reports. Plain functions on plain data, used by iptables,
// iptables-restore and other modules (kube-proxy emulation, the packet path's tests).
import { BUILTIN_CHAINS, ZERO_COUNTERS, newBuiltinChain, newChainMap, newUserChain } from "../netfilter/ruleset.js";
import type { AddrMask, Chain, Hook, Rule, Ruleset, Table, TableName } from "../netfilter/types.js";
import { chainRenamed, jumpsRemoved } from "./jump-graph-cache.js";
import { hooksAfterAddedJumps, invalidateHooks, kernelAccepts, legacyChainAccepts, nftValidateAllows, unconditionalVerdict } from "./kernel-check.js";
import { depthsAfterAddedJumps, legacyLoopReachable, nftFirstValidationError, nftJumpDepthExceeded } from "./jump-check.js";
import { ruleIdentity } from "./rule-text.js";
import { orderedChains, userChainNamesSorted } from "./chain-order.js";
import { putName } from "../name-table.js";
import { renewRule } from "./rule-renew.js";
import { truncateUtf8, utf8Length } from "../netfilter/extensions/util/utf8.js";

export type Backend = "nft" | "legacy";

/** A refused operation. `nft` marks the rc-4 netlink form (" OP failed (errno): what"). */
export class OpError extends Error {
  constructor(
    message: string,
    readonly rc = 1,
    readonly nft?: { op: string; errno: string; what: string },
    /** Wording iptables-restore uses after "line N failed: " when it differs. */
    readonly restoreText?: string,
  ) {
    super(message);
  }

  /** What the command printed before failing (e.g. -v echoes). */
  stdout?: string;
}

export const ENOENT = "No chain/target/match by that name.";
const BAD_RULE = "Bad rule (does a matching rule exist in that chain?).";

/** What failed, as iptables-nft names it: formatted into 128 bytes (a long renamed chain shows cut). */
export function failedObject(what: string): string {
  return truncateUtf8(what, 127);
}

function nftError(op: string, errno: string, object: string): OpError {
  const what = failedObject(object);
  return new OpError(` ${op} failed (${errno}): ${what}`, 4, { op, errno, what });
}

function kernelRefusal(backend: Backend, op: string, chain: string, errno = "Invalid argument"): OpError {
  // libiptc's iptc_strerror names ENOENT its own way; only EINVAL sends the user to dmesg
  if (backend === "legacy" && errno === "No such file or directory") return new OpError(ENOENT, 1);
  if (backend === "legacy") return new OpError(errno === "Invalid argument" ? `${errno}. Run \`dmesg' for more information.` : `${errno}.`, 1);
  return nftError(op, errno, `rule in chain ${chain}`);
}

export function table(ruleset: Ruleset, name: TableName): Table {
  return ruleset.tables[name]!;
}

/** The chain as a command may address it (a built-in of another table is not there). */
export function findChain(t: Table, name: string): Chain | undefined {
  return Object.hasOwn(t.chains, name) ? t.chains[name] : undefined;
}

/** When each table and chain was created by a command (nft lists them in creation order). */
const created = new WeakMap<Table | Chain, number>();
let creations = 0;

/** The order a command created the table in, or undefined (made by a restore, or never). */
export function tableCreationOrder(t: Table): number | undefined {
  return created.get(t);
}

/** `to` carries `from` on (iptables-restore -v keeps the table and some chains): it keeps its place in creation order. */
export function keepCreationOrder(to: Table | Chain, from: Table | Chain): void {
  const order = created.get(from);
  if (order === undefined) created.delete(to);
  else created.set(to, order);
}

/** The order a command created the chain in, or undefined (made by a restore). */
export function chainCreationOrder(c: Chain): number | undefined {
  return created.get(c);
}

/**
 * Marks the table (and a built-in chain) as created in the kernel. A built-in chain created
 * now moves to the end of the table's keys, which so stay in creation order (nft lists them so).
 */
export function touch(t: Table, chain?: Chain): void {
  if (!t.exists) created.set(t, ++creations);
  t.exists = true;
  if (!chain || chain.exists) return;
  chain.exists = true;
  created.set(chain, ++creations);
  if (chain.builtin && t.chains[chain.name] === chain) {
    delete t.chains[chain.name];
    t.chains[chain.name] = chain;
  }
}

/**
 * x_tables (legacy) instantiates a table in a namespace on first use, builtin chains and all.
 * The rule set's table keys are kept in creation order, which legacy save prints newest first.
 */
export function touchLegacy(ruleset: Ruleset, name: TableName): Table {
  const t = ruleset.tables[name]!;
  if (!t.exists) {
    t.exists = true;
    for (const c of Object.values(t.chains)) if (c.builtin) c.exists = true;
    delete ruleset.tables[name];
    ruleset.tables[name] = t;
  }
  return t;
}

/** nft: a built-in chain nothing has touched is not in the kernel yet. */
function absent(c: Chain | undefined, backend: Backend): boolean {
  return !c || (backend === "nft" && c.builtin && !c.exists);
}

function isJump(r: Rule | undefined): boolean {
  return r?.action.kind === "jump" || r?.action.kind === "goto";
}

/** Keeps the kernel checks' cached reachability right when rules with jumps go. */
function jumpsTakenOut(t: Table, rules: (Rule | undefined)[]): void {
  if (rules.some(isJump)) jumpsRemoved(t);
}

/** `rules` were added to `c`: the cached hooks and jump levels grow from their jumps. */
function jumpsAdded(t: Table, c: Chain, rules: readonly Rule[]): void {
  if (!rules.some(isJump)) return;
  hooksAfterAddedJumps(t, c.name, rules);
  depthsAfterAddedJumps(t, c, rules);
}

function chainForRules(t: Table, name: string): Chain {
  const c = findChain(t, name);
  if (!c) throw new OpError(ENOENT);
  return c;
}

/** x_tables' answer to a jump that makes a loop reachable from a hook (ELOOP). */
const legacyLoopRefusal = (): OpError => new OpError("Too many levels of symbolic links.", 1);

/** nft refuses "! -s 0.0.0.0/0" (an inverted match on a zero-length prefix). */
export function invertedAnyAddress(r: Rule): boolean {
  return (r.srcInvert && r.src?.mask === 0) || (r.dstInvert && r.dst?.mask === 0);
}

/**
 * `tentatively` adds the rules and returns how to take them out again: when a refused rule and
 * a too deep jump graph both follow from a jump, nft reports whichever its walk meets first.
 */
function refuseUnlessAccepted(t: Table, chain: string, rules: Rule[], backend: Backend, op: string, tentatively: () => () => void, position?: number): void {
  if (backend === "nft" && rules.some(invertedAnyAddress)) throw kernelRefusal(backend, op, chain);
  const verdict = kernelAccepts(t, chain, rules, { backend, position });
  if (verdict === true) return;
  // x_tables looks for loops (mark_source_chains) before it checks any extension
  if (backend === "legacy" && rules.some(isJump)) {
    const undo = tentatively();
    let loop: boolean;
    try {
      loop = legacyLoopReachable(t);
    } finally {
      undo();
    }
    if (loop) throw legacyLoopRefusal();
  }
  if (backend === "nft" && rules.some(isJump)) {
    const undo = tentatively();
    invalidateHooks(t);
    let first: string | undefined;
    try {
      if (nftJumpDepthExceeded(t)) {
        first = nftFirstValidationError(t, BUILTIN_CHAINS[t.name], (hook, r) => {
          const v = nftValidateAllows(t, hook as Hook, r);
          return v === true ? undefined : v;
        });
      }
    } finally {
      undo();
      invalidateHooks(t);
    }
    if (first) throw kernelRefusal(backend, op, chain, first);
  }
  throw kernelRefusal(backend, op, chain, verdict);
}

/**
 * After jumps were added: the kernel validates the jump graph and the change is undone when it
 * refuses (nft: depth 16 from a base chain; legacy: a loop reachable from a hook).
 */
function refuseBadJumpGraph(
  t: Table,
  c: Chain,
  existed: { table: boolean; chain: boolean },
  added: Rule[],
  backend: Backend,
  op: string,
  undo: () => void,
): void {
  if (!added.some(isJump)) return;
  const refused = backend === "nft" ? nftJumpDepthExceeded(t) : legacyLoopReachable(t);
  if (!refused) return;
  undo();
  invalidateHooks(t);
  // the batch is aborted: a table or base chain it would have created is not there either
  t.exists = existed.table;
  c.exists = existed.chain;
  if (backend === "legacy") throw legacyLoopRefusal();
  throw nftError(op, "Too many links", `rule in chain ${c.name}`);
}

/** `check` = false leaves the kernel check to the caller (iptables-restore checks at COMMIT). */
export function appendRules(t: Table, chain: string, rules: Rule[], backend: Backend = "nft", check = true): void {
  const c = chainForRules(t, chain);
  if (check) {
    refuseUnlessAccepted(t, chain, rules, backend, "RULE_APPEND", () => {
      const length = c.rules.length;
      c.rules.push(...rules);
      return () => (c.rules.length = length);
    });
  }
  const existed = { table: t.exists, chain: c.exists };
  touch(t, c);
  const length = c.rules.length;
  for (const r of rules) c.rules.push(r);
  jumpsAdded(t, c, rules);
  if (check) refuseBadJumpGraph(t, c, existed, rules, backend, "RULE_APPEND", () => (c.rules.length = length));
}

/** -I CHAIN N (1-based); N may be one past the end. */
export function insertRules(t: Table, chain: string, rulenum: number, rules: Rule[], backend: Backend = "nft", check = true): void {
  const c = chainForRules(t, chain);
  if (rulenum > c.rules.length + 1) throw new OpError("Index of insertion too big.");
  if (check) {
    refuseUnlessAccepted(t, chain, rules, backend, "RULE_INSERT", () => {
      c.rules.splice(rulenum - 1, 0, ...rules);
      return () => c.rules.splice(rulenum - 1, rules.length);
    }, rulenum - 1);
  }
  const existed = { table: t.exists, chain: c.exists };
  touch(t, c);
  c.rules.splice(rulenum - 1, 0, ...rules);
  jumpsAdded(t, c, rules);
  if (check) refuseBadJumpGraph(t, c, existed, rules, backend, "RULE_INSERT", () => c.rules.splice(rulenum - 1, rules.length));
}

export function replaceRule(t: Table, chain: string, rulenum: number, rule: Rule, backend: Backend = "nft", check = true): void {
  const c = chainForRules(t, chain);
  if (absent(c, backend)) throw new OpError(ENOENT);
  if (rulenum > c.rules.length) throw new OpError("Index of replacement too big.");
  if (check) {
    refuseUnlessAccepted(t, chain, [rule], backend, "RULE_REPLACE", () => {
      const old = c.rules[rulenum - 1]!;
      c.rules[rulenum - 1] = rule;
      return () => (c.rules[rulenum - 1] = old);
    }, rulenum - 1);
  }
  const existed = { table: t.exists, chain: c.exists };
  touch(t, c);
  const old = c.rules[rulenum - 1]!;
  jumpsTakenOut(t, [old]);
  c.rules[rulenum - 1] = rule;
  jumpsAdded(t, c, [rule]);
  if (check) refuseBadJumpGraph(t, c, existed, [rule], backend, "RULE_REPLACE", () => (c.rules[rulenum - 1] = old));
  if (check && !unconditionalVerdict(rule)) refuseNewlyReached(t, c, [old], backend, "RULE_REPLACE", () => (c.rules[rulenum - 1] = old));
}

/** An IPv4 address field that differs, so the save texts (" -s ADDR/MASK …") differ too. */
function addressDiffers(a: AddrMask | undefined, b: AddrMask | undefined): boolean {
  if (!a || !b) return a !== b;
  return !a.v6 && !b.v6 && (a.addr !== b.addr || a.mask !== b.mask);
}

/**
 * Whether two rules' identities certainly differ, from fields their save texts spell out as whole
 * words (addresses, protocol, a jump's chain): -C/-D on a 10,000-rule chain then makes the
 * identity text of the few rules that could match, not of every rule.
 */
function surelyDifferent(a: Rule, b: Rule): boolean {
  if (a.proto !== b.proto || a.protoInvert !== b.protoInvert || a.srcInvert !== b.srcInvert || a.dstInvert !== b.dstInvert) return true;
  if (addressDiffers(a.src, b.src) || addressDiffers(a.dst, b.dst)) return true;
  const x = a.action;
  const y = b.action;
  return (x.kind === "jump" || x.kind === "goto") && (y.kind === "jump" || y.kind === "goto") && (x.kind !== y.kind || x.chain !== y.chain);
}

function findRuleIndexes(c: Chain | undefined, rules: Rule[]): number[] | undefined {
  if (!c) return undefined;
  const taken = new Set<number>();
  const out: number[] = [];
  for (const r of rules) {
    const key = ruleIdentity(r);
    const i = c.rules.findIndex((old, idx) => !taken.has(idx) && !surelyDifferent(old, r) && ruleIdentity(old) === key);
    if (i < 0) return undefined;
    taken.add(i);
    out.push(i);
  }
  return out;
}

/** The rules -D and -C would find for `rules` (undefined when one is missing). */
export function findRules(t: Table, chain: string, rules: Rule[]): Rule[] | undefined {
  const c = findChain(t, chain);
  return findRuleIndexes(c, rules)?.map((i) => c!.rules[i]!);
}

/**
 * x_tables: taking out an unconditional verdict makes the rules after it reachable, and the
 * kernel refuses the new table when one of them fails its hooks' checks; the change is undone.
 */
function refuseNewlyReached(t: Table, c: Chain, removed: Rule[], backend: Backend, op: string, undo: () => void): void {
  if (backend !== "legacy" || !removed.some(unconditionalVerdict)) return;
  const verdict = legacyChainAccepts(t, c.name);
  if (verdict === true) return;
  undo();
  invalidateHooks(t);
  throw kernelRefusal(backend, op, c.name, verdict);
}

/** -D by specification: the first identical rule, for each rule given. */
export function deleteRules(t: Table, chain: string, rules: Rule[], backend: Backend = "nft", check = true): void {
  const c = findChain(t, chain);
  const idx = findRuleIndexes(c, rules);
  if (!c || !idx) throw new OpError(BAD_RULE);
  jumpsTakenOut(t, rules);
  const removed = idx.map((i) => c.rules[i]!);
  // (a copy to undo with only when the kernel may refuse)
  const before = check && backend === "legacy" && removed.some(unconditionalVerdict) ? [...c.rules] : undefined;
  for (const i of idx.sort((a, b) => b - a)) c.rules.splice(i, 1);
  if (before) refuseNewlyReached(t, c, removed, backend, "RULE_DELETE", () => (c.rules = before));
}

export function deleteRuleNum(t: Table, chain: string, rulenum: number, backend: Backend = "nft", check = true): void {
  const c = findChain(t, chain);
  if (!c || (backend === "nft" && c.builtin && !c.exists)) throw new OpError(ENOENT);
  if (rulenum > c.rules.length) throw new OpError("Index of deletion too big.");
  jumpsTakenOut(t, [c.rules[rulenum - 1]]);
  const [removed] = c.rules.splice(rulenum - 1, 1);
  if (check) refuseNewlyReached(t, c, [removed!], backend, "RULE_DELETE", () => c.rules.splice(rulenum - 1, 0, removed!));
}

/** -C: every rule given must be present. */
export function checkRules(t: Table, chain: string, rules: Rule[]): void {
  if (!findRuleIndexes(findChain(t, chain), rules)) throw new OpError(BAD_RULE);
}

export function newChain(t: Table, name: string): void {
  if (findChain(t, name)) throw new OpError("Chain already exists.");
  if (t.foreignBaseChains?.some((c) => c.name === name)) throw nftError("CHAIN_USER_ADD", "File exists", `chain ${name}`);
  const chain = newUserChain(name);
  putName(t.chains, name, chain);
  touch(t);
  created.set(chain, ++creations);
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
    // iptables prints strerror of a stale errno: ENOENT from its cache fetch ("Bad rule" as a
    // delete's wording), none (errno 0) when the table's PREROUTING chain is in the kernel
    const stale = t.chains.PREROUTING?.exists ? "Incompatible with this kernel." : BAD_RULE;
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
