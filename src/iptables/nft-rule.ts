// `nft add|insert rule` carried out (the words are read in nft-rule-parse.ts): in iptables' tables
// the rule becomes the one iptables would have made (so iptables -S, -D and packets see it) and
// nft lists it as it was written; statements iptables cannot read back make the chain
// incompatible with iptables. In nft's own tables the rule is kept as nft's. The kernel's
// refusals (NAT outside a nat chain on its hooks, jumps too deep, a missing handle) come here.
import type { Namespace } from "../net/types.js";
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { isTableName } from "../netfilter/ruleset.js";
import { ip6RulesetIfMade } from "./ip6tables.js";
import { invalidateHooks } from "./kernel-check.js";
import { KERNEL_ENOENT, cacheOf, chainOf, missing, type Edit, type Step } from "./nft-edit.js";
import { chainHint, chainLookupFuzzy } from "./nft-misspell.js";
import { nftJumpDepthExceeded } from "./jump-check.js";
import { handlesOf, listingHandles, number, sync } from "./nft-handles.js";
import { findNative, listedRules, nativeJumpDepthExceeded, type NativeTable } from "./nft-native.js";
import { errorAt, errorText, wholeCommandError } from "./nft-syntax.js";
import { parseCommand } from "./parse.js";
import { addressMatch } from "./translate.js";
import { natHookAllowed, type NatKind } from "./nft-nat-statements.js";
import { foreignChain, foreignSpec, iptablesTableSets, listedForeignChains, markForeignRule } from "./nft-foreign.js";
import { anonymousSets, setRefs, withSetRefs } from "./nft-rule-sets.js";
import type { RuleCommand } from "./nft-rule-parse.js";
import { NOT_EMULATED } from "./nft-rule-reader.js";

/** The rule command as the ENOENT hints see it (a rule command of its table and chain). */
function asEdit(rule: RuleCommand): Edit {
  const { cmd, family, table, tableAt, chain, chainAt } = rule;
  return { cmd, verb: "delete", object: "rule", family, familyGiven: true, table, tableAt, chain, chainAt, handle: 0, handleAt: -1 };
}

export function ruleStep(rule: RuleCommand): Step {
  return (ns) => runRule(rule, ns);
}

function runRule(rule: RuleCommand, ns: Namespace): ReturnType<Step> {
  const { cmd, family } = rule;
  const ruleset = family === "ip" ? ns.netfilter.nft : ip6RulesetIfMade(ns, "nft");
  const t: Table | undefined = isTableName(rule.table) && ruleset?.tables[rule.table]?.exists ? ruleset.tables[rule.table] : undefined;
  const native = t ? undefined : findNative(ns, family, rule.table);
  if (native) return nativeRule(rule, native, ns);
  // (the kernel finds the table or chain missing; nft then looks for the chain in any table)
  if (!t) return { error: setsWithoutTable(rule) ?? missing(asEdit(rule), ns, rule.tableAt) };
  const chain = chainOf(t, rule.chain) ?? foreignChain(t, rule.chain);
  if (!chain) return { error: missing(asEdit(rule), ns, rule.chainAt) };
  const h = sync(t, handlesOf(t));
  const specOf = (c: Chain) => foreignSpec(c) ?? { type: t.name === "nat" ? "nat" : "filter", hook: c.name.toLowerCase() };
  // (in a regular chain, the kernel validates the statement for every base chain that reaches it)
  const natSpecs = chain.builtin ? [specOf(chain)] : basesReaching(t, chain.name).map(specOf);
  if (rule.nat && (natSpecs.length ? natSpecs.some((spec) => !natAllowedIn(rule.nat!, spec)) : !natAllowedIn(rule.nat, undefined))) {
    h.next += 2;
    return { error: natRefused(rule) };
  }
  if (rule.jump && !(chainOf(t, rule.jump.chain)?.builtin === false)) {
    // (the kernel refused the rule after giving it a handle)
    h.next++;
    const target = chainOf(t, rule.jump.chain) ?? foreignChain(t, rule.jump.chain);
    return { error: jumpRefused(rule, !!target?.builtin, ns) };
  }
  const handles = listingHandles(t);
  const at = placeAt(rule, chain.rules, (r) => handles.rule(r));
  if (at === undefined) return { error: placeError(rule) };
  if (rule.kernelError) {
    h.next += 1 + anonymousSets(rule);
    const { message, offset, width } = rule.kernelError;
    return { error: errorAt(message, rule.cmd, offset, width) };
  }
  const refs = setRefs(rule, iptablesTableSets(t));
  if (typeof refs === "string") return { error: refs };
  const made = iptablesRule(rule);
  if (!made) return { error: NOT_EMULATED("this rule").stderr };
  withSetRefs(made, rule, refs);
  // (iptables-nft cannot read native statements back: it then calls the chain incompatible)
  if (rule.nftOnly) markForeignRule(t, made);
  const before = chain.rules;
  chain.rules = [...chain.rules.slice(0, at), made, ...chain.rules.slice(at)];
  // (an anonymous set is made first, with a handle of its own)
  h.next += anonymousSets(rule);
  number(h, made);
  invalidateHooks(t);
  if (rule.jump && nftJumpDepthExceeded(t)) {
    // (validation fails at commit; nfnetlink replays the batch once to validate, so the rule and
    // its anonymous sets took two handles each)
    chain.rules = before;
    invalidateHooks(t);
    h.next += 1 + anonymousSets(rule);
    return { error: wholeCommandError("Could not process rule: Too many links", rule.cmd) };
  }
  return {};
}

