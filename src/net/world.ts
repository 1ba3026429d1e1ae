// Creating a world. src/net extends namespaces with links, routes, sysctls and conntrack.
import { newRuleset } from "../netfilter/ruleset.js";
import type { Namespace, World } from "./types.js";

export function newNamespace(name: string): Namespace {
  return { name, netfilter: { nft: newRuleset(), legacy: newRuleset() } };
}

/** A blank host like run-real's: hostname `host`, one namespace with only `lo`. */
export function createWorld(seed = 1): World {
  return {
    namespaces: { "": newNamespace("") },
    fs: { files: {}, dirs: ["/", "/tmp", "/etc", "/root"] },
    hostname: "host",
    clock: 0,
    rngState: seed >>> 0,
  };
}
