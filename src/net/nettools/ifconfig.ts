// net-tools 2.10 `ifconfig`: listings (ifconfig-show.ts) and the settings it makes through the
// old ioctls (SIOCSIFADDR, SIOCSIFNETMASK, SIOCSIFBRDADDR, SIOCSIFFLAGS, SIOCSIFMTU, …) with
// the kernel's answers (devinet_ioctl: class-based prefix, broadcast recomputed, alias labels).
import { strictMacBytes, macText } from "../../netfilter/mac.js";
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { maskToPrefix, prefixToMask } from "../../netfilter/ip.js";
import { addAddress, addressesOf, deleteAddress } from "../addresses.js";
import { findLink, getNamespace, setLinkUp } from "../links.js";
import { dropDeviceSysctls, initDeviceSysctls } from "../sysctl.js";
import { resolveHost } from "../traffic/args.js";
import type { IfAddr, Link } from "../types.js";
import { IFF_ALLMULTI, IFF_BROADCAST, IFF_MULTICAST, IFF_NOARP, IFF_PROMISC, IFF_UP, SHORT_HEADER, entries, labelAddress, longEntry, shortEntry, type Entry } from "./ifconfig-show.js";
import { IFCONFIG_AF_HEAD, IFCONFIG_AF_LIST, IFCONFIG_HW_HEAD, IFCONFIG_HW_LIST, IFCONFIG_USAGE } from "./usage.js";

const OPTERR = 3;

function usageError(before = ""): CommandResult {
  return { stdout: "", stderr: before + IFCONFIG_USAGE + IFCONFIG_HW_HEAD + IFCONFIG_HW_LIST + IFCONFIG_AF_HEAD + IFCONFIG_AF_LIST, rc: OPTERR };
}

/** The name as asked: a listed entry, or NAME:N of an existing device (an alias with no address yet). */
function lookup(ctx: CommandContext, name: string): Entry | undefined {
  const found = entries(ctx.world, ctx.netns).find((e) => e.name === name);
  if (found) return found;
  const base = name.includes(":") ? name.slice(0, name.indexOf(":")) : undefined;
  const link = base !== undefined ? findLink(ctx.world, ctx.netns, base) : undefined;
  return link ? { name, link, alias: true } : undefined;
}

function show(ctx: CommandContext, all: boolean, short: boolean, name?: string): CommandResult {
  let out = short ? SHORT_HEADER : "";
  const print = (e: Entry) => (out += short ? shortEntry(ctx.world, ctx.netns, e) : longEntry(ctx.world, ctx.netns, e));
  if (name === undefined) {
    for (const e of entries(ctx.world, ctx.netns)) if (all || e.link.adminUp) print(e);
    return { stdout: out, stderr: "", rc: 0 };
  }
  const e = lookup(ctx, name);
  if (!e) return { stdout: out, stderr: `${name}: error fetching interface information: Device not found\n`, rc: 1 };
  print(e);
  return { stdout: out, stderr: "", rc: 0 };
}

/** INET_resolve: "default", an inet_aton address, or a name from /etc/hosts. */
function inetInput(ctx: CommandContext, text: string): number | undefined {
  if (text === "default") return 0;
  return resolveHost(ctx, text);
}

/** inet_abc_len: the classful prefix SIOCSIFADDR gives a new address (-1: not allowed). */
function classPrefix(addr: number): number {
  if (addr === 0 || addr === 0xffffffff) return 0;
  const top = addr >>> 24;
  if (top < 128) return 8;
  if (top < 192) return 16;
  if (top < 224) return 24;
  if (top >= 240) return 32;
  return -1;
}

class Session {
  out = "";
  err = "";
  rc = 0;
  constructor(readonly ctx: CommandContext, public name: string) {}

  get base(): string {
    return this.name.includes(":") ? this.name.slice(0, this.name.indexOf(":")) : this.name;
  }
  link(): Link | undefined {
    return findLink(this.ctx.world, this.ctx.netns, this.base);
  }
  ifa(): IfAddr | undefined {
    const link = this.link();
    return link ? labelAddress(this.ctx.world, this.ctx.netns, { name: this.name, link, alias: this.name !== link.name }) : undefined;
  }
  fail(text: string, rc = 1): void {
    this.err += text;
    this.rc = this.rc === -1 || rc === -1 ? -1 : this.rc | rc;
  }

