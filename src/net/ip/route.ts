// `ip route`: show/list (with table, dev, type, proto, scope, prefix filters), add/append/replace/
// change/del, flush; output in iproute2's format. Arguments: route-args.ts; `get`: route-get.ts.
import { formatIpv4, inSubnet, prefixToMask } from "../../netfilter/ip.js";
import type { CommandResult } from "../../shell/types.js";
import { compareRoutes } from "../fib.js";
import { getNamespace, linkByIndex } from "../links.js";
import { addRoute, deleteRoute, routeLinkDown, type RouteChange, type RouteSpec } from "../route-config.js";
import type { Route } from "../types.js";
import { SCOPE_UNIVERSE, TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { fail, kernelError, matches, ok, type IpOptions, type Prefix } from "./common.js";
import { jsonLine, routeJson } from "./json.js";
import { parseRouteArgs, ROUTE_USAGE, scopeName, tableName } from "./route-args.js";
import { getRoute } from "./route-get.js";

function dstText(route: Route): string {
  if (route.prefix === 0) return "default";
  return route.prefix === 32 ? formatIpv4(route.dst) : `${formatIpv4(route.dst)}/${route.prefix}`;
}

export function formatRoute(o: IpOptions, route: Route, hide: { dev?: boolean; table?: boolean }): string {
  let line = route.type === "unicast" ? "" : `${route.type} `;
  line += `${dstText(route)} `;
  if (route.gateway !== undefined) line += `via ${formatIpv4(route.gateway)} `;
  const dev = route.oif !== undefined ? linkByIndex(o.world, o.netns, route.oif) : undefined;
  if (dev && !hide.dev) line += `dev ${dev.name} `;
  if (route.table !== TABLE_MAIN && !hide.table) line += `table ${tableName(route.table)} `;
  if (route.proto !== "boot") line += `proto ${route.proto} `;
  if (route.scope !== SCOPE_UNIVERSE) line += `scope ${scopeName(route.scope)} `;
  if (route.prefsrc !== undefined) line += `src ${formatIpv4(route.prefsrc)} `;
  if (route.metric !== 0) line += `metric ${route.metric} `;
  if (route.onlink) line += "onlink ";
  if (routeLinkDown(o.world, o.netns, route)) line += "linkdown ";
  return line;
}

/** `root P`: routes inside P; `match P`: routes covering P; `exact P`: P itself. */
function selects(selector: { kind: string; prefix: Prefix }, r: Route): boolean {
  const { addr, prefix } = selector.prefix;
  if (selector.kind === "exact") return r.dst === addr && r.prefix === prefix;
  if (selector.kind === "root") return r.prefix >= prefix && inSubnet(r.dst, addr, prefixToMask(prefix));
  return r.prefix <= prefix && inSubnet(addr, r.dst, prefixToMask(r.prefix));
}

function showRoutes(o: IpOptions, args: string[]): CommandResult {
  if (args[0] === "cache") return ok();
  const parsed = parseRouteArgs(o, args, true);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { spec, dst } = parsed;
  const known = [TABLE_MAIN, TABLE_LOCAL, TABLE_DEFAULT, -1];
  if (!known.includes(spec.table) && !ns.extraTables?.includes(spec.table)) {
    return kernelError("Error: ipv4: FIB table does not exist.\nDump terminated");
  }
  const order = (t: number) => (t === TABLE_LOCAL ? 1 : 0);
  const routes = ns.routes
    .filter((r) => (spec.table === -1 ? true : r.table === spec.table) &&
      (spec.oif === undefined || r.oif === spec.oif) &&
      (spec.type === undefined || r.type === spec.type) &&
      (spec.proto === undefined || r.proto === spec.proto) &&
      (spec.scope === undefined || r.scope === spec.scope) &&
      (spec.gateway === undefined || r.gateway === spec.gateway) &&
      (dst === undefined || (r.dst === dst.addr && r.prefix === dst.prefix)) &&
      (parsed.selector === undefined || selects(parsed.selector, r)))
    .sort((a, b) => (spec.table === -1 ? order(a.table) - order(b.table) || a.table - b.table : 0) || compareRoutes(a, b) || ns.routes.indexOf(a) - ns.routes.indexOf(b));
  const hide = { dev: spec.oif !== undefined, table: parsed.tableGiven && spec.table !== -1 };
  if (o.json) {
    const v4 = o.family === 6 ? [] : routes.map((r) => routeJson(o, r, { table: tableName, scope: scopeName }, hide));
    const lo = ns.links.find((l) => l.kind === "loopback");
    const v6 = o.family !== 4 && spec.table === -1 && lo?.adminUp
      ? [{ type: "local", dst: "::1", dev: "lo", table: "local", protocol: "kernel", metric: 0, flags: [], pref: "medium" }] : [];
    return ok(jsonLine(o, [...v4, ...v6]));
  }
  let text = o.family === 6 ? "" : routes.map((r) => `${formatRoute(o, r, hide)}\n`).join("");
  if (o.family !== 4 && args.length === 0) text += ipv6Routes(o, TABLE_MAIN, false);
  else if (o.family !== 4 && spec.table === -1 && parsed.dev === undefined) text += ipv6Routes(o, TABLE_MAIN, true) + ipv6Routes(o, TABLE_LOCAL, true);
  else if (o.family === 6 && spec.table === TABLE_LOCAL) text += ipv6Routes(o, TABLE_LOCAL, false);
  return ok(text);
}

/** IPv6 is only modelled as far as listings show it: link-local prefixes, ::1, multicast. */
function ipv6Routes(o: IpOptions, table: number, showTable: boolean): string {
  const ns = getNamespace(o.world, o.netns)!;
  const devices = (ns.ll6Order ?? []).map((i) => ns.links.find((l) => l.ifindex === i)).filter((l) => l?.ll6 !== undefined);
  const tableText = showTable ? " table local" : "";
  if (table === TABLE_MAIN) {
    // Without a family, `ip route` shows only IPv4 unless a table or -6 asks for more.
    if (o.family !== 6 && !showTable) return "";
    return devices.map((l) => `fe80::/64 dev ${l!.name} proto kernel metric 256 pref medium\n`).join("");
  }
  const lo = ns.links.find((l) => l.kind === "loopback");
  return (lo?.adminUp ? `local ::1 dev lo${tableText} proto kernel metric 0 pref medium\n` : "") +
    devices.map((l) => `multicast ff00::/8 dev ${l!.name}${tableText} proto kernel metric 256 pref medium\n`).join("");
}

function changeRoute(o: IpOptions, args: string[], how: RouteChange): CommandResult {
  const parsed = parseRouteArgs(o, args, false);
  if ("rc" in parsed) return parsed;
  if (!parsed.dst) return fail("Error: any valid prefix is expected rather than \"\".", 1);
  const spec: RouteSpec = { ...parsed.spec, type: parsed.spec.type ?? "unicast", dst: parsed.dst.addr, prefix: parsed.dst.prefix };
  // iproute2 puts local and broadcast routes in table local unless told otherwise.
  if (!parsed.tableGiven && (spec.type === "local" || spec.type === "broadcast")) spec.table = TABLE_LOCAL;
  const error = addRoute(o.world, o.netns, spec, how);
  return error ? kernelError(error) : ok();
}

function deleteRouteCommand(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseRouteArgs(o, args, false);
  if ("rc" in parsed) return parsed;
  if (!parsed.dst) return kernelError("RTNETLINK answers: No such process");
  const { spec } = parsed;
  if (!parsed.tableGiven && (spec.type === "local" || spec.type === "broadcast")) spec.table = TABLE_LOCAL;
  const error = deleteRoute(o.world, o.netns, {
    table: spec.table, dst: parsed.dst.addr, prefix: parsed.dst.prefix,
    ...(parsed.typeGiven ? { type: spec.type! } : {}),
    ...(spec.gateway !== undefined ? { gateway: spec.gateway } : {}),
    ...(spec.oif !== undefined ? { oif: spec.oif } : {}),
    ...(spec.prefsrc !== undefined ? { prefsrc: spec.prefsrc } : {}),
    ...(spec.scope !== undefined ? { scope: spec.scope } : {}),
    ...(spec.proto !== undefined ? { proto: spec.proto } : {}),
    ...(spec.metric !== undefined ? { metric: spec.metric } : {}),
  });
  return error ? kernelError(error) : ok();
}

function flushRoutes(o: IpOptions, args: string[]): CommandResult {
  if (args.length === 0) return fail('"ip route flush" requires arguments.', 1);
  // The IPv4 route cache is gone from Linux; flushing it is accepted and does nothing.
  if (args[0] === "cache") return ok();
  const parsed = parseRouteArgs(o, args, true);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { spec } = parsed;
  ns.routes = ns.routes.filter((r) => !(r.table === spec.table &&
    (spec.oif === undefined || r.oif === spec.oif) && (spec.proto === undefined || r.proto === spec.proto) &&
    (parsed.dst === undefined || parsed.dst.prefix === 0 || (r.dst === parsed.dst.addr && r.prefix === parsed.dst.prefix))));
  return ok();
}

export function ipRoute(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  const modifies = ["add", "append", "replace", "change", "prepend", "delete"].some((c) => matches(sub, c));
  if (modifies && rest.length === 0) return fail(ROUTE_USAGE, 255);
  if (sub === undefined) return showRoutes(o, []);
  if (matches(sub, "add")) return changeRoute(o, rest, "add");
  if (matches(sub, "append")) return changeRoute(o, rest, "append");
  if (matches(sub, "replace")) return changeRoute(o, rest, "replace");
  if (matches(sub, "change")) return changeRoute(o, rest, "change");
  if (matches(sub, "prepend")) return changeRoute(o, rest, "prepend");
  if (matches(sub, "delete")) return deleteRouteCommand(o, rest);
  if (matches(sub, "list") || matches(sub, "show") || matches(sub, "lst")) return showRoutes(o, rest);
  if (matches(sub, "get")) return getRoute(o, rest);
  if (matches(sub, "flush")) return flushRoutes(o, rest);
  return fail(`Command "${sub}" is unknown, try "ip route help".`, 255);
}

