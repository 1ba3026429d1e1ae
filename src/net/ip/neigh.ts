// `ip neigh`: resolution is abstract (no ARP packets); the listing shows the answers the packet
// path cached (namespace key "neighbours": "oif|nexthop" → NeighbourAnswer) as REACHABLE entries.
import { formatIpv4 } from "../../netfilter/ip.js";
import type { CommandResult } from "../../shell/types.js";
import { findLink, getNamespace } from "../links.js";
import type { NeighbourAnswer } from "../neighbour.js";
import { fail, matches, noDevice, ok, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";

type Cache = Record<string, NeighbourAnswer>;

function entries(o: IpOptions): { key: string; oif: string; addr: number; answer: NeighbourAnswer }[] {
  const ns = getNamespace(o.world, o.netns)!;
  const cache = (ns["neighbours"] as Cache | undefined) ?? {};
  return Object.entries(cache).map(([key, answer]) => {
    const [oif = "", addr = "0"] = key.split("|");
    return { key, oif, addr: Number(addr), answer };
  }).filter((e) => findLink(o.world, o.netns, e.oif)?.adminUp && e.oif !== "lo");
}

function deviceFilter(o: IpOptions, args: string[]): string | undefined | CommandResult {
  const at = args.indexOf("dev");
  if (at < 0) return undefined;
  const name = args[at + 1] ?? "";
  return findLink(o.world, o.netns, name) ? name : noDevice(name);
}

export function ipNeigh(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined || matches(sub, "show") || matches(sub, "list")) {
    const dev = deviceFilter(o, rest);
    if (typeof dev === "object") return dev;
    if (o.json) {
      return ok(jsonLine(o, entries(o).filter((e) => dev === undefined || e.oif === dev).sort((a, b) => b.addr - a.addr).map((e) => ({
        dst: formatIpv4(e.addr), dev: e.oif, lladdr: findLink(o.world, e.answer.netns, e.answer.iface)?.mac ?? "00:00:00:00:00:00", state: ["REACHABLE"],
      }))));
    }
    const lines = entries(o)
      .filter((e) => dev === undefined || e.oif === dev)
      .sort((a, b) => b.addr - a.addr)
      .map((e) => {
        const mac = findLink(o.world, e.answer.netns, e.answer.iface)?.mac ?? "00:00:00:00:00:00";
        return `${formatIpv4(e.addr)}${dev === undefined ? ` dev ${e.oif}` : ""} lladdr ${mac} REACHABLE \n`;
      });
    return ok(lines.join(""));
  }
  if (matches(sub, "flush")) {
    const dev = deviceFilter(o, rest);
    if (typeof dev === "object") return dev;
    if (dev === undefined && rest.length === 0) return fail("Flush requires arguments.", 1);
    const ns = getNamespace(o.world, o.netns)!;
    const cache = (ns["neighbours"] as Cache | undefined) ?? {};
    for (const e of entries(o)) if (dev === undefined || e.oif === dev) delete cache[e.key];
    return ok();
  }
  if (matches(sub, "add") || matches(sub, "replace") || matches(sub, "delete") || matches(sub, "change")) return ok();
  return fail(`Command "${sub}" is unknown, try "ip neigh help".`, 255);
}
