// The /proc/net files guides and scripts read besides the iptables ones: route, dev, arp,
// nf_conntrack (the only view of the tracker a Debian host without conntrack-tools has),
// if_inet6, and the netfilter and stat directories, printed as the kernel's seq_file code does.
import type { World } from "./types.js";
import { TABLE_MAIN } from "./types.js";
import { getNamespace } from "./links.js";
import { compareRoutes } from "./fib.js";
import { statsOf } from "./link-stats.js";
import { arpRows } from "./nettools/arp.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { entryCount, removeExpired, type ConntrackTable, type CtEntry, type CtTuple } from "./conntrack.js";
import { sysctlGet, sysctlSetInternal } from "./sysctl.js";
import { NF_LOGGERS } from "./sysctl-special.js";
import { XT_PROC_LISTS } from "./data/xt-proc-lists.js";

type Namespace = World["namespaces"][string];

const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;
const RTF_HOST = 0x4;
const RTF_REJECT = 0x200;

/** seq_pad: /proc/net/route's lines are 127 characters before the newline. */
const padLine = (text: string) => text.padEnd(127) + "\n";

/** A __be32 printed with %08X on a little-endian machine: its bytes reversed. */
function hexLe(addr: number): string {
  const swapped = ((addr & 0xff) << 24) | ((addr >>> 8 & 0xff) << 16) | ((addr >>> 16 & 0xff) << 8) | (addr >>> 24);
  return (swapped >>> 0).toString(16).toUpperCase().padStart(8, "0");
}

const prefixMask = (prefix: number) => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/**
 * The kernel makes the main table on first need: an IPv4 address on any device (lo's comes when
 * lo first goes up) or a route put in it. It then stays, empty or not.
 */
function hasMainTable(ns: Namespace): boolean {
  return ns.addrs.length > 0 || ns.links.some((l) => l.kind === "loopback" && l.everUp) || ns.routes.some((r) => r.table === TABLE_MAIN);
}

/**
 * fib_route_seq_show: the main table's routes in trie order, broadcast ones left out (the kernel
 * skips multicast ones too, but RouteType has none); without a main table, not even the header.
 */
function procNetRoute(ns: Namespace): string {
  if (!hasMainTable(ns)) return "";
  let out = padLine("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT");
  const routes = ns.routes
    .filter((r) => r.table === TABLE_MAIN && r.type !== "broadcast")
    // (sort is stable: equal routes keep their order in ns.routes)
    .sort(compareRoutes);
  for (const r of routes) {
    // a multipath route shows its first nexthop
    const gateway = r.gateway ?? r.nexthops?.[0]?.gateway;
    const oif = r.oif ?? r.nexthops?.[0]?.oif;
    const dev = oif === undefined ? "*" : ns.links.find((l) => l.ifindex === oif)?.name ?? "*";
    let flags = RTF_UP;
    if (r.type === "unreachable" || r.type === "prohibit") flags |= RTF_REJECT;
    if (gateway !== undefined) flags |= RTF_GATEWAY;
    if (r.prefix === 32) flags |= RTF_HOST;
    const mask = prefixMask(r.prefix);
    const fields = [dev, hexLe(r.dst), hexLe(gateway ?? 0), flags.toString(16).toUpperCase().padStart(4, "0"), "0", "0", String(r.metric), hexLe(mask), "0", "0", "0"];
    out += padLine(fields.join("\t"));
  }
  return out;
}

/** dev_seq_show: every device's counters (only packets and bytes are modelled). */
function procNetDev(ns: Namespace): string {
  let out =
    "Inter-|   Receive                                                |  Transmit\n" +
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";
  const num = (n: number, width: number) => String(n).padStart(width);
  for (const link of ns.links) {
    const s = statsOf(link);
    out += `${link.name.padStart(6)}: ${num(s.rxBytes, 7)} ${num(s.rxPackets, 7)} ${num(0, 4)} ${num(0, 4)} ${num(0, 4)} ${num(0, 5)} ${num(0, 10)} ${num(0, 9)} `;
    out += `${num(s.txBytes, 8)} ${num(s.txPackets, 7)} ${num(0, 4)} ${num(0, 4)} ${num(0, 4)} ${num(0, 5)} ${num(0, 7)} ${num(0, 10)}\n`;
  }
  return out;
}

/** arp_seq_show: "%-16s 0x%-10x0x%-10x%-17s     *        %s". */
function procNetArp(world: World, netns: string): string {
  let out = "IP address       HW type     Flags       HW address            Mask     Device\n";
  for (const r of arpRows({ world, netns })) {
    out += `${formatIpv4(r.ip).padEnd(16)} 0x${"1".padEnd(10)}0x${r.flags.toString(16).padEnd(10)}${r.mac.padEnd(17)}     *        ${r.dev}\n`;
  }
  return out;
}

/** if_inet6: ::1 on lo while lo is up with IPv6 enabled (other devices' addresses are not listed). */
function procNetIfInet6(world: World, ns: Namespace): string {
  const lo = ns.links.find((l) => l.kind === "loopback");
  if (!lo?.adminUp || ns.sysctl["net.ipv6.conf.lo.disable_ipv6"] === "1") return "";
  return `${"0".repeat(31)}1 01 80 10 80 ${"lo".padStart(8)}\n`;
}

/** ipv6_route: the main and local tables' null entries, and ::1 while lo has it. */
function procNetIpv6Route(world: World, ns: Namespace): string {
  const zero = "0".repeat(32);
  const nullEntry = `${zero} 00 ${zero} 00 ${zero} ffffffff 00000001 00000000 00200200 ${"lo".padStart(8)}\n`;
  const loopback = procNetIfInet6(world, ns) === "" ? "" : `${"0".repeat(31)}1 80 ${zero} 00 ${zero} 00000000 00000002 00000000 80200001 ${"lo".padStart(8)}\n`;
  return nullEntry + loopback + nullEntry;
}

