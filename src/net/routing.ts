// Routing decisions for the packet path: ip_route_output (local packets, with source address
// selection) and ip_route_input (received packets: martians, rp_filter, forwarding).
import { inSubnet, prefixToMask } from "../netfilter/ip.js";
import type { Ipv4 } from "../netfilter/types.js";
import { fibLookup, type FibResult } from "./fib.js";
import { findLink, getNamespace } from "./links.js";
import { confValue } from "./sysctl.js";
import type { IfAddr, Route, World } from "./types.js";
import { SCOPE_HOST, SCOPE_LINK, TABLE_LOCAL, TABLE_MAIN } from "./types.js";

export type RouteOutput =
  | {
      ok: true; type: "local" | "unicast" | "broadcast"; oif: string; gateway?: Ipv4; nexthop: Ipv4; src: Ipv4; table?: number;
      /** The FIB route the decision chose (policy rules included), whose metrics the packet takes. */
      route?: Route;
    }
  | { ok: false; errno: "ENETUNREACH" | "EHOSTUNREACH" | "EACCES" | "EINVAL" };

export type RouteInput =
  | { action: "local" }
  | { action: "forward"; oif: string; gateway?: Ipv4; nexthop: Ipv4; /** Set when not main. */ table?: number; route: Route }
  | { action: "broadcast" }
  | { action: "drop"; reason: "martian-source" | "martian-destination" | "rp_filter" | "blackhole" | "no-forwarding" | "no-device" }
  | { action: "icmp"; icmpType: 3; icmpCode: 0 | 1 | 13 };

const SCOPE_NUMBER: Record<IfAddr["scope"], number> = { global: 0, link: SCOPE_LINK, host: SCOPE_HOST };

const isLoopbackNet = (a: Ipv4) => a >>> 24 === 127;
const isZeroNet = (a: Ipv4) => a >>> 24 === 0;
const isMulticast = (a: Ipv4) => a >>> 28 === 0xe;
const LOOPBACK: Ipv4 = 0x7f000001;

/** inet_select_addr: a primary address of the device (same subnet as dst preferred), else any device's. */
export function selectSource(world: World, netns: string, ifname: string | undefined, dst: Ipv4, scope: number): Ipv4 | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return undefined;
  const link = ifname !== undefined ? findLink(world, netns, ifname) : undefined;
  if (link) {
    const localnet = confValue(world, netns, link.name, "route_localnet") ? SCOPE_LINK : SCOPE_HOST;
    let any: Ipv4 | undefined;
    for (const a of ns.addrs) {
      if (a.ifindex !== link.ifindex || a.secondary || Math.min(SCOPE_NUMBER[a.scope], localnet) > scope) continue;
      if (dst === 0 || inSubnet(dst, a.addr, prefixToMask(a.prefix))) return a.addr;
      any ??= a.addr;
    }
    if (any !== undefined) return any;
  }
  for (const dev of ns.links) {
    const found = ns.addrs.find((a) => a.ifindex === dev.ifindex && !a.secondary && a.scope !== "link" && SCOPE_NUMBER[a.scope] <= scope);
    if (found) return found.addr;
  }
  return undefined;
}

/**
 * __ip_dev_find: an address of ours, or one a local route covers (the local table's answer,
 * as for a whole subnet routed `local … dev lo`, AnyIP).
 */
function isLocal(world: World, netns: string, addr: Ipv4): boolean {
  if (getNamespace(world, netns)?.addrs.some((a) => a.addr === addr)) return true;
  return fibLookup(world, netns, { dst: addr, table: TABLE_LOCAL, ignoreLinkState: true })?.type === "local";
}

/** The gateway actually used: none when the gateway turned out to be ourselves. */
function usedGateway(found: FibResult): Ipv4 | undefined {
  return found.gateway !== undefined && found.route.nhScope !== SCOPE_HOST ? found.gateway : undefined;
}

/** The flow's protocol, ports, tos and socket uid, which `ip rule` selectors can read. */
export interface FlowKeys {
  proto?: number;
  sport?: number;
  dport?: number;
  tos?: number;
  uid?: number;
}

