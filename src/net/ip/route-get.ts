// `ip route get`: the kernel's answer for one destination (output route, or input route with iif).
import { formatIpv4 } from "../../netfilter/ip.js";
import type { Ipv4 } from "../../netfilter/types.js";
import type { CommandResult } from "../../shell/types.js";
import { fibLookup, setClassTag } from "../fib.js";
import { findLink, getNamespace } from "../links.js";
import { routeInput, routeOutput, type FlowKeys } from "../routing.js";
import { TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { errnoText, fail, kernelError, noDevice, ok, parsePrefix, paint, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";
import { pmtuCacheText } from "../pmtu.js";
import { dsfieldText } from "./dsfield.js";
import { realmsJson, realmsText } from "./realms.js";
import { parseRouteArgs, scopeName, tableName } from "./route-args.js";
import { metricsJson, metricsText } from "./route-metric-values.js";
import { formatRoute } from "./route-show.js";
import { routeJson } from "./json.js";

/** iproute2 prints a mark below 16 in decimal, others in hex. */
function markText(mark: number): string {
  return mark >= 16 ? `0x${mark.toString(16)}` : String(mark);
}

/** Words `ip route show/add` know but `ip route get` reads as one more destination address. */
const NOT_GET_KEYWORDS = new Set(["table", "proto", "protocol", "scope", "metric", "via", "src", "type"]);

export function getRoute(o: IpOptions, args: string[]): CommandResult {
  const stray = args.find((w) => NOT_GET_KEYWORDS.has(w));
  if (stray !== undefined) return fail(`Error: inet prefix is expected rather than "${stray}".`, 1);
  const parsed = parseRouteArgs(o, args, false);
  if ("rc" in parsed) return parsed;
  // (iproute2 asks again for the connected route and prints both answers, the second as text)
  if (args.includes("connected") && !args.includes("fibmatch")) {
    const first = getRoute(o, args.filter((w) => w !== "connected"));
    if (first.rc !== 0) return first;
    return { ...first, stdout: first.stdout + getRoute({ ...o, json: false }, args.filter((w) => w !== "connected")).stdout };
  }
  if (!parsed.dst) return fail("need at least a destination address", 1);
  const dst = parsed.dst.addr;
  const fromText = parsed.extra.from;
  const from = fromText !== undefined ? parsePrefix(fromText, false)?.addr : undefined;
  const iif = parsed.extra.iif;
  const flow = flowOf(parsed.extra);
  if (iif !== undefined && !findLink(o.world, o.netns, iif)) return noDevice(iif);
  // the kernel's first check of the request
  if (!ROUTE_GET_PROTOS.has(flow.proto!)) return kernelError("Error: Unsupported ip proto.");
  if (iif !== undefined) {
    const inMark = parsed.extra.mark !== undefined ? Number(parsed.extra.mark) : 0;
    return getInputRoute(o, dst, from ?? 0, iif, inMark, flow);
  }
  // 0.0.0.0/8 is no destination; 0.0.0.0 itself means "this host"
  if (dst !== 0 && dst >>> 24 === 0) return kernelError(errnoText("ENETUNREACH"));
  const mark = parsed.extra.mark !== undefined ? Number(parsed.extra.mark) : undefined;
  const result = routeOutput(o.world, o.netns, { dst, ...(from !== undefined ? { src: from } : {}), ...(parsed.dev !== undefined ? { oif: parsed.dev } : {}), ...(mark ? { mark } : {}), ...flow });
  if (!result.ok) return kernelError(errnoText(result.errno));
  const local = result.type === "local" && (dst === 0 || fibLookup(o.world, o.netns, { dst })?.type === "local");
  // Until a rule is added or deleted the kernel merges the local table into main, so
  // local-table answers are reported as main (no "table" shown).
  const ns = getNamespace(o.world, o.netns);
  const unmerged = ns?.rules !== undefined;
  // routeOutput names no table for local answers: ask the FIB which one matched
  const table = result.table ?? (result.type === "local" && dst !== 0
    ? fibLookup(o.world, o.netns, { dst, ...(from !== undefined ? { src: from } : {}), ...(mark ? { mark } : {}) })?.table
    : undefined);
  const shownTable = table === TABLE_LOCAL && !unmerged ? TABLE_MAIN : table;
  const outLoopback = findLink(o.world, o.netns, result.oif)?.kind === "loopback";
  const shownTableText = shownTable !== undefined && shownTable !== TABLE_MAIN && dst !== 0 ? tableName(shownTable) : undefined;
  // rt_fill_info reports the tos of the route that matched (res.dscp)
  const routeTos = result.route?.shown?.tos;
  const tosText = routeTos ? dsfieldText(routeTos) : undefined;
  // (the ip rule that found the route fills the halves of its realms left 0)
  const ruleRealms = fibLookup(o.world, o.netns, { dst, ...(from !== undefined ? { src: from } : {}), ...(mark ? { mark } : {}), ...flow })?.ruleTclassid ?? 0;
  const realms = setClassTag(result.route?.shown?.tclassid ?? 0, ruleRealms);
  // fibmatch: the FIB entry that matched, as `ip route show` prints it
  if (args.includes("fibmatch") && result.route) {
    const route = result.route;
    if (o.json) return ok(jsonLine(o, [routeJson(o, route, { table: tableName, scope: scopeName }, {})]));
    return ok(`${formatRoute(o, route, {})}\n`);
  }
  // -d names every route's type and table, main included
  const typeText = local ? "local" : result.type === "broadcast" ? "broadcast" : o.details ? "unicast" : undefined;
  const tableText = shownTableText ?? (o.details ? tableName(shownTable ?? TABLE_MAIN) : undefined);
  // the route's metrics, after what PMTU discovery learnt (which replaces its mtu)
  const pmtu = result.type === "broadcast" || result.type === "local" || outLoopback ? "" : pmtuCacheText(o.world, o.netns, dst);
  const metrics = (result.route?.shown?.metrics ?? []).filter((m) => !(pmtu && m.name === "mtu"));
  // -s: the cached route's users (as observed: 1 for a first look at one of our own addresses
  // outside 127/8, else 2); its age shows only once a jiffy has passed, which here none does
  const users = o.stats ? (local && dst >>> 24 !== 127 ? 1 : 2) : undefined;
  const usage = users === undefined ? "" : `users ${users} `;
  if (o.json) {
    return ok(jsonLine(o, [{
      ...(typeText !== undefined ? { type: typeText } : {}), dst: formatIpv4(dst),
      ...(from !== undefined ? { from: formatIpv4(from) } : {}), ...(tosText !== undefined ? { tos: tosText } : {}), ...(result.gateway !== undefined ? { gateway: formatIpv4(result.gateway) } : {}),
      dev: result.oif, ...(tableText !== undefined ? { table: tableText } : {}),
      ...(from === undefined ? { prefsrc: formatIpv4(result.src) } : {}),
      flags: [], ...(mark ? { mark } : {}), ...realmsJson(realms), uid: 0, cache: result.type === "local" || outLoopback ? ["local"] : [],
      ...(users !== undefined ? { users } : {}),
      ...(metrics.length ? { metrics: [metricsJson(metrics)] } : {}),
    }]));
  }
  let line = `${typeText !== undefined ? `${typeText} ` : ""}${paint(o, "inet", `${formatIpv4(dst)} `)}`;
  // (print_route colours "from X " whole, the way it prints RTA_SRC)
  if (from !== undefined) line += paint(o, "inet", `from ${formatIpv4(from)} `);
  if (tosText !== undefined) line += `tos ${tosText} `;
  if (result.gateway !== undefined) line += `via ${paint(o, "inet", `${formatIpv4(result.gateway)} `)}`;
  line += `dev ${paint(o, "ifname", `${result.oif} `)}`;
  if (tableText !== undefined) line += `table ${tableText} `;
  if (from === undefined) line += `src ${paint(o, "inet", `${formatIpv4(result.src)} `)}`;
  if (mark) line += `mark ${markText(mark)} `;
  line += realmsText(realms);
  line += "uid 0 \n";
  const outLo = outLoopback;
  line += `    cache ${result.type === "broadcast" ? "<local,brd> " : result.type === "local" || outLo ? "<local> " : pmtu}${usage}${metricsText(metrics)}\n`;
  return ok(line);
}

/** The flow keys given with tos/dsfield, ipproto, sport, dport (for ip rule selectors). */
function flowOf(extra: Record<string, string>): FlowKeys {
  // inet_rtm_getroute builds a UDP packet unless ipproto says otherwise; the words were
  // turned into decimal numbers when parsed
  const flow: FlowKeys = { proto: 17 };
  if (extra["tos"] !== undefined) flow.tos = Number(extra["tos"]);
  if (extra["ipproto"] !== undefined) flow.proto = Number(extra["ipproto"]);
  if (extra["sport"] !== undefined) flow.sport = Number(extra["sport"]);
  if (extra["dport"] !== undefined) flow.dport = Number(extra["dport"]);
  return flow;
}

/** rtm_getroute_parse_ip_proto: IPv4 route get builds a TCP, UDP or ICMP packet only. */
const ROUTE_GET_PROTOS = new Set([1, 6, 17]);

function getInputRoute(o: IpOptions, dst: Ipv4, src: Ipv4, iif: string, mark: number, flow: FlowKeys): CommandResult {
  const result = routeInput(o.world, o.netns, { dst, src, iif, ...(mark ? { mark } : {}), ...flow });
  const shownMark = mark ? `mark ${markText(mark)} ` : "";
  if (result.action === "local") {
    const usage = o.stats ? "users 2 " : "";
    return ok(`local ${paint(o, "inet", `${formatIpv4(dst)} `)}${paint(o, "inet", `from ${formatIpv4(src)} `)}dev ${paint(o, "ifname", "lo ")}\n    cache <local> ${usage}iif ${iif} \n`);
  }
  if (result.action === "forward") {
    const via = result.gateway !== undefined ? `via ${paint(o, "inet", `${formatIpv4(result.gateway)} `)}` : "";
    const table = result.table !== undefined && result.table !== TABLE_MAIN ? `table ${tableName(result.table)} ` : "";
    return ok(`${paint(o, "inet", `${formatIpv4(dst)} `)}${paint(o, "inet", `from ${formatIpv4(src)} `)}${via}dev ${paint(o, "ifname", `${result.oif} `)}${table}${shownMark}\n    cache iif ${iif} \n`);
  }
  if (result.action === "icmp") return kernelError(errnoText(result.icmpCode === 0 ? "ENETUNREACH" : result.icmpCode === 13 ? "EACCES" : "EHOSTUNREACH"));
  if (result.action === "drop" && result.reason === "no-forwarding") return kernelError(errnoText("EHOSTUNREACH"));
  return kernelError(errnoText("EINVAL"));
}
