// What getaddrinfo gives the clients (wget, ssh; curl for mapped literals) for a host under
// -4/-6, on an emulated host that has no DNS and no global IPv6 address: a literal of the
// family the option refuses is EAI_ADDRFAMILY; a name under -6 has no IPv6 address
// (AI_ADDRCONFIG) so the resolver would ask DNS, which is not there (EAI_AGAIN); other
// names come from /etc/hosts or are unknown (EAI_NONAME).
import type { CommandContext } from "../../shell/types.js";
import { formatIpv4 } from "../../netfilter/ip.js";
import { formatIpv6, parseIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import { parseInetAton, resolveHost } from "./args.js";

export type ResolveError = "family" | "again" | "noname";

export type InetTarget =
  /** IPv4, also an IPv4-mapped IPv6 literal (an IPv4 connection made through an IPv6 socket). */
  | { family: 4; addr: number; numeric?: string }
  | { family: 6; addr: Ipv6; numeric: string }
  | { error: ResolveError };
// `numeric`: a literal as getnameinfo(NI_NUMERICHOST) gives back the address it made of it

/** gai_strerror's texts. */
export const RESOLVE_ERROR_TEXT: Record<ResolveError, string> = {
  family: "Address family for hostname not supported",
  again: "Temporary failure in name resolution",
  noname: "Name or service not known",
};

/** ::ffff:a.b.c.d carries an IPv4 address. */
export function mappedIpv4(a: Ipv6): number | undefined {
  if (a[0] || a[1] || a[2] || a[3] || a[4] || a[5] !== 0xffff) return undefined;
  return ((a[6]! << 16) | a[7]!) >>> 0;
}

/** `host` as typed (an IPv6 literal may carry a %zone); `family`: -4 or -6 if given. */
export function inetTarget(ctx: CommandContext, host: string, family?: 4 | 6): InetTarget {
  const zone = /%[^%]*$/.exec(host)?.[0] ?? "";
  const v6 = parseIpv6(host.slice(0, host.length - zone.length));
  if (v6) {
    const v4 = mappedIpv4(v6);
    // AF_INET takes a mapped literal as its IPv4 address (glibc), any other IPv6 is refused
    if (family === 4) return v4 === undefined ? { error: "family" } : { family: 4, addr: v4, numeric: formatIpv4(v4) };
    const numeric = formatIpv6(v6) + zone;
    return v4 === undefined ? { family: 6, addr: v6, numeric } : { family: 4, addr: v4, numeric };
  }
  const literal = parseInetAton(host);
  if (literal !== undefined) return family === 6 ? { error: "family" } : { family: 4, addr: literal, numeric: formatIpv4(literal) };
  if (family === 6) return { error: "again" };
  const named = resolveHost(ctx, host);
  return named === undefined ? { error: "noname" } : { family: 4, addr: named };
}
