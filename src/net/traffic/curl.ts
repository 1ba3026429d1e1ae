// `curl` (7.88.1) against the emulated network: -s, -S, -v, -I, -o FILE, -m/--max-time,
// --connect-timeout (0: no limit), -4/-6, --http0.9 (short flags may be bundled: -sSv). A `serve` listener
// answers one line that is not HTTP, so curl refuses it as HTTP/0.9 unless --http0.9 allows it.
// Every address of the host is tried in turn (localhost: 127.0.0.1, then ::1).
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { deadlineOf, KillSignal } from "../../shell/deadline.js";
import { parsePyFloat } from "./args.js";
import { addrText, addrWithPort, curlAddresses, parseCurlUrl, type CurlAddr } from "./curl-url.js";
import { strerror } from "./errno-text.js";
import { tcpConnect, type TcpOutcome } from "./exchange.js";
import { mappedIpv4 } from "./inet-target.js";
import { tcp6Connect } from "./tcp6-connect.js";

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  head: boolean;
  http09: boolean;
  family?: 4 | 6;
  maxTime?: number;
  connectTimeout?: number;
  outFile?: string;
  target?: string;
}

const METER_HEAD =
  "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
  "                                 Dload  Upload   Total   Spent    Left  Speed\n";
const METER_ZERO = "  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";
const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";
const usage = (text: string): CommandResult => ({ stdout: "", stderr: `curl: ${text}\n${TRY_HELP}`, rc: 2 });

const FLAGS: Record<string, (o: CurlOptions) => void> = {
  s: (o) => (o.silent = true), S: (o) => (o.showError = true), v: (o) => (o.verbose = true),
  I: (o) => (o.head = true), "4": (o) => (o.family = 4), "6": (o) => (o.family = 6),
};
const LONG_FLAGS: Record<string, string> = {
  "--silent": "s", "--show-error": "S", "--verbose": "v", "--head": "I", "--ipv4": "4", "--ipv6": "6",
};

/** The options, or the usage error curl stops with. */
function readOptions(args: string[]): CurlOptions | CommandResult {
  const o: CurlOptions = { silent: false, showError: false, verbose: false, head: false, http09: false };
  const value = (name: string, text: string | undefined): CommandResult | undefined => {
    const shown = name.length === 1 ? `-${name}` : name;
    if (text === undefined) return usage(`option ${shown}: requires parameter`);
    if (name === "o") {
      o.outFile = text;
      return undefined;
    }
    const v = parsePyFloat(text);
    if (v === undefined) return usage(`option ${shown}: expected a proper numerical parameter`);
    if (v < 0) return usage(`option ${shown}: expected a positive numerical parameter`);
    // 0 is "no limit" for both
    if (name === "--connect-timeout") o.connectTimeout = v || undefined;
    else o.maxTime = v || undefined;
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--http0.9") o.http09 = true;
    else if (Object.hasOwn(LONG_FLAGS, a)) FLAGS[LONG_FLAGS[a]!]!(o);
    else if (a === "--max-time" || a === "--connect-timeout" || a === "--output") {
      const bad = value(a === "--output" ? "o" : a, args[++i]);
      if (bad) return bad;
    } else if (a.startsWith("-") && !a.startsWith("--") && a.length > 1) {
      // a bundle of one-letter options; one that takes a value ends it
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (FLAGS[c]) FLAGS[c]!(o);
        else if (c === "m" || c === "o") {
          const bad = value(c, j + 1 < a.length ? a.slice(j + 1) : args[++i]);
          if (bad) return bad;
          break;
        } else return usage(`option ${a}: is unknown`);
      }
    } else if (a.startsWith("-") && a.length > 1) return usage(`option ${a}: is unknown`);
    else o.target = a;
  }
  return o;
}

function connect(ctx: CommandContext, a: CurlAddr, port: number, timeoutMs: number): TcpOutcome {
  if (a.family === 4) return tcpConnect(ctx.world, ctx.netns, a.addr, port, { timeoutMs });
  const v4 = mappedIpv4(a.addr);
  if (v4 !== undefined) return tcpConnect(ctx.world, ctx.netns, v4, port, { timeoutMs });
  return tcp6Connect(ctx.world, ctx.netns, a.addr, port, { timeoutMs });
}

