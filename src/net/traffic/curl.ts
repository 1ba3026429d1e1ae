// `curl` (7.88.1) against the emulated network: -s, -S, -m/--max-time, --connect-timeout,
// -v, -I, -o FILE. A `serve` listener answers with its JSON line, which curl shows as the body.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { parsePyFloat, resolveHost } from "./args.js";
import { strerror } from "./errno-text.js";
import { tcpConnect } from "./exchange.js";

interface Url {
  host: string;
  port: number;
  path: string;
}

function parseUrl(text: string): Url | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)/i.exec(text);
  if (!m) return undefined;
  const scheme = (m[1] ?? "http").toLowerCase();
  const port = m[3] !== undefined ? Number(m[3]) : scheme === "https" ? 443 : 80;
  if (port < 1 || port > 65535) return undefined;
  return { host: m[2]!, port, path: m[4] || "/" };
}

export const curlCommand: Command = {
  name: "curl",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let silent = false;
    let showError = false;
    let verbose = false;
    let head = false;
    let maxTime: number | undefined;
    let outFile: string | undefined;
    let target: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === "-s" || a === "--silent") silent = true;
      else if (a === "-S" || a === "--show-error") showError = true;
      else if (a === "-sS" || a === "-Ss") silent = showError = true;
      else if (a === "-v" || a === "--verbose") verbose = true;
      else if (a === "-I" || a === "--head") head = true;
      else if (a === "-m" || a === "--max-time" || a === "--connect-timeout") {
        const v = parsePyFloat(args[++i] ?? "");
        if (v === undefined) return { stdout: "", stderr: `curl: option ${a}: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, rc: 2 };
        maxTime = v;
      } else if (a === "-o" || a === "--output") outFile = args[++i];
      else if (a.startsWith("-") && a.length > 1) {
        return { stdout: "", stderr: `curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, rc: 2 };
      } else target = a;
    }
    const fail = (rc: number, text: string, verboseLog = ""): CommandResult => ({
      stdout: "",
      stderr: verboseLog + (!silent || showError ? `curl: (${rc}) ${text}\n` : ""),
      rc,
    });
    if (target === undefined) return { stdout: "", stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", rc: 2 };
    const url = parseUrl(target);
    if (!url) return fail(3, "URL using bad/illegal format or missing URL");
    const dst = resolveHost(ctx, url.host);
    if (dst === undefined) return fail(6, `Could not resolve host: ${url.host}`);
    const addr = formatIpv4(dst);
    let log = verbose ? `*   Trying ${addr}:${url.port}...\n` : "";
    const timeoutMs = (maxTime ?? 300) * 1000;
    const r = tcpConnect(ctx.world, ctx.netns, dst, url.port, { timeoutMs });
    if (r.kind === "timeout") return fail(28, `Connection timed out after ${Math.round(timeoutMs) + 1} milliseconds`, log);
    if (r.kind === "error") {
      return fail(r.errno === "ETIMEDOUT" ? 28 : 7, `Failed to connect to ${url.host} port ${url.port} after ${r.elapsedMs} ms: ${strerror(r.errno)}`, log);
    }
    if (verbose) {
      log += `* Connected to ${url.host} (${addr}) port ${url.port} (#0)\n`;
      log += `> ${head ? "HEAD" : "GET"} ${url.path} HTTP/1.1\n> Host: ${url.host}${url.port === 80 ? "" : `:${url.port}`}\n> User-Agent: curl/7.88.1\n> Accept: */*\n> \n`;
    }
    if (!r.received) return fail(52, "Empty reply from server", log);
    const body = head ? "" : r.received;
    if (verbose) log += `* Connection #0 to host ${url.host} left intact\n`;
    if (outFile !== undefined) {
      const e = ctx.fs.writeFile(outFile, body);
      if (e) return fail(23, `Failure writing output to destination`, log);
      return { stdout: "", stderr: log, rc: 0 };
    }
    return { stdout: body, stderr: log, rc: 0 };
  },
};
