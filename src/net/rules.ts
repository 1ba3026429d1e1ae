// Policy routing rules (fib_rules): which tables a lookup consults, in priority order.
import { inSubnet, prefixToMask } from "../netfilter/ip.js";
import type { Ipv4 } from "../netfilter/types.js";
import type { FibRule, Namespace } from "./types.js";
import { TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "./types.js";

export const DEFAULT_RULES: FibRule[] = [
  { priority: 0, invert: false, table: TABLE_LOCAL, action: "lookup" },
  { priority: 32766, invert: false, table: TABLE_MAIN, action: "lookup" },
  { priority: 32767, invert: false, table: TABLE_DEFAULT, action: "lookup" },
];

export function rulesOf(ns: Namespace): FibRule[] {
  return ns.rules ?? DEFAULT_RULES;
}

/**
 * What a lookup knows about the packet when matching rules (iif "lo" for local output). The
 * flow's protocol and ports (fib4_rules_early_flow_dissect) and socket uid (0: root, and every
 * received packet) for ipproto/sport/dport/uidrange rules; tos for tos rules.
 */
export interface RuleKey {
  dst: Ipv4;
  src?: Ipv4;
  iif?: string;
  oif?: string;
  mark?: number;
  proto?: number;
  sport?: number;
  dport?: number;
  uid?: number;
  tos?: number;
}

/** The selectors and actions `ip rule` keeps beside the FibRule fields (see ip/rule.ts). */
export interface FibRuleExtras {
  tos?: number;
  uidrange?: [number, number];
  ipproto?: number;
  sport?: [number, number];
  dport?: [number, number];
  suppressPrefixlength?: number;
  /** `goto N`: FibRule action stays "lookup" with table 0, so lookups pass on to later rules. */
  gotoTarget?: number;
  nop?: boolean;
  /** `realms [FROM/]TO` (FRA_FLOW): shown, and given to the routes its lookups find (-m realm). */
  tclassid?: number;
}

export function ruleExtras(rule: FibRule): FibRuleExtras | undefined {
  return (rule as FibRule & { extras?: FibRuleExtras }).extras;
}

const inRange = (n: number, r: [number, number]) => n >= r[0] && n <= r[1];

function extrasMatch(x: FibRuleExtras, key: RuleKey): boolean {
  // IPTOS_RT_MASK: the rule's tos against the flow's routing bits
  if (x.tos && ((key.tos ?? 0) & 0x1c) !== x.tos) return false;
  if (x.uidrange && !inRange(key.uid ?? 0, x.uidrange)) return false;
  if (x.ipproto !== undefined && x.ipproto !== (key.proto ?? 0)) return false;
  if (x.sport && !inRange(key.sport ?? 0, x.sport)) return false;
  if (x.dport && !inRange(key.dport ?? 0, x.dport)) return false;
  return true;
}

export function ruleMatches(rule: FibRule, key: RuleKey): boolean {
  const within = (addr: Ipv4 | undefined, p: { addr: Ipv4; prefix: number }) => inSubnet(addr ?? 0, p.addr, prefixToMask(p.prefix));
  const x = ruleExtras(rule);
  const hit = (!rule.src || within(key.src, rule.src)) &&
    (!rule.dst || within(key.dst, rule.dst)) &&
    (rule.fwmark === undefined || (((key.mark ?? 0) & (rule.fwmask ?? 0xffffffff)) >>> 0) === rule.fwmark) &&
    (rule.iif === undefined || rule.iif === (key.iif ?? "lo")) &&
    (rule.oif === undefined || rule.oif === key.oif) &&
    (!x || extrasMatch(x, key));
  return hit !== rule.invert;
}

/** fib_default_rule_pref: one below the second rule's priority (0 if there is none). */
export function defaultRulePriority(rules: FibRule[]): number {
  const second = rules[1];
  return second && second.priority ? second.priority - 1 : 0;
}

export function insertRule(ns: Namespace, rule: FibRule): void {
  const rules = [...rulesOf(ns)];
  const at = rules.findIndex((r) => r.priority > rule.priority);
  if (at < 0) rules.push(rule);
  else rules.splice(at, 0, rule);
  ns.rules = rules;
}
