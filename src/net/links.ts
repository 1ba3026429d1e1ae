// Network devices: loopback, veth pairs, bridges; up/down, moving between namespaces, enslaving.
// Route and address side effects follow the kernel's netdevice events (see addresses.ts).
import { randomMac } from "./random.js";
import type { Link, LinkKind, Namespace, World } from "./types.js";
import { onLinkDown, onLinkUp, dropLinkState } from "./addresses.js";
import { dropDeviceSysctls, initDeviceSysctls } from "./sysctl.js";
import { clearFailedNeighbours } from "./neighbour-failed.js";
import { onLinkDown6, onLinkUp6, startPendingDad } from "./inet6.js";
import { noteNewPort, trackCarrier } from "./carrier-changes.js";

export function getNamespace(world: World, netns: string): Namespace | undefined {
  return Object.prototype.hasOwnProperty.call(world.namespaces, netns) ? world.namespaces[netns] : undefined;
}

export function findLink(world: World, netns: string, name: string): Link | undefined {
  return getNamespace(world, netns)?.links.find((l) => l.name === name);
}

export function linkByIndex(world: World, netns: string, ifindex: number): Link | undefined {
  return getNamespace(world, netns)?.links.find((l) => l.ifindex === ifindex);
}

/** The other end of a veth, wherever it lives. */
export function vethPeer(world: World, link: Link): { netns: string; link: Link } | undefined {
  if (!link.peer) return undefined;
  const peer = linkByIndex(world, link.peer.netns, link.peer.ifindex);
  return peer ? { netns: link.peer.netns, link: peer } : undefined;
}

/** Ports enslaved to a bridge. */
export function bridgePorts(world: World, netns: string, bridge: Link): Link[] {
  return getNamespace(world, netns)?.links.filter((l) => l.master === bridge.ifindex) ?? [];
}

/** Carrier (LOWER_UP): a veth has it when its peer is up; a bridge when a port is running. */
export function hasCarrier(world: World, netns: string, link: Link): boolean {
  if (link.kind === "loopback") return true;
  if (link.kind === "veth") return vethPeer(world, link)?.link.adminUp === true;
  if (!link.hadPorts) return true;
  return bridgePorts(world, netns, link).some((p) => isOperUp(world, netns, p));
}

/** Operationally up: administratively up and with carrier. */
export function isOperUp(world: World, netns: string, link: Link): boolean {
  return link.adminUp && hasCarrier(world, netns, link);
}

function allocIfindex(ns: Namespace, wanted?: number): number {
  const used = (i: number) => ns.links.some((l) => l.ifindex === i);
  if (wanted !== undefined && !used(wanted)) return wanted;
  let i = ns.lastIfindex + 1;
  while (used(i)) i++;
  ns.lastIfindex = i;
  return i;
}

function insertLink(world: World, ns: Namespace, link: Link): void {
  ns.links.push(link);
  ns.links.sort((a, b) => a.ifindex - b.ifindex);
  initDeviceSysctls(world, ns.name, link.name);
}

function newLink(world: World, ns: Namespace, name: string, kind: LinkKind): Link {
  return { ifindex: allocIfindex(ns), name, kind, mac: randomMac(world), mtu: 1500, adminUp: false };
}

/** Errors are returned as the text iproute2 prints ("RTNETLINK answers: File exists"). */
export function addVethPair(world: World, netns: string, name: string, peerName: string, peerNetns = netns): string | undefined {
  const ns = getNamespace(world, netns);
  const peerNs = getNamespace(world, peerNetns);
  if (!ns || !peerNs) return "RTNETLINK answers: No such file or directory";
  if (ns.links.some((l) => l.name === name) || peerNs.links.some((l) => l.name === peerName) || (ns === peerNs && name === peerName)) {
    return "RTNETLINK answers: File exists";
  }
  // The kernel registers the peer first, so it gets the lower ifindex.
  const peer = newLink(world, peerNs, peerName, "veth");
  insertLink(world, peerNs, peer);
  const dev = newLink(world, ns, name, "veth");
  insertLink(world, ns, dev);
  dev.peer = { netns: peerNetns, ifindex: peer.ifindex };
  peer.peer = { netns, ifindex: dev.ifindex };
  if (netns !== peerNetns) assignNetnsIds(world, netns, peerNetns);
  return undefined;
}

