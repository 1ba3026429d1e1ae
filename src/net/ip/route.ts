// `ip route`: add/append/replace/change/del, flush. Arguments: route-args.ts; show/list:
// route-show.ts; `get`: route-get.ts.
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { forgetPmtu } from "../pmtu.js";
import { addRoute, deleteRoute, type RouteChange, type RouteSpec } from "../route-config.js";
import { TABLE_LOCAL, TABLE_MAIN, type RouteType } from "../types.js";
import { fail, flushReport, kernelError, matches, ok, type IpOptions } from "./common.js";
import { parseRouteArgs, ROUTE_USAGE } from "./route-args.js";
import { parseModifyArgs } from "./route-modify-args.js";
import { getRoute } from "./route-get.js";
import { routeSelected, showRoutes, tableExists } from "./route-show.js";
import { changeRoute6, deleteRoute6, flushRoutes6, getRoute6, showRoutes6 } from "./route6.js";

const REFUSED_TYPES = new Set(["nat", "anycast", "multicast", "xresolve"]);

function changeRoute(o: IpOptions, args: string[], how: RouteChange): CommandResult {
  const parsed = parseModifyArgs(o, args);
  if ("rc" in parsed) return parsed;
  if (parsed.routeType !== undefined && REFUSED_TYPES.has(parsed.routeType)) return kernelError("Error: Invalid scope.");
  // fib_create_info: no scope past host (254)
  if ((parsed.spec.scope ?? 0) > 254) return kernelError("Error: Invalid scope.");
  // fib_new_table and fib_get_table read table 0 as main
  if (parsed.spec.table === 0) parsed.spec.table = TABLE_MAIN;
  const type = (parsed.routeType ?? "unicast") as RouteType;
  const spec: RouteSpec = { ...parsed.spec, type, dst: parsed.dst!.addr, prefix: parsed.dst!.prefix };
  if (parsed.nexthops) spec.nexthops = parsed.nexthops;
  if (Object.keys(parsed.shown).length > 0) spec.shown = parsed.shown;
  // iproute2 puts local and broadcast routes in table local unless told otherwise.
  if (!parsed.tableGiven && (spec.type === "local" || spec.type === "broadcast")) spec.table = TABLE_LOCAL;
  const error = addRoute(o.world, o.netns, spec, how);
  return error ? kernelError(error) : ok();
}

function deleteRouteCommand(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseModifyArgs(o, args);
  if ("rc" in parsed) return parsed;
  const { spec } = parsed;
  if (spec.table === 0) spec.table = TABLE_MAIN;
  const type = parsed.routeType as RouteType | undefined;
  if (!parsed.tableGiven && (type === "local" || type === "broadcast")) spec.table = TABLE_LOCAL;
  const error = deleteRoute(o.world, o.netns, {
    table: spec.table, dst: parsed.dst!.addr, prefix: parsed.dst!.prefix,
    ...(type !== undefined ? { type } : {}),
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
  // The IPv4 route cache is gone from Linux; flushing it only drops learnt path MTUs.
  if (args[0] === "cache") {
    forgetPmtu(o.world, o.netns);
    return ok();
  }
  const parsed = parseRouteArgs(o, args, true);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  if (!tableExists(o, parsed.spec.table)) return kernelError("Error: ipv4: FIB table does not exist.\nFlush terminated");
  const { dst } = parsed;
  const before = ns.routes.length;
  ns.routes = ns.routes.filter((r) => !(routeSelected(parsed, r) &&
    (dst === undefined || dst.prefix === 0 || (r.dst === dst.addr && r.prefix === dst.prefix))));
  // -s: how the flush went (one round deletes all here)
  const deleted = before - ns.routes.length;
  return o.stats ? flushReport(deleted, "entries") : ok();
}

/** iproute2 takes the family from -6, else from the first address argument (a ':' means IPv6). */
function isIpv6(o: IpOptions, args: string[]): boolean {
  return o.family === 6 || (o.family === 0 && args.some((w) => w.includes(":") && /^[0-9a-fA-F:.\/]+$/.test(w)));
}

function ipRoute6(o: IpOptions, sub: string, rest: string[]): CommandResult | undefined {
  for (const how of ["add", "append", "replace", "change", "prepend"] as const) if (matches(sub, how)) return changeRoute6(o, rest, how);
  if (matches(sub, "delete")) return deleteRoute6(o, rest);
  if (matches(sub, "list") || matches(sub, "show") || matches(sub, "lst")) return showRoutes6({ ...o, family: 6 }, rest);
  if (matches(sub, "get")) return getRoute6(o, rest);
  if (matches(sub, "flush")) return flushRoutes6(o, rest);
  return undefined;
}

export function ipRoute(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub !== undefined && rest.length > 0 && isIpv6(o, rest)) {
    const done = ipRoute6(o, sub, rest);
    if (done) return done;
  }
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
  // the binary netlink dump `ip route save` writes cannot be shown; an empty one is written
  if (matches(sub, "save")) return ok();
  if (matches(sub, "flush")) return flushRoutes(o, rest);
  if (matches(sub, "help")) return fail(ROUTE_USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip route help".`, 255);
}

