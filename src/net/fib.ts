// The FIB: route tables of one namespace and the kernel's lookup (fib_table_lookup through the
// default rules: local, main, default). Longest prefix first, then lowest metric; routes whose
// device is gone or down are skipped; unreachable/prohibit/blackhole end the lookup.
import { inSubnet, prefixToMask } from "../netfilter/ip.js";
import type { Ipv4 } from "../netfilter/types.js";
import { getNamespace, hasCarrier, linkByIndex } from "./links.js";
import { confValue } from "./sysctl.js";
import { ruleExtras, ruleMatches, rulesOf } from "./rules.js";
import type { FibRule, Nexthop, Route, RouteType, World } from "./types.js";
import { SCOPE_HOST, SCOPE_UNIVERSE, TABLE_LOCAL } from "./types.js";

export interface FibQuery {
  dst: Ipv4;
  src?: Ipv4;
  /** Only routes out of this device (name). */
  oif?: string;
  iif?: string;
  /** Only routes with at least this scope (the kernel's flowi4_scope). */
  minScope?: number;
  /** Use routes over devices without carrier even when ignore_routes_with_linkdown is set. */
  ignoreLinkState?: boolean;
  /** Search one table only (else follow the policy rules). */
  table?: number;
  /** skb->mark, for `ip rule … fwmark`. */
  mark?: number;
  /** The flow's protocol, ports, socket uid and tos, for `ip rule … ipproto/sport/dport/uidrange/tos`. */
  proto?: number;
  sport?: number;
  dport?: number;
  uid?: number;
  tos?: number;
}

export type RouteErrno = "ENETUNREACH" | "EHOSTUNREACH" | "EACCES" | "EINVAL";

export interface FibResult {
  type: RouteType;
  /** Set when the lookup ends in an error: an unreachable/prohibit/blackhole route or rule. */
  errno?: RouteErrno;
  table: number;
  oif?: string;
  gateway?: Ipv4;
  prefsrc?: Ipv4;
  scope: number;
  route: Route;
  /** The realms of the ip rule whose lookup found the route (FRA_FLOW, res->tclassid), when it has some. */
  ruleTclassid?: number;
}

export const ROUTE_ERRNO: Partial<Record<RouteType, RouteErrno>> = {
  unreachable: "EHOSTUNREACH",
  prohibit: "EACCES",
  blackhole: "EINVAL",
};

/** A rule's "unreachable" fails with ENETUNREACH, unlike a route's EHOSTUNREACH. */
const RULE_ERRNO: Record<Exclude<FibRule["action"], "lookup">, RouteErrno> = {
  unreachable: "ENETUNREACH",
  prohibit: "EACCES",
  blackhole: "EINVAL",
};

/** Listing order of the kernel's trie: by destination, longer prefix first, then metric. */
export function compareRoutes(a: Route, b: Route): number {
  return a.dst - b.dst || b.prefix - a.prefix || a.metric - b.metric;
}

/** `scope` is the route's (a nexthop has none of its own). */
function usable(world: World, netns: string, route: Route | Nexthop, scope: number, query: FibQuery): boolean {
  if ("type" in route && ROUTE_ERRNO[route.type]) return true;
  const link = route.oif !== undefined ? linkByIndex(world, netns, route.oif) : undefined;
  // Host-scope routes (the local routes of its addresses) survive a device going down, and keep working.
  if (!link || (!link.adminUp && scope < SCOPE_HOST)) return false;
  if (query.oif !== undefined && link.name !== query.oif) return false;
  if (!query.ignoreLinkState && !hasCarrier(world, netns, link) &&
      confValue(world, netns, link.name, "ignore_routes_with_linkdown") !== 0) return false;
  return true;
}

function longestPrefixFirst(a: Route, b: Route): number {
  return b.prefix - a.prefix || a.metric - b.metric;
}

