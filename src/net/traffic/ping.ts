// `ping` (iputils 20221126, raw ICMP socket as root): what it prints for replies, ICMP
// errors, local errors and the statistics, with its exit codes.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { findLink, isLocalAddress, routeOutput } from "../packet-path-topology.js";
import { nextRandom } from "../random.js";
import { parseInetAton, resolveHost } from "./args.js";
import { strerror } from "./errno-text.js";
import { icmpEchoOnce } from "./exchange.js";
import { parsePingArgs, type PingOptions } from "./ping-options.js";
import { formatPercentG, hostName, icmpErrorText } from "./ping-text.js";

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
    let err = warnings.join("") + setup.warning;
    if (o.ttl === 0) return { stdout: "", stderr: err + "ping: cannot set unicast time-to-live: Invalid argument\n", rc: 2 };
    const name = (addr: number): string => (o.numeric ? formatIpv4(addr) : hostName(ctx, addr));
    const from = o.device !== undefined || o.source !== undefined ? `from ${formatIpv4(setup.src)} ${o.device ?? ""}: ` : "";
    let out = `PING ${setup.hostname} (${formatIpv4(setup.dst)}) ${from}${o.dataLen}(${o.dataLen + 28}) bytes of data.\n`;
    const id = Math.floor(nextRandom(ctx.world) * 65536);
    const timing = o.dataLen >= 16;
    // Without -c or -w real ping runs until interrupted; four echoes stand in for that.
    const count = o.count ?? (o.deadlineS === undefined ? 4 : Number.POSITIVE_INFINITY);
    const lingerMs = (o.waitS ?? 10) * 1000;
    const intervalMs = o.intervalS * 1000;
    const start = ctx.world.clock;
    const deadlineAt = o.deadlineS === undefined ? undefined : start + o.deadlineS * 1000;
    let sent = 0;
    let received = 0;
    let errors = 0;
    const rtts: number[] = [];
    for (let seq = 1; ; seq++) {
      if (received + errors >= count) break;
      if (deadlineAt !== undefined && errors > 0) break;
      if (o.deadlineS === undefined && sent >= count) break;
      // Echo n leaves at (n-1) intervals whatever became of the others; only the last one
      // is waited for the whole -W linger time (replies here take no time).
      const sendAt = start + (seq - 1) * intervalMs;
      if (ctx.world.clock < sendAt) ctx.world.clock = sendAt;
      if (deadlineAt !== undefined && ctx.world.clock >= deadlineAt) break;
      sent++;
      const last = o.deadlineS === undefined && sent >= count;
      let waitMs = last ? lingerMs : intervalMs;
      if (deadlineAt !== undefined) waitMs = Math.min(waitMs, deadlineAt - ctx.world.clock);
      const r = icmpEchoOnce(ctx.world, ctx.netns, setup.dst, id, seq, o.dataLen, {
        timeoutMs: waitMs,
        src: setup.src,
        ...(o.device !== undefined ? { oif: o.device } : {}),
        ...(o.ttl !== undefined ? { ttl: o.ttl } : {}),
        ...(o.pmtudisc !== undefined ? { pmtudisc: o.pmtudisc } : {}),
      });
      if (r.kind === "local-error") {
        // EMSGSIZE is queued on the socket's error queue: ping reports and counts it (not with -q).
        if (!o.quiet) {
          errors++;
          err += `ping: local error: message too long, mtu=${r.mtu}\n`;
        }
      } else if (r.kind === "replied") {
        received++;
        const rtt = 0.04 + ((seq * 7) % 5) / 1000;
        rtts.push(rtt);
        if (!o.quiet) out += `${o.dataLen + 8} bytes from ${name(r.from)}: icmp_seq=${seq} ttl=${r.ttl}${timing ? ` time=${rtt.toFixed(3)} ms` : ""}\n`;
      } else if (r.kind === "icmp-error") {
        errors++;
        if (!o.quiet) out += `From ${name(r.from)} icmp_seq=${seq} ${icmpErrorText(r.type, r.code, r.mtu)}\n`;
      }
      else if (r.kind === "error" && r.icmp) {
        // sendto failed but the error queue already holds the ICMP error (a REJECT in OUTPUT):
        // ping prints both. With nothing queued (DROP, no route) it prints nothing at all.
        errors++;
        if (!o.quiet) {
          out += `From ${name(r.icmp.from)} icmp_seq=${seq} ${icmpErrorText(r.icmp.type, r.icmp.code, r.icmp.mtu)}\n`;
          err += `ping: sendmsg: ${strerror(r.errno)}\n`;
        }
      }
    }
    const loss = sent ? `, ${formatPercentG(((sent - received) * 100) / sent)}% packet loss, time ${Math.max(0, Math.round((sent - 1) * o.intervalS * 1000 + (sent - 1)))}ms` : "";
    out += `\n--- ${setup.hostname} ping statistics ---\n`;
    out += `${sent} packets transmitted, ${received} received${errors ? `, +${errors} errors` : ""}${loss}\n`;
    if (received > 0 && timing) {
      const min = Math.min(...rtts);
      const max = Math.max(...rtts);
      const avg = rtts.reduce((a, b) => a + b, 0) / rtts.length;
      const mdev = Math.sqrt(rtts.reduce((a, b) => a + (b - avg) ** 2, 0) / rtts.length);
      out += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`;
    } else out += "\n";
    const failed = received === 0 || (o.deadlineS !== undefined && received < count);
    return { stdout: out, stderr: err, rc: failed ? 1 : 0 };
  },
};
