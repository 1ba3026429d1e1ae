// What the kernel refuses when a rule is added (xt_check_match/xt_check_target): extensions
// used outside their tables or hooks, or whose checkentry fails. A rule in a user chain is
// checked against every built-in chain that reaches it through jumps and gotos, so adding a
// jump can fail because of what the target chain contains.
import type { MatchExtension, TargetExtension } from "../netfilter/extension.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { Chain, Hook, Rule, Table } from "../netfilter/types.js";

type AnyExtension = MatchExtension | TargetExtension;

function extensionsOf(rule: Rule): [AnyExtension, unknown][] {
  const out: [AnyExtension, unknown][] = [];
  for (const m of rule.matches) {
    const ext = findMatch(m.name);
    if (ext) out.push([ext, m.data]);
  }
  if (rule.action.kind === "target") {
    const ext = findTarget(rule.action.target.name);
    if (ext) out.push([ext, rule.action.target.data]);
  }
  return out;
}

function isRestricted(ext: AnyExtension): boolean {
  return !!(ext.tables || ext.hooks || ext.checkEntry);
}

/** Whether the rule is acceptable in `table` when `hooks` reach its chain. */
function ruleAllowed(table: Table, chain: string, rule: Rule, hooks: Iterable<Hook>): boolean {
  for (const [ext, data] of extensionsOf(rule)) {
    if (!isRestricted(ext)) continue;
    if (ext.tables && !ext.tables.includes(table.name)) return false;
    for (const hook of hooks) {
      if (ext.hooks && !ext.hooks.includes(hook)) return false;
      if (ext.checkEntry && !ext.checkEntry(data, { rule, table: table.name, chain: hook })) return false;
    }
    if (ext.checkEntry && isUserChain(table, chain) && !ext.checkEntry(data, { rule, table: table.name, chain })) {
      return false;
    }
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

/** Built-in hooks from which each chain is reachable (one forward walk per built-in chain). */
export function hooksByChain(table: Table): Map<string, Set<Hook>> {
  const result = new Map<string, Set<Hook>>();
  for (const hook of BUILTIN_CHAINS[table.name]) {
    const stack = [hook as string];
    while (stack.length) {
      const name = stack.pop()!;
      let set = result.get(name);
      if (!set) result.set(name, (set = new Set()));
      if (set.has(hook)) continue;
      set.add(hook);
      for (const r of table.chains[name]?.rules ?? []) {
        const t = jumpTarget(r);
        if (t && isUserChain(table, t)) stack.push(t);
      }
    }
  }
  return result;
}

/** Chains reachable from `start` (itself included). */
function reachableFrom(table: Table, start: string): Chain[] {
  const seen = new Set<string>([start]);
  const out: Chain[] = [];
  const stack = [start];
  while (stack.length) {
    const chain = table.chains[stack.pop()!];
    if (!chain) continue;
    out.push(chain);
    for (const r of chain.rules) {
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
export function kernelAccepts(table: Table, chainName: string, rules: Rule[]): boolean {
  const chain = table.chains[chainName];
  let hooks: Set<Hook> | undefined;
  const hooksHere = (): Set<Hook> => {
    if (hooks) return hooks;
    if (chain?.builtin) hooks = new Set([chainName as Hook]);
    else hooks = hooksByChain(table).get(chainName) ?? new Set();
    return hooks;
  };
  for (const rule of rules) {
    const exts = extensionsOf(rule);
    if (exts.some(([e]) => isRestricted(e)) && !ruleAllowed(table, chainName, rule, hooksHere())) return false;
    const target = jumpTarget(rule);
    if (!target || !isUserChain(table, target)) continue;
    const reachable = reachableFrom(table, target);
    const restricted = reachable.some((c) => c.rules.some((r) => extensionsOf(r).some(([e]) => isRestricted(e))));
    if (!restricted) continue;
    const h = hooksHere();
    if (h.size === 0) continue;
    for (const c of reachable) for (const r of c.rules) if (!ruleAllowed(table, c.name, r, h)) return false;
  }
  return true;
}

/**
 * Whole-table check (iptables-restore at COMMIT): the first rule the kernel refuses, with
 * the chain it sits in, or undefined.
 */
export function firstRefusedRule(table: Table): { chain: string; rule: Rule } | undefined {
  let hooks: Map<string, Set<Hook>> | undefined;
  for (const chain of Object.values(table.chains)) {
    for (const rule of chain.rules) {
      const exts = extensionsOf(rule);
      if (!exts.some(([e]) => isRestricted(e))) continue;
      hooks ??= hooksByChain(table);
      const h = chain.builtin ? new Set([chain.name as Hook]) : (hooks.get(chain.name) ?? new Set<Hook>());
      if (!ruleAllowed(table, chain.name, rule, h)) return { chain: chain.name, rule };
    }
  }
  return undefined;
}
