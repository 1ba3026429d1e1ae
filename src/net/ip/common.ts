// Shared pieces of the `ip` command: options, results, iproute2's keyword matching, address
// parsing and the way devices are named and flagged in listings.
import { cStrtoul64 } from "../../netfilter/extensions/util/strtoul.js";
import type { Ipv4 } from "../../netfilter/types.js";
import type { CommandContext, CommandResult } from "../../shell/types.js";
import { bridgePorts, hasCarrier, linkByIndex } from "../links.js";
import { linkLocalAddr6 } from "../inet6.js";
import type { Link, World } from "../types.js";

export interface IpOptions {
  ctx: CommandContext;
  world: World;
  netns: string;
  family: 0 | 4 | 6;
  brief: boolean;
  oneline: boolean;
  json: boolean;
  pretty: boolean;
  details: boolean;
  /** How many -s (-statistics) were given. */
  stats?: number;
  /** `ip -all netns exec/del`: every namespace. */
  all?: boolean;
  /** -c / -color[=always]: names, addresses and states in colour, even into a pipe. */
  color?: boolean;
  /** -0 / -f link (AF_PACKET): `ip addr` shows the devices without their addresses. */
  linkOnly?: boolean;
  /** -N: protocols, scopes and tables as numbers. */
  numeric?: boolean;
}

/** iproute2's default palette (COLORFGBG unset): the SGR code of each kind of text. */
const COLORS = { ifname: 36, mac: 33, inet: 35, inet6: 34, up: 32, down: 31 };

/** `text` in its colour when -c asked for colours (never in JSON). */
export function paint(o: Pick<IpOptions, "color" | "json">, kind: keyof typeof COLORS, text: string): string {
  return o.color && !o.json ? `\x1b[${COLORS[kind]}m${text}\x1b[0m` : text;
}

/** An operational state's text: UP in green, DOWN in red, the others plain. */
export function paintState(o: IpOptions, state: string, text: string): string {
  return state === "UP" ? paint(o, "up", text) : state === "DOWN" ? paint(o, "down", text) : text;
}

/** An address up to its "/": coloured by family. */
export function paintPrefix(o: IpOptions, text: string): string {
  const slash = text.indexOf("/");
  const addr = slash < 0 ? text : text.slice(0, slash);
  return paint(o, addr.includes(":") ? "inet6" : "inet", addr) + (slash < 0 ? "" : text.slice(slash));
}

export const ok = (stdout = ""): CommandResult => ({ stdout, stderr: "", rc: 0 });
export const fail = (stderr: string, rc: number): CommandResult => ({ stdout: "", stderr: stderr.endsWith("\n") ? stderr : stderr + "\n", rc });
/** A kernel (netlink) error: rc 2. */
export const kernelError = (text: string): CommandResult => fail(text, 2);
export const noDevice = (name: string): CommandResult => fail(`Cannot find device "${name}"`, 1);

/** iproute2's matches(): a non-empty prefix of the keyword. */
export function matches(word: string | undefined, keyword: string): boolean {
  return word !== undefined && word.length > 0 && keyword.startsWith(word);
}

/**
 * "Error: argument "X" is wrong: WHAT" as iproute2's invarg() prints it (rc 255). Most of its
 * callers' messages end with their own newline, hence the blank line; `oneLine` for those whose
 * message does not (nud state, lifetimes, families, ifnames, bridge options …).
 */
export function invalidArgument(what: string, arg: string, oneLine = false): CommandResult {
  return fail(`Error: argument "${arg}" is wrong: ${what}\n${oneLine ? "" : "\n"}`, 255);
}

/** `ip … -s … flush`: its report; here one round always deletes everything selected. */
export function flushReport(deleted: number, what: "entries" | "addresses"): CommandResult {
  if (deleted === 0) return ok("Nothing to flush.\n");
  return ok(`\n*** Round 1, deleting ${deleted} ${what} ***\n*** Flush is complete after 1 round ***\n`);
}

/** NEXT_ARG() at the end of the line. */
export const incomplete = (): CommandResult => fail('Command line is not complete. Try option "help"', 255);

/** get_u32 (strtoul, base 0): decimal, 0x hex or 0 octal, up to 0xffffffff; undefined if not. */
export function u32(text: string): number | undefined {
  if (!/^(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)$/i.test(text)) return undefined;
  const n = Number(text.startsWith("0") && !/^0x/i.test(text) && text.length > 1 ? parseInt(text, 8) : text);
  return n <= 0xffffffff ? n : undefined;
}

