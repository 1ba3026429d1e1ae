// Optional packet and context details some matches can use when the packet path provides
// them. They are not (yet) part of the shared contract in types.ts; every match works
// without them, treating a missing detail as "absent".
import type { Ipv4 } from "../../types.js";

export interface PacketExtras {
  /** TCP option kinds present in the header (e.g. 2 = MSS). */
  tcpOptions?: number[];
  /** Value of the TCP MSS option, when present. */
  tcpMss?: number;
}

export interface ConntrackExtras {
  /** Seconds left before the entry expires (--ctexpire). */
  expires?: number;
  /** Name of the conntrack helper assigned to the connection (-m helper). */
  helper?: string;
  /** The connection is an expected one (--ctstatus EXPECTED). */
  expected?: boolean;
  /** The entry is in the conntrack table already (--ctstatus CONFIRMED). */
  confirmed?: boolean;
}

export interface ContextExtras {
  /**
   * Namespace-wide named tables shared between rules (xt_recent lists, hashlimit buckets).
   * Plain data owned by the packet path; a match falls back to its own data when absent.
   */
  sharedTables?: Record<string, unknown>;
  /** Number of tracked connections whose masked source (or destination) equals `addr`. */
  countConnections?(addr: Ipv4, mask: Ipv4, side: "src" | "dst", proto: number): number;
  /** L2 packet type of the frame as received: "unicast" | "broadcast" | "multicast" | "host". */
  pktType?: string;
  /** Whether the packet was bridged (br_netfilter) — physdev --physdev-is-bridged. */
  bridged?: boolean;
}
