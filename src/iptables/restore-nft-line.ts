// iptables-nft-restore's rule lines (xtables-restore with the nft backend): each line is checked
// at once against iptables' cache of the table (block.work), while what the kernel says comes
// back only when the batch is sent at COMMIT (restore-block.ts).
import type { Rule, Table } from "../netfilter/types.js";
import { BUILTIN_CHAINS, newChainMap } from "../netfilter/ruleset.js";
import type { NameTables } from "./address.js";
import { executeCommand } from "./execute.js";
import { adoptStoredMasks } from "./ip6-nft-quirks.js";
import { inKernel } from "./nft-handles.js";
import { hasRestricted } from "./kernel-check.js";
import { BAD_RULE, ENOENT, OpError, absent, findChain, invertedAnyAddress, type Backend } from "./ops.js";
import { nftNameTooLong, renameChain, renameRefused } from "./chain-ops.js";
import { CMD } from "./options.js";
import type { ParsedCommand } from "./parse.js";
import type { RestoreOptions } from "./restore.js";
import { cachedReferences, deleteChainsInCacheOnly, noteChainMade, type Block } from "./restore-block.js";
import { bringBackKeptChain } from "./restore-verbose-flush.js";

/** A copy of `t` whose chains and rule lists can change without touching `t`'s. */
export function workingCopy(t: Table): Table {
  const chains = newChainMap();
  for (const [name, c] of Object.entries(t.chains)) chains[name] = { ...c, rules: c.rules.slice() };
  return { ...t, chains };
}

