// `ip -6 neigh` (or `ip neigh` given an IPv6 address): static neighbour entries added by hand,
// kept under ns["neighbours6"] in the order they were made. No neighbour discovery is emulated.
import { formatIpv6, parseIpv6, sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { CommandResult } from "../../shell/types.js";
import { findLink, getNamespace } from "../links.js";
import { fail, garbage, invalidArgument, kernelError, matches, noDevice, ok, type IpOptions } from "./common.js";

interface Neighbour6 { dev: string; addr: Ipv6; lladdr?: string; state: string }

const NUD_STATES = ["permanent", "reachable", "stale", "noarp", "none", "incomplete", "delay", "probe", "failed"];

function table(o: IpOptions): Neighbour6[] {
  const ns = getNamespace(o.world, o.netns)!;
  return ((ns["neighbours6"] as Neighbour6[] | undefined) ??= []);
}

/** Does this `ip neigh` command line name an IPv6 neighbour? */
export function isNeigh6(o: IpOptions, args: string[]): boolean {
  return o.family === 6 || args.some((w) => w.includes(":") && parseIpv6(w) !== undefined);
}

function parseLladdr(text: string): string | undefined {
  const parts = text.split(":");
  if (parts.some((p) => !/^[0-9a-f]{1,2}$/i.test(p))) return undefined;
  return parts.map((p) => p.toLowerCase().padStart(2, "0")).join(":");
}

export function modifyNeigh6(o: IpOptions, cmd: "add" | "replace" | "change" | "delete", args: string[]): CommandResult {
  let dev: string | undefined;
  let dst: Ipv6 | undefined;
  let lladdr: string | undefined;
  let state = "permanent";
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const takesValue = matches(word, "lladdr") || word === "nud" || word === "dev" || matches(word, "proxy") || matches(word, "protocol") || word === "to";
    if (takesValue && args[i + 1] === undefined) return fail('Command line is not complete. Try option "help"', 255);
    if (matches(word, "lladdr")) lladdr = args[++i]!;
    else if (word === "nud") {
      const value = args[++i]!;
      if (!NUD_STATES.includes(value)) return invalidArgument("nud state is bad", value);
      state = value;
    } else if (word === "dev") dev = args[++i]!;
    else if (word === "router" || word === "use" || word === "managed" || matches(word, "extern_learn")) continue;
    else if (matches(word, "protocol")) i++;
    else {
      const text = word === "to" || matches(word, "proxy") ? args[++i]! : word;
      if (dst !== undefined) return garbage(text);
      dst = parseIpv6(text);
      if (!dst) return fail(`Error: inet6 address is expected rather than "${text}".`, 1);
    }
  }
  if (dev === undefined || dst === undefined) return fail("Device and destination are required arguments.", 255);
  let mac: string | undefined;
  if (lladdr !== undefined && lladdr !== "null") {
    mac = parseLladdr(lladdr);
    if (mac === undefined) return fail(`"${lladdr}" is invalid lladdr.`, 1);
  }
  if (!findLink(o.world, o.netns, dev)) return noDevice(dev);
  const entries = table(o);
  const at = entries.findIndex((e) => e.dev === dev && sameIpv6(e.addr, dst!));
  if (cmd === "delete") {
    if (at < 0) return kernelError("RTNETLINK answers: No such file or directory");
    entries.splice(at, 1);
    return ok();
  }
  if (cmd === "add" && at >= 0) return kernelError("RTNETLINK answers: File exists");
  if (cmd === "change" && at < 0) return kernelError("RTNETLINK answers: No such file or directory");
  if (mac === undefined && ["permanent", "noarp", "reachable", "stale"].includes(state)) return kernelError("Error: No link layer address given.");
  const entry: Neighbour6 = { dev, addr: dst, ...(mac !== undefined ? { lladdr: mac } : {}), state: state.toUpperCase() };
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);
  return ok();
}

/** Lines of `ip neigh show` for IPv6 entries (`dev` given: the device is left out). */
export function neigh6Lines(o: IpOptions, dev: string | undefined): string[] {
  const ns = getNamespace(o.world, o.netns);
  const entries = (ns?.["neighbours6"] as Neighbour6[] | undefined) ?? [];
  return entries.filter((e) => (dev === undefined || e.dev === dev) && findLink(o.world, o.netns, e.dev))
    .map((e) => `${formatIpv6(e.addr)}${dev === undefined ? ` dev ${e.dev}` : ""}${e.lladdr !== undefined ? ` lladdr ${e.lladdr}` : ""} ${e.state} \n`);
}

/** `ip neigh flush`: every entry but permanent and noarp ones goes. */
export function flushNeigh6(o: IpOptions, dev: string | undefined): void {
  const ns = getNamespace(o.world, o.netns);
  const entries = ns?.["neighbours6"] as Neighbour6[] | undefined;
  if (!ns || !entries) return;
  ns["neighbours6"] = entries.filter((e) => !((dev === undefined || e.dev === dev) && e.state !== "PERMANENT" && e.state !== "NOARP"));
}
