// "addr[/mask]" option values (XTTYPE_HOSTMASK) in ip6tables: getaddrinfo with AF_INET6 (IPv6
// literals and Debian's IPv6 /etc/hosts names), prefix lengths up to 128. The address keeps
// the bits the mask clears, as the extensions print it ("fe80::1/10").
import { formatIpv6, isZeroIpv6, maskToPrefix6, parseIpv6, prefixToMask6, type Ipv6 } from "../../ipv6.js";
import type { AddrMask } from "../../types.js";
import { paramProblem } from "../../xtables-error.js";
import { resolveHost, unresolvedHostMessage } from "./numeric-ip.js";
import { strtoul } from "./strtoul.js";
import { parseScopedIpv6, type IfIndex } from "./ipv6-scope.js";
import { asciiLower } from "./utf8.js";

/** Debian 12's IPv6 lines of /etc/hosts. */
const HOSTS6: [string, Ipv6][] = [
  ["localhost", [0, 0, 0, 0, 0, 0, 0, 1]],
  ["ip6-localhost", [0, 0, 0, 0, 0, 0, 0, 1]],
  ["ip6-loopback", [0, 0, 0, 0, 0, 0, 0, 1]],
  ["ip6-allnodes", [0xff02, 0, 0, 0, 0, 0, 0, 1]],
  ["ip6-allrouters", [0xff02, 0, 0, 0, 0, 0, 0, 2]],
];

/** IPv6 names of /etc/hosts (ParseCall.hosts6). */
export type Hosts6 = { hostByName(name: string): number[][]; ifIndex?: IfIndex };

/**
 * getaddrinfo(AF_INET6) on a host option: an IPv6 literal or name, else getaddrinfo's error.
 * Names come from `hosts` (the machine's /etc/hosts) or else Debian's standard IPv6 lines.
 */
export function resolveHost6(text: string, hosts?: Hosts6): Ipv6 {
  const literal = parseIpv6(text) ?? parseScopedIpv6(text, hosts?.ifIndex);
  if (literal) return literal;
  const named = hosts ? hosts.hostByName(text)[0] : HOSTS6.find(([name]) => name === asciiLower(text))?.[1];
  if (named) return named;
  // an IPv4 address is a host, but not of this family
  if (text !== "localhost" && resolveHost(text) !== undefined) throw paramProblem("getaddrinfo: Address family for hostname not supported\n");
  throw paramProblem(unresolvedHostMessage(text, 6));
}

export function parseHostMask6(ext: string, option: string, text: string, hosts?: Hosts6): AddrMask {
  const slash = text.indexOf("/");
  const addr = resolveHost6(slash < 0 ? text : text.slice(0, slash), hosts);
  let mask = prefixToMask6(128);
  if (slash >= 0) {
    const maskText = text.slice(slash + 1);
    const prefix = strtoul(maskText, 0, 128);
    const asAddress = prefix === undefined ? parseIpv6(maskText) : undefined;
    if (prefix !== undefined) mask = prefixToMask6(prefix);
    // a mask that is no prefix ends up as a host mask
    else if (asAddress) mask = maskToPrefix6(asAddress) < 0 ? mask : asAddress;
    else throw paramProblem(`${ext}: bad value for option "--${option}", neither a valid network mask nor valid CIDR (0-128).\n`);
  }
  return { addr: 0, mask: isZeroIpv6(mask) ? 0 : 0xffffffff, v6: { addr, mask } };
}

/** Names for addresses in -L listings (the machine's /etc/hosts), when the front end gave them. */
let listNames: { hostByAddr(addr: Ipv6): string | undefined } | undefined;

/**
 * ip6tables sets the IPv6 names of the machine's /etc/hosts before each command, so that -L
 * prints names the way getnameinfo finds them there (printing gets no other context).
 */
export function setListNames6(names: { hostByAddr(addr: Ipv6): string | undefined } | undefined): void {
  listNames = names;
}

/** The -L and save form: address, then "/N" unless /128 (or "/mask" when not a prefix). */
export function addrMaskText6(v6: { addr: Ipv6; mask: Ipv6 }, numeric = true): string {
  if (!numeric && isZeroIpv6(v6.addr)) return "anywhere";
  const name = numeric
    ? undefined
    : listNames
      ? listNames.hostByAddr(v6.addr)
      : HOSTS6.find(([, a]) => a.every((g, i) => g === v6.addr[i]))?.[0];
  const prefix = maskToPrefix6(v6.mask);
  const suffix = prefix === 128 ? "" : prefix >= 0 ? `/${prefix}` : `/${formatIpv6(v6.mask)}`;
  return (name ?? formatIpv6(v6.addr)) + suffix;
}

/** A prefix length 0..128 or an IPv6 mask (XTTYPE_PLENMASK in ip6tables); 255 for a non-contiguous one. */
export function parsePrefix6(ext: string, option: string, text: string): number {
  const bits = strtoul(text, 0, 128);
  if (bits !== undefined) return bits;
  const mask = parseIpv6(text);
  if (!mask) throw paramProblem(`${ext}: bad value for option "--${option}", neither a valid network mask nor valid CIDR (0-128).\n`);
  // a non-contiguous mask gives libxtables' 8-bit prefix length -1: 255 (a host mask to
  // connlimit, refused by the kernel from hashlimit)
  const prefix = maskToPrefix6(mask);
  return prefix < 0 ? 255 : prefix;
}
