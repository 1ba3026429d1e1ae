// The IPv4 packet path, in Linux's order. Incoming: raw PREROUTING → conntrack → mangle
// PREROUTING → nat PREROUTING → routing (rp_filter, route_localnet) → local (mangle/filter/
// security/nat INPUT → confirm → socket) or forward (mangle/filter/security FORWARD → mangle/nat
// POSTROUTING → confirm → out). Locally generated: routing → raw OUTPUT → conntrack → mangle
// OUTPUT → nat OUTPUT → reroute → filter/security OUTPUT → mangle/nat POSTROUTING → confirm.
// Loopback goes out lo and comes back in; veths hand frames to the peer namespace.
import type { Packet, Verdict } from "../netfilter/types.js";
import { TCP_ACK, TCP_RST } from "../netfilter/types.js";
import type { CtRef } from "./conntrack.js";
import { isIcmpError, setClosing } from "./conntrack.js";
import { NOTRACK_TEMPLATE } from "./conntrack-zone.js";
import {
  confirmHook,
  conntrackHook,
  conntrackOf,
  conntrackNeeded,
  natHook,
  runTables,
  type HookEnv,
  type PathRecorder,
  type Skb,
} from "./packet-path-hooks.js";
import { icmpError, REJECT_CODES, tcpPacket, TCP_BARE_RST_LEN } from "./packet-path-packets.js";
import {
  bridgeCallsIptables,
  findLink,
  firstIfaceAddress,
  isLocalAddress,
  type NeighbourAnswer,
  resolveNeighbour,
  routeInput,
  routeOutput,
  selectIfaceAddress,
  topoAddrType,
  topoSysctlNumber,
} from "./packet-path-topology.js";
import type { Route, World } from "./types.js";
import { nextFailure, queueUnresolved, takeFailed } from "./packet-path-arp.js";
import { parseIpv4 } from "../netfilter/ip.js";
import { vethPeer } from "./links.js";
import { peerTokensAllow, redirectAllowed, wantsRedirect } from "./packet-path-peers.js";
import { packetFlow } from "./routing.js";
import { pathMtu } from "./route-metrics.js";
import { arpRequestSource } from "./neighbour.js";
import { countArpFrame, countLoopback, countRx, countTx } from "./link-stats.js";
import { clearFailedNeighbours } from "./neighbour-failed.js";
import { fragmentFor, runPerFragment } from "./ip-fragments.js";

const LOOPBACK_ADDR = parseIpv4("127.0.0.1")!;

/** One run of packets in flight: frames queue up and are handled in order. */
export interface Sim {
  world: World;
  queue: { netns: string; iface: string; skb: Skb }[];
  /** The sockets layer: a packet that reached a local socket. */
  deliver(sim: Sim, netns: string, iface: string, skb: Skb): void;
  recorder?: PathRecorder;
  /** Safety bound on frames handled. */
  budget: number;
  /** The sockets layer's lookup for -m socket (absent: no sockets to find). */
  socketLookup?(netns: string, pkt: Packet): { wildcard: boolean; fullsock: boolean } | undefined;
}

export function newSim(world: World, deliver: Sim["deliver"], recorder?: PathRecorder): Sim {
  return { world, queue: [], deliver, recorder, budget: 10000 };
}

/** Handle frames until nothing is in flight. */
export function runSim(sim: Sim): void {
  for (const failed of takeFailed(sim.world)) {
    sendIcmpError(sim, failed.netns, failed.pkt, 3, 1, failed.ct);
  }
  while (sim.queue.length > 0 && sim.budget-- > 0) {
    const f = sim.queue.shift()!;
    ipRcv(sim, f.netns, f.iface, f.skb);
  }
}

/**
 * Let emulated time pass until `deadline` (or until `done`), firing the neighbour failures
 * that fall due meanwhile. Returns with the clock at the moment `done` became true, else at
 * the deadline.
 */
export function waitUntil(sim: Sim, deadline: number, done: () => boolean): boolean {
  for (;;) {
    if (done()) return true;
    const next = nextFailure(sim.world);
    if (next === undefined || next > deadline) break;
    sim.world.clock = Math.max(sim.world.clock, next);
    runSim(sim);
  }
  sim.world.clock = Math.max(sim.world.clock, deadline);
  runSim(sim);
  return done();
}

