// Traversal of one table's built-in chain for one packet, as ipt_do_table / nft_do_chain do it:
// first matching rule with a terminal verdict wins, jumps push a return point, gotos do not,
// falling off a user chain returns, falling off a built-in chain applies its policy.
import type { MatchExtension, TargetExtension } from "./extension.js";
import { findMatch, findTarget } from "./registry.js";
import { sameRuleObjects } from "./ruleset.js";
import type {
  Chain,
  Hook,
  HookContext,
  Packet,
  Rule,
  Table,
  TableName,
  TargetEffects,
  Verdict,
} from "./types.js";

/** One step of a packet's way through the rules (for the TUI and TRACE). */
export interface PathStep {
  table: TableName;
  chain: string;
  /** 1-based rule number; 0 for the chain's policy (or falling off a user chain). */
  rule: number;
  /** "ACCEPT", "DROP", "REJECT", "NAT", "CONTINUE", "JUMP", "GOTO", "RETURN", "POLICY:ACCEPT", … */
  verdict: string;
}

/** Interface name test, pre-resolved: exact, `+` prefix wildcard, or none. */
type IfaceTest = ((name: string | undefined) => boolean) | undefined;

/** A rule with its extensions looked up once. Kept outside the rule (WeakMap) so worlds still clone. */
interface CompiledRule {
  matchesRef: Rule["matches"];
  matchCount: number;
  exts: (MatchExtension | undefined)[];
  actionRef: Rule["action"];
  target: TargetExtension | undefined;
  inTest: IfaceTest;
  outTest: IfaceTest;
}

const compiled = new WeakMap<Rule, CompiledRule>();

function ifaceTest(name: string | undefined, invert: boolean): IfaceTest {
  if (name === undefined || name === "") return undefined;
  let test: (n: string) => boolean;
  if (name.endsWith("+")) {
    const prefix = name.slice(0, -1);
    test = (n) => n.startsWith(prefix);
  } else {
    test = (n) => n === name;
  }
  // The kernel compares against "" when the hook has no such interface.
  return invert ? (n) => !test(n ?? "") : (n) => test(n ?? "");
}

function compile(rule: Rule): CompiledRule {
  const hit = compiled.get(rule);
  if (
    hit &&
    hit.matchesRef === rule.matches &&
    hit.matchCount === rule.matches.length &&
    hit.actionRef === rule.action
  ) {
    return hit;
  }
  const fresh: CompiledRule = {
    matchesRef: rule.matches,
    matchCount: rule.matches.length,
    exts: rule.matches.map((m) => findMatch(m.name)),
    actionRef: rule.action,
    target: rule.action.kind === "target" ? findTarget(rule.action.target.name) : undefined,
    inTest: ifaceTest(rule.inIface, rule.inIfaceInvert),
    outTest: ifaceTest(rule.outIface, rule.outIfaceInvert),
  };
  compiled.set(rule, fresh);
  return fresh;
}

/** An ip6tables rule's -s/-d (absent for iptables rules) against an IPv6 packet's address. */
function inNet6(addr: number[] | undefined, net: { addr: number[]; mask: number[] } | undefined): boolean {
  if (!net) return true;
  for (let i = 0; i < 8; i++) if (((addr?.[i] ?? 0) & net.mask[i]!) !== net.addr[i]) return false;
  return true;
}

/** The cheap numeric part of a rule (addresses, protocol, fragments): no lookups at all. */
function numericMatches(rule: Rule, pkt: Packet): boolean {
  if (rule.src && (((pkt.src ^ rule.src.addr) & rule.src.mask) === 0 && inNet6(pkt.src6, rule.src.v6)) === rule.srcInvert) return false;
  if (rule.dst && (((pkt.dst ^ rule.dst.addr) & rule.dst.mask) === 0 && inNet6(pkt.dst6, rule.dst.v6)) === rule.dstInvert) return false;
  if (rule.proto !== 0 && (pkt.proto === rule.proto) === rule.protoInvert) return false;
  if (rule.frag === "frag" && pkt.fragOffset === 0) return false;
  if (rule.frag === "notfrag" && pkt.fragOffset !== 0) return false;
  return true;
}

