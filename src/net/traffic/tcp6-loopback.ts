// A TCP SYN to one of the namespace's own IPv6 addresses, through ip6tables on lo: OUTPUT and
// POSTROUTING on the way out, PREROUTING and INPUT on the way in, then the answer (a RST from
// the closed port, or REJECT's RST / ICMPv6 error) the same way back. Counters are those the
// kernel keeps: a SYN is 80 bytes (40 of IPv6 header, 40 of TCP with options), a RST 60, an
// ICMPv6 error 128 (its own 48 plus the SYN). NAT targets are accepted without translating.
// A SYN_SENT socket ignores ICMPv6 errors (observed: curl waits for its timeout).
import { evaluateHook } from "../../netfilter/evaluate.js";
import type { ConntrackState, Hook, HookContext, Packet, Ruleset, TableName, Verdict } from "../../netfilter/types.js";
import { TCP_ACK, TCP_RST, TCP_SYN } from "../../netfilter/types.js";
import type { Ipv6 } from "../../netfilter/ipv6.js";
import type { Conn6 } from "./ip6-nat.js";
import type { NatRequest6 } from "../../netfilter/extensions/target-util/nat-target.js";
import { ip6RulesetIfMade } from "../../iptables/ip6tables.js";
import { nativeVerdict } from "../../iptables/nft-native.js";
import { lookup6 } from "../inet6-fib.js";
import { nextRandom } from "../random.js";
import { syncNamedTables } from "../named-tables.js";
import { ephemeralPort } from "../sockets.js";
import { sysctlGet } from "../sysctl.js";
import type { Namespace, World } from "../types.js";

/**
 * One hook a packet passes in one namespace, tables in priority order; `iface` is in or out
 * (in for FORWARD, whose out device is `outIface`).
 */
export interface Leg { netns: string; hook: Hook; tables: TableName[]; iface: string; outIface?: string; physIn?: string; physOut?: string }

const OUT_TABLES: { hook: Hook; tables: TableName[] }[] = [
  { hook: "OUTPUT", tables: ["raw", "mangle", "nat", "filter", "security"] },
  { hook: "POSTROUTING", tables: ["mangle", "nat"] },
];
const IN_TABLES: { hook: Hook; tables: TableName[] }[] = [
  { hook: "PREROUTING", tables: ["raw", "mangle", "nat"] },
  { hook: "INPUT", tables: ["mangle", "filter", "security", "nat"] },
];

/** Leaving `netns` by `iface` (OUTPUT, POSTROUTING). */
export const sendLegs = (netns: string, iface: string): Leg[] => OUT_TABLES.map((w) => ({ netns, iface, ...w }));
/** Arriving in `netns` on `iface` for a local socket (PREROUTING, INPUT). */
export const receiveLegs = (netns: string, iface: string): Leg[] => IN_TABLES.map((w) => ({ netns, iface, ...w }));
/** Crossing a router: PREROUTING on `inIface`, FORWARD, POSTROUTING on `outIface`. */
export const forwardLegs = (netns: string, inIface: string, outIface: string): Leg[] => [
  { netns, iface: inIface, ...IN_TABLES[0]! },
  { netns, iface: inIface, outIface, hook: "FORWARD", tables: ["mangle", "filter", "security"] },
  { netns, iface: outIface, ...OUT_TABLES[1]! },
];
/** A locally generated packet to a local address: out and back in on lo. */
export const localWay = (netns: string): Leg[] => [...sendLegs(netns, "lo"), ...receiveLegs(netns, "lo")];

const SYN_BYTES = 80;
export const RST_BYTES = 60;
export const ICMP6_ERROR_BYTES = 128;

export function packet6(src: Ipv6, dst: Ipv6, proto: number, length: number, fields: Partial<Packet>): Packet {
  return {
    src: 0, dst: 0, src6: src, dst6: dst, proto, sport: 0, dport: 0, tcpFlags: 0, icmpType: 0, icmpCode: 0,
    icmpId: 0, icmpSeq: 0, length, ttl: 64, tos: 0, fragOffset: 0, moreFragments: false, mark: 0, ...fields,
  };
}

