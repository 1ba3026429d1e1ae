// The world: a set of network namespaces, as on Linux, plus the machine's files, clock and
// seeded randomness. Plain data only (structuredClone-able): behaviour lives in functions.
// Owned by src/net; other modules only rely on the fields documented here.

import type { Ipv4, Ruleset } from "../netfilter/types.js";
import type { BridgePortSettings } from "./bridge-port.js";
import type { BridgeSettings } from "./ip/bridge-options.js";

export type LinkKind = "loopback" | "veth" | "bridge";

/** A network device (struct net_device) in one namespace. */
export interface Link {
  ifindex: number;
  name: string;
  kind: LinkKind;
  /** Lower-case, colon separated. */
  mac: string;
  mtu: number;
  /** IFF_UP: set by `ip link set X up`. */
  adminUp: boolean;
  /** veth only: where the other end lives. */
  peer?: { netns: string; ifindex: number };
  /** ifindex of the bridge (same namespace) this device is a port of. */
  master?: number;
  /** Bridge only: has had a port (a fresh bridge has carrier until its first port). */
  hadPorts?: boolean;
  /** Has been up once (its qdisc then shows as noqueue rather than noop). */
  everUp?: boolean;
  /** Bridge port only: what `bridge link set` changed (bridge-port.ts; defaults otherwise). */
  brport?: BridgePortSettings;
  /** Bridge only: what `ip link set … type bridge` changed (ip/bridge-options.ts). */
  bridgeSettings?: Partial<BridgeSettings>;
  /** Static link-layer multicast addresses (`ip maddr add`). */
  staticMaddrs?: string[];
  /** Clock time its IPv6 link-local address appeared (once up with carrier; gone when set down). */
  ll6?: number;
  /** Frames counted on the device (link-stats.ts); absent = all zero. */
  stats?: LinkStats;
  /** Clock time before which operstate is not yet UP (linkwatch's delayed event, see links.ts). */
  operUpAt?: number;
  /** IFF_* bits only net-tools sets and shows (ifconfig promisc, allmulti, -arp, -multicast). */
  extraFlags?: { set: number; cleared: number };
  /** Device group (ip link set X group N, -m devgroup); absent = 0, "default". */
  group?: number;
  /**
   * The net.ipv4.conf names written on this device (the kernel's devconf state bits), which a
   * later write to conf/default no longer changes; "*" once a loopback came up (all of them).
   */
  confWritten?: string[];
  /** Transmit queue length (`ip link set X txqueuelen N`); absent = 1000. */
  txqlen?: number;
  /** IFLA_IFALIAS (`ip link set X alias TEXT`). */
  alias?: string;
  /** IPv6 address generation mode (`ip link set X addrgenmode none`); absent = eui64. */
  addrGenMode?: string;
}

/** Device counters as /proc/net/dev has them (errors, drops and the rest stay 0). */
export interface LinkStats {
  rxPackets: number;
  rxBytes: number;
  txPackets: number;
  txBytes: number;
}

/** An IPv4 address on a device (struct in_ifaddr). */
export interface IfAddr {
  ifindex: number;
  addr: Ipv4;
  prefix: number;
  broadcast?: Ipv4;
  scope: "global" | "link" | "host";
  /** Another address of the same subnet was there first. */
  secondary: boolean;
  /** `ip addr … label eth0:1`; listings show the device name when absent. */
  label?: string;
  /** `ip addr add A peer P/len`: the far end of a point-to-point address; prefix is P's length. */
  peer?: Ipv4;
}

export type RouteType = "unicast" | "local" | "broadcast" | "blackhole" | "unreachable" | "prohibit" | "throw";

/** Route scopes as the kernel numbers them (smaller = wider). */
export const SCOPE_UNIVERSE = 0;
export const SCOPE_LINK = 253;
export const SCOPE_HOST = 254;
export const SCOPE_NOWHERE = 255;

export const TABLE_LOCAL = 255;
export const TABLE_MAIN = 254;
export const TABLE_DEFAULT = 253;

/** One FIB alias: a route in one table. */
export interface Route {
  table: number;
  type: RouteType;
  dst: Ipv4;
  prefix: number;
  gateway?: Ipv4;
  /** ifindex of the output device. */
  oif?: number;
  prefsrc?: Ipv4;
  /** SCOPE_* value. */
  scope: number;
  /** "kernel", "boot", "static", … (as `ip route` names them). */
  proto: string;
  metric: number;
  onlink: boolean;
  /** Scope of the route the gateway was found through; SCOPE_HOST means the gateway is ourselves. */
  nhScope?: number;
  /** Multipath route (`nexthop via A nexthop via B weight 2`): gateway/oif above are then unset. */
  nexthops?: Nexthop[];
  /** What `ip route add` was given that lookups and `ip route show` read back (tos, metrics). */
  shown?: RouteShown;
}

