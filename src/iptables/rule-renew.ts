// A rule the kernel makes anew starts its stateful matches afresh: iptables-nft re-sends each
// rule -Z zeroes, and each change by legacy replaces the whole table (x_tables checks every rule
// in again). Checked on the real kernel: nth counts, limit buckets, quotas and connlimit counts restart.
import { findMatch } from "../netfilter/registry.js";
import type { Rule, Table } from "../netfilter/types.js";
import { CMD } from "./options.js";

export function renewRule(rule: Rule): void {
  for (const m of rule.matches) findMatch(m.name)?.renew?.(m.data);
}

export function renewTable(t: Table): void {
  for (const name in t.chains) for (const rule of t.chains[name]!.rules) renewRule(rule);
}

/** Commands that leave libiptc's copy unchanged, so legacy commits nothing. */
const READ_ONLY = CMD.LIST | CMD.LIST_RULES | CMD.CHECK;

/** After a legacy command succeeded: libiptc commits (replacing the table) when it changed anything. */
export function renewAfterLegacyCommand(command: number, t: Table): void {
  if (!(command & ~READ_ONLY)) return;
  // -X without a name deletes nothing (and commits nothing) when there is no user chain
  if (command === CMD.DELETE_CHAIN && !Object.values(t.chains).some((c) => !c.builtin)) return;
  renewTable(t);
}
