// The data model of the emulated packet filter. Everything here is plain data (no classes,
// no functions), so a whole world can be copied with structuredClone for grading.

/** IPv4 address as an unsigned 32-bit integer (use ip.ts to parse and print). */
export type Ipv4 = number;

export type TableName = "raw" | "mangle" | "nat" | "filter" | "security";
export type Hook = "PREROUTING" | "INPUT" | "FORWARD" | "OUTPUT" | "POSTROUTING";

export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_PSH = 0x08;
export const TCP_ACK = 0x10;
export const TCP_URG = 0x20;
export const TCP_ECE = 0x40;
export const TCP_CWR = 0x80;

/** One IPv4 packet as the filter sees it. Ports are 0 when the protocol has none. */
export interface Packet {
  src: Ipv4;
  dst: Ipv4;
  proto: number;
  sport: number;
  dport: number;
  /** TCP flag bits (TCP_* above). */
  tcpFlags: number;
  icmpType: number;
  icmpCode: number;
  /** ICMP echo identifier / sequence (echo request and reply only). */
  icmpId: number;
  icmpSeq: number;
  /** Total IP length in bytes (this is what byte counters add). */
  length: number;
  ttl: number;
  tos: number;
  /** Fragment offset in 8-byte units; non-zero means "not the first fragment" (-f). */
  fragOffset: number;
  moreFragments: boolean;
  /** IP DF bit, only where path MTU discovery matters (ping): a router cannot forward it past a smaller MTU. */
  dontFragment?: boolean;
  /** skb->mark. */
  mark: number;
  /** Source MAC of the frame as received (lower-case, colon separated), when it came from a link. */
  srcMac?: string;
  /** Destination MAC of that frame (the receiving interface's own, for unicast); LOG prints both. */
  dstMac?: string;
  /** Payload bytes carried (for tools that show it). */
  payload?: string;
  /** For ICMP errors: the header of the packet that caused it (used by conntrack RELATED). */
  inner?: Packet;
  /** TCP option kinds in the header (2 = MSS), for -m tcp --tcp-option; absent = none. */
  tcpOptions?: number[];
  /** Value of the TCP MSS option when present (-m tcpmss). */
  tcpMss?: number;
  /** IPsec SPI of an ESP/AH packet (-m esp / -m ah). */
  spi?: number;
  /** IPv6 packets (ip6tables): the addresses as eight 16-bit groups; src and dst are then 0. */
  src6?: number[];
  dst6?: number[];
}

export type ConntrackState = "INVALID" | "NEW" | "ESTABLISHED" | "RELATED" | "UNTRACKED";

/** What a match can learn about the packet's connection. Filled by the packet path (src/net). */
export interface ConntrackView {
  state: ConntrackState;
  /** Extra status bits for --ctstate SNAT/DNAT and --ctstatus. */
  snat: boolean;
  dnat: boolean;
  /** Original and reply tuples. */
  origSrc: Ipv4;
  origDst: Ipv4;
  origSport: number;
  origDport: number;
  replSrc: Ipv4;
  replDst: Ipv4;
  replSport: number;
  replDport: number;
  proto: number;
  /** Direction of this packet: ORIGINAL or REPLY. */
  dir: "ORIGINAL" | "REPLY";
  /** ctmark (CONNMARK). */
  mark: number;
  seenReply: boolean;
  assured: boolean;
  // Optional details some matches read (absent = unknown, treated as 0/false/none).
  /** An IPv6 connection's tuple addresses (origSrc... are then 0), for ip6tables' --ctorigsrc etc. */
  tuple6?: { origSrc: number[]; origDst: number[]; replSrc: number[]; replDst: number[] };
  /** Seconds until the entry times out (--ctexpire). */
  expires?: number;
  /** Conntrack helper bound to the connection, e.g. "ftp" (-m helper). */
  helper?: string;
  /** IPS_EXPECTED / IPS_CONFIRMED status bits (--ctstatus). */
  expected?: boolean;
  confirmed?: boolean;
  /** Per-direction counters (-m connbytes). */
  origPackets?: number;
  origBytes?: number;
  replPackets?: number;
  replBytes?: number;
}

/** Everything a match or target may consult besides the packet itself. */
export interface HookContext {
  table: TableName;
  hook: Hook;
  /** Input / output interface names; undefined where the hook has none. */
  inIface?: string;
  outIface?: string;
  /** Bridge ports when the packet is bridged (for -m physdev). */
  physIn?: string;
  physOut?: string;
  conntrack?: ConntrackView;
  /** Milliseconds on the world's emulated clock. */
  now: number;
  /** The world's seeded generator: a float in [0, 1). */
  random(): number;
  /** Address type of an address in this namespace: LOCAL, UNICAST, BROADCAST, MULTICAST, … */
  addrType(addr: Ipv4): string;
  /** Address type restricted to one interface (addrtype --limit-iface-in/out). */
  addrTypeOnIface?(addr: Ipv4, iface: string): string;
  /** An IPv6 address's route (addrtype's match_lookup_rt6): "LOCAL", "UNREACHABLE" or "" (other). */
  routeType6?(addr: number[]): string;
  /** Owner of the sending socket, for locally generated packets (-m owner). */
  socketUid?: number;
  socketGid?: number;
  /**
   * Namespace-wide plain-data store for tables that rules share by name (xt_recent lists,
   * hashlimit buckets): the same object for every hook call in one namespace. Without it
   * each rule keeps its own table (so `--set` and `--rcheck` in two rules would not meet).
   */
  sharedTables?: Record<string, unknown>;
  /** -m connlimit: tracked connections whose masked source (or destination) is `addr`, this one included. */
  countConnections?(addr: Ipv4, mask: Ipv4, side: "src" | "dst", proto: number): number;
  /** skb->pkt_type of a received frame: "unicast" (to us), "broadcast", "multicast", "otherhost". */
  pktType?: string;
  /** Whether a match gave up on the packet (par->hotdrop, e.g. connlimit's count of 0): it is dropped at once. */
  hotdropped?(): boolean;
}

