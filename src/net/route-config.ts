// `ip route add|append|replace|del` as the kernel checks them (fib_create_info, fib_check_nh,
// fib_table_insert/delete). Errors are the text iproute2 prints; rc is 2 for kernel errors.
import { prefixToMask } from "../netfilter/ip.js";
import type { Ipv4 } from "../netfilter/types.js";
import { fibLookup } from "./fib.js";
import { findLink, getNamespace, hasCarrier, linkByIndex } from "./links.js";
import type { Route, RouteShown, RouteType, World } from "./types.js";
import { SCOPE_HOST, SCOPE_LINK, SCOPE_NOWHERE, SCOPE_UNIVERSE, TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "./types.js";

export interface RouteSpec {
  table: number;
  type: RouteType;
  dst: Ipv4;
  prefix: number;
  gateway?: Ipv4;
  oif?: number;
  prefsrc?: Ipv4;
  /** Undefined: chosen as iproute2 does (host for local, link for dev-only, else universe). */
  scope?: number;
  proto?: string;
  metric?: number;
  onlink?: boolean;
  /** A multipath route: each path is checked like a single nexthop. */
  nexthops?: { gateway?: Ipv4; oif?: number; weight: number; onlink?: boolean; tclassid?: number }[];
  /**
   * Display-only attributes (tos, realm, metrics) that `ip route show` prints back, and the
   * mtu / advmss metrics as numbers for the packet path (dst_mtu, dst_metric_advmss).
   */
  shown?: RouteShown;
}

/** A stored route may carry its display-only attributes beside the FIB fields. */
const NEXTHOP_TYPES = new Set<RouteType>(["unicast", "local", "broadcast"]);

function defaultScope(spec: RouteSpec): number {
  if (spec.type === "local") return SCOPE_HOST;
  if (spec.type === "broadcast") return SCOPE_LINK;
  if (spec.type === "unicast" && spec.gateway === undefined && !spec.nexthops?.length) return SCOPE_LINK;
  return SCOPE_UNIVERSE;
}

function isLocalIn(world: World, netns: string, addr: Ipv4): boolean {
  return fibLookup(world, netns, { dst: addr, table: TABLE_LOCAL, ignoreLinkState: true })?.type === "local";
}

/** Checks the nexthop; fills in oif and nhScope. Returns an error text. */
function checkNexthop(world: World, netns: string, spec: RouteSpec, route: Route): string | undefined {
  const dev = spec.oif !== undefined ? linkByIndex(world, netns, spec.oif) : undefined;
  if (spec.gateway === undefined) {
    if (!dev) return "RTNETLINK answers: No such device";
    if (spec.onlink) return "Error: Invalid flags for nexthop - PERVASIVE and ONLINK can not be set.";
    if (!dev.adminUp) return "Error: Device for nexthop is not up.";
    route.nhScope = SCOPE_HOST;
    return undefined;
  }
  if (route.scope >= SCOPE_LINK) return "Error: Nexthop has invalid gateway.";
  if (spec.onlink) {
    if (!dev) return "Error: Nexthop device required for onlink.";
    if (!dev.adminUp) return "Error: Nexthop device is not up.";
    if (spec.gateway >>> 28 === 0xe || spec.gateway === 0xffffffff || spec.gateway >>> 24 === 0 || isLocalIn(world, netns, spec.gateway)) {
      return "Error: Nexthop has invalid gateway.";
    }
    route.nhScope = SCOPE_LINK;
    return undefined;
  }
  const query = { dst: spec.gateway, minScope: Math.max(route.scope + 1, SCOPE_LINK), ignoreLinkState: true, ...(dev ? { oif: dev.name } : {}) };
  const found = (spec.table !== TABLE_MAIN ? fibLookup(world, netns, { ...query, table: spec.table }) : undefined) ?? fibLookup(world, netns, query);
  const out = found?.oif !== undefined ? findLink(world, netns, found.oif) : undefined;
  if (!found || (found.type !== "unicast" && found.type !== "local") || !out) return "Error: Nexthop has invalid gateway.";
  if (!out.adminUp) return "RTNETLINK answers: Network is down";
  route.oif = out.ifindex;
  route.nhScope = found.scope;
  return undefined;
}

function buildRoute(world: World, netns: string, spec: RouteSpec): Route | string {
  if (((spec.dst & ~prefixToMask(spec.prefix)) >>> 0) !== 0) return "Error: Invalid prefix for given prefix length.";
  const route: Route = {
    table: spec.table, type: spec.type, dst: spec.dst, prefix: spec.prefix,
    scope: spec.scope ?? defaultScope(spec), proto: spec.proto ?? "boot", metric: spec.metric ?? 0, onlink: spec.onlink ?? false,
  };
  if (NEXTHOP_TYPES.has(spec.type) && spec.nexthops?.length) {
    route.nexthops = [];
    for (const nh of spec.nexthops) {
      const path: Route = { ...route };
      const error = checkNexthop(world, netns, { ...spec, gateway: nh.gateway, oif: nh.oif, onlink: nh.onlink ?? false }, path);
      if (error) return error;
      route.nexthops.push({
        ...(nh.gateway !== undefined ? { gateway: nh.gateway } : {}), oif: nh.oif ?? path.oif!, weight: nh.weight,
        ...(nh.onlink ? { onlink: true } : {}), ...(path.nhScope !== undefined ? { nhScope: path.nhScope } : {}),
        ...(nh.tclassid ? { tclassid: nh.tclassid } : {}),
      });
    }
  } else if (NEXTHOP_TYPES.has(spec.type)) {
    const error = checkNexthop(world, netns, spec, route);
    if (error) return error;
    if (spec.oif !== undefined) route.oif = spec.oif;
    if (spec.gateway !== undefined) route.gateway = spec.gateway;
  }
  if (spec.shown) route.shown = { ...spec.shown };
  if (spec.prefsrc !== undefined) {
    const selfSource = spec.type === "local" && spec.prefix === 32 && spec.dst === spec.prefsrc;
    if (!selfSource && !isLocalIn(world, netns, spec.prefsrc)) return "Error: Invalid prefsrc address.";
    route.prefsrc = spec.prefsrc;
  }
  return route;
}

function sameSlot(a: Route, b: Route): boolean {
  return a.table === b.table && a.dst === b.dst && a.prefix === b.prefix && a.metric === b.metric;
}

export type RouteChange = "add" | "append" | "replace" | "prepend" | "change";

/** Insert a route; returns the error text, or undefined. */
export function addRoute(world: World, netns: string, spec: RouteSpec, how: RouteChange = "add"): string | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return "RTNETLINK answers: No such device";
  // inet_rtm_newroute creates the table before fib_table_insert checks the route: it stays even if that fails.
  if (![TABLE_LOCAL, TABLE_MAIN].includes(spec.table) && !(ns.extraTables ??= []).includes(spec.table)) ns.extraTables.push(spec.table);
  const built = buildRoute(world, netns, spec);
  if (typeof built === "string") return built;
  const index = ns.routes.findIndex((r) => sameSlot(r, built));
  if (how === "replace" || how === "change") {
    if (index >= 0) {
      ns.routes[index] = built;
      return undefined;
    }
    if (how === "change") return "RTNETLINK answers: No such file or directory";
  } else if (index >= 0) {
    const identical = ns.routes.some((r) => sameSlot(r, built) && r.type === built.type && r.gateway === built.gateway && r.oif === built.oif);
    if (how === "add" || identical) return "RTNETLINK answers: File exists";
  }
  // add/prepend go before the routes of the same prefix and metric, append after them.
  const before = how === "append" ? -1 : ns.routes.findIndex((r) => sameSlot(r, built));
  if (before >= 0) ns.routes.splice(before, 0, built);
  else ns.routes.push(built);
  return undefined;
}

