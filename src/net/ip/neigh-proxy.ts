// `ip neigh ... proxy ADDR`: the kernel's proxy neighbour entries (pneigh), which answer ARP/ND
// for an address on a device (or on every device when none is named). Kept under ns
// "proxyNeighbours" in the order they were made; listed in the kernel's hash order.
import { formatIpv4 } from "../../netfilter/ip.js";
import { formatIpv6, parseIpv6, sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { CommandResult } from "../../shell/types.js";
import { findLink, getNamespace } from "../links.js";
import { fail, garbage, kernelError, matches, noDevice, ok, paint, parseLooseIpv4, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";

export interface ProxyAddress { family: 4 | 6; v4: number; v6?: Ipv6 }
/** `devUp`: the device was up when the table was last looked at. */
interface ProxyNeighbour { addr: ProxyAddress; dev?: string; router: boolean; devUp?: boolean }

const FAMILY_NAMES: Record<number, string> = { 0: "any valid", 4: "inet", 6: "inet6" };

function table(o: IpOptions): ProxyNeighbour[] {
  const ns = getNamespace(o.world, o.netns)!;
  // a device that went away, or went down since it was seen up, took its entries with it
  // (pneigh_ifdown); an entry added to a device that is down stays
  const live = ((ns["proxyNeighbours"] as ProxyNeighbour[] | undefined) ?? []).filter((p) => {
    if (p.dev === undefined) return true;
    const link = findLink(o.world, o.netns, p.dev);
    if (!link || (p.devUp && !link.adminUp)) return false;
    p.devUp = link.adminUp;
    return true;
  });
  ns["proxyNeighbours"] = live;
  return live;
}

/** get_addr(FAMILY): the address, or iproute2's error for it. */
export function parseAddress(text: string, family: number): ProxyAddress | CommandResult {
  const v4 = family === 6 ? undefined : parseLooseIpv4(text);
  if (v4 !== undefined) return { family: 4, v4 };
  const v6 = family === 4 || !text.includes(":") ? undefined : parseIpv6(text);
  if (v6) return { family: 6, v4: 0, v6 };
  return fail(`Error: ${FAMILY_NAMES[family]} address is expected rather than "${text}".`, 1);
}

/** duparg("address", …): `proxy ADDR` after an address was already given. */
export const duplicateAddress = (text: string): CommandResult => fail(`Error: duplicate "address": "${text}" is the second value.`, 255);

const sameAddress = (a: ProxyAddress, b: ProxyAddress) =>
  a.family === b.family && (a.v6 ? sameIpv6(a.v6, b.v6!) : a.v4 === b.v4);

/** pneigh_hash: the key's last four bytes (as a little-endian word) folded into 4 bits. */
function bucket(a: ProxyAddress): number {
  const bytes = a.v6 ? [a.v6[6]! >> 8, a.v6[6]! & 0xff, a.v6[7]! >> 8, a.v6[7]! & 0xff] : [a.v4 >>> 24, (a.v4 >>> 16) & 0xff, (a.v4 >>> 8) & 0xff, a.v4 & 0xff];
  let h = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
  h ^= h >>> 16;
  h ^= h >>> 8;
  h ^= h >>> 4;
  return h & 0xf;
}

/** The dump's order: ARP's table before ND's, bucket by bucket, newest first in a bucket. */
function dumpOrder(entries: ProxyNeighbour[]): ProxyNeighbour[] {
  const indexed = entries.map((entry, made) => ({ entry, made }));
  return indexed.sort((a, b) => a.entry.addr.family - b.entry.addr.family || bucket(a.entry.addr) - bucket(b.entry.addr) || b.made - a.made)
    .map((x) => x.entry);
}

interface ProxyArgs { addr: ProxyAddress; dev?: string; router: boolean }

/** ipneigh_modify's words when one is `proxy`: the device is optional, lladdr and nud ignored. */
function parseProxyArgs(o: IpOptions, args: string[]): ProxyArgs | CommandResult {
  let addr: ProxyAddress | undefined;
  let dev: string | undefined;
  let router = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const takesValue = word === "proxy" || word === "dev" || word === "to" || word === "nud" || matches(word, "lladdr") || matches(word, "protocol");
    if (takesValue && args[i + 1] === undefined) return fail('Command line is not complete. Try option "help"', 255);
    if (word === "router") router = true;
    else if (word === "use" || word === "managed" || matches(word, "extern_learn")) continue;
    else if (word === "dev") dev = args[++i]!;
    else if (word === "nud" || matches(word, "lladdr") || matches(word, "protocol")) i++;
    else {
      const text = word === "proxy" || word === "to" ? args[++i]! : word;
      if (addr !== undefined) return word === "proxy" ? duplicateAddress(text) : garbage(text);
      const parsed = parseAddress(text, o.family);
      if ("rc" in parsed) return parsed;
      addr = parsed;
    }
  }
  if (addr === undefined) return fail("Device and destination are required arguments.", 255);
  if (dev !== undefined && !findLink(o.world, o.netns, dev)) return noDevice(dev);
  return { addr, ...(dev !== undefined ? { dev } : {}), router };
}

/** ip neigh add/replace/change/delete proxy ADDR [dev DEV]: adding one that exists only updates its flags. */
export function modifyProxy(o: IpOptions, cmd: "add" | "replace" | "change" | "delete", args: string[]): CommandResult {
  const parsed = parseProxyArgs(o, args);
  if ("rc" in parsed) return parsed;
  const entries = table(o);
  const at = entries.findIndex((p) => sameAddress(p.addr, parsed.addr) && p.dev === parsed.dev);
  if (cmd === "delete") {
    if (at < 0) return kernelError("RTNETLINK answers: No such file or directory");
    entries.splice(at, 1);
  } else if (at >= 0) entries[at]!.router = parsed.router;
  else entries.push({ ...parsed, devUp: parsed.dev !== undefined && findLink(o.world, o.netns, parsed.dev)!.adminUp });
  return ok();
}

/** The entries `ip neigh show|flush proxy [to ADDR] [dev DEV]` selects, in dump order. */
export function selectedProxies(o: IpOptions, dev: string | undefined, args: string[]): ProxyNeighbour[] {
  let wanted: { addr: ProxyAddress; prefix?: number } | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "dev" || args[i] === "nud" || args[i] === "vrf") { i++; continue; }
    const [text = "", lenText] = (args[i] === "to" ? args[++i] ?? "" : args[i]!).split("/");
    const parsed = parseAddress(text, o.family);
    if (!("rc" in parsed)) wanted = { addr: parsed, ...(lenText !== undefined ? { prefix: Number(lenText) } : {}) };
  }
  const within = (a: ProxyAddress) => {
    if (!wanted) return true;
    // an IPv4 prefix (to 10.5.0.0/24) takes every address under it
    if (wanted.prefix !== undefined && a.family === 4 && wanted.addr.family === 4) {
      return wanted.prefix === 0 || (a.v4 >>> (32 - wanted.prefix)) === (wanted.addr.v4 >>> (32 - wanted.prefix));
    }
    return sameAddress(a, wanted.addr);
  };
  return dumpOrder(table(o)).filter((p) => (o.family === 0 || p.addr.family === o.family) &&
    (dev === undefined || p.dev === dev) && within(p.addr));
}

