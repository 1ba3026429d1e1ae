// The connection tracker of one namespace (nf_conntrack): tuples, entries with original and
// reply directions, the ctinfo a packet gets (NEW/ESTABLISHED/RELATED/INVALID/UNTRACKED),
// enough TCP state for what `conntrack -L` shows, timeouts, and nf_conntrack_max.
// Plain data: the table lives on the namespace and is cloned with the world.
import type { ConntrackState, ConntrackView, Ipv4, Packet } from "../netfilter/types.js";
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from "../netfilter/types.js";
import { indexKey, origKey, replyKey, zoneIdFor, type CtZone } from "./conntrack-zone.js";

export { tupleKey, zoneIdFor, type CtZone } from "./conntrack-zone.js";

export interface CtTuple {
  src: Ipv4;
  dst: Ipv4;
  proto: number;
  /** TCP/UDP ports; for ICMP: sport = echo id, dport = type (8 request, 0 reply). */
  sport: number;
  dport: number;
}

export type TcpCtState =
  | "NONE"
  | "SYN_SENT"
  | "SYN_RECV"
  | "ESTABLISHED"
  | "FIN_WAIT"
  | "CLOSE_WAIT"
  | "LAST_ACK"
  | "TIME_WAIT"
  | "CLOSE";

export interface CtEntry {
  id: number;
  orig: CtTuple;
  reply: CtTuple;
  tcpState: TcpCtState;
  seenReply: boolean;
  assured: boolean;
  mark: number;
  /** Translations recorded by NAT (IPS_SRC_NAT / IPS_DST_NAT). */
  snat: boolean;
  dnat: boolean;
  /** NAT was decided for the source / destination manip (nf_nat_initialized). */
  natSrcDone: boolean;
  natDstDone: boolean;
  /** Emulated clock (ms) at which the entry expires. */
  expires: number;
  /** Packets and bytes per direction (conntrack -L with acct; kept for tools). */
  packets: [number, number];
  bytes: [number, number];
  /** TCP: a direction sent data (or SYN/FIN) the other has not acknowledged yet (IP_CT_TCP_FLAG_DATA_UNACKNOWLEDGED). */
  unacked?: [boolean, boolean];
  /** Made while nf_conntrack_acct was on: /proc/net/nf_conntrack shows its packet and byte counts. */
  acct?: boolean;
  /** Killed by a RST before any reply (nf_ct_kill): out of the count at once, gone at the next lookup. */
  killed?: boolean;
  /** CT --zone/--zone-orig/--zone-reply: the zone the entry lives in (absent: zone 0). */
  zone?: CtZone;
  /** Connection label bits set by -m connlabel --set (nf_conn_labels). */
  labels?: number[];
}

export interface ConntrackTable {
  entries: Record<number, CtEntry>;
  /** tuple key → entry id and whether the key is the entry's reply tuple. */
  index: Record<string, { id: number; reply: boolean }>;
  nextId: number;
  /** Entries in the table (expired ones count until they are reaped, as in the kernel). */
  count: number;
}

/** A packet's association with an entry, as skb->_nfct. */
export interface CtRef {
  state: ConntrackState;
  /** Entry id, or undefined (INVALID / UNTRACKED). */
  id?: number;
  dir: "ORIGINAL" | "REPLY";
  /** Not yet in the table: inserted when the packet survives to the confirm point. */
  unconfirmed?: CtEntry;
}

export function newConntrackTable(): ConntrackTable {
  return { entries: {}, index: {}, nextId: 1, count: 0 };
}

export function invertTuple(t: CtTuple): CtTuple {
  let sport = t.dport;
  let dport = t.sport;
  if (t.proto === IPPROTO_ICMP) {
    // ICMP: the "ports" are id and type; the reply keeps the id and swaps the type.
    sport = t.sport;
    dport = icmpReplyType(t.dport);
  }
  return { src: t.dst, dst: t.src, proto: t.proto, sport, dport };
}

function icmpReplyType(type: number): number {
  const pairs: Record<number, number> = { 8: 0, 0: 8, 13: 14, 14: 13, 15: 16, 16: 15, 17: 18, 18: 17 };
  return pairs[type] ?? type;
}

/** ICMP types that are errors about another packet. */
export function isIcmpError(pkt: Packet): boolean {
  return pkt.proto === IPPROTO_ICMP && [3, 4, 5, 11, 12].includes(pkt.icmpType);
}

