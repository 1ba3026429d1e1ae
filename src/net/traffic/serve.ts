// `serve tcp|udp PORT [--name NAME]`: bind 0.0.0.0:PORT in the current namespace; every TCP
// connection or UDP datagram is answered with one JSON line (see sockets-stack.ts).
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { bindListener } from "../sockets.js";
import { sysctlSet } from "../sysctl.js";
import { parsePyInt } from "./args.js";

const USAGE = "usage: serve tcp|udp PORT [--name NAME]\n";

function usage(): CommandResult {
  return { stdout: "", stderr: USAGE, rc: 2 };
}

export const serveCommand: Command = {
  name: "serve",
  run(ctx: CommandContext): CommandResult {
    const argv = ctx.argv.slice(1);
    let name: string | undefined;
    const pos: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === "--name") {
        if (i + 1 >= argv.length) return usage();
        name = argv[i + 1];
        i++;
      } else if (a.startsWith("--name=")) name = a.slice(7);
      else pos.push(a);
    }
    const proto = pos[0];
    if (pos.length !== 2 || (proto !== "tcp" && proto !== "udp")) return usage();
    const port = parsePyInt(pos[1]!);
    if (port === undefined || port <= 0 || port >= 65536) return usage();
    const ns = ctx.world.namespaces[ctx.netns];
    if (!ns) return { stdout: "", stderr: `serve: ${proto} port ${port}: Invalid argument\n`, rc: 1 };
    name ??= ctx.netns === "" ? "server" : ctx.netns;
    // A SYN-ACK lost on the way back is never retransmitted (the script sets this too).
    if (proto === "tcp") sysctlSet(ctx.world, ctx.netns, "net.ipv4.tcp_synack_retries", "0");
    const bound = bindListener(ns, { proto, addr: 0, port, name, comm: "serve", program: "python3" });
    if (typeof bound === "string") return { stdout: "", stderr: `serve: ${proto} port ${port}: ${bound}\n`, rc: 1 };
    return { stdout: "", stderr: "", rc: 0 };
  },
};