export function addBridge(world: World, netns: string, name: string): string | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return "RTNETLINK answers: No such file or directory";
  if (ns.links.some((l) => l.name === name)) return "RTNETLINK answers: File exists";
  insertLink(world, ns, newLink(world, ns, name, "bridge"));
  return undefined;
}

function removeFromNamespace(world: World, netns: string, link: Link): void {
  const ns = getNamespace(world, netns)!;
  flushNeighboursBothEnds(world, netns, link);
  dropStaticNeighbours(world, netns, link);
  dropLinkState(world, netns, link);
  onLinkDown6(world, netns, link);
  dropDeviceSysctls(world, netns, link.name);
  if (link.kind === "bridge") for (const port of bridgePorts(world, netns, link)) delete port.master;
  delete link.ll6;
  ns.links = ns.links.filter((l) => l !== link);
}

/** Deleting either end of a veth deletes both. */
export function deleteLink(world: World, netns: string, link: Link): string | undefined {
  if (link.kind === "loopback") return "RTNETLINK answers: Operation not supported";
  const peer = vethPeer(world, link);
  removeFromNamespace(world, netns, link);
  if (peer) removeFromNamespace(world, peer.netns, peer.link);
  refreshLinkLocal(world);
  return undefined;
}

/**
 * arp_ifdown / neigh_carrier_down: a device going down (or losing carrier) forgets its
 * neighbours. The packet path keeps its cache under ns["neighbours"] keyed "oif|nexthop".
 */
function flushNeighbours(world: World, netns: string, ifname: string): void {
  clearFailedNeighbours(world, netns, ifname);
  const cache = getNamespace(world, netns)?.["neighbours"] as Record<string, unknown> | undefined;
  if (!cache) return;
  for (const key of Object.keys(cache)) if (key.startsWith(`${ifname}|`)) delete cache[key];
}

/** neigh_ifdown: a device set down or gone loses the entries made with `ip neigh add`, permanent
 * ones too (ns["staticNeighbours"] "dev|addr" → entry, ns["neighbours6"] a list). */
function dropStaticNeighbours(world: World, netns: string, link: Link): void {
  const ns = getNamespace(world, netns) as Record<string, unknown> | undefined;
  const entries = ns?.["neighbours6"] as { dev: string }[] | undefined;
  if (ns && entries) ns["neighbours6"] = entries.filter((e) => e.dev !== link.name);
  const statics = ns?.["staticNeighbours"] as Record<string, unknown> | undefined;
  for (const key of Object.keys(statics ?? {})) if (key.startsWith(`${link.name}|`)) delete statics![key];
}

function flushNeighboursBothEnds(world: World, netns: string, link: Link): void {
  flushNeighbours(world, netns, link.name);
  const peer = vethPeer(world, link);
  if (peer) flushNeighbours(world, peer.netns, peer.link.name);
}

export function setLinkUp(world: World, netns: string, link: Link, up: boolean): void {
  if (link.adminUp === up) return;
  if (!up) flushNeighboursBothEnds(world, netns, link);
  if (!up) dropStaticNeighbours(world, netns, link);
  link.adminUp = up;
  if (up) link.everUp = true;
  // (inetdev_event marks every IPv4 setting of a loopback as its own when it comes up)
  if (up && link.kind === "loopback") link.confWritten = ["*"];
  markSlowOperUp(world, link, up);
  if (up) onLinkUp(world, netns, link);
  else onLinkDown(world, netns, link);
  if (up) onLinkUp6(world, netns, link);
  else onLinkDown6(world, netns, link);
  refreshLinkLocal(world, link);
}

