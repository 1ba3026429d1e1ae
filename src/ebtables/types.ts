// ebtables-nft's rule sets as the emulator keeps them: one per network namespace, under the
// Namespace's extensible key "ebtables" (plain data, structuredClone-able). They only exist
// for the ebtables commands: bridged packets do not go through them (yet).
import { listedChains as chainsInListingOrder } from "../iptables/small-tables.js";
import type { Namespace } from "../net/types.js";
import type { EbTargetExt } from "./targets.js";
import type { EbArpMatch } from "./arp.js";
import type { EbIp6Match } from "./ip6.js";
import type { EbLimit } from "./limit.js";
import type { EbNflog } from "./matches.js";

export type EbTableName = "filter" | "nat";

/** -s/-d: a MAC address and mask (address already masked), "!" kept. */
export interface EbMac {
  invert: boolean;
  mac: number[];
  mask: number[];
}

/** -i/-o/--logical-in/--logical-out: an interface name ("eth+" is a wildcard). */
export interface EbIface {
  invert: boolean;
  name: string;
}

export interface EbInverted<T> {
  invert: boolean;
  value: T;
}

/** The ip match (--ip-src ... --ip-dport): what was given, printed in a fixed order. */
export interface EbIpMatch {
  src?: EbInverted<{ addr: number; mask: number }>;
  dst?: EbInverted<{ addr: number; mask: number }>;
  tos?: EbInverted<number>;
  proto?: EbInverted<number>;
  sport?: EbInverted<[number, number]>;
  dport?: EbInverted<[number, number]>;
  /** --ip-icmp-type: type and code ranges. */
  icmp?: EbInverted<{ type: [number, number]; code: [number, number] }>;
  /** --ip-igmp-type: a type range. */
  igmp?: EbInverted<[number, number]>;
}

/** The log watcher (--log, --log-level, --log-prefix, --log-ip/-arp/-ip6). */
export interface EbLog {
  level: number;
  prefix: string;
  ip: boolean;
  arp: boolean;
  ip6: boolean;
}

/** Matches and watchers, in the order their first option came (as they print). */
export type EbExtensionName = "ip" | "ip6" | "arp" | "nflog" | "log" | "pkttype" | "mark" | "vlan" | "limit";

export interface EbRule {
  /** -p: an Ethernet type, or LENGTH (802.3 frames). */
  proto?: EbInverted<number | "LENGTH">;
  src?: EbMac;
  dst?: EbMac;
  in?: EbIface;
  out?: EbIface;
  logicalIn?: EbIface;
  logicalOut?: EbIface;
  ip?: EbIpMatch;
  ip6?: EbIp6Match;
  arp?: EbArpMatch;
  limit?: EbLimit;
  nflog?: EbNflog;
  log?: EbLog;
  pkttype?: EbInverted<number>;
  /** --mark: value and mask; `or` for the "/mask" form. */
  mark?: EbInverted<{ value: bigint; mask: bigint; or: boolean }>;
  /** The vlan match: --vlan-id, --vlan-prio, --vlan-encap (an Ethernet type). */
  vlan?: { id?: EbInverted<number>; prio?: EbInverted<number>; encap?: EbInverted<number> };
  extensions?: EbExtensionName[];
  /** ACCEPT, DROP, RETURN, CONTINUE, a user chain or a target extension (dnat ...). */
  target: string;
  /** The target extension's options. */
  targetExt?: EbTargetExt;
  /** A target option given without its -j: the kernel refuses such a "watcher". */
  strayTarget?: boolean;
  /** Its nft handle (nft -a), given when the command that added it ends. */
  handle?: number;
  pcnt: bigint;
  bcnt: bigint;
}

