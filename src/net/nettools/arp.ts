// net-tools 2.10 `arp`: the IPv4 neighbour table as /proc/net/arp shows it (entries the packet
// path learnt, `ip neigh add`/`arp -s` ones, resolutions still waiting), and SIOCSARP/SIOCDARP.
import { strictMacBytes, macText } from "../../netfilter/mac.js";
import type { Command, CommandContext, CommandResult } from "../../shell/types.js";
import { formatIpv4, inSubnet, parseIpv4, prefixToMask } from "../../netfilter/ip.js";
import { waitForever } from "../../shell/deadline.js";
import { findLink, getNamespace } from "../links.js";
import type { NeighbourAnswer } from "../neighbour.js";
import { clearFailedNeighbours, failedNeighbours } from "../neighbour-failed.js";
import type { PendingArp } from "../packet-path-arp.js";
import { routeOutput } from "../routing.js";
import { resolveHost } from "../traffic/args.js";
import { TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { ARP_HW_LIST, ARP_USAGE } from "./usage.js";

const ATF_COM = 0x02;
const ATF_PERM = 0x04;

export interface ArpRow { ip: number; mac: string; flags: number; dev: string }
interface StaticNeighbour { dev: string; addr: number; lladdr?: string; state: string }

/** /proc/net/arp: what ip neigh lists for IPv4, plus unresolved entries (flags 0). */
export function arpRows(ctx: Pick<CommandContext, "world" | "netns">): ArpRow[] {
  const ns = getNamespace(ctx.world, ctx.netns);
  if (!ns) return [];
  const up = (dev: string) => findLink(ctx.world, ctx.netns, dev)?.adminUp === true && dev !== "lo";
  const out: ArpRow[] = [];
  const statics = (ns["staticNeighbours"] as Record<string, StaticNeighbour> | undefined) ?? {};
  for (const e of Object.values(statics)) {
    if (e.state === "NONE" || e.state === "NOARP" || !up(e.dev)) continue;
    const complete = e.lladdr !== undefined && e.state !== "INCOMPLETE" && e.state !== "FAILED";
    out.push({ ip: e.addr, mac: e.lladdr ?? "00:00:00:00:00:00", flags: !complete ? 0 : e.state === "PERMANENT" ? ATF_COM | ATF_PERM : ATF_COM, dev: e.dev });
  }
  const learnt = (ns["neighbours"] as Record<string, NeighbourAnswer> | undefined) ?? {};
  for (const [key, answer] of Object.entries(learnt)) {
    const [dev = "", addr = "0"] = key.split("|");
    if (!up(dev) || out.some((r) => r.dev === dev && r.ip === Number(addr))) continue;
    out.push({ ip: Number(addr), mac: findLink(ctx.world, answer.netns, answer.iface)?.mac ?? "00:00:00:00:00:00", flags: ATF_COM, dev });
  }
  const pending = (ctx.world["arpPending"] as PendingArp[] | undefined) ?? [];
  for (const p of pending) {
    if (p.netns !== ctx.netns || !up(p.oif) || out.some((r) => r.dev === p.oif && r.ip === p.nexthop)) continue;
    out.push({ ip: p.nexthop, mac: "00:00:00:00:00:00", flags: 0, dev: p.oif });
  }
  for (const f of failedNeighbours(ctx.world, ctx.netns)) {
    if (!up(f.oif) || out.some((r) => r.dev === f.oif && r.ip === f.addr)) continue;
    out.push({ ip: f.addr, mac: "00:00:00:00:00:00", flags: 0, dev: f.oif });
  }
  return out.sort((a, b) => a.ip - b.ip);
}

/** gethostbyaddr: /etc/hosts, else DNS, which waits for ever when the resolver is routable. */
function reverseName(ctx: CommandContext, ip: number): string | undefined {
  const text = formatIpv4(ip);
  for (const line of (ctx.fs.readFile("/etc/hosts") ?? "").split("\n")) {
    const fields = line.replace(/#.*/, "").trim().split(/\s+/);
    if (fields.length >= 2 && fields[0] === text) return fields[1];
  }
  const server = /^\s*nameserver\s+(\S+)/m.exec(ctx.fs.readFile("/etc/resolv.conf") ?? "")?.[1];
  const addr = server !== undefined ? parseIpv4(server) : undefined;
  if (addr !== undefined && routeOutput(ctx.world, ctx.netns, { dst: addr }).ok) waitForever(ctx.world);
  return undefined;
}

/** The device SIOCSARP/SIOCDARP use: -i/dev, else the link-scope route (ip_route_output, RT_SCOPE_LINK). */
function arpDevice(ctx: CommandContext, ip: number, device: string): { dev: string } | { errno: string } {
  if (device !== "") return findLink(ctx.world, ctx.netns, device) ? { dev: device } : { errno: "No such device" };
  const ns = getNamespace(ctx.world, ctx.netns)!;
  const local = ns.routes.find((r) => r.table === TABLE_LOCAL && r.type === "local" && inSubnet(ip, r.dst, prefixToMask(r.prefix)));
  if (local) return { dev: "lo" };
  const candidates = ns.routes.filter((r) => r.table === TABLE_MAIN && r.type === "unicast" && r.gateway === undefined && !r.nexthops &&
    r.scope >= 253 && inSubnet(ip, r.dst, prefixToMask(r.prefix)) && r.oif !== undefined);
  candidates.sort((a, b) => b.prefix - a.prefix || a.metric - b.metric);
  const route = candidates.find((r) => ns.links.find((l) => l.ifindex === r.oif)?.adminUp);
  const dev = route ? ns.links.find((l) => l.ifindex === route.oif)?.name : undefined;
  return dev ? { dev } : { errno: "Network is unreachable" };
}

function parseMac(text: string): string | undefined {
  const bytes = strictMacBytes(text);
  return bytes && macText(bytes);
}

interface Options { mode: "show" | "all" | "delete" | "set" | "file"; numeric: boolean; linux: boolean; verbose: boolean; device: string; hwSet: boolean; rest: string[] }

const usage = (rc: number, before = ""): CommandResult =>
  rc === 0 ? { stdout: ARP_USAGE, stderr: ARP_HW_LIST, rc } : { stdout: "", stderr: before + ARP_USAGE + ARP_HW_LIST, rc };

/** getopt_long with "A:H:adfp:nsei:t:vh?DNV" and arp's long options. */
function parseArgs(argv: string[]): Options | CommandResult {
  const o: Options = { mode: "show", numeric: false, linux: false, verbose: false, device: "", hwSet: false, rest: [] };
  const longs: Record<string, string> = { verbose: "v", version: "V", all: "a", delete: "d", file: "f", numeric: "n", set: "s", protocol: "A", "hw-type": "H", device: "i", help: "h", "use-device": "D", symbolic: "N" };
  const withArg = new Set(["A", "H", "p", "i", "t"]);
  const apply = (c: string, value?: string): CommandResult | undefined => {
    if (c === "a") { o.mode = "all"; }
    else if (c === "f") o.mode = "file";
    else if (c === "d") o.mode = "delete";
    else if (c === "s") o.mode = "set";
    else if (c === "e") o.linux = true;
    else if (c === "n") o.numeric = true;
    else if (c === "v") o.verbose = true;
    else if (c === "i") o.device = value!.slice(0, 15);
    else if (c === "H" || c === "t") {
      if (value !== "ether") return { stdout: "", stderr: `arp: ${value}: unknown hardware type.\n`, rc: 255 };
      o.hwSet = true;
    } else if (c === "A" || c === "p") {
      if (value !== "inet") return { stdout: "", stderr: `arp: ${value}: unknown address family.\n`, rc: 255 };
    } else if (c === "V") return { stdout: "net-tools 2.10\n", stderr: "", rc: 0 };
    else if (c === "h") return usage(0);
    return undefined;
  };
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") { positional.push(...argv.slice(i + 1)); break; }
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const hits = Object.keys(longs).filter((k) => k.startsWith(name));
      const key = hits.includes(name) ? name : hits.length === 1 ? hits[0] : undefined;
      if (key === undefined) return usage(3, hits.length > 1 ? `arp: option '${a}' is ambiguous\n` : `arp: unrecognized option '${a}'\n`);
      const c = longs[key]!;
      let value = inline;
      if (withArg.has(c) && value === undefined) {
        value = argv[++i];
        if (value === undefined) return usage(3, `arp: option '--${key}' requires an argument\n`);
      }
      const r = apply(c, value);
      if (r) return r;
      continue;
    }
    if (!a.startsWith("-") || a === "-") { positional.push(a); continue; }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (!"AHadfpnseitvh?DNV".includes(c)) return usage(3, `arp: invalid option -- '${c}'\n`);
      if (c === "?") return usage(3);
      let value: string | undefined;
      if (withArg.has(c)) {
        value = a.slice(j + 1) || argv[++i];
        if (value === undefined) return usage(3, `arp: option requires an argument -- '${c}'\n`);
        j = a.length;
      }
      const r = apply(c, value);
      if (r) return r;
    }
  }
  o.rest = positional;
  return o;
}

