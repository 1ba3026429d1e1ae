// `ip route add DST via GW [dev DEV] [src SRC]` for packet tests.
import { findLink } from "../../../src/net/links.js";
import { addRoute } from "../../../src/net/route-config.js";
import { TABLE_MAIN, type World } from "../../../src/net/types.js";
import { ip } from "./helpers.js";

export function addRouteForTest(world: World, netns: string, dst: string, via?: string, dev?: string, src?: string): void {
  const [addr, prefix] = dst.split("/");
  const err = addRoute(world, netns, {
    table: TABLE_MAIN,
    type: "unicast",
    dst: ip(addr!),
    prefix: prefix === undefined ? 32 : Number(prefix),
    ...(via ? { gateway: ip(via) } : {}),
    ...(dev ? { oif: findLink(world, netns, dev)!.ifindex } : {}),
    ...(src ? { prefsrc: ip(src) } : {}),
  });
  if (err) throw new Error(err);
}