export interface EbChain {
  name: string;
  builtin: boolean;
  /** Built-in chains: ACCEPT or DROP. User chains: what -P set (listings still say RETURN). */
  policy?: string;
  rules: EbRule[];
  /** Built-in chains: nft has made it (a rule or a policy came); -v -F/-Z name only such chains. */
  live?: boolean;
  /** When nft made the chain, within its table (nft lists chains in that order). */
  made?: number;
  /** nft handles: the chain's, and its policy rule's (a user chain's; ebtables-nft re-adds that rule after each change of the chain's rules). */
  handle?: number;
  policyHandle?: number;
}

export interface EbTable {
  /** nft creates the table on the first change; until then save shows nothing. */
  exists: boolean;
  /** Built-in chains in hook order, then user chains in creation order. */
  chains: EbChain[];
  /** The table's count of chains made (EbChain.made). */
  chainsMade?: number;
  /** The last chain or rule handle given (one counter per table). */
  lastHandle?: number;
  /** Its nft table handle (nft-table-handles.ts newToolTableHandle): nft lists tables by handle. */
  made?: number;
}

export type EbState = Record<EbTableName, EbTable>;

/** --vlan-prio as the kernel keeps it: ebt_vlan's check drops it when a non-zero --vlan-id is given. */
export function keptVlanPrio(v: NonNullable<EbRule["vlan"]>): EbInverted<number> | undefined {
  return v.id && v.id.value !== 0 ? undefined : v.prio;
}

export const EB_TABLES: EbTableName[] = ["filter", "nat"];

const BUILTIN_CHAINS: Record<EbTableName, string[]> = {
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  nat: ["PREROUTING", "OUTPUT", "POSTROUTING"],
};

export function freshTable(name: EbTableName): EbTable {
  return {
    exists: false,
    chains: BUILTIN_CHAINS[name].map((c) => ({ name: c, builtin: true, policy: "ACCEPT", rules: [] })),
  };
}

/** The namespace's ebtables state, made on first use. */
export function ebStateOf(ns: Namespace): EbState {
  let state = ns.ebtables as EbState | undefined;
  if (!state) {
    state = { filter: freshTable("filter"), nat: freshTable("nat") };
    ns.ebtables = state;
  }
  return state;
}

/**
 * Gives nft handles to what a command (or a restore's line) made: chains first, then rules, then
 * the policy rules of user chains that need one again. `allChains`: a table being made anew, whose
 * built-in chains all come at the commit.
 */
export function giveEbHandles(table: EbTable, allChains = false, policies = true): void {
  const next = () => (table.lastHandle = (table.lastHandle ?? 0) + 1);
  const made = allChains ? table.chains : table.chains.filter((c) => c.made !== undefined).sort((a, b) => a.made! - b.made!);
  for (const c of made) c.handle ??= next();
  for (const c of made) for (const r of c.rules) r.handle ??= next();
  if (!policies) return;
  for (const c of made) if (!c.builtin && (c.policy ?? "ACCEPT") !== "RETURN") c.policyHandle ??= next();
}

/** Notes that nft has made the chain now (a user chain, or a built-in one going live). */
export function noteChainMade(table: EbTable, chain: EbChain): void {
  if (chain.made === undefined) chain.made = table.chainsMade = (table.chainsMade ?? 0) + 1;
}

/**
 * A table ebtables-restore committed: it exists, and one it made anew (a flushing restore
 * rebuilds the table) has its built-in chains and then its user chains made in that order.
 */
export function restoredTable(table: EbTable, handle: () => number): EbTable {
  table.exists = true;
  if (table.made === undefined) {
    table.made = handle();
    // (the batch's rules stamped chains as they went: the kernel made them all at the commit)
    table.chainsMade = 0;
    for (const c of table.chains) {
      if (c.builtin) c.live = true;
      c.made = undefined;
      noteChainMade(table, c);
    }
  }
  return table;
}

/** Chains as listings and saves show them: built-ins first, then user chains by name. */
export function listedChains(table: EbTable): EbChain[] {
  return chainsInListingOrder(table.chains);
}

export function isEbTableName(name: string): name is EbTableName {
  return name === "filter" || name === "nat";
}
