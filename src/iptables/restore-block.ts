// An iptables-restore block ("*table" … COMMIT) and what its COMMIT does: nft sends the block
// as one batch (jump targets resolved, the first failed command reported), then the kernel's
// checks of the whole table (extensions' hooks, jump depth, legacy's loops) accept or refuse it.
import type { Rule, Table, TableName } from "../netfilter/types.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { jumpTargetError } from "./execute.js";
import { firstRefusedRule, invalidateHooks } from "./kernel-check.js";
import { firstRuleExceedingDepth, legacyLoopReachable, nftJumpDepthExceeded } from "./jump-check.js";
import { OpError, failedObject, findChain, invertedAnyAddress, type Backend } from "./ops.js";
import { referenceCounts, renameChain } from "./chain-ops.js";
import type { ChainLineBlock } from "./restore-chains.js";
import { appendedBlockAccepted } from "./restore-commit.js";
import type { VerboseFlushBlock } from "./restore-verbose-flush.js";

export interface Block extends ChainLineBlock, VerboseFlushBlock {
  name: TableName;
  /** Rules the block's lines made and the line of each (parallel lists: no hashing per rule). */
  lineRules: Rule[];
  lineNumbers: number[];
  /**
   * nft: what the batch creates, in line order: each chain as it comes into the kernel (by name:
   * declared, -N, or a base chain a rule is added to) and each rule -A, -I or -R adds. nf_tables
   * gives their handles in this order.
   */
  batchOrder: (string | Rule)[];
  /** Chains already noted in batchOrder (or there before the block). */
  notedChains: Set<string>;
  jumps: JumpLog;
  /** nft: jumps (indices into `jumps`) whose target iptables' cache did not hold yet on their line. */
  lateJumps?: Set<number>;
  /** New names given by -E in this block: nft's batch does not resolve jumps to them. */
  renamed: Set<string>;
  /**
   * nft: user chains -E renames in this block, [old, new]. iptables' cache keeps them under their
   * old names until COMMIT, so the block's later lines know them by those.
   */
  heldRenames: [string, string][];
  /** nft: the block's -N and -X lines in order (`chain` undefined: -X of every user chain). */
  chainEvents: { chain?: string; line: number; made: boolean }[];
  /**
   * nft: chains a -X took out of iptables' cache that the kernel will refuse to delete (still
   * referenced or holding rules), and the kernel's refusals of the block so far by line.
   */
  kernelKept: Set<string>;
  kernelErrors: { line: number; text: string }[];
  /**
   * nft reports a command's failure only when the batch is sent at COMMIT, after jump targets
   * were resolved and after later lines were parsed; the first failure waits here.
   */
  failed?: Error;
  /** A line followed the table's: legacy's libiptc commits nothing for a --noflush block without one. */
  touched?: boolean;
  /** Chains -N creates in this block (jump targets the batch will know). */
  created: Set<string>;
  /** nft: the first command the kernel itself refuses, reported after iptables' own failures. */
  kernelFailed?: Error;
  /**
   * Started from an empty table and only appended rules so far: the logs below then cover the
   * whole table and COMMIT can check them instead of every rule (see restore-commit.ts).
   */
  appendOnly: boolean;
  /** Appended rules with kernel restrictions, and the chain of each. */
  restricted: { rules: Rule[]; chains: string[] };
  /** Some appended rule inverts a /0 address (nft refuses it at COMMIT). */
  invertsAny: boolean;
  /** --noflush: the table as committed before the block (what the kernel holds meanwhile). */
  before?: Table;
  /** nft: each chain's use count in the kernel when the block began (see cachedReferences). */
  kernelUse?: Map<string, number>;
  /** nft: built-in chains a -L/-S of this block put in iptables' cache without the kernel having them. */
  listed?: Set<string>;
}

/**
 * iptables-nft's -L inside a restore prints a user chain's references as the kernel's use count
 * of the chain (the jumps to it plus its own rules, as committed before the block) less the rules
 * its cache holds now. A chain the block made has no use count yet, so once it has rules the
 * count is negative: "(ERROR obtaining refs)".
 */
export function cachedReferences(listing: string, block: Block): string {
  return listing.replace(/^Chain (\S+) \(\d+ references\)$/gm, (line, name: string) => {
    const chain = block.work.chains[name];
    if (!chain || chain.builtin) return line;
    const refs = kernelUse(block, name) - chain.rules.length;
    return refs < 0 ? `Chain ${name} (ERROR obtaining refs)` : `Chain ${name} (${refs} references)`;
  });
}