function env(sim: Sim, netns: string): HookEnv {
  return {
    world: sim.world,
    netns,
    recorder: sim.recorder,
    epoch: sim,
    duplicate: (skb, gateway, oif, hook) => sendDuplicate(sim, netns, skb, gateway, oif, hook),
    ...(sim.socketLookup ? { socketLookup: (pkt: Packet) => sim.socketLookup!(netns, pkt) } : {}),
  };
}

/**
 * nf_dup_ipv4 (TEE): a copy of the packet, untracked, routed towards the gateway (the copy keeps
 * its addresses) and sent through OUTPUT and POSTROUTING; a copy taken on the way in loses one TTL.
 */
function sendDuplicate(sim: Sim, netns: string, orig: Skb, gateway: number, oif: string | undefined, hook: string): void {
  const pkt = { ...orig.pkt };
  if (hook === "PREROUTING" || hook === "INPUT") pkt.ttl = (pkt.ttl - 1) & 0xff;
  const route = routeOutput(sim.world, netns, { dst: gateway, anySrc: true, ...(oif ? { oif } : {}) });
  if (!route.ok) return;
  const skb: Skb = { pkt, ctTemplate: NOTRACK_TEMPLATE, duplicated: true };
  const e = env(sim, netns);
  const out = { outIface: route.oif };
  if (blocked(runTables(e, ["raw", "mangle", "filter", "security"], "OUTPUT", skb, out))) return;
  if (blocked(runTables(e, ["mangle"], "POSTROUTING", skb, out))) return;
  transmit(sim, netns, skb, route.oif, route.nexthop);
}

function blocked(v: Verdict): boolean {
  return v.kind === "DROP" || v.kind === "REJECT";
}

export type SendResult = { ok: true } | { ok: false; errno: string };

export interface SendOptions {
  uid?: number;
  /** A reply the kernel ties to an existing connection (nf_ct_attach). */
  ct?: CtRef;
  /** The source is not ours (RST for a forwarded packet): route by destination only. */
  anySource?: boolean;
  /** Sent by the kernel's ICMP socket (echo reply, ICMP error). */
  kernelIcmp?: boolean;
  /** Made by the kernel with no socket of a process (a RST): owner matches see none. */
  noSocket?: boolean;
  /** SO_BINDTODEVICE (ping -I DEV): the route lookup keeps to that device. */
  oif?: string;
}

/** ip_local_out for a locally generated packet. EPERM when a hook drops it. */
export function sendLocal(sim: Sim, netns: string, pkt: Packet, opts: SendOptions = {}): SendResult {
  const world = sim.world;
  if (!world.namespaces[netns]) return { ok: false, errno: "EINVAL" };
  const wantSrc = pkt.src !== 0 && !opts.anySource ? pkt.src : undefined;
  const route = routeOutput(world, netns, { dst: pkt.dst, src: wantSrc, ...packetFlow(pkt), uid: opts.uid ?? 0, ...(opts.oif !== undefined ? { oif: opts.oif } : {}) });
  if (!route.ok) return { ok: false, errno: route.errno };
  if (pkt.src === 0) pkt.src = route.src;
  // the kernel's own sockets have no file: xt_owner treats their packets as socketless
  const owner = opts.kernelIcmp || opts.noSocket ? undefined : opts.uid ?? 0;
  const skb: Skb = { pkt, uid: owner, gid: owner, ...(opts.kernelIcmp ? { kernelIcmp: true } : {}) };
  if (opts.ct) {
    skb.ct = opts.ct;
    skb.ctNetns = netns;
  }
  const e = env(sim, netns);
  let oif = route.oif;
  let nexthop = route.nexthop;
  const out = { outIface: oif };

  let v = runTables(e, ["raw"], "OUTPUT", skb, out);
  if (blocked(v)) return rejectAndFail(sim, netns, skb, v, "OUTPUT");
  if (!conntrackHook(e, skb)) return dropped(skb);
  const before = { dst: pkt.dst, src: pkt.src, mark: pkt.mark, tos: pkt.tos };
  v = runTables(e, ["mangle"], "OUTPUT", skb, out);
  if (blocked(v)) return rejectAndFail(sim, netns, skb, v, "OUTPUT");
  const mangled = pkt.mark !== before.mark || pkt.tos !== before.tos || pkt.src !== before.src || pkt.dst !== before.dst;
  const dstBefore = pkt.dst;
  if (!natHook(e, "OUTPUT", skb, out, () => LOOPBACK_ADDR)) return dropped(skb);
  if (mangled || pkt.dst !== dstBefore) {
    // ip_route_me_harder: a new mark (ip rule fwmark) or DNAT routes the packet again; a
    // failure there is the sender's error.
    const again = routeOutput(world, netns, { dst: pkt.dst, src: pkt.src, anySrc: true, ...(pkt.mark ? { mark: pkt.mark } : {}), ...packetFlow(pkt), uid: opts.uid ?? 0 });
    if (!again.ok) return { ok: false, errno: again.errno };
    // The LOCAL_OUT hook state keeps the first route's device: filter OUTPUT's -o still
    // names it; POSTROUTING sees the new one.
    oif = again.oif;
    nexthop = again.nexthop;
  }
  v = runTables(e, ["filter", "security"], "OUTPUT", skb, out);
  if (blocked(v)) return rejectAndFail(sim, netns, skb, v, "OUTPUT");
  if (!postRouting(sim, netns, skb, oif, nexthop)) return dropped(skb);
  return { ok: true };
}

