// What the kernel refuses when a rule is added (xt_check_match/xt_check_target): extensions
// used outside their tables or hooks, or whose checkentry fails. A rule in a user chain is
// checked against every built-in chain that reaches it through jumps and gotos, so adding a
// jump can fail because of what the target chain contains.
import type { FinalCheckCall, MatchExtension, TargetExtension } from "../netfilter/extension.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { Chain, Hook, Rule, Table } from "../netfilter/types.js";
import { dropApproximateMasks, invalidateHooks, legacyMaskCache, maskCache } from "./jump-graph-cache.js";

export { invalidateHooks };

type AnyExtension = MatchExtension | TargetExtension;

function isRestricted(ext: AnyExtension): boolean {
  return !!(ext.tables || ext.hooks || ext.checkEntry);
}

/** true, or the errno text the kernel answers with ("Invalid argument" by default). */
export type KernelVerdict = true | string;

const EINVAL = "Invalid argument";

/** Which iptables variant asks (checkEntry may differ for legacy or IPv6). */
export interface CheckContext {
  backend?: "nft" | "legacy";
  family?: 4 | 6;
  /** Where in the chain the rules go (0-based; default: the end). x_tables reaches nothing after an unconditional verdict. */
  position?: number;
}

/** The rules x_tables' walk visits in a chain: up to and including its first unconditional verdict. */
function walkedRules(rules: Rule[], legacy: boolean): Rule[] {
  if (!legacy) return rules;
  const stop = rules.findIndex(unconditionalVerdict);
  return stop < 0 ? rules : rules.slice(0, stop + 1);
}

let context: CheckContext = {};

function verdictOf(r: boolean | string): KernelVerdict {
  return r === true ? true : typeof r === "string" ? r : EINVAL;
}

/**
 * The object handed to checkEntry: one for all checks (checkEntry only reads it during the
 * call), so a whole-table check of a large restore makes none per rule.
 */
const entryCall: FinalCheckCall = { rule: {} as Rule, table: "filter", chain: "", backend: undefined, family: undefined, ruleTable: undefined };

/**
 * iptables-nft rules whose -p named a protocol over 255 (/etc/protocols' mptcp, 262): their
 * payload compare holds the low byte (the rule lists as tcp), while the compat protocol that
 * checkentry sees is all of it, so REJECT --reject-with tcp-reset, tcpmss, TCPMSS refuse it.
 */
const compatProtocols = new WeakMap<Rule, number>();
let anyCompatProtocol = false;

export function setCompatProtocol(rule: Rule, proto: number): void {
  compatProtocols.set(rule, proto);
  anyCompatProtocol = true;
}

function checkEntry(ext: AnyExtension, data: unknown, rule: Rule, table: Table, chain: string): KernelVerdict {
  const wide = anyCompatProtocol ? compatProtocols.get(rule) : undefined;
  entryCall.rule = wide === undefined ? rule : { ...rule, proto: wide };
  entryCall.table = table.name;
  entryCall.ruleTable = table;
  entryCall.chain = chain;
  entryCall.backend = context.backend;
  entryCall.family = context.family;
  return verdictOf(ext.checkEntry!(data, entryCall));
}

/**
 * x_tables runs checkentry with every hook that reaches the rule. nf_tables runs it once, when
 * the rule is added, with its base chain's hook or with none in a user chain; only the static
 * hook list is checked again for the hooks that reach a user chain (`staticOnly`: that check alone).
 */
