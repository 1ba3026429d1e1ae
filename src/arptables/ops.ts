// The nft side of arptables' commands (nft_cmd_* and the kernel's answers) on one filter
// table: chains, rules, counters. Throws ArpFailure (nft_strerror text, exit 1) or
// ArpCommitError (the kernel refused the batch, exit 4).
import { referenced } from "../iptables/small-tables.js";
import type { NameTables } from "../iptables/address.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { echoLine } from "./rule-text.js";
import { kernelRefuses, sameTargetData } from "./targets.js";
import { XT_TARGETS, xtTargetErrno } from "./xt-targets.js";
import { type ArpChain, type ArpRule, type ArpTable, BUILTIN_CHAINS, INV, listedChains } from "./types.js";

export class ArpFailure extends Error {
  constructor(
    message: string,
    /** EINVAL: the front end adds " Run `dmesg' for more information." */
    readonly einval = false,
  ) {
    super(message);
  }
}

export class ArpCommitError extends Error {}

export const BAD_RULE = "Bad rule (does a matching rule exist in that chain?)";
export const NO_CHAIN = "No chain/target/match by that name";

export function findChain(table: ArpTable, name: string | undefined): ArpChain | undefined {
  return table.chains.find((c) => c.name === name);
}

/** nft_arp_is_same + compare_targets: addresses, protocol type, flags, interfaces and target. */
export function sameRule(a: ArpRule, b: ArpRule): boolean {
  return (
    a.src.addr === b.src.addr &&
    a.src.mask === b.src.mask &&
    a.tgt.addr === b.tgt.addr &&
    a.tgt.mask === b.tgt.mask &&
    a.pro === b.pro &&
    a.invflags === b.invflags &&
    a.iniface === b.iniface &&
    a.outiface === b.outiface &&
    a.target === b.target &&
    sameTargetData(a.targetData, b.targetData)
  );
}

/** Chains reachable from INPUT (CLASSIFY may not run there). */
function reachableFromInput(table: ArpTable): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const r of findChain(table, name)?.rules ?? []) {
      const next = findChain(table, r.target);
      if (next && !next.builtin) visit(next.name);
    }
  };
  visit("INPUT");
  return seen;
}

/** nft's loop check: a jump cycle reachable from a built-in chain. */
function hasLoop(table: ArpTable): boolean {
  const state = new Map<string, "open" | "done">();
  const visit = (chain: ArpChain): boolean => {
    state.set(chain.name, "open");
    for (const rule of chain.rules) {
      const next = findChain(table, rule.target);
      if (!next || next.builtin) continue;
      const s = state.get(next.name);
      if (s === "open") return true;
      if (s === undefined && visit(next)) return true;
    }
    state.set(chain.name, "done");
    return false;
  };
  return table.chains.some((c) => c.builtin && state.get(c.name) === undefined && visit(c));
}

/** The kernel's verdict on the table after a rule change in `chain` (op: RULE_APPEND ...). */
export function validate(table: ArpTable, op: string, chain: string): void {
  const fromInput = reachableFromInput(table);
  for (const c of table.chains) {
    for (const r of c.rules) {
      if (r.targetData && kernelRefuses(r.targetData, fromInput.has(c.name))) {
        throw new ArpCommitError(` ${op} failed (Invalid argument): rule in chain ${chain}`);
      }
    }
  }
  if (hasLoop(table)) throw new ArpCommitError(` ${op} failed (Too many links): rule in chain ${chain}`);
}

/** assert_chain_exists: a jump to a chain nft does not know fails before anything is sent. */
export function assertJumpTarget(table: ArpTable, jumpChain: string | undefined): void {
  if (jumpChain !== undefined && !findChain(table, jumpChain)) throw paramProblem(`Chain '${jumpChain}' does not exist`);
}

/** What the kernel says about a rule added to `chain` (op: RULE_APPEND ...), its target first. */
export function kernelChecks(table: ArpTable, rule: ArpRule, jumpChain: string | undefined, op: string, chain: string): void {
  const refuse = (errno: string): ArpCommitError => new ArpCommitError(` ${op} failed (${errno}): rule in chain ${chain}`);
  if (rule.target === "QUEUE") throw refuse("No such file or directory");
  const xtErrno = XT_TARGETS.has(rule.target) ? xtTargetErrno(rule.target) : undefined;
  if (xtErrno) throw refuse(xtErrno);
  // an inverted /0 address is sent as a zero-length compare, which the kernel refuses
  if ((rule.invflags & INV.SRCIP && rule.src.mask === 0) || (rule.invflags & INV.DSTIP && rule.tgt.mask === 0)) throw refuse("Invalid argument");
  const target = jumpChain !== undefined ? findChain(table, jumpChain) : undefined;
  // a base chain cannot be jumped to; one nft has not made is not found at all
  if (target?.builtin) throw refuse(target.live || target.name === chain ? "Operation not supported" : "No such file or directory");
}

