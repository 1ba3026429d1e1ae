// `ip -6 route` (and `ip route` given IPv6 prefixes): add/append/prepend/replace/change/del,
// show/list, flush and get, on the IPv6 FIB of inet6.ts / inet6-fib.ts.
import { formatIpv6, sameIpv6 } from "../../netfilter/ipv6.js";
import type { CommandResult } from "../../shell/types.js";
import { inet6State, inet6StateIfAny, inPrefix6, insertRoute6, isTentative, network6, type Route6 } from "../inet6.js";
import { allRoutes6, lookup6, route6LinkDown, selectSource6 } from "../inet6-fib.js";
import { getNamespace, linkByIndex } from "../links.js";
import { TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { errnoText, fail, kernelError, ok, paint, type IpOptions } from "./common.js";
import { jsonLine, type Json } from "./json.js";
import { parseRoute6Args, type Route6Args } from "./route6-args.js";
import { tableName } from "./route-args.js";

export type Change6 = "add" | "append" | "prepend" | "replace" | "change";

function dstText(r: { dst: number[]; prefix: number }): string {
  if (r.prefix === 0) return "default";
  return r.prefix === 128 ? formatIpv6(r.dst) : `${formatIpv6(r.dst)}/${r.prefix}`;
}

function tableKnown(o: IpOptions, table: number): boolean {
  if ([TABLE_MAIN, TABLE_LOCAL, TABLE_DEFAULT, -1].includes(table)) return true;
  const ns = getNamespace(o.world, o.netns);
  const state = ns ? inet6StateIfAny(ns) : undefined;
  return state?.tables?.includes(table) ?? false;
}

/** fib6_nh_init / ip6_validate_gw: the device must be up, a gateway reachable and not our own. */
function checkNexthop(o: IpOptions, a: Route6Args): CommandResult | { oif?: number } {
  if (a.gateway === undefined) {
    if (!a.dev) return kernelError("RTNETLINK answers: No such device");
    if (!a.dev.adminUp) return kernelError("Error: Nexthop device is not up.");
    return { oif: a.dev.ifindex };
  }
  if (a.dev && !a.dev.adminUp) return kernelError("Error: Nexthop device is not up.");
  if (a.onlink) return a.dev ? { oif: a.dev.ifindex } : kernelError("Error: Nexthop device required for onlink.");
  const ns = getNamespace(o.world, o.netns)!;
  const own = inet6StateIfAny(ns)?.addrs.some((x) => sameIpv6(x.addr, a.gateway!) && !isTentative(o.world, x));
  if (own) return kernelError("Error: Gateway can not be a local address.");
  // a link-local gateway is only reachable through the named device
  if ((a.gateway[0]! & 0xffc0) === 0xfe80) return a.dev ? { oif: a.dev.ifindex } : kernelError("Error: Egress device not specified.");
  const found = lookup6(o.world, o.netns, a.gateway, [TABLE_MAIN]);
  if (!("route" in found) || found.route.gateway !== undefined || found.route.type !== "unicast" || (a.dev && found.route.oif !== a.dev.ifindex)) {
    return kernelError("RTNETLINK answers: No route to host");
  }
  return { oif: found.route.oif! };
}

export function changeRoute6(o: IpOptions, args: string[], how: Change6): CommandResult {
  const a = parseRoute6Args(o, args, false);
  if ("rc" in a) return a;
  if (!a.dst) return fail("Error: inet6 prefix is expected rather than \"\".", 1);
  const ns = getNamespace(o.world, o.netns)!;
  const type = a.type ?? "unicast";
  const table = a.tableGiven ? a.table : type === "local" ? TABLE_LOCAL : TABLE_MAIN;
  // metric 0 is "none given": the kernel stores IP6_RT_PRIO_USER
  const route: Route6 = { table, type, dst: network6(a.dst.addr, a.dst.prefix), prefix: a.dst.prefix, proto: a.proto ?? "boot", metric: a.metric || 1024 };
  if (a.nexthops && a.nexthops.length > 0) {
    route.nexthops = [];
    for (const hop of a.nexthops) {
      const nh = checkNexthop(o, hop);
      if ("rc" in nh) return nh;
      route.nexthops.push({ ...(hop.gateway ? { gateway: hop.gateway } : {}), ...(nh.oif !== undefined ? { oif: nh.oif } : {}), weight: hop.weight ?? 1 });
    }
    Object.assign(route, { gateway: route.nexthops[0]!.gateway, oif: route.nexthops[0]!.oif });
    if (route.gateway === undefined) delete route.gateway;
  } else if (type === "unicast" || type === "local") {
    const nh = checkNexthop(o, a);
    if ("rc" in nh) return nh;
    if (nh.oif !== undefined) route.oif = nh.oif;
    if (a.gateway) route.gateway = a.gateway;
  } else route.oif = ns.links.find((l) => l.kind === "loopback")?.ifindex;
  if (a.src) route.prefsrc = a.src;
  if (a.onlink) route.onlink = true;
  if (a.pref && a.pref !== "medium") route.pref = a.pref;
  if (a.mtu !== undefined) route.mtu = a.mtu;
  const state = inet6State(ns);
  if (![TABLE_MAIN, TABLE_LOCAL].includes(table) && !(state.tables ??= []).includes(table)) state.tables.push(table);
  const same = state.routes.findIndex((r) => r.table === route.table && r.prefix === route.prefix && sameIpv6(r.dst, route.dst) && r.metric === route.metric);
  // appending a gateway route to one with a gateway makes them siblings of one multipath route
  const sibling = same >= 0 ? state.routes[same]! : undefined;
  if ((how === "append" || how === "prepend") && sibling?.gateway && route.gateway && !route.nexthops) {
    const paths = sibling.nexthops ?? [{ gateway: sibling.gateway, ...(sibling.oif !== undefined ? { oif: sibling.oif } : {}), weight: 1 }];
    const added = { gateway: route.gateway, ...(route.oif !== undefined ? { oif: route.oif } : {}), weight: 1 };
    sibling.nexthops = how === "append" ? [...paths, added] : [added, ...paths];
    return ok();
  }
  if (how === "replace" || how === "change") {
    if (same >= 0) { state.routes[same] = route; return ok(); }
    if (how === "change") return kernelError("Error: Can not replace route - no match found.");
  }
  return insertRoute6(state, route) ? ok() : kernelError("RTNETLINK answers: File exists");
}

export function deleteRoute6(o: IpOptions, args: string[]): CommandResult {
  const a = parseRoute6Args(o, args, false);
  if ("rc" in a) return a;
  if (!a.dst) return fail("Error: inet6 prefix is expected rather than \"\".", 1);
  const state = inet6State(getNamespace(o.world, o.netns)!);
  const table = a.tableGiven ? a.table : a.type === "local" ? TABLE_LOCAL : TABLE_MAIN;
  const dst = network6(a.dst.addr, a.dst.prefix);
  const victim = allRoutes6(o.world, o.netns).find((r) => r.table === table && r.prefix === a.dst!.prefix && sameIpv6(r.dst, dst) &&
    (a.metric === undefined || r.metric === a.metric) && (a.dev === undefined || r.oif === a.dev.ifindex) &&
    (a.gateway === undefined || (r.gateway !== undefined && sameIpv6(r.gateway, a.gateway)) || (r.nexthops ?? []).some((nh) => nh.gateway && sameIpv6(nh.gateway, a.gateway!))) && (a.proto === undefined || r.proto === a.proto));
  if (!victim || !state.routes.includes(victim)) return kernelError("RTNETLINK answers: No such process");
  if (victim.nexthops && a.gateway) {
    victim.nexthops = victim.nexthops.filter((nh) => !(nh.gateway && sameIpv6(nh.gateway, a.gateway!)));
    const [first, second] = victim.nexthops;
    if (first && second) return ok();
    delete victim.nexthops;
    if (first?.gateway) victim.gateway = first.gateway;
    if (first?.oif !== undefined) victim.oif = first.oif;
    return ok();
  }
  state.routes = state.routes.filter((r) => r !== victim);
  return ok();
}

function selected(a: Route6Args, r: Route6): boolean {
  if (a.table !== -1 && r.table !== a.table) return false;
  if (a.dev && r.oif !== a.dev.ifindex) return false;
  if (a.type && r.type !== a.type) return false;
  if (a.proto && r.proto !== a.proto) return false;
  if (a.metric !== undefined && r.metric !== a.metric) return false;
  if (a.gateway && !(r.gateway && sameIpv6(r.gateway, a.gateway))) return false;
  if (!a.dst) return true;
  if (a.selector === "root") return r.prefix >= a.dst.prefix && inPrefix6(r.dst, a.dst.addr, a.dst.prefix);
  if (a.selector === "match") return r.prefix <= a.dst.prefix && inPrefix6(a.dst.addr, r.dst, r.prefix);
  return r.prefix === a.dst.prefix && sameIpv6(r.dst, network6(a.dst.addr, a.dst.prefix));
}

interface Hide6 { dev: boolean; table: boolean; proto: boolean; metric: boolean; via: boolean }

function hideOf(a: Route6Args): Hide6 {
  return { dev: a.dev !== undefined, table: a.tableGiven && a.table !== -1, proto: a.proto !== undefined, metric: a.metric !== undefined, via: a.gateway !== undefined };
}

function nexthopLines(o: IpOptions, r: Route6): string {
  return (r.nexthops ?? []).map((nh) => {
    const dev = nh.oif !== undefined ? linkByIndex(o.world, o.netns, nh.oif)?.name : undefined;
    const down = route6LinkDown(o.world, o.netns, { ...r, oif: nh.oif });
    return `\tnexthop ${nh.gateway ? `via ${formatIpv6(nh.gateway)} ` : ""}${dev ? `dev ${dev} ` : ""}weight ${nh.weight} ${down ? "linkdown " : ""}\n`;
  }).join("");
}

function routeText(o: IpOptions, r: Route6, hide: Hide6): string {
  if (r.nexthops) return `${dstText(r)} ${r.proto !== "boot" && !hide.proto ? `proto ${r.proto} ` : ""}${hide.metric ? "" : `metric ${r.metric} `}pref ${r.pref ?? "medium"}\n${nexthopLines(o, r)}`;
  let line = r.type === "unicast" ? "" : `${r.type} `;
  const dst = dstText(r);
  line += dst === "default" ? "default " : paint(o, "inet6", `${dst} `);
  if (r.gateway && !hide.via) line += `via ${paint(o, "inet6", `${formatIpv6(r.gateway)} `)}`;
  const dev = r.oif !== undefined ? linkByIndex(o.world, o.netns, r.oif)?.name : undefined;
  if (dev && !hide.dev) line += `dev ${paint(o, "ifname", `${dev} `)}`;
  if (r.table !== TABLE_MAIN && !hide.table) line += `table ${tableName(r.table)} `;
  if (r.proto !== "boot" && !hide.proto) line += `proto ${r.proto} `;
  if (r.prefsrc) line += `src ${paint(o, "inet6", `${formatIpv6(r.prefsrc)} `)}`;
  if (!hide.metric) line += `metric ${r.metric} `;
  if (r.onlink) line += "onlink ";
  if (route6LinkDown(o.world, o.netns, r)) line += "linkdown ";
  if (r.mtu !== undefined) line += `mtu ${r.mtu} `;
  return `${line}pref ${r.pref ?? "medium"}\n`;
}

function routeJson6(o: IpOptions, r: Route6, hide: Hide6): Json {
  const dev = r.oif !== undefined ? linkByIndex(o.world, o.netns, r.oif)?.name : undefined;
  return {
    ...(r.type !== "unicast" ? { type: r.type } : {}), dst: dstText(r),
    ...(r.gateway && !hide.via ? { gateway: formatIpv6(r.gateway) } : {}), ...(dev && !hide.dev ? { dev } : {}),
    ...(r.table !== TABLE_MAIN && !hide.table ? { table: tableName(r.table) } : {}),
    ...(r.proto !== "boot" && !hide.proto ? { protocol: r.proto } : {}), ...(r.prefsrc ? { prefsrc: formatIpv6(r.prefsrc) } : {}),
    ...(!hide.metric ? { metric: r.metric } : {}),
    flags: [...(r.onlink ? ["onlink"] : []), ...(route6LinkDown(o.world, o.netns, r) ? ["linkdown"] : [])],
    ...(r.mtu !== undefined ? { metrics: [{ mtu: r.mtu }] } : {}), pref: r.pref ?? "medium",
  };
}

/** The IPv6 part of a listing: text lines and JSON objects. `allTables` lists every table. */
export function listRoutes6(o: IpOptions, args: string[], allTables = false): { text: string; json: Json[] } | CommandResult {
  const a = parseRoute6Args(o, args, true);
  if ("rc" in a) return a;
  if (allTables) a.table = -1;
  if (!tableKnown(o, a.table)) return kernelError("Error: ipv6: FIB table does not exist.\nDump terminated");
  const hide = hideOf(a);
  const routes = allRoutes6(o.world, o.netns).filter((r) => selected(a, r));
  return { text: routes.map((r) => routeText(o, r, hide)).join(""), json: routes.map((r) => routeJson6(o, r, hide)) };
}

export function showRoutes6(o: IpOptions, args: string[]): CommandResult {
  const listed = listRoutes6(o, args);
  if ("rc" in listed) return listed;
  return ok(o.json ? jsonLine(o, listed.json) : listed.text);
}

export function flushRoutes6(o: IpOptions, args: string[]): CommandResult {
  const a = parseRoute6Args(o, args, true);
  if ("rc" in a) return a;
  const ns = getNamespace(o.world, o.netns)!;
  const state = inet6StateIfAny(ns);
  if (state) state.routes = state.routes.filter((r) => !selected(a, r));
  return ok();
}

/** `ip -6 route get ADDR [from ADDR]`. */
export function getRoute6(o: IpOptions, args: string[]): CommandResult {
  const a = parseRoute6Args(o, args, false, true);
  if ("rc" in a) return a;
  if (!a.dst) return fail("need at least a destination address", 1);
  const found = lookup6(o.world, o.netns, a.dst.addr);
  if (!("route" in found)) return kernelError(errnoText(found.errno));
  const r = found.route;
  // an input lookup (iif) has no source address to pick
  const src = a.iif ? undefined : r.type === "local" ? a.dst.addr : a.from ?? r.prefsrc ?? selectSource6(o.world, o.netns, a.dst.addr, r.oif);
  // a local destination is reached through the loopback device, whichever device holds it
  const dev = r.type === "local" ? "lo" : r.oif !== undefined ? linkByIndex(o.world, o.netns, r.oif)?.name : undefined;
  const from = a.from ? formatIpv6(a.from) : "::";
  if (o.json) {
    return ok(jsonLine(o, [{
      ...(r.type !== "unicast" ? { type: r.type } : {}), dst: formatIpv6(a.dst.addr), from, ...(r.gateway ? { gateway: formatIpv6(r.gateway) } : {}),
      ...(dev ? { dev } : {}), ...(r.table !== TABLE_MAIN ? { table: tableName(r.table) } : {}), ...(r.proto !== "boot" ? { protocol: r.proto } : {}),
      ...(src ? { prefsrc: formatIpv6(src) } : {}), metric: r.metric, flags: [], ...(a.iif ? { iif: a.iif.name } : {}),
      ...(r.mtu !== undefined ? { metrics: [{ mtu: r.mtu }] } : {}), pref: r.pref ?? "medium",
    }]));
  }
  let line = r.type === "unicast" ? "" : `${r.type} `;
  line += paint(o, "inet6", `${formatIpv6(a.dst.addr)} `) + paint(o, "inet6", `from ${from} `);
  if (r.gateway) line += `via ${paint(o, "inet6", `${formatIpv6(r.gateway)} `)}`;
  if (dev) line += `dev ${paint(o, "ifname", `${dev} `)}`;
  if (r.table !== TABLE_MAIN) line += `table ${tableName(r.table)} `;
  if (r.proto !== "boot") line += `proto ${r.proto} `;
  if (src) line += `src ${paint(o, "inet6", `${formatIpv6(src)} `)}`;
  line += `metric ${r.metric} ${a.iif ? `iif ${a.iif.name} ` : ""}${r.mtu !== undefined ? `mtu ${r.mtu} ` : ""}pref ${r.pref ?? "medium"}`;
  return ok(`${line}\n`);
}
