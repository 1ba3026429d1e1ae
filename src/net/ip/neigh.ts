// `ip neigh`: resolution is abstract (no ARP packets); the listing shows the answers the packet
// path cached (namespace key "neighbours": "oif|nexthop" → NeighbourAnswer) as REACHABLE entries.
import { formatIpv4, inSubnet, prefixToMask } from "../../netfilter/ip.js";
import type { CommandResult } from "../../shell/types.js";
import { findLink, getNamespace } from "../links.js";
import type { NeighbourAnswer } from "../neighbour.js";
import { clearFailedNeighbours, failedNeighbours } from "../neighbour-failed.js";
import type { PendingArp } from "../packet-path-arp.js";
import { fail, flushReport, garbage, invalidArgument, kernelError, matches, noDevice, ok, parseLooseIpv4, parsePrefix, paint, u32, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";
import { NEIGH_USAGE } from "./usage.js";
import { getNeigh } from "./neigh-get.js";
import { RESOLVED_STATS, staticStats, statsJson, statsText, updateEntry, type HandSetEntry, type NeighStats } from "./neigh-stats.js";
import { flushProxies, modifyProxy, showProxies } from "./neigh-proxy.js";
import { flushNeigh6, isNeigh6, modifyNeigh6, neigh6Json, neigh6Lines, wanted6 } from "./neigh6.js";

type Cache = Record<string, NeighbourAnswer>;

/** Entries made with `ip neigh add/replace` (namespace key "staticNeighbours": "dev|addr" → entry). */
interface StaticNeighbour extends HandSetEntry { dev: string; addr: number }
type StaticTable = Record<string, StaticNeighbour>;

/** The NUD state bits by value, as names. */
const NUD_BITS: Record<number, string> = { 0: "none", 1: "incomplete", 2: "reachable", 4: "stale", 8: "delay", 16: "probe", 32: "failed", 64: "noarp", 128: "permanent" };

export const NUD_STATES = ["permanent", "reachable", "stale", "noarp", "none", "incomplete", "delay", "probe", "failed"];

function staticTable(o: IpOptions): StaticTable {
  const ns = getNamespace(o.world, o.netns)!;
  return ((ns["staticNeighbours"] as StaticTable | undefined) ??= {});
}

/**
 * ll_addr_a2n: the colon-separated parts, each read by sscanf("%x") (which stops at the first
 * non-hex character: "5g" is 5) and at most 255. How many bytes the device takes is the kernel's
 * check (shortLladdr).
 */
export function parseLladdr(text: string): string | undefined {
  const bytes: string[] = [];
  for (const part of text.split(":")) {
    const m = /^[ \t\n\v\f\r]*\+?(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/.exec(part);
    if (!m) return undefined;
    const n = parseInt(m[1]!.replace(/^0+(?=.)/, "").slice(-9), 16);
    if (m[1]!.replace(/^0+/, "").length > 2 || n > 255) return undefined;
    bytes.push(n.toString(16).padStart(2, "0"));
    if (bytes.length === 32) break;
  }
  return bytes.join(":");
}

/** neigh_add refuses an address shorter than the device's (6 bytes); a longer one is cut. */
export function deviceLladdr(mac: string | undefined): string | undefined | CommandResult {
  if (mac === undefined) return undefined;
  const bytes = mac.split(":");
  return bytes.length < 6 ? kernelError("Error: Invalid link address.") : bytes.slice(0, 6).join(":");
}

export interface NeighArgs<A> { dev: string; dst: A; mac?: string; state: string }

/** ipneigh_modify's words for either family: `parseDst` reads the address or returns the error. */
export function parseNeighArgs<A>(args: string[], parseDst: (text: string) => A | CommandResult): NeighArgs<A> | CommandResult {
  let dev: string | undefined;
  let dst: A | undefined;
  let lladdr: string | undefined;
  let state = "permanent";
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const takesValue = matches(word, "lladdr") || word === "nud" || word === "dev" || matches(word, "proxy") || matches(word, "protocol") || word === "to";
    if (takesValue && args[i + 1] === undefined) return fail('Command line is not complete. Try option "help"', 255);
    if (matches(word, "lladdr")) {
      if (lladdr !== undefined) return fail(`Error: duplicate "lladdr": "${args[i + 1]}" is the second value.`, 255);
      lladdr = args[++i]!;
    } else if (word === "nud") {
      const value = args[++i]!;
      // (or a number: one NUD bit, or 0 for none)
      const bit = u32(value);
      const numeric = bit !== undefined && bit < 0x100 && (bit & (bit - 1)) === 0 ? NUD_BITS[bit] : undefined;
      if (!NUD_STATES.includes(value) && numeric === undefined) return invalidArgument("nud state is bad", value);
      state = numeric ?? value;
    } else if (word === "dev") dev = args[++i]!;
    else if (word === "router" || word === "use" || word === "managed" || matches(word, "extern_learn")) continue;
    else if (matches(word, "protocol")) i++;
    else {
      const text = word === "to" || matches(word, "proxy") ? args[++i]! : word;
      if (dst !== undefined) return garbage(text);
      const parsed = parseDst(text);
      if (typeof parsed === "object" && parsed !== null && "rc" in parsed) return parsed;
      dst = parsed as A;
    }
  }
  if (dev === undefined || dst === undefined) return fail("Device and destination are required arguments.", 255);
  let mac: string | undefined;
  if (lladdr !== undefined && lladdr !== "null") {
    mac = parseLladdr(lladdr);
    if (mac === undefined) return fail(`"${lladdr}" is invalid lladdr.`, 1);
  }
  return { dev, dst, ...(mac !== undefined ? { mac } : {}), state };
}

/** ip neigh add/replace/change/delete (iproute2's ipneigh_modify, then the kernel's answer). */
function modify(o: IpOptions, cmd: "add" | "replace" | "change" | "delete", args: string[]): CommandResult {
  const parsed = parseNeighArgs(args, (text) => parseLooseIpv4(text) ?? fail(`Error: inet address is expected rather than "${text}".`, 1));
  if ("rc" in parsed) return parsed;
  const { dev, dst: addr, state } = parsed;
  if (!findLink(o.world, o.netns, dev)) return noDevice(dev);
  const mac = deviceLladdr(parsed.mac);
  if (typeof mac === "object") return mac;
  const table = staticTable(o);
  const key = `${dev}|${addr}`;
  if (cmd === "delete") {
    if (!table[key]) return kernelError("RTNETLINK answers: No such file or directory");
    delete table[key];
    return ok();
  }
  if (cmd === "add" && table[key]) return kernelError("RTNETLINK answers: File exists");
  if (cmd === "change" && !table[key]) return kernelError("RTNETLINK answers: No such file or directory");
  const next = updateEntry(table[key], mac, state.toUpperCase(), o.world.clock);
  if (!next) {
    // the kernel has already created the entry (state NONE, not listed) when it refuses
    table[key] ??= { dev, addr, state: "NONE" };
    return kernelError("Error: No link layer address given.");
  }
  table[key] = { dev, addr, ...next };
  return ok();
}

function entries(o: IpOptions): { key: string; oif: string; addr: number; answer: NeighbourAnswer }[] {
  const ns = getNamespace(o.world, o.netns)!;
  const cache = (ns["neighbours"] as Cache | undefined) ?? {};
  return Object.entries(cache).map(([key, answer]) => {
    const [oif = "", addr = "0"] = key.split("|");
    return { key, oif, addr: Number(addr), answer };
  }).filter((e) => findLink(o.world, o.netns, e.oif)?.adminUp && e.oif !== "lo");
}

/** `ip neigh show [to] ADDRESS`: the one address asked for, if any. */
function addressFilter(args: string[]): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === "dev" || word === "nud" || word === "vrf") { i++; continue; }
    const text = word === "to" ? args[++i] ?? "" : word;
    const addr = parseLooseIpv4(text);
    if (addr !== undefined) return addr;
  }
  return undefined;
}

