// The packet path's one door into the topology (src/net README): routing, neighbours,
// addresses, sysctls. Kept in one place so the path reads as Linux's, not as glue.
import { inSubnet, prefixToMask } from "../netfilter/ip.js";
import type { Ipv4 } from "../netfilter/types.js";
import { isLocalAddress } from "./addresses.js";
import { addrType, fibLookup } from "./fib.js";
import { findLink, getNamespace } from "./links.js";
import { resolveNeighbour, type NeighbourAnswer } from "./neighbour.js";
import { routeInput, routeOutput } from "./routing.js";
import { confValue, sysctlGet } from "./sysctl.js";
import type { World } from "./types.js";

export type { NeighbourAnswer };
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
 * inet_select_addr(dev, dst, scope): the first primary address of `iface` in `dst`'s subnet,
 * else its first primary address of wide enough scope (MASQUERADE, ICMP error sources).
 */
export function selectIfaceAddress(world: World, netns: string, iface: string, dst: Ipv4): Ipv4 | undefined {
  const ns = getNamespace(world, netns);
  const link = findLink(world, netns, iface);
  if (!ns || !link) return undefined;
  let first: Ipv4 | undefined;
  for (const a of ns.addrs) {
    if (a.ifindex !== link.ifindex || a.secondary || a.scope === "host") continue;
    if (inSubnet(dst, a.addr, prefixToMask(a.prefix))) return a.addr;
    first ??= a.addr;
  }
  return first;
}

/** The first address of a device (REDIRECT in PREROUTING uses ifa_list's head). */
export function firstIfaceAddress(world: World, netns: string, iface: string): Ipv4 | undefined {
  const ns = getNamespace(world, netns);
  const link = findLink(world, netns, iface);
  if (!ns || !link) return undefined;
  return ns.addrs.find((a) => a.ifindex === link.ifindex)?.addr;
}

/** Whether net.bridge.bridge-nf-call-iptables is on in the bridge's namespace. */
export function bridgeCallsIptables(world: World, netns: string): boolean {
  return sysctlGet(world, netns, "net.bridge.bridge-nf-call-iptables")?.trim() === "1";
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