/**
 * A jump to a chain the rule cannot go to: a base chain (the kernel: not supported), or one the
 * table lacks (the kernel's ENOENT). nft's hint for it (observed) looks up the rule's own chain
 * name by misspelling distance alone: a name of two or more characters finds itself (no hint),
 * a one-character name never does, so the nearest longer name is offered, under the target.
 */
function jumpRefused(rule: RuleCommand, toBaseChain: boolean, ns: Namespace): string {
  const { cmd, jump } = rule;
  if (toBaseChain) return errorText("Could not process rule: Operation not supported", cmd, jump!.at);
  const near = chainLookupFuzzy(cacheOf(ns), rule.chain, false);
  if (near.chain === rule.chain) return errorText(KERNEL_ENOENT, cmd, jump!.at);
  if (near.table && near.chain !== undefined) return errorText(chainHint(near.table, near.chain), cmd, jump!.at);
  return errorText(KERNEL_ENOENT, cmd, jump!.at);
}

/**
 * The table is missing and the rule makes anonymous sets: the kernel refuses each set (marked at
 * the table, then its elements at the set) before the rule (at the table, without nft's hint).
 */
function setsWithoutTable(rule: RuleCommand): string | undefined {
  const { cmd } = rule;
  const w = cmd.words;
  const spans: [number, number][] = [];
  for (let i = rule.chainAt + 1; i < w.length; i++) {
    if (w[i] !== "{") continue;
    let depth = 0;
    let j = i;
    for (; j < w.length; j++) {
      if (w[j] === "{") depth++;
      else if (w[j] === "}" && --depth === 0) break;
    }
    if (j >= w.length) break;
    spans.push([i, j]);
    i = j;
  }
  if (spans.length === 0) return undefined;
  const atTable = errorText(KERNEL_ENOENT, cmd, rule.tableAt);
  return spans.map(([a, b]) => atTable + errorAt(KERNEL_ENOENT, cmd, cmd.starts[a]!, cmd.starts[b]! + 1 - cmd.starts[a]!)).join("") + atTable;
}

/** A rule in one of nft's own tables: its chain must be there, a jump's target too. */
function nativeRule(rule: RuleCommand, t: NativeTable, ns: Namespace): ReturnType<Step> {
  const chain = t.chains.find((c) => c.name === rule.chain);
  if (!chain) return { error: missing(asEdit(rule), ns, rule.chainAt) };
  if (rule.jump && !t.chains.some((c) => !c.base && c.name === rule.jump!.chain)) {
    t.next++;
    return { error: jumpRefused(rule, t.chains.some((c) => c.base && c.name === rule.jump!.chain), ns) };
  }
  const at = placeAt(rule, chain.rules, (r) => r.handle);
  if (at === undefined) return { error: placeError(rule) };
  if (rule.nat && !natAllowedIn(rule.nat, chain.base)) {
    t.next += 2;
    return { error: natRefused(rule) };
  }
  if (rule.kernelError) {
    // (the kernel refused the rule after giving it, and its anonymous sets, a handle)
    t.next += 1 + anonymousSets(rule);
    const { message, offset, width } = rule.kernelError;
    return { error: errorAt(message, rule.cmd, offset, width) };
  }
  const refs = setRefs(rule, t.sets);
  if (typeof refs === "string") return { error: refs };
  const made = iptablesRule(rule);
  if (!made) return { error: NOT_EMULATED("this rule").stderr };
  withSetRefs(made, rule, refs);
  // (an anonymous set is made first, with a handle of its own)
  t.next += anonymousSets(rule);
  const entry = { rule: made, handle: ++t.next };
  const before = chain.rules;
  chain.rules = [...chain.rules.slice(0, at), entry, ...chain.rules.slice(at)];
  if (rule.jump && nativeJumpDepthExceeded(t)) {
    // (validation fails at commit; nfnetlink replays the batch once to validate, so the rule and
    // its anonymous sets took two handles each)
    chain.rules = before;
    t.next += 1 + anonymousSets(rule);
    return { error: wholeCommandError("Could not process rule: Too many links", rule.cmd) };
  }
  return {};
}