  /** set_flag / clr_flag: SIOCGIFFLAGS then SIOCSIFFLAGS. */
  flags(set: number, clear: number): void {
    const link = this.link();
    if (!link) return this.fail(`${this.name}: ERROR while getting interface flags: No such device\n`, -1);
    if (this.name !== link.name) {
      // devinet_ioctl: an alias set down loses its address; flags of the device stay
      const ifa = this.ifa();
      if (!ifa) return this.fail("SIOCSIFFLAGS: Cannot assign requested address\n", -1);
      if (clear & IFF_UP) deleteAddress(this.ctx.world, this.ctx.netns, link, ifa.addr, ifa.prefix, ifa.peer);
      return;
    }
    if (set & IFF_UP) setLinkUp(this.ctx.world, this.ctx.netns, link, true);
    if (clear & IFF_UP) setLinkUp(this.ctx.world, this.ctx.netns, link, false);
    const extra = set & ~IFF_UP & ~0x40 || clear & ~IFF_UP;
    if (extra) {
      const x = (link.extraFlags ??= { set: 0, cleared: 0 });
      x.set = (x.set | set) & ~clear & ~(IFF_UP | 0x40);
      x.cleared = (x.cleared | clear) & ~set & ~IFF_UP;
    }
  }

  /** Remove then re-add an address with new settings, as inet_del_ifa + inet_insert_ifa do. */
  replace(ifa: IfAddr, addr: number, prefix: number, broadcast: number | undefined): void {
    const link = this.link()!;
    deleteAddress(this.ctx.world, this.ctx.netns, link, ifa.addr, ifa.prefix, ifa.peer);
    this.insert(link, addr, prefix, broadcast, ifa.label);
  }

  insert(link: Link, addr: number, prefix: number, broadcast: number | undefined, label?: string): void {
    if (addr === 0) return; // __inet_insert_ifa frees an address of 0.0.0.0
    const scope = addr >>> 24 === 127 ? "host" : "global";
    addAddress(this.ctx.world, this.ctx.netns, link, addr, prefix, broadcast || undefined, scope);
    if (label !== undefined && label !== link.name) {
      const added = getNamespace(this.ctx.world, this.ctx.netns)!.addrs.find((a) => a.ifindex === link.ifindex && a.addr === addr && a.prefix === prefix);
      if (added) added.label = label;
    }
  }

  /** SIOCSIFADDR. */
  setAddress(addr: number): void {
    const link = this.link();
    if (!link) return this.fail("SIOCSIFADDR: No such device\n");
    const prefix = classPrefix(addr);
    if (prefix < 0) return this.fail("SIOCSIFADDR: Invalid argument\n");
    const broadcast = link.kind !== "loopback" && prefix < 31 ? (addr | ~prefixToMask(prefix)) >>> 0 : undefined;
    const old = this.ifa();
    if (old && old.addr === addr) return;
    if (old) this.replace(old, addr, prefix, broadcast);
    else this.insert(link, addr, prefix, broadcast, this.name);
  }

  /** SIOCSIFNETMASK: a broadcast that matched the old mask follows the new one. */
  setNetmask(mask: number): void {
    const link = this.link();
    if (!link) return this.fail("SIOCSIFNETMASK: No such device\n");
    const ifa = this.ifa();
    if (!ifa) return this.fail("SIOCSIFNETMASK: Cannot assign requested address\n");
    const prefix = maskToPrefix(mask);
    if (prefix < 0) return this.fail("SIOCSIFNETMASK: Invalid argument\n");
    if (prefix === ifa.prefix) return;
    const oldMask = prefixToMask(ifa.prefix);
    let broadcast = ifa.broadcast;
    if (link.kind !== "loopback" && prefix < 31 && (ifa.broadcast ?? 0) === ((ifa.addr | ~oldMask) >>> 0)) broadcast = (ifa.addr | ~mask) >>> 0;
    this.replace(ifa, ifa.addr, prefix, broadcast);
  }

  /** SIOCSIFBRDADDR. */
  setBroadcast(addr: number): void {
    if (!this.link()) return this.fail("SIOCSIFBRDADDR: No such device\n");
    const ifa = this.ifa();
    if (!ifa) return this.fail("SIOCSIFBRDADDR: Cannot assign requested address\n");
    if ((ifa.broadcast ?? 0) !== addr) this.replace(ifa, ifa.addr, ifa.prefix, addr);
  }