/** One parsed line of an nft block: returns what it echoes. */
export function nftLine(block: Block, parsed: ParsedCommand, lineNo: number, opts: RestoreOptions, names: NameTables): string {
  if (parsed.command === CMD.NEW_CHAIN && parsed.chain) block.created.add(parsed.chain);
  // iptables resolves each jump against its cache as the line comes: note what -N/-X change
  if (parsed.command === CMD.NEW_CHAIN || parsed.command === CMD.DELETE_CHAIN) {
    block.chainEvents.push({ chain: parsed.chain, line: lineNo, made: parsed.command === CMD.NEW_CHAIN });
  }
  if (block.failed) return "";
  // the kernel cannot rename a chain the same batch adds
  const chain = parsed.chain ?? "";
  if (parsed.command === CMD.RENAME_CHAIN && (block.created.has(chain) || block.declared.has(chain))) {
    const newname = parsed.newname ?? "";
    const errno = nftNameTooLong(newname) ? "Numerical result out of range" : "No such file or directory";
    block.kernelFailed ??= Object.assign(renameRefused(newname, errno), { line: lineNo });
    return "";
  }
  // a block that replaced its table: iptables' cache of it lists no chains, so a bare -F
  // flushes nothing, and the kernel cannot flush a built-in chain the block has not made
  // (-v: iptables adds the built-in chains it flushes back first)
  if (parsed.command === CMD.FLUSH && block.chainByChain) {
    for (const name of parsed.chain === undefined ? BUILTIN_CHAINS[block.name] : [parsed.chain]) bringBackBaseChain(block, name);
  } else if (parsed.command === CMD.FLUSH && !opts.noflush) {
    // (-v still names each chain it "flushes": the echo of a flush of a copy)
    if (parsed.chain === undefined) return parsed.verbose ? executeCommand(parsed, workingCopy(block.work), { backend: "nft", names, deferChecks: true }) : "";
    const flushed = block.work.chains[parsed.chain];
    // (a built-in chain -F names is added to the batch first, unless a listing of this block
    // already put it in iptables' cache: then the kernel has no such chain to flush)
    if (flushed?.builtin && !flushed.exists && !block.listed?.has(parsed.chain)) {
      block.work.exists = true;
      bringBackBaseChain(block, parsed.chain);
    } else if (flushed?.builtin && !flushed.exists) {
      const what = `rule in chain ${parsed.chain}`;
      block.kernelFailed ??= Object.assign(new OpError(` RULE_FLUSH failed (No such file or directory): ${what}`, 4, { op: "RULE_FLUSH", errno: "No such file or directory", what }), { line: lineNo });
      return "";
    }
  }
  // the batch still knows a chain renamed in this block by its old name only
  if (parsed.command & (CMD.APPEND | CMD.INSERT) && block.renamed.size > 0 && block.renamed.has(parsed.chain ?? "")) {
    block.failed = Object.assign(new OpError(ENOENT), { line: lineNo });
    return "";
  }
  // -D/-C with an unknown jump target cannot even be built: COMMIT reports the chain
  // (the lookup only for -D/-C: an appended line's target is a fresh string, slow to look up)
  if (parsed.jumpChain !== undefined && parsed.command & (CMD.DELETE | CMD.CHECK)) {
    const target = block.work.chains[parsed.jumpChain];
    if (!target || target.builtin) return "";
  }
  if (parsed.command & (CMD.LIST | CMD.LIST_RULES) && !opts.noflush) {
    block.listed ??= new Set();
    for (const name of parsed.chain === undefined ? BUILTIN_CHAINS[block.name] : [parsed.chain]) block.listed.add(name);
  }
  if (parsed.command === CMD.ZERO && opts.program?.family !== 6) refuseZeroOfAddedRules(block, parsed.chain, lineNo);
  // (-v: -P resends a base chain the kernel kept, with zeroed counters)
  if (parsed.command === CMD.SET_POLICY) block.chainByChain?.keptDrop.delete(chain);
  // (-v: a bare -X names the chains in iptables' cache order; in a block that replaced the
  // table, the block made them all, in line order)
  const deleting = parsed.command === CMD.DELETE_CHAIN && parsed.chain === undefined && parsed.verbose && !opts.noflush ? userChainsDeleted(block.work) : undefined;
  try {
    const renamesUserChain = parsed.command === CMD.RENAME_CHAIN && findChain(block.work, chain)?.builtin === false;
    const applied = applyLine(block, parsed, lineNo, "nft", names);
    const echo = deleting ?? applied;
    if (parsed.command === CMD.NEW_CHAIN) noteChainMade(block, chain, lineNo);
    if (parsed.command === CMD.ZERO) resendZeroedBaseChains(block, parsed.chain, opts);
    // the cache goes on knowing the chain by its old name: the rename waits for COMMIT
    if (renamesUserChain && parsed.newname !== undefined) {
      renameChain(block.work, parsed.newname, chain);
      block.heldRenames.push([chain, parsed.newname]);
    }
    // a rule jumping to a chain nft does not know is not echoed (the jump is resolved first)
    // (looked up only when there is an echo: a large dump echoes nothing)
    return echo !== "" && parsed.jumpChain !== undefined && !findChain(block.work, parsed.jumpChain) ? "" : echo;
  } catch (err) {
    // what iptables finds in its own cache is reported at COMMIT in line order, with the jumps
    // (restore-block.ts sendBatch), the kernel's answers after them; -I's rule number and
    // -D/-C matching fail at once, while -R and -D by number wait for COMMIT like the jumps
    // (an earlier line's unknown jump target, or a later line's parse error, is reported first)
    const later = parsed.command === CMD.REPLACE || parsed.command === CMD.DELETE_NUM;
    const cached = err instanceof OpError && !later && /^(Index of|Bad rule)/.test(err.message);
    // (a policy an earlier chain line set that iptables refuses is met first)
    if (cached && block.policyFailed) throw block.policyFailed;
    if (!(err instanceof OpError) || cached) throw err;
    if (err.nft?.op === "CHAIN_DEL" && parsed.command === CMD.DELETE_CHAIN) {
      if (deleteChainsInCacheOnly(block, parsed.chain, lineNo)) return deleting ?? err.stdout ?? "";
      // (a base chain with rules: the kernel refuses it along with the batch's other refusals)
      if (block.work.chains[chain]?.builtin) {
        block.kernelErrors.push({ line: lineNo, text: `${err.nft.op} failed (${err.nft.errno}): ${err.nft.what}` });
        return err.stdout ?? "";
      }
    }
    block.failed = err;
    const out = err.stdout ?? "";
    err.stdout = undefined;
    return out;
  }
}

/**
 * -Z resends each built-in chain it zeroes as iptables' cache holds it, policy included: the
 * policy the kernel had before the block (none, so ACCEPT, in a block that replaces its table),
 * which undoes a policy an earlier line of the block set.
 */
function resendZeroedBaseChains(block: Block, only: string | undefined, opts: RestoreOptions): void {
  for (const c of Object.values(block.work.chains)) {
    if (!c.builtin || (only !== undefined && c.name !== only)) continue;
    const cached = opts.noflush ? block.before?.chains[c.name]?.policy : undefined;
    c.policy = cached ?? "ACCEPT";
  }
}