function kernelUse(block: Block, name: string): number {
  if (!block.before) return 0;
  if (!block.kernelUse) {
    const use = new Map<string, number>();
    for (const c of Object.values(block.before.chains)) {
      use.set(c.name, (use.get(c.name) ?? 0) + c.rules.length);
      for (const r of c.rules) if (r.action.kind === "jump" || r.action.kind === "goto") use.set(r.action.chain, (use.get(r.action.chain) ?? 0) + 1);
    }
    block.kernelUse = use;
  }
  return Object.hasOwn(block.before.chains, name) ? (block.kernelUse.get(name) ?? 0) : 0;
}

/**
 * The block's jumps (target, chain, command, line), checked at COMMIT; parallel lists so a
 * 10k-Service dump does not keep ~80k small objects alive until then.
 */
export interface JumpLog {
  targets: string[];
  chains: string[];
  commands: number[];
  lines: number[];
}

function jumpAt(log: JumpLog, i: number): { target: string; chain: string; command: number; line: number } {
  return { target: log.targets[i]!, chain: log.chains[i]!, command: log.commands[i]!, line: log.lines[i]! };
}

/**
 * COMMIT of an nft block: iptables goes through the commands in line order, and the first one
 * that failed in its cache ("line N failed") or jumps to a chain it does not know (reported at
 * the COMMIT line) stops it; only then is the batch sent, and the kernel's refusals reported.
 */
export function sendBatch(block: Block, backend: Backend): void {
  if (backend !== "nft") return;
  for (let i = 0; i < block.jumps.targets.length; i++) {
    const j = jumpAt(block.jumps, i);
    // a chain line after the jump declares it too late: the batch adds the rule first
    const known = block.lateJumps?.has(i) && block.work.chains[j.target] ? false : block.chainEvents.length ? knownAtLine(block, j.target, j.line) : undefined;
    if (known === true || (known === undefined && block.created.has(j.target) && !block.renamed.has(j.target))) continue;
    const err =
      known === false || block.renamed.has(j.target)
        ? paramProblem(`Chain '${j.target}' does not exist`)
        : jumpTargetError(block.work, j.target, j.chain, j.command, backend);
    if (!err) continue;
    // a command that failed in iptables' cache on an earlier line is reported instead
    if (failedBefore(block, j.line)) break;
    // (jumpLine: -v printed the block's text only up to this command)
    throw Object.assign(err, { line: err instanceof OpError ? j.line : undefined, jumpLine: j.line });
  }
  if (block.failed) throw block.failed;
  if (block.kernelErrors.length) throw kernelRefusals(block);
  if (block.kernelFailed) throw block.kernelFailed;
}

function failedBefore(block: Block, line: number): boolean {
  const at = (block.failed as { line?: number } | undefined)?.line;
  return at !== undefined && at < line;
}

/** Every refusal the kernel sends back for the batch, in line order. */
function kernelRefusals(block: Block): XtablesError {
  const refusals = [...block.kernelErrors];
  const other = block.kernelFailed as (OpError & { line?: number }) | undefined;
  if (other?.nft) refusals.push({ line: other.line ?? 0, text: `${other.nft.op} failed (${other.nft.errno}): ${other.nft.what}` });
  refusals.sort((a, b) => a.line - b.line);
  return new XtablesError(refusals.map((r) => `\nline ${r.line}: ${r.text}`).join(""), { rc: 4, tryHelp: false });
}

/**
 * A -X the kernel will refuse (a chain still referenced or holding rules): iptables' cache lets
 * the chains go all the same, so later lines no longer see them, and the kernel keeps them.
 */
export function deleteChainsInCacheOnly(block: Block, name: string | undefined, line: number): boolean {
  const t = block.work;
  const names = name !== undefined ? [name] : Object.values(t.chains).filter((c) => !c.builtin).map((c) => c.name);
  if (names.some((n) => !t.chains[n] || t.chains[n]!.builtin)) return false;
  const refs = referenceCounts(t);
  for (const n of names) {
    if (refs.get(n) || t.chains[n]!.rules.length) {
      block.kernelKept.add(n);
      block.kernelErrors.push({ line, text: `CHAIN_DEL failed (Device or resource busy): ${failedObject(`chain ${n}`)}` });
    }
    delete t.chains[n];
  }
  invalidateHooks(t);
  return true;
}

/** -N of a chain the cache let go but the kernel kept: the kernel refuses to make it again. */
export function noteChainMade(block: Pick<Block, "kernelKept" | "kernelErrors">, name: string, line: number): void {
  if (block.kernelKept.has(name)) block.kernelErrors.push({ line, text: `CHAIN_USER_ADD failed (File exists): chain ${name}` });
}