export function packetTuple(pkt: Packet): CtTuple {
  if (pkt.proto === IPPROTO_ICMP) {
    return { src: pkt.src, dst: pkt.dst, proto: pkt.proto, sport: pkt.icmpId, dport: pkt.icmpType };
  }
  const ports = pkt.proto === IPPROTO_TCP || pkt.proto === IPPROTO_UDP;
  return {
    src: pkt.src,
    dst: pkt.dst,
    proto: pkt.proto,
    sport: ports ? pkt.sport : 0,
    dport: ports ? pkt.dport : 0,
  };
}

// Default timeouts in seconds, and the sysctls that change them (whole keys, made once: these
// are looked up for every tracked packet).
const TCP_TIMEOUTS: Record<TcpCtState, [number, string?]> = {
  NONE: [120],
  SYN_SENT: [120, "net.netfilter.nf_conntrack_tcp_timeout_syn_sent"],
  SYN_RECV: [60, "net.netfilter.nf_conntrack_tcp_timeout_syn_recv"],
  ESTABLISHED: [432000, "net.netfilter.nf_conntrack_tcp_timeout_established"],
  FIN_WAIT: [120, "net.netfilter.nf_conntrack_tcp_timeout_fin_wait"],
  CLOSE_WAIT: [60, "net.netfilter.nf_conntrack_tcp_timeout_close_wait"],
  LAST_ACK: [30, "net.netfilter.nf_conntrack_tcp_timeout_last_ack"],
  TIME_WAIT: [120, "net.netfilter.nf_conntrack_tcp_timeout_time_wait"],
  CLOSE: [10, "net.netfilter.nf_conntrack_tcp_timeout_close"],
};

/**
 * The namespace's sysctl values that differ from the defaults (Namespace.sysctl), where a
 * timeout someone tuned is found; absent, the defaults hold.
 */
export type CtSettings = Record<string, string> | undefined;

function setting(settings: CtSettings, key: string | undefined, fallback: number): number {
  const text = key === undefined ? undefined : settings?.[key];
  return text === undefined ? fallback : Number(text);
}

function timeoutFor(e: CtEntry, settings: CtSettings): number {
  if (e.orig.proto === IPPROTO_TCP) {
    const [seconds, key] = TCP_TIMEOUTS[e.tcpState];
    const base = setting(settings, key, seconds);
    // nf_conntrack_tcp_timeout_unacknowledged: the cap while data waits for its ACK
    const unacked = e.unacked && (e.unacked[0] || e.unacked[1]) && e.tcpState !== "CLOSE";
    return unacked ? Math.min(base, setting(settings, "net.netfilter.nf_conntrack_tcp_timeout_unacknowledged", 300)) : base;
  }
  if (e.orig.proto === IPPROTO_UDP) return e.assured ? setting(settings, "net.netfilter.nf_conntrack_udp_timeout_stream", 120) : setting(settings, "net.netfilter.nf_conntrack_udp_timeout", 30);
  if (e.orig.proto === IPPROTO_ICMP) return setting(settings, "net.netfilter.nf_conntrack_icmp_timeout", 30);
  return setting(settings, "net.netfilter.nf_conntrack_generic_timeout", 600);
}

/** Seconds left before the entry expires, as conntrack -L prints them. */
export function secondsLeft(e: CtEntry, now: number): number {
  return Math.max(0, Math.floor((e.expires - now) / 1000));
}

/**
 * __nf_conntrack_find_get in `zone`: the kernel hashes the tuple with the zone's original-
 * direction id, then its reply id; an entry matches where its own zone id for the direction
 * found equals the packet's.
 */
export function lookup(table: ConntrackTable, t: CtTuple, now: number, zone?: CtZone): { entry: CtEntry; reply: boolean } | undefined {
  const first = zoneIdFor(zone, 0);
  const second = zoneIdFor(zone, 1);
  let hit: { id: number; reply: boolean } | undefined = table.index[indexKey(t, first)];
  if (hit && zoneIdFor(zone, hit.reply ? 1 : 0) !== first) hit = undefined;
  if (!hit && second !== first) {
    hit = table.index[indexKey(t, second)];
    if (hit && zoneIdFor(zone, hit.reply ? 1 : 0) !== second) hit = undefined;
  }
  if (!hit) return undefined;
  const entry = table.entries[hit.id];
  if (!entry) return undefined;
  if (entry.expires <= now) {
    removeEntry(table, entry.id);
    return undefined;
  }
  return { entry, reply: hit.reply };
}

