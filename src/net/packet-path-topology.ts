// The packet path's one door into the topology (src/net README): routing, neighbours,
// addresses, sysctls. Kept in one place so the path reads as Linux's, not as glue.
import { bridgeSettings } from "./ip/bridge-options.js";
import type { Ipv4 } from "../netfilter/types.js";
import { isLocalAddress } from "./addresses.js";
import { addrType, fibLookup } from "./fib.js";
import { findLink, getNamespace } from "./links.js";
import { resolveNeighbour, type NeighbourAnswer } from "./neighbour.js";
import { routeInput, routeOutput, selectSource } from "./routing.js";
import { confValue, sysctlGet } from "./sysctl.js";
import type { World } from "./types.js";

export type { NeighbourAnswer };

const RT_SCOPE_UNIVERSE = 0;
export { routeInput, routeOutput, resolveNeighbour, isLocalAddress, findLink };

export function topoAddrType(world: World, netns: string, addr: Ipv4, iface?: string): string {
  return addrType(world, netns, addr, iface);
}

export function topoSysctlNumber(world: World, netns: string, key: string, fallback: number): number {
  const text = sysctlGet(world, netns, key);
  if (text === undefined) return fallback;
  const n = Number(text.trim().split(/\s+/)[0]);
  return Number.isFinite(n) ? n : fallback;
}

export function topoConf(world: World, netns: string, iface: string, key: string): number {
  return confValue(world, netns, iface, key);
}

/**
 * inet_select_addr(dev, nexthop, RT_SCOPE_UNIVERSE), as MASQUERADE asks: the first primary
 * global address of `iface` in the nexthop's subnet, else its first primary global one, else
 * (a device without addresses, like Calico's cali* veths) the first primary global address of
 * any device in the namespace, in device order.
 */
export function selectIfaceAddress(world: World, netns: string, iface: string, dst: Ipv4): Ipv4 | undefined {
  if (!findLink(world, netns, iface)) return undefined;
  return selectSource(world, netns, iface, dst, RT_SCOPE_UNIVERSE);
}

/** The first address of a device (REDIRECT in PREROUTING uses ifa_list's head). */
export function firstIfaceAddress(world: World, netns: string, iface: string): Ipv4 | undefined {
  const ns = getNamespace(world, netns);
  const link = findLink(world, netns, iface);
  if (!ns || !link) return undefined;
  return ns.addrs.find((a) => a.ifindex === link.ifindex)?.addr;
}

/**
 * Whether bridged IPv4 goes through iptables: net.bridge.bridge-nf-call-iptables in the
 * bridge's namespace, or the bridge's own nf_call_iptables (ip link set BR type bridge …).
 */
export function bridgeCallsIptables(world: World, netns: string, bridge: string): boolean {
  if (sysctlGet(world, netns, "net.bridge.bridge-nf-call-iptables")?.trim() === "1") return true;
  const link = findLink(world, netns, bridge);
  return link !== undefined && bridgeSettings(link).nf_call_iptables !== 0;
}

/**
 * xt_rpfilter's reverse lookup: is the packet's source reached through the interface it came
 * in on (strict), or at all (loose)? Loopback traffic always passes.
 */
export function reversePathOk(
  world: World,
  netns: string,
  src: Ipv4,
  dst: Ipv4,
  inIface: string | undefined,
  loose: boolean,
  mark: number,
): boolean {
  if (inIface === "lo") return true;
  const back = fibLookup(world, netns, { dst: src, src: dst, ...(mark ? { mark } : {}) });
  if (!back || back.type !== "unicast") return false;
  return loose || back.oif === inIface;
}