function extensionAllowed(table: Table, chain: string, user: boolean, rule: Rule, hooks: Iterable<Hook>, ext: AnyExtension, data: unknown, staticOnly: boolean): KernelVerdict {
  if (!isRestricted(ext)) return true;
  if (ext.tables && !ext.tables.includes(table.name)) return EINVAL;
  const entryPerHook = !staticOnly && (context.backend === "legacy" || !user);
  // a user chain's hooks matter only to a static hook list or a per-hook checkentry: not
  // asking for them spares the walk of the whole table that finds them
  if (user && !ext.hooks && !(ext.checkEntry && entryPerHook)) {
    return ext.checkEntry && !staticOnly ? checkEntry(ext, data, rule, table, chain) : true;
  }
  let reached = false;
  for (const hook of hooks) {
    reached = true;
    if (ext.hooks && !ext.hooks.includes(hook)) return EINVAL;
    if (ext.checkEntry && entryPerHook) {
      const v = checkEntry(ext, data, rule, table, hook);
      if (v !== true) return v;
    }
  }
  if (ext.checkEntry && user && !staticOnly) return checkEntry(ext, data, rule, table, chain);
  // x_tables checks a rule no hook reaches (after an unconditional verdict) with no hook at all
  if (ext.checkEntry && !reached && !staticOnly) return checkEntry(ext, data, rule, table, "");
  return true;
}

// Extensions by name, looked up once (a whole-table check asks for every rule's extensions).
const matchesByName = new Map<string, MatchExtension | undefined>();
const targetsByName = new Map<string, TargetExtension | undefined>();

function matchNamed(name: string): MatchExtension | undefined {
  if (!matchesByName.has(name)) matchesByName.set(name, findMatch(name));
  return matchesByName.get(name);
}

function targetNamed(name: string): TargetExtension | undefined {
  if (!targetsByName.has(name)) targetsByName.set(name, findTarget(name));
  return targetsByName.get(name);
}

/**
 * Whether the rule is acceptable in `table` when `hooks` reach its chain. `user`: whether that
 * chain is a user chain (a caller that has the chain at hand says so: a restore checks ~40k rules).
 */
function ruleAllowed(table: Table, chain: string, rule: Rule, hooks: Iterable<Hook>, staticOnly = false, user = isUserChain(table, chain)): KernelVerdict {
  for (const m of rule.matches) {
    const ext = matchNamed(m.name);
    const v = ext ? extensionAllowed(table, chain, user, rule, hooks, ext, m.data, staticOnly) : true;
    if (v !== true) return v;
  }
  if (rule.action.kind !== "target") return true;
  const ext = targetNamed(rule.action.target.name);
  return ext ? extensionAllowed(table, chain, user, rule, hooks, ext, rule.action.target.data, staticOnly) : true;
}

/**
 * nf_tables' validation of a rule reached from base chain `hook` (nft_match/target_validate):
 * only the extensions' static table and hook lists; checkentry ran when the rule was added.
 */
export function nftValidateAllows(table: Table, hook: Hook, rule: Rule): KernelVerdict {
  context = { backend: "nft" };
  return ruleAllowed(table, hook, rule, [hook], true);
}

/**
 * nf_tables checks a rule's extensions as it is added (table, a base chain's own hook,
 * checkentry), before it validates the jump graph: such a refusal comes before a loop's.
 */
export function nftInitAllows(table: Table, chainName: string, rules: Rule[]): KernelVerdict {
  context = { backend: "nft" };
  const user = isUserChain(table, chainName);
  const hooks: Hook[] = user ? [] : [chainName as Hook];
  for (const rule of rules) {
    if (!hasRestricted(rule)) continue;
    const v = ruleAllowed(table, chainName, rule, hooks, false, user);
    if (v !== true) return v;
  }
  return true;
}

function isUserChain(table: Table, name: string): boolean {
  const c = table.chains[name];
  return !!c && !c.builtin;
}

function jumpTarget(rule: Rule): string | undefined {
  const a = rule.action;
  return a.kind === "jump" || a.kind === "goto" ? a.chain : undefined;
}

/** Hook masks have bit i set for HOOK_BITS[i]. */
export const HOOK_BITS: readonly Hook[] = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"];
const hookListCache = new Map<number, Hook[]>();

