// IPv6 addresses and routes of a namespace (addrconf and the fib6 tables), kept as plain data
// under ns["inet6"]. The automatic link-local address (link.ll6) and ::1 stay where links.ts
// keeps them; this module holds what `ip -6 addr add` and `ip -6 route add` create.
import { andIpv6, prefixToMask6, sameIpv6, type Ipv6 } from "../netfilter/ipv6.js";
import { getNamespace, isOperUp } from "./links.js";
import { onSysctlWrite, sysctlGet } from "./sysctl.js";
import type { Link, Namespace, World } from "./types.js";
import { TABLE_MAIN } from "./types.js";

/** An address added with `ip addr add`. */
export interface Addr6 {
  ifindex: number;
  addr: Ipv6;
  prefix: number;
  nodad?: boolean;
  noprefixroute?: boolean;
  /** IFA_F_HOMEADDRESS and IFA_F_MANAGETEMPADDR (`home`, `mngtmpaddr`): shown only. */
  home?: boolean;
  mngtmpaddr?: boolean;
  /** `metric N`: the prefix route's metric (else 256). */
  metric?: number;
  /** Clock time DAD ends; undefined while waiting for carrier; 0 when never tentative. */
  dadEnd?: number;
  /** Order of creation: the kernel lists an address before older ones of its scope. */
  seq: number;
}

export type Route6Type = "unicast" | "local" | "anycast" | "multicast" | "blackhole" | "unreachable" | "prohibit" | "throw";

export interface Route6 {
  table: number;
  type: Route6Type;
  dst: Ipv6;
  prefix: number;
  gateway?: Ipv6;
  oif?: number;
  proto: string;
  metric: number;
  prefsrc?: Ipv6;
  onlink?: boolean;
  /** Router preference (RFC 4191) when not "medium". */
  pref?: "high" | "low";
  mtu?: number;
  /** A multipath route's paths (fib6 siblings); gateway/oif above are then the first path's. */
  nexthops?: Nexthop6[];
}

export interface Nexthop6 { gateway?: Ipv6; oif?: number; weight: number }

export interface Inet6State {
  addrs: Addr6[];
  /** Routes that live until deleted (prefix routes of addresses, `ip -6 route add`). */
  routes: Route6[];
  /** Devices given the ff00::/8 multicast route by an address added while up. */
  mroutes: number[];
  /** ::1 was deleted from lo (it comes back when lo next goes up). */
  loopbackGone?: boolean;
  /** Tables other than local and main that routes were added to (they outlive their routes). */
  tables?: number[];
  seq: number;
}

/** DAD (one probe after up to a second's delay) keeps a new address tentative this long. */
export const DAD_MS = 2000;
export const LOOPBACK6: Ipv6 = [0, 0, 0, 0, 0, 0, 0, 1];

export function inet6State(ns: Namespace): Inet6State {
  return ((ns as Record<string, unknown>)["inet6"] ??= { addrs: [], routes: [], mroutes: [], seq: 0 }) as Inet6State;
}

/** Without creating the state (listings of a namespace that never had IPv6 configured). */
export function inet6StateIfAny(ns: Namespace): Inet6State | undefined {
  return (ns as Record<string, unknown>)["inet6"] as Inet6State | undefined;
}

/** The EUI-64 link-local address (fe80::/64) a device with MAC `mac` takes. */
export function linkLocalAddr6(mac: string): Ipv6 {
  const b = mac.split(":").map((x) => parseInt(x, 16));
  return [0xfe80, 0, 0, 0, ((b[0]! ^ 2) << 8) | b[1]!, (b[2]! << 8) | 0xff, 0xfe00 | b[3]!, (b[4]! << 8) | b[5]!];
}

export const network6 = (addr: Ipv6, prefix: number): Ipv6 => andIpv6(addr, prefixToMask6(prefix));

export function inPrefix6(addr: Ipv6, net: Ipv6, prefix: number): boolean {
  return sameIpv6(network6(addr, prefix), network6(net, prefix));
}

/** Link-local (fe80::/10) addresses have link scope; ::1 host; the rest global. */
export function scope6(addr: Ipv6): "host" | "link" | "global" {
  if (sameIpv6(addr, LOOPBACK6)) return "host";
  return (addr[0]! & 0xffc0) === 0xfe80 ? "link" : "global";
}

