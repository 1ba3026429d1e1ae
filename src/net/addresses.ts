// IPv4 addresses on devices, and the routes the kernel keeps for them (fib_add_ifaddr and the
// netdevice up/down events): `local` routes for each address, the subnet broadcast and the
// connected prefix route while the device is up.
import { inSubnet, prefixToMask } from "../netfilter/ip.js";
import type { Ipv4 } from "../netfilter/types.js";
import type { IfAddr, Link, Namespace, Route, World } from "./types.js";
import { SCOPE_HOST, SCOPE_LINK, TABLE_LOCAL, TABLE_MAIN } from "./types.js";

const LOOPBACK_ADDR = 0x7f000001;
const SCOPE_RANK: Record<IfAddr["scope"], number> = { global: 0, link: SCOPE_LINK, host: SCOPE_HOST };

function ns(world: World, netns: string): Namespace | undefined {
  return Object.prototype.hasOwnProperty.call(world.namespaces, netns) ? world.namespaces[netns] : undefined;
}

function network(addr: Ipv4, prefix: number): Ipv4 {
  return (addr & prefixToMask(prefix)) >>> 0;
}

/** The kernel's ifa_address: the peer of a point-to-point address, else the address itself. */
export function ifaAddress(a: IfAddr): Ipv4 {
  return a.peer ?? a.addr;
}

function sameRoute(a: Route, b: Route): boolean {
  return a.table === b.table && a.type === b.type && a.dst === b.dst && a.prefix === b.prefix &&
    a.oif === b.oif && a.gateway === b.gateway && a.metric === b.metric && a.prefsrc === b.prefsrc;
}

function addKernelRoute(space: Namespace, route: Route): void {
  if (!space.routes.some((r) => sameRoute(r, route))) space.routes.push(route);
}

function kernelRoute(type: Route["type"], dst: Ipv4, prefix: number, link: Link, prefsrc: Ipv4): Route {
  const table = type === "unicast" ? TABLE_MAIN : TABLE_LOCAL;
  const scope = type === "local" ? SCOPE_HOST : SCOPE_LINK;
  return { table, type, dst, prefix, oif: link.ifindex, prefsrc, scope, proto: "kernel", metric: 0, onlink: false };
}

/** `ip addr add … metric N` / `noprefixroute`: kept on the address (plain data beside IfAddr's fields). */
export interface AddressOptions { metric?: number; noprefixroute?: boolean }

/** The kernel's fib_add_ifaddr for one address. */
function addRoutesForAddress(space: Namespace, link: Link, ifa: IfAddr): void {
  const primary = ifa.secondary
    ? space.addrs.find((a) => a.ifindex === ifa.ifindex && !a.secondary && a.prefix === ifa.prefix && inSubnet(ifaAddress(a), ifaAddress(ifa), prefixToMask(a.prefix)))?.addr ?? ifa.addr
    : ifa.addr;
  addKernelRoute(space, kernelRoute("local", ifa.addr, 32, link, primary));
  if (!link.adminUp) return;
  if (ifa.broadcast !== undefined && ifa.broadcast !== 0xffffffff) {
    addKernelRoute(space, kernelRoute("broadcast", ifa.broadcast, 32, link, primary));
  }
  const net = network(ifaAddress(ifa), ifa.prefix);
  const extra = ifa as AddressOptions;
  if ((net >>> 24) !== 0 && !ifa.secondary && (net !== ifa.addr || ifa.prefix < 32)) {
    const route = kernelRoute(link.kind === "loopback" ? "local" : "unicast", net, ifa.prefix, link, primary);
    route.metric = extra.metric ?? 0;
    if (!extra.noprefixroute) addKernelRoute(space, route);
    if (ifa.prefix < 31) addKernelRoute(space, kernelRoute("broadcast", (net | ~prefixToMask(ifa.prefix)) >>> 0, 32, link, primary));
  }
}

/** Rebuild the kernel-made routes of one device from its addresses. */
function syncKernelRoutes(space: Namespace, link: Link): void {
  space.routes = space.routes.filter((r) => !(r.proto === "kernel" && r.oif === link.ifindex));
  for (const ifa of space.addrs.filter((a) => a.ifindex === link.ifindex)) addRoutesForAddress(space, link, ifa);
}

export function addressesOf(world: World, netns: string, link: Link): IfAddr[] {
  return ns(world, netns)?.addrs.filter((a) => a.ifindex === link.ifindex) ?? [];
}

/** `ip addr add`; returns the error text iproute2 prints, or undefined. */
export function addAddress(world: World, netns: string, link: Link, addr: Ipv4, prefix: number, broadcast?: Ipv4, scope: IfAddr["scope"] = "global", peer?: Ipv4, options: AddressOptions = {}): string | undefined {
  const space = ns(world, netns);
  if (!space) return "RTNETLINK answers: No such device";
  // rtm_to_ifaddr (ipv4_devconf_setall): once asked for an address, the device holds every
  // IPv4 setting as its own, so later conf/default writes pass it by (even if the add fails)
  link.confWritten = ["*"];
  // (__inet_insert_ifa frees an address of 0.0.0.0 and reports success)
  if (addr === 0) return undefined;
  const mine = space.addrs.filter((a) => a.ifindex === link.ifindex);
  // __inet_insert_ifa: same mask and subnet (of the peer, for point-to-point) as an existing address.
  const sameSubnet = (a: IfAddr) => a.prefix === prefix && inSubnet(peer ?? addr, ifaAddress(a), prefixToMask(prefix));
  if (mine.some((a) => sameSubnet(a) && a.addr === addr)) return "Error: ipv4: Address already assigned.";
  const secondary = mine.some((a) => !a.secondary && sameSubnet(a));
  const ifa: IfAddr = { ifindex: link.ifindex, addr, prefix, scope, secondary };
  if (peer !== undefined) ifa.peer = peer;
  if (broadcast !== undefined) ifa.broadcast = broadcast;
  if (options.metric) (ifa as AddressOptions).metric = options.metric;
  if (options.noprefixroute) (ifa as AddressOptions).noprefixroute = true;
  // The kernel's list order: primaries by scope (host, link, then global), secondaries last.
  const others = space.addrs.filter((a) => a.ifindex !== link.ifindex);
  let at = 0;
  if (secondary) at = mine.length;
  else mine.forEach((a, i) => { if (!a.secondary && SCOPE_RANK[a.scope] >= SCOPE_RANK[scope]) at = i + 1; });
  mine.splice(at, 0, ifa);
  space.addrs = [...others, ...mine];
  addRoutesForAddress(space, link, ifa);
  return undefined;
}

