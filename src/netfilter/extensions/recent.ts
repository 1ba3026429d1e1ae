// -m recent: named lists of recently seen addresses (--set adds, --rcheck/--update test
// within --seconds/--hitcount, --remove deletes). Rules with the same --name share a list.
import type { MatchExtension } from "../extension.js";
import { formatIpv4 } from "../ip.js";
import { paramProblem } from "../xtables-error.js";
import { alsoRequires, badValue, cannotCombine, checkOption } from "./util/errors.js";
import { resolveHost, unresolvedHostMessage } from "./util/numeric-ip.js";
import { sharedTable } from "./util/shared-table.js";
import { strtoul } from "./util/strtoul.js";
import { formatIpv6 } from "../ipv6.js";
import { resolveHost6 } from "./util/hostmask6.js";
import { truncateUtf8 } from "./util/utf8.js";

type Command = "SET" | "CHECK" | "UPDATE" | "REMOVE";

export interface RecentEntry {
  /** Milliseconds of the last hits, oldest first. */
  stamps: number[];
  ttl: number;
  /** Hits ever recorded (places the stamps in the kernel's ring for /proc); stamps.length if unset. */
  hits?: number;
}

export interface RecentList {
  /** Least recently updated first (xt_recent's LRU list). */
  entries: Record<string, RecentEntry>;
  /** Ring size - 1 (nstamps_max_mask), fixed when the table is created; unset: from the rule. */
  stampMask?: number;
}

export interface RecentData {
  command?: Command;
  seconds: number;
  hitcount: number;
  reap: boolean;
  rttl: boolean;
  name: string;
  mask: number;
  /** ip6tables: the IPv6 mask (all ones unless --mask), printed instead of `mask`. */
  mask6?: number[];
  side: "source" | "dest";
  invert: boolean;
  /** Lists when the packet path keeps none in the namespace. */
  lists: Record<string, RecentList>;
  seen: string[];
}

const COMMANDS: Record<string, Command> = { set: "SET", rcheck: "CHECK", update: "UPDATE", remove: "REMOVE" };
const COMMAND_OPTION: Record<Command, string> = { SET: "set", CHECK: "rcheck", UPDATE: "update", REMOVE: "remove" };
/** How many hits an entry remembers (ip_pkt_list_tot, raised for larger --hitcount). */
const DEFAULT_STAMPS = 20;
/** Entries a list holds (ip_list_tot); a new one then evicts the least recently updated. */
const MAX_ENTRIES = 100;

/** nstamps_max_mask for a rule's --hitcount: the stamp ring is a power of two. */
export function recentStampMask(hitcount: number): number {
  let size = 1;
  while (size < Math.max(DEFAULT_STAMPS, hitcount)) size *= 2;
  return size - 1;
}

/** recent_entry_update: one more stamp in the ring, and the entry becomes the newest. */
export function recordRecentHit(list: RecentList, key: string, entry: RecentEntry, now: number, fallbackMask: number): void {
  const ring = (list.stampMask ?? fallbackMask) + 1;
  entry.hits = (entry.hits ?? entry.stamps.length) + 1;
  entry.stamps.push(now);
  if (entry.stamps.length > ring) entry.stamps.splice(0, entry.stamps.length - ring);
  delete list.entries[key];
  list.entries[key] = entry;
}

/** recent_entry_init: a fresh entry with one stamp, evicting the oldest when the list is full. */
export function addRecentEntry(list: RecentList, key: string, entry: RecentEntry): void {
  const keys = Object.keys(list.entries);
  if (keys.length >= MAX_ENTRIES) delete list.entries[keys[0]!];
  entry.hits = 1;
  list.entries[key] = entry;
}
/** libxtables option order, for which conflict is reported first. */
const ORDER = ["set", "rcheck", "update", "remove", "seconds", "reap", "hitcount", "rttl", "name", "rsource", "rdest", "mask"];

const maskText = (d: RecentData) => (d.mask6 ? formatIpv6(d.mask6) : formatIpv4(d.mask));

function render(d: RecentData, save: boolean): string {
  const parts: string[] = [];
  const cmd = d.command ?? "CHECK";
  if (save) {
    parts.push(`${d.invert ? "! " : ""}--${COMMAND_OPTION[cmd]}`);
    if (d.seconds) parts.push(`--seconds ${d.seconds | 0}`); // printf %d
    if (d.reap) parts.push("--reap");
    if (d.hitcount) parts.push(`--hitcount ${d.hitcount}`);
    if (d.rttl) parts.push("--rttl");
    parts.push(`--name ${d.name}`, `--mask ${maskText(d)}`, d.side === "source" ? "--rsource" : "--rdest");
  } else {
    parts.push(`${d.invert ? "! " : ""}recent: ${cmd}`);
    if (d.seconds) parts.push(`seconds: ${d.seconds | 0}`);
    if (d.reap) parts.push("reap");
    if (d.hitcount) parts.push(`hit_count: ${d.hitcount}`);
    if (d.rttl) parts.push("TTL-Match");
    parts.push(`name: ${d.name}`, `side: ${d.side}`, `mask: ${maskText(d)}`);
  }
  return parts.join(" ");
}