function show(ctx: CommandContext, o: Options): CommandResult {
  const name = o.rest[0];
  let host: number | undefined;
  if (name !== undefined) {
    host = resolveHost(ctx, name);
    if (host === undefined) return { stdout: "", stderr: `${name}: Host name lookup failure\n`, rc: 255 };
  }
  const all = arpRows(ctx);
  const shown = all.filter((r) => (host === undefined || r.ip === host) && (o.device === "" || r.dev === o.device));
  const linux = o.mode === "show" || o.linux;
  let out = "";
  if (linux && shown.length > 0) out += "Address                  HWtype  HWaddress           Flags Mask            Iface\n";
  for (const r of shown) {
    const ip = formatIpv4(r.ip);
    const resolved = o.numeric ? undefined : reverseName(ctx, r.ip);
    const complete = (r.flags & ATF_COM) !== 0;
    if (linux) {
      const flags = `${complete ? "C" : ""}${r.flags & ATF_PERM ? "M" : ""}`;
      const hw = complete ? `${"ether".padEnd(8)}${r.mac.padEnd(20)}` : `${"".padEnd(8)}${"(incomplete)".padEnd(20)}`;
      out += `${(resolved ?? ip).slice(0, 23).padEnd(23)}  ${hw}${flags.padEnd(6)}${"".padEnd(15)} ${r.dev}\n`;
    } else {
      out += `${resolved ?? "?"} (${ip}) at ${complete ? `${r.mac} [ether] ` : "<incomplete> "}${r.flags & ATF_PERM ? "PERM " : ""}on ${r.dev}\n`;
    }
  }
  if (o.verbose) out += `Entries: ${all.length}\tSkipped: ${all.length - shown.length}\tFound: ${shown.length}\n`;
  if (shown.length === 0) {
    if (host !== undefined && o.mode !== "all") out += `${name} (${formatIpv4(host)}) -- no entry\n`;
    else if (o.hwSet || host !== undefined || o.device !== "") out += `arp: in ${all.length} entries no match found.\n`;
  }
  return { stdout: out, stderr: "", rc: 0 };
}

