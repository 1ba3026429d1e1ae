// The IPv6 FIB as the kernel shows it: stored routes (inet6.ts) plus those addrconf keeps for
// the automatic addresses (fe80::/64, ff00::/8, local routes), walked in fib6's tree order, and
// the lookups `ip -6 route get` and gateway checks need.
import { sameIpv6, type Ipv6 } from "../netfilter/ipv6.js";
import { DAD_MS, inet6StateIfAny, ipv6Disabled, inPrefix6, linkLocalAddr6, network6, isTentative, LOOPBACK6, scope6, type Route6 } from "./inet6.js";
import { getNamespace, isOperUp } from "./links.js";
import { sysctlGet } from "./sysctl.js";
import type { Link, World } from "./types.js";
import { TABLE_LOCAL, TABLE_MAIN } from "./types.js";

const LINK_LOCAL_NET: Ipv6 = [0xfe80, 0, 0, 0, 0, 0, 0, 0];
const MULTICAST_NET: Ipv6 = [0xff00, 0, 0, 0, 0, 0, 0, 0];

function bit(a: Ipv6, i: number): number {
  return (a[i >> 4]! >> (15 - (i & 15))) & 1;
}

/** fib6_walk is a post-order walk of a radix tree: more specific routes come before the prefix holding them. */
export function compareTreeOrder(a: Route6, b: Route6): number {
  const common = Math.min(a.prefix, b.prefix);
  for (let i = 0; i < common; i++) {
    const d = bit(a.dst, i) - bit(b.dst, i);
    if (d !== 0) return d;
  }
  if (a.prefix !== b.prefix) return b.prefix - a.prefix;
  return a.metric - b.metric;
}

/** The EUI-64 link-local address of a device (as common.ts' linkLocal6 prints it). */


/** Every IPv6 route of the namespace, each table in tree order (tables by id, as fib6's hash walks them). */
export function allRoutes6(world: World, netns: string): Route6[] {
  const ns = getNamespace(world, netns);
  if (!ns) return [];
  const state = inet6StateIfAny(ns);
  const stored = state?.routes ?? [];
  const out: Route6[] = [...stored];
  const has = (r: Route6) => out.some((x) => x.table === r.table && x.type === r.type && x.prefix === r.prefix && x.metric === r.metric && x.oif === r.oif && sameIpv6(x.dst, r.dst));
  const add = (r: Route6) => { if (!has(r)) out.push(r); };
  const lo = ns.links.find((l) => l.kind === "loopback");
  if (lo?.adminUp && !state?.loopbackGone && !ipv6Disabled(world, netns, lo)) {
    add({ table: TABLE_LOCAL, type: "local", dst: LOOPBACK6, prefix: 128, oif: lo.ifindex, proto: "kernel", metric: 0 });
  }
  for (const a of state?.addrs ?? []) {
    if (isTentative(world, a)) continue;
    add({ table: TABLE_LOCAL, type: "local", dst: a.addr, prefix: 128, oif: a.ifindex, proto: "kernel", metric: 0 });
    // a router joins the subnet-router anycast address of each prefix (addrconf_join_anycast)
    const dev = ns.links.find((l) => l.ifindex === a.ifindex);
    if (a.prefix < 128 && dev && sysctlGet(world, netns, `net.ipv6.conf.${dev.name}.forwarding`) === "1") {
      add({ table: TABLE_LOCAL, type: "anycast", dst: network6(a.addr, a.prefix), prefix: 128, oif: a.ifindex, proto: "kernel", metric: 0 });
    }
  }
  const llDevices = (ns.ll6Order ?? []).map((i) => ns.links.find((l) => l.ifindex === i))
    .filter((l): l is Link => l?.ll6 !== undefined && !ipv6Disabled(world, netns, l));
  for (const l of llDevices) {
    if (world.clock - l.ll6! >= DAD_MS) add({ table: TABLE_LOCAL, type: "local", dst: linkLocalAddr6(l.mac), prefix: 128, oif: l.ifindex, proto: "kernel", metric: 0 });
  }
  // the link-local prefix route keeps its place in the order devices came up
  const llRoutes = llDevices.map((l): Route6 => ({ table: TABLE_MAIN, type: "unicast", dst: LINK_LOCAL_NET, prefix: 64, oif: l.ifindex, proto: "kernel", metric: 256 }));
  for (const r of llRoutes) add(r);
  const mdevs = [...llDevices.map((l) => l.ifindex), ...(state?.mroutes ?? [])];
  for (const ifindex of mdevs) add({ table: TABLE_LOCAL, type: "multicast", dst: MULTICAST_NET, prefix: 8, oif: ifindex, proto: "kernel", metric: 256 });
  const order = new Map(out.map((r, i) => [r, i]));
  return out.sort((a, b) => (a.table & 255) - (b.table & 255) || compareTreeOrder(a, b) || order.get(a)! - order.get(b)!);
}