/** nft_xt_builtin_init for one chain (or all of them). */
export function makeBuiltinLive(table: ArpTable, chain?: string): void {
  for (const c of table.chains) if (c.builtin && (chain === undefined || c.name === chain)) c.live = true;
}

/** The chain a rule command works on; a built-in chain nft has not made is not found. */
function ruleChain(table: ArpTable, name: string, missing: string): ArpChain {
  const c = findChain(table, name);
  if (!c || (c.builtin && !c.live)) throw new ArpFailure(missing);
  return c;
}

export function appendRules(table: ArpTable, chainName: string, rules: ArpRule[], verbose: boolean, names: NameTables): string {
  makeBuiltinLive(table, chainName);
  const chain = findChain(table, chainName);
  let out = "";
  for (const r of rules) {
    // (nft_rule_append echoes the rule before it looks the chain up)
    if (verbose) out += echoLine(r, names);
    if (!chain) throw Object.assign(new ArpFailure(NO_CHAIN), { stdout: out });
    chain.rules.push(r);
  }
  return out;
}

export function insertRules(table: ArpTable, chainName: string, at: number, rules: ArpRule[], verbose: boolean, names: NameTables): string {
  makeBuiltinLive(table, chainName);
  const chain = ruleChain(table, chainName, NO_CHAIN);
  let out = "";
  for (const r of rules) {
    if (at - 1 > chain.rules.length) throw Object.assign(new ArpFailure("Index of insertion too big"), { stdout: out });
    chain.rules.splice(at - 1, 0, r);
    if (verbose) out += echoLine(r, names);
  }
  return out;
}

export function replaceRule(table: ArpTable, chainName: string, at: number, rule: ArpRule, verbose: boolean, names: NameTables): string {
  const chain = ruleChain(table, chainName, NO_CHAIN);
  if (at > chain.rules.length) throw new ArpFailure("Index of replacement too big");
  // (nft replaces a rule in place: it keeps its handle)
  chain.rules[at - 1] = { ...rule, handle: chain.rules[at - 1]!.handle };
  return verbose ? echoLine(rule, names) : "";
}

export function deleteRules(table: ArpTable, chainName: string, rules: ArpRule[], verbose: boolean, names: NameTables): string {
  const chain = ruleChain(table, chainName, BAD_RULE);
  let out = "";
  for (const r of rules) {
    const at = chain.rules.findIndex((k) => sameRule(k, r));
    // (what was echoed for the rules before stays printed)
    if (at < 0) throw Object.assign(new ArpFailure(BAD_RULE), { stdout: out });
    if (verbose) out += echoLine(chain.rules[at]!, names);
    chain.rules.splice(at, 1);
  }
  return out;
}

export function checkRules(table: ArpTable, chainName: string, rules: ArpRule[], verbose: boolean, names: NameTables): string {
  const chain = ruleChain(table, chainName, BAD_RULE);
  let out = "";
  for (const r of rules) {
    const found = chain.rules.find((k) => sameRule(k, r));
    if (!found) throw Object.assign(new ArpFailure(BAD_RULE), { stdout: out });
    if (verbose) out += echoLine(found, names);
  }
  return out;
}

export function deleteRuleNum(table: ArpTable, chainName: string, at: number): void {
  const chain = ruleChain(table, chainName, NO_CHAIN);
  if (at > chain.rules.length) throw new ArpFailure("Index of deletion too big");
  chain.rules.splice(at - 1, 1);
}

export function flushChains(table: ArpTable, chainName: string | undefined, verbose: boolean): string {
  if (chainName !== undefined || verbose) makeBuiltinLive(table, chainName);
  else if (!table.exists) return "";
  const chains = chainName !== undefined ? [ruleChain(table, chainName, NO_CHAIN)] : listedChains(table);
  let out = "";
  for (const c of chains) {
    c.rules = [];
    if (verbose) out += `Flushing chain \`${c.name}'\n`;
  }
  return out;
}

/** Chains the kernel has: user chains, and built-in ones nft has made. */
function liveChains(table: ArpTable): ArpChain[] {
  return listedChains(table).filter((c) => !c.builtin || c.live);
}

