// xt_connbytes reads conntrack's accounting, so a connbytes rule the kernel checks in turns
// nf_conntrack_acct on for its namespace (dmesg: "Forcing CT accounting to be enabled"); it stays
// on once the rule is gone. Checked on the real kernel: also when the rule's target is refused.
import { sysctlSetInternal } from "../net/sysctl.js";
import type { World } from "../net/types.js";
import type { Rule, Ruleset } from "../netfilter/types.js";
import { CMD } from "./options.js";

const hasConnbytes = (rule: Rule): boolean => rule.matches.some((m) => m.name === "connbytes");

export function forceAcctFor(world: World, netns: string, rules: readonly Rule[]): void {
  if (rules.some(hasConnbytes)) sysctlSetInternal(world, netns, "net.netfilter.nf_conntrack_acct", "1");
}

/**
 * After an iptables command: its rules reached the kernel when it succeeded or the kernel refused
 * them (rc 4: the matches were checked in before the target failed).
 */
export function forceAcctAfterCommand(world: World, netns: string, command: number, rules: readonly Rule[], failed?: unknown): void {
  if (!(command & (CMD.APPEND | CMD.INSERT | CMD.REPLACE))) return;
  if (failed !== undefined && (failed as { rc?: number }).rc !== 4) return;
  forceAcctFor(world, netns, rules);
}

/** After iptables-restore: any connbytes rule it left in the rule set was checked in. */
export function forceAcctAfterRestore(world: World, netns: string, ruleset: Ruleset, input: string): void {
  if (!input.includes("connbytes")) return;
  for (const t of Object.values(ruleset.tables)) for (const name in t.chains) forceAcctFor(world, netns, t.chains[name]!.rules);
}
