// `ip route`: show/list (with table, dev, type, proto, scope, prefix filters), add/append/replace/
// change/del, get, flush; output in iproute2's format.
import { formatIpv4 } from "../../netfilter/ip.js";
import type { Ipv4 } from "../../netfilter/types.js";
import type { CommandResult } from "../../shell/types.js";
import { compareRoutes, fibLookup } from "../fib.js";
import { findLink, getNamespace, linkByIndex } from "../links.js";
import { addRoute, deleteRoute, routeLinkDown, type RouteChange, type RouteSpec } from "../route-config.js";
import { routeInput, routeOutput } from "../routing.js";
import type { Route, RouteType } from "../types.js";
import { jsonLine, routeJson } from "./json.js";
import { SCOPE_HOST, SCOPE_LINK, SCOPE_NOWHERE, SCOPE_UNIVERSE, TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { errnoText, fail, garbage, invalidArgument, kernelError, matches, noDevice, ok, parsePrefix, type IpOptions, type Prefix } from "./common.js";
import { inSubnet, prefixToMask } from "../../netfilter/ip.js";

/** iproute2's `ip route help` text (printed for incomplete add/del lines). */
const ROUTE_USAGE = `Usage: ip route { list | flush } SELECTOR
       ip route save SELECTOR
       ip route restore
       ip route showdump
       ip route get [ ROUTE_GET_FLAGS ] ADDRESS
                            [ from ADDRESS iif STRING ]
                            [ oif STRING ] [ tos TOS ]
                            [ mark NUMBER ] [ vrf NAME ]
                            [ uid NUMBER ] [ ipproto PROTOCOL ]
                            [ sport NUMBER ] [ dport NUMBER ]
       ip route { add | del | change | append | replace } ROUTE
SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]
            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]
            [ type TYPE ] [ scope SCOPE ]
ROUTE := NODE_SPEC [ INFO_SPEC ]
NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]
             [ table TABLE_ID ] [ proto RTPROTO ]
             [ scope SCOPE ] [ metric METRIC ]
             [ ttl-propagate { enabled | disabled } ]
INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...
NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]
      [ dev STRING ] [ weight NUMBER ] NHFLAGS
FAMILY := [ inet | inet6 | mpls | bridge | link ]
OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]
           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]
           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]
           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]
           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]
           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]
           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]
TYPE := { unicast | local | broadcast | multicast | throw |
          unreachable | prohibit | blackhole | nat }
TABLE_ID := [ local | main | default | all | NUMBER ]
SCOPE := [ host | link | global | NUMBER ]
NHFLAGS := [ onlink | pervasive ]
RTPROTO := [ kernel | boot | static | NUMBER ]
PREF := [ low | medium | high ]
TIME := NUMBER[s|ms]
BOOL := [1|0]
FEATURES := ecn
ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]
ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]
SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]
SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]
SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]
ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |
            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |
            End.BM | End.S | End.AS | End.AM | End.BPF }
OPTIONS := OPTION [ OPTIONS ]
OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |
            table TABLEID | vrftable TABLEID | endpoint PROGNAME }
FLAVORS := { FLAVOR[,FLAVOR] }
FLAVOR := { psp | usp | usd | next-csid }
IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE
XFRMINFO := if_id IF_ID [ link_dev LINK ]
ROUTE_GET_FLAGS := [ fibmatch ]
`;

const TABLE_NAMES: Record<string, number> = { local: TABLE_LOCAL, main: TABLE_MAIN, default: TABLE_DEFAULT };
const SCOPE_NAMES: Record<string, number> = { global: SCOPE_UNIVERSE, universe: SCOPE_UNIVERSE, link: SCOPE_LINK, host: SCOPE_HOST, nowhere: SCOPE_NOWHERE };
const ROUTE_MATCHERS = ["root", "match", "exact"];
const ROUTE_TYPES: RouteType[] = ["unicast", "local", "broadcast", "blackhole", "unreachable", "prohibit"];

function tableName(table: number): string {
  return Object.entries(TABLE_NAMES).find(([, n]) => n === table)?.[0] ?? String(table);
}

function scopeName(scope: number): string {
  return Object.entries(SCOPE_NAMES).find(([name, n]) => n === scope && name !== "universe")?.[0] ?? String(scope);
}

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

interface Parsed {
  spec: Partial<RouteSpec> & { table: number };
  dst?: ReturnType<typeof parsePrefix>;
  dev?: string;
  tableGiven: boolean;
  typeGiven: boolean;
  selector?: { kind: "root" | "match" | "exact"; prefix: Prefix };
  extra: Record<string, string>;
}

/** The route selectors and attributes shared by add/del/show. */
function parseRouteArgs(o: IpOptions, args: string[], forShow: boolean): Parsed | CommandResult {
  const parsed: Parsed = { spec: { table: TABLE_MAIN }, tableGiven: false, typeGiven: false, extra: {} };
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = args[i + 1];
    const needValue = () => (value === undefined ? fail(`Command line is not complete. Try option "help"`, 255) : undefined);
    if (word === "via" || word === "src" || word === "from") {
      const missing = needValue();
      if (missing) return missing;
      i++;
      const addr = parsePrefix(value!, false);
      if (!addr || (word !== "from" && addr.hasLength)) return fail(`Error: inet address is expected rather than "${value}".`, 1);
      if (word === "via") parsed.spec.gateway = addr.addr;
      else if (word === "src") parsed.spec.prefsrc = addr.addr;
      else parsed.extra.from = value!;
    } else if (word === "dev" || word === "oif" || word === "iif") {
      const missing = needValue();
      if (missing) return missing;
      i++;
      if (word === "iif") parsed.extra.iif = value!;
      else parsed.dev = value!;
    } else if (word === "metric" || word === "priority" || word === "preference") {
      i++;
      if (value === undefined || !/^\d+$/.test(value)) return invalidArgument('"metric" value is invalid', value ?? "");
      parsed.spec.metric = Number(value);
    } else if (word === "table") {
      i++;
      const t = value === "all" && forShow ? -1 : value !== undefined ? TABLE_NAMES[value] ?? (/^\d+$/.test(value) ? Number(value) : undefined) : undefined;
      if (t === undefined) return invalidArgument("table id value is invalid", value ?? "");
      parsed.spec.table = t;
      parsed.tableGiven = true;
    } else if (word === "scope") {
      i++;
      const s = value !== undefined ? SCOPE_NAMES[value] ?? (/^\d+$/.test(value) ? Number(value) : undefined) : undefined;
      if (s === undefined) return invalidArgument('"scope" value is invalid', value ?? "");
      parsed.spec.scope = s;
    } else if (word === "proto" || word === "protocol") {
      i++;
      if (value === undefined) return invalidArgument('"protocol" value is invalid', "");
      parsed.spec.proto = value;
    } else if (word === "onlink") parsed.spec.onlink = true;
    else if (word === "type" && forShow) {
      i++;
      parsed.spec.type = value as RouteType;
      parsed.typeGiven = true;
    } else if (ROUTE_TYPES.includes(word as RouteType) && parsed.dst === undefined && !parsed.typeGiven) {
      parsed.spec.type = word as RouteType;
      parsed.typeGiven = true;
    } else if (word === "mark") {
      i++;
      const mark = value !== undefined && /^(0x[0-9a-f]+|\d+)$/i.test(value) ? Number(value) : undefined;
      if (mark === undefined) return invalidArgument('invalid mark value', value ?? "");
      parsed.extra.mark = String(mark);
    } else if (ROUTE_MATCHERS.includes(word) && forShow) {
      i++;
      const p = value !== undefined ? parsePrefix(value) : undefined;
      if (!p) return fail(`Error: any valid prefix is expected rather than "${value ?? ""}".`, 1);
      parsed.selector = { kind: word as "root" | "match" | "exact", prefix: p };
    } else if (word === "fibmatch" || word === "connected") continue;
    else if (["mtu", "advmss", "realm", "realms", "tos", "dsfield", "ipproto", "sport", "dport", "uid", "vrf"].includes(word)) i++;
    else if (parsed.dst === undefined) {
      const dst = parsePrefix(word === "to" ? value ?? "" : word);
      if (word === "to") i++;
      if (!dst) return fail(`Error: any valid prefix is expected rather than "${word === "to" ? value ?? "" : word}".`, 1);
      parsed.dst = dst;
    } else return garbage(word);
  }
  if (parsed.dev !== undefined) {
    const link = findLink(o.world, o.netns, parsed.dev);
    if (!link) return noDevice(parsed.dev);
    parsed.spec.oif = link.ifindex;
  }
  return parsed;
}

