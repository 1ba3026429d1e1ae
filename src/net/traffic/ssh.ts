// `ssh [-p PORT] [-o ConnectTimeout=N] [-4|-6] [user@]host [command]`: the connection test part
// of ssh. There is no sshd in the emulated world, so a connection that opens is reported as
// closed by the peer. IPv6 literals (a %zone allowed) connect over IPv6. Without a command (and
// without -T/-N) ssh asks for a terminal it cannot have: stdin is never one here.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { serviceToPort } from "../../netfilter/names.js";
import { strerror } from "./errno-text.js";
import { tcpConnect, type TcpOutcome } from "./exchange.js";
import { inetTarget, RESOLVE_ERROR_TEXT } from "./inet-target.js";
import { tcp6Connect } from "./tcp6-connect.js";

// ssh's log lines end in CR LF (log.c writes "\r\n" to stderr); only the usage text does not.
const NO_TTY = "Pseudo-terminal will not be allocated because stdin is not a terminal.\r\n";

/** misc.c a2port: a number 1-65535 (strtonum), else a tcp service name; undefined is bad. */
function a2port(text: string): number | undefined {
  if (/^\s*[+-]?\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 65535 ? n : undefined;
  }
  return serviceToPort(text, "tcp") || undefined;
}

export const sshCommand: Command = {
  name: "ssh",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let port: number | undefined;
    let timeoutS = 130;
    // Without ConnectTimeout ssh connects blocking; with it, non-blocking and poll()
    let blocking = true;
    let target: string | undefined;
    let wantsTty = true;
    let family: "4" | "6" | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (target !== undefined) {
        wantsTty = false; // the rest is the remote command
        break;
      }
      if (a === "-p" || /^-p./.test(a)) {
        const text = a === "-p" ? args[++i] ?? "" : a.slice(2);
        if (port !== undefined) continue; // the first -p holds; later ones are not even read
        const p = a2port(text);
        // a bad port stops ssh before anything else is read
        if (p === undefined) return { stdout: "", stderr: `Bad port '${text}'\n`, rc: 255 };
        port = p;
      }
      else if (a === "-o") {
        const m = /^ConnectTimeout=(\d+)$/i.exec(args[++i] ?? "");
        if (m) {
          timeoutS = Number(m[1]);
          blocking = false;
        }
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
    const typed = target.includes("@") ? target.slice(target.indexOf("@") + 1) : target;
    const tty = wantsTty ? NO_TTY : "";
    const fail = (text: string): CommandResult => ({ stdout: "", stderr: `${tty}ssh: ${text}\r\n`, rc: 255 });
    const dst = inetTarget(ctx, typed, family === undefined ? undefined : family === "4" ? 4 : 6);
    if ("error" in dst) return fail(`Could not resolve hostname ${typed}: ${RESOLVE_ERROR_TEXT[dst.error]}`);
    // ssh names an address literal by the address it resolved to (-4 ::ffff:127.0.0.1 is 127.0.0.1)
    const host = dst.numeric ?? typed;
    port ??= 22;
    const opts = { timeoutMs: timeoutS * 1000, blocking };
    const r: TcpOutcome = dst.family === 6
      ? tcp6Connect(ctx.world, ctx.netns, dst.addr, port, opts)
      : tcpConnect(ctx.world, ctx.netns, dst.addr, port, opts);
    if (r.kind === "timeout") return fail(`connect to host ${host} port ${port}: Connection timed out`);
    if (r.kind === "error") return fail(`connect to host ${host} port ${port}: ${strerror(r.errno)}`);
    return {
      stdout: "",
      stderr: `${tty}kex_exchange_identification: Connection closed by remote host\r\nConnection closed by ${host} port ${port}\r\n`,
      rc: 255,
    };
  },
};
