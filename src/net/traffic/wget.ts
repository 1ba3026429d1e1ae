// GNU Wget 1.21.3 against the emulated network: -q, -O FILE/-O -, -S, -t/--tries, -T/--timeout,
// --connect-timeout, -nv, --spider. A `serve` listener answers its JSON line with no status line,
// which wget takes as HTTP/0.9; serve closes the connection 3 s later, when wget is done.
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { deadlineOf, KillSignal } from "../../shell/deadline.js";
import { wallClockMs } from "../wall-clock.js";
import { parsePyFloat } from "./args.js";
import { strerror } from "./errno-text.js";
import { tcpConnect } from "./exchange.js";
import { inetTarget, RESOLVE_ERROR_TEXT } from "./inet-target.js";
import { tcp6Connect } from "./tcp6-connect.js";
import { parseIpv6, type Ipv6 } from "../../netfilter/ipv6.js";

/** serve waits up to 3 s for the client to go away before it closes. */
const SERVE_CLOSE_MS = 3000;

interface Options {
  quiet: boolean; noVerbose: boolean; serverResponse: boolean; spider: boolean;
  output?: string; tries: number; connectTimeout?: number; urls: string[];
  /** -P: where downloads are saved; -o/-a: the log goes to this file instead of stderr. */
  prefix?: string; logFile?: { path: string; append: boolean };
  /** -4/-6 (--inet4-only/--inet6-only): the one address family to use. */
  family?: 4 | 6;
}

const USAGE_TAIL = "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n";

function parseArgs(argv: string[]): Options | CommandResult {
  const o: Options = { quiet: false, noVerbose: false, serverResponse: false, spider: false, tries: 20, urls: [] };
  const bad = (text: string): CommandResult => ({ stdout: "", stderr: `wget: ${text}\n${USAGE_TAIL}`, rc: 2 });
  const number = (name: string, value: string): number | CommandResult => {
    const n = parsePyFloat(value);
    return n === undefined || n < 0 ? { stdout: "", stderr: `wget: ${name}: Invalid time period '${value}'\n`, rc: 2 } : n;
  };
  const longWithArg = ["output-document", "tries", "timeout", "connect-timeout", "read-timeout", "dns-timeout", "wait", "waitretry", "user-agent", "header", "directory-prefix", "output-file", "append-output"];
  const longFlags = ["inet4-only", "inet6-only", "quiet", "no-verbose", "verbose", "server-response", "spider", "no-check-certificate", "retry-connrefused", "no-clobber", "continue", "no-proxy"];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (longWithArg.includes(name)) {
        const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
        if (value === undefined) return bad(`option '--${name}' requires an argument`);
        if (name === "output-document") o.output = value;
        else if (name === "directory-prefix") o.prefix = value;
        else if (name === "output-file" || name === "append-output") o.logFile = { path: value, append: name === "append-output" };
        else if (name === "tries") {
          if (!/^\d+$/.test(value)) return { stdout: "", stderr: `wget: --tries: Invalid number '${value}'.\n`, rc: 2 };
          o.tries = Number(value) === 0 ? Infinity : Number(value);
        } else if (name === "timeout" || name === "connect-timeout") {
          const n = number(`--${name}`, value);
          if (typeof n !== "number") return n;
          o.connectTimeout = n === 0 ? undefined : n;
        }
        continue;
      }
      if (name === "version") return { stdout: "GNU Wget 1.21.3 built on linux-gnu.\n", stderr: "", rc: 0 };
      if (!longFlags.includes(name)) return bad(`unrecognized option '${a}'`);
      if (name === "inet4-only" || name === "inet6-only") o.family = name === "inet4-only" ? 4 : 6;
      else if (name === "quiet") o.quiet = true;
      else if (name === "no-verbose") o.noVerbose = true;
      else if (name === "verbose") o.quiet = o.noVerbose = false;
      else if (name === "server-response") o.serverResponse = true;
      else if (name === "spider") o.spider = true;
      continue;
    }
    if (a === "-nv") { o.noVerbose = true; continue; }
    if (!a.startsWith("-") || a === "-") { o.urls.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if ("qSv46".includes(c)) {
        if (c === "4" || c === "6") o.family = c === "4" ? 4 : 6;
        else if (c === "q") o.quiet = true;
        else if (c === "S") o.serverResponse = true;
        else o.quiet = o.noVerbose = false;
      } else if ("OtTPoaU".includes(c)) {
        const value = a.slice(j + 1) || argv[++i];
        if (value === undefined) return bad(`option requires an argument -- '${c}'`);
        if (c === "O") o.output = value;
        else if (c === "P") o.prefix = value;
        else if (c === "o" || c === "a") o.logFile = { path: value, append: c === "a" };
        else if (c === "U") continue;
        else if (c === "t") {
          if (!/^\d+$/.test(value)) return { stdout: "", stderr: `wget: --tries: Invalid number '${value}'.\n`, rc: 2 };
          o.tries = Number(value) === 0 ? Infinity : Number(value);
        } else {
          const n = number("--timeout", value);
          if (typeof n !== "number") return n;
          o.connectTimeout = n === 0 ? undefined : n;
        }
        break;
      } else return bad(`invalid option -- '${c}'`);
    }
  }
  return o;
}