/** Modifiers after `arp -s HOST MAC` / `arp -d HOST`. */
function modifiers(words: string[], o: Options): { temp: boolean; pub: boolean } | CommandResult {
  let temp = false;
  let pub = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "temp") temp = true;
    else if (w === "pub") pub = true;
    else if (w === "priv" || w === "trail" || w === "dontpub" || w === "auto") continue;
    else if (w === "dev" || w === "netmask") {
      const value = words[++i];
      if (value === undefined) return usage(3);
      if (w === "dev") o.device = value.slice(0, 15);
    } else return usage(3);
  }
  return { temp, pub };
}

function set(ctx: CommandContext, o: Options): CommandResult {
  const [hostText, macText, ...more] = o.rest;
  if (hostText === undefined) return { stdout: "", stderr: "arp: need host name\n", rc: 255 };
  const ip = resolveHost(ctx, hostText);
  if (ip === undefined) return { stdout: "", stderr: `${hostText}: Host name lookup failure\n`, rc: 255 };
  if (macText === undefined) return { stdout: "", stderr: "arp: need hardware address\n", rc: 255 };
  const mac = parseMac(macText);
  if (mac === undefined) return { stdout: "", stderr: "arp: invalid hardware address\n", rc: 255 };
  const mods = modifiers(more, o);
  if ("rc" in mods) return mods;
  const ns = getNamespace(ctx.world, ctx.netns)!;
  if (mods.pub) {
    // a published entry without a device takes the device that has this hardware address
    const owner = o.device !== "" ? findLink(ctx.world, ctx.netns, o.device) : ns.links.find((l) => l.mac === mac);
    return owner ? { stdout: "", stderr: "", rc: 0 } : { stdout: "", stderr: "SIOCSARP: No such device\n", rc: 255 };
  }
  const where = arpDevice(ctx, ip, o.device);
  if ("errno" in where) return { stdout: "", stderr: `SIOCSARP: ${where.errno}\n`, rc: 255 };
  if (where.dev === "lo") return { stdout: "", stderr: "SIOCSARP: Invalid argument\n", rc: 255 };
  const statics = ((ns["staticNeighbours"] as Record<string, StaticNeighbour> | undefined) ??= {});
  statics[`${where.dev}|${ip}`] = { dev: where.dev, addr: ip, lladdr: mac, state: mods.temp ? "STALE" : "PERMANENT" };
  const learnt = ns["neighbours"] as Record<string, unknown> | undefined;
  if (learnt) delete learnt[`${where.dev}|${ip}`];
  return { stdout: "", stderr: "", rc: 0 };
}