function rejectAndFail(sim: Sim, netns: string, skb: Skb, v: Verdict, hook: "OUTPUT" | "INPUT" | "FORWARD"): SendResult {
  // icmp_send cannot take the ICMP socket's lock while that socket is sending this packet.
  if (v.kind === "REJECT" && !skb.kernelIcmp) sendReject(sim, netns, skb, v.with, hook);
  return dropped(skb);
}

/** A hook dropped a local packet: EPERM, except NFQUEUE with no listener, which the send never sees. */
function dropped(skb: Skb): SendResult {
  return skb.queuedAway ? { ok: true } : { ok: false, errno: "EPERM" };
}

/** mangle and nat POSTROUTING, conntrack confirm, then onto the wire. */
function postRouting(sim: Sim, netns: string, skb: Skb, oif: string, nexthop: number): boolean {
  const e = env(sim, netns);
  const out = { outIface: oif };
  if (blocked(runPerFragment(skb, (s) => runTables(e, ["mangle"], "POSTROUTING", s, out)))) return false;
  const masq = () => selectIfaceAddress(sim.world, netns, oif, nexthop);
  if (!natHook(e, "POSTROUTING", skb, out, masq)) return false;
  if (!confirmHook(e, skb)) return false;
  transmit(sim, netns, skb, oif, nexthop);
  return true;
}

/** Hand a frame to the device: loopback comes back in, a veth reaches its peer's namespace. */
function transmit(sim: Sim, netns: string, skb: Skb, oif: string, nexthop: number): void {
  if (oif === "lo") {
    // A loopback device that is down loses what is sent through it.
    const lo = findLink(sim.world, netns, "lo");
    if (lo?.adminUp) {
      countLoopback(lo, skb.pkt.length);
      sim.queue.push({ netns, iface: "lo", skb });
    }
    return;
  }
  const answer = neighbour(sim.world, netns, oif, nexthop, skb.pkt.src);
  if (!answer) {
    // No ARP answer: the frame waits in the neighbour queue until resolution fails.
    queueUnresolved(sim.world, netns, oif, nexthop, skb);
    return;
  }
  // The frame leaves with the sending device's MAC as its source (-m mac on the way in);
  // bridges on the way pass it on unchanged.
  const srcMac = findLink(sim.world, netns, oif)?.mac.toLowerCase();
  if (answer.bridge && !(answer.bridge.netns === netns && answer.bridge.bridge === oif)) {
    if (skb.pkt.srcMac !== srcMac) skb.pkt = { ...skb.pkt, srcMac };
    if (!bridgeNetfilter(sim, answer.bridge, skb)) return;
  }
  // Crossing into another namespace scrubs the skb: no conntrack, no mark.
  const pkt: Packet = { ...skb.pkt, mark: answer.netns === netns ? skb.pkt.mark : 0, srcMac };
  const same = answer.netns === netns;
  const frags = fragmentFor(pkt, skb.frags, findLink(sim.world, netns, oif)?.mtu ?? 1500);
  const next: Skb = same ? { ...skb, pkt, physIn: undefined, physOut: undefined } : { pkt };
  if (frags) next.frags = frags;
  // A frame for the bridge device itself keeps its bridge port for -m physdev (br_netfilter).
  const br = answer.bridge;
  if (br && br.outPort === undefined && br.netns === answer.netns && bridgeCallsIptables(sim.world, br.netns, br.bridge)) {
    next.physIn = br.inPort;
  }
  for (const length of frags ? frags.map((f) => f.length) : [pkt.length]) {
    countTx(sim.world, netns, oif, length);
    countRx(sim.world, answer.netns, answer.iface, length);
  }
  sim.queue.push({ netns: answer.netns, iface: answer.iface, skb: next });
}