  /** SIOCSIFMTU: dev_set_mtu's bounds (68 for Ethernet devices, at most 65535). */
  setMtu(text: string): void {
    const link = this.link();
    if (!link) return this.fail("SIOCSIFMTU: No such device\n");
    const mtu = atoi(text);
    const min = link.kind === "loopback" ? 0 : 68;
    if (mtu < min || mtu > 65535) return this.fail("SIOCSIFMTU: Invalid argument\n");
    link.mtu = mtu;
    // inetdev_event(NETDEV_CHANGEMTU): below 68 bytes IPv4 is switched off and its addresses go
    if (mtu < 68) {
      for (const a of [...addressesOf(this.ctx.world, this.ctx.netns, link)].reverse()) {
        deleteAddress(this.ctx.world, this.ctx.netns, link, a.addr, a.prefix, a.peer);
      }
    }
  }

  /** SIOCSIFNAME; inetdev_changename relabels the addresses: the first takes the new name,
   * the others keep their ":N" suffix or get ":<position>". */
  rename(to: string): void {
    const link = this.link();
    if (!link) return this.fail("SIOCSIFNAME: No such device\n");
    if (to === link.name) return;
    if (findLink(this.ctx.world, this.ctx.netns, to)) return this.fail("SIOCSIFNAME: File exists\n");
    if (to === "" || to.length > 15 || /[/:\s]/.test(to)) return this.fail("SIOCSIFNAME: Invalid argument\n");
    dropDeviceSysctls(this.ctx.world, this.ctx.netns, link.name);
    addressesOf(this.ctx.world, this.ctx.netns, link).forEach((a, i) => {
      const old = a.label ?? link.name;
      if (i === 0) delete a.label;
      else {
        const suffix = old.includes(":") ? old.slice(old.indexOf(":")) : `:${i + 1}`;
        a.label = to.length + suffix.length < 16 ? `${to}${suffix}` : `${to.slice(0, 15 - suffix.length)}${suffix}`;
      }
    });
    link.name = to;
    initDeviceSysctls(this.ctx.world, this.ctx.netns, link.name);
    this.name = to;
  }

  /** `add ADDR` / `del ADDR` (set_ifstate): a new alias NAME:N with the parent's netmask and broadcast. */
  alias(addr: number, add: boolean): void {
    const link = this.link();
    if (!link || this.name !== link.name) {
      this.err += `${this.name}: error fetching interface information: Device not found\n`.repeat(2);
      return;
    }
    const parent = this.ifa();
    const labels = addressesOf(this.ctx.world, this.ctx.netns, link).map((a) => a.label ?? link.name);
    const existing = addressesOf(this.ctx.world, this.ctx.netns, link).find((a) => a.label?.startsWith(`${link.name}:`) && a.addr === addr);
    if (existing) {
      // do_ifcmd: the alias with this address is set up (add) or down, which deletes it (del)
      if (!add) deleteAddress(this.ctx.world, this.ctx.netns, link, existing.addr, existing.prefix, existing.peer);
      return;
    }
    let n = 0;
    while (labels.includes(`${link.name}:${n}`)) n++;
    const prefix = classPrefix(addr);
    if (prefix < 0) return;
    const mask = parent ? parent.prefix : prefix;
    const alias = new Session(this.ctx, `${link.name}:${n}`);
    alias.setAddress(addr);
    alias.setNetmask(prefixToMask(mask));
    alias.setBroadcast(parent?.broadcast ?? 0);
  }

  /** SIOCSIFHWADDR with `hw ether MAC`. */
  setHardware(text: string): void {
    const link = this.link();
    if (!link) return this.fail("SIOCSIFHWADDR: No such device\n");
    const bytes = strictMacBytes(text);
    if (!bytes) return this.fail(`${text}: invalid ether address.\n`);
    link.mac = macText(bytes);
  }
}

