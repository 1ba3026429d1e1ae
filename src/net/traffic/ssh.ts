// `ssh [-p PORT] [-o ConnectTimeout=N] [user@]host`: the connection test part of ssh. There is
// no sshd in the emulated world, so a connection that opens is reported as closed by the peer.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { resolveHost } from "./args.js";
import { strerror } from "./errno-text.js";
import { tcpConnect } from "./exchange.js";

export const sshCommand: Command = {
  name: "ssh",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let port = 22;
    let timeoutS = 130;
    let target: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === "-p") port = Number(args[++i]);
      else if (a === "-o") {
        const m = /^ConnectTimeout=(\d+)$/i.exec(args[++i] ?? "");
        if (m) timeoutS = Number(m[1]);
      } else if (/^-[46AaCfGgKkMNnqsTtVvXxYy]+$/.test(a)) continue;
      else if (a.startsWith("-")) i++;
      else if (target === undefined) target = a;
    }
    if (target === undefined) {
      return { stdout: "", stderr: "usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n           [-O ctl_cmd] [-o option] [-p port] [-Q query_option] [-R address]\n           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n           destination [command [argument ...]]\n", rc: 255 };
    }
    const host = target.includes("@") ? target.slice(target.indexOf("@") + 1) : target;
    const dst = resolveHost(ctx, host);
    if (dst === undefined) return { stdout: "", stderr: `ssh: Could not resolve hostname ${host}: Name or service not known\n`, rc: 255 };
    const r = tcpConnect(ctx.world, ctx.netns, dst, port, { timeoutMs: timeoutS * 1000 });
    if (r.kind === "timeout") return { stdout: "", stderr: `ssh: connect to host ${host} port ${port}: Connection timed out\n`, rc: 255 };
    if (r.kind === "error") return { stdout: "", stderr: `ssh: connect to host ${host} port ${port}: ${strerror(r.errno)}\n`, rc: 255 };
    return {
      stdout: "",
      stderr: `kex_exchange_identification: Connection closed by remote host\nConnection closed by ${host} port ${port}\n`,
      rc: 255,
    };
  },
};
