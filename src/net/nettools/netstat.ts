// net-tools 2.10 `netstat`: the socket listing (-t -u -l -a -n -p -e -o -W, address families),
// the routing table (-r), the interface table (-i) and multicast groups (-g), with its option
// errors and usage. Statistics (-s) need the kernel's SNMP counters, which are not kept.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { CommandExit, exitsWith } from "../../shell/command-exit.js";
import { getoptInOrder, type InOrderSpec, type LongOption } from "../../shell/commands/getopt-in-order.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { portToService } from "../../netfilter/names.js";
import { routeTable } from "../../shell/commands/route.js";
import { getNamespace } from "../links.js";
import { socketsOf, type Listener } from "../sockets.js";
import { interfaceTable } from "./ifconfig-show.js";
import { hostsName } from "../traffic/args.js";
import { multicastGroups } from "../ip/maddr.js";

const USAGE = `usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}
       netstat [-vWnNcaeol] [<Socket> ...]
       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }

        -r, --route              display routing table
        -i, --interfaces         display interface table
        -g, --groups             display multicast group memberships
        -s, --statistics         display networking statistics (like SNMP)
        -M, --masquerade         display masqueraded connections

        -v, --verbose            be verbose
        -W, --wide               don't truncate IP addresses
        -n, --numeric            don't resolve names
        --numeric-hosts          don't resolve host names
        --numeric-ports          don't resolve port names
        --numeric-users          don't resolve user names
        -N, --symbolic           resolve hardware names
        -e, --extend             display other/more information
        -p, --programs           display PID/Program name for sockets
        -o, --timers             display timers
        -c, --continuous         continuous listing

        -l, --listening          display listening server sockets
        -a, --all                display all sockets (default: connected)
        -F, --fib                display Forwarding Information Base (default)
        -C, --cache              display routing cache instead of FIB
        -Z, --context            display SELinux security context for sockets

  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}
           {-x|--unix} --ax25 --ipx --netrom
  <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet
  List of possible address families (which support routing):
`;
/** print_aflist: always on stderr, even after a usage printed to stdout. */
const AF_LIST = "    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n    ddp (Appletalk DDP) x25 (CCITT X.25) \n";

const VERSION =
  "net-tools 2.10\nFred Baumgarten, Alan Cox, Bernd Eckenfels, Phil Blundell, Tuan Hoang, Brian Micek and others\n" +
  "+NEW_ADDRT +RTF_IRTT +RTF_REJECT +FW_MASQUERADE +I18N +SELINUX\n" +
  "AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\n" +
  "HW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n";

/** aftrans: -A/--NAME aliases and the family flag each sets. */
const AF_ALIASES: Record<string, string> = {
  ax25: "ax25", ip: "inet", ip6: "inet6", ipx: "ipx", rose: "rose", appletalk: "ddp", netrom: "netrom", inet: "inet",
  inet6: "inet6", ddp: "ddp", unix: "unix", tcpip: "inet", econet: "ec", x25: "x25", ash: "ash", bluetooth: "bluetooth",
};

/** getopt_long's table (AFTRANS_OPTS first): long name, short letter ("af" for a family), argument. */
const LONG: LongOption[] = [
  ...["ax25", "x25", "ip", "ipx", "appletalk", "netrom", "inet", "inet6", "ddp", "rose", "unix", "bluetooth", "tcpip"].map((n): LongOption => [n, "af", false]),
  ["version", "V", false], ["interfaces", "i", false], ["help", "h", false], ["route", "r", false], ["masquerade", "M", false],
  ["protocol", "A", true], ["tcp", "t", false], ["sctp", "S", false], ["udp", "u", false], ["udplite", "U", false],
  ["raw", "w", false], ["unix", "x", false], ["l2cap", "2", false], ["rfcomm", "f", false], ["listening", "l", false],
  ["all", "a", false], ["timers", "o", false], ["continuous", "c", false], ["extend", "e", false], ["programs", "p", false],
  ["verbose", "v", false], ["statistics", "s", false], ["wide", "W", false], ["numeric", "n", false],
  ["numeric-hosts", "!", false], ["numeric-ports", "@", false], ["numeric-users", "#", false], ["symbolic", "N", false],
  ["cache", "C", false], ["fib", "F", false], ["groups", "g", false], ["context", "Z", false],
];
// ("?" is in netstat's getopt string too, but reads as an unknown option: the same message)
const SPEC: InOrderSpec = { flags: "CFMacdeghilnNoprsStuUvVWw2fx64Z", withArg: "A", long: LONG };