function hooksOfMask(mask: number): Hook[] {
  let list = hookListCache.get(mask);
  if (!list) hookListCache.set(mask, (list = HOOK_BITS.filter((_, i) => mask & (1 << i))));
  return list;
}

/*
 * Hook masks are cached per table (jump-graph-cache.ts) until a jump, goto or chain changes:
 * the rule-set operations in ops.ts call invalidateHooks, or hooksAfterAddedJumps when rules
 * were only added (a table changed some other way must be invalidated too).
 */

/** A rule x_tables' walk stops at: no match of any kind and a standard verdict (ACCEPT, DROP, RETURN, QUEUE). */
export function unconditionalVerdict(r: Rule): boolean {
  const a = r.action;
  const verdict = a.kind === "verdict" || (a.kind === "jump" && a.chain === "QUEUE");
  const anyAddress = (m: Rule["src"]) => !m || (m.addr === 0 && m.mask === 0 && !m.v6?.addr.some(Boolean));
  return verdict && r.matches.length === 0 && r.proto === 0 && r.frag === "any" && !r.inIface && !r.outIface &&
    !r.srcInvert && !r.dstInvert && !r.inIfaceInvert && !r.outIfaceInvert && !r.protoInvert && anyAddress(r.src) && anyAddress(r.dst);
}

/**
 * Built-in hooks (as a bit mask) from which each chain is reachable, by propagation. x_tables
 * (`legacy`) walks a chain only up to its first unconditional verdict (mark_source_chains), so a
 * jump placed after "-j DROP" reaches nothing; nf_tables follows every jump.
 */
function hookMasks(table: Table, legacy = false): Map<string, number> {
  const cache = legacy ? legacyMaskCache : maskCache;
  const cached = cache.get(table);
  if (cached) return cached;
  const masks = new Map<string, number>();
  cache.set(table, masks);
  const work = new HookPropagation(table, masks, legacy);
  for (const hook of BUILTIN_CHAINS[table.name]) work.reach(hook, 1 << HOOK_BITS.indexOf(hook));
  work.run();
  return masks;
}

/**
 * Spreads hook masks along jumps. Breadth first, and a chain waiting in the queue takes in what
 * else reaches it meanwhile: KUBE-SERVICES, reached from PREROUTING and OUTPUT, and the 30,000
 * chains below it are then walked once rather than once per hook.
 */
class HookPropagation {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();

  constructor(
    private readonly table: Table,
    private readonly masks: Map<string, number>,
    private readonly legacy: boolean,
  ) {}

  reach(name: string, mask: number): void {
    const old = this.masks.get(name) ?? 0;
    if ((old | mask) === old) return;
    this.masks.set(name, old | mask);
    if (this.queued.has(name)) return;
    this.queued.add(name);
    this.queue.push(name);
  }

  run(): void {
    for (let head = 0; head < this.queue.length; head++) {
      const name = this.queue[head]!;
      this.queued.delete(name);
      const mask = this.masks.get(name)!;
      for (const r of walkedRules(this.table.chains[name]?.rules ?? [], this.legacy)) {
        const t = jumpTarget(r);
        if (t && isUserChain(this.table, t)) this.reach(t, mask);
      }
    }
  }
}

/**
 * `rules` (some with jumps) were added to `chainName`: nf_tables' cached masks only grow, from
 * the new jumps on; x_tables' depend on where the rules went (a walk stops at an unconditional
 * verdict), so they are dropped.
 */
export function hooksAfterAddedJumps(table: Table, chainName: string, rules: readonly Rule[]): void {
  legacyMaskCache.delete(table);
  const masks = maskCache.get(table);
  const mask = masks?.get(chainName);
  if (!masks || !mask) return;
  const work = new HookPropagation(table, masks, false);
  for (const r of rules) {
    const t = jumpTarget(r);
    if (t && isUserChain(table, t)) work.reach(t, mask);
  }
  work.run();
}