/**
 * The neighbour cache: once ARP was answered, frames keep going to that device (entries stay
 * usable while stale), even if a later ARP request would no longer be answered (rp_filter).
 */
function neighbour(world: World, netns: string, oif: string, nexthop: number, src: number): NeighbourAnswer | undefined {
  const ns = world.namespaces[netns]!;
  const cache = (ns["neighbours"] as Record<string, NeighbourAnswer> | undefined) ?? {};
  ns["neighbours"] = cache;
  const key = `${oif}|${nexthop}`;
  const hit = cache[key];
  const ours = findLink(world, netns, oif);
  if (hit && ours?.adminUp && findLink(world, hit.netns, hit.iface)?.adminUp && bridgePathHolds(world, netns, oif, hit)) return hit;
  const answer = resolveNeighbour(world, netns, oif, nexthop, src);
  countArpExchange(world, netns, oif, answer);
  if (answer && oif !== "lo") {
    cache[key] = answer;
    clearFailedNeighbours(world, netns, oif, nexthop);
    learnRequester(world, netns, oif, nexthop, src, answer);
  } else delete cache[key];
  return answer;
}

/**
 * arp_process: the host that answers a request also records the asker (neigh_event_ns), so its
 * replies need no request of their own, which its rp_filter or arp_ignore could have refused.
 * Kept to a direct link (no bridge, no proxy) between the two.
 */
function learnRequester(world: World, netns: string, oif: string, nexthop: number, src: number, answer: NeighbourAnswer): void {
  if (answer.proxied || answer.bridge || answer.bridgePort !== undefined) return;
  const asker = arpRequestSource(world, netns, oif, nexthop, src);
  const peer = world.namespaces[answer.netns];
  if (asker === undefined || !peer) return;
  const cache = (peer["neighbours"] as Record<string, NeighbourAnswer> | undefined) ?? {};
  peer["neighbours"] = cache;
  cache[`${answer.iface}|${asker}`] = { netns, iface: oif, proxied: false, proxyDelayMs: 0 };
}

/** The ARP request (to the veth's other end) and, when one came, the reply, on the device counters. */
function countArpExchange(world: World, netns: string, oif: string, answer: NeighbourAnswer | undefined): void {
  const link = findLink(world, netns, oif);
  if (!link || link.kind !== "veth") return;
  const far = vethPeer(world, link);
  const heard = far?.link.adminUp ? { netns: far.netns, iface: far.link.name } : undefined;
  countArpFrame(world, { netns, iface: oif }, heard);
  if (answer && heard) countArpFrame(world, heard, { netns, iface: oif });
}

/** A cached answer through a bridge still holds while its ports are still enslaved to it. */
function bridgePathHolds(world: World, netns: string, oif: string, hit: NeighbourAnswer): boolean {
  if (hit.bridgePort !== undefined) {
    const own = findLink(world, netns, oif);
    if (!own || findLink(world, netns, hit.bridgePort)?.master !== own.ifindex) return false;
  }
  const br = hit.bridge;
  if (!br) return true;
  const bridge = findLink(world, br.netns, br.bridge);
  if (!bridge) return false;
  const enslaved = (port: string) => findLink(world, br.netns, port)?.master === bridge.ifindex;
  return enslaved(br.inPort) && (br.outPort === undefined || enslaved(br.outPort));
}

