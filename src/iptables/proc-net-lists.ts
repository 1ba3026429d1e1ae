// /proc/net/xt_recent: one file per -m recent list of the namespace (guides read it to see who
// tripped an SSH limit, and write "+addr", "-addr" or "/" to it to add, remove or clear).
// A list exists while some rule of either backend or family names it; it goes with the last one.
// /proc/net/ipt_hashlimit and ip6t_hashlimit likewise hold one file per --hashlimit-name.
import type { World } from "../net/types.js";
import type { Ruleset } from "../netfilter/types.js";
import type { RecentEntry, RecentList } from "../netfilter/extensions/recent.js";
import { CREDITS_PER_USEC, hashlimitTableKey, type HashTable } from "../netfilter/extensions/hashlimit.js";
import { kernelRateColumns } from "../netfilter/extensions/hashlimit-kernel.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { parseIpv6 } from "../netfilter/ipv6.js";
import { syncRecentLists } from "../net/recent-lists.js";
import { syncHashlimitTables } from "../net/hashlimit-tables.js";
import { ip6RulesetIfMade } from "./ip6tables.js";
import { PROC_NET_SUBDIRS } from "../net/proc-net-files.js";

export const XT_RECENT_DIR = "/proc/net/xt_recent";
/** Debian's kernels tick at 250 Hz, and jiffies start 5 minutes before wrapping (INITIAL_JIFFIES). */
const HZ = 250;
const INITIAL_JIFFIES = 2 ** 32 - 300 * HZ;

type Namespace = World["namespaces"][string];

export const HASHLIMIT_DIRS: Record<string, 4 | 6> = { "/proc/net/ipt_hashlimit": 4, "/proc/net/ip6t_hashlimit": 6 };

function rulesets(ns: Namespace, family?: 4 | 6): Ruleset[] {
  const v4sets = family === 6 ? [] : [ns.netfilter.nft, ns.netfilter.legacy];
  const v6sets = family === 4 ? [] : [ip6RulesetIfMade(ns, "nft"), ip6RulesetIfMade(ns, "legacy")];
  return [...v4sets, ...v6sets].filter((r): r is Ruleset => r !== undefined);
}

/** The names rules of the namespace give a match (the kernel keeps a named table while referenced). */
function matchNames(world: World, netns: string, match: string, family?: 4 | 6): string[] {
  const ns = world.namespaces[netns];
  if (!ns) return [];
  const names = new Set<string>();
  for (const rs of rulesets(ns, family)) {
    for (const table of Object.values(rs.tables)) {
      if (!table) continue;
      for (const chain of [...Object.values(table.chains), ...(table.foreignBaseChains ?? [])]) {
        for (const rule of chain.rules) {
          for (const m of rule.matches) if (m.name === match) names.add((m.data as { name: string }).name);
        }
      }
    }
  }
  return [...names];
}

export function recentListNames(world: World, netns: string): string[] {
  return matchNames(world, netns, "recent");
}

/** The files of /proc/net/ipt_hashlimit (4) or ip6t_hashlimit (6). */
export function hashlimitNames(world: World, netns: string, family: 4 | 6): string[] {
  return matchNames(world, netns, "hashlimit", family);
}

/**
 * A hashlimit table's file: one line per live flow, "EXPIRES SRC:PORT->DST:PORT CREDIT CAP COST"
 * (seconds left, then credits in the kernel's units, refilled up to now as the kernel does when
 * it prints; byte and rate-match flows print the kernel's own numbers).
 */
export function hashlimitRead(world: World, netns: string, path: string): string | undefined {
  const slash = path.lastIndexOf("/");
  const family = HASHLIMIT_DIRS[path.slice(0, slash)];
  if (!family) return undefined;
  const name = path.slice(slash + 1);
  if (!hashlimitNames(world, netns, family).includes(name)) return undefined;
  // (a table made again under the same name starts empty, before any packet meets it)
  syncHashlimitTables(world.namespaces[netns]!);
  const store = world.namespaces[netns]!["sharedTables"] as Record<string, unknown> | undefined;
  const table = store?.[`${hashlimitTableKey(family)}${name}`] as HashTable | undefined;
  if (!table) return "";
  const now = world.clock;
  let out = "";
  for (const bucket of Object.values(table.buckets)) {
    const shown = bucket.shown;
    if (!shown || now - bucket.last > shown.expireMs) continue;
    const tick = (ms: number) => Math.floor(ms / (1000 / HZ));
    const left = tick(bucket.last) + tick(shown.expireMs) - tick(now);
    const credit = Math.min(shown.cap, bucket.credit + (now - bucket.last) * 1000);
    const units = (usec: number) => BigInt(Math.floor(usec)) * CREDITS_PER_USEC;
    const columns = bucket.kernel ? kernelRateColumns(bucket.kernel, now) : `${units(credit)} ${units(shown.cap)} ${units(shown.cost)}`;
    out += `${Math.trunc(left / HZ)} ${shown.tuple} ${columns}\n`;
  }
  return out;
}

/** The namespace's live list (the packet path's store), created empty when first needed. */
function liveList(world: World, netns: string, name: string): RecentList {
  const ns = world.namespaces[netns]!;
  let store = ns["sharedTables"] as Record<string, unknown> | undefined;
  if (!store) ns["sharedTables"] = store = {};
  const key = `recent:${name}`;
  let list = store[key] as RecentList | undefined;
  if (!list) store[key] = list = { entries: {} };
  return list;
}

