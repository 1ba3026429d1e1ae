// net-tools' `route -n` and the table `netstat -rn` prints: the main routing table as /proc/net/route has it
// (name lookups without -n would wait on DNS, which the sandbox does not have).
import type { Command, CommandContext } from "../types.js";
import { done } from "./util.js";
import { INET_ROUTE_USAGE, modifyRoute } from "../../net/nettools/route-modify.js";
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

const ROUTE_USAGE = `Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables
       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.

       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.
       route {-V|--version}                  Display version/author and exit.

        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -e, --extend             display other/more information
        -F, --fib                display Forwarding Information Base (default)
        -C, --cache              display routing cache instead of FIB

  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet
  List of possible address families (which support routing):
    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
    ddp (Appletalk DDP) x25 (CCITT X.25) 
`;

/** `route [-nee] [-FC]` lists the table (-e: netstat's layout, -ee: both); `route add|del …` changes it. */
export const route: Command = {
  name: "route",
  run(ctx) {
    const args = ctx.argv.slice(1);
    let extend = 0;
    let numeric = false;
    let cache = false;
    let i = 0;
    for (; i < args.length && args[i]!.startsWith("-") && args[i] !== "-net" && args[i] !== "-host"; i++) {
      const a = args[i]!;
      if (a === "-A") {
        // (inet only here)
        i++;
        continue;
      }
      if (a === "--inet" || a === "-4") continue;
      if (!/^-[nNveFC]+$/.test(a)) return done("", "route: only `route [-nee] [-FC]` and `route add|del` (inet) are available here\n", 1);
      for (const c of a.slice(1)) {
        if (c === "e") extend++;
        else if (c === "n" || c === "N") numeric = true;
        else if (c === "C") cache = true;
        else if (c === "F") cache = false;
      }
    }
    const sub = args[i];
    if (sub === "add" || sub === "del") {
      // (a bare `route add` prints the usage and succeeds)
      if (args.length === i + 1) return done(INET_ROUTE_USAGE);
      const r = modifyRoute(ctx.world, ctx.netns, sub, args.slice(i + 1));
      return done(r.stdout, r.stderr, r.rc);
    }
    if (sub !== undefined) return done("", ROUTE_USAGE, 3);
    if (cache) return done("Kernel IP routing cache\nSource          Destination     Gateway         Flags Metric Ref    Use Iface\n");
    return done(routeTable(ctx, extend === 1, numeric, extend >= 2));
  },
};

/** The MSS, Window and irtt columns from the route's metrics (advmss + 40, window, rtt in ms). */
function extraColumns(r: Route): [string, string, string] {
  const metric = (name: string) => r.shown?.metrics?.find((m) => m.name === name)?.value as number | undefined;
  const advmss = metric("advmss");
  const rtt = metric("rtt");
  return [String(advmss !== undefined ? advmss + 40 : 0), String(metric("window") ?? 0), String(rtt !== undefined ? Math.floor(rtt / 8) : 0)];
}

export function routeTable(ctx: CommandContext, netstatLayout: boolean, numeric: boolean, both = false): string {
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
    : `Destination     Gateway         Genmask         Flags Metric Ref    Use Iface${both ? "    MSS   Window irtt" : ""}\n`;
  for (const r of routes) {
    const c = columns(ctx, r);
    const head = `${pad(dstName(r, c.dst), 15)} ${pad(c.gw, 15)} ${pad(c.mask, 15)} ${pad(c.flags, 5)} `;
    const [mss, window, irtt] = c.reject ? ["-", "-", "-"] : extraColumns(r);
    if (netstatLayout) out += `${head}${mss.padStart(5)} ${pad(window, 6)}${irtt.padStart(6)} ${c.dev}\n`;
    else {
      const row = `${head}${pad(String(r.metric), 6)} ${pad(c.reject ? "-" : "0", 3)} ${"0".padStart(6)} `;
      // (-ee: route's columns, then netstat's after the interface)
      out += both ? `${row}${pad(c.dev, 8)} ${pad(mss, 5)} ${pad(window, 6)} ${irtt}\n` : `${row}${c.dev}\n`;
    }
  }
  return out;
}
