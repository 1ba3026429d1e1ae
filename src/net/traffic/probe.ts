// `probe tcp|udp|icmp DST [PORT] [--timeout S]`: the oracle's traffic helper. Prints one JSON
// line and exits 0; exit 2 only for bad usage (same words as the script).
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { pyJsonObject } from "../packet-path-packets.js";
import { parseInetAton, parsePyInt, parsePyFloat, resolveHost } from "./args.js";
import { runProbe, type ProbeProto } from "./probe-run.js";

const USAGE = "usage: probe tcp|udp|icmp DST [PORT] [--timeout SECONDS]\n";

function usage(): CommandResult {
  return { stdout: "", stderr: USAGE, rc: 2 };
}

export const probeCommand: Command = {
  name: "probe",
  run(ctx: CommandContext): CommandResult {
    const argv = ctx.argv.slice(1);
    let timeout = 0.5;
    const pos: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      let a = argv[i]!;
      if (a === "--timeout") {
        if (i + 1 >= argv.length) return usage();
        a = "--timeout=" + argv[i + 1];
        i++;
      }
      if (a.startsWith("--timeout=")) {
        const t = parsePyFloat(a.slice(a.indexOf("=") + 1));
        if (t === undefined) return usage();
        timeout = t;
      } else pos.push(a);
    }
    const proto = pos[0];
    if (proto !== "tcp" && proto !== "udp" && proto !== "icmp") return usage();
    const timeoutMs = Math.max(0, timeout * 1000);
    let fields: [string, string][];
    if (proto === "icmp") {
      if (pos.length !== 2) return usage();
      const addr = resolveHost(ctx, pos[1]!);
      fields =
        addr === undefined
          ? [
              ["result", "error"],
              ["errno", "EINVAL"],
            ]
          : runProbe(ctx.world, ctx.netns, proto as ProbeProto, addr, 0, { timeoutMs });
    } else {
      if (pos.length !== 3) return usage();
      const port = parsePyInt(pos[2]!);
      if (port === undefined || port <= 0 || port >= 65536) return usage();
      const addr = parseInetAton(pos[1]!);
      if (addr === undefined) return usage();
      fields = runProbe(ctx.world, ctx.netns, proto, addr, port, { timeoutMs });
    }
    return { stdout: pyJsonObject(fields) + "\n", stderr: "", rc: 0 };
  },
};

