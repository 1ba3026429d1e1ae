// Route metrics the TCP stack and TCPMSS read from the route a routing decision chose: `mtu`
// (dst_mtu) and `advmss` (dst_metric_advmss), as `ip route add … mtu N advmss M` stored them.
import type { Route } from "./types.js";

/** ip_rt_min_advmss: the least MSS a route without advmss announces. */
const MIN_ADVMSS = 256;
/** IPv4 + TCP headers without options. */
const HEADERS = 40;

/** dst_mtu: the route's mtu metric, else the device's MTU. */
export function pathMtu(route: Route | undefined, linkMtu: number | undefined): number | undefined {
  return route?.shown?.mtu ?? linkMtu;
}

/** The MSS a SYN or SYN-ACK announces on `route` leaving by `oif` (tcp_advertise_mss). */
export function advertisedMss(route: Route | undefined, oif: string | undefined, linkMtu: number | undefined): number {
  if (oif === "lo") return 65495;
  const advmss = route?.shown?.advmss;
  if (advmss !== undefined) return advmss;
  return Math.max((pathMtu(route, linkMtu) ?? 1500) - HEADERS, MIN_ADVMSS);
}