/** `v6`: the host was an [IPv6] literal (the brackets stay in `text`, not in `host`). */
interface Url { text: string; host: string; port: number; path: string; scheme: string; v6?: Ipv6 }

function parseUrl(raw: string): Url | { error: string } {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  if (/^[a-z][a-z0-9+.-]*:\/\/\[[^\]]*$/i.test(withScheme)) return { error: `${raw}: Unterminated IPv6 numeric address.` };
  const m = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([^#]*)/i.exec(withScheme);
  if (!m) return { error: `${raw}: Invalid URL.` };
  const scheme = m[1]!.toLowerCase();
  if (!["http", "https", "ftp", "ftps"].includes(scheme)) return { error: `${raw}: Unsupported scheme '${scheme}'.` };
  const defaultPort = scheme === "https" ? 443 : scheme === "ftp" ? 21 : scheme === "ftps" ? 990 : 80;
  const port = m[3] ? Number(m[3]) : defaultPort;
  const path = m[4] || "/";
  const text = `${scheme}://${m[2]!.toLowerCase()}${m[3] ? `:${m[3]}` : ""}${path}`;
  if (port < 1 || port > 65535) return { error: `${text}: Bad port number.` };
  if (!m[2]!.startsWith("[")) return { text, host: m[2]!, port, path, scheme };
  const v6 = parseIpv6(m[2]!.slice(1, -1));
  if (!v6) return { error: `${raw}: Invalid IPv6 numeric address.` };
  return { text, host: m[2]!.slice(1, -1), port, path, scheme, v6 };
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** The name wget saves to: the URL's last path part (index.html for a directory), with .N if taken. */
function localName(ctx: CommandContext, url: Url, dir = ctx.cwd): string {
  const last = url.path.replace(/\?.*/, "").split("/").pop() || "index.html";
  const from = dir.startsWith("/") ? dir : `${ctx.cwd.replace(/\/$/, "")}/${dir}`;
  const base = `${from.replace(/\/$/, "")}/${last}`;
  if (ctx.fs.readFile(base) === undefined) return last;
  for (let n = 1; ; n++) if (ctx.fs.readFile(`${base}.${n}`) === undefined) return `${last}.${n}`;
}

/** -P: wget makes the directory (and its parents) it saves into. */
function makeDirs(ctx: CommandContext, dir: string): void {
  const abs = dir.startsWith("/") ? dir : `${ctx.cwd.replace(/\/$/, "")}/${dir}`;
  let path = "";
  for (const part of abs.split("/").filter(Boolean)) {
    path += `/${part}`;
    if (!ctx.fs.isDir(path)) ctx.fs.mkdir(path);
  }
}

export const wgetCommand: Command = {
  name: "wget",
  run(ctx: CommandContext): CommandResult {
    const parsed = parseArgs(ctx.argv);
    if ("rc" in parsed) return parsed;
    const o = parsed;
    if (o.urls.length === 0) return { stdout: "", stderr: `wget: missing URL\n${USAGE_TAIL}`, rc: 1 };
    const world = ctx.world;
    let stdout = "";
    let log = "";
    // where each piece of the log fell relative to the body written to stdout
    const parts: { at: number; text: string }[] = [];
    const flushLog = () => {
      const before = parts.reduce((n, p) => n + p.text.length, 0);
      if (log.length > before) parts.push({ at: Buffer.byteLength(stdout), text: log.slice(before) });
    };
    let rc = 0;
    const say = (text: string) => { if (!o.quiet && !o.noVerbose) log += text; };
    const checkDeadline = () => {
      const at = deadlineOf(world);
      if (at !== undefined && world.clock > at) {
        world.clock = at;
        throw new KillSignal(124, stdout, log);
      }
    };
    // a wait that never ends by itself: the case's time limit kills it (no limit: carry on)
    const waitForeverKilled = () => {
      const at = deadlineOf(world);
      if (at === undefined) return;
      world.clock = Math.max(world.clock, at);
      throw new KillSignal(124, stdout, log);
    };
    if (o.output !== undefined && o.output !== "-") {
      if (ctx.fs.writeFile(o.output, "")) return { stdout: "", stderr: `${o.output}: No such file or directory\n`, rc: 1 };
    }
    if (o.spider) say("Spider mode enabled. Check if remote file exists.\n");
    for (const raw of o.urls) {
      const url = parseUrl(raw);
      if ("error" in url) {
        if (!o.quiet) log += `${url.error}\n`;
        rc = rc || 1;
        continue;
      }
      const target = inetTarget(ctx, url.host, o.family);
      const failure = "error" in target ? target.error : undefined;
      const wrongFamily = failure === "family";
      const dst = "family" in target && target.family === 4 ? target.addr : undefined;
      const named = !url.v6 && dst !== undefined && formatIpv4(dst) !== url.host;
      // -4 turns a mapped [::ffff:a.b.c.d] into its IPv4 address, shown as a name's would be
      const mappedUnder4 = url.v6 !== undefined && dst !== undefined && o.family === 4;
      for (let attempt = 1; attempt <= o.tries; attempt++) {
        say(`--${stamp(wallClockMs(world.clock))}--  ${attempt > 1 ? `(try:${String(attempt).padStart(2)})  ` : ""}${url.text}\n`);
        if (wrongFamily) {
          say("failed: Address family for hostname not supported.\n");
          if (!o.quiet) log += `wget: unable to resolve host address '${url.host}'\n`;
          rc = 4;
          break;
        }
        if (dst === undefined && !url.v6) {
          say(`Resolving ${url.host} (${url.host})... failed: ${RESOLVE_ERROR_TEXT[failure ?? "noname"]}.\n`);
          if (!o.quiet) log += `wget: unable to resolve host address '${url.host}'\n`;
          rc = 4;
          break;
        }
        const addr = url.v6 && !mappedUnder4 ? `[${url.host}]` : formatIpv4(dst!);
        // getaddrinfo's AI_ADDRCONFIG drops ::1: the host has no global IPv6 address
        if (named) say(`Resolving ${url.host} (${url.host})... ${addr}\n`);
        say(named || mappedUnder4 ? `Connecting to ${url.host} (${url.host})|${addr}|:${url.port}... ` : `Connecting to ${addr}:${url.port}... `);
        const timeoutMs = o.connectTimeout !== undefined ? o.connectTimeout * 1000 : 1e9;
        const r = dst !== undefined
          ? tcpConnect(world, ctx.netns, dst, url.port, { timeoutMs, blocking: true })
          : tcp6Connect(world, ctx.netns, url.v6!, url.port, { timeoutMs });
        checkDeadline();
        if (r.kind !== "connected") {
          const errno = r.kind === "timeout" ? "ETIMEDOUT" : r.errno;
          if (!o.quiet) log += `failed: ${strerror(errno)}.\n`;
          rc = 4;
          // refused and unreachable are final (retryable_socket_connect_error)
          if (errno !== "ETIMEDOUT") break;
          if (attempt >= o.tries) { say("Giving up.\n\n"); break; }
          say("Retrying.\n\n");
          world.clock += Math.min(attempt, 10) * 1000;
          checkDeadline();
          continue;
        }
        say("connected.\n");
        if (url.scheme !== "http") {
          say(url.scheme === "https" ? "Unable to establish SSL connection.\n" : "");
          rc = 4;
          break;
        }
        say(o.serverResponse ? "HTTP request sent, awaiting response... \n" : "HTTP request sent, awaiting response... 200 No headers, assuming HTTP/0.9\n");
        say("Length: unspecified\n");
        if (o.spider) {
          say("Remote file exists and could contain further links,\nbut recursion is disabled -- not retrieving.\n\n");
          rc = 0;
          break;
        }
        if (o.prefix !== undefined && o.output === undefined) makeDirs(ctx, o.prefix);
        const target = o.output ?? (o.prefix !== undefined ? `${o.prefix.replace(/\/$/, "")}/${localName(ctx, url, o.prefix)}` : localName(ctx, url));
        say(`Saving to: '${target === "-" ? "STDOUT" : target}'\n`);
        flushLog();
        if (target === "-") stdout += r.received;
        else if (o.output !== undefined) ctx.fs.writeFile(target, (ctx.fs.readFile(target) ?? "") + r.received);
        else ctx.fs.writeFile(target, r.received);
        // a read timeout shorter than serve's wait: "Read error", then retries until killed
        if (o.connectTimeout !== undefined && o.connectTimeout * 1000 < SERVE_CLOSE_MS) {
          flushLog();
          waitForeverKilled();
        }
        world.clock += SERVE_CLOSE_MS;
        checkDeadline();
        const bytes = r.received.length;
        say(`\n     0K${" ".repeat(56)}1.00M=0s\n\n`);
        say(`${stamp(wallClockMs(world.clock))} (1.00 MB/s) - ${target === "-" ? "written to stdout" : `'${target}' saved`} [${bytes}]\n\n`);
        if (o.noVerbose && !o.quiet) log += `${stamp(wallClockMs(world.clock))} URL:${url.text} [${bytes}] -> "${target}" [1]\n`;
        rc = 0;
        break;
      }
    }
    flushLog();
    if (o.logFile) {
      const old = o.logFile.append ? ctx.fs.readFile(o.logFile.path) ?? "" : "";
      ctx.fs.writeFile(o.logFile.path, old + log);
      return { stdout, stderr: "", rc };
    }
    return { stdout, stderr: log, rc, stderrParts: parts };
  },
};
