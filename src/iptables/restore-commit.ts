// A shortcut for iptables-restore's COMMIT checks. When a block started from an empty table
// and only appended rules, the block's own logs hold every jump of the table (perhaps a few of
// rules a later chain declaration flushed) and every rule with kernel restrictions. The checks
// can then run on that small jump graph instead of walking every rule of a table that may have
// 30,000 chains. Extra edges only add hooks and paths, and a rule refused under some hooks is
// refused under more, so "no problem here" proves there is none in the table itself; anything
// else sends the caller to the exact whole-table checks.
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { Chain, Hook, Rule, Table } from "../netfilter/types.js";
import { depthCache } from "./jump-graph-cache.js";
import { HOOK_BITS, rulesAccepted } from "./kernel-check.js";

/** NFT_JUMP_STACK_SIZE, as jump-check.ts: a chain entered at this depth is refused. */
const NFT_JUMP_STACK_SIZE = 16;

export interface AppendedJumps {
  /** Chain each logged jump sits in, and the chain it jumps (or goes) to. */
  chains: string[];
  targets: string[];
}

export interface AppendedRestricted {
  /** Appended rules using extensions with kernel restrictions, and the chain of each. */
  rules: Rule[];
  chains: string[];
}

/** The jump graph over chain indexes, edges grouped by their source (built-in targets left out). */
class JumpGraph {
  readonly index = new Map<string, number>();
  readonly first: Int32Array;
  readonly next: Int32Array;
  /** The table's built-in chains (indexes 0…) and the hook bit of each. */
  readonly builtins: number[] = [];
  private readonly builtinMasks: number[] = [];
  /** After tooDeep() found no chain too deep: the deepest level each chain is entered at (-1: never). */
  levels: Int32Array | undefined;

  constructor(table: Table, jumps: AppendedJumps) {
    const builtin = BUILTIN_CHAINS[table.name] as Hook[];
    for (const name of builtin) {
      this.builtins.push(this.id(name));
      this.builtinMasks.push(1 << HOOK_BITS.indexOf(name));
    }
    const from: number[] = [];
    const to: number[] = [];
    for (let i = 0; i < jumps.targets.length; i++) {
      const target = jumps.targets[i]!;
      // nothing enters a built-in chain: neither hook propagation nor the depth walk do
      if (builtin.includes(target as Hook)) continue;
      from.push(this.id(jumps.chains[i]!));
      to.push(this.id(target));
    }
    const n = this.index.size;
    this.first = new Int32Array(n + 1);
    for (const f of from) this.first[f + 1]!++;
    for (let i = 0; i < n; i++) this.first[i + 1]! += this.first[i]!;
    this.next = new Int32Array(to.length);
    const fill = this.first.slice(0, n);
    for (let e = 0; e < from.length; e++) this.next[fill[from[e]!]!++] = to[e]!;
  }

  private id(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) this.index.set(name, (i = this.index.size));
    return i;
  }

  /** Hooks (HOOK_BITS mask) each chain is reached from. */
  hookMasks(): Int32Array {
    const masks = new Int32Array(this.index.size);
    const work: number[] = [];
    this.builtins.forEach((b, i) => {
      masks[b] = this.builtinMasks[i]!;
      work.push(b);
    });
    while (work.length) {
      const c = work.pop()!;
      const mask = masks[c]!;
      for (let e = this.first[c]!; e < this.first[c + 1]!; e++) {
        const t = this.next[e]!;
        if ((masks[t]! | mask) !== masks[t]) {
          masks[t]! |= mask;
          work.push(t);
        }
      }
    }
    return masks;
  }

  /** Whether a chain is entered at depth 16 from a built-in chain (loops included). */
  tooDeep(): boolean {
    // okAt: the deepest level each chain was explored at without reaching the limit
    const okAt = new Int32Array(this.index.size).fill(-1);
    const visit = (c: number, level: number): boolean => {
      if (level === NFT_JUMP_STACK_SIZE) return true;
      if (okAt[c]! >= level) return false;
      for (let e = this.first[c]!; e < this.first[c + 1]!; e++) if (visit(this.next[e]!, level + 1)) return true;
      okAt[c] = level;
      return false;
    };
    const deep = this.builtins.some((b) => visit(b, 0));
    if (!deep) this.levels = okAt;
    return deep;
  }
}

/**
 * true when the block's logs prove the table passes nf_tables' COMMIT checks: every restricted
 * rule accepted under the hooks that reach its chain, and no jump path 16 chains deep. With
 * `keepLevels`, a table that passes keeps the jump levels worked out for the next command's
 * depth check (jump-check.ts): the logs hold every jump of the table and perhaps a few more, so
 * each level is at least the table's own, and a chain fine at it is fine in the table.
 */
export function appendedBlockAccepted(table: Table, jumps: AppendedJumps, restricted: AppendedRestricted, keepLevels = false): boolean {
  const graph = new JumpGraph(table, jumps);
  if (graph.tooDeep()) return false;
  const masks = graph.hookMasks();
  const maskOf = (chain: string): number => {
    const i = graph.index.get(chain);
    return i === undefined ? 0 : masks[i]!;
  };
  if (!rulesAccepted(table, restricted.rules, restricted.chains, maskOf, { backend: "nft" })) return false;
  if (keepLevels) keepJumpLevels(table, graph);
  return true;
}

/** The levels of a graph that passed, by chain object, as jump-check.ts keeps them. */
function keepJumpLevels(table: Table, graph: JumpGraph): void {
  const levels = graph.levels;
  if (!levels) return;
  const okAt = new Map<Chain, number>();
  for (const [name, i] of graph.index) {
    const level = levels[i]!;
    const chain = level >= 0 && Object.hasOwn(table.chains, name) ? table.chains[name] : undefined;
    if (chain) okAt.set(chain, level);
  }
  depthCache.set(table, okAt);
}
