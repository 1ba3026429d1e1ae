// What the kernel refuses about the shape of the jump graph once rules are added. nf_tables
// validates the table from every base chain and gives up at jump depth 16 (EMLINK, "Too many
// links"), so a loop, or a path through 16 user chains, reachable from a base chain fails;
// unreachable loops are fine. x_tables (legacy) refuses only loops reachable from a hook (ELOOP).
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { unconditionalVerdict } from "./kernel-check.js";
import { depthCache } from "./jump-graph-cache.js";
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";

/** NFT_JUMP_STACK_SIZE: the level at which nft_chain_validate gives up. */
const NFT_JUMP_STACK_SIZE = 16;

function jumpTargets(t: Table, c: Chain, skip?: Set<Rule>, legacy = false): Chain[] {
  const out: Chain[] = [];
  for (const r of c.rules) {
    // x_tables' walk ends at a chain's first unconditional verdict
    if (legacy && unconditionalVerdict(r)) break;
    if (skip?.has(r)) continue;
    const a = r.action;
    if (a.kind !== "jump" && a.kind !== "goto") continue;
    const to = Object.hasOwn(t.chains, a.chain) ? t.chains[a.chain] : undefined;
    if (to && !to.builtin) out.push(to);
  }
  return out;
}

/**
 * Explores the jump graph below `c`, entered at `level`, unless it was explored at that level or
 * deeper already: true when some chain is entered at level 16. `okAt` holds the deepest level
 * each chain was explored at without reaching the limit (a chain fine at level L is fine at any
 * lower level).
 */
function deepFrom(t: Table, c: Chain, level: number, okAt: Map<Chain, number>, skip?: Set<Rule>): boolean {
  if (level === NFT_JUMP_STACK_SIZE) return true;
  if ((okAt.get(c) ?? -1) >= level) return false;
  for (const to of jumpTargets(t, c, skip)) if (deepFrom(t, to, level + 1, okAt, skip)) return true;
  okAt.set(c, level);
  return false;
}

/**
 * Whether a user chain is entered at level 16 from some base chain (nf_tables); `skip` rules are
 * left out. A table that passes keeps its levels (jump-graph-cache.ts) for the next check.
 */
export function nftJumpDepthExceeded(t: Table, skip?: Set<Rule>): boolean {
  if (!skip && depthCache.has(t)) return false;
  const okAt = new Map<Chain, number>();
  // (the base chains by name: collecting 30,000 chains to find them costs more than the walk saves)
  const exceeded = BUILTIN_CHAINS[t.name].some((name) => {
    const c = Object.hasOwn(t.chains, name) ? t.chains[name] : undefined;
    return !!c?.builtin && deepFrom(t, c, 0, okAt, skip);
  });
  if (!exceeded && !skip) depthCache.set(t, okAt);
  return exceeded;
}

/**
 * `rules` were added to chain `c`: the kept levels are carried down the new jumps. New paths all
 * pass through them, so this finds any chain now entered at level 16 (a new loop included);
 * then the levels are dropped and the next check walks the whole table, as the kernel would.
 */
export function depthsAfterAddedJumps(t: Table, c: Chain, rules: readonly Rule[]): void {
  const okAt = depthCache.get(t);
  const level = okAt?.get(c);
  if (!okAt || level === undefined) return;
  for (const r of rules) {
    const a = r.action;
    if (a.kind !== "jump" && a.kind !== "goto") continue;
    const to = Object.hasOwn(t.chains, a.chain) ? t.chains[a.chain] : undefined;
    if (to && !to.builtin && deepFrom(t, to, level + 1, okAt)) {
      depthCache.delete(t);
      return;
    }
  }
}

/** Whether a loop is reachable from a built-in chain (x_tables' mark_source_chains). */
export function legacyLoopReachable(t: Table): boolean {
  const state = new Map<Chain, "open" | "done">();
  const visit = (start: Chain): boolean => {
    // iterative depth-first search: user chains may nest deeper than the JS stack likes
    const stack: { chain: Chain; next: Chain[] }[] = [{ chain: start, next: jumpTargets(t, start, undefined, true) }];
    state.set(start, "open");
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const to = top.next.pop();
      if (!to) {
        state.set(top.chain, "done");
        stack.pop();
        continue;
      }
      const s = state.get(to);
      if (s === "open") return true;
      if (s === "done") continue;
      state.set(to, "open");
      stack.push({ chain: to, next: jumpTargets(t, to, undefined, true) });
    }
    return false;
  };
  return Object.values(t.chains).some((c) => c.builtin && !state.has(c) && visit(c));
}

/**
 * The first of `added` (in the order they were added) after which the nf_tables depth limit is
 * exceeded: the kernel replays a refused batch validating each rule, so it names that one.
 * Adding rules only adds paths, so the prefixes are searched by halving.
 */
export function firstRuleExceedingDepth(t: Table, added: Rule[]): number {
  let lo = 0;
  let hi = added.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nftJumpDepthExceeded(t, new Set(added.slice(mid + 1)))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * nf_tables validates the table depth first: base chains in hook order, each rule's extensions
 * then its verdict, entering jumped-to chains as it meets them. The first problem met is the
 * one reported, so a loop can hide a rule refused in that hook, or the other way round.
 * `ruleError` tells whether a rule (its jump left out) is refused under a hook.
 */
export function nftFirstValidationError(t: Table, hooks: string[], ruleError: (hook: string, rule: Rule) => string | undefined): string | undefined {
  for (const hook of hooks) {
    const base = Object.hasOwn(t.chains, hook) ? t.chains[hook] : undefined;
    if (!base?.builtin) continue;
    const okAt = new Map<Chain, number>();
    const walk = (c: Chain, level: number): string | undefined => {
      if (level === NFT_JUMP_STACK_SIZE) return "Too many links";
      if ((okAt.get(c) ?? -1) >= level) return undefined;
      for (const r of c.rules) {
        const a = r.action;
        const isJump = a.kind === "jump" || a.kind === "goto";
        const err = ruleError(hook, isJump ? { ...r, action: { kind: "none" } } : r);
        if (err) return err;
        const to = isJump && Object.hasOwn(t.chains, a.chain) ? t.chains[a.chain] : undefined;
        if (to && !to.builtin) {
          const deeper = walk(to, level + 1);
          if (deeper) return deeper;
        }
      }
      okAt.set(c, level);
      return undefined;
    };
    const err = walk(base, 0);
    if (err) return err;
  }
  return undefined;
}