/** get_s32 / get_integer (strtol, base 0): a signed number read whole, within int32; undefined if not. */
export function s32(text: string): number | undefined {
  const negative = /^[ \t\n\v\f\r]*-/.test(text);
  const n = cStrtoul64(text);
  if (n.end === 0 || n.end !== text.length) return undefined;
  const value = negative ? -Number(-n.value & 0xffffffffffffffffn) : Number(n.value);
  return value >= -0x80000000 && value <= 0x7fffffff ? value : undefined;
}

export function garbage(word: string, previous = "to"): CommandResult {
  return fail(`Error: either "${previous}" is duplicate, or "${word}" is a garbage.`, 255);
}

export interface Prefix { addr: Ipv4; prefix: number; hasLength: boolean }

/** "10.0.0.0/8", "10.0.0.1" (/32), "default"/"all"/"any" (0/0); undefined if invalid. */
export function parsePrefix(text: string, allowDefault = true): Prefix | undefined {
  if (allowDefault && (text === "default" || text === "all" || text === "any")) return { addr: 0, prefix: 0, hasLength: true };
  const slash = text.indexOf("/");
  const addr = parseLooseIpv4(slash < 0 ? text : text.slice(0, slash));
  if (addr === undefined) return undefined;
  if (slash < 0) return { addr, prefix: 32, hasLength: false };
  const prefix = netmaskBits(text.slice(slash + 1));
  if (prefix === undefined || prefix > 32) return undefined;
  return { addr, prefix, hasLength: true };
}

/**
 * iproute2's get_netmask: a number as strtoul(…, 0) reads it whole ("024" is 20, "0x18" 24),
 * else a dotted netmask whose ones are contiguous.
 */
export function netmaskBits(text: string): number | undefined {
  const n = cStrtoul64(text);
  if (n.end > 0 && n.end === text.length) return n.value > 0xffffffffn ? undefined : Number(n.value);
  const mask = parseLooseIpv4(text);
  if (mask === undefined) return undefined;
  // (mask2bits: the host part must be 2^n - 1)
  const host = ~mask >>> 0;
  if ((host & (host + 1)) !== 0) return undefined;
  return 32 - Math.log2(host + 1);
}

/**
 * iproute2's get_addr_ipv4: up to four parts, each read by strtoul(…, 0) (so "010" is 8 and
 * "0x0a" 10) and at most 255, missing ones 0: "10.1" is 10.1.0.0.
 */