function atoi(text: string): number {
  const m = /^\s*([+-]?\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

const FLAG_WORDS: Record<string, [number, number]> = {
  arp: [0, IFF_NOARP], "-arp": [IFF_NOARP, 0], promisc: [IFF_PROMISC, 0], "-promisc": [0, IFF_PROMISC],
  allmulti: [IFF_ALLMULTI, 0], "-allmulti": [0, IFF_ALLMULTI], multicast: [IFF_MULTICAST, 0], "-multicast": [0, IFF_MULTICAST],
  trailers: [0, 0], "-trailers": [0, 0], up: [IFF_UP | 0x40, 0], down: [0, IFF_UP], "-broadcast": [0, IFF_BROADCAST],
};

function configure(ctx: CommandContext, name: string, words: string[]): CommandResult {
  const s = new Session(ctx, name);
  let netmaskDone = false;
  let pendingMask: number | undefined;
  const lookupFailed = (host: string) => s.fail(`${host}: Host name lookup failure\n`);
  if (words[0] === "inet") words = words.slice(1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (FLAG_WORDS[w]) {
      const [set, clear] = FLAG_WORDS[w]!;
      s.flags(set, clear);
      continue;
    }
    if (["mtu", "netmask", "txqueuelen", "name", "dstaddr", "keepalive", "outfill", "mem_start", "io_addr", "irq", "media", "port", "add", "del", "tunnel"].includes(w) && next === undefined) return usageError(s.err);
    if (w === "mtu") { s.setMtu(words[++i]!); continue; }
    if (w === "txqueuelen") { i++; continue; }
    if (w === "name") { s.rename(words[++i]!); continue; }
    if (w === "netmask") {
      if (netmaskDone) return usageError(s.err);
      const mask = inetInput(ctx, words[++i]!);
      if (mask === undefined) { lookupFailed(words[i]!); continue; }
      netmaskDone = true;
      s.setNetmask(mask);
      continue;
    }
    if (w === "broadcast") {
      if (next !== undefined) {
        const b = inetInput(ctx, words[++i]!);
        if (b === undefined) { lookupFailed(words[i]!); continue; }
        s.setBroadcast(b);
      }
      s.flags(IFF_BROADCAST, 0);
      continue;
    }
    if (w === "add" || w === "del") {
      const text = words[++i]!;
      if (text.includes(":")) continue; // IPv6 is not emulated
      const addr = inetInput(ctx, text);
      if (addr === undefined) { lookupFailed(text); continue; }
      s.alias(addr, w === "add");
      continue;
    }
    if (w === "hw") {
      const type = words[++i];
      if (type !== "ether" || words[i + 1] === undefined) return usageError(s.err);
      s.setHardware(words[++i]!);
      continue;
    }
    // the address, with an optional /prefix (set after everything else, as ifconfig does)
    const m = /^([^/]*)(?:\/(.*))?$/.exec(w)!;
    if (m[2] !== undefined) {
      const len = Number(m[2]);
      if (!/^\d+$/.test(m[2]) || len > 32 || netmaskDone) return usageError(s.err);
      pendingMask = prefixToMask(len);
    }
    const addr = inetInput(ctx, m[1]!);
    if (addr === undefined) {
      return { stdout: "", stderr: `${s.err}${m[1]}: Host name lookup failure\nifconfig: \`--help' gives usage information.\n`, rc: 1 };
    }
    s.setAddress(addr);
    // an alias given 0.0.0.0 is gone: it is not brought up
    if (!(name.includes(":") && addr === 0)) s.flags(IFF_UP | 0x40, 0);
  }
  if (pendingMask !== undefined) s.setNetmask(pendingMask);
  return { stdout: s.out, stderr: s.err, rc: s.rc < 0 ? 255 : s.rc };
}

export const ifconfigCommand: Command = {
  name: "ifconfig",
  run(ctx: CommandContext): CommandResult {
    const args = ctx.argv.slice(1);
    let all = false;
    let short = false;
    while (args.length > 0 && args[0]!.startsWith("-")) {
      const a = args.shift()!;
      if (a === "-a") all = true;
      else if (a === "-s") short = true;
      else if (a === "-v") continue;
      else if (a === "-V" || a === "-version" || a === "--version") return { stdout: "net-tools 2.10\n", stderr: "", rc: 0 };
      else if (["-?", "-h", "-help", "--help"].includes(a)) {
        return { stdout: IFCONFIG_USAGE + IFCONFIG_HW_HEAD + IFCONFIG_AF_HEAD, stderr: IFCONFIG_HW_LIST + IFCONFIG_AF_LIST, rc: 0 };
      } else return { stdout: "", stderr: `ifconfig: option \`${a}' not recognised.\nifconfig: \`--help' gives usage information.\n`, rc: 1 };
    }
    if (args.length === 0) return show(ctx, all, short);
    const name = args[0]!.slice(0, 15);
    if (args.length === 1) return show(ctx, all, short, name);
    return configure(ctx, name, args.slice(1));
  },
};
