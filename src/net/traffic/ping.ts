// `ping` (iputils 20221126): -c COUNT, -W SECONDS, -i INTERVAL, -q, -I IFACE|ADDR, -t TTL.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { nextRandom } from "../random.js";
import { parsePyFloat, resolveHost } from "./args.js";
import { strerror } from "./errno-text.js";
import { icmpEchoOnce } from "./exchange.js";

const UNREACH: Record<number, string> = {
  0: "Destination Net Unreachable",
  1: "Destination Host Unreachable",
  2: "Destination Protocol Unreachable",
  3: "Destination Port Unreachable",
  4: "Frag needed and DF set",
  5: "Source Route Failed",
  6: "Destination Net Unknown",
  7: "Destination Host Unknown",
  9: "Destination Net Prohibited",
  10: "Destination Host Prohibited",
  13: "Packet filtered",
};

function usageError(text: string): CommandResult {
  return { stdout: "", stderr: `ping: ${text}\n`, rc: 2 };
}

export const pingCommand: Command = {
  name: "ping",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let count = 4;
    let waitS: number | undefined;
    let intervalS = 1;
    let quiet = false;
    let ttl: number | undefined;
    let host: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const val = (): string | undefined => (a.length > 2 ? a.slice(2) : args[++i]);
      if (a.startsWith("-c")) {
        const v = Number(val());
        if (!Number.isInteger(v) || v <= 0) return usageError(`invalid argument: '${args[i] ?? ""}': out of range: 1 <= value <= 9223372036854775807`);
        count = v;
      } else if (a.startsWith("-W")) {
        const v = parsePyFloat(val() ?? "");
        if (v === undefined || v < 0) return usageError(`bad linger time: ${args[i] ?? ""}`);
        waitS = v;
      } else if (a.startsWith("-i")) {
        const v = parsePyFloat(val() ?? "");
        if (v === undefined || v < 0) return usageError(`bad timing interval: ${args[i] ?? ""}`);
        intervalS = v;
      } else if (a.startsWith("-t")) ttl = Number(val());
      else if (a.startsWith("-I")) val();
      else if (a === "-q") quiet = true;
      else if (a === "-n") continue;
      else if (a.startsWith("-") && a !== "-") return usageError(`invalid option -- '${a.slice(1, 2)}'`);
      else host = a;
    }
    if (host === undefined) return { stdout: "", stderr: "ping: usage error: Destination address required\n", rc: 1 };
    const dst = resolveHost(ctx, host);
    if (dst === undefined) return usageError(`${host}: Name or service not known`);
    const shown = formatIpv4(dst);
    const id = Math.floor(nextRandom(ctx.world) * 65536);
    let out = `PING ${host} (${shown}) 56(84) bytes of data.\n`;
    let err = "";
    let received = 0;
    let errors = 0;
    const rtts: number[] = [];
    const timeoutMs = (waitS ?? 10) * 1000;
    for (let seq = 1; seq <= count; seq++) {
      if (seq > 1) ctx.world.clock += intervalS * 1000;
      const r = icmpEchoOnce(ctx.world, ctx.netns, dst, id, seq, 56, { timeoutMs, ...(ttl !== undefined ? { ttl } : {}) });
      if (r.kind === "error") {
        if (seq === 1 && r.errno !== "EPERM") return { stdout: "", stderr: `ping: connect: ${strerror(r.errno)}\n`, rc: 2 };
        err += `ping: sendmsg: ${strerror(r.errno)}\n`;
      } else if (r.kind === "replied") {
        received++;
        const rtt = 0.04 + ((seq * 7) % 5) / 1000;
        rtts.push(rtt);
        if (!quiet) out += `64 bytes from ${formatIpv4(r.from)}: icmp_seq=${seq} ttl=${r.ttl} time=${rtt.toFixed(3)} ms\n`;
      } else if (r.kind === "icmp-error") {
        errors++;
        const text = r.type === 11 ? "Time to live exceeded" : (UNREACH[r.code] ?? `Dest Unreachable, Bad Code: ${r.code}`);
        if (!quiet) out += `From ${formatIpv4(r.from)} icmp_seq=${seq} ${text}\n`;
      }
    }
    const loss = Math.round(((count - received) / count) * 100);
    const elapsed = Math.max(0, Math.round((count - 1) * intervalS * 1000 + (count - 1)));
    out += `\n--- ${host} ping statistics ---\n`;
    out += `${count} packets transmitted, ${received} received, ${errors ? `+${errors} errors, ` : ""}${loss}% packet loss, time ${elapsed}ms\n`;
    if (received > 0) {
      const min = Math.min(...rtts);
      const max = Math.max(...rtts);
      const avg = rtts.reduce((a, b) => a + b, 0) / rtts.length;
      const mdev = Math.sqrt(rtts.reduce((a, b) => a + (b - avg) ** 2, 0) / rtts.length);
      out += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`;
    } else out += "\n";
    return { stdout: out, stderr: err, rc: received > 0 ? 0 : 1 };
  },
};