export function isTentative(world: World, a: Addr6): boolean {
  return a.dadEnd === undefined || world.clock < a.dadEnd;
}

function sameRoute6(a: Route6, b: Route6): boolean {
  return a.table === b.table && a.prefix === b.prefix && sameIpv6(a.dst, b.dst) && a.metric === b.metric;
}

/** fib6_add: a route with the same table, prefix and metric is "File exists". */
export function insertRoute6(state: Inet6State, route: Route6): boolean {
  if (state.routes.some((r) => sameRoute6(r, route))) return false;
  state.routes.push(route);
  return true;
}

function prefixRoute(a: Addr6): Route6 {
  return { table: TABLE_MAIN, type: "unicast", dst: network6(a.addr, a.prefix), prefix: a.prefix, oif: a.ifindex, proto: "kernel", metric: a.metric ?? 256 };
}

/** net.ipv6.conf.DEV.disable_ipv6: the device has no IPv6 addresses or routes. */
export function ipv6Disabled(world: World, netns: string, link: Link): boolean {
  return sysctlGet(world, netns, `net.ipv6.conf.${link.name}.disable_ipv6`) === "1";
}

/** Writing disable_ipv6=1 (a device's, or conf/all's for every device) takes their addresses and routes (addrconf_ifdown). */
onSysctlWrite((world, netns, key, value) => {
  const m = /^net\.ipv6\.conf\.([^.]+)\.disable_ipv6$/.exec(key);
  if (!m || value !== "1" || m[1] === "default") return;
  for (const link of getNamespace(world, netns)?.links ?? []) if (m[1] === "all" || link.name === m[1]) onLinkDown6(world, netns, link);
});

/** inet6_addr_add; returns the error text, or undefined. */
export function addAddress6(world: World, netns: string, link: Link, addr: Ipv6, prefix: number, opts: { nodad?: boolean; noprefixroute?: boolean; metric?: number; home?: boolean; mngtmpaddr?: boolean }): string | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return "RTNETLINK answers: No such device";
  if (ipv6Disabled(world, netns, link)) return "Error: ipv6: IPv6 is disabled on this device.";
  const state = inet6State(ns);
  const loopback = link.kind === "loopback";
  const duplicate = state.addrs.some((a) => a.ifindex === link.ifindex && sameIpv6(a.addr, addr)) ||
    (loopback && link.adminUp && !state.loopbackGone && sameIpv6(addr, LOOPBACK6));
  if (duplicate) return "Error: ipv6: address already assigned.";
  const a: Addr6 = { ifindex: link.ifindex, addr, prefix, seq: ++state.seq };
  if (opts.nodad) a.nodad = true;
  if (opts.noprefixroute) a.noprefixroute = true;
  if (opts.metric) a.metric = opts.metric;
  if (opts.home) a.home = true;
  if (opts.mngtmpaddr) a.mngtmpaddr = true;
  if (opts.nodad || loopback) a.dadEnd = 0;
  else if (isOperUp(world, netns, link)) a.dadEnd = world.clock + DAD_MS;
  state.addrs.push(a);
  if (link.adminUp) {
    if (!a.noprefixroute) insertRoute6(state, prefixRoute(a));
    if (!loopback && !state.mroutes.includes(link.ifindex)) state.mroutes.push(link.ifindex);
  }
  return undefined;
}