function addressText(a: ProxyAddress): string {
  return a.v6 ? formatIpv6(a.v6) : formatIpv4(a.v4);
}

/** print_neigh for a proxy entry: no state, the device left out when filtered by (or absent). */
export function showProxies(o: IpOptions, dev: string | undefined, args: string[]): CommandResult {
  const shown = selectedProxies(o, dev, args);
  const showDev = (p: ProxyNeighbour) => dev === undefined && p.dev !== undefined;
  if (o.json) {
    return ok(jsonLine(o, shown.map((p) => ({
      dst: addressText(p.addr), ...(showDev(p) ? { dev: p.dev } : {}), ...(p.router ? { router: null } : {}), proxy: null,
    }))));
  }
  return ok(shown.map((p) => proxyLine(o, p, showDev(p))).join(""));
}

/** ip neigh flush proxy [dev DEV]: the selected entries go; how many did. */
export function flushProxies(o: IpOptions, dev: string | undefined, args: string[]): number {
  const victims = new Set(selectedProxies(o, dev, args));
  const ns = getNamespace(o.world, o.netns)!;
  ns["proxyNeighbours"] = table(o).filter((p) => !victims.has(p));
  return victims.size;
}

/** ip neigh get proxy ADDR [dev DEV]: an entry without a device answers for every device. */
export function getProxy(o: IpOptions, addr: ProxyAddress, dev: string | undefined): CommandResult {
  const found = table(o).find((p) => sameAddress(p.addr, addr) && (p.dev === undefined || p.dev === dev));
  if (!found) return kernelError("Error: Proxy neighbour entry not found.");
  return showOne(o, found);
}

/** (text even under -j, as ipneigh_get prints) */
function showOne(o: IpOptions, p: ProxyNeighbour): CommandResult {
  return ok(proxyLine(o, p, p.dev !== undefined));
}

function proxyLine(o: IpOptions, p: ProxyNeighbour, showDev: boolean): string {
  return `${paint(o, p.addr.v6 ? "inet6" : "inet", `${addressText(p.addr)} `)}${showDev ? `dev ${paint(o, "ifname", `${p.dev} `)}` : ""}${p.router ? "router " : ""}proxy \n`;
}