/** The namespace's store of tables rules share by name (xt_recent lists), as the IPv4 path keeps it. */
function sharedTablesOf(ns: Namespace): Record<string, unknown> {
  const store = (ns["sharedTables"] ??= {}) as Record<string, unknown>;
  syncNamedTables(ns);
  return store;
}

/** What addrtype's route lookup finds for an IPv6 address: a reject route (or none) is UNREACHABLE. */
function routeType6(world: World, netns: string, addr: Ipv6): string {
  const found = lookup6(world, netns, addr);
  if ("errno" in found) return "UNREACHABLE";
  return found.route.type === "local" ? "LOCAL" : "";
}

/** The connection as conntrack sees it; `pkt` goes in direction `dir` (no NAT: reply = reversed original). */
function view(state: ConntrackState, dir: "ORIGINAL" | "REPLY", pkt: Packet, conn?: Conn6): HookContext["conntrack"] {
  const [from, to] = dir === "ORIGINAL" ? [pkt.src6!, pkt.dst6!] : [pkt.dst6!, pkt.src6!];
  const [sport, dport] = dir === "ORIGINAL" ? [pkt.sport, pkt.dport] : [pkt.dport, pkt.sport];
  const c = conn ?? {
    origSrc: from, origDst: to, origSport: sport, origDport: dport, replSrc: to, replDst: from, replSport: dport, replDport: sport,
    snat: false, dnat: false,
  };
  return {
    state, dir, snat: c.snat, dnat: c.dnat, origSrc: 0, origDst: 0, origSport: c.origSport, origDport: c.origDport, replSrc: 0, replDst: 0,
    replSport: c.replSport, replDport: c.replDport, proto: 6, mark: 0, seenReply: dir === "REPLY", assured: false,
    tuple6: { origSrc: c.origSrc, origDst: c.origDst, replSrc: c.replSrc, replDst: c.replDst },
  };
}

/**
 * One packet along `way` through both ip6tables rule sets of each namespace (legacy first), then
 * nft's own ip6/inet base chains. nat chains see only a connection's first packet (`nat`); raw
 * runs before conntrack has looked at it, and NOTRACK / CT --notrack there leaves the packet
 * UNTRACKED from then on. `uid`: the sending socket's owner (the kernel's RSTs have none).
 * The verdict names the leg (index in `way`) that ended it.
 */
export interface TraverseOptions {
  nat?: boolean;
  uid?: number;
  /** Namespaces where raw's NOTRACK / CT --notrack made the packet UNTRACKED (kept across calls). */
  untracked?: Set<string>;
  /** The connection as `netns`'s conntrack knows it (with its NAT), for conntrack matches. */
  connOf?: (netns: string) => Conn6 | undefined;
  /** A NAT target decided (nat chains, first packet): the packet as translated from here on. */
  onNat?: (request: NatRequest6, leg: Leg, pkt: Packet) => Packet;
}

export function traverse(world: World, way: Leg[], pkt: Packet, state: ConntrackState, dir: "ORIGINAL" | "REPLY", opts: TraverseOptions = {}): Verdict & { leg?: number; pkt?: Packet } {
  const untrackedIn = opts.untracked ?? new Set<string>();
  for (const [leg, { netns, hook, tables, iface }] of way.entries()) {
    const ns = world.namespaces[netns]!;
    const legacy = ip6RulesetIfMade(ns, "legacy");
    const sets = [legacy, ip6RulesetIfMade(ns, "nft")].filter((r): r is Ruleset => r !== undefined);
    const sending = hook === "OUTPUT" || hook === "POSTROUTING";
    const ifaces = hook === "FORWARD" ? { inIface: iface, outIface: way[leg]!.outIface } : sending ? { outIface: iface } : { inIface: iface };
    const hookCtx = (table: TableName): HookContext => ({
      table, hook, now: world.clock, random: () => nextRandom(world), addrType: () => "UNSPEC",
      routeType6: (addr) => routeType6(world, netns, addr),
      sharedTables: sharedTablesOf(ns),
      ...ifaces,
      ...(way[leg]!.physIn !== undefined ? { physIn: way[leg]!.physIn, physOut: way[leg]!.physOut } : {}),
      conntrack: untrackedIn.has(netns) ? view("UNTRACKED", "ORIGINAL", pkt) : table === "raw" ? view("INVALID", "ORIGINAL", pkt) : view(state, dir, pkt, opts.connOf?.(netns)),
      pktType: "host",
      ...(opts.uid !== undefined && sending && leg < 2 ? { socketUid: opts.uid, socketGid: opts.uid } : {}),
    });
    for (const table of tables) {
      if (table === "nat" && (!opts.nat || untrackedIn.has(netns))) continue;
      for (const rs of sets) {
        const t = rs.tables[table];
        if (!t || !t.exists) continue;
        const v = evaluateHook(t, hook, pkt, hookCtx(table), table === "raw" ? { notrack: () => void untrackedIn.add(netns) } : {}, { legacy: rs === legacy || undefined });
        if (v.kind === "DROP" || v.kind === "REJECT") return { ...v, leg };
        if (v.kind === "NAT" && opts.onNat) pkt = opts.onNat(v.nat, way[leg]!, pkt);
      }
    }
    // nft's own ip6 and inet base chains at this hook (nft add chain/rule)
    const native = nativeVerdict(ns, hook, (t, base) => evaluateHook(t, hook, pkt, hookCtx("filter"), {}, { base }), 6);
    if (native) return { ...native, leg };
  }
  return { kind: "ACCEPT", pkt };
}