function deviceFilter(o: IpOptions, args: string[]): string | undefined | CommandResult {
  const at = args.indexOf("dev");
  if (at < 0) return undefined;
  const name = args[at + 1] ?? "";
  return findLink(o.world, o.netns, name) ? name : noDevice(name);
}

/**
 * The states `nud WORD…` asks for (NONE for state 0, which only "nud none" and "nud all" show);
 * without one, every state but NOARP and NONE, as iproute2's default filter.
 */
function nudFilter(args: string[]): Set<string> | CommandResult {
  let states: Set<string> | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "dev" || args[i] === "vrf" || args[i] === "to") i++;
    else if (args[i] === "nud") {
      const value = args[++i];
      if (value === undefined) return fail('Command line is not complete. Try option "help"', 255);
      // (the listing's invarg ends with one newline where ipneigh_modify's has two)
      if (value !== "all" && !NUD_STATES.includes(value)) return invalidArgument("nud state is bad", value, true);
      states ??= new Set();
      for (const state of value === "all" ? NUD_STATES : [value]) states.add(state.toUpperCase());
    }
  }
  return states ?? new Set(NUD_STATES.map((n) => n.toUpperCase()).filter((n) => n !== "NOARP" && n !== "NONE"));
}

interface Shown { addr: number; dev: string; lladdr?: string; state: string; stats?: NeighStats }

