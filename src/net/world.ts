// Creating a world and its namespaces.
import { newRuleset } from "../netfilter/ruleset.js";
import { setLinkUp } from "./links.js";
import type { Namespace, World } from "./types.js";
import { putName } from "../name-table.js";

/** A fresh namespace as the kernel makes it: only `lo`, down, no addresses. */
export function newNamespace(name: string): Namespace {
  const ns: Namespace = {
    name,
    netfilter: { nft: newRuleset(), legacy: newRuleset() },
    links: [],
    lastIfindex: 0,
    addrs: [],
    routes: [],
    sysctl: {},
  };
  ns.links.push({ ifindex: 1, name: "lo", kind: "loopback", mac: "00:00:00:00:00:00", mtu: 65536, adminUp: false });
  ns.lastIfindex = 1;
  return ns;
}

/** `ip netns add`: returns false if the name is taken. */
export function addNamespace(world: World, name: string): boolean {
  if (Object.prototype.hasOwnProperty.call(world.namespaces, name)) return false;
  putName(world.namespaces, name, newNamespace(name));
  world.netnsOrder = [...(world.netnsOrder ?? []), name];
  return true;
}

/** A blank host like run-real's: hostname `host`, one namespace with only `lo`, up. */
export function createWorld(seed = 1): World {
  const world: World = {
    namespaces: { "": newNamespace("") },
    fs: { files: {}, dirs: ["/", "/tmp", "/etc", "/root"] },
    hostname: "host",
    clock: 0,
    rngState: seed >>> 0,
  };
  setLinkUp(world, "", world.namespaces[""]!.links[0]!, true);
  return world;
}
