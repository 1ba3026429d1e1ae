// connect() to an IPv6 address. The emulated packet path carries IPv4 only, so this models
// what a learner meets on one host: no route is an immediate error; a local address (::1 or
// one of the namespace's own) goes through ip6tables on lo (tcp6-loopback.ts), where nothing
// listens (serve binds 0.0.0.0), so an accepted SYN is answered by a RST. A remote address
// is answered as if the peer had no listener either (refused): there is no IPv6 wire.
import type { Ipv6 } from "../../netfilter/ipv6.js";
import { lookup6 } from "../inet6-fib.js";
import type { World } from "../types.js";
import type { ExchangeOptions, TcpOutcome } from "./exchange.js";
import { loopbackSyn6 } from "./tcp6-loopback.js";

export function tcp6Connect(world: World, netns: string, dst: Ipv6, port: number, opts: ExchangeOptions): TcpOutcome {
  const found = lookup6(world, netns, dst);
  if ("errno" in found) return { kind: "error", errno: found.errno, elapsedMs: 0, immediate: true };
  if (found.route.type !== "local") return { kind: "error", errno: "ECONNREFUSED", elapsedMs: 0 };
  const fate = loopbackSyn6(world, netns, dst, port, opts.timeoutMs);
  if (fate === "timeout") {
    world.clock += opts.timeoutMs;
    return { kind: "timeout", elapsedMs: opts.timeoutMs };
  }
  return { kind: "error", errno: fate, elapsedMs: 0 };
}