export interface RouteFilter {
  table: number;
  dst: Ipv4;
  prefix: number;
  type?: RouteType;
  gateway?: Ipv4;
  oif?: number;
  prefsrc?: Ipv4;
  scope?: number;
  proto?: string;
  metric?: number;
}

/** fib_table_delete: the first alias of the prefix that matches every attribute given. */
export function deleteRoute(world: World, netns: string, filter: RouteFilter): string | undefined {
  const ns = getNamespace(world, netns);
  if (!ns) return "RTNETLINK answers: No such process";
  if (![TABLE_LOCAL, TABLE_MAIN, TABLE_DEFAULT].includes(filter.table) && !ns.extraTables?.includes(filter.table)) return "Error: FIB table does not exist.";
  if (((filter.dst & ~prefixToMask(filter.prefix)) >>> 0) !== 0) return "Error: Invalid prefix for given prefix length.";
  const candidates = ns.routes
    .filter((r) => r.table === filter.table && r.dst === filter.dst && r.prefix === filter.prefix)
    .sort((a, b) => a.metric - b.metric);
  const victim = candidates.find((r) =>
    (filter.metric === undefined || r.metric === filter.metric) &&
    (filter.type === undefined || r.type === filter.type) &&
    (filter.scope === undefined || filter.scope === SCOPE_NOWHERE || r.scope === filter.scope) &&
    (filter.prefsrc === undefined || r.prefsrc === filter.prefsrc) &&
    (filter.proto === undefined || r.proto === filter.proto) &&
    (filter.gateway === undefined || r.gateway === filter.gateway) &&
    (filter.oif === undefined || r.oif === filter.oif));
  if (!victim) return "RTNETLINK answers: No such process";
  ns.routes = ns.routes.filter((r) => r !== victim);
  return undefined;
}

