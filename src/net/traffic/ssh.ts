// `ssh [-p PORT] [-o ConnectTimeout=N] [-4|-6] [user@]host [command]`: the connection test part
// of ssh. There is no sshd in the emulated world, so a connection that opens is reported as
// closed by the peer. IPv6 literals (a %zone allowed) connect over IPv6. Without a command (and
// without -T/-N) ssh asks for a terminal it cannot have: stdin is never one here.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { parseIpv6 } from "../../netfilter/ipv6.js";
import { resolveHost } from "./args.js";
import { mappedIpv4 } from "./curl-url.js";
import { strerror } from "./errno-text.js";
import { tcpConnect, type TcpOutcome } from "./exchange.js";
import { tcp6Connect } from "./tcp6-connect.js";

// ssh's log lines end in CR LF (log.c writes "\r\n" to stderr); only the usage text does not.
const NO_TTY = "Pseudo-terminal will not be allocated because stdin is not a terminal.\r\n";

export const sshCommand: Command = {
  name: "ssh",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let port = 22;
    let timeoutS = 130;
    let target: string | undefined;
    let wantsTty = true;
    let family: "4" | "6" | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (target !== undefined) {
        wantsTty = false; // the rest is the remote command
        break;
      }
      if (a === "-p") port = Number(args[++i]);
      else if (a === "-o") {
        const m = /^ConnectTimeout=(\d+)$/i.exec(args[++i] ?? "");
        if (m) timeoutS = Number(m[1]);
      } else if (/^-[46AaCfGgKkMNnqsTtVvXxYy]+$/.test(a)) {
        if (/[TN]/.test(a)) wantsTty = false;
        const fam = /[46](?=[^46]*$)/.exec(a);
        if (fam) family = fam[0] as "4" | "6";
      } else if (a.startsWith("-")) i++;
      else target = a;
    }
    if (target === undefined) {
      return { stdout: "", stderr: "usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n           [-O ctl_cmd] [-o option] [-p port] [-Q query_option] [-R address]\n           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n           destination [command [argument ...]]\n", rc: 255 };
    }
    const host = target.includes("@") ? target.slice(target.indexOf("@") + 1) : target;
    const tty = wantsTty ? NO_TTY : "";
    const fail = (text: string): CommandResult => ({ stdout: "", stderr: `${tty}ssh: ${text}\r\n`, rc: 255 });
    const v6 = parseIpv6(host.replace(/%[^%]*$/, ""));
    const v4 = v6 ? undefined : resolveHost(ctx, host);
    if ((v6 && family === "4") || (v4 !== undefined && /^[\d.]+$/.test(host) && family === "6")) {
      return fail(`Could not resolve hostname ${host}: Address family for hostname not supported`);
    }
    if (!v6 && v4 === undefined) return fail(`Could not resolve hostname ${host}: Name or service not known`);
    const opts = { timeoutMs: timeoutS * 1000 };
    const mapped = v6 ? mappedIpv4(v6) : undefined;
    let r: TcpOutcome;
    if (v6 && mapped === undefined) r = tcp6Connect(ctx.world, ctx.netns, v6, port, opts);
    else r = tcpConnect(ctx.world, ctx.netns, v4 ?? mapped!, port, opts);
    if (r.kind === "timeout") return fail(`connect to host ${host} port ${port}: Connection timed out`);
    if (r.kind === "error") return fail(`connect to host ${host} port ${port}: ${strerror(r.errno)}`);
    return {
      stdout: "",
      stderr: `${tty}kex_exchange_identification: Connection closed by remote host\r\nConnection closed by ${host} port ${port}\r\n`,
      rc: 255,
    };
  },
};