/** `ip -6 addr change/replace` of an existing address: its flags become those given (inet6_addr_modify). */
export function updateAddress6(world: World, netns: string, link: Link, addr: Ipv6, opts: { nodad?: boolean; noprefixroute?: boolean; metric?: number }): boolean {
  const ns = getNamespace(world, netns);
  const state = ns ? inet6StateIfAny(ns) : undefined;
  const a = state?.addrs.find((x) => x.ifindex === link.ifindex && sameIpv6(x.addr, addr));
  if (!state || !a) return false;
  const hadRoute = !a.noprefixroute;
  for (const key of ["nodad", "noprefixroute"] as const) delete a[key];
  if (opts.nodad) a.nodad = true;
  if (opts.noprefixroute) a.noprefixroute = true;
  // a metric not given leaves the address's own (rt_priority) as it was
  if (opts.metric) a.metric = opts.metric;
  if (hadRoute && a.noprefixroute) removeAddress6(state, a, true);
  else if (!a.noprefixroute && link.adminUp) {
    // modify_prefix_route: the prefix route moves to the address's metric; a missing one is made again
    const wanted = prefixRoute(a);
    const current = state.routes.findIndex((r) => r.table === TABLE_MAIN && r.oif === a.ifindex && r.gateway === undefined && r.prefix === a.prefix && sameIpv6(r.dst, wanted.dst));
    if (current < 0) insertRoute6(state, wanted);
    else if (state.routes[current]!.metric !== wanted.metric) {
      state.routes.splice(current, 1);
      insertRoute6(state, wanted);
    }
  }
  return true;
}

/** inet6_addr_del: the address must match with its prefix length. */
export function deleteAddress6(world: World, netns: string, link: Link, addr: Ipv6, prefix: number): string | undefined {
  const ns = getNamespace(world, netns);
  const state = ns ? inet6State(ns) : undefined;
  const a = state?.addrs.find((x) => x.ifindex === link.ifindex && sameIpv6(x.addr, addr) && x.prefix === prefix);
  if (!state || !a) {
    if (state && link.kind === "loopback" && link.adminUp && !state.loopbackGone && sameIpv6(addr, LOOPBACK6) && prefix === 128) {
      state.loopbackGone = true;
      return undefined;
    }
    return "Error: ipv6: address not found.";
  }
  removeAddress6(state, a);
  return undefined;
}

/** Drop an address and, unless another address of the device shares it, its prefix route. */
export function removeAddress6(state: Inet6State, a: Addr6, routeOnly = false): void {
  if (!routeOnly) state.addrs = state.addrs.filter((x) => x !== a);
  if (a.noprefixroute && !routeOnly) return;
  const shared = state.addrs.some((x) => x !== a && x.ifindex === a.ifindex && x.prefix === a.prefix && !x.noprefixroute && inPrefix6(x.addr, a.addr, a.prefix));
  if (shared) return;
  // cleanup_prefix_route: the first gateway-less route to the prefix over the device goes, whoever made it
  const net = network6(a.addr, a.prefix);
  const victim = state.routes.find((r) => r.table === TABLE_MAIN && r.oif === a.ifindex && r.gateway === undefined && r.prefix === a.prefix && sameIpv6(r.dst, net));
  if (victim) state.routes = state.routes.filter((r) => r !== victim);
}

/** NETDEV_UP: addresses added while down get their prefix routes (addrconf_permanent_addr). */
export function onLinkUp6(world: World, netns: string, link: Link): void {
  const ns = getNamespace(world, netns);
  const state = ns ? inet6StateIfAny(ns) : undefined;
  if (!state) return;
  if (link.kind === "loopback") delete state.loopbackGone;
  for (const a of state.addrs) if (a.ifindex === link.ifindex && !a.noprefixroute) insertRoute6(state, prefixRoute(a));
}

/** NETDEV_DOWN (keep_addr_on_down=0): every address and route of the device goes. */
export function onLinkDown6(world: World, netns: string, link: Link): void {
  const ns = getNamespace(world, netns);
  const state = ns ? inet6StateIfAny(ns) : undefined;
  if (!state) return;
  state.addrs = state.addrs.filter((a) => a.ifindex !== link.ifindex);
  state.routes = state.routes.filter((r) => r.oif !== link.ifindex);
  state.mroutes = state.mroutes.filter((i) => i !== link.ifindex);
  if (link.kind === "loopback") delete state.loopbackGone;
}

/** DAD starts once a device runs (carrier); call after any link change. */
export function startPendingDad(world: World): void {
  for (const [netns, ns] of Object.entries(world.namespaces)) {
    const state = inet6StateIfAny(ns);
    if (!state) continue;
    for (const a of state.addrs) {
      if (a.dadEnd !== undefined) continue;
      const link = ns.links.find((l) => l.ifindex === a.ifindex);
      if (link && isOperUp(world, netns, link)) a.dadEnd = world.clock + DAD_MS;
    }
  }
}