/** The base chains of iptables' table from which chain `name` is reached through jumps and gotos. */
function basesReaching(t: Table, name: string): Chain[] {
  const bases = [...Object.values(t.chains).filter((c) => c.builtin && c.exists), ...listedForeignChains(t)];
  return bases.filter((base) => {
    const seen = new Set<string>([base.name]);
    const stack = [base];
    while (stack.length) {
      for (const r of stack.pop()!.rules) {
        const a = r.action;
        const next = a.kind === "jump" || a.kind === "goto" ? a.chain : undefined;
        if (next === name) return true;
        if (next === undefined || seen.has(next) || !t.chains[next]) continue;
        seen.add(next);
        stack.push(t.chains[next]!);
      }
    }
    return false;
  });
}

/** Whether a NAT statement may go in a chain (a regular chain: yes, as no base chain reaches it yet). */
function natAllowedIn(kind: NatKind, base: { type: string; hook: string } | undefined): boolean {
  return !base || natHookAllowed(kind, base.type, base.hook);
}

/** The kernel's refusal of a NAT statement in the wrong chain, found validating at commit (nfnetlink replays the batch: two handles used). */
function natRefused(rule: RuleCommand): string {
  return wholeCommandError("Could not process rule: Operation not supported", rule.cmd);
}

/** Where the new rule goes among `rules`; undefined when its position names no rule of the chain. */
function placeAt<R>(rule: RuleCommand, rules: R[], handleOf: (r: R) => number | undefined): number | undefined {
  const place = rule.place;
  if (!place) return rule.insert ? 0 : rules.length;
  const anchor = place.by === "index" ? (place.value < rules.length ? place.value : -1) : rules.findIndex((r) => handleOf(r) === place.value);
  if (anchor < 0) return undefined;
  return rule.insert ? anchor : anchor + 1;
}

/** The kernel (or, for an index, nft's cache) finds no such rule: marked under the keyword and its number. */
function placeError(rule: RuleCommand): string {
  const { cmd } = rule;
  const at = rule.place!.at;
  // (the parser keeps the handle's number alone as the rule's handle location)
  if (cmd.words[at] === "handle") return errorText(KERNEL_ENOENT, cmd, at + 1);
  const start = cmd.starts[at]!;
  return errorAt(KERNEL_ENOENT, cmd, start, cmd.starts[at + 1]! + cmd.words[at + 1]!.length - start);
}

/** The rule as iptables reads the same options, with what nft lists for it. */
function iptablesRule(rule: RuleCommand): Rule | undefined {
  const { family } = rule;
  let made: Rule | undefined;
  try {
    // (parsed for a user chain: nft takes oifname in an input chain, iptables' -o there it refuses)
    const v6 = family === "ip6" || rule.l3 === "ip6";
    const program = v6 ? "ip6tables" : "iptables";
    made = parseCommand([program, "-A", "NFT", ...rule.argv], { versionName: program, backendTag: "1.8.9 (nf_tables)", restore: false, backend: "nft", family: v6 ? 6 : 4, names: rule.names }).rules[0];
  } catch {
    made = undefined;
  }
  if (made) listedRules.set(made, family === "ip6" || rule.l3 === "ip6" ? canonicalIp6(rule.listed, made) : rule.listed);
  if (made && rule.counters) made.counters = { ...rule.counters };
  return made;
}

/** nft lists an IPv6 address as it stores it (lower case, zeros compressed, the host bits cleared): from the parsed rule. */
function canonicalIp6(listed: (string | null)[], made: Rule): (string | null)[] {
  return listed.map((s) => {
    const m = s === null ? null : /^ip6 (saddr|daddr) (!= )?/.exec(s);
    const a = m ? (m[1] === "saddr" ? made.src : made.dst) : undefined;
    return m && a ? addressMatch(`ip6 ${m[1]}`, a, m[2] !== undefined, 6) : s;
  });
}