export function removeEntry(table: ConntrackTable, id: number): boolean {
  const e = table.entries[id];
  if (!e) return false;
  delete table.index[origKey(e)];
  delete table.index[replyKey(e)];
  delete table.entries[id];
  // a killed entry left the count when it was killed
  if (!e.killed) table.count = Math.max(0, (table.count ?? 1) - 1);
  return true;
}

/** Drop every entry expired by `now` (the gc worker, or a read of /proc/net/nf_conntrack); true if any went. */
export function removeExpired(table: ConntrackTable, now: number): boolean {
  let removed = false;
  for (const e of Object.values(table.entries)) {
    if (e.expires <= now) removed = removeEntry(table, e.id) || removed;
  }
  return removed;
}

/** How many entries hold a slot (nf_conntrack_count). */
export function entryCount(table: ConntrackTable): number {
  return table.count ?? Object.keys(table.entries).length;
}

/** Whether a packet with no entry may start one (tcp_new / icmp_new rules). */
function mayCreate(pkt: Packet, tcpLoose: () => boolean): boolean {
  if (pkt.proto === IPPROTO_TCP) {
    // tcp_new: a SYN starts a connection; with nf_conntrack_tcp_loose=1 a mid-stream ACK is
    // picked up too. SYN-ACK, FIN or RST without an entry are INVALID.
    const f = pkt.tcpFlags & (TCP_SYN | TCP_ACK | TCP_FIN | TCP_RST);
    return f === TCP_SYN || (f === TCP_ACK && tcpLoose());
  }
  if (pkt.proto === IPPROTO_ICMP) return [8, 13, 15, 17].includes(pkt.icmpType);
  return true;
}

/**
 * nf_conntrack_in: associate a packet with its connection. A new connection is returned
 * unconfirmed; `confirm` inserts it once the packet survives its hooks.
 */
/** `tcpLoose`: nf_conntrack_tcp_loose, asked only for a mid-stream ACK with no entry. */
/** `zone`: the CT template's zone (CT --zone in raw), absent for zone 0. */
export function conntrackIn(table: ConntrackTable, pkt: Packet, now: number, tcpLoose: () => boolean = () => true, settings?: CtSettings, zone?: CtZone): CtRef {
  if (isIcmpError(pkt)) {
    if (!pkt.inner) return { state: "INVALID", dir: "ORIGINAL" };
    // The quoted packet travelled the other way: look up its inverse (icmp_error_message).
    const found = lookup(table, invertTuple(packetTuple(pkt.inner)), now, zone);
    if (!found) return { state: "INVALID", dir: "ORIGINAL" };
    return { state: "RELATED", id: found.entry.id, dir: found.reply ? "REPLY" : "ORIGINAL" };
  }
  const tuple = packetTuple(pkt);
  let found = lookup(table, tuple, now, zone);
  if (found && reopens(found.entry, pkt, found.reply)) {
    // A SYN on a closed connection's tuple starts a new one (tcp_packet kills the old entry).
    removeEntry(table, found.entry.id);
    found = undefined;
  }
  if (found) {
    const e = found.entry;
    const dir = found.reply ? "REPLY" : "ORIGINAL";
    if (!trackPacket(e, pkt, dir, now, settings, table)) return { state: "INVALID", dir };
    if (dir === "REPLY") return { state: "ESTABLISHED", id: e.id, dir };
    return { state: e.seenReply ? "ESTABLISHED" : "NEW", id: e.id, dir };
  }
  if (!mayCreate(pkt, tcpLoose)) return { state: "INVALID", dir: "ORIGINAL" };
  const entry: CtEntry = {
    id: 0,
    orig: tuple,
    reply: invertTuple(tuple),
    tcpState: "NONE",
    seenReply: false,
    assured: false,
    mark: 0,
    snat: false,
    dnat: false,
    natSrcDone: false,
    natDstDone: false,
    expires: now,
    packets: [0, 0],
    bytes: [0, 0],
  };
  if (settings?.["net.netfilter.nf_conntrack_acct"] === "1") entry.acct = true;
  if (zone && zone.id) entry.zone = zone;
  trackPacket(entry, pkt, "ORIGINAL", now, settings);
  return { state: "NEW", dir: "ORIGINAL", unconfirmed: entry };
}

function reopens(e: CtEntry, pkt: Packet, reply: boolean): boolean {
  const f = pkt.tcpFlags & (TCP_SYN | TCP_ACK | TCP_RST | TCP_FIN);
  return e.orig.proto === IPPROTO_TCP && !reply && f === TCP_SYN && (e.tcpState === "CLOSE" || e.tcpState === "TIME_WAIT");
}

