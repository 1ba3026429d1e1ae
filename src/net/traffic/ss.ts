// `ss` (iproute2 6.1) for the sockets the emulator keeps: listeners (serve). Options, state
// words and the filter expression are read as ss reads them (ss/query.ts, ss/filter.ts).
// Columns are laid out like ss's renderer: each column as wide as its widest cell, the address
// column right-aligned with its colon, the process cell starting with a space.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { exitsWith } from "../../shell/command-exit.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { portToService } from "../../netfilter/names.js";
import { socketsOf, localPortRange, type Listener } from "../sockets.js";
import { hostsName, resolveHost } from "./args.js";
import { parseSsFilter, ssFilterMatches, SsExit, filterTokens, type SsFilter, type SsSocket } from "./ss/filter.js";
import { Db, St, narrowFamily, parseSsArgs, single, tableOn, type SsQuery } from "./ss/query.js";
import { SS_USAGE } from "./ss/usage.js";

interface Column {
  header: string;
  right?: boolean;
  /** Text before the cell ("" or " "). */
  ldelim: string;
}

/** Recv-Q and Send-Q are printed at least six wide, with or without their header. */
const MIN_WIDTH: Record<string, number> = { "Recv-Q": 6, "Send-Q": 6 };

function render(columns: Column[], rows: string[][], header: boolean): { head: string; body: string } {
  const widths = columns.map((c, i) => Math.max(header ? c.header.length : (MIN_WIDTH[c.header] ?? 0), ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const c = columns[i]!;
        return c.ldelim + (c.right ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!));
      })
      .join("");
  // (without the header, nothing pads the last columns: no trailing blanks)
  if (!header) return { head: "", body: rows.map((r) => line(r).trimEnd() + "\n").join("") };
  return { head: line(columns.map((c) => c.header)) + "\n", body: rows.map((r) => line(r) + "\n").join("") };
}

/**
 * TCP sockets allocated on the whole host, outside any namespace the emulator has (ss -s
 * counts them all): the oracle host keeps one of its own.
 */
const HOST_TCP_SOCKETS = 1;

function summary(listeners: Listener[]): string {
  const tcp = listeners.filter((l) => l.proto === "tcp").length;
  const udp = listeners.length - tcp;
  const row = (name: string, n: number) => `${name}\t  ${String(n).padEnd(9)} ${String(n).padEnd(9)} ${"0".padEnd(9)}\n`;
  return (
    `Total: ${listeners.length}\n` +
    `TCP:   ${tcp + HOST_TCP_SOCKETS} (estab 0, closed ${HOST_TCP_SOCKETS}, orphaned 0, timewait 0)\n\n` +
    "Transport Total     IP        IPv6\n" +
    row("RAW", 0) +
    row("UDP", udp) +
    row("TCP", tcp) +
    row("INET", tcp + udp) +
    row("FRAG", 0) +
    "\n"
  );
}

/** The filter file's words (-F): lines starting with # or 0 are skipped, as ss's lexer does. */
function filterFileWords(ctx: CommandContext, name: string): string[] {
  let text: string;
  if (name.startsWith("-")) text = ctx.stdin;
  else if (ctx.fs.isDir(name)) text = "";
  else {
    const read = ctx.fs.readFile(name);
    if (read === undefined) throw new SsExit("fopen filter file: No such file or directory\n", 255);
    text = read;
  }
  const words: string[] = [];
  for (const line of text.split("\n")) {
    if (Buffer.byteLength(line) >= 1022) throw new SsExit("Too long line in filter\n", 255);
    if (line[0] === "#" || line[0] === "0") continue;
    words.push(...filterTokens(line));
  }
  return words;
}

function sockstat(l: Listener): SsSocket {
  return { family: "inet", local: { addr: l.addr, port: l.port }, remote: { addr: 0, port: 0 }, iface: 0, mark: 0 };
}

