// The world: a set of network namespaces, as on Linux, plus the machine's files, clock and
// seeded randomness. Plain data only (structuredClone-able): behaviour lives in functions.
// Owned by src/net; other modules only rely on the fields documented here.

import type { Ruleset } from "../netfilter/types.js";

export interface Namespace {
  /** `ip netns` name; "" for the namespace the sandbox starts in (the host itself). */
  name: string;
  /** iptables-nft and iptables-legacy keep separate rule sets (a real trap worth teaching). */
  netfilter: { nft: Ruleset; legacy: Ruleset };
  // Links, addresses, routes, sysctls, conntrack and sockets are added by src/net.
  [more: string]: unknown;
}

export interface FsState {
  /** Absolute path → file contents. */
  files: Record<string, string>;
  /** Absolute paths of directories (each parent listed too). */
  dirs: string[];
}

export interface World {
  namespaces: Record<string, Namespace>;
  /** The machine's files (one mount namespace for all network namespaces, as with ip netns). */
  fs: FsState;
  hostname: string;
  /** Emulated clock in milliseconds. */
  clock: number;
  /** State of the seeded generator (see src/net/random.ts). */
  rngState: number;
  [more: string]: unknown;
}