/**
 * Where the SYNs of one connect() go. `out`: the hooks to the peer's socket layer, `back`: those
 * its answers take. `answers: false`: nothing comes back (a router we do not model beyond our
 * own hooks). `unresolved`: the neighbour never answers solicitations, so a SYN that left our
 * hooks waits in its queue (retransmissions of a queued SYN are not sent) until neighbour
 * discovery gives up after 3 s and connect() fails with EHOSTUNREACH.
 */
export interface SynPath {
  out: Leg[]; back: Leg[]; answers: boolean; unresolved?: boolean;
  /** Sends one SYN itself (a routed path, tcp6-connect.ts) instead of along out/back. */
  send?: (syn: Packet, confirmed: boolean) => SynOnce;
}

/** What ended a connect(): an errno (ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, EACCES) or the caller's timeout. */
export type SynFate = string;

/**
 * One SYN's answer. `soft`: an ICMPv6 error, which reaches the socket while connect() still
 * holds it when the SYN was the first (sent from connect() itself, the whole way run in that
 * call): it is then only noted, and the connection waits; for a retransmission (sent from a
 * timer) it fails connect() with `fate`.
 */
export interface SynOnce { fate: SynFate; confirmed: boolean; soft?: true }

/** MAX_MULTICAST_SOLICIT (3) solicitations RETRANS_TIMER (1 s) apart. */
export const NDISC_FAIL_MS = 3000;

/** errno of an ICMPv6 destination-unreachable code (icmpv6_err_convert). */
export function icmp6Errno(code: number): string {
  return code === 0 ? "ENETUNREACH" : code === 3 || code === 2 ? "EHOSTUNREACH" : code === 4 ? "ECONNREFUSED" : "EACCES";
}

/** ICMPv6 destination-unreachable codes of REJECT's --reject-with. */
export const REJECT6_CODES: Record<string, number> = {
  "icmp6-no-route": 0, "no-route": 0, "icmp6-adm-prohibited": 1, "adm-prohibited": 1,
  "icmp6-addr-unreachable": 3, "addr-unreach": 3, "icmp6-port-unreachable": 4, "port-unreach": 4,
};

/** What the REJECT sends back along `back`: a RST for tcp-reset, else an ICMPv6 error. */
export function rejectAnswer(world: World, back: Leg[], syn: Packet, how: string): Omit<SynOnce, "confirmed"> {
  if (how === "tcp-reset") {
    const rst = packet6(syn.dst6!, syn.src6!, 6, RST_BYTES, { sport: syn.dport, dport: syn.sport, tcpFlags: TCP_RST | TCP_ACK });
    return { fate: traverse(world, back, rst, "RELATED", "REPLY").kind === "ACCEPT" ? "ECONNREFUSED" : "timeout" };
  }
  const code = REJECT6_CODES[how] ?? 4;
  const icmp = packet6(syn.dst6!, syn.src6!, 58, ICMP6_ERROR_BYTES, { icmpType: 1, icmpCode: code, inner: syn });
  return traverse(world, back, icmp, "RELATED", "REPLY").kind === "ACCEPT" ? { fate: icmp6Errno(code), soft: true } : { fate: "timeout" };
}