export type Lookup6 = { route: Route6 } | { errno: "ENETUNREACH" | "EHOSTUNREACH" | "EACCES" | "EINVAL" };

/** fib6_lookup through the default rules (local, then main): longest prefix, then lowest metric, live device. */
export function lookup6(world: World, netns: string, dst: Ipv6, tables: number[] = [TABLE_LOCAL, TABLE_MAIN]): Lookup6 {
  const routes = allRoutes6(world, netns);
  for (const table of tables) {
    let best: Route6 | undefined;
    for (const r of routes) {
      if (r.table !== table || r.type === "multicast" || !inPrefix6(dst, r.dst, r.prefix)) continue;
      if (best === undefined || r.prefix > best.prefix || (r.prefix === best.prefix && r.metric < best.metric)) best = r;
    }
    if (!best) continue;
    if (best.type === "blackhole") return { errno: "EINVAL" };
    if (best.type === "unreachable") return { errno: "EHOSTUNREACH" };
    if (best.type === "prohibit") return { errno: "EACCES" };
    // (throw ends this table's lookup: the next table is asked, and with none left the net is unreachable)
    if (best.type === "throw") continue;
    return { route: best };
  }
  return { errno: "ENETUNREACH" };
}

/** ipv6_dev_get_saddr, simplified: a usable address of the output device first, the longest match with dst. */
export function selectSource6(world: World, netns: string, dst: Ipv6, oif: number | undefined): Ipv6 | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return undefined;
  if (sameIpv6(dst, LOOPBACK6)) return LOOPBACK6;
  const state = inet6StateIfAny(ns);
  const wanted = scope6(dst);
  const candidates = (state?.addrs ?? []).filter((a) => !isTentative(world, a) && (wanted !== "global" || scope6(a.addr) === "global"));
  for (const l of ns.links) {
    if (l.ll6 !== undefined && world.clock - l.ll6 >= DAD_MS && wanted === "link") candidates.push({ ifindex: l.ifindex, addr: linkLocalAddr6(l.mac), prefix: 64, seq: -1, dadEnd: 0 });
  }
  const common = (a: Ipv6) => { let i = 0; while (i < 128 && bit(a, i) === bit(dst, i)) i++; return i; };
  const ranked = candidates.sort((a, b) => Number(b.ifindex === oif) - Number(a.ifindex === oif) || common(b.addr) - common(a.addr) || b.seq - a.seq);
  return ranked[0]?.addr;
}

/** Is the device able to carry the route now (a nexthop without carrier is "linkdown")? */
export function route6LinkDown(world: World, netns: string, r: Route6): boolean {
  if (r.type === "local" || r.oif === undefined) return false;
  const link = getNamespace(world, netns)?.links.find((l) => l.ifindex === r.oif);
  return link !== undefined && link.kind !== "loopback" && !isOperUp(world, netns, link);
}