/** Protocol state update for one packet; false when the tracker finds it invalid. */
function trackPacket(e: CtEntry, pkt: Packet, dir: "ORIGINAL" | "REPLY", now: number, settings: CtSettings, table?: ConntrackTable): boolean {
  // The initiator's RST+ACK before any reply acknowledges a SYN-ACK the entry never saw:
  // tcp_in_window ignores it (NFCT_TCP_IGNORE: accepted, no state change, the entry stays).
  if (e.tcpState === "SYN_SENT" && dir === "ORIGINAL" && (pkt.tcpFlags & (TCP_SYN | TCP_ACK | TCP_RST | TCP_FIN)) === (TCP_RST | TCP_ACK)) return true;
  const d = dir === "ORIGINAL" ? 0 : 1;
  e.packets[d]++;
  e.bytes[d] += pkt.length;
  const noReplyYet = !e.seenReply;
  if (dir === "REPLY" && !e.seenReply) {
    e.seenReply = true;
    // UDP and ICMP become assured on the first reply stream; TCP once established.
  }
  if (e.orig.proto === IPPROTO_TCP) {
    // An ACK before the SYN-ACK was seen (asymmetric routing) is out of the state table.
    const f = pkt.tcpFlags & (TCP_SYN | TCP_ACK | TCP_RST | TCP_FIN);
    if (e.tcpState === "SYN_SENT" && dir === "ORIGINAL" && f === TCP_ACK) return false;
    const old = e.tcpState;
    e.tcpState = nextTcpState(old, pkt.tcpFlags, dir);
    trackUnacked(e, pkt, d);
    // tcp_packet: ASSURED on a packet that keeps or makes the connection ESTABLISHED once a
    // reply was already seen (IPS_SEEN_REPLY is set after the first reply's own tracking):
    // the handshake's last ACK, or the second packet after a mid-stream pickup's first answer.
    if (!noReplyYet && (old === "SYN_RECV" || old === "ESTABLISHED") && e.tcpState === "ESTABLISHED") e.assured = true;
  }
  if (e.orig.proto === IPPROTO_UDP && dir === "ORIGINAL" && e.seenReply) e.assured = true;
  e.expires = now + timeoutFor(e, settings) * 1000;
  // tcp_packet: a RST before any reply was seen kills the entry at once (nf_ct_kill); this
  // packet keeps its (dying) entry for NAT, the next one starts a new connection.
  if (e.orig.proto === IPPROTO_TCP && noReplyYet && pkt.tcpFlags & TCP_RST) killEntry(table, e, now);
  return true;
}

/** nf_ct_kill: the entry expires now and leaves nf_conntrack_count (once the packet is done with it). */
function killEntry(table: ConntrackTable | undefined, e: CtEntry, now: number): void {
  e.expires = now;
  // an entry not yet confirmed was never counted
  if (!table || e.killed || table.entries[e.id] !== e) return;
  e.killed = true;
  table.count = Math.max(0, table.count - 1);
}

/** An ACK settles what the other side sent; data, SYN or FIN is then owed an ACK (tcp_in_window). */
function trackUnacked(e: CtEntry, pkt: Packet, d: 0 | 1): void {
  const unacked = (e.unacked ??= [false, false]);
  if (pkt.tcpFlags & TCP_ACK) unacked[d === 0 ? 1 : 0] = false;
  if (pkt.tcpFlags & (TCP_SYN | TCP_FIN) || (pkt.payload ?? "") !== "") unacked[d] = true;
}

function nextTcpState(s: TcpCtState, flags: number, dir: "ORIGINAL" | "REPLY"): TcpCtState {
  if (flags & TCP_RST) return "CLOSE";
  const syn = (flags & TCP_SYN) !== 0;
  const ack = (flags & TCP_ACK) !== 0;
  const fin = (flags & TCP_FIN) !== 0;
  if (syn && !ack) return s === "NONE" || s === "CLOSE" || s === "TIME_WAIT" ? "SYN_SENT" : s;
  if (syn && ack) return dir === "REPLY" && (s === "SYN_SENT" || s === "NONE") ? "SYN_RECV" : s;
  if (fin) {
    if (s === "ESTABLISHED") return "FIN_WAIT";
    if (s === "FIN_WAIT" || s === "CLOSE_WAIT") return "LAST_ACK";
    return s;
  }
  if (ack) {
    if (s === "SYN_RECV" && dir === "ORIGINAL") return "ESTABLISHED";
    if (s === "NONE") return "ESTABLISHED"; // mid-stream pickup
    if (s === "LAST_ACK") return "TIME_WAIT";
  }
  return s;
}