/** The IPv4 entries `ip neigh show` lists: static, learnt, still resolving and failed, newest address first. */
function shownEntries(o: IpOptions): Shown[] {
  const learnt = entries(o).map((e) => ({
    addr: e.addr, dev: e.oif, lladdr: findLink(o.world, e.answer.netns, e.answer.iface)?.mac ?? "00:00:00:00:00:00", state: "REACHABLE", stats: RESOLVED_STATS,
  }));
  const statics: Shown[] = Object.values(staticTable(o)).filter((e) => findLink(o.world, o.netns, e.dev))
    .map((e) => ({ ...e, stats: staticStats(e, o.world.clock) }));
  const known = (dev: string, addr: number) => [...statics, ...learnt].some((e) => e.dev === dev && e.addr === addr);
  // resolutions still waiting for an answer, and those that got none
  const pending = ((o.world["arpPending"] as PendingArp[] | undefined) ?? [])
    .filter((p) => p.netns === o.netns && findLink(o.world, o.netns, p.oif)?.adminUp && !known(p.oif, p.nexthop))
    .map((p) => ({ addr: p.nexthop, dev: p.oif, state: p.due > o.world.clock ? "INCOMPLETE" : "FAILED" }))
    .filter((e, i, all) => all.findIndex((x) => x.dev === e.dev && x.addr === e.addr) === i);
  const failed = failedNeighbours(o.world, o.netns)
    .filter((f) => findLink(o.world, o.netns, f.oif)?.adminUp && !known(f.oif, f.addr) && !pending.some((p) => p.dev === f.oif && p.addr === f.addr))
    .map((f) => ({ addr: f.addr, dev: f.oif, state: "FAILED" }));
  return [...statics, ...learnt, ...pending, ...failed].sort((a, b) => b.addr - a.addr);
}

function showNeigh(o: IpOptions, rest: string[]): CommandResult {
  const dev = deviceFilter(o, rest);
  if (typeof dev === "object") return dev;
  if (rest.includes("proxy")) return showProxies(o, dev, rest);
  const states = nudFilter(rest);
  if (!(states instanceof Set)) return states;
  const wanted = addressFilter(rest);
  const only6 = wanted6(rest);
  const v4 = (o.family === 6 || only6 ? [] : shownEntries(o))
    .filter((e) => states.has(e.state) && (dev === undefined || e.dev === dev) && (wanted === undefined || e.addr === wanted));
  // (state NONE prints no state at all)
  if (o.json) {
    const objects = v4.map((e) => ({
      dst: formatIpv4(e.addr), ...(dev === undefined ? { dev: e.dev } : {}), ...(e.lladdr !== undefined ? { lladdr: e.lladdr } : {}),
      ...(o.stats && e.stats ? statsJson(e.stats) : {}), ...(e.state !== "NONE" ? { state: [e.state] } : {}),
    }));
    return ok(jsonLine(o, [...objects, ...(o.family === 4 || wanted !== undefined ? [] : neigh6Json(o, dev, states, only6))]));
  }
  const lines = v4.map((e) => `${paint(o, "inet", `${formatIpv4(e.addr)} `)}${dev === undefined ? `dev ${paint(o, "ifname", `${e.dev} `)}` : ""}${e.lladdr !== undefined ? `lladdr ${paint(o, "mac", `${e.lladdr} `)}` : ""}${o.stats && e.stats ? statsText(e.stats) : ""}${e.state !== "NONE" ? `${e.state} ` : ""}\n`);
  if (o.family !== 4 && wanted === undefined) lines.push(...neigh6Lines(o, dev, only6, states));
  return ok(lines.join(""));
}

