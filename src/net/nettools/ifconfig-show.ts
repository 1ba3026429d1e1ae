// net-tools 2.10 `ifconfig` listings (ife_print_long / ife_print_short): the devices of the
// namespace plus every IPv4 label (eth0:1), sorted as nstrcmp sorts them, from the emulated
// links, addresses and device counters.
import { inet6Entries } from "../ip/addr6.js";
import { formatIpv4, prefixToMask } from "../../netfilter/ip.js";
import { addressesOf } from "../addresses.js";
import { getNamespace } from "../links.js";
import { statsOf } from "../link-stats.js";
import { linkMac, operState } from "../ip/common.js";
import type { IfAddr, Link, World } from "../types.js";

export const IFF_UP = 0x1;
export const IFF_BROADCAST = 0x2;
export const IFF_LOOPBACK = 0x8;
export const IFF_RUNNING = 0x40;
export const IFF_NOARP = 0x80;
export const IFF_PROMISC = 0x100;
export const IFF_ALLMULTI = 0x200;
export const IFF_MULTICAST = 0x1000;

/** One name ifconfig lists: a device, or an IPv4 label of one (lo:1). */
export interface Entry {
  name: string;
  link: Link;
  /** A label other than the device's own name: no counters, no IPv6. */
  alias: boolean;
}

/** dev_get_flags: UP, RUNNING (operationally up) and the device type's own bits. */
export function deviceFlags(world: World, netns: string, link: Link): number {
  let flags = link.kind === "loopback" ? IFF_LOOPBACK : IFF_BROADCAST | IFF_MULTICAST;
  if (link.adminUp) flags |= IFF_UP;
  const oper = operState(world, netns, link);
  const linkwatchDone = link.operUpAt === undefined || world.clock >= link.operUpAt;
  if (link.adminUp && (oper === "UP" || oper === "UNKNOWN") && linkwatchDone) flags |= IFF_RUNNING;
  if (link.extraFlags) flags = (flags | link.extraFlags.set) & ~link.extraFlags.cleared;
  return flags;
}