/**
 * After a command changed rules: lists whose last rule went are freed, so a rule added later
 * under the same name starts empty (the packet path's syncRecentLists, run at once).
 */
export function freeUnusedRecentLists(world: World, netns: string): void {
  const ns = world.namespaces[netns];
  if (ns) syncRecentLists(ns);
}

function listName(path: string): string | undefined {
  if (!path.startsWith(XT_RECENT_DIR + "/")) return undefined;
  const name = path.slice(XT_RECENT_DIR.length + 1);
  return name === "" || name.includes("/") ? undefined : name;
}

function jiffies(ms: number): number {
  return (INITIAL_JIFFIES + Math.floor(ms / (1000 / HZ))) % 2 ** 32;
}

function entryLine(addr: string, e: RecentEntry): string {
  const stamps = e.stamps.map(jiffies);
  const last = stamps[stamps.length - 1] ?? 0;
  // recent_seq_show: the newest stamp, the next slot, then every stamp (", " between them)
  return `src=${addr} ttl: ${e.ttl} last_seen: ${last} oldest_pkt: ${stamps.length}${stamps.map((s, i) => `${i ? "," : ""} ${s}`).join("")}\n`;
}

/** The names in /proc/net/xt_recent, or the text of one of its files; undefined when neither. */
export function xtRecentRead(world: World, netns: string, path: string): string | undefined {
  freeUnusedRecentLists(world, netns);
  const names = recentListNames(world, netns);
  const name = listName(path);
  if (name === undefined || !names.includes(name)) return undefined;
  const list = liveList(world, netns, name);
  return Object.entries(list.entries).map(([addr, e]) => entryLine(addr, e)).join("");
}

/** What `ls /proc/net` shows in a fresh namespace of the Debian 12 host (modules loaded as there). */
const PROC_NET_ENTRIES = `anycast6 arp arp_tables_matches arp_tables_names arp_tables_targets dev dev_mcast dev_snmp6
  fib_trie fib_triestat icmp icmp6 if_inet6 igmp igmp6 ip6_flowlabel ip6_mr_cache ip6_mr_vif
  ip6_tables_matches ip6_tables_names ip6_tables_targets ip6t_hashlimit ip_mr_cache ip_mr_vif
  ip_tables_matches ip_tables_names ip_tables_targets ipt_hashlimit ipv6_route mcfilter mcfilter6
  netfilter netlink netstat nf_conntrack nf_conntrack_expect packet protocols psched ptype raw raw6
  route rt6_stats rt_acct rt_cache snmp snmp6 sockstat sockstat6 softnet_stat stat tcp tcp6 udp
  udp6 udplite udplite6 unix xfrm_stat xt_recent`.split(/\s+/);

/** The directories this module serves (they exist while the modules are loaded, as on Debian). */
export function procListDir(world: World, netns: string, path: string): string[] | undefined {
  if (world.namespaces[netns] === undefined) return undefined;
  if (path === "/proc/net") return PROC_NET_ENTRIES;
  if (path === XT_RECENT_DIR) return recentListNames(world, netns);
  if (Object.hasOwn(PROC_NET_SUBDIRS, path)) return PROC_NET_SUBDIRS[path];
  const family = HASHLIMIT_DIRS[path];
  return family ? hashlimitNames(world, netns, family) : undefined;
}

/** in4_pton up to the first newline: four decimal parts of at most 3 digits, each 0-255. */
function parseIpv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((a, p) => a * 256 + p, 0);
}

function ipv4Key(text: string): string | undefined {
  const addr = parseIpv4(text);
  return addr === undefined ? undefined : formatIpv4(addr);
}

function fullIpv6(text: string): string | undefined {
  const a = parseIpv6(text);
  return a?.map((w) => w.toString(16).padStart(4, "0")).join(":");
}

/**
 * recent_mt_proc_write: "/" clears the list, "+ADDR" adds (or refreshes) an entry, "-ADDR"
 * removes one; only the first line counts. Returns an errno text, or undefined on success;
 * undefined path match means "not an xt_recent file" (the caller handles it).
 */
export function xtRecentWrite(world: World, netns: string, path: string, data: string): string | undefined | false {
  const name = listName(path);
  if (name === undefined || !recentListNames(world, netns).includes(name)) return false;
  if (data === "") return undefined;
  const list = liveList(world, netns, name);
  const op = data[0];
  if (op === "/") {
    list.entries = {};
    return undefined;
  }
  if (op !== "+" && op !== "-") return "Invalid argument";
  const nl = data.indexOf("\n");
  const text = data.slice(1, nl < 0 ? undefined : nl);
  // bash's echo and printf write line by line, and only a write at offset 0 is taken
  const more = nl >= 0 && nl + 1 < data.length;
  // a colon makes it IPv6 (in6_pton), listed in full as %pI6 prints it
  const key = text.includes(":") ? fullIpv6(text) : ipv4Key(text);
  if (key === undefined) return "Invalid argument";
  const entry = list.entries[key];
  if (op === "-") delete list.entries[key];
  else if (entry) entry.stamps.push(world.clock);
  else list.entries[key] = { stamps: [world.clock], ttl: 0 };
  return more ? "Illegal seek" : undefined;
}
