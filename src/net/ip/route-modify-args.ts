// `ip route add/del/change/append/replace` arguments, read as iproute2 6.1's iproute_modify reads
// them: keyword abbreviations (matches()), NEXT_ARG errors, "to"/type words before the prefix,
// duplicate detection, and the route metrics shown later by `ip route show`.
import { parseDsfield } from "./dsfield.js";
import type { CommandResult } from "../../shell/types.js";
import { findLink } from "../links.js";
import type { RouteShown, RouteType } from "../types.js";
import { SCOPE_HOST, SCOPE_LINK, SCOPE_NOWHERE, SCOPE_UNIVERSE, TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { fail, garbage, incomplete, invalidArgument, matches, noDevice, parsePrefix, u32, type IpOptions } from "./common.js";
import { PROTOCOLS, ROUTE_USAGE, type NexthopArgs, type Parsed, parseNexthopWords } from "./route-args.js";
import { nameTable } from "../../name-table.js";
import { parseRealms } from "./realms.js";
import { metricValue, parseRttTime } from "./route-metric-values.js";

/** What `ip route show` prints beyond the FIB fields: tos after the prefix, realm and metrics at the end. */

const TABLES = nameTable({ local: TABLE_LOCAL, main: TABLE_MAIN, default: TABLE_DEFAULT, unspec: 0 });
const SCOPES = nameTable({ global: SCOPE_UNIVERSE, site: 200, link: SCOPE_LINK, host: SCOPE_HOST, nowhere: SCOPE_NOWHERE });
/** Route types rtnl_rtntype_a2n knows, in its order (several by prefix). */
const TYPE_WORDS: [string, RouteType | "nat" | "anycast" | "multicast" | "xresolve", boolean][] = [
  ["local", "local", true], ["nat", "nat", true], ["broadcast", "broadcast", false], ["brd", "broadcast", true],
  ["anycast", "anycast", false], ["multicast", "multicast", false], ["prohibit", "prohibit", false],
  ["unreachable", "unreachable", false], ["blackhole", "blackhole", false], ["xresolve", "xresolve", false],
  ["unicast", "unicast", false], ["throw", "throw", true],
];
/** Metrics in RTAX order (the order print_rta_metrics lists them); `lock` is allowed where true. */
const METRICS: [string, boolean, boolean][] = [
  // name, matched by prefix, takes "lock"
  ["mtu", false, true], ["window", true, true], ["rtt", false, true], ["rttvar", true, true], ["ssthresh", true, true],
  ["cwnd", true, true], ["advmss", false, true], ["reordering", true, true], ["hoplimit", false, true],
  ["initcwnd", true, true], ["features", true, false], ["rto_min", false, false], ["initrwnd", true, true],
  ["quickack", true, false], ["congctl", true, true], ["fastopen_no_cookie", true, false],
];

function routeType(word: string): string | undefined {
  if (/^[0-9]/.test(word)) return undefined;
  for (const [name, type, exact] of TYPE_WORDS) if (exact ? word === name : matches(word, name)) return type;
  return undefined;
}

export type ModifyArgs = Parsed & { shown: RouteShown; routeType?: string };

export function parseModifyArgs(o: IpOptions, args: string[]): ModifyArgs | CommandResult {
  const parsed: ModifyArgs = { spec: { table: TABLE_MAIN }, tableGiven: false, typeGiven: false, extra: {}, shown: {} };
  const metrics = nameTable<{ text: string; lock: boolean }>();
  let gatewaySeen = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const next = (): string | undefined => args[++i];
    if (word === "src" || word === "via") {
      if (word === "via" && gatewaySeen) return invalidArgument("use nexthop syntax to specify multiple via", word);
      const value = next();
      if (value === undefined) return incomplete();
      const addr = value === "inet" ? next() : value;
      if (addr === undefined) return incomplete();
      const p = parsePrefix(addr, false);
      if (!p || p.hasLength) return fail(`Error: inet address is expected rather than "${addr}".`, 1);
      if (word === "via") {
        gatewaySeen = true;
        parsed.spec.gateway = p.addr;
      } else parsed.spec.prefsrc = p.addr;
    } else if (word === "from" || word === "as") {
      const value = next();
      if (value === undefined) return incomplete();
      parsed.extra[word] = value === "to" && word === "as" ? next() ?? "" : value;
    } else if (word === "tos" || matches(word, "dsfield")) {
      const value = next();
      if (value === undefined) return incomplete();
      const tos = parseDsfield(value);
      if (tos === undefined) return invalidArgument('"tos" value is invalid', value);
      parsed.shown.tos = tos;
    } else if (word === "expires") {
      const value = next();
      if (value === undefined) return incomplete();
      if (u32(value) === undefined) return invalidArgument('"expires" value is invalid', value);
    } else if (matches(word, "metric") || matches(word, "priority") || word === "preference") {
      const value = next();
      if (value === undefined) return incomplete();
      const metric = u32(value);
      if (metric === undefined) return invalidArgument('"metric" value is invalid', value);
      parsed.spec.metric = metric;
    } else if (word === "scope") {
      const value = next();
      if (value === undefined) return incomplete();
      const scope = SCOPES[value] ?? u32(value);
      if (scope === undefined || scope > 255) return invalidArgument('invalid "scope" value', value);
      parsed.spec.scope = scope;
    } else if (METRICS.some(([name, prefix]) => (prefix ? matches(word, name) : word === name))) {
      const [name, , lockable] = METRICS.find(([n, prefix]) => (prefix ? matches(word, n) : word === n))!;
      let value = next();
      if (value === undefined) return incomplete();
      let locked = false;
      if (lockable && value === "lock") {
        locked = true;
        value = next();
        if (value === undefined) return incomplete();
      }
      const error = checkMetric(name, value);
      if (error) return error;
      // (iproute2 always locks rto_min)
      metrics[name] = { text: value, lock: locked || name === "rto_min" };
      // the packet path reads these two (TCP's MSS, TCPMSS --clamp-mss-to-pmtu)
      // (as the kernel keeps them: a zero metric is no metric)
      if (name === "mtu" || name === "advmss") {
        const n = metricValue(name, value) as number;
        if (n) parsed.shown[name] = n;
      }
    } else if (matches(word, "realms")) {
      const value = next();
      if (value === undefined) return incomplete();
      const tclassid = parseRealms(value);
      if (tclassid === undefined) return invalidArgument('"realm" value is invalid', value);
      parsed.shown.tclassid = tclassid;
    } else if (word === "onlink") parsed.spec.onlink = true;
    else if (word === "nexthop") {
      const nexthops = parseNexthopWords(args.slice(i));
      if ("rc" in nexthops) return nexthops;
      parsed.nexthops = nexthops;
      break;
    } else if (word === "nhid") {
      const value = next();
      if (value === undefined) return incomplete();
      if (u32(value) === undefined) return invalidArgument('"id" value is invalid', value);
      return fail("Error: Nexthop id does not exist.", 2);
    } else if (matches(word, "protocol")) {
      const value = next();
      if (value === undefined) return incomplete();
      const number = PROTOCOLS[value] ?? u32(value);
      if (number === undefined || number > 255) return invalidArgument('"protocol" value is invalid', value);
      parsed.spec.proto = Object.entries(PROTOCOLS).find(([, n]) => n === number)?.[0] ?? String(number);
    } else if (matches(word, "table")) {
      const value = next();
      if (value === undefined) return incomplete();
      const table = TABLES[value] ?? u32(value);
      if (table === undefined) return invalidArgument('"table" value is invalid', value);
      parsed.spec.table = table;
      parsed.tableGiven = true;
    } else if (matches(word, "vrf")) {
      const value = next();
      if (value === undefined) return incomplete();
      return invalidArgument("Invalid VRF", value);
    } else if (word === "dev" || word === "oif") {
      const value = next();
      if (value === undefined) return incomplete();
      parsed.dev = value;
    } else if (matches(word, "pref")) {
      const value = next();
      if (value === undefined) return incomplete();
      if (!["low", "medium", "high"].includes(value) && !(u32(value)! <= 255)) return invalidArgument('"pref" value is invalid', value);
    } else if (word === "ttl-propagate") {
      const value = next();
      if (value === undefined) return incomplete();
      if (!matches(value, "enabled") && !matches(value, "disabled")) return invalidArgument('"ttl-propagate" value is invalid', value);
    } else {
      let dst = word;
      if (dst === "to") {
        const value = next();
        if (value === undefined) return incomplete();
        dst = value;
      }
      const type = routeType(dst);
      if (type !== undefined) {
        const value = next();
        if (value === undefined) return incomplete();
        parsed.routeType = type;
        parsed.typeGiven = true;
        dst = value;
      }
      if (matches(dst, "help")) return fail(ROUTE_USAGE, 255);
      if (parsed.dst !== undefined) return garbage(dst);
      const p = parsePrefix(dst);
      if (!p) return fail(`Error: ${o.family === 4 ? "inet" : "any valid"} prefix is expected rather than "${dst}".`, 1);
      parsed.dst = p;
    }
  }
  if (parsed.dst === undefined) return fail(ROUTE_USAGE, 255);
  if (parsed.dev !== undefined) {
    const link = findLink(o.world, o.netns, parsed.dev);
    if (!link) return noDevice(parsed.dev);
    parsed.spec.oif = link.ifindex;
  }
  for (const nh of parsed.nexthops ?? []) {
    if (nh.dev === undefined) continue;
    const link = findLink(o.world, o.netns, nh.dev);
    if (!link) return fail(`Cannot find device "${nh.dev}"\nError: cannot parse nexthop`, 255);
    nh.oif = link.ifindex;
  }
  // fib_get_nhs: a route's realms must be its first path's
  const firstNh = parsed.nexthops?.[0];
  if (firstNh && parsed.shown.tclassid && (firstNh.tclassid ?? 0) !== parsed.shown.tclassid) return fail("Error: Nexthop class id does not match RTA_FLOW.", 2);
  // rtm_to_fib_config
  if ((parsed.shown.tos ?? 0) & 3) return fail("Error: Invalid dsfield (tos): ECN bits must be 0.", 2);
  const shownMetrics = METRICS.map(([name]) => name).filter((name) => metrics[name] !== undefined)
    .map((name) => ({ name, value: metricValue(name, metrics[name]!.text), lock: metrics[name]!.lock }))
    .filter((m) => m.value !== 0);
  if (shownMetrics.length) parsed.shown.metrics = shownMetrics;
  return parsed;
}

function checkMetric(name: string, value: string): CommandResult | undefined {
  if (name === "congctl") return undefined;
  if (name === "features") return value === "ecn" ? undefined : invalidArgument('"features" value not valid', value);
  const n = name === "rtt" || name === "rttvar" || name === "rto_min" ? (parseRttTime(value) ? 0 : undefined) : u32(value);
  const what = name === "advmss" ? "mss" : name;
  if (n === undefined || (name === "hoplimit" && n > 255)) return invalidArgument(`"${what}" value is invalid`, value);
  if ((name === "quickack" || name === "fastopen_no_cookie") && n > 1) return invalidArgument(`"${name}" value should be 0 or 1`, value);
  return undefined;
}

export type { NexthopArgs };