/**
 * Whether iptables' cache held user chain `name` when line `line` was read, worked out from the
 * block's -N and -X lines (undefined when none of them concerns the chain).
 */
function knownAtLine(block: Block, name: string, line: number): boolean | undefined {
  const concerns = (e: { chain?: string; made: boolean }): boolean => e.chain === name || (e.chain === undefined && !e.made);
  if (!block.chainEvents.some(concerns) || block.work.chains[name]?.builtin) return undefined;
  // held from the start: the kernel had it (--noflush) or a chain line declared it
  const before = block.before?.chains[name];
  let known = (before !== undefined && !before.builtin) || block.declared.has(name);
  for (const e of block.chainEvents) {
    if (e.line >= line) break;
    if (concerns(e)) known = e.made;
  }
  return known;
}

function invertedAny(t: Table, backend: Backend): ReturnType<typeof firstRefusedRule> {
  if (backend !== "nft") return undefined;
  for (const c of Object.values(t.chains)) {
    const rule = c.rules.find(invertedAnyAddress);
    if (rule) return { chain: c.name, rule, errno: "Invalid argument" };
  }
  return undefined;
}

/** Whether `to` is reachable from `from` through jumps and gotos. */
function reaches(t: Table, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const name = stack.pop()!;
    if (name === to) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const r of t.chains[name]?.rules ?? []) {
      if (r.action.kind === "jump" || r.action.kind === "goto") stack.push(r.action.chain);
    }
  }
  return false;
}

/** nf_tables' depth limit on jumps (loops included), named at the first rule that reaches it. */
function refuseDeepJumps(block: Block): void {
  if (!block.jumps.targets.length || !nftJumpDepthExceeded(block.work)) return;
  // the kernel replays the batch validating the table at each rule with a verdict or target:
  // the first that reaches the limit and every such rule after it are reported
  const chainOf = new Map<Rule, string>();
  for (const c of Object.values(block.work.chains)) for (const r of c.rules) chainOf.set(r, c.name);
  let text = "";
  for (let i = firstRuleExceedingDepth(block.work, block.lineRules); i < block.lineRules.length; i++) {
    const rule = block.lineRules[i]!;
    if (rule.action.kind === "none") continue;
    text += `\nline ${block.lineNumbers[i]}: RULE_APPEND failed (Too many links): rule in chain ${chainOf.get(rule) ?? ""}`;
  }
  throw new XtablesError(text, { rc: 4, tryHelp: false });
}

/** The renames the batch carried, done once the block is accepted (a name taken meanwhile stays). */
export function applyHeldRenames(block: Block): void {
  for (const [from, to] of block.heldRenames) {
    if (findChain(block.work, from) && !findChain(block.work, to)) renameChain(block.work, from, to);
  }
}

/** COMMIT: jump targets must exist, the kernel must accept every rule; then swap the table in. */
export function commitBlock(block: Block, backend: Backend, commitLine: number): void {
  // (-v's chain-by-chain replacement may yet put base chains back: no levels kept for those)
  if (backend === "nft" && block.appendOnly && !block.invertsAny && appendedBlockAccepted(block.work, block.jumps, block.restricted, !block.chainByChain)) return;
  const refused = firstRefusedRule(block.work, { backend }) ?? invertedAny(block.work, backend);
  // legacy's libiptc commit fails as a whole: "line <COMMIT> failed"
  if (backend === "legacy" && (refused || legacyLoopReachable(block.work))) throw new OpError("");
  if (!refused && backend === "nft") refuseDeepJumps(block);
  if (refused) {
    // The kernel validates the table after each rule of the batch: a rule in a user chain is
    // refused at the jump that makes it reachable from a hook if that jump comes later (and
    // at its own line when checkentry refused it whatever reaches it).
    let chain = refused.chain;
    const at = block.lineRules.lastIndexOf(refused.rule);
    let line = at >= 0 ? block.lineNumbers[at]! : commitLine;
    if (!block.work.chains[chain]?.builtin && !refused.unhooked) {
      const at = block.jumps.targets.findIndex((target) => reaches(block.work, target, chain));
      const culprit = at >= 0 ? jumpAt(block.jumps, at) : undefined;
      if (culprit && !(line !== commitLine && line > culprit.line)) ({ chain, line } = culprit);
    }
    const err = new OpError(` RULE_APPEND failed (${refused.errno}): rule in chain ${chain}`, 4, {
      op: "RULE_APPEND",
      errno: refused.errno,
      what: `rule in chain ${chain}`,
    });
    throw Object.assign(err, { line });
  }
}
