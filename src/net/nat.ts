// NAT as nf_nat does it: the translation is decided once, on a connection's first packet at
// each manip point (DST at PREROUTING/OUTPUT, SRC at POSTROUTING/INPUT), recorded in the
// conntrack entry's reply tuple, and applied to every later packet in both directions.
import type { Hook, Ipv4, NatRequest, Packet } from "../netfilter/types.js";
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP } from "../netfilter/types.js";
import type { ConntrackTable, CtEntry, CtTuple } from "./conntrack.js";
import { invertTuple, lookup, setReplyTuple } from "./conntrack.js";
import { jhash2, reciprocalScale, wireWord } from "./jhash.js";

export type ManipType = "SRC" | "DST";

export function manipOfHook(hook: Hook): ManipType {
  return hook === "PREROUTING" || hook === "OUTPUT" ? "DST" : "SRC";
}

export interface NatEnv {
  now: number;
  random(): number;
  /**
   * MASQUERADE: the outgoing interface's address chosen like the kernel's source selection;
   * REDIRECT: the incoming interface's primary address (127.0.0.1 in OUTPUT).
   * Undefined when the interface has none (the packet is then dropped).
   */
  ifaceAddr?: Ipv4;
}

function hasPorts(proto: number): boolean {
  return proto === IPPROTO_TCP || proto === IPPROTO_UDP || proto === IPPROTO_ICMP;
}

/** The tuple packets of the original direction carry after translation so far. */
function currentOrig(e: CtEntry): CtTuple {
  return invertTuple(e.reply);
}

/** nf_nat_used_tuple: another connection already answers to this (translated) tuple. */
function used(table: ConntrackTable, e: CtEntry, cand: CtTuple, now: number): boolean {
  const hit = lookup(table, invertTuple(cand), now, e.zone);
  return hit !== undefined && hit.entry.id !== e.id;
}

/** Deterministic pick inside an address range (the kernel hashes the tuple). */
/**
 * find_best_ips_proto: jhash2 of the (16-byte, zero-padded) source address, seeded with the
 * destination address xor the conntrack zone id unless --persistent, scaled onto the range.
 */
function pickAddress(min: Ipv4, max: Ipv4, t: CtTuple, persistent: boolean, zoneId: number): Ipv4 {
  const span = (max >>> 0) - (min >>> 0) + 1;
  if (span <= 1) return min >>> 0;
  const j = jhash2([wireWord(t.src), 0, 0, 0], persistent ? 0 : (wireWord(t.dst) ^ zoneId) >>> 0);
  return ((min >>> 0) + reciprocalScale(j, span)) >>> 0;
}

/** Default source-port class when SNAT must move a port and no range was given. */
function defaultPortRange(port: number): [number, number] {
  if (port < 512) return [1, 511];
  if (port < 1024) return [600, 1023];
  return [1024, 65535];
}

function setManip(t: CtTuple, manip: ManipType, addr: Ipv4, port: number): CtTuple {
  const out = { ...t };
  if (manip === "SRC") {
    out.src = addr;
    out.sport = port;
  } else {
    out.dst = addr;
    if (t.proto === IPPROTO_ICMP) out.sport = port; // the echo id is the only "port"
    else out.dport = port;
  }
  return out;
}

function manipPort(t: CtTuple, manip: ManipType): number {
  return manip === "SRC" || t.proto === IPPROTO_ICMP ? t.sport : t.dport;
}

/**
 * Record the translation for one manip type of a new connection (get_unique_tuple).
 * `req` undefined means a null binding (no NAT rule matched). Returns false when the
 * packet must be dropped (no address to masquerade to, no free port).
 */
