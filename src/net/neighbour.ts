// Abstract neighbour resolution (no ARP packets): who answers "who has H?" on the segment
// behind an interface, by the rules of arp_process: the owner of H (weak host model, arp_ignore),
// or a router doing proxy_arp for H (forwarding on, a unicast route to H out of another device).
import type { Ipv4 } from "../netfilter/types.js";
import { inSubnet, prefixToMask } from "../netfilter/ip.js";
import { bridgePorts, findLink, getNamespace, isOperUp, linkByIndex, vethPeer } from "./links.js";
import { isLocalAddress } from "./addresses.js";
import { routeInput, selectSource } from "./routing.js";
import { confValue, sysctlNumber } from "./sysctl.js";
import type { IfAddr, Link, World } from "./types.js";
import { SCOPE_LINK } from "./types.js";

export interface NeighbourAnswer {
  /** Who receives frames sent to the resolved MAC, and on which of its devices (for -i). */
  netns: string;
  iface: string;
  /** Answered by proxy_arp: the receiver will route the packet on. */
  proxied: boolean;
  /** Upper bound of the proxy_arp reply delay (neigh.IF.proxy_delay; 0 when not proxied). */
  proxyDelayMs: number;
  /** The frame crossed a Linux bridge of another namespace: entering by inPort, leaving by
   * outPort (undefined: it was for the bridge device itself). Absent when sent out of a local bridge. */
  bridge?: { netns: string; bridge: string; inPort: string; outPort?: string };
  /** Sent out of a local bridge: the port the frame leaves by (for -m physdev --physdev-out). */
  bridgePort?: string;
}

const isMulticast = (a: Ipv4) => a >>> 28 === 0xe;

/** Does the device `iface` of `netns` answer an ARP request for `target` from `sender`? */
function answers(world: World, netns: string, link: Link, target: Ipv4, sender: Ipv4 | undefined): Omit<NeighbourAnswer, "bridge"> | undefined {
  if (!link.adminUp || isMulticast(target)) return undefined;
  const ns = getNamespace(world, netns)!;
  if (target >>> 24 === 127 && !confValue(world, netns, link.name, "route_localnet")) return undefined;
  const owner = ns.addrs.find((a) => a.addr === target);
  const ownerOk = owner !== undefined && !arpIgnored(world, netns, link, owner, sender);
  if (!sender) return ownerOk ? { netns, iface: link.name, proxied: false, proxyDelayMs: 0 } : undefined;
  const route = routeInput(world, netns, { dst: target, src: sender, iif: link.name });
  if (route.action === "local") return ownerOk ? { netns, iface: link.name, proxied: false, proxyDelayMs: 0 } : undefined;
  if (route.action === "forward" && route.oif !== link.name && confValue(world, netns, link.name, "proxy_arp")) {
    const delay = sysctlNumber(world, netns, `net.ipv4.neigh.${link.name}.proxy_delay`) * 10;
    return { netns, iface: link.name, proxied: true, proxyDelayMs: delay };
  }
  return undefined;
}

/**
 * arp_ignore (the larger of all and the device's): whether the device keeps quiet about its
 * namespace's address `owner` when `sender` asks. 1: only addresses of the device itself; 2: and
 * in a subnet of the device that holds the sender too; 3: never scope host addresses;
 * 8: never; 4-7 (reserved) answer like 0.
 */
function arpIgnored(world: World, netns: string, link: Link, owner: IfAddr, sender: Ipv4 | undefined): boolean {
  const mode = confValue(world, netns, link.name, "arp_ignore");
  if (mode === 8) return true;
  if (mode === 3) return owner.scope === "host" && !confValue(world, netns, link.name, "route_localnet");
  if (mode !== 1 && mode !== 2) return false;
  const onDevice = getNamespace(world, netns)!.addrs.filter((a) => a.ifindex === link.ifindex);
  if (!onDevice.some((a) => a.addr === owner.addr)) return true;
  // (inet_ifa_match of both against one address of the device)
  const holds = (a: IfAddr, addr: Ipv4) => inSubnet(addr, a.addr, prefixToMask(a.prefix));
  return mode === 2 && sender !== undefined && !onDevice.some((a) => holds(a, owner.addr) && holds(a, sender));
}

/** Frames entering bridge `bridge` of `netns` by `inPort`: the bridge itself or another port's far end. */
function acrossBridge(world: World, netns: string, bridge: Link, inPort: Link | undefined, target: Ipv4, sender: Ipv4 | undefined): NeighbourAnswer | undefined {
  if (!bridge.adminUp) return undefined;
  if (inPort) {
    const self = answers(world, netns, bridge, target, sender);
    if (self) return { ...self, bridge: { netns, bridge: bridge.name, inPort: inPort.name } };
  }
  for (const port of bridgePorts(world, netns, bridge)) {
    if (port === inPort || !isOperUp(world, netns, port)) continue;
    const far = vethPeer(world, port);
    if (!far) continue;
    const found = answers(world, far.netns, far.link, target, sender);
    if (found) return inPort ? { ...found, bridge: { netns, bridge: bridge.name, inPort: inPort.name, outPort: port.name } } : { ...found, bridgePort: port.name };
  }
  return undefined;
}

/** arp_solicit (arp_announce 0): the packet's source if it is ours, else inet_select_addr(dev, target, link). */
function arpSource(world: World, netns: string, oif: string, target: Ipv4, packetSrc: Ipv4 | undefined): Ipv4 | undefined {
  if (packetSrc !== undefined && packetSrc !== 0 && isLocalAddress(world, netns, packetSrc)) return packetSrc;
  return selectSource(world, netns, oif, target, SCOPE_LINK);
}

/** The sender address of the request this namespace sends for `nexthop` out of `oif`. */
export function arpRequestSource(world: World, netns: string, oif: string, nexthop: Ipv4, packetSrc?: Ipv4): Ipv4 | undefined {
  return arpSource(world, netns, oif, nexthop, packetSrc);
}

/**
 * Who answers ARP for `nexthop` when this namespace sends out of `oif`; `packetSrc` is the
 * source of the packet that needs it (the request uses it if it is ours, else an address of
 * oif, as arp_solicit does). undefined = nobody (frame lost).
 */
export function resolveNeighbour(world: World, netns: string, oif: string, nexthop: Ipv4, packetSrc?: Ipv4): NeighbourAnswer | undefined {
  const link = findLink(world, netns, oif);
  if (!link || !isOperUp(world, netns, link)) return undefined;
  const arpSrc = arpSource(world, netns, oif, nexthop, packetSrc);
  if (link.kind === "loopback") return { netns, iface: "lo", proxied: false, proxyDelayMs: 0 };
  if (link.kind === "bridge") return acrossBridge(world, netns, link, undefined, nexthop, arpSrc);
  const far = vethPeer(world, link);
  if (!far || !far.link.adminUp) return undefined;
  if (far.link.master !== undefined) {
    const bridge = linkByIndex(world, far.netns, far.link.master);
    return bridge ? acrossBridge(world, far.netns, bridge, far.link, nexthop, arpSrc) : undefined;
  }
  return answers(world, far.netns, far.link, nexthop, arpSrc);
}