/** lib/nstrcmp.c: the name's trailing number compares numerically, a ":N" alias after its device. */
export function nstrcmp(a: string, b: string): number {
  const split = (s: string) => {
    const alias = /^(.*):(\d+)$/.exec(s);
    const base = alias ? alias[1]! : s;
    const digits = /\d*$/.exec(base)![0];
    return { base, stem: base.slice(0, base.length - digits.length), num: digits ? Number(digits) : 0, aliasNo: alias ? Number(alias[2]) : -1, aliasText: alias?.[2] };
  };
  const x = split(a);
  const y = split(b);
  const len = Math.min(x.stem.length, y.stem.length);
  const head = cmp(x.stem.slice(0, len), y.stem.slice(0, len));
  if (head !== 0) return head;
  if (x.stem.length !== y.stem.length) return x.stem.length > y.stem.length ? 1 : -1;
  if (x.num !== y.num) return x.num < y.num ? -1 : 1;
  const whole = cmp(x.base, y.base);
  if (whole !== 0) return whole;
  if (x.aliasNo !== y.aliasNo) return x.aliasNo < y.aliasNo ? -1 : 1;
  return x.aliasText !== undefined && y.aliasText !== undefined ? cmp(x.aliasText, y.aliasText) : 0;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** if_readlist: SIOCGIFCONF's labels and /proc/net/dev's devices, deduplicated and sorted. */
export function entries(world: World, netns: string): Entry[] {
  const ns = getNamespace(world, netns);
  if (!ns) return [];
  const list: Entry[] = [];
  const add = (name: string, link: Link, alias: boolean) => {
    if (!list.some((e) => e.name === name)) list.push({ name, link, alias });
  };
  for (const link of ns.links) for (const a of addressesOf(world, netns, link)) add(a.label ?? link.name, link, a.label !== undefined && a.label !== link.name);
  for (const link of ns.links) add(link.name, link, false);
  return list.sort((a, b) => nstrcmp(a.name, b.name));
}

/** The device a name (or NAME:N label) is asked about; dev_ioctl drops the ":N". */
export function entryFor(world: World, netns: string, name: string): Entry | undefined {
  return entries(world, netns).find((e) => e.name === name);
}

/** SIOCGIFADDR: the first address carrying the label. */
export function labelAddress(world: World, netns: string, e: Entry): IfAddr | undefined {
  return addressesOf(world, netns, e.link).find((a) => (a.label ?? e.link.name) === e.name);
}

function flagNames(flags: number): string {
  const names: [number, string][] = [[IFF_UP, "UP"], [IFF_BROADCAST, "BROADCAST"], [IFF_LOOPBACK, "LOOPBACK"], [IFF_RUNNING, "RUNNING"],
    [IFF_NOARP, "NOARP"], [IFF_PROMISC, "PROMISC"], [IFF_ALLMULTI, "ALLMULTI"], [IFF_MULTICAST, "MULTICAST"]];
  return `flags=${flags}<${names.filter(([bit]) => flags & bit).map(([, n]) => n).join(",")}>`;
}

/** ife_unit: the byte count in the largest binary unit it exceeds, one decimal, truncated. */
export function scaledBytes(value: number): string {
  const units: [number, string][] = [[2 ** 50, "PiB"], [2 ** 40, "TiB"], [2 ** 30, "GiB"], [2 ** 20, "MiB"], [2 ** 10, "KiB"]];
  for (const [size, unit] of units) {
    if (value > size) {
      const tenths = Math.floor((value * 10) / size);
      return `${Math.floor(tenths / 10)}.${tenths % 10} ${unit}`;
    }
  }
  return `${value}.0 B`;
}

const SCOPE_IDS = { host: "0x10<host>", link: "0x20<link>", global: "0x0<global>" };

/** /proc/net/if_inet6 walks a hash of the addresses (seeded per namespace); oldest first here. */
function inet6Lines(world: World, netns: string, link: Link): string[] {
  return inet6Entries({ world, netns }, link).reverse().map((e) => `        inet6 ${e.local}  prefixlen ${e.prefixlen}  scopeid ${SCOPE_IDS[e.scope]}`);
}

/** ife_print_long. */
export function longEntry(world: World, netns: string, e: Entry): string {
  const { link } = e;
  const flags = deviceFlags(world, netns, link);
  let out = `${e.name}: ${flagNames(flags)}  mtu ${link.mtu}\n`;
  const ifa = labelAddress(world, netns, e);
  if (ifa) {
    out += `        inet ${formatIpv4(ifa.addr)}  netmask ${formatIpv4(prefixToMask(ifa.prefix))}`;
    if (flags & IFF_BROADCAST) out += `  broadcast ${formatIpv4(ifa.broadcast ?? 0)}`;
    out += "\n";
  }
  if (!e.alias) for (const line of inet6Lines(world, netns, link)) out += `${line}\n`;
  out += link.kind === "loopback"
    ? "        loop  txqueuelen 1000  (Local Loopback)\n"
    : `        ether ${linkMac(world, netns, link)}  txqueuelen 1000  (Ethernet)\n`;
  if (!e.alias) {
    const s = statsOf(link);
    out += `        RX packets ${s.rxPackets}  bytes ${s.rxBytes} (${scaledBytes(s.rxBytes)})\n`;
    out += "        RX errors 0  dropped 0  overruns 0  frame 0\n";
    out += `        TX packets ${s.txPackets}  bytes ${s.txBytes} (${scaledBytes(s.txBytes)})\n`;
    out += "        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n";
  }
  return `${out}\n`;
}

export const SHORT_HEADER = "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";

/** ife_print_short. */
export function shortEntry(world: World, netns: string, e: Entry): string {
  const flags = deviceFlags(world, netns, e.link);
  let out = `${e.name.slice(0, 15).padEnd(15)} ${String(e.link.mtu).padStart(5)} `;
  if (e.alias) out += "     - no statistics available -".padEnd(56);
  else {
    const s = statsOf(e.link);
    out += `${String(s.rxPackets).padStart(8)} ${"0".padStart(6)} ${"0".padStart(6)} ${"0".padEnd(6)} `;
    out += `${String(s.txPackets).padStart(8)} ${"0".padStart(6)} ${"0".padStart(6)} ${"0".padStart(6)} `;
  }
  const letters: [number, string][] = [[IFF_ALLMULTI, "A"], [IFF_BROADCAST, "B"], [IFF_LOOPBACK, "L"], [IFF_MULTICAST, "M"],
    [IFF_PROMISC, "P"], [IFF_NOARP, "O"], [IFF_RUNNING, "R"], [IFF_UP, "U"]];
  out += flags === 0 ? "[NO FLAGS]" : letters.filter(([bit]) => flags & bit).map(([, l]) => l).join("");
  return `${out}\n`;
}

/** netstat -i (-e: ifconfig's long form), under "Kernel Interface table". */
export function interfaceTable(world: World, netns: string, all: boolean, long: boolean): string {
  let out = "Kernel Interface table\n";
  if (!long) out += "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";
  for (const e of entries(world, netns)) {
    if (all || e.link.adminUp) out += long ? longEntry(world, netns, e) : shortEntry(world, netns, e);
  }
  return out;
}