/** `ip addr del`; a primary takes its secondaries with it (promote_secondaries=0). */
export function deleteAddress(world: World, netns: string, link: Link, addr: Ipv4, prefix?: number, peer?: Ipv4): string | undefined {
  const space = ns(world, netns);
  const ifa = space?.addrs.find((a) => a.ifindex === link.ifindex && a.addr === addr && (prefix === undefined || a.prefix === prefix) &&
    (peer === undefined || inSubnet(peer, ifaAddress(a), prefixToMask(a.prefix))));
  if (!space || !ifa) return "Error: ipv4: Address not found.";
  const mask = prefixToMask(ifa.prefix);
  const gone = (a: IfAddr) => a === ifa ||
    (!ifa.secondary && a.secondary && a.ifindex === ifa.ifindex && a.prefix === ifa.prefix && inSubnet(ifaAddress(a), ifaAddress(ifa), mask));
  const removed = space.addrs.filter(gone);
  space.addrs = space.addrs.filter((a) => !gone(a));
  for (const old of removed) {
    if (!space.addrs.some((a) => a.addr === old.addr)) space.routes = space.routes.filter((r) => r.prefsrc !== old.addr);
  }
  if (!space.addrs.some((a) => a.ifindex === link.ifindex)) {
    space.routes = space.routes.filter((r) => r.oif !== link.ifindex);
  } else {
    for (const old of removed) removeRoutesOfAddress(space, link, old);
  }
  return undefined;
}

/** fib_del_ifaddr: drop the kernel routes an address brought, unless a remaining one still needs them. */
function removeRoutesOfAddress(space: Namespace, link: Link, ifa: IfAddr): void {
  const remaining = space.addrs.filter((a) => a.ifindex === link.ifindex);
  const net = network(ifaAddress(ifa), ifa.prefix);
  const subnetBroadcast = (net | ~prefixToMask(ifa.prefix)) >>> 0;
  const broadcastsInUse = new Set(remaining.flatMap((a) => [
    ...(a.broadcast !== undefined ? [a.broadcast] : []),
    ...(!a.secondary && a.prefix < 31 ? [(network(ifaAddress(a), a.prefix) | ~prefixToMask(a.prefix)) >>> 0] : []),
  ]));
  const doomed = (r: Route): boolean => {
    if (r.proto !== "kernel" || r.oif !== link.ifindex) return false;
    if (r.type === "local" && r.prefix === 32 && r.dst === ifa.addr) return !remaining.some((a) => a.addr === ifa.addr);
    if (r.type === "broadcast" && (r.dst === ifa.broadcast || (!ifa.secondary && r.dst === subnetBroadcast))) return !broadcastsInUse.has(r.dst);
    if (ifa.secondary) return false;
    return r.dst === net && r.prefix === ifa.prefix && (r.type === "unicast" || r.type === "local");
  };
  space.routes = space.routes.filter((r) => !doomed(r));
}

/** NETDEV_UP: loopback gets 127.0.0.1/8; the address routes come back. */
export function onLinkUp(world: World, netns: string, link: Link): void {
  const space = ns(world, netns);
  if (!space) return;
  if (link.kind === "loopback" && !space.addrs.some((a) => a.ifindex === link.ifindex && a.addr === LOOPBACK_ADDR)) {
    addAddress(world, netns, link, LOOPBACK_ADDR, 8, undefined, "host");
  }
  syncKernelRoutes(space, link);
}

/** NETDEV_DOWN: every route through the device goes, except host-scope ones (its `local` routes). */
export function onLinkDown(world: World, netns: string, link: Link): void {
  const space = ns(world, netns);
  if (!space) return;
  space.routes = space.routes.filter((r) => r.oif !== link.ifindex || r.scope >= SCOPE_HOST);
}

/** The device leaves the namespace (deleted or moved): its addresses and routes go. */
export function dropLinkState(world: World, netns: string, link: Link): void {
  const space = ns(world, netns);
  if (!space) return;
  const addrs = new Set(space.addrs.filter((a) => a.ifindex === link.ifindex).map((a) => a.addr));
  space.addrs = space.addrs.filter((a) => a.ifindex !== link.ifindex);
  space.routes = space.routes.filter((r) => r.oif !== link.ifindex &&
    !(r.prefsrc !== undefined && addrs.has(r.prefsrc) && !space.addrs.some((a) => a.addr === r.prefsrc)));
}

export function isLocalAddress(world: World, netns: string, addr: Ipv4): boolean {
  return ns(world, netns)?.addrs.some((a) => a.addr === addr) ?? false;
}

export function localAddresses(world: World, netns: string): { iface: string; addr: Ipv4; prefix: number }[] {
  const space = ns(world, netns);
  if (!space) return [];
  return space.addrs.map((a) => ({ iface: space.links.find((l) => l.ifindex === a.ifindex)?.name ?? "", addr: a.addr, prefix: a.prefix }));
}