export function parseLooseIpv4(text: string): Ipv4 | undefined {
  const bytes = [0, 0, 0, 0];
  let rest = text;
  for (let i = 0; i < 4; i++) {
    const n = cStrtoul64(rest);
    if (n.end === 0 || n.value > 255n) return undefined;
    bytes[i] = Number(n.value);
    if (n.end === rest.length) break;
    if (i === 3 || rest[n.end] !== ".") return undefined;
    rest = rest.slice(n.end + 1);
  }
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

export function errnoText(errno: string): string {
  const texts: Record<string, string> = {
    ENETUNREACH: "Network is unreachable",
    EHOSTUNREACH: "No route to host",
    EACCES: "Permission denied",
    EINVAL: "Invalid argument",
  };
  return `RTNETLINK answers: ${texts[errno] ?? errno}`;
}

/** "veth0@eth0" when the peer is in the same namespace, "veth0@if2" when elsewhere. */
export function displayName(world: World, netns: string, link: Link): string {
  if (!link.peer) return link.name;
  if (link.peer.netns !== netns) return `${link.name}@if${link.peer.ifindex}`;
  const peer = linkByIndex(world, netns, link.peer.ifindex);
  return peer ? `${link.name}@${peer.name}` : link.name;
}

/** print_link_flags' order of the IFF_* bits. */
const FLAG_ORDER: [string, number][] = [
  ["LOOPBACK", 0x8], ["BROADCAST", 0x2], ["POINTOPOINT", 0x10], ["MULTICAST", 0x1000], ["NOARP", 0x80], ["ALLMULTI", 0x200],
  ["PROMISC", 0x100], ["MASTER", 0x400], ["SLAVE", 0x800], ["DEBUG", 0x4], ["DYNAMIC", 0x8000], ["AUTOMEDIA", 0x4000],
  ["PORTSEL", 0x2000], ["NOTRAILERS", 0x20], ["UP", 0x1], ["LOWER_UP", 0x10000], ["DORMANT", 0x20000], ["ECHO", 0x40000],
];

export function linkFlags(world: World, netns: string, link: Link): string {
  const carrier = hasCarrier(world, netns, link);
  let bits = link.kind === "loopback" ? 0x8 : 0x2 | 0x1000;
  // (what `ip link set … arp off promisc on …` or ifconfig changed)
  if (link.extraFlags) bits = (bits | link.extraFlags.set) & ~link.extraFlags.cleared;
  if (link.adminUp) bits |= 0x1;
  else bits &= ~0x1;
  if (link.adminUp && carrier) bits |= 0x10000;
  const flags = FLAG_ORDER.filter(([, bit]) => bits & bit).map(([name]) => name);
  if (link.adminUp && !carrier) flags.unshift("NO-CARRIER");
  if (link.peer && link.peer.netns === netns && !linkByIndex(world, netns, link.peer.ifindex)?.adminUp) flags.push("M-DOWN");
  return `<${flags.join(",")}>`;
}

/** RFC 2863 operstate as `ip link` prints it. */
export function operState(world: World, netns: string, link: Link): string {
  if (!link.adminUp) return "DOWN";
  if (link.kind === "loopback") return "UNKNOWN";
  if (!hasCarrier(world, netns, link)) return link.peer && link.peer.ifindex !== link.ifindex ? "LOWERLAYERDOWN" : "DOWN";
  if (link.kind === "bridge" && !link.hadPorts) return "UNKNOWN";
  return "UP";
}

/** A bridge shows its lowest port MAC; with no port left, zeros. */
export function linkMac(world: World, netns: string, link: Link): string {
  if (link.kind !== "bridge" || !link.hadPorts) return link.mac;
  const macs = bridgePorts(world, netns, link).map((p) => p.mac).sort();
  return macs[0] ?? "00:00:00:00:00:00";
}

export function qdisc(link: Link): string {
  return link.adminUp || link.everUp ? "noqueue" : "noop";
}

/** The id this namespace knows another one by, if any. */
export function netnsId(world: World, viewer: string, other: string): number | undefined {
  return world.netnsIds?.[viewer]?.[other];
}

/** The trailer of a veth's link/ether line: " link-netns NAME" or " link-netnsid N". */
export function linkNetns(world: World, netns: string, link: Link): string {
  if (!link.peer || link.peer.netns === netns) return "";
  if (link.peer.netns !== "") return ` link-netns ${link.peer.netns}`;
  return ` link-netnsid ${netnsId(world, netns, link.peer.netns) ?? 0}`;
}

/** fe80::/64 from the MAC (modified EUI-64). */
export function linkLocal6(mac: string): string {
  return formatIpv6Words(linkLocalAddr6(mac));
}

/** inet_ntop: the longest run of two or more zero groups (the first of equals) becomes "::". */
export function formatIpv6Words(words: number[]): string {
  let best = { at: -1, len: 0 };
  for (let i = 0; i < words.length; ) {
    if (words[i] !== 0) { i++; continue; }
    let j = i;
    while (j < words.length && words[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (best.len < 2) return hex.join(":");
  return `${hex.slice(0, best.at).join(":")}::${hex.slice(best.at + best.len).join(":")}`;
}

/** rtnl_group_n2a: Debian's /etc/iproute2/group names only group 0. */
export function groupName(link: Link): string {
  return link.group ? String(link.group) : "default";
}

/** rtnl_group_a2n: a name, or strtol's number kept in an int, which must not be negative. */
export function parseGroup(text: string): number | undefined {
  if (text === "default") return 0;
  const m = /^[ \t\n\v\f\r]*([+-]?)(0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)$/i.exec(text);
  if (!m) return undefined;
  const LONG_MAX = (1n << 63n) - 1n;
  let n = BigInt(m[2]!.startsWith("0") && !/^0x/i.test(m[2]!) ? `0o${m[2]!.slice(1) || "0"}` : m[2]!);
  if (m[1] === "-") n = -n;
  if (n > LONG_MAX) n = LONG_MAX;
  if (n < -LONG_MAX - 1n) n = -LONG_MAX - 1n;
  const id = Number(BigInt.asIntN(32, n));
  return id < 0 ? undefined : id;
}