/** -X's -v report of every user chain of `t`, in the table's own (creation) order. */
function userChainsDeleted(t: Table): string {
  let out = "";
  for (const c of Object.values(t.chains)) if (!c.builtin) out += `Deleting chain \`${c.name}'\n`;
  return out;
}

/** -v, replacing the table chain by chain: a line brings built-in chain `name` into the kernel (again). */
function bringBackBaseChain(block: Block, name: string): void {
  const c = block.work.chains[name];
  if (!c?.builtin || c.exists) return;
  c.exists = true;
  noteBatchChain(block, name);
  bringBackKeptChain(block, name);
}

/**
 * -Z resends each rule whose counters it zeroes, by handle: a rule this batch adds has none yet,
 * so the kernel refuses each one that came with counters (ip6tables-nft keeps no rule counters).
 * Chains in iptables' cache order: base chains by hook, then user chains.
 */
function refuseZeroOfAddedRules(block: Block, only: string | undefined, line: number): void {
  const t = block.work;
  const chains = [...BUILTIN_CHAINS[block.name].flatMap((name) => t.chains[name] ?? []), ...Object.values(t.chains).filter((c) => !c.builtin)];
  let added: Set<Rule> | undefined;
  for (const c of chains) {
    if (only !== undefined && c.name !== only) continue;
    for (const r of c.rules) {
      if (r.counters.pkts === 0n && r.counters.bytes === 0n) continue;
      added ??= new Set(block.lineRules);
      if (added.has(r)) block.kernelErrors.push({ line, text: `RULE_REPLACE failed (Invalid argument): rule in chain ${c.name}` });
    }
  }
}

/**
 * Notes `name` in the block's batch order when its chain has just come into the kernel: not
 * before (a chain line or rule of an earlier line), nor already there when the block began.
 */
export function noteBatchChain(block: Block, name: string): void {
  if (block.notedChains.has(name)) return;
  const c = block.work.chains[name];
  if (!c || !inKernel(block.work, c)) return;
  block.notedChains.add(name);
  const had = block.before?.chains[name];
  if (had && inKernel(block.before!, had)) return;
  block.batchOrder.push(name);
}

/** Runs a line's command on the block's table and notes the rules it made for COMMIT. */
export function applyLine(block: Block, parsed: ParsedCommand, line: number, backend: Backend, names: NameTables): string {
  // ip6tables-nft finds -D/-C rules by address without mask
  if (names.ipv6 && backend === "nft" && parsed.command & (CMD.DELETE | CMD.CHECK)) adoptStoredMasks(parsed, block.work);
  try {
    let out = executeCommand(parsed, block.work, { backend, names, deferChecks: true });
    if (backend === "nft" && parsed.command & CMD.LIST) out = cachedReferences(out, block);
    const adds = backend === "nft" && (parsed.command & (CMD.APPEND | CMD.INSERT | CMD.REPLACE | CMD.NEW_CHAIN)) !== 0;
    // (a rule added to a base chain not in the kernel yet brings the chain in first; a user
    // chain came in with its chain line or -N)
    const chain = parsed.chain;
    if (adds && chain !== undefined && (parsed.command === CMD.NEW_CHAIN || (BUILTIN_CHAINS[block.name] as string[]).includes(chain))) {
      noteBatchChain(block, chain);
      if (block.chainByChain) bringBackKeptChain(block, chain);
    }
    for (const r of parsed.rules) {
      block.lineRules.push(r);
      if (adds) block.batchOrder.push(r);
      block.lineNumbers.push(line);
      // (noted while the rule is fresh in memory: COMMIT need not visit every rule again)
      if (hasRestricted(r)) {
        block.restricted.rules.push(r);
        block.restricted.chains.push(parsed.chain ?? "");
      }
      if (invertedAnyAddress(r)) block.invertsAny = true;
    }
    return out;
  } catch (err) {
    // restore reports a -Z of a missing rule without libiptc's reason; of a missing chain with
    // --noflush, nft's stale errno from its cache fetch: ENOENT says "Bad rule", none says nothing
    // (chain-ops.ts zeroCounters); a block that replaces its table fetches nothing (errno 0)
    if (parsed.command === CMD.ZERO_NUM && err instanceof OpError) {
      const stale = backend === "nft" && block.before !== undefined && err.message === BAD_RULE;
      const reason = stale && absent(findChain(block.work, parsed.chain ?? ""), backend) ? BAD_RULE : "";
      throw Object.assign(new OpError(reason), { line });
    }
    throw Object.assign(err as Error, { line });
  }
}
