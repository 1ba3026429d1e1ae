// The lookups an nft rule makes of its own anonymous sets or values where iptables has no match
// for them: `meta l4proto { tcp, udp }` (the packet's protocol) and `th dport|sport …` (any
// transport protocol's port). Each adds an nft-lookup match to the rule and says what nft lists.
import type { CommandResult } from "../shell/types.js";
import type { NftCommand } from "./nft-syntax.js";
import type { RuleCommand } from "./nft-rule-parse.js";
import { isResult } from "./nft-statements.js";
import { l4protoSet, transportPorts } from "./nft-statements-guide.js";

/** What a reader made of the words at `i`: the word after them, nft's error, or a form not emulated (its name). */
export type LookupRead = { next: number } | CommandResult | { notEmulated: string } | undefined;

/** `meta l4proto { … }` or `th dport|sport V|{ … }` at word `i`, added to `rule`; undefined for any other words. */
export function anonymousLookup(cmd: NftCommand, i: number, rule: RuleCommand): LookupRead {
  const w = cmd.words;
  if (w[i] === "meta" && w[i + 1] === "l4proto" && w[i + 2] === "{") {
    const set = l4protoSet(cmd, i + 2);
    if (set === undefined) return { notEmulated: "this set of protocols" };
    if (isResult(set)) return set;
    (rule.lookups ??= []).push({ field: "l4proto", name: "", at: i + 2, invert: false, key: "inet_proto", what: { offset: 0, width: 0 }, box: set.box });
    rule.listed.push(`meta l4proto ${set.shown}`);
    rule.nftOnly ??= "a set";
    return { next: set.next };
  }
  if (w[i] === "th" && (w[i + 1] === "dport" || w[i + 1] === "sport")) {
    const field = w[i + 1] as "dport" | "sport";
    const ports = transportPorts(cmd, i + 2);
    if (ports === undefined) return { notEmulated: "this 'th' match" };
    if (isResult(ports)) return ports;
    // (after one protocol, nft reads th as that protocol's header and lists it so)
    const single = /^meta l4proto (tcp|udp)$/.exec(String(rule.listed.at(-1)));
    if (single) rule.listed.pop();
    (rule.lookups ??= []).push({ field, name: "", at: i + 2, invert: false, key: "inet_service", what: { offset: 0, width: 0 }, box: ports.box });
    rule.listed.push(`${single ? single[1] : "th"} ${field} ${ports.shown}`);
    rule.nftOnly ??= "th";
    return { next: ports.next };
  }
  return undefined;
}
