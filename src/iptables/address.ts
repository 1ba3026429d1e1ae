// The rule fields iptables itself parses and prints: addresses with masks (libxtables'
// ipparse_multiple and friends), interface names and protocols.
import type { AddrMask, Ipv4 } from "../netfilter/types.js";
import { formatIpv4, maskToPrefix, prefixToMask } from "../netfilter/ip.js";
import { v4MappedIpv6 } from "../netfilter/extensions/util/numeric-ip.js";
import { protocolName, protocolNumber } from "../netfilter/names.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { strtoul } from "../netfilter/extensions/util/strtoul.js";
import { asciiLower, C_SPACES, cTrim, cTrimStart, isCSpace, truncateUtf8, utf8Length } from "../netfilter/extensions/util/utf8.js";
import type { Accounts } from "../netfilter/extensions/util/users.js";
import { listAddress6, parseAddressList6, saveAddress6, type Ip6Names } from "./ip6-address.js";
import type { TextWriter } from "./text-writer.js";

/** Names resolved without DNS: /etc/hosts and /etc/networks as the command sees them. */
export interface NameTables {
  hostByName(name: string): Ipv4 | undefined;
  hostByAddr(addr: Ipv4): string | undefined;
  netByName(name: string): Ipv4 | undefined;
  netByAddr(addr: Ipv4): string | undefined;
  /** Set for ip6tables: addresses are IPv6 ones, named from /etc/hosts' IPv6 lines. */
  ipv6?: Ip6Names;
  /** /etc/passwd and /etc/group, for -m owner (undefined: Debian 12's accounts). */
  accounts?: Accounts;
}

const NETWORKS: [string, Ipv4][] = [
  ["default", 0],
  ["loopback", 0x7f000000],
  ["link-local", 0xa9fe0000],
];

/** Parses /etc/hosts text (first name of a line wins for reverse lookups). */
export function nameTables(hostsText: string | undefined): NameTables {
  const byName = new Map<string, Ipv4>();
  const byAddr = new Map<Ipv4, string>();
  const text = hostsText ?? "127.0.0.1\tlocalhost\n";
  for (const raw of text.split("\n")) {
    const words = cTrim(raw.replace(/#.*/, "")).split(C_SPACES);
    const addr = parseDotted(words[0] ?? "");
    if (addr === undefined || words.length < 2) continue;
    if (!byAddr.has(addr)) byAddr.set(addr, words[1]!);
    for (const name of words.slice(1)) if (!byName.has(asciiLower(name))) byName.set(asciiLower(name), addr);
  }
  // glibc's files backend compares names without case ("LOCALHOST", "Loopback")
  return {
    hostByName: (n) => byName.get(asciiLower(n)),
    hostByAddr: (a) => byAddr.get(a),
    netByName: (n) => NETWORKS.find(([name]) => name === asciiLower(n))?.[1],
    netByAddr: (a) => NETWORKS.find(([, addr]) => addr === a)?.[0],
  };
}

export const DEFAULT_NAMES = nameTables(undefined);

function parseDotted(text: string): Ipv4 | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/**
 * Fast path for plain dotted decimal without leading zeros (the common case), scanned without
 * a regex: the address, -1 when it has that form but a byte over 255, undefined otherwise.
 */
function dottedQuad(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  let addr = 0;
  let tooBig = false;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (i >= n || text.charCodeAt(i) !== 46) return undefined;
      i++;
    }
    const start = i;
    let value = 0;
    while (i < n && i - start < 3) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      i++;
    }
    const digits = i - start;
    if (digits === 0 || (digits > 1 && text.charCodeAt(start) === 48)) return undefined;
    if (value > 255) tooBig = true;
    addr = addr * 256 + value;
  }
  if (i !== n) return undefined;
  return tooBig ? -1 : addr;
}

