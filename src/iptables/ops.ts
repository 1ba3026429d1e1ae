// Rule operations as the kernel (nf_tables or legacy x_tables) performs them, with the errors
// each backend reports (-A, -I, -R, -D, -C), and what chain-ops.ts shares with them: OpError,
// chain lookup, creation order. Plain functions on plain data, used by iptables,
// iptables-restore and other modules (kube-proxy emulation, the packet path's tests).
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { AddrMask, Chain, Hook, Rule, Ruleset, Table, TableName } from "../netfilter/types.js";
import { jumpsRemoved } from "./jump-graph-cache.js";
import { hooksAfterAddedJumps, invalidateHooks, kernelAccepts, legacyChainAccepts, nftInitAllows, nftValidateAllows, unconditionalVerdict } from "./kernel-check.js";
import { depthsAfterAddedJumps, legacyLoopReachable, nftFirstValidationError, nftJumpDepthExceeded } from "./jump-check.js";
import { ruleIdentity } from "./rule-text.js";
import { truncateUtf8 } from "../netfilter/extensions/util/utf8.js";

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
export const BAD_RULE = "Bad rule (does a matching rule exist in that chain?).";

/** What failed, as iptables-nft names it: formatted into 128 bytes (a long renamed chain shows cut). */
export function failedObject(what: string): string {
  return truncateUtf8(what, 127);
}

export function nftError(op: string, errno: string, object: string): OpError {
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

/** Notes that a command creates `x` now. */
export function noteCreated(x: Table | Chain): void {
  created.set(x, ++creations);
}

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
  if (!t.exists) noteCreated(t);
  t.exists = true;
  if (!chain || chain.exists) return;
  chain.exists = true;
  noteCreated(chain);
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
export function absent(c: Chain | undefined, backend: Backend): boolean {
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
    const added = nftInitAllows(t, chain, rules);
    if (added !== true) throw kernelRefusal(backend, op, chain, added);
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