function listing(ctx: CommandContext, q: SsQuery, netns: string, filter: SsFilter | undefined, listeners: Listener[]): CommandResult {
  const ephemeral = localPortRange(ctx.world, netns);
  const shows = (l: Listener) =>
    tableOn(q, l.proto === "tcp" ? Db.TCP : Db.UDP) &&
    // (inet_show_netlink dumps IPv4 unless -6, -f inet6 or inet6: was the last family named)
    q.families.has("inet") &&
    q.preferredFamily !== "inet6" &&
    (q.states & (1 << (l.proto === "tcp" ? St.LISTEN : St.CLOSE))) !== 0 &&
    (!filter || ssFilterMatches(filter, sockstat(l), ephemeral));
  // udp_show runs before tcp_show; each lists its sockets by port
  const byPort = (a: Listener, b: Listener) => a.port - b.port;
  const shown = [...listeners.filter((l) => l.proto === "udp").sort(byPort), ...listeners.filter((l) => l.proto === "tcp").sort(byPort)].filter(shows);
  const netid = !single(q.dbs);
  const state = !single(q.states);
  const port = (l: Listener) => (q.numeric ? undefined : portToService(l.port, l.proto)) ?? String(l.port);
  const address = (addr: number) => (addr !== 0 && q.resolve ? hostsName(ctx, addr) : undefined) ?? formatIpv4(addr);
  const columns: Column[] = [
    ...(netid ? [{ header: "Netid", ldelim: "" }] : []),
    ...(state ? [{ header: "State", ldelim: netid ? " " : "" }] : []),
    { header: "Recv-Q", ldelim: netid || state ? " " : "" },
    { header: "Send-Q", ldelim: " " },
    { header: "Local Address:", right: true, ldelim: " " },
    { header: "Port", ldelim: "" },
    { header: "Peer Address:", right: true, ldelim: " " },
    { header: "Port", ldelim: "" },
    { header: "Process", ldelim: "" },
  ];
  const rows = shown.map((l) => [
    ...(netid ? [l.proto] : []),
    ...(state ? [l.proto === "tcp" ? "LISTEN" : "UNCONN"] : []),
    "0",
    l.proto === "tcp" ? "64" : "0",
    `${address(l.addr)}:`,
    port(l),
    "0.0.0.0:",
    "*",
    q.processes ? ` users:(("${l.comm}",pid=${l.pid},fd=3))` : "",
  ]);
  const { head, body } = render(columns, rows, q.header);
  // DCCP's diag module is missing from this kernel: asking for its sockets fails, after the
  // header was flushed and before the rows are printed
  if (tableOn(q, Db.DCCP)) return { stdout: head + body, stderr: "RTNETLINK answers: Invalid argument\n", rc: 0, stderrParts: [{ at: Buffer.byteLength(head), text: "RTNETLINK answers: Invalid argument\n", flushed: true }] };
  return { stdout: head + body, stderr: "", rc: 0 };
}

function run(ctx: CommandContext): CommandResult {
  const q = parseSsArgs(ctx.argv.slice(1));
  const netns = q.netns ?? ctx.netns;
  const ns = ctx.world.namespaces[netns];
  if (q.netns !== undefined && !ns) return { stdout: "", stderr: `Cannot open network namespace "${q.netns}": No such file or directory\n`, rc: 1 };
  const listeners = ns ? socketsOf(ns).listeners : [];
  const before = q.summary ? summary(listeners) : "";
  if (q.summaryOnly) return { stdout: before, stderr: "", rc: 0 };
  const none = q.dbs === 0 ? "tables" : q.families.size === 0 ? "families" : q.states === 0 ? "states" : undefined;
  if (none) return { stdout: before, stderr: `ss: no socket ${none} to show with such filter.\n`, rc: 0 };
  let filter: SsFilter | undefined;
  try {
    const words = q.filterFile === undefined ? q.filterArgs : [...q.filterArgs, ...filterFileWords(ctx, q.filterFile)];
    filter = parseSsFilter(words, {
      preferredFamily: q.preferredFamily,
      tcp: tableOn(q, Db.TCP),
      udp: tableOn(q, Db.UDP),
      ifindex: (name) => ns?.links.find((l) => l.name === name)?.ifindex,
      resolve: (name) => resolveHost(ctx, name),
      setFamily: (family) => narrowFamily(q, family),
    });
  } catch (err) {
    if (!(err instanceof SsExit)) throw err;
    return { stdout: before, stderr: err.stderr + (err.withUsage ? SS_USAGE : ""), rc: err.rc };
  }
  const result = listing(ctx, q, netns, filter, listeners);
  return { ...result, stdout: before + result.stdout, stderrParts: result.stderrParts?.map((p) => ({ ...p, at: p.at + Buffer.byteLength(before) })) };
}

export const ssCommand: Command = {
  name: "ss",
  run: (ctx: CommandContext): CommandResult => exitsWith(() => run(ctx)),
};