function lookupTable(world: World, netns: string, table: number, query: FibQuery): FibResult | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return undefined;
  // a plain loop: this runs several times per packet
  const minScope = query.minScope ?? SCOPE_UNIVERSE;
  const candidates: Route[] = [];
  for (const r of ns.routes) {
    if (r.table === table && r.scope >= minScope && inSubnet(query.dst, r.dst, prefixToMask(r.prefix))) candidates.push(r);
  }
  if (candidates.length > 1) candidates.sort(longestPrefixFirst);
  const flowTos = (query.tos ?? 0) & 0x1c; // IPTOS_RT_MASK
  for (const route of candidates) {
    // a route with a tos matches only flows with that tos (fib_table_lookup's fa_dscp test)
    const tos = route.shown?.tos;
    if (tos && tos !== flowTos) continue;
    // A throw route ends the search in this table; the policy rules go on to the next one.
    if (route.type === "throw") return undefined;
    const path = route.nexthops ? selectNexthop(world, netns, route, query) : route;
    if (!path || !usable(world, netns, path, route.scope, query)) continue;
    const result: FibResult = { type: route.type, table, scope: route.scope, route };
    const errno = ROUTE_ERRNO[route.type];
    if (errno) result.errno = errno;
    const link = path.oif !== undefined ? linkByIndex(world, netns, path.oif) : undefined;
    if (link) result.oif = link.name;
    if (path.gateway !== undefined) result.gateway = path.gateway;
    if (route.prefsrc !== undefined) result.prefsrc = route.prefsrc;
    return result;
  }
  return undefined;
}

/**
 * fib_select_multipath: one of the live paths, by a hash of the flow's addresses weighted by
 * `weight`. The kernel's hash has a random seed; this one is fixed, so a flow always takes the same path.
 */
function selectNexthop(world: World, netns: string, route: Route, query: FibQuery): Nexthop | undefined {
  const alive = (route.nexthops ?? []).filter((nh) => usable(world, netns, nh, route.scope, query));
  const total = alive.reduce((sum, nh) => sum + nh.weight, 0);
  if (total === 0) return undefined;
  let point = (Math.imul((query.src ?? 0) ^ query.dst, 0x9e3779b1) >>> 0) % total;
  for (const nh of alive) {
    if (point < nh.weight) return nh;
    point -= nh.weight;
  }
  return alive[alive.length - 1];
}

/** Lookup through the policy rules (or in one table); undefined = no route (ENETUNREACH). */
export function fibLookup(world: World, netns: string, query: FibQuery): FibResult | undefined {
  if (query.table !== undefined) return lookupTable(world, netns, query.table, query);
  const ns = getNamespace(world, netns);
  if (!ns) return undefined;
  const rules = rulesOf(ns);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (!ruleMatches(rule, query)) continue;
    const x = ruleExtras(rule);
    if (x?.gotoTarget !== undefined) {
      // goto: on to the rule of exactly that priority (its selectors still apply); unresolved: skipped
      const target = rules.findIndex((r) => r.priority === x.gotoTarget);
      if (target > i) i = target - 1;
      continue;
    }
    if (x?.nop) continue;
    if (rule.action !== "lookup") return ruleVerdict(rule);
    const found = lookupTable(world, netns, rule.table, query);
    // suppress_prefixlength N: a route this unspecific does not count (wg-quick's "main, but not its default")
    if (found && !found.errno && x?.suppressPrefixlength !== undefined && found.route.prefix <= x.suppressPrefixlength) continue;
    if (found) return x?.tclassid ? { ...found, ruleTclassid: x.tclassid } : found;
  }
  return undefined;
}

/** set_class_tag: each half of the realms (FROM << 16 | TO) still 0 takes the tag's. */
export function setClassTag(tclassid: number, tag: number): number {
  if (!(tclassid & 0xffff)) tclassid |= tag & 0xffff;
  if (!(tclassid & 0xffff0000)) tclassid |= tag & 0xffff0000;
  return tclassid >>> 0;
}

/** A rule whose action is a route type answers like a route of that type. */
function ruleVerdict(rule: FibRule): FibResult {
  const action = rule.action as Exclude<FibRule["action"], "lookup">;
  const route: Route = { table: 0, type: action, dst: 0, prefix: 0, scope: SCOPE_UNIVERSE, proto: "boot", metric: 0, onlink: false };
  return { type: action, errno: RULE_ERRNO[action], table: 0, scope: SCOPE_UNIVERSE, route };
}

/** Address type as inet_addr_type sees it (local table only), for -m addrtype. */
export function addrType(world: World, netns: string, addr: Ipv4, iface?: string): string {
  if (addr >>> 24 === 0 || addr === 0xffffffff) return "BROADCAST";
  if (addr >>> 28 === 0xe) return "MULTICAST";
  const found = lookupTable(world, netns, TABLE_LOCAL, { dst: addr, ignoreLinkState: true });
  if (!found || (iface !== undefined && found.oif !== iface)) return "UNICAST";
  return found.type.toUpperCase();
}
