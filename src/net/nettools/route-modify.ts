// net-tools' `route add|del [-net|-host] TARGET …` (inet_route.c): the words read into one
// rtentry, sent with SIOCADDRT / SIOCDELRT, and the kernel's answer as net-tools prints it.
import type { CommandResult } from "../../shell/types.js";
import type { World } from "../types.js";
import { SCOPE_HOST, SCOPE_LINK, SCOPE_UNIVERSE, TABLE_MAIN, type RouteMetric } from "../types.js";
import { findLink } from "../links.js";
import { addRoute, deleteRoute, type RouteSpec } from "../route-config.js";
import { maskToPrefix, parseIpv4, prefixToMask } from "../../netfilter/ip.js";

export const INET_ROUTE_USAGE =
  "Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]\n" +
  "       inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]\n" +
  "                              [netmask N] [mss Mss] [window W] [irtt I]\n" +
  "                              [mod] [dyn] [reinstate] [[dev] If]\n" +
  "       inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject\n" +
  "       inet_route [-FC] flush      NOT supported\n";

const usage = (why = ""): CommandResult => ({ stdout: "", stderr: `${why}${INET_ROUTE_USAGE}`, rc: 3 });

interface RouteEntry {
  dst: number;
  prefix: number;
  host: boolean;
  gateway?: number;
  metric?: number;
  dev?: string;
  reject: boolean;
  mss?: number;
  window?: number;
  irtt?: number;
}

/** The words after add/del, as INET_setroute reads them. */
function parseEntry(args: string[]): RouteEntry | CommandResult {
  let i = 0;
  let kind: "net" | "host" | undefined;
  if (args[i] === "-net" || args[i] === "-host") kind = args[i++] === "-net" ? "net" : "host";
  const target = args[i++];
  if (target === undefined) return usage();
  let dst: number;
  let prefix: number | undefined;
  if (target === "default") {
    dst = 0;
    prefix = 0;
  } else {
    const [addr, len] = target.split("/");
    const parsed = parseIpv4(addr!);
    if (parsed === undefined) return { stdout: "", stderr: `${target}: Unknown host\n`, rc: 6 };
    dst = parsed;
    if (len !== undefined) {
      if (!/^\d+$/.test(len) || Number(len) > 32) return usage("route: netmask doesn't match route address\n");
      prefix = Number(len);
    }
  }
  const e: RouteEntry = { dst, prefix: prefix ?? 32, host: kind === "host", reject: false };
  let netmask: number | undefined;
  for (; i < args.length; i++) {
    const word = args[i]!;
    const next = (): string | undefined => args[++i];
    if (word === "reject") e.reject = true;
    else if (["mod", "dyn", "reinstate"].includes(word)) continue;
    else if (["metric", "netmask", "gw", "gateway", "mss", "window", "irtt", "dev", "device"].includes(word)) {
      const value = next();
      if (value === undefined) return usage();
      if (word === "gw" || word === "gateway") {
        const gw = parseIpv4(value);
        if (gw === undefined) return { stdout: "", stderr: `${value}: Unknown host\n`, rc: 6 };
        e.gateway = gw;
      } else if (word === "netmask") {
        const mask = parseIpv4(value);
        const len = mask === undefined ? -1 : maskToPrefix(mask);
        if (len < 0) return usage();
        netmask = len;
      } else if (word === "dev" || word === "device") e.dev = value;
      else {
        if (!/^\d+$/.test(value)) return usage();
        const n = Number(value);
        if (word === "metric") e.metric = n;
        else if (word === "mss") e.mss = n;
        else if (word === "window") e.window = n;
        else e.irtt = n;
      }
    } else if (i === args.length - 1 && e.dev === undefined) e.dev = word;
    else return usage();
  }
  if (netmask !== undefined) e.prefix = netmask;
  else if (prefix === undefined && kind === "net") e.prefix = 32;
  if (e.host && e.prefix !== 32) return usage(`route: netmask ${((~prefixToMask(e.prefix)) >>> 0).toString(16).padStart(8, "0")} doesn't make sense with host route\n`);
  if ((e.dst & ~prefixToMask(e.prefix)) >>> 0 !== 0) return usage("route: netmask doesn't match route address\n");
  return e;
}

/** The metrics an rtentry's mss, window and irtt become (advmss is the MSS less 40; rtt in eighths of a ms). */
function metricsOf(e: RouteEntry): RouteMetric[] {
  const out: RouteMetric[] = [];
  if (e.window !== undefined) out.push({ name: "window", value: e.window, lock: false });
  if (e.irtt !== undefined) out.push({ name: "rtt", value: e.irtt * 8, lock: false });
  if (e.mss !== undefined) out.push({ name: "advmss", value: Math.max(e.mss - 40, 0), lock: false });
  return out;
}

/** route add|del: rc 7 with the ioctl's error, 3 for usage, 6 for a name it cannot resolve. */
export function modifyRoute(world: World, netns: string, cmd: "add" | "del", args: string[]): CommandResult {
  const e = parseEntry(args);
  if ("rc" in e) return e;
  const ioctl = cmd === "add" ? "SIOCADDRT" : "SIOCDELRT";
  const refused = (why: string): CommandResult => ({ stdout: "", stderr: `${ioctl}: ${why}\n`, rc: 7 });
  const link = e.dev !== undefined ? findLink(world, netns, e.dev) : undefined;
  if (e.dev !== undefined && !link) return refused("No such device");
  if (cmd === "del") {
    const error = deleteRoute(world, netns, {
      table: TABLE_MAIN, dst: e.dst, prefix: e.prefix, ...(e.reject ? { type: "unreachable" as const } : {}),
      ...(e.gateway !== undefined ? { gateway: e.gateway } : {}), ...(link ? { oif: link.ifindex } : {}), ...(e.metric !== undefined ? { metric: e.metric } : {}),
    });
    return error ? refused("No such process") : { stdout: "", stderr: "", rc: 0 };
  }
  if (!e.reject && e.gateway === undefined && !link) return refused("No such device");
  const metrics = metricsOf(e);
  const spec: RouteSpec = {
    table: TABLE_MAIN, type: e.reject ? "unreachable" : "unicast", dst: e.dst, prefix: e.prefix, proto: "boot",
    scope: e.reject ? SCOPE_HOST : e.gateway !== undefined ? SCOPE_UNIVERSE : SCOPE_LINK,
    ...(e.gateway !== undefined ? { gateway: e.gateway } : {}), ...(link ? { oif: link.ifindex } : {}), ...(e.metric !== undefined ? { metric: e.metric } : {}),
    ...(metrics.length ? { shown: { metrics, ...(e.mss !== undefined ? { advmss: Math.max(e.mss - 40, 0) } : {}) } } : {}),
  };
  const error = addRoute(world, netns, spec);
  if (!error) return { stdout: "", stderr: "", rc: 0 };
  if (/File exists/.test(error)) return refused("File exists");
  if (/No such device/.test(error)) return refused("No such device");
  return refused("Network is unreachable");
}

