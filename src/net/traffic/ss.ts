// `ss` (iproute2 6.1) for the sockets the emulator keeps: listeners (serve). Columns are
// laid out like ss's renderer: each column as wide as its widest cell, the address column
// right-aligned with its colon, the process cell starting with a space.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { portToService } from "../../netfilter/names.js";
import { socketsOf, type Listener } from "../sockets.js";

interface Column {
  header: string;
  right?: boolean;
  /** Text before the cell ("" or " "). */
  ldelim: string;
}

/** Recv-Q and Send-Q are printed at least six wide, with or without their header. */
const MIN_WIDTH: Record<string, number> = { "Recv-Q": 6, "Send-Q": 6 };

function render(columns: Column[], rows: string[][], header: boolean): string {
  const widths = columns.map((c, i) => Math.max(header ? c.header.length : (MIN_WIDTH[c.header] ?? 0), ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const c = columns[i]!;
        return c.ldelim + (c.right ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!));
      })
      .join("");
  // (without the header, nothing pads the last columns: no trailing blanks)
  const lines = header ? [line(columns.map((c) => c.header)), ...rows.map(line)] : rows.map((r) => line(r).trimEnd());
  return lines.map((l) => l + "\n").join("");
}

export const ssCommand: Command = {
  name: "ss",
  run(ctx: CommandContext): CommandResult {
    const flags = new Set<string>();
    // -4/-6 (--ipv4/--ipv6, -f inet/inet6): the last one given is the family; the emulator's
    // sockets are all IPv4
    let family: "inet" | "inet6" | undefined;
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const familyName = a === "-f" || a === "--family" ? args[++i] : a.startsWith("--family=") ? a.slice(9) : undefined;
      if (familyName !== undefined) {
        if (familyName !== "inet" && familyName !== "inet6") return { stdout: "", stderr: `ss: "${familyName}" is invalid family\n`, rc: 1 };
        family = familyName;
      } else if (a === "--ipv4") family = "inet";
      else if (a === "--ipv6") family = "inet6";
      else if (a === "--no-header") flags.add("H");
      else if (/^-[a-zA-Z46]+$/.test(a)) {
        for (const ch of a.slice(1)) {
          if (ch === "4") family = "inet";
          else if (ch === "6") family = "inet6";
          else flags.add(ch);
        }
      }
      else if (a === "--tcp") flags.add("t");
      else if (a === "--udp") flags.add("u");
      else if (a === "--listening") flags.add("l");
      else if (a === "--numeric") flags.add("n");
      else if (a === "--processes") flags.add("p");
      else if (a === "--all") flags.add("a");
      else return { stdout: "", stderr: `ss: invalid option -- '${a.replace(/^-+/, "")}'\n`, rc: 1 };
    }
    const ns = ctx.world.namespaces[ctx.netns];
    const wantTcp = flags.has("t") || !flags.has("u");
    const wantUdp = flags.has("u") || !flags.has("t");
    const listening = flags.has("l") || flags.has("a");
    const both = wantTcp && wantUdp;
    const listeners: Listener[] = ns && listening && family !== "inet6" ? [...socketsOf(ns).listeners] : [];
    const shown = listeners
      .filter((l) => (l.proto === "tcp" ? wantTcp : wantUdp))
      .sort((a, b) => (a.proto === b.proto ? a.port - b.port : a.proto === "udp" ? -1 : 1));
    const port = (l: Listener) => (flags.has("n") ? undefined : portToService(l.port, l.proto)) ?? String(l.port);
    const columns: Column[] = [
      ...(both ? [{ header: "Netid", ldelim: "" }] : []),
      { header: "State", ldelim: both ? " " : "" },
      { header: "Recv-Q", ldelim: " " },
      { header: "Send-Q", ldelim: " " },
      { header: "Local Address:", right: true, ldelim: " " },
      { header: "Port", ldelim: "" },
      { header: "Peer Address:", right: true, ldelim: " " },
      { header: "Port", ldelim: "" },
      { header: "Process", ldelim: "" },
    ];
    const rows = shown.map((l) => [
      ...(both ? [l.proto] : []),
      l.proto === "tcp" ? "LISTEN" : "UNCONN",
      "0",
      l.proto === "tcp" ? "64" : "0",
      `${l.addr === 0 ? "0.0.0.0" : formatIpv4(l.addr)}:`,
      port(l),
      "0.0.0.0:",
      "*",
      flags.has("p") ? ` users:(("${l.comm}",pid=${l.pid},fd=3))` : "",
    ]);
    // (a family without -t or -u also asks for socket kinds this kernel refuses to dump so)
    const stderr = family !== undefined && !flags.has("t") && !flags.has("u") ? "RTNETLINK answers: Invalid argument\n" : "";
    return { stdout: render(columns, rows, !flags.has("H")), stderr, rc: 0 };
  },
};