/** A route's tos, realm and metrics as `ip route add` took them (mtu and advmss as numbers). */
export interface RouteShown {
  tos?: number;
  /** (Unused: realms are kept as `tclassid`.) */
  realm?: string;
  /** Metrics in RTAX order, as the kernel keeps them (ip/route-metric-values.ts). */
  metrics?: RouteMetric[];
  mtu?: number;
  advmss?: number;
  /** The route's realms, FROM << 16 | TO (nh_tclassid); -m realm and `ip route` read it. */
  tclassid?: number;
}

/** One route metric: its iproute2 name, the kernel's value, whether it is locked. */
export interface RouteMetric {
  name: string;
  value: number | string;
  lock: boolean;
}

/** One path of a multipath route. */
export interface Nexthop {
  gateway?: Ipv4;
  oif?: number;
  /** 1..256, as `weight N` gives it. */
  weight: number;
  onlink?: boolean;
  nhScope?: number;
  /** `realm(s)` of this path (RTNH RTA_FLOW). */
  tclassid?: number;
}

/** A policy routing rule (struct fib_rule). */
export interface FibRule {
  priority: number;
  invert: boolean;
  src?: { addr: Ipv4; prefix: number };
  dst?: { addr: Ipv4; prefix: number };
  fwmark?: number;
  fwmask?: number;
  iif?: string;
  oif?: string;
  /** Table to look up (action "to table"); 0 when the rule's action is a route type. */
  table: number;
  action: "lookup" | "blackhole" | "unreachable" | "prohibit";
}

export interface Namespace {
  /** `ip netns` name; "" for the namespace the sandbox starts in (the host itself). */
  name: string;
  /** iptables-nft and iptables-legacy keep separate rule sets (a real trap worth teaching). */
  netfilter: { nft: Ruleset; legacy: Ruleset };
  /** Devices, sorted by ifindex. */
  links: Link[];
  /** Last ifindex handed out (the kernel allocates upwards from there). */
  lastIfindex: number;
  addrs: IfAddr[];
  /** Routes of every table, in insertion order (listing sorts them like the kernel's trie). */
  routes: Route[];
  /** Policy routing rules (`ip rule`), sorted by priority; undefined = the kernel's three defaults. */
  rules?: FibRule[];
  /** ifindexes of devices with an IPv6 link-local address, in the order they got it. */
  ll6Order?: number[];
  /** Route tables other than local/main/default that have been created (they outlive their routes). */
  extraTables?: number[];
  /** Sysctl values that differ from the defaults (full dotted keys); read through sysctl.ts. */
  sysctl: Record<string, string>;
  /** The net.ipv4.conf.default names written here: a device made afterwards holds them as its own (Link.confWritten). */
  confDefaultWritten?: string[];
  // Conntrack and sockets are added by the packet path under their own keys.
  [more: string]: unknown;
}

export interface FsState {
  /** Absolute path → file contents. */
  files: Record<string, string>;
  /** Absolute paths of directories (each parent listed too). */
  dirs: string[];
  /** Files made executable (chmod +x); other files are plain 0644 ones. */
  executable?: string[];
  /** Owners set by chown/chgrp: absolute path → "uid:gid" (files not listed are root's). */
  owners?: Record<string, string>;
  /** Permission bits set by chmod: absolute path → mode (07777); others have Debian's defaults. */
  modes?: Record<string, number>;
  /** Hard links made by ln: absolute path → the name of its inode's group (all names share content). */
  hardLinks?: Record<string, string>;
  /** Symbolic links made with `ln -s`: absolute path of the link → its target text. */
  links?: Record<string, string>;
  /** When files changed (file-times.ts): absolute path → world clock ms; seeded files are absent (0). */
  mtimes?: Record<string, number>;
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
  /** Order in which `ip netns` names were created (for `ip netns list`, newest first). */
  netnsOrder?: string[];
  /** Namespace ids (`ip netns list` "(id: N)", link-netnsid): viewer → other namespace → id. */
  netnsIds?: Record<string, Record<string, number>>;
  [more: string]: unknown;
}
