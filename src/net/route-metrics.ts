// Route metrics the TCP stack and TCPMSS read from the route a packet takes: `mtu` (dst_mtu)
// and `advmss` (dst_metric_advmss), as `ip route add … mtu N advmss M` set them.
import { fibLookup } from "./fib.js";
import type { ShownRoute } from "./route-config.js";
import type { World } from "./types.js";

/** ip_rt_min_advmss: the least MSS a route without advmss announces. */
const MIN_ADVMSS = 256;
/** IPv4 + TCP headers without options. */
const HEADERS = 40;

function routeMetric(world: World, netns: string, dst: number, name: "mtu" | "advmss"): number | undefined {
  const metrics = (fibLookup(world, netns, { dst })?.route as ShownRoute | undefined)?.shown?.metrics;
  if (!metrics) return undefined;
  const m = new RegExp(`(?:^| )${name} (?:lock )?(\\d+)`).exec(metrics);
  return m ? Number(m[1]) : undefined;
}

/** dst_mtu: the route's mtu metric, else the device's MTU. */
export function pathMtu(world: World, netns: string, dst: number, linkMtu: number | undefined): number | undefined {
  return routeMetric(world, netns, dst, "mtu") ?? linkMtu;
}

/** The MSS a SYN or SYN-ACK announces towards `dst` leaving by `oif` (tcp_advertise_mss). */
export function advertisedMss(world: World, netns: string, dst: number, oif: string | undefined, linkMtu: number | undefined): number {
  if (oif === "lo") return 65495;
  const advmss = routeMetric(world, netns, dst, "advmss");
  if (advmss !== undefined) return advmss;
  return Math.max((pathMtu(world, netns, dst, linkMtu) ?? 1500) - HEADERS, MIN_ADVMSS);
}