function flowKeys(q: FlowKeys): FlowKeys {
  const out: FlowKeys = {};
  if (q.proto !== undefined) out.proto = q.proto;
  if (q.sport !== undefined) out.sport = q.sport;
  if (q.dport !== undefined) out.dport = q.dport;
  if (q.tos !== undefined) out.tos = q.tos;
  if (q.uid !== undefined) out.uid = q.uid;
  return out;
}

/** The flow keys of a packet: ports for TCP/UDP only (ICMP and others route by protocol). */
export function packetFlow(pkt: { proto: number; sport: number; dport: number; tos: number }): FlowKeys {
  const ports = pkt.proto === 6 || pkt.proto === 17;
  return { proto: pkt.proto, tos: pkt.tos, ...(ports ? { sport: pkt.sport, dport: pkt.dport } : {}) };
}

/** Route a locally generated packet (ip_route_output_key). */
/**
 * `anySrc` is FLOWI_FLAG_ANYSRC (ip_route_me_harder rerouting a packet whose source may not
 * be ours): the source is not checked against our addresses.
 */
export function routeOutput(
  world: World,
  netns: string,
  query: { dst: Ipv4; src?: Ipv4; oif?: string; mark?: number; anySrc?: boolean } & FlowKeys,
): RouteOutput {
  if (query.src !== undefined && query.src !== 0) {
    if (isMulticast(query.src) || query.src === 0xffffffff || isZeroNet(query.src)) return { ok: false, errno: "EINVAL" };
    if (!query.anySrc && !isLocal(world, netns, query.src)) return { ok: false, errno: "ENETUNREACH" };
  }
  const src = query.src || undefined;
  const outDev = query.oif !== undefined ? findLink(world, netns, query.oif) : undefined;
  if (query.oif !== undefined && !outDev?.adminUp) return { ok: false, errno: "ENETUNREACH" };
  const dst = query.dst;
  // No destination means this host: the kernel routes it over lo from the source (or 127.0.0.1).
  if (dst === 0 && !outDev) return { ok: true, type: "local", oif: "lo", nexthop: 0, src: src ?? LOOPBACK };
  const found = fibLookup(world, netns, { dst, ...(src !== undefined ? { src } : {}), ...(query.oif !== undefined ? { oif: query.oif } : {}), ...(query.mark ? { mark: query.mark } : {}), ...flowKeys(query) });
  if (!found || found.errno) {
    if (outDev) {
      // No usable route but an output device was forced: the kernel assumes dst is on-link.
      const chosen = src ?? selectSource(world, netns, outDev.name, 0, SCOPE_LINK);
      if (chosen === undefined) return { ok: false, errno: "EINVAL" };
      return { ok: true, type: outDev.kind === "loopback" ? "local" : "unicast", oif: outDev.name, nexthop: dst, src: chosen };
    }
    return { ok: false, errno: found?.errno ?? "ENETUNREACH" };
  }
  if (found.type === "local") {
    return { ok: true, type: "local", oif: "lo", nexthop: dst, src: src ?? found.prefsrc ?? dst, route: found.route };
  }
  const gateway = usedGateway(found);
  // With no usable address anywhere the kernel still routes, from 0.0.0.0 (fib_result_prefsrc).
  const chosen = src ?? found.prefsrc ?? selectSource(world, netns, found.oif, gateway ?? 0, found.scope) ?? 0;
  const type = found.type === "broadcast" ? "broadcast" : "unicast";
  // __mkroute_output: a loopback source may only leave by a non-loopback device with route_localnet.
  if (isLoopbackNet(chosen) && !confValue(world, netns, found.oif!, "route_localnet") && findLink(world, netns, found.oif!)?.kind !== "loopback") {
    return { ok: false, errno: "EINVAL" };
  }
  return { ok: true, type, oif: found.oif!, ...(gateway !== undefined ? { gateway } : {}), nexthop: gateway ?? dst, src: chosen, table: found.table, route: found.route };
}