/** `ip neigh flush [to PREFIX]`'s prefix ("all" takes every address; "inet6" when it is IPv6's). */
function flushPrefix(args: string[]): { addr: number; prefix: number } | "inet6" | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === "dev" || word === "nud" || word === "vrf") { i++; continue; }
    const text = word === "to" ? args[++i] ?? "" : word;
    const p = parsePrefix(text);
    if (p) return p;
    if (text.includes(":")) return "inet6";
  }
  return undefined;
}

/** ip neigh flush: every selected entry but permanent and noarp ones goes (-s: how many). */
function flushNeigh(o: IpOptions, rest: string[]): CommandResult {
  const dev = deviceFilter(o, rest);
  if (typeof dev === "object") return dev;
  if (dev === undefined && rest.length === 0) return fail("Flush requires arguments.", 1);
  if (rest.includes("proxy")) {
    const deleted = flushProxies(o, dev, rest);
    return o.stats ? flushReport(deleted, "entries") : ok();
  }
  const prefix = flushPrefix(rest);
  // without nud, everything but permanent and noarp entries; with it, exactly those states
  const states = rest.includes("nud") ? nudFilter(rest) : new Set(NUD_STATES.map((n) => n.toUpperCase()).filter((n) => n !== "PERMANENT" && n !== "NOARP"));
  if (!(states instanceof Set)) return states;
  const inScope = (oif: string, addr: number, state: string) => (dev === undefined || oif === dev) && states.has(state) &&
    prefix !== "inet6" && (!prefix || inSubnet(addr, prefix.addr, prefixToMask(prefix.prefix)));
  const count = () => (o.family === 6 ? 0 : shownEntries(o).length) + (o.family === 4 ? 0 : neigh6Lines(o, undefined).length);
  const before = count();
  const ns = getNamespace(o.world, o.netns)!;
  if (o.family !== 6) {
    const cache = (ns["neighbours"] as Cache | undefined) ?? {};
    for (const e of entries(o)) if (inScope(e.oif, e.addr, "REACHABLE")) delete cache[e.key];
    for (const f of failedNeighbours(o.world, o.netns)) if (inScope(f.oif, f.addr, "FAILED")) clearFailedNeighbours(o.world, o.netns, f.oif, f.addr);
    const statics = staticTable(o);
    for (const [key, e] of Object.entries(statics)) if (inScope(e.dev, e.addr, e.state)) delete statics[key];
  }
  // (an IPv4 prefix selects no IPv6 entry)
  if (o.family !== 4 && (!prefix || prefix === "inet6" || prefix.prefix === 0)) flushNeigh6(o, dev, states);
  return o.stats ? flushReport(before - count(), "entries") : ok();
}

export function ipNeigh(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined || matches(sub, "show") || matches(sub, "list")) return showNeigh(o, rest);
  if (matches(sub, "flush")) return flushNeigh(o, rest);
  if (rest.includes("proxy")) {
    for (const cmd of ["add", "replace", "change", "delete"] as const) if (matches(sub, cmd)) return modifyProxy(o, cmd, rest);
    if (sub === "chg") return modifyProxy(o, "change", rest);
  }
  if (matches(sub, "get")) return getNeigh(o, rest, showNeigh);
  if (isNeigh6(o, rest)) {
    for (const cmd of ["add", "replace", "change", "delete"] as const) if (matches(sub, cmd)) return modifyNeigh6(o, cmd, rest);
    if (sub === "chg") return modifyNeigh6(o, "change", rest);
  }
  if (matches(sub, "add")) return modify(o, "add", rest);
  if (matches(sub, "replace")) return modify(o, "replace", rest);
  if (matches(sub, "change") || sub === "chg") return modify(o, "change", rest);
  if (matches(sub, "delete")) return modify(o, "delete", rest);
  if (matches(sub, "help")) return fail(NEIGH_USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip neigh help".`, 255);
}