export const curlCommand: Command = {
  name: "curl",
  run(ctx: CommandContext): CommandResult {
    const o = readOptions(ctx.argv.slice(1));
    if ("rc" in o) return o;
    let log = "";
    const fail = (rc: number, text: string): CommandResult => {
      // the progress meter (not silent) frames a quick failure: one line before, one after
      const meter = !o.silent && (rc === 1 || rc === 7);
      const framed = meter ? `${METER_HEAD}\r${METER_ZERO}${log}\r${METER_ZERO}\n` : log;
      const closing = o.verbose ? "* Closing connection 0\n" : "";
      return { stdout: "", stderr: framed + closing + (!o.silent || o.showError ? `curl: (${rc}) ${text}\n` : ""), rc };
    };
    if (o.target === undefined) return { stdout: "", stderr: `curl: no URL specified!\n${TRY_HELP}`, rc: 2 };
    const parsed = parseCurlUrl(o.target);
    if ("rc" in parsed) return { stdout: "", stderr: !o.silent || o.showError ? `curl: (${parsed.rc}) ${parsed.text}\n` : "", rc: parsed.rc };
    const url = parsed.url;
    const all = curlAddresses(ctx, url.host);
    if (all === undefined) return fail(6, `Could not resolve host: ${url.host}`);
    const addrs = all.filter((a) => o.family === undefined || a.family === o.family);
    if (addrs.length === 0) return fail(7, "Couldn't connect to server");
    // -m bounds the whole transfer, --connect-timeout (default 300 s) the connect; the oracle's
    // harness kills a command that is still waiting after its deadline (124).
    const maxMs = o.maxTime === undefined ? Infinity : o.maxTime * 1000;
    const connectMs = o.connectTimeout === undefined ? 300_000 : o.connectTimeout * 1000;
    const timeoutMs = Math.min(maxMs, connectMs);
    const deadline = deadlineOf(ctx.world);
    const killMs = deadline === undefined ? Infinity : Math.max(0, deadline - ctx.world.clock);
    let connected: { addr: CurlAddr; received: string } | undefined;
    let elapsed = 0;
    for (const a of addrs) {
      if (o.verbose) log += `*   Trying ${addrWithPort(a, url.port)}...\n`;
      const r = connect(ctx, a, url.port, Math.min(timeoutMs, killMs));
      if (r.kind === "timeout" && killMs < timeoutMs) throw new KillSignal(124, "", log);
      if (r.kind === "timeout") {
        const text = connectMs < maxMs
          ? `Failed to connect to ${url.host} port ${url.port} after ${Math.round(timeoutMs) + 1} ms: Timeout was reached`
          : `Connection timed out after ${Math.round(timeoutMs) + 1} milliseconds`;
        if (o.verbose) log += `* ${text}\n`;
        return fail(28, text);
      }
      if (r.kind === "connected") {
        connected = { addr: a, received: r.received };
        break;
      }
      if (r.errno === "ETIMEDOUT") return fail(28, `Failed to connect to ${url.host} port ${url.port} after ${r.elapsedMs} ms: Connection timed out`);
      elapsed += r.elapsedMs;
      if (o.verbose) {
        log += r.immediate
          ? `* Immediate connect fail for ${addrText(a)}: ${strerror(r.errno)}\n`
          : `* connect to ${addrText(a)} port ${url.port} failed: ${strerror(r.errno)}\n`;
      }
    }
    if (!connected) {
      const text = `Failed to connect to ${url.host} port ${url.port} after ${elapsed} ms: Couldn't connect to server`;
      if (o.verbose) log += `* ${text}\n`;
      return fail(7, text);
    }
    if (o.verbose) {
      log += `* Connected to ${url.host} (${addrText(connected.addr)}) port ${url.port} (#0)\n`;
      // the request as sent, CRLF line ends included
      const host = `${url.hostHeader}${url.port === 80 ? "" : `:${url.port}`}`;
      log += `> ${o.head ? "HEAD" : "GET"} ${url.path} HTTP/1.1\r\n> Host: ${host}\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n`;
    }
    if (!connected.received) {
      if (o.verbose) log += "* Empty reply from server\n";
      return fail(52, "Empty reply from server");
    }
    if (!o.http09) {
      if (o.verbose) log += "* Received HTTP/0.9 when not allowed\n";
      return fail(1, "Received HTTP/0.9 when not allowed");
    }
    const body = o.head ? "" : connected.received;
    if (o.verbose) log += `{ [${Buffer.byteLength(body)} bytes data]\n* Closing connection 0\n`;
    if (o.outFile !== undefined) {
      if (ctx.fs.writeFile(o.outFile, body)) return fail(23, "Failure writing output to destination");
      return { stdout: "", stderr: log, rc: 0 };
    }
    return { stdout: body, stderr: log, rc: 0 };
  },
};
