// xtables_numeric_to_ipaddr: dotted numbers (each strtoul, so 0x and octal work), and
// fewer than four parts are completed with zeros ("10.1" → 10.1.0.0).
import { strtoul } from "./strtoul.js";
import { asciiLower } from "./utf8.js";
import { parseIpv6 } from "../../ipv6.js";
import { parseScopedIpv6 } from "./ipv6-scope.js";

export function numericToIpv4(text: string): number | undefined {
  const parts = text.slice(0, 19).split(".");
  if (parts.length > 4) return undefined;
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const part = parts[i];
    const byte = part === undefined ? 0 : strtoul(part, 0, 255);
    if (byte === undefined) return undefined;
    value = value * 256 + byte;
  }
  return value >>> 0;
}

/**
 * What getaddrinfo makes of a host string here: inet_aton forms ("10.1" is 10.0.0.1,
 * parts in decimal, octal or hex) and the names in Debian's /etc/hosts.
 */
export function resolveHost(text: string, hosts?: Hosts4): number | undefined {
  const numeric = inetAton(text) ?? v4MappedIpv6(text);
  if (numeric !== undefined) return numeric;
  // names: the machine's /etc/hosts when the front end gave it, else Debian's localhost line
  if (hosts) return hosts.hostByName(text);
  return asciiLower(text) === "localhost" ? 0x7f000001 : undefined;
}

/**
 * getaddrinfo(AF_INET) takes an IPv4-mapped IPv6 address ("::ffff:1.2.3.4") as its IPv4 part,
 * with a numeric scope if any ("%1": names are for link-local addresses only).
 */
export function v4MappedIpv6(text: string): number | undefined {
  const v6 = text.includes(":") ? parseIpv6(text) ?? parseScopedIpv6(text) : undefined;
  if (!v6 || v6[5] !== 0xffff || v6.slice(0, 5).some((group) => group !== 0)) return undefined;
  return ((v6[6]! << 16) | v6[7]!) >>> 0;
}

/** IPv4 names of /etc/hosts (ParseCall.hosts4). */
export type Hosts4 = { hostByName(name: string): number | undefined };

/** inet_aton: one to four parts, each decimal, octal or hex; the last fills the remaining bytes. */
function inetAton(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((p) => !/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(p))) return undefined;
  const nums = parts.map((p) => (/^0[xX]/.test(p) ? parseInt(p.slice(2), 16) : p.length > 1 && p.startsWith("0") ? parseInt(p, 8) : Number(p)));
  const lastBits = 8 * (5 - parts.length);
  let value = 0;
  for (let i = 0; i < nums.length - 1; i++) {
    if (nums[i]! > 255) return undefined;
    value = value * 256 + nums[i]!;
  }
  const last = nums[nums.length - 1]!;
  if (last >= 2 ** lastBits) return undefined;
  return (value * 2 ** lastBits + last) >>> 0;
}

/**
 * getaddrinfo's complaint: names that cannot be host names (empty, odd characters, a leading
 * "-", an empty label) are refused at once, and for IPv4 so are numeric-looking strings that
 * are no address (unless a trailing dot makes them a name); others need DNS, which is down.
 */
export function unresolvedHostMessage(text: string, family: 4 | 6 = 4): string {
  // an IPv6 literal is a host, but not of the family asked for
  if (family === 4 && parseIpv6(text)) return "getaddrinfo: Address family for hostname not supported\n";
  const numeric = family === 4 && /^[\d.]+$/.test(text) && !text.endsWith(".");
  const notAName = text === "" || numeric || /[^A-Za-z0-9._-]/.test(text) || /^[-.]|\.\./.test(text);
  return notAName ? "getaddrinfo: Name or service not known\n" : "getaddrinfo: Temporary failure in name resolution\n";
}

/** Names for -L, from the machine's /etc/hosts and /etc/networks when the front end gave them. */
let listNames: { hostByAddr(addr: number): string | undefined; netByAddr(addr: number): string | undefined } | undefined;

/**
 * iptables sets the names of the machine's /etc/hosts and /etc/networks before each command,
 * so that -L prints them as getnameinfo / getnetbyaddr find them (printing gets no other context).
 */
export function setListNames4(names: typeof listNames): void {
  listNames = names;
}

/** xtables_ipaddr_to_anyname: a host name, else a network name (no DNS). */
export function addrName(addr: number): string | undefined {
  if (listNames) return listNames.hostByAddr(addr >>> 0) ?? listNames.netByAddr(addr >>> 0);
  switch (addr >>> 0) {
    case 0x7f000001:
      return "localhost";
    case 0x7f000000:
      return "loopback";
    case 0xa9fe0000:
      return "link-local";
    default:
      return undefined;
  }
}
