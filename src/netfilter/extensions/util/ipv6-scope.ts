// getaddrinfo(AF_INET6) on "addr%scope" (glibc's __inet6_scopeid_pton): the literal before the
// "%" with a scope that is an interface name (link-local and node/link-local multicast
// addresses only) or a decimal number up to 2^32-1. iptables keeps no scope, only the address.
import { parseIpv6, type Ipv6 } from "../../ipv6.js";

/** if_nametoindex in the command's namespace (0 when there is no such device). */
export type IfIndex = (name: string) => number;

/** The address of a valid "addr%scope", else undefined (which getaddrinfo reports as not found). */
export function parseScopedIpv6(text: string, ifIndex?: IfIndex): Ipv6 | undefined {
  const percent = text.indexOf("%");
  if (percent < 0) return undefined;
  const addr = parseIpv6(text.slice(0, percent));
  if (!addr) return undefined;
  const scope = text.slice(percent + 1);
  const first = addr[0]!;
  const linkScoped = (first & 0xffc0) === 0xfe80 || (first & 0xff0f) === 0xff01 || (first & 0xff0f) === 0xff02;
  if (linkScoped && (ifIndex?.(scope) ?? 0) !== 0) return addr;
  return /^[0-9]+$/.test(scope) && Number(scope) <= 0xffffffff ? addr : undefined;
}