/** "linkdown" as `ip route` flags it: the device is up but has no carrier. */
export function routeLinkDown(world: World, netns: string, route: Route): boolean {
  const link = route.oif !== undefined ? linkByIndex(world, netns, route.oif) : undefined;
  return link !== undefined && route.scope < SCOPE_HOST && !hasCarrier(world, netns, link);
}

/** A path over a device that is down is "dead"; without carrier, "linkdown" (ip route's flags). */
export function nexthopFlags(world: World, netns: string, oif: number | undefined): string[] {
  const link = oif !== undefined ? linkByIndex(world, netns, oif) : undefined;
  if (!link) return [];
  if (!link.adminUp) return ["dead", "linkdown"];
  return hasCarrier(world, netns, link) ? [] : ["linkdown"];
}

/** A multipath route is linkdown when every one of its paths is (fib_sync_down_dev). */
export function multipathLinkDown(world: World, netns: string, route: Route): boolean {
  return !!route.nexthops?.length && route.nexthops.every((nh) => nexthopFlags(world, netns, nh.oif).includes("linkdown"));
}

/** A multipath route lives while all its devices exist and at least one of them is up. */
function multipathAlive(world: World, netns: string, route: Route): boolean {
  const links = (route.nexthops ?? []).map((nh) => (nh.oif !== undefined ? linkByIndex(world, netns, nh.oif) : undefined));
  return links.every((l) => l !== undefined) && links.some((l) => l!.adminUp);
}

/**
 * fib_sync_down_dev for multipath routes: unregistering a device removes every route with a
 * path over it; a device going down removes those whose paths are then all dead. (Single-path
 * routes are handled by the link code.) Called after each `ip` command.
 */
export function pruneMultipathRoutes(world: World): void {
  for (const [netns, ns] of Object.entries(world.namespaces)) {
    if (ns.routes.some((r) => r.nexthops && !multipathAlive(world, netns, r))) {
      ns.routes = ns.routes.filter((r) => !r.nexthops || multipathAlive(world, netns, r));
    }
  }
}