/**
 * -Z [CHAIN]. A built-in chain nft has not made is not found, unless -L came first: its
 * listing put the chain in nft's cache, so the kernel is asked and refuses (after the
 * "Zeroing" lines were printed) unless the table exists.
 */
export function zeroCounters(table: ArpTable, chainName: string | undefined, verbose: boolean, withList: boolean): string {
  let chains: ArpChain[];
  if (chainName !== undefined) {
    const c = findChain(table, chainName);
    if (!c || (c.builtin && !c.live && !withList)) throw new ArpFailure(NO_CHAIN);
    chains = [c];
  } else chains = withList ? listedChains(table) : liveChains(table);
  let out = "";
  for (const c of chains) {
    if (verbose) out += `Zeroing chain \`${c.name}'\n`;
    c.pcnt = c.bcnt = 0n;
    for (const r of c.rules) r.pcnt = r.bcnt = 0n;
  }
  // (CHAIN_ZERO is a NEWCHAIN: it makes the base chain in an existing table, fails without one)
  const missing = chains.find((c) => c.builtin && !c.live);
  if (missing && !table.exists) throw Object.assign(new ArpCommitError(` CHAIN_ZERO failed (No such file or directory): chain ${missing.name}`), { stdout: out });
  for (const c of chains) if (c.builtin) c.live = true;
  return out;
}

/**
 * -Z CHAIN N: a missing rule in a chain nft has is no error. A chain it lacks fails with
 * whatever errno was left behind: ENOENT ("Bad rule ..." as the function name is that of
 * rule deletion) unless a base chain was fetched, which leaves 0 ("Incompatible ...").
 * After -L the chain is in the cache (faked): nothing happens.
 */
export function zeroRule(table: ArpTable, chainName: string, at: number, withList: boolean): void {
  const chain = findChain(table, chainName);
  if ((!chain || (chain.builtin && !chain.live)) && !withList) {
    throw new ArpFailure(table.chains.some((c) => c.builtin && c.live) ? "Incompatible with this kernel" : BAD_RULE);
  }
  const rule = chain?.rules[at - 1];
  if (rule) rule.pcnt = rule.bcnt = 0n;
}

export function newChain(table: ArpTable, name: string): void {
  if (BUILTIN_CHAINS.includes(name) || findChain(table, name)) throw new ArpFailure("Chain already exists");
  table.chains.push({ name, builtin: false, rules: [], pcnt: 0n, bcnt: 0n });
}

export function deleteChains(table: ArpTable, chainName: string | undefined, verbose: boolean): string {
  const victims = chainName !== undefined ? [findChain(table, chainName)] : liveChains(table);
  let out = "";
  for (const c of victims) {
    // (a built-in chain nft has not made is not found)
    if (!c || (c.builtin && !c.live)) throw new ArpFailure(NO_CHAIN);
    if (c.builtin) {
      // a built-in chain goes only when empty with policy ACCEPT (else it is skipped); a policy
      // set earlier in the same batch is not in nft's cache yet
      if (c.rules.length === 0 && (c.policy === "ACCEPT" || c.policyInBatch)) {
        c.live = false;
        c.policy = "ACCEPT";
        c.pcnt = c.bcnt = 0n;
      } else if (chainName !== undefined) throw new ArpFailure("Directory not empty");
      continue;
    }
    if (verbose) out += `Deleting chain \`${c.name}'\n`;
  }
  for (const c of victims) {
    if (!c!.builtin && (c!.rules.length || referenced(table.chains, c!.name))) {
      throw new ArpCommitError(` CHAIN_DEL failed (Device or resource busy): chain ${c!.name}`);
    }
  }
  table.chains = table.chains.filter((c) => c.builtin || !victims.includes(c));
  return out;
}

export function renameChain(table: ArpTable, oldName: string, newName: string): void {
  if (BUILTIN_CHAINS.includes(newName) || findChain(table, newName)) throw new ArpFailure("File exists");
  const chain = findChain(table, oldName);
  if (!chain || chain.builtin) throw new ArpFailure(NO_CHAIN);
  for (const c of table.chains) for (const r of c.rules) if (r.target === oldName) r.target = newName;
  chain.name = newName;
}

export function setPolicy(table: ArpTable, chainName: string, policy: string): void {
  if (policy !== "ACCEPT" && policy !== "DROP") throw new ArpFailure("Bad policy name", true);
  const chain = findChain(table, chainName);
  if (!chain?.builtin) throw new ArpFailure("Bad built-in chain name");
  chain.policy = policy;
  chain.live = true;
  chain.policyInBatch = true;
}