export function setupNat(
  table: ConntrackTable,
  e: CtEntry,
  manip: ManipType,
  req: NatRequest | undefined,
  env: NatEnv,
): boolean {
  if (manip === "SRC" ? e.natSrcDone : e.natDstDone) return true;
  if (manip === "SRC") e.natSrcDone = true;
  else e.natDstDone = true;
  if (!req) return true;

  const cur = currentOrig(e);
  let minAddr: Ipv4;
  let maxAddr: Ipv4;
  if (req.type === "MASQUERADE" || req.type === "REDIRECT") {
    if (env.ifaceAddr === undefined) return false;
    minAddr = maxAddr = env.ifaceAddr;
  } else if (req.minAddr !== undefined) {
    minAddr = req.minAddr;
    maxAddr = req.maxAddr ?? req.minAddr;
  } else {
    minAddr = maxAddr = manip === "SRC" ? cur.src : cur.dst;
  }
  const addr = pickAddress(minAddr, maxAddr, cur, req.persistent === true, e.zone?.id ?? 0);
  const origPort = manipPort(cur, manip);
  const portsGiven = req.minPort !== undefined && hasPorts(cur.proto);
  const minPort = portsGiven ? req.minPort! : 0;
  const maxPort = portsGiven ? (req.maxPort ?? req.minPort!) : 0;

  let chosen: CtTuple | undefined;
  const inRange = !portsGiven || (origPort >= minPort && origPort <= maxPort);
  // get_unique_tuple tries a source mapping's original tuple first: a source already inside
  // the range (address, and port if one was given) stays as it is while unique.
  const srcInRange = manip === "SRC" && cur.src >>> 0 >= minAddr >>> 0 && cur.src >>> 0 <= maxAddr >>> 0;
  if (srcInRange && inRange && !req.random && !req.randomFully && !used(table, e, cur, env.now)) chosen = cur;
  const keep = setManip(cur, manip, addr, origPort);
  if (!chosen && !req.randomFully && inRange && !used(table, e, keep, env.now)) chosen = keep;

  if (!chosen && hasPorts(cur.proto)) {
    let [lo, hi] = portsGiven ? [minPort, maxPort] : defaultPortRange(origPort);
    if (cur.proto === IPPROTO_ICMP && !portsGiven) [lo, hi] = [0, 65535];
    const span = hi - lo + 1;
    // nf_nat_l4proto_unique_tuple: a DNAT range is searched from its first port (offset 0).
    const start = req.random || req.randomFully
      ? Math.floor(env.random() * span)
      : manip === "DST" && portsGiven ? 0 : (origPort - lo + span) % span;
    for (let i = 0; i < span && !chosen; i++) {
      const cand = setManip(cur, manip, addr, lo + ((start + i) % span));
      if (!used(table, e, cand, env.now)) chosen = cand;
    }
    if (!chosen) return false;
  } else if (!chosen) {
    chosen = keep;
  }

  if (manip === "SRC" && (chosen.src !== cur.src || chosen.sport !== cur.sport)) e.snat = true;
  if (manip === "DST" && (chosen.dst !== cur.dst || chosen.dport !== cur.dport || chosen.sport !== cur.sport)) e.dnat = true;
  setReplyTuple(table, e, invertTuple(chosen));
  return true;
}

/** Whether this manip type translates packets of this direction (status bit check). */
function translates(e: CtEntry, manip: ManipType, dir: "ORIGINAL" | "REPLY"): boolean {
  const srcSide = manip === "SRC" ? dir === "ORIGINAL" : dir === "REPLY";
  return srcSide ? e.snat : e.dnat;
}

function writeAddrPort(pkt: Packet, manip: ManipType, t: CtTuple): void {
  if (manip === "SRC") {
    pkt.src = t.src;
    if (pkt.proto === IPPROTO_TCP || pkt.proto === IPPROTO_UDP) pkt.sport = t.sport;
  } else {
    pkt.dst = t.dst;
    if (pkt.proto === IPPROTO_TCP || pkt.proto === IPPROTO_UDP) pkt.dport = t.dport;
  }
  if (pkt.proto === IPPROTO_ICMP && (pkt.icmpType === 8 || pkt.icmpType === 0)) pkt.icmpId = t.sport;
}

/** nf_nat_packet: rewrite one packet of the connection at a manip point. */
export function natPacket(e: CtEntry, dir: "ORIGINAL" | "REPLY", manip: ManipType, pkt: Packet): void {
  if (!translates(e, manip, dir)) return;
  const target = invertTuple(dir === "ORIGINAL" ? e.reply : e.orig);
  writeAddrPort(pkt, manip, target);
}

/**
 * nf_nat_icmp_reply_translation: an ICMP error about one of the connection's packets.
 * The quoted packet gets the opposite manip so it reads as the sender knows it.
 */
export function natIcmpError(e: CtEntry, dir: "ORIGINAL" | "REPLY", manip: ManipType, pkt: Packet): void {
  if (!translates(e, manip, dir)) return;
  if (pkt.inner) {
    const inner = { ...pkt.inner };
    const quoted = dir === "ORIGINAL" ? e.reply : e.orig;
    writeAddrPort(inner, manip === "SRC" ? "DST" : "SRC", quoted);
    pkt.inner = inner;
  }
  const target = invertTuple(dir === "ORIGINAL" ? e.reply : e.orig);
  if (manip === "SRC") pkt.src = target.src;
  else pkt.dst = target.dst;
}