/**
 * br_netfilter: with bridge-nf-call-iptables=1 a bridged IPv4 frame traverses the bridge
 * namespace's PREROUTING, FORWARD and POSTROUTING with -i/-o naming the bridge.
 */
function bridgeNetfilter(
  sim: Sim,
  br: { netns: string; bridge: string; inPort: string; outPort?: string },
  skb: Skb,
): boolean {
  if (br.outPort === undefined || !bridgeCallsIptables(sim.world, br.netns, br.bridge)) return true;
  const e = env(sim, br.netns);
  const b: Skb = { pkt: skb.pkt, physIn: br.inPort, physOut: br.outPort };
  const inOnly = { inIface: br.bridge };
  if (blocked(runTables(e, ["raw"], "PREROUTING", b, inOnly))) return false;
  if (!conntrackHook(e, b)) return false;
  if (blocked(runTables(e, ["mangle"], "PREROUTING", b, inOnly))) return false;
  if (!natHook(e, "PREROUTING", b, inOnly, () => firstIfaceAddress(sim.world, br.netns, br.bridge))) return false;
  const both = { inIface: br.bridge, outIface: br.bridge };
  const v = runTables(e, ["mangle", "filter", "security"], "FORWARD", b, both);
  if (blocked(v)) {
    // The bridge host answers a REJECT itself (icmp_send / nf_send_reset via its own routes).
    if (v.kind === "REJECT") sendReject(sim, br.netns, b, v.with, "FORWARD");
    return false;
  }
  const outOnly = { outIface: br.bridge };
  if (blocked(runTables(e, ["mangle"], "POSTROUTING", b, outOnly))) return false;
  if (!natHook(e, "POSTROUTING", b, outOnly, () => selectIfaceAddress(sim.world, br.netns, br.bridge, skb.pkt.dst))) {
    return false;
  }
  return confirmHook(e, b);
}

/** ip_rcv: a frame arrived on `iface` of `netns`. */
export function ipRcv(sim: Sim, netns: string, iface: string, skb: Skb): void {
  const world = sim.world;
  if (!world.namespaces[netns]) return;
  const e = env(sim, netns);
  const pkt = skb.pkt;
  const inOnly = { inIface: iface };
  // nf_defrag_ipv4 (registered with conntrack) puts fragments together before raw PREROUTING
  if (skb.frags && conntrackNeeded(world, world.namespaces[netns]!, sim)) delete skb.frags;
  if (blocked(runPerFragment(skb, (s) => runTables(e, ["raw"], "PREROUTING", s, inOnly)))) return;
  if (!conntrackHook(e, skb)) return;
  if (blocked(runPerFragment(skb, (s) => runTables(e, ["mangle"], "PREROUTING", s, inOnly)))) return;
  const dstBefore = pkt.dst;
  if (!natHook(e, "PREROUTING", skb, inOnly, () => firstIfaceAddress(world, netns, iface))) return;

  // Loopback frames keep the route they were sent with unless DNAT changed the destination:
  // one forwarded out of lo is forwarded again (until its TTL runs out).
  if (iface === "lo" && pkt.dst === dstBefore && skb.loopForward) {
    forward(sim, netns, iface, skb, skb.loopForward.oif, skb.loopForward.nexthop);
    return;
  }
  if (iface === "lo" && pkt.dst === dstBefore) {
    localIn(sim, netns, iface, skb);
    return;
  }
  const r = routeInput(world, netns, { dst: pkt.dst, src: pkt.src, iif: iface, ...(pkt.mark ? { mark: pkt.mark } : {}), ...packetFlow(pkt) });
  switch (r.action) {
    case "local":
    case "broadcast":
      localIn(sim, netns, iface, skb);
      return;
    case "forward":
      // br_netfilter's bridged DNAT: a frame for the bridge whose new destination lies behind
      // the same bridge is bridged on (FORWARD still runs), not IP-forwarded.
      forward(sim, netns, iface, skb, r.oif, r.nexthop, skb.physIn !== undefined && pkt.dst !== dstBefore && r.oif === iface, r.route);
      return;
    case "icmp":
      // ip_error has its own token check (burst 5 s, cost 1 s) on the same peer before icmp_send's.
      if (peerTokensAllow(world, netns, pkt.src, 5, 1000)) sendIcmpError(sim, netns, pkt, r.icmpType, r.icmpCode, skb.ct);
      return;
    case "drop":
      return;
  }
}