/** fib_validate_source: 0 ok, else why the packet is dropped. */
function validateSource(world: World, netns: string, src: Ipv4, dst: Ipv4, iif: string, mark = 0): "ok" | "martian-source" | "rp_filter" {
  const rpf = confValue(world, netns, iif, "rp_filter");
  const acceptLocal = confValue(world, netns, iif, "accept_local") !== 0;
  if (!rpf) {
    if (acceptLocal) return "ok";
    return isLocal(world, netns, src) ? "martian-source" : "ok";
  }
  // the way back is looked up with the packet's mark only where src_valid_mark is set
  const validMark = mark && confValue(world, netns, iif, "src_valid_mark") ? mark : 0;
  const back = fibLookup(world, netns, { dst: src, src: dst, ...(validMark ? { mark: validMark } : {}) });
  if (!back) return "rp_filter";
  if (back.type !== "unicast" && !(back.type === "local" && acceptLocal)) return "martian-source";
  if (back.oif === iif || (back.type === "local" && iif === "lo")) return "ok";
  const ns = getNamespace(world, netns)!;
  const link = findLink(world, netns, iif);
  const noAddr = !ns.addrs.some((a) => a.ifindex === link?.ifindex);
  if (noAddr || rpf === 1) return "rp_filter";
  return "ok";
}

/** Route a packet received on `iif` (ip_route_input_slow). */
export function routeInput(world: World, netns: string, query: { dst: Ipv4; src: Ipv4; iif: string; mark?: number } & FlowKeys): RouteInput {
  const { dst, src, iif } = query;
  const link = findLink(world, netns, iif);
  if (!link) return { action: "drop", reason: "no-device" };
  if (link.kind === "loopback" && isLocal(world, netns, dst)) return { action: "local" };
  if (isMulticast(src) || src === 0xffffffff) return { action: "drop", reason: "martian-source" };
  if (dst === 0xffffffff || (src === 0 && dst === 0)) return { action: "broadcast" };
  if (isZeroNet(src)) return { action: "drop", reason: "martian-source" };
  if (isZeroNet(dst)) return { action: "drop", reason: "martian-destination" };
  const localnet = confValue(world, netns, iif, "route_localnet") !== 0;
  if (isLoopbackNet(dst) && !localnet) return { action: "drop", reason: "martian-destination" };
  if (isLoopbackNet(src) && !localnet) return { action: "drop", reason: "martian-source" };
  const forwarding = confValue(world, netns, iif, "forwarding") !== 0;
  const found = fibLookup(world, netns, { dst, src, iif, ...(query.mark ? { mark: query.mark } : {}), ...flowKeys(query) });
  if (!found || found.errno) {
    if (!forwarding) return { action: "drop", reason: "no-forwarding" };
    if (!found) return { action: "icmp", icmpType: 3, icmpCode: 0 };
    // ip_error: the errno picks the ICMP code; blackhole (EINVAL) drops silently.
    if (found.errno === "EHOSTUNREACH") return { action: "icmp", icmpType: 3, icmpCode: 1 };
    if (found.errno === "ENETUNREACH") return { action: "icmp", icmpType: 3, icmpCode: 0 };
    if (found.errno === "EACCES") return { action: "icmp", icmpType: 3, icmpCode: 13 };
    return { action: "drop", reason: "blackhole" };
  }
  if (found.type === "broadcast" || found.type === "local") {
    const verdict = validateSource(world, netns, src, dst, iif, query.mark);
    if (verdict !== "ok") return { action: "drop", reason: verdict };
    return { action: found.type };
  }
  if (!forwarding) return { action: "drop", reason: "no-forwarding" };
  const verdict = validateSource(world, netns, src, dst, iif, query.mark);
  if (verdict !== "ok") return { action: "drop", reason: verdict };
  const gateway = usedGateway(found);
  return { action: "forward", oif: found.oif!, ...(gateway !== undefined ? { gateway } : {}), nexthop: gateway ?? dst, ...(found.table !== TABLE_MAIN ? { table: found.table } : {}), route: found.route };
}