/** `root P`: routes inside P; `match P`: routes covering P; `exact P`: P itself. */
function selects(selector: { kind: string; prefix: Prefix }, r: Route): boolean {
  const { addr, prefix } = selector.prefix;
  if (selector.kind === "exact") return r.dst === addr && r.prefix === prefix;
  if (selector.kind === "root") return r.prefix >= prefix && inSubnet(r.dst, addr, prefixToMask(prefix));
  return r.prefix <= prefix && inSubnet(addr, r.dst, prefixToMask(r.prefix));
}

function showRoutes(o: IpOptions, args: string[]): CommandResult {
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
  const parsed = parseRouteArgs(o, args, true);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { spec } = parsed;
  ns.routes = ns.routes.filter((r) => !(r.table === spec.table &&
    (spec.oif === undefined || r.oif === spec.oif) && (spec.proto === undefined || r.proto === spec.proto) &&
    (parsed.dst === undefined || parsed.dst.prefix === 0 || (r.dst === parsed.dst.addr && r.prefix === parsed.dst.prefix))));
  return ok();
}

function getRoute(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseRouteArgs(o, args, false);
  if ("rc" in parsed) return parsed;
  if (!parsed.dst) return fail("need at least a destination address", 1);
  const dst = parsed.dst.addr;
  const fromText = parsed.extra.from;
  const from = fromText !== undefined ? parsePrefix(fromText, false)?.addr : undefined;
  const iif = parsed.extra.iif;
  if (iif !== undefined) {
    if (!findLink(o.world, o.netns, iif)) return noDevice(iif);
    return getInputRoute(o, dst, from ?? 0, iif);
  }
  const mark = parsed.extra.mark !== undefined ? Number(parsed.extra.mark) : undefined;
  const result = routeOutput(o.world, o.netns, { dst, ...(from !== undefined ? { src: from } : {}), ...(parsed.dev !== undefined ? { oif: parsed.dev } : {}), ...(mark ? { mark } : {}) });
  if (!result.ok) return kernelError(errnoText(result.errno));
  const local = result.type === "local" && fibLookup(o.world, o.netns, { dst })?.type === "local";
  const outLoopback = findLink(o.world, o.netns, result.oif)?.kind === "loopback";
  if (o.json) {
    return ok(jsonLine(o, [{
      ...(local ? { type: "local" } : result.type === "broadcast" ? { type: "broadcast" } : {}), dst: formatIpv4(dst),
      ...(from !== undefined ? { from: formatIpv4(from) } : {}), ...(result.gateway !== undefined ? { gateway: formatIpv4(result.gateway) } : {}),
      dev: result.oif, ...(from === undefined ? { prefsrc: formatIpv4(result.src) } : {}), ...(mark ? { mark } : {}),
      flags: [], uid: 0, cache: result.type === "local" || outLoopback ? ["local"] : [],
    }]));
  }
  let line = `${local ? "local " : result.type === "broadcast" ? "broadcast " : ""}${formatIpv4(dst)} `;
  if (from !== undefined) line += `from ${formatIpv4(from)} `;
  if (result.gateway !== undefined) line += `via ${formatIpv4(result.gateway)} `;
  line += `dev ${result.oif} `;
  if (result.table !== undefined && result.table !== TABLE_MAIN && result.table !== TABLE_LOCAL) line += `table ${tableName(result.table)} `;
  if (from === undefined) line += `src ${formatIpv4(result.src)} `;
  if (mark) line += `mark ${mark} `;
  line += "uid 0 \n";
  const outLo = outLoopback;
  line += `    cache ${result.type === "local" || outLo ? "<local> " : result.type === "broadcast" ? "<local,brd> " : ""}\n`;
  return ok(line);
}

function getInputRoute(o: IpOptions, dst: Ipv4, src: Ipv4, iif: string): CommandResult {
  const result = routeInput(o.world, o.netns, { dst, src, iif });
  if (result.action === "local") {
    return ok(`local ${formatIpv4(dst)} from ${formatIpv4(src)} dev lo \n    cache <local> iif ${iif} \n`);
  }
  if (result.action === "forward") {
    const via = result.gateway !== undefined ? `via ${formatIpv4(result.gateway)} ` : "";
    return ok(`${formatIpv4(dst)} from ${formatIpv4(src)} ${via}dev ${result.oif} \n    cache iif ${iif} \n`);
  }
  if (result.action === "icmp") return kernelError(errnoText(result.icmpCode === 0 ? "ENETUNREACH" : result.icmpCode === 13 ? "EACCES" : "EHOSTUNREACH"));
  if (result.action === "drop" && result.reason === "no-forwarding") return kernelError(errnoText("EHOSTUNREACH"));
  return kernelError(errnoText("EINVAL"));
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

export { fibLookup };