export const recentMatch: MatchExtension<RecentData> = {
  name: "recent",
  options: [
    ...["set", "rcheck", "update", "remove"].map((name) => ({ name, args: 0 as const, invertible: true })),
    { name: "seconds", args: 1 },
    { name: "reap", args: 0 },
    { name: "hitcount", args: 1 },
    { name: "rttl", args: 0 },
    { name: "name", args: 1 },
    { name: "rsource", args: 0 },
    { name: "rdest", args: 0 },
    { name: "mask", args: 1 },
  ],
  // An IPv4 --mask fills 4 of the 16 mask bytes, the default all 16: different rules to -C/-D.
  identity: (d) => (!d.mask6 && d.seen.includes("mask") ? "mask" : ""),
  init: () => ({ seconds: 0, hitcount: 0, reap: false, rttl: false, name: "DEFAULT", mask: 0xffffffff, side: "source", invert: false, lists: {}, seen: [] }),
  parse(d, { option, args, invert, family, hosts6 }) {
    if (family === 6) d.mask6 ??= [0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff];
    checkOption("recent", d.seen, option, invert, { invertible: option in COMMANDS });
    const arg = args[0] ?? "";
    switch (option) {
      case "set":
      case "rcheck":
      case "update":
      case "remove":
        d.command = COMMANDS[option];
        if (invert) d.invert = true;
        break;
      case "seconds": {
        const n = strtoul(arg, 1, 0xffffffff);
        if (n === undefined) throw badValue("recent", "seconds", 1, 4294967295);
        d.seconds = n;
        break;
      }
      case "hitcount": {
        const n = strtoul(arg, 0, 0xffffffff);
        if (n === undefined) throw badValue("recent", "hitcount", 0, 4294967295);
        d.hitcount = n;
        break;
      }
      case "reap":
        d.reap = true;
        break;
      case "rttl":
        d.rttl = true;
        break;
      case "name":
        d.name = truncateUtf8(arg, 199);
        break;
      case "rsource":
        d.side = "source";
        break;
      case "rdest":
        d.side = "dest";
        break;
      case "mask": {
        if (family === 6) {
          d.mask6 = resolveHost6(arg, hosts6);
          break;
        }
        const mask = resolveHost(arg);
        if (mask === undefined) throw paramProblem(unresolvedHostMessage(arg));
        d.mask = mask;
        break;
      }
    }
  },
  finalCheck(d) {
    if (!d.command) throw paramProblem("recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'");
    const seen = ORDER.filter((o) => d.seen.includes(o));
    const commands = seen.filter((o) => o in COMMANDS);
    if (commands.length > 1) throw cannotCombine("recent", commands[0]!, commands[1]!);
    if (d.reap && !d.seen.includes("seconds")) throw alsoRequires("recent", "reap", "seconds");
    if (d.rttl && (d.command === "SET" || d.command === "REMOVE")) throw cannotCombine("recent", "rttl", COMMAND_OPTION[d.command]);
  },
  // xt_recent refuses timing options with --set/--remove and an oversized --hitcount.
  checkEntry(d) {
    if ((d.command === "SET" || d.command === "REMOVE") && (d.seconds || d.hitcount || d.reap || d.rttl)) return false;
    // 6.x keeps up to 65535 stamps; the name becomes a /proc file name.
    if (d.name === "" || d.name.includes("/") || d.hitcount > 0xffff) return false;
    return true;
  },
  save: (d) => render(d, true),
  print: (d) => render(d, false),
  match(d, pkt, ctx) {
    const list = sharedTable<RecentList>(ctx, `recent:${d.name}`, d.lists, () => ({ entries: {} }));
    const addr6 = d.mask6 && pkt.src6 && pkt.dst6 ? (d.side === "source" ? pkt.src6 : pkt.dst6) : undefined;
    // an IPv6 entry is keyed (and listed in /proc) as %pI6 prints it: eight 4-digit groups
    const key = addr6
      ? addr6.map((g, i) => (g & d.mask6![i]!).toString(16).padStart(4, "0")).join(":")
      : formatIpv4(((d.side === "source" ? pkt.src : pkt.dst) & d.mask) >>> 0);
    // TTL as seen before forwarding.
    const ttl = ctx.outIface !== undefined && ctx.socketUid === undefined ? pkt.ttl + 1 : pkt.ttl;
    const now = ctx.now;
    let hit = d.invert;
    let entry: RecentEntry | undefined = list.entries[key];
    if (entry && d.rttl && entry.ttl !== ttl) entry = undefined;
    if (!entry) {
      if (d.command !== "SET") return hit;
      addRecentEntry(list, key, { stamps: [now], ttl });
      return !hit;
    }
    if (d.command === "SET") hit = !hit;
    else if (d.command === "REMOVE") {
      delete list.entries[key];
      return !hit;
    } else {
      const since = now - d.seconds * 1000;
      const recent = entry.stamps.filter((t) => !d.seconds || t >= since).length;
      if (recent > 0 && (!d.hitcount || recent >= d.hitcount)) hit = !hit;
      if (d.reap) {
        entry.stamps = entry.stamps.filter((t) => t >= since);
        if (entry.stamps.length === 0) delete list.entries[key];
      }
    }
    // xt_recent refreshes on --update whenever the rule matches (after any "!").
    if (d.command === "SET" || (d.command === "UPDATE" && hit)) {
      recordRecentHit(list, key, entry, now, recentStampMask(d.hitcount));
      entry.ttl = ttl;
    }
    return hit;
  },
};
