// ip6tables' address fields: libxtables' xtables_ip6parse_multiple (addresses, masks, names
// from /etc/hosts) and the save and -L forms of an IPv6 address with its mask.
import { andIpv6, formatIpv6, isZeroIpv6, maskToPrefix6, parseIpv6, prefixToMask6, type Ipv6 } from "../netfilter/ipv6.js";
import type { AddrMask } from "../netfilter/types.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { strtoul } from "../netfilter/extensions/util/strtoul.js";
import { parseScopedIpv6, type IfIndex } from "../netfilter/extensions/util/ipv6-scope.js";
import { asciiLower, C_SPACES, cTrim } from "../netfilter/extensions/util/utf8.js";
import { hostBuffer, multipleItem } from "./address.js";

/** IPv6 names as getaddrinfo / getnameinfo find them in /etc/hosts (no DNS). */
export interface Ip6Names {
  /** Every IPv6 address of the name, in file order (empty when unknown). */
  hostByName(name: string): Ipv6[];
  /** The first name of the first line that has the address. */
  hostByAddr(addr: Ipv6): string | undefined;
  /** if_nametoindex in the command's namespace, for "fe80::1%eth0" (absent: numeric scopes only). */
  ifIndex?: IfIndex;
}

/** Reads the IPv6 lines of /etc/hosts (IPv4 lines are what AF_INET6 look-ups skip). */
export function ip6Names(hostsText: string | undefined, ifIndex?: IfIndex): Ip6Names {
  const lines: { addr: Ipv6; names: string[] }[] = [];
  for (const raw of (hostsText ?? "").split("\n")) {
    const words = cTrim(raw.replace(/#.*/, "")).split(C_SPACES);
    const addr = parseIpv6(words[0] ?? "");
    if (addr && words.length >= 2) lines.push({ addr, names: words.slice(1) });
  }
  return {
    hostByName(name) {
      const lower = asciiLower(name);
      const found: Ipv6[] = [];
      for (const l of lines) {
        if (!l.names.some((n) => asciiLower(n) === lower)) continue;
        if (!found.some((a) => a.every((g, i) => g === l.addr[i]))) found.push(l.addr);
      }
      return found;
    },
    hostByAddr: (addr) => lines.find((l) => l.addr.every((g, i) => g === addr[i]))?.names[0],
    ifIndex,
  };
}

const ALL_ONES = prefixToMask6(128);
const ANY: Ipv6 = [0, 0, 0, 0, 0, 0, 0, 0];

/** parse_ip6mask: none = /128, an IPv6 address, or a prefix length (any base) up to 128. */
function parseMask6(text: string | undefined): Ipv6 {
  if (text === undefined) return ALL_ONES;
  const asAddress = parseIpv6(text);
  if (asAddress) return asAddress;
  const bits = strtoul(text, 0, 128);
  if (bits === undefined) throw paramProblem(`invalid mask \`${text}' specified`);
  return prefixToMask6(bits);
}

function parseHost6(name: string, names: Ip6Names): Ipv6[] {
  const numeric = parseIpv6(name);
  if (numeric) return [numeric];
  // getaddrinfo reads "addr%scope" numerically (no such name is in /etc/hosts)
  const scoped = parseScopedIpv6(name, names.ifIndex);
  if (scoped) return [scoped];
  const found = name === "" ? [] : names.hostByName(name);
  if (found.length === 0) throw paramProblem(`host/network \`${name}' not found`);
  return found;
}

/** One rule address from an IPv6 address and mask (see AddrMask.v6). */
export function addrMask6(addr: Ipv6, mask: Ipv6): AddrMask {
  return { addr: 0, mask: isZeroIpv6(mask) ? 0 : 0xffffffff, v6: { addr: andIpv6(addr, mask), mask } };
}

/**
 * "a[/m][,b[/m]…]" → address/mask pairs, addresses masked; `multiple` as in parseAddressList
 * (xtables_ip6parse_multiple, else xtables_ip6parse_any's 255-byte copy).
 */
export function parseAddressList6(text: string, names: Ip6Names, multiple = false): AddrMask[] {
  if (!multiple) text = hostBuffer(text);
  const out: AddrMask[] = [];
  // (xtables_ip(6)parse_any has no list: a comma is part of the name it looks up)
  for (let item of multiple ? text.split(",") : [text]) {
    if (multiple) item = multipleItem(item);
    const slash = item.lastIndexOf("/");
    const mask = parseMask6(slash >= 0 ? item.slice(slash + 1) : undefined);
    // a null mask ignores the name, as in "any/0"
    const host = isZeroIpv6(mask) ? "::" : slash >= 0 ? item.slice(0, slash) : item;
    for (const addr of parseHost6(host, names)) out.push(addrMask6(addr, mask));
  }
  return out;
}

/** xtables_ip6mask_to_numeric: "" for /128, "/64", or "/ffff:0:ffff::" when not contiguous. */
export function maskSuffix6(mask: Ipv6): string {
  const prefix = maskToPrefix6(mask);
  if (prefix === 128) return "";
  return prefix >= 0 ? `/${prefix}` : `/${formatIpv6(mask)}`;
}

/** Save and -S form: the mask is always there ("/128" included). */
export function saveAddress6(v6: { addr: Ipv6; mask: Ipv6 }): string {
  const prefix = maskToPrefix6(v6.mask);
  return `${formatIpv6(v6.addr)}/${prefix >= 0 ? prefix : formatIpv6(v6.mask)}`;
}

/** -L form: "::/0" or "anywhere" without an address; names only without -n. */
export function listAddress6(v6: { addr: Ipv6; mask: Ipv6 } | undefined, numeric: boolean, names: Ip6Names | undefined): string {
  const addr = v6?.addr ?? ANY;
  const mask = v6?.mask ?? ANY;
  // the unspecified address reads "anywhere" whatever its mask (print_ipv6_addresses)
  if (!numeric && isZeroIpv6(addr)) return "anywhere";
  const host = numeric ? undefined : names?.hostByAddr(addr);
  return (host ?? formatIpv6(addr)) + maskSuffix6(mask);
}
