// curl 7.88.1's reading of a URL and of the addresses it tries: [IPv6] literals (a %zone
// dropped from what it prints), "localhost" as 127.0.0.1 then ::1 (curl resolves it itself),
// and -4/-6 keeping one family.
import type { CommandContext } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { formatIpv6, parseIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import { resolveHost } from "./args.js";

export interface CurlUrl {
  /** The host as curl names it in messages (brackets and zone id dropped). */
  host: string;
  /** As typed between the brackets or before the port, for the Host: header. */
  hostHeader: string;
  port: number;
  path: string;
}

export type UrlResult = { url: CurlUrl } | { rc: number; text: string };

/** A URL, or curl's error for it (3: bad format, including an unclosed "[" of its globbing). */
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
  const m = /^(\[[^\]]*\]|[^/:?#[\]]+)(?::(\d*))?([^?#]*)/.exec(rest);
  if (!m) return { rc: 3, text: "URL using bad/illegal format or missing URL" };
  const name = scheme?.[1]!.toLowerCase() ?? "http";
  const port = m[2] ? Number(m[2]) : name === "https" ? 443 : 80;
  if (port < 1 || port > 65535) return { rc: 3, text: "URL using bad/illegal format or missing URL" };
  const bracketed = m[1]!.startsWith("[");
  const inner = bracketed ? m[1]!.slice(1, -1) : m[1]!;
  if (bracketed && parseIpv6(inner.replace(/%.*$/, "")) === undefined) {
    return { rc: 3, text: "URL using bad/illegal format or missing URL" };
  }
  return { url: { host: inner.replace(/%.*$/, ""), hostHeader: m[1]!, port, path: m[3] || "/" } };
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

/** ::ffff:a.b.c.d carries an IPv4 address. */
export function mappedIpv4(a: Ipv6): number | undefined {
  if (a[0] || a[1] || a[2] || a[3] || a[4] || a[5] !== 0xffff) return undefined;
  return ((a[6]! << 16) | a[7]!) >>> 0;
}