const L4_NAMES: Record<number, string> = { 1: "icmp", 6: "tcp", 17: "udp", 33: "dccp", 47: "gre", 58: "icmpv6", 132: "sctp", 136: "udplite" };

function tupleText(t: CtTuple): string {
  const addrs = `src=${formatIpv4(t.src)} dst=${formatIpv4(t.dst)} `;
  if (t.proto === 1) return `${addrs}type=${t.dport} code=0 id=${t.sport} `;
  if (t.proto === 6 || t.proto === 17) return `${addrs}sport=${t.sport} dport=${t.dport} `;
  return addrs;
}

/**
 * ct_seq_show for one entry. The seconds left are rounded down from a moment after the last
 * packet (the kernel reads jiffies later than the packet came), so a fresh 30 s entry shows 29.
 */
function conntrackLine(e: CtEntry, now: number): string {
  const proto = L4_NAMES[e.orig.proto] ?? "unknown";
  const left = Math.max(0, Math.floor((e.expires - now - 1) / 1000));
  let line = `${"ipv4".padEnd(8)} 2 ${proto.padEnd(8)} ${e.orig.proto} ${left} `;
  if (e.orig.proto === 6) line += `${e.tcpState} `;
  const acct = (d: 0 | 1) => (e.acct ? `packets=${e.packets[d]} bytes=${e.bytes[d]} ` : "");
  // ct_show_zone: a one-direction zone follows that direction's tuple, a both-ways one the mark
  const dirs = e.zone?.dirs ?? 3;
  const zoneAfter = (d: 1 | 2, name: string) => (dirs === d ? `${name}=${e.zone?.id ?? 0} ` : "");
  line += tupleText(e.orig) + zoneAfter(1, "zone-orig") + acct(0);
  if (!e.seenReply) line += "[UNREPLIED] ";
  line += tupleText(e.reply) + zoneAfter(2, "zone-reply") + acct(1);
  if (e.assured) line += "[ASSURED] ";
  return `${line}mark=${e.mark} ${dirs === 3 ? `zone=${e.zone?.id ?? 0} ` : ""}use=2\n`;
}

/**
 * /proc/net/nf_conntrack: the namespace's live entries. Reading it kills the expired ones the gc
 * worker has not reaped yet (ct_seq_show), so nf_conntrack_count drops then.
 */
function procNetConntrack(world: World, netns: string, ns: Namespace): string {
  const table = ns["conntrack"] as ConntrackTable | undefined;
  if (!table) return "";
  if (removeExpired(table, world.clock)) sysctlSetInternal(world, netns, "net.netfilter.nf_conntrack_count", String(entryCount(table)));
  let out = "";
  for (const e of Object.values(table.entries)) out += conntrackLine(e, world.clock);
  return out;
}

const STAT_HEADER = "entries  clashres found new invalid ignore delete chainlength insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart\n";
/** The machine's CPUs: /proc/net/stat/nf_conntrack has a line per possible CPU. */
const CPUS = 2;

/** ct_cpu_seq_show: the entry count on every CPU's line; the per-CPU event counters stay 0. */
function procNetStatConntrack(world: World, ns: Namespace): string {
  const count = Number(ns.sysctl["net.netfilter.nf_conntrack_count"] ?? "0");
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  const zeros = (n: number) => Array(n).fill(hex(0)).join(" ");
  return STAT_HEADER + `${hex(count)}  ${zeros(12)}  ${zeros(4)}\n`.repeat(CPUS);
}

/** nf_log_proc_show: each protocol family's bound logger (the nf_log.N sysctl) and those loaded for it. */
function procNetfilterLog(world: World, netns: string): string {
  return Object.entries(NF_LOGGERS)
    .map(([family, loggers]) => `${family.padStart(2)} ${sysctlGet(world, netns, `net.netfilter.nf_log.${family}`) ?? "NONE"} (${loggers.join(",")})\n`)
    .join("");
}

/** Directories under /proc/net this module serves, and their files. */
export const PROC_NET_SUBDIRS: Record<string, string[]> = {
  "/proc/net/netfilter": ["nf_log", "nfnetlink_log", "nfnetlink_queue"],
  "/proc/net/stat": ["nf_conntrack", "rt_cache", "synproxy"],
};

/** The text of one of these files, or undefined when `path` is none of them. */
export function procNetFile(world: World, netns: string, path: string): string | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return undefined;
  switch (path) {
    case "/proc/net/route": return procNetRoute(ns);
    case "/proc/net/dev": return procNetDev(ns);
    case "/proc/net/arp": return procNetArp(world, netns);
    case "/proc/net/if_inet6": return procNetIfInet6(world, ns);
    case "/proc/net/ipv6_route": return procNetIpv6Route(world, ns);
    case "/proc/net/nf_conntrack": return procNetConntrack(world, netns, ns);
    case "/proc/net/stat/nf_conntrack": return procNetStatConntrack(world, ns);
    case "/proc/net/netfilter/nf_log": return procNetfilterLog(world, netns);
    // arptables-legacy is not installed, no helper sets up expectations, nothing logs or queues
    case "/proc/net/nf_conntrack_expect":
    case "/proc/net/arp_tables_names":
    case "/proc/net/netfilter/nfnetlink_log":
    case "/proc/net/netfilter/nfnetlink_queue":
      return "";
  }
  return XT_PROC_LISTS[path];
}
