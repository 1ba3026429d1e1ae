// "addr[/mask]" option values (XTTYPE_HOSTMASK) and their printed form.
import { formatIpv4, maskToPrefix, parseIpv4, prefixToMask } from "../../ip.js";
import type { AddrMask } from "../../types.js";
import { paramProblem } from "../../xtables-error.js";
import { strtoul } from "./strtoul.js";

export function parseHostMask(ext: string, option: string, text: string): AddrMask {
  const slash = text.indexOf("/");
  const host = slash < 0 ? text : text.slice(0, slash);
  const addr = parseIpv4(host);
  if (addr === undefined) throw paramProblem("getaddrinfo: Name or service not known\n");
  if (slash < 0) return { addr, mask: 0xffffffff };
  const maskText = text.slice(slash + 1);
  const prefix = strtoul(maskText, 0, 32);
  if (prefix !== undefined) return { addr, mask: prefixToMask(prefix) };
  const dotted = parseIpv4(maskText);
  if (dotted !== undefined) return { addr, mask: dotted };
  throw paramProblem(`${ext}: bad value for option "--${option}", neither a valid network mask nor valid CIDR (0-32).\n`);
}

/** xtables_ipmask_to_numeric: "" for /32, "/N", or "/a.b.c.d" for a non-contiguous mask. */
export function maskSuffix(mask: number): string {
  const prefix = maskToPrefix(mask >>> 0);
  if (prefix === 32) return "";
  return prefix < 0 ? `/${formatIpv4(mask)}` : `/${prefix}`;
}

export function addrMaskText(value: AddrMask): string {
  return formatIpv4(value.addr) + maskSuffix(value.mask);
}

export function addrMatches(addr: number, value: AddrMask): boolean {
  return ((addr ^ value.addr) & value.mask) === 0;
}