const optErr = (msg: string) => new CommandExit({ stdout: "", stderr: `${msg}${USAGE}${AF_LIST}`, rc: 3 });

interface Flags {
  counts: Map<string, number>;
  families: Set<string>;
  numericHost: boolean;
  numericPort: boolean;
  numericUser: boolean;
}

function readArgs(argv: string[]): Flags {
  const f: Flags = { counts: new Map(), families: new Set(), numericHost: false, numericPort: false, numericUser: false };
  const bump = (k: string) => f.counts.set(k, (f.counts.get(k) ?? 0) + 1);
  const family = (list: string) => {
    for (const name of list.split(",")) {
      const af = AF_ALIASES[name];
      if (!af) throw new CommandExit({ stdout: "", stderr: `Unknown address family \`${name}'.\n`, rc: 1 });
      f.families.add(af);
    }
  };
  const option = (opt: string, arg: string, longName?: string) => {
    switch (opt) {
      case "af": return family(longName!);
      case "A": return family(arg);
      case "4": return family("inet");
      case "6": return family("inet6");
      case "x": return family("unix");
      case "n": f.numericHost = f.numericPort = f.numericUser = true; return;
      case "!": f.numericHost = true; return;
      case "@": f.numericPort = true; return;
      case "#": f.numericUser = true; return;
      case "V": throw new CommandExit({ stdout: VERSION, stderr: "", rc: 0 });
      case "Z": throw new CommandExit({ stdout: "", stderr: "SELinux is not enabled on this machine.\n", rc: 1 });
      // (stdout, written to a pipe, is flushed only at exit: the family list comes first)
      case "h": throw new CommandExit({ stdout: USAGE, stderr: AF_LIST, rc: 0, stderrParts: [{ at: 0, text: AF_LIST }] });
      default: return bump(opt);
    }
  };
  // (operands are ignored, as netstat ignores them)
  getoptInOrder(argv, SPEC, option, (msg) => optErr(`netstat: ${msg}\n`));
  return f;
}

function hostName(ctx: CommandContext, addr: number, numeric: boolean): string {
  return (numeric || addr === 0 ? undefined : hostsName(ctx, addr)) ?? formatIpv4(addr);
}

/** addr_do_one: ADDR:PORT, cut to 22 characters without -W (the port keeps up to 18). */
function endpoint(addr: string, port: string, wide: boolean): string {
  if (wide || addr.length + port.length <= 22) return `${addr}:${port}`;
  const portLen = Math.min(port.length, 18);
  return `${addr.slice(0, 22 - portLen)}:${port.slice(0, portLen)}`;
}

