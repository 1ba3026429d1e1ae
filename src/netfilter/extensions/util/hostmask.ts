// "addr[/mask]" option values (XTTYPE_HOSTMASK) and their printed form.
import { formatIpv4, maskToPrefix, prefixToMask } from "../../ip.js";
import { addrName, resolveHost, unresolvedHostMessage, type Hosts4 } from "./numeric-ip.js";
import type { AddrMask } from "../../types.js";
import { paramProblem } from "../../xtables-error.js";
import { strtoul } from "./strtoul.js";
import { addrMaskText6, parseHostMask6, type Hosts6 } from "./hostmask6.js";

/** `family` 6 (ip6tables) reads IPv6 hosts and masks (AddrMask.v6). */
/** `hosts`: the machine's /etc/hosts names (ParseCall.hosts4 / hosts6). */
export function parseHostMask(ext: string, option: string, text: string, family?: 4 | 6, hosts?: { hosts4?: Hosts4; hosts6?: Hosts6 }): AddrMask {
  if (family === 6) return parseHostMask6(ext, option, text, hosts?.hosts6);
  const slash = text.indexOf("/");
  const host = slash < 0 ? text : text.slice(0, slash);
  const addr = resolveHost(host, hosts?.hosts4);
  if (addr === undefined) throw paramProblem(unresolvedHostMessage(host));
  if (slash < 0) return { addr, mask: 0xffffffff };
  const maskText = text.slice(slash + 1);
  // A number past 32 (within 32 bits) is no prefix length and leaves a host mask.
  const prefix = strtoul(maskText, 0, 0xffffffff);
  if (prefix !== undefined) return { addr, mask: prefix <= 32 ? prefixToMask(prefix) : 0xffffffff };
  // A dotted mask only counts when it is a prefix; others end up as a host mask.
  const dotted = resolveHost(maskText); // getaddrinfo's inet_aton forms: "255.255" is 255.0.0.255
  if (dotted !== undefined) return { addr, mask: maskToPrefix(dotted) < 0 ? 0xffffffff : dotted };
  throw paramProblem(`${ext}: bad value for option "--${option}", neither a valid network mask nor valid CIDR (0-32).\n`);
}

/** xtables_ipmask_to_numeric: "" for /32, "/N", or "/a.b.c.d" for a non-contiguous mask. */
export function maskSuffix(mask: number): string {
  const prefix = maskToPrefix(mask >>> 0);
  if (prefix === 32) return "";
  return prefix < 0 ? `/${formatIpv4(mask)}` : `/${prefix}`;
}

/** -L form: "anywhere" for 0.0.0.0, names from /etc/hosts and /etc/networks unless numeric. */
export function addrMaskText(value: AddrMask, numeric = true): string {
  if (value.v6) return addrMaskText6(value.v6, numeric);
  if (!numeric && value.addr === 0) return "anywhere";
  const host = (numeric ? undefined : addrName(value.addr)) ?? formatIpv4(value.addr);
  return host + maskSuffix(value.mask);
}

export function addrMatches(addr: number, value: AddrMask): boolean {
  // an IPv6 value never meets the IPv4 packet path
  if (value.v6) return false;
  return ((addr ^ value.addr) & value.mask) === 0;
}
