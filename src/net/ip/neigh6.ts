// `ip -6 neigh` (or `ip neigh` given an IPv6 address): static neighbour entries added by hand,
// kept under ns["neighbours6"] in the order they were made. No neighbour discovery is emulated.
import { formatIpv6, parseIpv6, sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { CommandResult } from "../../shell/types.js";
import { findLink, getNamespace } from "../links.js";
import { fail, kernelError, noDevice, ok, paint, type IpOptions } from "./common.js";
import { deviceLladdr, parseNeighArgs } from "./neigh.js";
import { staticStats, statsJson, statsText, updateEntry, type HandSetEntry } from "./neigh-stats.js";

interface Neighbour6 extends HandSetEntry { dev: string; addr: Ipv6 }

function table(o: IpOptions): Neighbour6[] {
  const ns = getNamespace(o.world, o.netns)!;
  return ((ns["neighbours6"] as Neighbour6[] | undefined) ??= []);
}

/** Does this `ip neigh` command line name an IPv6 neighbour? */
export function isNeigh6(o: IpOptions, args: string[]): boolean {
  return o.family === 6 || args.some((w) => w.includes(":") && parseIpv6(w) !== undefined);
}

export function modifyNeigh6(o: IpOptions, cmd: "add" | "replace" | "change" | "delete", args: string[]): CommandResult {
  const parsed = parseNeighArgs(args, (text) => parseIpv6(text) ?? fail(`Error: inet6 address is expected rather than "${text}".`, 1));
  if ("rc" in parsed) return parsed;
  const { dev, dst, state } = parsed;
  if (!findLink(o.world, o.netns, dev)) return noDevice(dev);
  const mac = deviceLladdr(parsed.mac);
  if (typeof mac === "object") return mac;
  const entries = table(o);
  const at = entries.findIndex((e) => e.dev === dev && sameIpv6(e.addr, dst));
  if (cmd === "delete") {
    if (at < 0) return kernelError("RTNETLINK answers: No such file or directory");
    entries.splice(at, 1);
    return ok();
  }
  if (cmd === "add" && at >= 0) return kernelError("RTNETLINK answers: File exists");
  if (cmd === "change" && at < 0) return kernelError("RTNETLINK answers: No such file or directory");
  const next = updateEntry(entries[at], mac, state.toUpperCase(), o.world.clock);
  if (!next) return kernelError("Error: No link layer address given.");
  const entry: Neighbour6 = { dev, addr: dst, ...next };
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);
  return ok();
}

/** `ip neigh show [to] ADDRESS` with an IPv6 address: the one asked for. */
export function wanted6(args: string[]): Ipv6 | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === "dev" || word === "nud" || word === "vrf") { i++; continue; }
    const text = word === "to" ? args[++i] ?? "" : word;
    const addr = text.includes(":") ? parseIpv6(text.split("/")[0]!) : undefined;
    if (addr) return addr;
  }
  return undefined;
}

function listed(o: IpOptions, dev: string | undefined, wanted?: Ipv6): Neighbour6[] {
  const ns = getNamespace(o.world, o.netns);
  const entries = (ns?.["neighbours6"] as Neighbour6[] | undefined) ?? [];
  return entries.filter((e) => (dev === undefined || e.dev === dev) && (!wanted || sameIpv6(e.addr, wanted)) && findLink(o.world, o.netns, e.dev));
}

/** Lines of `ip neigh show` for IPv6 entries (`dev` given: the device is left out). */
export function neigh6Lines(o: IpOptions, dev: string | undefined, wanted?: Ipv6, states?: Set<string>): string[] {
  return listed(o, dev, wanted).filter((e) => !states || states.has(e.state)).map((e) => `${paint(o, "inet6", `${formatIpv6(e.addr)} `)}${dev === undefined ? `dev ${paint(o, "ifname", `${e.dev} `)}` : ""}${e.lladdr !== undefined ? `lladdr ${paint(o, "mac", `${e.lladdr} `)}` : ""}${o.stats ? statsText(staticStats(e, o.world.clock)) : ""}${e.state} \n`);
}

/** `ip -j neigh` objects for IPv6 entries (print_neigh leaves out dev when one was asked for). */
export function neigh6Json(o: IpOptions, dev: string | undefined, states?: Set<string>, wanted?: Ipv6): Record<string, unknown>[] {
  return listed(o, dev, wanted).filter((e) => !states || states.has(e.state)).map((e) => ({
    dst: formatIpv6(e.addr), ...(dev === undefined ? { dev: e.dev } : {}), ...(e.lladdr !== undefined ? { lladdr: e.lladdr } : {}),
    ...(o.stats ? statsJson(staticStats(e, o.world.clock)) : {}), state: [e.state],
  }));
}

/** `ip neigh flush`: the device's entries in the states flushed go. */
export function flushNeigh6(o: IpOptions, dev: string | undefined, states: Set<string>): void {
  const ns = getNamespace(o.world, o.netns);
  const entries = ns?.["neighbours6"] as Neighbour6[] | undefined;
  if (!ns || !entries) return;
  ns["neighbours6"] = entries.filter((e) => !((dev === undefined || e.dev === dev) && states.has(e.state)));
}