/**
 * linkwatch: a veth opened while its peer is up gets carrier at once, but when its ifindex
 * equals its peer's (ends in two namespaces) the event is not urgent and operstate (IFF_RUNNING)
 * follows only with the next once-a-second linkwatch run.
 */
function markSlowOperUp(world: World, link: Link, up: boolean): void {
  delete link.operUpAt;
  const peer = up ? vethPeer(world, link) : undefined;
  if (peer?.link.adminUp && peer.link.ifindex === link.ifindex) link.operUpAt = world.clock + 1000;
}

/** IPv6 link-local addresses appear once a device runs and go when it is set down; ns.ll6Order
 * keeps the order their fe80::/64 routes were made in (`first`, the device just changed, leads). */
function refreshLinkLocal(world: World, first?: Link): void {
  for (const [name, ns] of Object.entries(world.namespaces)) {
    const order = ns.links.includes(first as Link) ? [first!, ...ns.links.filter((l) => l !== first)] : ns.links;
    for (const link of order) {
      if (!link.adminUp || link.kind === "loopback") delete link.ll6;
      // (addrgenmode none: no link-local address is made)
      else if (isOperUp(world, name, link) && link.ll6 === undefined && link.addrGenMode !== "none") {
        link.ll6 = world.clock;
        ns.ll6Order = [...(ns.ll6Order ?? []).filter((i) => i !== link.ifindex), link.ifindex];
      }
    }
    if (ns.ll6Order) ns.ll6Order = ns.ll6Order.filter((i) => ns.links.some((l) => l.ifindex === i && l.ll6 !== undefined));
  }
  startPendingDad(world);
  trackCarrier(world);
}

/** Two namespaces linked by a veth learn ids for each other (as `ip netns list` shows). */
function assignNetnsIds(world: World, a: string, b: string): void {
  assignNetnsId(world, a, b);
  assignNetnsId(world, b, a);
}

/** peernet2id_alloc: the lowest free id in the viewer's table. */
function assignNetnsId(world: World, viewer: string, other: string): void {
  const mine = ((world.netnsIds ??= {})[viewer] ??= {});
  if (mine[other] !== undefined) return;
  const used = new Set(Object.values(mine));
  let id = 0;
  while (used.has(id)) id++;
  mine[other] = id;
}

/** `ip link set X netns NS`: the device goes down and loses its addresses and routes. */
export function moveLink(world: World, netns: string, link: Link, target: string): string | undefined {
  const to = getNamespace(world, target);
  if (!to) return "RTNETLINK answers: No such file or directory";
  // Loopback and bridges are NETIF_F_NETNS_LOCAL.
  if (link.kind === "loopback" || link.kind === "bridge") return "Error: The interface netns is immutable.";
  if (target === netns) return undefined;
  if (to.links.some((l) => l.name === link.name)) return "Error: An interface with the same name exists in the target netns.";
  // The move is announced to the old namespace with the new one's id.
  assignNetnsId(world, netns, target);
  removeFromNamespace(world, netns, link);
  link.adminUp = false;
  delete link.master;
  // (its IPv4 settings are made anew from the new namespace's conf/default)
  delete link.confWritten;
  link.ifindex = allocIfindex(to, link.ifindex);
  insertLink(world, to, link);
  const peer = vethPeer(world, link);
  if (peer) {
    peer.link.peer = { netns: target, ifindex: link.ifindex };
    if (peer.netns !== target) assignNetnsIds(world, peer.netns, target);
  }
  refreshLinkLocal(world);
  return undefined;
}

export function setMaster(world: World, _netns: string, link: Link, bridge: Link | undefined): string | undefined {
  if (bridge === undefined) {
    delete link.master;
    refreshLinkLocal(world);
    return undefined;
  }
  if (link.kind === "bridge") return "Error: Can not enslave a bridge to a bridge.";
  if (bridge.kind !== "bridge" || link.kind === "loopback") return "RTNETLINK answers: Operation not supported";
  link.master = bridge.ifindex;
  noteNewPort(world, _netns, bridge, link);
  bridge.hadPorts = true;
  refreshLinkLocal(world);
  return undefined;
}