function localIn(sim: Sim, netns: string, iface: string, skb: Skb): void {
  // ip_local_deliver reassembles fragments before INPUT
  delete skb.frags;
  const e = env(sim, netns);
  const inOnly = { inIface: iface };
  const v = runTables(e, ["mangle", "filter", "security"], "INPUT", skb, inOnly);
  if (blocked(v)) {
    if (v.kind === "REJECT") sendReject(sim, netns, skb, v.with, "INPUT");
    return;
  }
  const addr = () => firstIfaceAddress(sim.world, netns, iface);
  if (!natHook(e, "INPUT", skb, inOnly, addr)) return;
  if (!confirmHook(e, skb)) return;
  sim.deliver(sim, netns, iface, skb);
}

function forward(sim: Sim, netns: string, iif: string, skb: Skb, oif: string, nexthop: number, bridged = false, route?: Route): void {
  const e = env(sim, netns);
  const pkt = skb.pkt;
  if (!bridged) {
    if (pkt.ttl <= 1) {
      sendIcmpError(sim, netns, pkt, 11, 0, skb.ct);
      return;
    }
    // ip_forward: a DF packet bigger than the next hop's MTU is answered with frag-needed
    // (carrying that MTU) before the FORWARD hook sees it.
    if (pkt.dontFragment) {
      const mtu = pathMtu(route, findLink(sim.world, netns, oif)?.mtu) ?? 1500;
      if (pkt.length > mtu) {
        sendIcmpError(sim, netns, pkt, 3, 4, skb.ct, mtu);
        return;
      }
    }
    // ip_forward decrements the TTL before the FORWARD hook, then sends a redirect when the
    // packet leaves by the device it came in on.
    pkt.ttl--;
    if (wantsRedirect(sim.world, netns, iif, oif, pkt.src)) sendRedirect(sim, netns, skb);
  }
  const v = runPerFragment(skb, (s) => runTables(e, ["mangle", "filter", "security"], "FORWARD", s, { inIface: iif, outIface: oif }));
  if (blocked(v)) {
    if (v.kind === "REJECT") sendReject(sim, netns, skb, v.with, "FORWARD");
    return;
  }
  if (oif === "lo") skb.loopForward = { oif, nexthop };
  postRouting(sim, netns, skb, oif, nexthop);
}

/** ip_rt_send_redirect: ICMP redirect (host) naming the better next hop, with back-off. */
function sendRedirect(sim: Sim, netns: string, skb: Skb): void {
  const pkt = skb.pkt;
  if (isIcmpError(pkt) || pkt.fragOffset !== 0) return;
  if (!redirectAllowed(sim.world, netns, pkt.src)) return;
  // The gateway field is not modelled: receivers only count the redirect.
  sendLocal(sim, netns, icmpError(0, pkt, 5, 1), { ct: relatedRef(skb.ct), kernelIcmp: true });
}

/** The reply a REJECT rule sends: a TCP RST or an ICMP destination-unreachable. */
export function sendReject(sim: Sim, netns: string, skb: Skb, how: string, hook: string): void {
  const pkt = skb.pkt;
  if (/tcp/.test(how)) {
    if (pkt.proto !== 6 || pkt.tcpFlags & TCP_RST || pkt.fragOffset !== 0) return;
    const flags = pkt.tcpFlags & TCP_ACK ? TCP_RST : TCP_RST | TCP_ACK;
    const rst = tcpPacket(pkt.dst, pkt.src, pkt.dport, pkt.sport, flags, TCP_BARE_RST_LEN);
    // nf_send_reset closes the connection the rejected packet belongs to (nf_ct_set_closing).
    if (skb.ct && skb.ctNetns === netns) {
      const ns = sim.world.namespaces[netns]!;
      setClosing(conntrackOf(ns), skb.ct, sim.world.clock, ns.sysctl);
    }
    // nf_send_reset: for a frame that came through a bridge (br_netfilter) the RST goes
    // straight back out the bridge port it came from, past OUTPUT and POSTROUTING.
    if (skb.physIn !== undefined) {
      sendOutPort(sim, netns, skb.physIn, rst);
      return;
    }
    // nf_send_reset ties the RST to the connection it answers (RELATED, other direction).
    sendLocal(sim, netns, rst, { ct: relatedRef(skb.ct), anySource: hook !== "INPUT", noSocket: true });
    return;
  }
  sendIcmpError(sim, netns, pkt, 3, rejectCode(how), skb.ct);
}

