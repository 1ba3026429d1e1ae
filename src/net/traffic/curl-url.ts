// curl 7.88.1's reading of a URL and of the addresses it tries: [IPv6] literals (a %zone
// dropped from what it prints), "localhost" as 127.0.0.1 then ::1 (curl resolves it itself),
// and -4/-6 keeping one family.
import type { CommandContext } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { formatIpv6, parseIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import { parseInetAton, resolveHost } from "./args.js";

export interface CurlUrl {
  /** The host as curl names it in messages (brackets and zone id dropped). */
  host: string;
  /** As typed between the brackets or before the port, for the Host: header. */
  hostHeader: string;
  port: number;
  path: string;
}

export type UrlResult = { url: CurlUrl } | { rc: number; text: string };

// The ports curl 7.88.1 (Debian build) gives its schemes when the URL names none.
const DEFAULT_PORTS: Record<string, number> = {
  http: 80, https: 443, ftp: 21, ftps: 990, dict: 2628, gopher: 70, gophers: 70, imap: 143, imaps: 993,
  ldap: 389, ldaps: 636, mqtt: 1883, pop3: 110, pop3s: 995, rtsp: 554, scp: 22, sftp: 22, smb: 445,
  smbs: 445, smtp: 25, smtps: 465, telnet: 23, tftp: 69, rtmp: 1935,
};

const BAD_URL = { rc: 3, text: "URL using bad/illegal format or missing URL" };

/** Characters urlapi's hostname_check refuses in a host name that is not bracketed. */
const BAD_HOST_CHARS = /[\s\\/:#?!@{}[\]$'"^`*<>=;,+&()%|]/;

/**
 * A URL, or curl's error for it (3: bad format, including an unclosed "[" of its globbing).
 * [user[:pass]@]host[:port]: anything after the host or port but the path is bad; an empty
 * port means the scheme's own; a numeric IPv4 host is normalised as inet_aton reads it.
 */
export function parseCurlUrl(text: string): UrlResult {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  const rest = scheme ? text.slice(scheme[0].length) : text;
  const offset = scheme ? scheme[0].length : 0;
  const open = rest.indexOf("[");
  if (open >= 0 && rest.indexOf("]", open) < 0) {
    // globbing reads "[" as a range that never closes; it points one past the bracket
    const at = offset + open + 1;
    return { rc: 3, text: `bad range specification in URL position ${at + 1}:\n${text}\n${" ".repeat(at)}^` };
  }
  const authority = rest.slice(0, rest.search(/[/?#]|$/));
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  let hostText: string;
  let portText: string | undefined;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    hostText = hostPort.slice(0, close + 1);
    const after = hostPort.slice(close + 1);
    if (after !== "" && !after.startsWith(":")) return BAD_URL;
    if (after !== "") portText = after.slice(1);
  } else {
    const colon = hostPort.indexOf(":");
    hostText = colon < 0 ? hostPort : hostPort.slice(0, colon);
    if (colon >= 0) portText = hostPort.slice(colon + 1);
    if (hostText === "" || BAD_HOST_CHARS.test(hostText)) return BAD_URL;
  }
  const name = scheme?.[1]!.toLowerCase() ?? "http";
  let port = DEFAULT_PORTS[name] ?? 80;
  if (portText) {
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) return BAD_URL;
    port = Number(portText);
  }
  const path = rest.slice(authority.length).replace(/#.*$/, "");
  if (hostText.startsWith("[")) {
    const inner = hostText.slice(1, -1).replace(/%.*$/, "");
    if (parseIpv6(inner) === undefined) return BAD_URL;
    return { url: { host: inner, hostHeader: hostText, port, path: path.startsWith("/") ? path : `/${path}` } };
  }
  const v4 = parseInetAton(hostText);
  const host = v4 === undefined ? hostText : formatIpv4(v4);
  return { url: { host, hostHeader: host, port, path: path.startsWith("/") ? path : `/${path}` } };
}

/** One address curl will try: IPv4 as a number, IPv6 as groups. */
export type CurlAddr = { family: 4; addr: number } | { family: 6; addr: Ipv6 };

export function addrText(a: CurlAddr): string {
  return a.family === 4 ? formatIpv4(a.addr) : formatIpv6(a.addr);
}

/** What "*   Trying X:P..." shows: IPv6 in brackets. */
export function addrWithPort(a: CurlAddr, port: number): string {
  return a.family === 4 ? `${formatIpv4(a.addr)}:${port}` : `[${formatIpv6(a.addr)}]:${port}`;
}

/**
 * The addresses for a host, before -4/-6 (undefined: the name does not resolve). An
 * IPv4-mapped literal is an IPv4 connection made through an IPv6 socket.
 */
export function curlAddresses(ctx: CommandContext, host: string): CurlAddr[] | undefined {
  if (host.toLowerCase() === "localhost") return [{ family: 4, addr: 0x7f000001 }, { family: 6, addr: [0, 0, 0, 0, 0, 0, 0, 1] }];
  const v6 = parseIpv6(host);
  if (v6) return [{ family: 6, addr: v6 }];
  const v4 = resolveHost(ctx, host);
  return v4 === undefined ? undefined : [{ family: 4, addr: v4 }];
}