/**
 * The SYN's fate: refused (a RST came back), an ICMPv6 error, unreachable, or timeout.
 * `confirmed`: the connection's entry outlived an earlier SYN (it got past POSTROUTING), so
 * this one skips the nat chains. A REJECT in our own OUTPUT or POSTROUTING answers on lo.
 */
function synOnce(world: World, path: SynPath, syn: Packet, confirmed: boolean): SynOnce {
  if (path.send) return path.send(syn, confirmed);
  const v = traverse(world, path.out, syn, "NEW", "ORIGINAL", { nat: !confirmed, uid: 0 });
  const passedOut = v.kind === "ACCEPT" || (v.leg ?? 0) >= 2;
  if (v.kind === "REJECT") {
    const back = (v.leg ?? 0) >= 2 ? path.back : localWay(path.out[0]!.netns);
    return { ...rejectAnswer(world, back, syn, v.with), confirmed: confirmed || passedOut };
  }
  if (v.kind === "DROP") return { fate: "timeout", confirmed: confirmed || passedOut };
  if (path.unresolved) return { fate: "EHOSTUNREACH", confirmed: true };
  if (!path.answers) return { fate: "timeout", confirmed: true };
  const rst = packet6(syn.dst6!, syn.src6!, 6, RST_BYTES, { sport: syn.dport, dport: syn.sport, tcpFlags: TCP_RST | TCP_ACK });
  return { fate: traverse(world, path.back, rst, "ESTABLISHED", "REPLY").kind === "ACCEPT" ? "ECONNREFUSED" : "timeout", confirmed: true };
}

/**
 * connect() from `src` to `dst` along `path`: the SYN and its retransmissions (tcp_syn_retries,
 * 1 s apart while below tcp_syn_linear_timeouts, then doubling) until an answer or the caller's
 * timeout, each sent strictly before that timeout. EHOSTUNREACH (a neighbour that never
 * answered) comes NDISC_FAIL_MS after the first SYN (if the timeout has not come first).
 * `atMs`: when connect() ended, from its start.
 */
export function synExchange6(world: World, netns: string, src: Ipv6, dst: Ipv6, port: number, timeoutMs: number, path: SynPath): { fate: SynFate; atMs: number } {
  const sport = ephemeralPort(world, netns, () => false);
  const mss = path.out[0]?.iface === "lo" ? 65476 : 1440;
  const syn = packet6(src, dst, 6, SYN_BYTES, { sport, dport: port, tcpFlags: TCP_SYN, tcpOptions: [2, 4, 8, 1, 3], tcpMss: mss });
  const retries = Number(sysctlGet(world, netns, "net.ipv4.tcp_syn_retries") ?? 6);
  const linear = Number(sysctlGet(world, netns, "net.ipv4.tcp_syn_linear_timeouts") ?? 4);
  const timeout = { fate: "timeout", atMs: timeoutMs };
  let sentAt = 0;
  let at = 1000;
  let confirmed = false;
  for (let sent = 0; ; sent++) {
    const r = synOnce(world, path, syn, confirmed);
    if (r.fate === "EHOSTUNREACH" && !r.soft) return sentAt + NDISC_FAIL_MS < timeoutMs ? { fate: r.fate, atMs: sentAt + NDISC_FAIL_MS } : timeout;
    if (r.fate !== "timeout" && (!r.soft || sent > 0)) return { fate: r.fate, atMs: sentAt };
    confirmed = r.confirmed;
    if (sent === retries || at >= timeoutMs) return timeout;
    sentAt = at;
    at += sent + 1 < linear ? 1000 : 1000 * 2 ** (sent + 2 - linear);
  }
}

/** connect() from `netns` to its own `dst`, out and back in on lo. */
export function loopbackSyn6(world: World, netns: string, dst: Ipv6, port: number, timeoutMs: number): { fate: SynFate; atMs: number } {
  const way = localWay(netns);
  return synExchange6(world, netns, dst, dst, port, timeoutMs, { out: way, back: way, answers: true });
}