/** libxtables __numeric_to_ipaddr: up to four base-0 numbers; missing trailing bytes are 0. */
function numericToAddr(text: string, isMask: boolean): Ipv4 | undefined {
  const quad = dottedQuad(text);
  if (quad !== undefined) return quad >= 0 ? quad : undefined;
  const parts = text.slice(0, 19).split(".");
  if (parts.length > 4) {
    // strtoui on "a.b" style leftovers fails, as C would on the fourth byte
    return undefined;
  }
  if (isMask && parts.length !== 4) return undefined;
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < parts.length; i++) {
    const n = strtoul(parts[i]!, 0, 255);
    if (n === undefined) return undefined;
    bytes[i] = n;
  }
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

function parseMask(text: string | undefined): Ipv4 {
  if (text === undefined) return 0xffffffff;
  // a mask without a dot is never a dotted mask ("/32"): skip straight to the prefix length
  const dotted = text.includes(".") ? numericToAddr(text, true) : undefined;
  if (dotted !== undefined) return dotted;
  const bits = strtoul(text, 0, 32);
  if (bits === undefined) throw paramProblem(`invalid mask \`${text}' specified`);
  return prefixToMask(bits);
}

function parseHost(name: string, names: NameTables): Ipv4 {
  const numeric = numericToAddr(name, false);
  if (numeric !== undefined) return numeric;
  const net = names.netByName(name);
  if (net !== undefined) return net;
  const aton = inetAton(name);
  if (aton !== undefined) return aton;
  const mapped = v4MappedIpv6(name);
  if (mapped !== undefined) return mapped;
  const host = names.hostByName(name);
  if (host !== undefined) return host;
  throw paramProblem(`host/network \`${name}' not found`);
}

/** glibc's inet_aton, which getaddrinfo applies first: "0x0a000001", "10.1" (last part fills the rest). */
function inetAton(text: string): Ipv4 | undefined {
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const part of parts) {
    const m = /^(?:0[xX]([0-9a-fA-F]*)|(0[0-7]*)|([1-9]\d*))$/.exec(part);
    if (!m) return undefined;
    const n = m[1] !== undefined ? parseInt(m[1] || "0", 16) : m[2] !== undefined ? parseInt(m[2], 8) : Number(m[3]);
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 2 ** (8 * (4 - nums.length))) return undefined;
  let addr = 0;
  nums.forEach((n, i) => (addr += n * 2 ** (24 - 8 * i)));
  return (addr + last) >>> 0;
}

/**
 * "a[/m][,b[/m]…]" → address/mask pairs, address masked. `multiple`: iptables' and arptables'
 * -s/-d (xtables_ipparse_multiple), which skips each item's leading blanks and refuses an item
 * over 255 bytes; otherwise (ebtables, arptables' targets) the text is cut to 255 bytes.
 */
export function parseAddressList(text: string, names: NameTables = DEFAULT_NAMES, multiple = false): AddrMask[] {
  if (names.ipv6) return parseAddressList6(text, names.ipv6, multiple);
  if (!multiple) text = hostBuffer(text);
  const out: AddrMask[] = [];
  // (xtables_ip(6)parse_any has no list: a comma is part of the name it looks up)
  for (let item of multiple ? text.split(",") : [text]) {
    if (multiple) item = multipleItem(item);
    const slash = item.lastIndexOf("/");
    const mask = parseMask(slash >= 0 ? item.slice(slash + 1) : undefined);
    // a null mask ignores the name, as in "any/0"
    const addr = mask === 0 ? 0 : parseHost(slash >= 0 ? item.slice(0, slash) : item, names);
    out.push({ addr: (addr & mask) >>> 0, mask });
  }
  return out;
}

/** One item of xtables_ip(6)parse_multiple: leading blanks skipped, at most 255 bytes. */
export function multipleItem(item: string): string {
  if (item.length > 0 && isCSpace(item.charCodeAt(0))) item = cTrimStart(item);
  if (item.length > 85 && utf8Length(item) > 255) throw paramProblem("Hostname too long");
  return item;
}

/** The name as xtables_ipparse_any copies it into its 256-byte buffer. */
export function hostBuffer(text: string): string {
  return text.length > 85 ? truncateUtf8(text, 255) : text;
}