/** Chains reachable from `start` (itself included), each with the rules the walk visits. */
function reachableFrom(table: Table, start: string, legacy = false): [Chain, Rule[]][] {
  const seen = new Set<string>([start]);
  const out: [Chain, Rule[]][] = [];
  const stack = [start];
  while (stack.length) {
    const chain = table.chains[stack.pop()!];
    if (!chain) continue;
    const rules = walkedRules(chain.rules, legacy);
    out.push([chain, rules]);
    for (const r of rules) {
      const t = jumpTarget(r);
      if (t && !seen.has(t) && isUserChain(table, t)) {
        seen.add(t);
        stack.push(t);
      }
    }
  }
  return out;
}

/**
 * Would the kernel accept `rules` added to `chainName`? Checks the rules themselves and, for
 * jumps, everything reachable from the jump target under the hooks that reach this chain.
 */
export function kernelAccepts(table: Table, chainName: string, rules: Rule[], ctx: CheckContext = {}): KernelVerdict {
  const verdict = acceptsUnder(table, chainName, rules, ctx);
  // (a refusal under masks that may be too large is checked again under exact ones)
  if (verdict !== true && ctx.backend !== "legacy" && dropApproximateMasks(table)) return acceptsUnder(table, chainName, rules, ctx);
  return verdict;
}

function acceptsUnder(table: Table, chainName: string, rules: Rule[], ctx: CheckContext): KernelVerdict {
  context = ctx;
  const chain = table.chains[chainName];
  let hooks: Set<Hook> | undefined;
  const legacy = ctx.backend === "legacy";
  const hooksHere = (): Set<Hook> => {
    if (hooks) return hooks;
    // x_tables never walks past an unconditional verdict: rules put after one are reached from nowhere
    const stop = legacy && chain ? chain.rules.findIndex(unconditionalVerdict) : -1;
    if (stop >= 0 && stop < (ctx.position ?? chain!.rules.length)) hooks = new Set();
    else if (chain?.builtin) hooks = new Set([chainName as Hook]);
    // (this chain's mask only: a set per chain of a 30,000-chain table on every -A adds up)
    else hooks = new Set(hooksOfMask(hookMasks(table, legacy).get(chainName) ?? 0));
    return hooks;
  };
  // (iterated only by an extension that needs the hooks)
  const lazyHooks: Iterable<Hook> = { [Symbol.iterator]: () => hooksHere()[Symbol.iterator]() };
  for (const rule of rules) {
    if (hasRestricted(rule)) {
      const v = ruleAllowed(table, chainName, rule, lazyHooks);
      if (v !== true) return v;
    }
    const target = jumpTarget(rule);
    if (!target || !isUserChain(table, target)) continue;
    const reachable = reachableFrom(table, target, legacy);
    // table limits were checked when those rules were added; only hook limits can change
    const restricted = reachable.some(([, rules]) => rules.some(hasHookRestricted));
    if (!restricted) continue;
    const h = hooksHere();
    if (h.size === 0) continue;
    // nf_tables re-validates only static hook lists; x_tables re-runs checkentry
    const staticOnly = ctx.backend !== "legacy";
    for (const [c, rules] of reachable) {
      for (const r of rules) {
        const v = ruleAllowed(table, c.name, r, h, staticOnly);
        if (v !== true) return v;
      }
    }
  }
  return true;
}

/**
 * x_tables re-checks the whole table on every change: once an unconditional verdict is deleted
 * or replaced, the rules after it are reached and must pass their hooks' checks (legacy only).
 */
export function legacyChainAccepts(table: Table, chainName: string): KernelVerdict {
  invalidateHooks(table);
  const rules = walkedRules(table.chains[chainName]?.rules ?? [], true);
  return kernelAccepts(table, chainName, rules, { backend: "legacy", position: 0 });
}

const restrictedMatches = new Map<string, boolean>();
const restrictedTargets = new Map<string, boolean>();