/** Interfaces (pre-resolved tests). */
function ifaceMatches(c: CompiledRule, ctx: HookContext): boolean {
  if (c.inTest && !c.inTest(ctx.inIface)) return false;
  if (c.outTest && !c.outTest(ctx.outIface)) return false;
  return true;
}

function ruleMatches(rule: Rule, c: CompiledRule, pkt: Packet, ctx: HookContext): boolean {
  if (!ifaceMatches(c, ctx)) return false;
  for (let i = 0; i < c.exts.length; i++) {
    const ext = c.exts[i];
    // An extension this build does not know cannot be loaded in the kernel either: no match.
    if (!ext || !ext.match(rule.matches[i]!.data, pkt, ctx)) return false;
  }
  return true;
}

/**
 * Long chains (kube-proxy's KUBE-SERVICES holds one rule per Service) are indexed by exact
 * destination: only rules without a /32 destination, or with the packet's, can match, so the
 * walk skips the rest. The index lives outside the data and is rebuilt when the chain's
 * rule objects change (a pointer comparison per rule, no rule is dereferenced).
 */
interface ChainIndex {
  refs: Rule[];
  exact: Map<number, number[]>;
  generic: number[];
}

const INDEX_MIN_RULES = 64;
const chainIndexes = new WeakMap<Chain, ChainIndex>();

function chainIndex(chain: Chain): ChainIndex | undefined {
  const rules = chain.rules;
  if (rules.length < INDEX_MIN_RULES) return undefined;
  const hit = chainIndexes.get(chain);
  if (hit && sameRuleObjects(hit.refs, rules)) return hit;
  const idx: ChainIndex = { refs: rules.slice(), exact: new Map(), generic: [] };
  rules.forEach((r, i) => {
    if (r.dst && !r.dstInvert && r.dst.mask >>> 0 === 0xffffffff) {
      const key = r.dst.addr >>> 0;
      const list = idx.exact.get(key);
      if (list) list.push(i);
      else idx.exact.set(key, [i]);
    } else idx.generic.push(i);
  });
  chainIndexes.set(chain, idx);
  return idx;
}

/** Rule indices of an indexed chain that may match a packet to `dst`, ascending. */
function candidatesFor(idx: ChainIndex, dst: number): number[] {
  const exact = idx.exact.get(dst >>> 0);
  if (!exact) return idx.generic;
  const out: number[] = [];
  let a = 0;
  let b = 0;
  const g = idx.generic;
  while (a < g.length || b < exact.length) {
    if (b >= exact.length || (a < g.length && g[a]! < exact[b]!)) out.push(g[a++]!);
    else out.push(exact[b++]!);
  }
  return out;
}

/** The first candidate index >= from (or past the end). */
function nextCandidate(cands: number[], from: number, end: number): number {
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < cands.length ? cands[lo]! : end;
}

function verdictName(v: Verdict): string {
  return v.kind === "REJECT" ? "REJECT" : v.kind;
}

export interface EvaluateOptions {
  /** Record the rules the packet matched here (TUI, TRACE). */
  path?: PathStep[];
  /**
   * x_tables (iptables-legacy): every built-in chain of an existing table is hooked and
   * always counts its policy, whatever Chain.exists / countsPolicy say.
   */
  legacy?: boolean;
  /** The base chain to start from, when it is not the table's chain named `hook` (nft's own tables). */
  base?: Chain;
}

/** Jumps one traversal may take before it is cut off: the kernels refuse loops, this guards against a missed one. */
const MAX_JUMPS = 1 << 16;

/**
 * Run `pkt` through `table`'s built-in chain `hook`. Updates rule and policy counters.
 * A table or chain the kernel does not have yet (nf_tables registers hooks lazily) accepts
 * without counting.
 */
