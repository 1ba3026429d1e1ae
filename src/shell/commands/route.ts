// net-tools' `route -n` and the table `netstat -rn` prints: the main routing table as /proc/net/route has it
// (name lookups without -n would wait on DNS, which the sandbox does not have).
import type { Command, CommandContext } from "../types.js";
import { done } from "./util.js";
import { waitForever } from "../deadline.js";
import { getNamespace } from "../../net/links.js";
import { compareRoutes } from "../../net/fib.js";
import { TABLE_MAIN, type Route } from "../../net/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";

const HEADER = "Kernel IP routing table\n";

function mask(prefix: number): string {
  return formatIpv4(prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);
}

/** Main-table routes in the kernel's listing order (as `ip route` shows them). */
function mainRoutes(ctx: CommandContext): Route[] {
  const ns = getNamespace(ctx.world, ctx.netns);
  if (!ns) return [];
  return ns.routes
    .filter((r) => r.table === TABLE_MAIN && r.type !== "broadcast" && r.type !== "local")
    .sort((a, b) => compareRoutes(a, b) || ns.routes.indexOf(a) - ns.routes.indexOf(b));
}

/** One row's columns: destination, gateway, mask, flags, device ("-" fields for reject routes). */
function columns(ctx: CommandContext, r: Route): { reject: boolean; dst: string; gw: string; mask: string; flags: string; dev: string } {
  const reject = r.type === "unreachable" || r.type === "prohibit";
  const gateway = r.gateway ?? r.nexthops?.[0]?.gateway;
  const oif = r.oif ?? r.nexthops?.[0]?.oif;
  const dev = oif === undefined ? "*" : getNamespace(ctx.world, ctx.netns)?.links.find((l) => l.ifindex === oif)?.name ?? "*";
  const flags = reject ? "!" : `U${gateway !== undefined ? "G" : ""}${r.prefix === 32 ? "H" : ""}`;
  return { reject, dst: formatIpv4(r.dst), gw: reject ? "-" : formatIpv4(gateway ?? 0), mask: mask(r.prefix), flags, dev: reject ? "-" : dev };
}

const pad = (s: string, n: number) => s.padEnd(n);

/** `route -n` (with -e, the netstat layout). */
export const route: Command = {
  name: "route",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const flags = args.filter((a) => /^-[a-zA-Z]+$/.test(a)).join("");
    if (args.some((a) => !/^-[nevF]+$/.test(a))) return done("", "route: only `route -n` (optionally -e) is available here\n", 1);
    return done(routeTable(ctx, flags.includes("e"), flags.includes("n")));
  },
};

export function routeTable(ctx: CommandContext, netstatLayout: boolean, numeric: boolean): string {
  const routes = mainRoutes(ctx);
  // without -n a gateway or host route is looked up in DNS, which never answers in the sandbox:
  // the case's time limit ends the command; networks come from /etc/networks
  if (!numeric && routes.some((r) => r.type !== "unreachable" && r.type !== "prohibit" && ((r.gateway ?? r.nexthops?.[0]?.gateway) !== undefined || r.prefix === 32))) {
    waitForever(ctx.world);
  }
  const networks = new Map<string, string>();
  if (!numeric) {
    for (const line of (ctx.fs.readFile("/etc/networks") ?? "").split("\n")) {
      const [name, addr] = line.replace(/#.*/, "").trim().split(/\s+/);
      if (name && addr && !networks.has(addr)) networks.set(addr, name);
    }
  }
  const dstName = (r: Route, text: string) => (numeric ? text : r.dst === 0 ? (r.prefix === 0 ? "default" : text) : networks.get(text) ?? text);
  let out = HEADER;
  out += netstatLayout
    ? "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n"
    : "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n";
  for (const r of routes) {
    const c = columns(ctx, r);
    const head = `${pad(dstName(r, c.dst), 15)} ${pad(c.gw, 15)} ${pad(c.mask, 15)} ${pad(c.flags, 5)} `;
    const cell = c.reject ? "-" : "0";
    if (netstatLayout) out += `${head}${cell.padStart(5)} ${pad(cell, 6)}${cell.padStart(6)} ${c.dev}\n`;
    else out += `${head}${pad(String(r.metric), 6)} ${pad(c.reject ? "-" : "0", 3)} ${"0".padStart(6)} ${c.dev}\n`;
  }
  return out;
}