function socketListing(ctx: CommandContext, f: Flags, n: (k: string) => number): string {
  const all = n("a") > 0;
  const listening = n("l") > 0;
  const extend = n("e");
  const programs = n("p") > 0;
  const timers = n("o") > 0;
  let tcp = n("t") > 0;
  let udp = n("u") > 0;
  let others = n("S") + n("U") + n("w") > 0;
  let inet = f.families.has("inet");
  let inet6 = f.families.has("inet6");
  if ((inet || inet6) && !(tcp || udp || others)) tcp = udp = others = true;
  if ((tcp || udp || others || n("g") > 0) && !(inet || inet6)) inet = inet6 = true;
  const unix = f.families.has("unix");
  const anyProtocol = tcp || udp || others || unix || n("g") > 0 || [...f.families].some((af) => !["inet", "inet6", "unix"].includes(af));
  const which = all ? "(servers and established)" : listening ? "(only servers)" : "(w/o servers)";
  const progBanner = programs ? ` ${"PID/Program name".padEnd(20)}` : "";
  let out = "";
  if (!anyProtocol || tcp || udp || others) {
    out += `Active Internet connections ${which}\nProto Recv-Q Send-Q Local Address           Foreign Address         State      `;
    out += `${extend > 1 ? " User       Inode     " : ""}${progBanner}${timers ? " Timer" : ""}\n`;
    const listeners = getNamespace(ctx.world, ctx.netns) ? socketsOf(getNamespace(ctx.world, ctx.netns)!).listeners : [];
    const byPort = (a: Listener, b: Listener) => a.port - b.port;
    // (listeners have no peer: -l or -a shows them; the v4 files only, none is IPv6)
    const show = (all || listening) && (!anyProtocol || inet);
    const rows = [
      ...(show && (!anyProtocol || tcp) ? listeners.filter((l) => l.proto === "tcp").sort(byPort) : []),
      ...(show && (!anyProtocol || udp) ? listeners.filter((l) => l.proto === "udp").sort(byPort) : []),
    ];
    for (const l of rows) {
      const port = (f.numericPort ? undefined : portToService(l.port, l.proto)) ?? String(l.port);
      const local = endpoint(hostName(ctx, l.addr, f.numericHost), port, n("W") > 0);
      const remote = endpoint("0.0.0.0", "*", n("W") > 0);
      let line = `${l.proto.padEnd(4)}  ${"0".padStart(6)} ${"0".padStart(6)} ${local.padEnd(23)} ${remote.padEnd(23)} ${(l.proto === "tcp" ? "LISTEN" : "").padEnd(11)}`;
      if (extend > 1) line += ` ${(f.numericUser ? "0" : "root").padEnd(10)} ${String(l.pid * 7 + 10000).padEnd(10)}`;
      if (programs) line += ` ${`${l.pid}/${l.program ?? l.comm}`.padEnd(20)}`;
      if (timers) line += " off (0.00/0/0)";
      out += `${line}\n`;
    }
  }
  if (n("g") > 0) out += groups(ctx);
  if (!anyProtocol || unix) {
    // (the namespace's own Unix sockets: the emulator's programs keep none)
    out += `Active UNIX domain sockets ${which}\nProto RefCnt Flags       Type       State         I-Node  ${progBanner} Path\n`;
  }
  return out;
}

/** -g: /proc/net/igmp then /proc/net/igmp6, device by device (the groups ip maddr lists). */
function groups(ctx: CommandContext): string {
  const links = [...(getNamespace(ctx.world, ctx.netns)?.links ?? [])].sort((a, b) => a.ifindex - b.ifindex);
  const row = (name: string, users: number, group: string) => `${name.padEnd(15)} ${String(users).padEnd(6)} ${group}\n`;
  let out = "IPv6/IPv4 Group Memberships\nInterface       RefCnt Group\n--------------- ------ ---------------------\n";
  for (const family of ["inet", "inet6"]) {
    for (const l of links) for (const g of multicastGroups(ctx, l)) if (g.family === family) out += row(l.name, g.users, g.address);
  }
  return out;
}

function run(ctx: CommandContext): CommandResult {
  const f = readArgs(ctx.argv.slice(1));
  const n = (k: string) => f.counts.get(k) ?? 0;
  if (n("i") + n("r") + n("M") + n("s") > 1) throw optErr("");
  if (n("M") > 0) return { stdout: "", stderr: "netstat: no support for `ip_masquerade' on this system.\n", rc: 1 };
  if (n("s") > 0) return { stdout: "", stderr: "netstat: -s is not emulated here (the kernel's SNMP counters are not kept)\n", rc: 1 };
  // (-e drops netstat's own MSS/Window/irtt columns for route's Metric/Ref/Use)
  if (n("r") > 0) return { stdout: routeTable(ctx, n("e") === 0, f.numericHost), stderr: "", rc: 0 };
  if (n("i") > 0) return { stdout: interfaceTable(ctx.world, ctx.netns, n("a") > 0, n("e") > 0), stderr: "", rc: 0 };
  if (n("g") > 0 && n("t") + n("u") + n("S") + n("U") + n("w") === 0 && f.families.size === 0) return { stdout: groups(ctx), stderr: "", rc: 0 };
  return { stdout: socketListing(ctx, f, n), stderr: "", rc: 0 };
}

export const netstatCommand: Command = {
  name: "netstat",
  bufferedStdout: true,
  run: (ctx: CommandContext): CommandResult => exitsWith(() => run(ctx)),
};