/** dev_queue_xmit on a veth port: the frame reaches the peer end, no hooks on our side. */
function sendOutPort(sim: Sim, netns: string, port: string, pkt: Packet): void {
  const link = findLink(sim.world, netns, port);
  const peer = link?.adminUp ? vethPeer(sim.world, link) : undefined;
  if (peer?.link.adminUp) {
    countTx(sim.world, netns, port, pkt.length);
    countRx(sim.world, peer.netns, peer.link.name, pkt.length);
    sim.queue.push({ netns: peer.netns, iface: peer.link.name, skb: { pkt } });
  }
}

function rejectCode(how: string): number {
  const exact = REJECT_CODES[how] ?? REJECT_CODES[`icmp-${how}`];
  if (exact !== undefined) return exact;
  for (const [name, code] of Object.entries(REJECT_CODES)) {
    const key = name.replace("icmp-", "").replace("unreachable", "unreach").replace("prohibited", "prohib");
    if (how.includes(key)) return code;
  }
  return 3;
}

/**
 * icmp_send: never about ICMP errors, later fragments or broadcasts; rate limited per
 * destination (burst 6, then one per net.ipv4.icmp_ratelimit ms) except towards ourselves.
 */
export function sendIcmpError(sim: Sim, netns: string, about: Packet, type: number, code: number, aboutCt?: CtRef, nextHopMtu?: number): void {
  const world = sim.world;
  if (isIcmpError(about) || about.fragOffset !== 0 || about.src === 0) return;
  const dstType = topoAddrType(world, netns, about.dst);
  if (dstType === "BROADCAST" || dstType === "MULTICAST") return;
  const local = isLocalAddress(world, netns, about.src);
  if (!local && !icmpRateAllows(world, netns, about.src, type, code)) return;
  const src = isLocalAddress(world, netns, about.dst) ? about.dst : 0;
  const err = icmpError(src, about, type, code);
  // A frag-needed carries the next-hop MTU where an echo has its sequence number.
  if (nextHopMtu !== undefined) err.icmpSeq = nextHopMtu;
  // The error is tied to the connection it is about (RELATED), confirmed or not: the kernel
  // NATs it back with that connection and OUTPUT sees ctstate RELATED.
  sendLocal(sim, netns, err, { ct: relatedRef(aboutCt), kernelIcmp: true });
}

/** A reply's association with the connection of the packet it answers (nf_ct_attach). */
function relatedRef(ct: CtRef | undefined): CtRef | undefined {
  if (!ct || ct.state === "UNTRACKED" || ct.state === "INVALID") return undefined;
  return { ...ct, state: "RELATED", dir: ct.dir === "ORIGINAL" ? "REPLY" : "ORIGINAL" };
}

function icmpRateAllows(world: World, netns: string, dst: number, type: number, code: number): boolean {
  const limit = topoSysctlNumber(world, netns, "net.ipv4.icmp_ratelimit", 1000);
  const mask = topoSysctlNumber(world, netns, "net.ipv4.icmp_ratemask", 6168);
  if (!((mask >>> type) & 1)) return true;
  // icmpv4_mask_allow: path MTU discovery is never rate limited.
  if (type === 3 && code === 4) return true;
  // With icmp_ratelimit=0 every error still passes inet_peer_xrlim_allow, which then caps the
  // peer's tokens at 0: ip_error, sharing that bucket, is left with nothing to send with.
  return peerTokensAllow(world, netns, dst, 6, Math.max(limit, 0));
}