function remove(ctx: CommandContext, o: Options): CommandResult {
  const [hostText, ...more] = o.rest;
  if (hostText === undefined) return { stdout: "", stderr: "arp: need host name\n", rc: 255 };
  const ip = resolveHost(ctx, hostText);
  if (ip === undefined) return { stdout: "", stderr: `${hostText}: Host name lookup failure\n`, rc: 255 };
  const mods = modifiers(more, o);
  if ("rc" in mods) return mods;
  const noEntry: CommandResult = { stdout: `No ARP entry for ${hostText}\n`, stderr: "", rc: 255 };
  if (mods.pub) return noEntry;
  const where = arpDevice(ctx, ip, o.device);
  if ("errno" in where) return { stdout: "", stderr: `SIOCDARP(dontpub): ${where.errno}\n`, rc: 255 };
  const ns = getNamespace(ctx.world, ctx.netns)!;
  const key = `${where.dev}|${ip}`;
  const statics = ns["staticNeighbours"] as Record<string, StaticNeighbour> | undefined;
  const learnt = ns["neighbours"] as Record<string, unknown> | undefined;
  const had = arpRows(ctx).some((r) => r.dev === where.dev && r.ip === ip);
  if (!had) return noEntry;
  if (statics) delete statics[key];
  if (learnt) delete learnt[key];
  clearFailedNeighbours(ctx.world, ctx.netns, where.dev, ip);
  const pending = ctx.world["arpPending"] as PendingArp[] | undefined;
  if (pending) ctx.world["arpPending"] = pending.filter((p) => !(p.netns === ctx.netns && p.oif === where.dev && p.nexthop === ip));
  return { stdout: "", stderr: "", rc: 0 };
}

export const arpCommand: Command = {
  name: "arp",
  run(ctx: CommandContext): CommandResult {
    const o = parseArgs(ctx.argv);
    if ("rc" in o) return o;
    if (o.mode === "set") return set(ctx, o);
    if (o.mode === "delete") return remove(ctx, o);
    if (o.mode === "file") {
      const file = o.rest[0] ?? "/etc/ethers";
      return ctx.fs.readFile(file) === undefined
        ? { stdout: "", stderr: `arp: cannot open etherfile ${file} !\n`, rc: 255 }
        : { stdout: "", stderr: "", rc: 0 };
    }
    return show(ctx, o);
  },
};
