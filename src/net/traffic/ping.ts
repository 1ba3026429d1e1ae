// `ping` (iputils 20221126, raw ICMP socket as root): what it prints for replies, ICMP
// errors, local errors and the statistics, with its exit codes.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { findLink, isLocalAddress, routeOutput } from "../packet-path-topology.js";
import { nextRandom } from "../random.js";
import { parseInetAton, resolveHost } from "./args.js";
import { strerror } from "./errno-text.js";
import { runPingLoop } from "./ping-loop.js";
import { KillSignal } from "../../shell/deadline.js";
import { parsePingArgs, type PingOptions } from "./ping-options.js";
import { formatPercentG, hostName } from "./ping-text.js";

/** The address ping talks to and where from, or the error that ends it before the first packet. */
interface PingSetup {
  dst: number;
  src: number;
  hostname: string;
  warning: string;
}

function resolveTarget(ctx: CommandContext, o: PingOptions, target: string): PingSetup | CommandResult {
  const literal = parseInetAton(target);
  if (o.family === 6 || target.includes(":")) {
    // No IPv6 ICMP in the emulator: an IPv4 name or address is the familiar refusal.
    return { stdout: "", stderr: `ping: ${target}: Address family for hostname not supported\n`, rc: 2 };
  }
  const dst = literal ?? resolveHost(ctx, target);
  if (dst === undefined) return { stdout: "", stderr: `ping: ${target}: Temporary failure in name resolution\n`, rc: 2 };
  if (literal !== undefined) o.numeric = true;
  let warning = "";
  if (o.device !== undefined && !findLink(ctx.world, ctx.netns, o.device)) {
    return { stdout: "", stderr: `ping: SO_BINDTODEVICE ${o.device}: No such device\n`, rc: 2 };
  }
  let src: number;
  if (o.source !== undefined) {
    const wanted = parseInetAton(o.source);
    if (wanted === undefined || !isLocalAddress(ctx.world, ctx.netns, wanted)) {
      return { stdout: "", stderr: "ping: bind: Cannot assign requested address\n", rc: 2 };
    }
    src = wanted;
  } else {
    // The source comes from connecting a UDP socket to the target (port 1025).
    const route = routeOutput(ctx.world, ctx.netns, { dst, proto: 17, dport: 1025, uid: 0, ...(o.device !== undefined ? { oif: o.device } : {}) });
    if (!route.ok) return { stdout: "", stderr: `ping: connect: ${strerror(route.errno)}\n`, rc: 2 };
    if (route.type === "broadcast") {
      if (!o.broadcast) return { stdout: "", stderr: "ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n", rc: 2 };
      // Hosts ignore broadcast echoes by default (icmp_echo_ignore_broadcasts): none answers.
      warning = "WARNING: pinging broadcast address\n";
    }
    src = route.src;
    if (o.device !== undefined && !deviceHasAddress(ctx, o.device, src)) {
      warning = `ping: Warning: source address might be selected on device other than: ${o.device}\n`;
    }
  }
  return { dst: dst === 0 ? src : dst, src, hostname: target, warning };
}

function deviceHasAddress(ctx: CommandContext, device: string, addr: number): boolean {
  const link = findLink(ctx.world, ctx.netns, device);
  const ns = ctx.world.namespaces[ctx.netns];
  return link !== undefined && (ns?.addrs.some((a) => a.ifindex === link.ifindex && a.addr === addr) ?? false);
}

export const pingCommand: Command = {
  name: "ping",
  run(ctx: CommandContext): CommandResult {
    const warnings: string[] = [];
    const parsed = parsePingArgs(ctx.argv.slice(1), warnings);
    if ("rc" in parsed) return { ...parsed, stderr: warnings.join("") + parsed.stderr };
    const o = parsed;
    const target = o.hosts[o.hosts.length - 1];
    if (target === undefined) return { stdout: "", stderr: warnings.join("") + "ping: usage error: Destination address required\n", rc: 1 };
    const setup = resolveTarget(ctx, o, target);
    if ("rc" in setup) return { ...setup, stderr: warnings.join("") + setup.stderr };
    const err = warnings.join("") + setup.warning;
    if (o.ttl === 0) return { stdout: "", stderr: err + "ping: cannot set unicast time-to-live: Invalid argument\n", rc: 2 };
    const name = (addr: number): string => (o.numeric ? formatIpv4(addr) : hostName(ctx, addr));
    const from = o.device !== undefined || o.source !== undefined ? `from ${formatIpv4(setup.src)} ${o.device ?? ""}: ` : "";
    // (the pattern is filled in, and shown, once the target is known)
    let out = o.pattern !== undefined && !o.quiet ? `PATTERN: 0x${o.pattern}\n` : "";
    out += `PING ${setup.hostname} (${formatIpv4(setup.dst)}) ${from}${o.dataLen}(${o.dataLen + 28}) bytes of data.\n`;
    const id = Math.floor(nextRandom(ctx.world) * 65536);
    const t = runPingLoop(ctx.world, ctx.netns, setup.dst, o, {
      src: setup.src,
      ...(o.device !== undefined ? { oif: o.device } : {}),
      ...(o.ttl !== undefined ? { ttl: o.ttl } : {}),
      ...(o.pmtudisc !== undefined ? { pmtudisc: o.pmtudisc } : {}),
    }, name, id);
    // Killed, ping loses its statistics; stdout was flushed with each answer (even under -q),
    // but with no answer at all the header still sits in the pipe's buffer and is lost.
    if (t.killed) throw new KillSignal(124, t.received + t.errors > 0 ? out + t.out : "", err + t.err);
    out += t.out;
    const { sent, received, errors, rtts } = t;
    const loss = sent ? `, ${formatPercentG(((sent - received) * 100) / sent)}% packet loss, time ${Math.max(0, Math.round((sent - 1) * o.intervalS * 1000 + (sent - 1)))}ms` : "";
    out += `\n--- ${setup.hostname} ping statistics ---\n`;
    out += `${sent} packets transmitted, ${received} received${errors ? `, +${errors} errors` : ""}${loss}\n`;
    let summary = "";
    if (received > 0 && o.dataLen >= 16) {
      const min = Math.min(...rtts);
      const max = Math.max(...rtts);
      const avg = rtts.reduce((a, b) => a + b, 0) / rtts.length;
      const mdev = Math.sqrt(rtts.reduce((a, b) => a + (b - avg) ** 2, 0) / rtts.length);
      summary = `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms`;
    }
    if (t.pipesize > 1) summary += `${summary ? ", " : ""}pipe ${t.pipesize}`;
    out += `${summary}\n`;
    // With -w, fewer replies than -c asked for is a failure too.
    const failed = received === 0 || (o.deadlineS !== undefined && o.count !== undefined && received < o.count);
    return { stdout: out, stderr: err + t.err, rc: failed ? 1 : 0 };
  },
};