/**
 * __nf_conntrack_confirm: insert a new entry. False when the table is full
 * (nf_conntrack_max; the kernel then drops the packet).
 */
export function confirm(table: ConntrackTable, ref: CtRef, now: number, max: number, settings?: CtSettings): boolean {
  const e = ref.unconfirmed;
  if (!e) return true;
  if (max > 0 && entryCount(table) >= max) return false;
  // A clash (same tuple inserted meanwhile) keeps the existing entry, as the kernel does.
  if (table.index[origKey(e)] || table.index[replyKey(e)]) return true;
  e.id = table.nextId++;
  e.expires = now + timeoutFor(e, settings) * 1000;
  table.entries[e.id] = e;
  table.count = (table.count ?? 0) + 1;
  table.index[origKey(e)] = { id: e.id, reply: false };
  table.index[replyKey(e)] = { id: e.id, reply: true };
  ref.id = e.id;
  ref.unconfirmed = undefined;
  return true;
}

/**
 * nf_conntrack_tcp_set_closing, called by REJECT --reject-with tcp-reset for the packet it
 * answers: a confirmed TCP entry goes to CLOSE and gets the close timeout (once: an entry
 * already in CLOSE keeps its timer). An unconfirmed one is left alone.
 */
export function setClosing(table: ConntrackTable, ref: CtRef | undefined, now: number, settings: CtSettings): void {
  if (!ref || ref.unconfirmed || ref.id === undefined) return;
  const e = table.entries[ref.id];
  if (!e || e.orig.proto !== IPPROTO_TCP) return;
  const old = e.tcpState;
  e.tcpState = "CLOSE";
  if (old !== "CLOSE") e.expires = now + timeoutFor(e, settings) * 1000;
}

/** The entry a ref points at, confirmed or not. */
export function refEntry(table: ConntrackTable, ref: CtRef | undefined): CtEntry | undefined {
  if (!ref) return undefined;
  if (ref.unconfirmed) return ref.unconfirmed;
  return ref.id !== undefined ? table.entries[ref.id] : undefined;
}

/** What a conntrack/state match sees. */
export function conntrackView(table: ConntrackTable, ref: CtRef | undefined, now = 0): ConntrackView | undefined {
  if (!ref) return undefined;
  const e = refEntry(table, ref);
  if (!e) {
    const zero = 0;
    return {
      state: ref.state,
      snat: false,
      dnat: false,
      origSrc: zero,
      origDst: zero,
      origSport: zero,
      origDport: zero,
      replSrc: zero,
      replDst: zero,
      replSport: zero,
      replDport: zero,
      proto: 0,
      dir: ref.dir,
      mark: 0,
      seenReply: false,
      assured: false,
    };
  }
  return {
    state: ref.state,
    snat: e.snat,
    dnat: e.dnat,
    origSrc: e.orig.src,
    origDst: e.orig.dst,
    origSport: e.orig.sport,
    origDport: e.orig.dport,
    replSrc: e.reply.src,
    replDst: e.reply.dst,
    replSport: e.reply.sport,
    replDport: e.reply.dport,
    proto: e.orig.proto,
    dir: ref.dir,
    mark: e.mark,
    seenReply: e.seenReply,
    assured: e.assured,
    // an entry not yet confirmed holds its timeout relative: nf_ct_expires reads 0
    expires: ref.unconfirmed ? 0 : Math.max(0, Math.floor((e.expires - now) / 1000)),
    confirmed: ref.unconfirmed === undefined,
    expected: false,
    origPackets: e.packets[0],
    origBytes: e.bytes[0],
    replPackets: e.packets[1],
    replBytes: e.bytes[1],
  };
}

/** Change an entry's reply tuple (NAT), keeping the index right. */
export function setReplyTuple(table: ConntrackTable, e: CtEntry, reply: CtTuple): void {
  const confirmed = table.entries[e.id] === e;
  if (confirmed) delete table.index[replyKey(e)];
  e.reply = reply;
  if (confirmed) table.index[replyKey(e)] = { id: e.id, reply: true };
}

export function flush(table: ConntrackTable): number {
  const n = Object.keys(table.entries).length;
  table.entries = {};
  table.index = {};
  table.count = 0;
  return n;
}