/** "/24", "/255.0.255.0", "" for /32 (list form). */
export function maskSuffix(mask: Ipv4): string {
  if (mask === 0xffffffff) return "";
  const prefix = maskToPrefix(mask);
  return prefix >= 0 ? `/${prefix}` : `/${formatIpv4(mask)}`;
}

/** Save form: always a mask, "/32" included. */
export function saveAddress(a: AddrMask): string {
  if (a.v6) return saveAddress6(a.v6);
  const prefix = maskToPrefix(a.mask);
  return `${formatIpv4(a.addr)}/${prefix >= 0 ? prefix : formatIpv4(a.mask)}`;
}

/** -L form of an address field (without the inversion mark). */
export function listAddress(a: AddrMask | undefined, numeric: boolean, names: NameTables): string {
  if (names.ipv6 || a?.v6) return listAddress6(a?.v6, numeric, names.ipv6);
  if (!a || a.mask === 0) return numeric ? "0.0.0.0/0" : "anywhere";
  if (numeric) return formatIpv4(a.addr) + maskSuffix(a.mask);
  const name = names.hostByAddr(a.addr) ?? names.netByAddr(a.addr) ?? formatIpv4(a.addr);
  return name + maskSuffix(a.mask);
}

/** listAddress(a, …) padded to `width` columns, written without a string per address. */
export function writeListAddress(w: TextWriter, a: AddrMask | undefined, numeric: boolean, names: NameTables, width: number): void {
  if (!numeric || names.ipv6 || a?.v6 || !a || a.mask === 0) {
    w.padded(listAddress(a, numeric, names), width);
    return;
  }
  const start = w.length;
  w.ipv4(a.addr);
  if (a.mask !== 0xffffffff) {
    w.char(47); // "/"
    const prefix = maskToPrefix(a.mask);
    if (prefix >= 0) w.uint(prefix);
    else w.ipv4(a.mask);
  }
  w.spaces(width - (w.length - start));
}

/** xtables_parse_interface; "" / "+" alone match every interface and are dropped. */
export function parseInterface(text: string): string {
  if (utf8Length(text) + 1 > 16) {
    throw paramProblem(`interface name \`${text}' must be shorter than IFNAMSIZ (15)`);
  }
  return text;
}

/** Protocols iptables knows without /etc/protocols (xtables_chain_protos). */
const CHAIN_PROTOS: [string, number][] = [
  ["tcp", 6],
  ["sctp", 132],
  ["udp", 17],
  ["udplite", 136],
  ["icmp", 1],
  ["ipv6-icmp", 58],
  ["icmpv6", 58],
  ["esp", 50],
  ["ah", 51],
  ["mobility-header", 135],
  ["ipv6-mh", 135],
  ["mh", 135],
  ["all", 0],
];

/** xtables_parse_protocol (the caller lower-cases first). */
export function parseProtocol(text: string): number {
  const n = strtoul(text, 0, 255);
  if (n !== undefined) return n;
  if (text === "all") return 0;
  const byName = protocolNumber(text);
  if (byName !== undefined) return byName;
  const known = CHAIN_PROTOS.find(([name]) => name === text);
  if (known) return known[1];
  throw paramProblem(`unknown protocol "${text}" specified`);
}

/** Name of a protocol number for save and -L (netbase first, then iptables' own list). */
export function protocolText(proto: number): string | undefined {
  if (proto === 0) return "all";
  return protocolName(proto) ?? CHAIN_PROTOS.find(([, n]) => n === proto)?.[0];
}

/** Name from iptables' own protocol list only (no /etc/protocols lookup). */
export function chainProtoName(proto: number): string | undefined {
  return CHAIN_PROTOS.find(([, n]) => n === proto)?.[0];
}

/** Name used to load a protocol's match implicitly (-p tcp --dport …). */
export function protocolMatchName(protoArg: string, proto: number): string | undefined {
  if (strtoul(protoArg, 0, 255) === undefined) return protoArg;
  return CHAIN_PROTOS.find(([, n]) => n === proto)?.[0] ?? protocolName(proto);
}
