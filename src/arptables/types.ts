// arptables-nft's rule set as the emulator keeps it: one filter table per network namespace,
// under the Namespace's extensible key "arptables" (plain data, structuredClone-able). Rules
// are kept as nft reads them back from the kernel (nft_arp_parse_payload), since that is what
// every listing, save and comparison shows. ARP packets do not go through them.
import { listedChains as chainsInListingOrder } from "../iptables/small-tables.js";
import type { Namespace } from "../net/types.js";
import { newToolTableHandle } from "../iptables/nft-table-handles.js";
import type { ArpTargetData } from "./targets.js";

/** The invflags bits xtables' parser sets for arptables (IPT_INV_* of ip_tables.h and xshared.h). */
export const INV = {
  VIA_IN: 0x0001,
  VIA_OUT: 0x0002,
  SRCIP: 0x0008,
  DSTIP: 0x0010,
  /** -p and --proto-type share it. */
  PROTO: 0x0040,
  SRCDEVADDR: 0x0080,
  TGTDEVADDR: 0x0100,
  ARPHLN: 0x0200,
  ARPOP: 0x0400,
  ARPHRD: 0x0800,
} as const;

export interface ArpMac {
  mac: number[];
  mask: number[];
}

export interface ArpRule {
  /** -i/-o names as given ("eth+" a wildcard); "" when absent. */
  iniface: string;
  outiface: string;
  invflags: number;
  /** -s/-d: address and mask (mask 0: no match). */
  src: { addr: number; mask: number };
  tgt: { addr: number; mask: number };
  srcMac?: ArpMac;
  tgtMac?: ArpMac;
  /** --opcode (mask 0: no match). */
  op: number;
  opMask: number;
  /** --h-type: 1 (Ethernet) with a full mask unless given otherwise. */
  hrd: number;
  hrdMask: number;
  /** --proto-type (mask 0: no match). */
  pro: number;
  proMask: number;
  /** MAC matches with a whole-byte mask: the kernel has them, arptables cannot read them back, nft lists them. */
  unreadMacs?: { src?: ArpMac & { invert: boolean }; tgt?: ArpMac & { invert: boolean } };
  /** ACCEPT, DROP, RETURN, a user chain, a target extension, or "" (no -j). */
  target: string;
  targetData?: ArpTargetData;
  /** Its nft handle, given at the commit that made it (nft -a). */
  handle?: number;
  pcnt: bigint;
  bcnt: bigint;
}

export interface ArpChain {
  name: string;
  builtin: boolean;
  /** Built-in chains: ACCEPT or DROP. */
  policy?: "ACCEPT" | "DROP";
  rules: ArpRule[];
  /** Built-in chains: nft has made it (a rule, a policy or a flush of the table came). */
  live?: boolean;
  /** The policy was set by the batch being built: nft's cache does not see it yet (-X in restore). */
  policyInBatch?: boolean;
  /** When nft made the chain, within the table (nft lists chains in that order). */
  made?: number;
  /** Its nft handle (the table's one counter for chains and rules). */
  handle?: number;
  pcnt: bigint;
  bcnt: bigint;
}

export interface ArpTable {
  /** nft creates the table on the first change; until then save shows nothing. */
  exists: boolean;
  /** INPUT and OUTPUT (the arp family's hooks), then user chains in creation order. */
  chains: ArpChain[];
  /** The table's count of chains made (ArpChain.made). */
  chainsMade?: number;
  /** The last chain or rule handle given. */
  lastHandle?: number;
  /** Its nft table handle (nft-table-handles.ts newToolTableHandle): nft lists tables by handle. */
  made?: number;
}

/** Stamps the chains a command made (user chains, built-ins gone live) in the order nft made them. */
export function noteArpChainsMade(table: ArpTable): void {
  for (const c of table.chains) {
    if (c.made === undefined && (!c.builtin || c.live)) c.made = table.chainsMade = (table.chainsMade ?? 0) + 1;
  }
}

export const BUILTIN_CHAINS = ["INPUT", "OUTPUT"];

export function freshArpTable(): ArpTable {
  return {
    exists: false,
    chains: BUILTIN_CHAINS.map((name) => ({ name, builtin: true, policy: "ACCEPT", rules: [], pcnt: 0n, bcnt: 0n })),
  };
}

/** The namespace's arptables filter table, made on first use. */
export function arpTableOf(ns: Namespace): ArpTable {
  let table = ns.arptables as ArpTable | undefined;
  if (!table) {
    table = freshArpTable();
    ns.arptables = table;
  }
  return table;
}

export function setArpTable(ns: Namespace, table: ArpTable): void {
  ns.arptables = table;
}

/** Chains as listings and saves show them: built-ins first, then user chains by name. */
export function listedChains(table: ArpTable): ArpChain[] {
  return chainsInListingOrder(table.chains);
}

export function newRule(): ArpRule {
  return {
    iniface: "",
    outiface: "",
    invflags: 0,
    src: { addr: 0, mask: 0 },
    tgt: { addr: 0, mask: 0 },
    op: 0,
    opMask: 0,
    hrd: 1,
    hrdMask: 0xffff,
    pro: 0,
    proMask: 0,
    target: "",
    pcnt: 0n,
    bcnt: 0n,
  };
}

/** Gives nft handles to the chains made and then the rules added since the last commit (one counter per table). */
export function giveArpHandles(table: ArpTable): void {
  const made = table.chains.filter((c) => c.made !== undefined).sort((a, b) => a.made! - b.made!);
  const next = () => (table.lastHandle = (table.lastHandle ?? 0) + 1);
  for (const c of made) c.handle ??= next();
  for (const c of made) for (const r of c.rules) r.handle ??= next();
}

/** After a commit the kernel has what the batch set. */
export function committed(table: ArpTable, ns: Namespace): ArpTable {
  for (const c of table.chains) delete c.policyInBatch;
  // (a table made now, by a command or a restore, takes its handle among all nft tables)
  if (table.exists && table.made === undefined) table.made = newToolTableHandle(ns, "arp", "filter");
  noteArpChainsMade(table);
  giveArpHandles(table);
  return table;
}