/** Whether any extension of the rule has kernel restrictions (without allocating). */
export function hasRestricted(rule: Rule): boolean {
  for (const m of rule.matches) {
    let r = restrictedMatches.get(m.name);
    if (r === undefined) {
      const ext = findMatch(m.name);
      restrictedMatches.set(m.name, (r = !!ext && isRestricted(ext)));
    }
    if (r) return true;
  }
  if (rule.action.kind !== "target") return false;
  const name = rule.action.target.name;
  let r = restrictedTargets.get(name);
  if (r === undefined) {
    const ext = findTarget(name);
    restrictedTargets.set(name, (r = !!ext && isRestricted(ext)));
  }
  return r;
}

/** Whether a rule has an extension whose acceptance depends on the hook. */
function hasHookRestricted(rule: Rule): boolean {
  if (!hasRestricted(rule)) return false;
  for (const m of rule.matches) {
    const ext = matchNamed(m.name);
    if (ext && (ext.hooks || ext.checkEntry)) return true;
  }
  if (rule.action.kind !== "target") return false;
  const ext = targetNamed(rule.action.target.name);
  return !!ext && !!(ext.hooks || ext.checkEntry);
}

/**
 * Whole-table check (iptables-restore at COMMIT): the first rule the kernel refuses, with
 * the chain it sits in, or undefined.
 */
export function firstRefusedRule(table: Table, ctx: CheckContext = {}): { chain: string; rule: Rule; errno: string; unhooked?: true } | undefined {
  context = ctx;
  const legacy = ctx.backend === "legacy";
  dropApproximateMasks(table);
  let masks: Map<string, number> | undefined;
  for (const chain of Object.values(table.chains)) {
    let h: Hook[] | undefined; // the chain's hooks, found at its first restricted rule
    // x_tables reaches nothing after a chain's first unconditional verdict, yet still runs
    // checkentry there, with no hook at all (ECN without -p tcp is refused even so)
    const rules = chain.rules;
    const stop = legacy ? rules.findIndex(unconditionalVerdict) : -1;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (!hasRestricted(rule)) continue;
      if (!h) {
        masks ??= hookMasks(table, legacy);
        h = chain.builtin ? [chain.name as Hook] : hooksOfMask(masks.get(chain.name) ?? 0);
      }
      const v = ruleAllowed(table, chain.name, rule, stop >= 0 && i > stop ? [] : h, false, !chain.builtin);
      if (v === true) continue;
      // refused in a user chain even with no hook reaching it: checkentry, when the rule was added
      const unhooked = !chain.builtin && ruleAllowed(table, chain.name, rule, [], false, true) !== true;
      return unhooked ? { chain: chain.name, rule, errno: v, unhooked } : { chain: chain.name, rule, errno: v };
    }
  }
  return undefined;
}

/**
 * Whether the kernel accepts every one of `rules` (rule i sits in chains[i]) when each user
 * chain is reached from the hooks in maskOf(chain) (HOOK_BITS); a built-in chain is its own hook.
 * iptables-restore uses it with masks from its own jump log to skip the whole-table check.
 */
export function rulesAccepted(table: Table, rules: Rule[], chains: string[], maskOf: (chain: string) => number, ctx: CheckContext = {}): boolean {
  context = ctx;
  // (consecutive rules mostly sit in one chain: its lookups are made once for them)
  let name: string | undefined;
  let user = false;
  let hooks: Hook[] = [];
  for (let i = 0; i < rules.length; i++) {
    if (chains[i] !== name) {
      name = chains[i]!;
      const c = Object.hasOwn(table.chains, name) ? table.chains[name] : undefined;
      user = !!c && !c.builtin;
      hooks = hooksOfMask(c?.builtin ? 1 << HOOK_BITS.indexOf(name as Hook) : maskOf(name));
    }
    if (ruleAllowed(table, name, rules[i]!, hooks, false, user) !== true) return false;
  }
  return true;
}
