// `ip route show|list`: iproute2's filter (table, dev, type, proto, scope, via, src, metric,
// root/match/exact) and print_route, which leaves out a key the filter pins to one value.
import { dsfieldText } from "./dsfield.js";
import { formatIpv4, inSubnet, prefixToMask } from "../../netfilter/ip.js";
import type { CommandResult } from "../../shell/types.js";
import { compareRoutes } from "../fib.js";
import { getNamespace, linkByIndex } from "../links.js";
import { multipathLinkDown, nexthopFlags, routeLinkDown } from "../route-config.js";
import { metricsText } from "./route-metric-values.js";
import type { Route } from "../types.js";
import { SCOPE_UNIVERSE, TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { kernelError, matches, ok, paint, parsePrefix, type IpOptions, type Prefix } from "./common.js";
import { jsonLine, routeJson, type Json } from "./json.js";
import { PROTOCOLS, parseRouteArgs, scopeName, tableName, type Parsed } from "./route-args.js";

/** RTN_* numbers, as -N prints a route's type. */
const ROUTE_TYPE_NUMBERS: Record<string, number> = { unicast: 1, local: 2, broadcast: 3, blackhole: 6, unreachable: 7, prohibit: 8, throw: 9 };

/** A route's protocol as -N prints it. */
function protocolNumber(proto: string): string {
  return Object.prototype.hasOwnProperty.call(PROTOCOLS, proto) ? String(PROTOCOLS[proto]) : proto;
}
import { listRoutes6, showRoutes6 } from "./route6.js";
import { learntPmtuDestinations, pmtuCacheText } from "../pmtu.js";
import { routeOutput } from "../routing.js";
import { realmFilter, realmsText } from "./realms.js";

/** Keys print_route leaves out because the filter already fixes them. */
export interface RouteHide {
  dev?: boolean;
  table?: boolean;
  proto?: boolean;
  scope?: boolean;
  via?: boolean;
  src?: boolean;
  /** A realms filter pinning both halves (print_rta_flow is skipped). */
  realms?: boolean;
  metric?: boolean;
}

function dstText(route: Route): string {
  if (route.prefix === 0) return "default";
  return route.prefix === 32 ? formatIpv4(route.dst) : `${formatIpv4(route.dst)}/${route.prefix}`;
}

function devName(o: IpOptions, oif: number | undefined): string | undefined {
  return oif !== undefined ? linkByIndex(o.world, o.netns, oif)?.name : undefined;
}

export function formatRoute(o: IpOptions, route: Route, hide: RouteHide): string {
  let line = route.type === "unicast" && !o.details ? "" : `${o.numeric ? ROUTE_TYPE_NUMBERS[route.type] : route.type} `;
  line += route.prefix === 0 ? "default " : paint(o, "inet", `${dstText(route)} `);
  const shown = route.shown;
  if (shown?.tos) line += `tos ${dsfieldText(shown.tos)} `;
  if (route.gateway !== undefined && !hide.via) line += `via ${paint(o, "inet", `${formatIpv4(route.gateway)} `)}`;
  const dev = devName(o, route.oif);
  if (dev && !hide.dev) line += `dev ${paint(o, "ifname", `${dev} `)}`;
  if (route.table !== TABLE_MAIN && !hide.table) line += `table ${o.numeric ? route.table : tableName(route.table)} `;
  // (-N: protocol and scope as numbers)
  if ((route.proto !== "boot" || o.details) && !hide.proto) line += `proto ${o.numeric ? protocolNumber(route.proto) : route.proto} `;
  if ((route.scope !== SCOPE_UNIVERSE || o.details) && !hide.scope) line += `scope ${o.numeric ? route.scope : scopeName(route.scope)} `;
  if (route.prefsrc !== undefined && !hide.src) line += `src ${paint(o, "inet", `${formatIpv4(route.prefsrc)} `)}`;
  if (route.metric !== 0 && !hide.metric) line += `metric ${route.metric} `;
  if (route.onlink) line += "onlink ";
  if (routeLinkDown(o.world, o.netns, route) || multipathLinkDown(o.world, o.netns, route)) line += "linkdown ";
  // a multipath route carries its realms per path (fib_dump_info)
  if (!hide.realms && !route.nexthops) line += realmsText(shown?.tclassid);
  if (shown?.metrics !== undefined) line += metricsText(shown.metrics);
  for (const nh of route.nexthops ?? []) {
    line += "\n\tnexthop ";
    if (nh.gateway !== undefined) line += `via ${paint(o, "inet", `${formatIpv4(nh.gateway)} `)}`;
    line += realmsText(nh.tclassid);
    const nhDev = devName(o, nh.oif);
    if (nhDev) line += `dev ${paint(o, "ifname", `${nhDev} `)}`;
    line += `weight ${nh.weight} `;
    if (nh.onlink) line += "onlink ";
    for (const flag of nexthopFlags(o.world, o.netns, nh.oif)) line += `${flag} `;
  }
  return line;
}



/** `root P`: routes inside P; `match P`: routes covering P; `exact P`: P itself. */
function selects(selector: { kind: string; prefix: Prefix }, r: Route): boolean {
  const { addr, prefix } = selector.prefix;
  if (selector.kind === "exact") return r.dst === addr && r.prefix === prefix;
  if (selector.kind === "root") return r.prefix >= prefix && inSubnet(r.dst, addr, prefixToMask(prefix));
  return r.prefix <= prefix && inSubnet(addr, r.dst, prefixToMask(r.prefix));
}

function inPrefix(addr: number | undefined, p: Prefix | undefined): boolean {
  return p === undefined || (addr !== undefined && inSubnet(addr, p.addr, prefixToMask(p.prefix)));
}

/** Tables the kernel has: local, main, default, and those routes were added to; -1 is `all`. */
export function tableExists(o: IpOptions, table: number): boolean {
  return [TABLE_MAIN, TABLE_LOCAL, TABLE_DEFAULT, -1].includes(table) || (getNamespace(o.world, o.netns)?.extraTables?.includes(table) ?? false);
}

/** iproute2's filter_nlmsg for IPv4 routes, except the destination prefix (show and flush differ there). */
export function routeSelected(parsed: Parsed, r: Route): boolean {
  const { spec } = parsed;
  return (spec.table === -1 || r.table === spec.table) &&
    (spec.oif === undefined || r.oif === spec.oif) &&
    (spec.type === undefined || r.type === spec.type) &&
    (spec.proto === undefined || r.proto === spec.proto) &&
    (spec.scope === undefined || r.scope === spec.scope) &&
    (spec.metric === undefined || r.metric === spec.metric) &&
    (parsed.via === undefined || inPrefix(r.gateway, parsed.via)) &&
    (parsed.src === undefined || inPrefix(r.prefsrc, parsed.src)) &&
    (parsed.selector === undefined || selects(parsed.selector, r)) &&
    (parsed.extra.realms === undefined || realmSelected(parsed.extra.realms, r)) &&
    (parsed.extra.tos === undefined || (r.shown?.tos ?? 0) === Number(parsed.extra.tos)) &&
    // (no IPv4 route has a source prefix: `from P` keeps them only when P holds 0.0.0.0)
    (parsed.extra.from === undefined || fromHoldsZero(parsed.extra.from));
}

function fromHoldsZero(text: string): boolean {
  const p = parsePrefix(text);
  return p !== undefined && (p.prefix === 0 || p.addr >>> (32 - p.prefix) === 0);
}

function realmSelected(text: string, r: Route): boolean {
  const { realm, mask } = realmFilter(text);
  return ((((r.shown?.tclassid ?? 0) ^ realm) & mask) >>> 0) === 0;
}

export function showRoutes(o: IpOptions, args: string[]): CommandResult {
  // ("cached" and "cloned" by any prefix: the route exceptions, here learnt path MTUs)
  if (args[0] !== undefined && (matches(args[0], "cached") || matches(args[0], "cloned"))) return ok(o.family === 6 ? "" : showPmtuCache(o));
  if (o.family === 6) return showRoutes6(o, args);
  const parsed = parseRouteArgs(o, args, true);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { spec, dst } = parsed;
  if (!tableExists(o, spec.table)) return kernelError("Error: ipv4: FIB table does not exist.\nDump terminated");
  // a dump of every table walks the kernel's table hash: by id modulo 256, and in one bucket the
  // table made last first (local and main are the first made)
  const made = (t: number) => (t === TABLE_LOCAL || t === TABLE_MAIN ? -1 : (ns.extraTables ?? []).indexOf(t));
  const order = (a: number, b: number) => (a & 255) - (b & 255) || made(b) - made(a);
  const routes = ns.routes
    .filter((r) => routeSelected(parsed, r) && (dst === undefined || (r.dst === dst.addr && r.prefix === dst.prefix)))
    .sort((a, b) => (spec.table === -1 ? order(a.table, b.table) : 0) || compareRoutes(a, b) || ns.routes.indexOf(a) - ns.routes.indexOf(b));
  const hide: RouteHide = {
    dev: spec.oif !== undefined, table: parsed.tableGiven && spec.table !== -1,
    proto: spec.proto !== undefined, scope: spec.scope !== undefined, metric: spec.metric !== undefined,
    via: parsed.via !== undefined && parsed.via.prefix === 32, src: parsed.src !== undefined && parsed.src.prefix === 32,
    realms: parsed.extra.realms !== undefined && realmFilter(parsed.extra.realms).mask === 0xffffffff,
  };
  // Without -6, iproute2 dumps IPv6 too only for `table all`
  const listed6 = o.family === 0 && spec.table === -1 ? listRoutes6(o, args, true) : undefined;
  const v6 = listed6 && !("rc" in listed6) ? listed6 : { text: "", json: [] };
  if (o.json) return ok(jsonLine(o, [...routes.map((r) => routeJson(o, r, { table: tableName, scope: scopeName }, hide)), ...v6.json]));
  return ok(routes.map((r) => `${formatRoute(o, r, hide)}\n`).join("") + v6.text);
}

/** ip route show cache: the route exceptions a frag-needed left (a learnt path MTU). */
function showPmtuCache(o: IpOptions): string {
  let out = "";
  for (const dst of learntPmtuDestinations(o.world, o.netns)) {
    const r = routeOutput(o.world, o.netns, { dst });
    if (!r.ok) continue;
    out += `${formatIpv4(dst)} ${r.gateway !== undefined ? `via ${formatIpv4(r.gateway)} ` : ""}dev ${r.oif} \n    cache ${pmtuCacheText(o.world, o.netns, dst)}\n`;
  }
  return out;
}
