// `nft add|insert rule`'s words read into a RuleCommand: the statements iptables-nft can read back
// as its own rule (ip/ip6 saddr and daddr, ip protocol / meta l4proto, iifname/oifname, tcp/udp
// ports, counter, a verdict), those only nft's own tables take (ct state, icmp type, anonymous
// port sets, reject, and the guides' statements of nft-statements-guide.ts and nft-rule-lookups.ts),
// and nft's errors for the rest. This reads the rule's place; nft-rule-reader.ts its statements;
// nft-rule.ts adds what is read to the ruleset.
import type { CommandResult } from "../shell/types.js";
import type { Counters } from "../netfilter/types.js";
import { FAMILIES, isScannedNumber, missingName, nameWord, parseError, type NftCommand } from "./nft-syntax.js";
import type { NameTables } from "./address.js";
import { ruleWord } from "./nft-statements.js";
import type { NatKind } from "./nft-nat-statements.js";
import type { VmapRef } from "./nft-vmap.js";
import type { SetLookup } from "./nft-rule-sets.js";
import { NOT_EMULATED, StatementReader } from "./nft-rule-reader.js";

export interface RuleCommand {
  cmd: NftCommand;
  insert: boolean;
  family: string;
  table: string;
  tableAt: number;
  chain: string;
  chainAt: number;
  /** The same rule as iptables options. */
  argv: string[];
  /** What nft lists: the statements' texts, COUNTER where the counter stands. */
  listed: (string | null)[];
  jump?: { chain: string; at: number };
  /** Statements (ct state, iif/oif) iptables-nft cannot read back: only nft's own tables take them. */
  nftOnly?: string;
  /** Host and service names, for reading the rule as iptables would. */
  names: NameTables;
  /** `position H` / `handle H` (the rule with that handle) or `index N` (the Nth, from 0): add goes after it, insert before. */
  place?: { by: "handle" | "index"; value: number; at: number };
  /** `counter packets N bytes M` (a saved ruleset read back). */
  counters?: Counters;
  /** Lookups in named sets (`ip saddr @blocklist`), resolved in the table when the rule is added. */
  lookups?: SetLookup[];
  /** A verdict map (`tcp dport vmap { 22 : accept }`): the rule's verdict. */
  vmap?: VmapRef;
  /** A NAT statement: the kernel takes it only in a nat chain on that statement's hooks. */
  nat?: NatKind;
  /** The kernel refuses the rule (after giving it a handle): its message and the statement nft marks. */
  kernelError?: { message: string; offset: number; width: number };
  /** An inet rule that keeps to IPv6 (ip6 saddr/daddr, meta nfproto ipv6): read as ip6tables would. */
  l3?: "ip6";
}

/** `add|insert rule [FAMILY] TABLE CHAIN STATEMENT…`. */
export function parseRule(cmd: NftCommand, names: (family: 4 | 6) => NameTables): RuleCommand | CommandResult {
  const w = cmd.words;
  let i = 2;
  const family = w[i] !== undefined && FAMILIES.has(w[i]!) ? w[i++]! : "ip";
  const bad = nameWord(cmd, i) ?? nameWord(cmd, i + 1);
  if (bad) return bad;
  const rule: RuleCommand = { cmd, insert: w[0] === "insert", family, table: w[i]!, tableAt: i, chain: w[i + 1]!, chainAt: i + 1, argv: [], listed: [], names: names(family === "ip6" ? 6 : 4) };
  i += 2;
  if (w[i] === "position" || w[i] === "handle" || w[i] === "index") {
    const value = w[i + 1];
    if (value === undefined) return missingName(cmd, i + 1, "number")!;
    if (!isScannedNumber(value)) return parseError(`syntax error, unexpected ${ruleWord(value)}, expecting number`, cmd, i + 1);
    // (nft sends no position for handle 0: the rule goes to the end or the start)
    if (w[i] === "index" || Number(value) !== 0) rule.place = { by: w[i] === "index" ? "index" : "handle", value: Number(value), at: i };
    i += 2;
  }
  if (i >= w.length) return parseError("syntax error, unexpected newline", cmd, i);
  if (family !== "ip" && family !== "ip6" && family !== "inet") return NOT_EMULATED(`a rule in the ${family} family`);
  return new StatementReader(cmd, rule, i).read(names);
}