export function evaluateHook(
  table: Table,
  hook: Hook,
  pkt: Packet,
  ctx: HookContext,
  effects: TargetEffects = {},
  opts: EvaluateOptions = {},
): Verdict {
  const base = opts.base ?? table.chains[hook];
  if (!table.exists || !base || !base.builtin || !(base.exists || opts.legacy)) return { kind: "ACCEPT" };
  const countPolicy = base.countsPolicy || opts.legacy === true;
  const path = opts.path;
  const bytes = BigInt(pkt.length);
  const stack: { chain: Chain; index: number }[] = [];
  let chain: Chain = base;
  let index = 0;
  // Per traversal: each indexed chain's candidates for this packet (null: walk every rule).
  const candidates = new Map<Chain, number[] | null>();
  let jumps = 0;

  for (;;) {
    let cands = candidates.get(chain);
    if (cands === undefined) {
      const idx = chainIndex(chain);
      cands = idx ? candidatesFor(idx, pkt.dst) : null;
      candidates.set(chain, cands);
    }
    if (cands) index = nextCandidate(cands, index, chain.rules.length);
    if (index >= chain.rules.length) {
      // Fell off the end: a user chain returns to its caller, the built-in chain's policy decides.
      const ret = chain === base ? undefined : stack.pop();
      if (ret) {
        path?.push({ table: table.name, chain: chain.name, rule: 0, verdict: "RETURN" });
        chain = ret.chain;
        index = ret.index;
        continue;
      }
      return applyPolicy(table.name, base, bytes, path, countPolicy);
    }
    const rule = chain.rules[index]!;
    if (!numericMatches(rule, pkt)) {
      index++;
      continue;
    }
    const c = compile(rule);
    if (!ruleMatches(rule, c, pkt, ctx)) {
      // a match that hotdropped the packet ends the walk: no later rule nor the policy counts it
      if (ctx.hotdropped?.()) {
        path?.push({ table: table.name, chain: chain.name, rule: index + 1, verdict: "DROP" });
        return { kind: "DROP" };
      }
      index++;
      continue;
    }
    // (counters are never changed in place: a rule that counted nothing shares ZERO_COUNTERS)
    rule.counters = { pkts: rule.counters.pkts + 1n, bytes: rule.counters.bytes + bytes };
    const ruleNo = index + 1;
    const action = rule.action;
    switch (action.kind) {
      case "none":
        index++;
        continue;
      case "verdict": {
        if (action.verdict === "RETURN") {
          path?.push({ table: table.name, chain: chain.name, rule: ruleNo, verdict: "RETURN" });
          const ret = chain === base ? undefined : stack.pop();
          if (!ret) return applyPolicy(table.name, base, bytes, path, countPolicy);
          chain = ret.chain;
          index = ret.index;
          continue;
        }
        path?.push({ table: table.name, chain: chain.name, rule: ruleNo, verdict: action.verdict });
        return { kind: action.verdict };
      }
      case "jump":
      case "goto": {
        const next = table.chains[action.chain];
        if (!next && action.kind === "jump" && action.chain === "QUEUE") {
          // iptables-legacy's standard QUEUE verdict: with no userspace listener the kernel drops
          path?.push({ table: table.name, chain: chain.name, rule: ruleNo, verdict: "DROP" });
          (effects as { queuedAway?(): void }).queuedAway?.();
          return { kind: "DROP" };
        }
        if (!next) {
          index++;
          continue;
        }
        if (++jumps > MAX_JUMPS) return { kind: "DROP" };
        path?.push({
          table: table.name,
          chain: chain.name,
          rule: ruleNo,
          verdict: action.kind === "jump" ? "JUMP" : "GOTO",
        });
        // A goto leaves no return point: falling off `next` returns to our caller.
        if (action.kind === "jump") stack.push({ chain, index: index + 1 });
        chain = next;
        index = 0;
        continue;
      }
      case "target": {
        const verdict = c.target
          ? c.target.action(action.target.data, pkt, ctx, effects)
          : ({ kind: "CONTINUE" } as Verdict);
        path?.push({ table: table.name, chain: chain.name, rule: ruleNo, verdict: verdictName(verdict) });
        if (verdict.kind === "CONTINUE") {
          index++;
          continue;
        }
        return verdict;
      }
    }
  }
}

function applyPolicy(table: TableName, base: Chain, bytes: bigint, path: PathStep[] | undefined, count: boolean): Verdict {
  const policy = base.policy ?? "ACCEPT";
  if (count) {
    base.policyCounters.pkts += 1n;
    base.policyCounters.bytes += bytes;
  }
  path?.push({ table, chain: base.name, rule: 0, verdict: `POLICY:${policy}` });
  return { kind: policy };
}
