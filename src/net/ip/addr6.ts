// The IPv6 side of `ip address`: which inet6 addresses a device lists (in the kernel's order),
// how each prints (text, -br, -j), and reading an IPv6 prefix argument.
import { formatIpv6, parseIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import { getNamespace } from "../links.js";
import { DAD_MS, inet6StateIfAny, ipv6Disabled, isTentative, LOOPBACK6, scope6 } from "../inet6.js";
import type { Link, World } from "../types.js";
import { linkLocal6, netmaskBits, type IpOptions } from "./common.js";

/** INFINITY_LIFE_TIME: a lifetime that never ends, as -j prints it. */
export const FOREVER = 4294967295;

export interface Entry6 {
  local: string;
  addr: Ipv6;
  prefixlen: number;
  scope: "global" | "link" | "host";
  metric?: number;
  nodad?: boolean;
  tentative?: boolean;
  noprefixroute?: boolean;
  home?: boolean;
  mngtmpaddr?: boolean;
  /** Creation order: newer first within a scope. */
  seq: number;
  /** The automatic fe80:: address or ::1 (not removable by the user's address list). */
  automatic?: boolean;
}

const SCOPE_ORDER = { global: 0, link: 1, host: 2 };

/** ipv6_link_dev_addr keeps a device's addresses by scope (global first), newest first. */
export function inet6Entries(o: { world: World; netns: string }, link: Link): Entry6[] {
  if (ipv6Disabled(o.world, o.netns, link)) return [];
  const ns = getNamespace(o.world, o.netns);
  const state = ns ? inet6StateIfAny(ns) : undefined;
  const out: Entry6[] = [];
  if (link.kind === "loopback" && link.adminUp && !state?.loopbackGone) {
    out.push({ local: "::1", addr: LOOPBACK6, prefixlen: 128, scope: "host", seq: -1, automatic: true });
  }
  if (link.kind !== "loopback" && link.ll6 !== undefined) {
    const text = linkLocal6(link.mac);
    out.push({ local: text, addr: parseIpv6(text)!, prefixlen: 64, scope: "link", ...(o.world.clock - link.ll6 < DAD_MS ? { tentative: true } : {}), seq: -1, automatic: true });
  }
  for (const a of state?.addrs ?? []) {
    if (a.ifindex !== link.ifindex) continue;
    out.push({
      local: formatIpv6(a.addr), addr: a.addr, prefixlen: a.prefix, scope: scope6(a.addr),
      ...(a.metric ? { metric: a.metric } : {}), ...(a.nodad ? { nodad: true } : {}),
      ...(a.home ? { home: true } : {}), ...(isTentative(o.world, a) ? { tentative: true } : {}), ...(a.mngtmpaddr ? { mngtmpaddr: true } : {}),
      ...(a.noprefixroute ? { noprefixroute: true } : {}), seq: a.seq,
    });
  }
  return out.sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] || b.seq - a.seq);
}

/** "fd00::1/64 metric 5 scope global nodad home tentative mngtmpaddr noprefixroute " (print_addrinfo's order). */
export function inet6Text(e: Entry6): string {
  const flags = `${e.nodad ? " nodad" : ""}${e.home ? " home" : ""}${e.tentative ? " tentative" : ""}${e.mngtmpaddr ? " mngtmpaddr" : ""}${e.noprefixroute ? " noprefixroute" : ""}`;
  return `${briefText(e)} scope ${e.scope}${flags} `;
}

export function briefText(e: Entry6): string {
  return `${e.local}/${e.prefixlen}${e.metric ? ` metric ${e.metric}` : ""}`;
}


export function inet6Json(e: Entry6): Record<string, unknown> {
  return {
    family: "inet6", local: e.local, prefixlen: e.prefixlen, ...(e.metric ? { metric: e.metric } : {}), scope: e.scope,
    ...(e.nodad ? { nodad: true } : {}), ...(e.home ? { home: true } : {}), ...(e.tentative ? { tentative: true } : {}),
    ...(e.mngtmpaddr ? { mngtmpaddr: true } : {}), ...(e.noprefixroute ? { noprefixroute: true } : {}),
    valid_life_time: FOREVER, preferred_life_time: FOREVER,
  };
}

export interface Prefix6 { addr: Ipv6; prefix: number; hasLength: boolean }

/** get_prefix for AF_INET6: "fd00::1/64", "fd00::1" (/128); undefined if invalid. */
export function parsePrefix6(text: string): Prefix6 | undefined {
  const slash = text.indexOf("/");
  const addr = parseIpv6(slash < 0 ? text : text.slice(0, slash));
  if (!addr) return undefined;
  if (slash < 0) return { addr, prefix: 128, hasLength: false };
  // (get_netmask: a number in any base, "0x40" or "064")
  const prefix = netmaskBits(text.slice(slash + 1));
  if (prefix === undefined || prefix > 128) return undefined;
  return { addr, prefix, hasLength: true };
}

/** Is the word an IPv6 address or prefix (iproute2 picks the family by a ':')? */
export const looksIpv6 = (word: string): boolean => word.includes(":");

/**
 * A device's name in an IPv6 dump: the inet6 dumper sends IFLA_LINK (the peer's ifindex) only when
 * it differs from the device's own, and never the peer's namespace id, so iproute2 names the
 * peer by looking that index up in this namespace.
 */
export function dumpName6(o: IpOptions, link: Link): string {
  if (!link.peer || link.peer.ifindex === link.ifindex) return link.name;
  const named = getNamespace(o.world, o.netns)?.links.find((l) => l.ifindex === link.peer!.ifindex);
  return `${link.name}@${named ? named.name : `if${link.peer.ifindex}`}`;
}