/** A prefix with a mask; `mask` is the 32-bit netmask (possibly non-contiguous). */
export interface AddrMask {
  addr: Ipv4;
  mask: Ipv4;
  /**
   * ip6tables rules only: the IPv6 address (already masked) and mask as eight 16-bit groups.
   * `addr` is then 0 and `mask` is 0 exactly when the IPv6 mask is all zeros.
   */
  v6?: { addr: number[]; mask: number[] };
}

/** A loaded match: which extension, its parsed options, and runtime state it keeps. */
export interface MatchInstance {
  /** Registry name, e.g. "tcp", "conntrack". */
  name: string;
  /** Parsed options; plain data owned by the extension. */
  data: any;
}

/** A target extension instance (REJECT, LOG, DNAT, …). */
export interface TargetInstance {
  name: string;
  data: any;
}

export interface Counters {
  pkts: bigint;
  bytes: bigint;
}

export interface Rule {
  src?: AddrMask;
  srcInvert: boolean;
  dst?: AddrMask;
  dstInvert: boolean;
  inIface?: string;
  inIfaceInvert: boolean;
  outIface?: string;
  outIfaceInvert: boolean;
  /** 0 means any protocol (`-p all` or no -p). */
  proto: number;
  protoInvert: boolean;
  /** -f / ! -f. */
  frag: "any" | "frag" | "notfrag";
  matches: MatchInstance[];
  /**
   * What the rule does: nothing (no -j), a standard verdict, a jump or goto to a user
   * chain, or a target extension.
   */
  action:
    | { kind: "none" }
    | { kind: "verdict"; verdict: "ACCEPT" | "DROP" | "RETURN" }
    | { kind: "jump"; chain: string }
    | { kind: "goto"; chain: string }
    | { kind: "target"; target: TargetInstance };
  counters: Counters;
  /**
   * iptables-legacy keeps a bare "+" interface (an empty mask): -L -v shows it, the save forms
   * leave it out ("!" too), and -C/-D compare it as no interface whose "!" still counts.
   */
  legacyBarePlus?: true;
}

export interface Chain {
  name: string;
  builtin: boolean;
  /** Only built-in chains have a policy. */
  policy?: "ACCEPT" | "DROP";
  /** Policy counters (only meaningful for built-in chains). */
  policyCounters: Counters;
  /**
   * nf_tables detail: a built-in chain counts packets that hit its policy only once it was
   * created by -P or iptables-restore (see oracle README "policy counters").
   */
  countsPolicy: boolean;
  /** nf_tables detail: built-in chains exist in the kernel only once something touched them. */
  exists: boolean;
  rules: Rule[];
}

export interface Table {
  name: TableName;
  /** nf_tables: the table exists in the kernel only once something created it. */
  exists: boolean;
  /** Built-in chains first in hook order, then user chains (order of creation; print sorted). */
  chains: Record<string, Chain>;
  /**
   * nf_tables: base chains renamed away from their hook name (iptables -E INPUT X). iptables
   * no longer shows them (listings of the whole table warn) but their names stay taken.
   */
  foreignBaseChains?: Chain[];
}

/** One backend's rule set in one namespace (iptables-nft and iptables-legacy keep separate ones). */
export interface Ruleset {
  tables: Record<string, Table>;
}

/** A packet's fate after one chain traversal. */
export type Verdict =
  | { kind: "ACCEPT" }
  | { kind: "DROP" }
  /** REJECT: drop, and the path sends `with` back to the sender. */
  | { kind: "REJECT"; with: string }
  /** Non-terminating: carry on with the next rule. */
  | { kind: "CONTINUE" }
  /** NAT targets: accept, with the translation the conntrack entry should record. */
  | { kind: "NAT"; nat: NatRequest };

/** A translation requested by SNAT/DNAT/MASQUERADE/REDIRECT, decided on the first packet only. */
export interface NatRequest {
  type: "SNAT" | "DNAT" | "MASQUERADE" | "REDIRECT";
  /** Inclusive address range; undefined means "keep" (e.g. DNAT :8080) or interface address. */
  minAddr?: Ipv4;
  maxAddr?: Ipv4;
  minPort?: number;
  maxPort?: number;
  random?: boolean;
  randomFully?: boolean;
  persistent?: boolean;
}

/** Side effects a target can ask of the packet path besides a verdict. */
export interface TargetEffects {
  /** LOG: a kernel log line to append to the namespace's dmesg. */
  log?(line: string, level: number): void;
  /** TRACE: mark the packet for tracing. */
  trace?(): void;
  /** CT --notrack / NOTRACK: the packet becomes UNTRACKED (true when it did: it had no connection or template yet). */
  notrack?(): boolean | void;
  /** CONNMARK: read/write the connection's mark. */
  getCtMark?(): number;
  setCtMark?(mark: number): void;
}
