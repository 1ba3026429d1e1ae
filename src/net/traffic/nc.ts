// `nc` (netcat-openbsd): -z (scan), -v, -w SECONDS, -u, -n. Without -z a TCP connection prints
// what the server sends (a `serve` listener's JSON line).
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { portToService } from "../../netfilter/names.js";
import { parsePyFloat, resolveHost } from "./args.js";
import { strerror } from "./errno-text.js";
import { tcpConnect, udpExchange } from "./exchange.js";

export const ncCommand: Command = {
  name: "nc",
  aliases: ["netcat"],
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let scan = false;
    let verbose = false;
    let udp = false;
    let waitS: number | undefined;
    const pos: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (/^-[zvun]+$/.test(a)) {
        scan ||= a.includes("z");
        verbose ||= a.includes("v");
        udp ||= a.includes("u");
      } else if (a === "-w") {
        const v = parsePyFloat(args[++i] ?? "");
        if (v === undefined) return { stdout: "", stderr: `nc: timeout invalid: ${args[i] ?? ""}\n`, rc: 1 };
        waitS = v;
      } else if (a.startsWith("-")) {
        return { stdout: "", stderr: `nc: invalid option -- '${a.slice(1, 2)}'\nusage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n`, rc: 1 };
      } else pos.push(a);
    }
    if (pos.length < 2) return { stdout: "", stderr: "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n", rc: 1 };
    const [host, portText] = pos as [string, string];
    const dst = resolveHost(ctx, host);
    if (dst === undefined) return { stdout: "", stderr: `nc: getaddrinfo for host "${host}" port ${portText}: Name or service not known\n`, rc: 1 };
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 1 || port > 65535) return { stdout: "", stderr: `nc: port number invalid: ${portText}\n`, rc: 1 };
    const proto = udp ? "udp" : "tcp";
    const service = portToService(port, proto) ?? "*";
    const ok = verbose ? `Connection to ${host} ${port} port [${proto}/${service}] succeeded!\n` : "";
    if (udp) {
      // A UDP "connection" always succeeds; a datagram is only sent without -z.
      if (scan) return { stdout: "", stderr: ok, rc: 0 };
      const r = udpExchange(ctx.world, ctx.netns, dst, port, ctx.stdin, { timeoutMs: (waitS ?? 1) * 1000 });
      return { stdout: r.kind === "replied" ? r.received : "", stderr: ok, rc: 0 };
    }
    const r = tcpConnect(ctx.world, ctx.netns, dst, port, { timeoutMs: (waitS ?? 130) * 1000 });
    if (r.kind === "timeout") return { stdout: "", stderr: verbose ? `nc: connect to ${host} port ${port} (tcp) timed out: Operation now in progress\n` : "", rc: 1 };
    if (r.kind === "error") return { stdout: "", stderr: verbose ? `nc: connect to ${host} port ${port} (tcp) failed: ${strerror(r.errno)}\n` : "", rc: 1 };
    return { stdout: scan ? "" : r.received, stderr: ok, rc: 0 };
  },
};
