// `ip netconf`: the per-device settings the kernel reports over netlink (RTM_GETNETCONF) —
// forwarding, rp_filter, proxy_neigh, ignore_routes_with_linkdown — read from the sysctls they
// are: a quick way to see that forwarding is off on the device a packet comes in on.
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { sysctlNumber } from "../sysctl.js";
import { fail, incomplete, matches, ok, paint, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";

const USAGE = "Usage: ip netconf show [ dev STRING ]";
const RP_FILTER = ["off", "strict", "loose"];

type Family = "inet" | "inet6";

/** One device's (or all's, default's) settings, in the order iproute2 prints them. */
function entry(o: IpOptions, family: Family, dev: string): Record<string, string | number | boolean> {
  const conf = (name: string) => sysctlNumber(o.world, o.netns, `net.${family === "inet" ? "ipv4" : "ipv6"}.conf.${dev}.${name}`);
  const out: Record<string, string | number | boolean> = { family, interface: dev, forwarding: conf("forwarding") !== 0 };
  if (family === "inet") {
    const rp = conf("rp_filter");
    out.rp_filter = RP_FILTER[rp] ?? rp;
  }
  out.mc_forwarding = conf("mc_forwarding") !== 0;
  out.proxy_neigh = conf(family === "inet" ? "proxy_arp" : "proxy_ndp") !== 0;
  out.ignore_routes_with_linkdown = conf("ignore_routes_with_linkdown") !== 0;
  return out;
}

function text(o: IpOptions, e: Record<string, string | number | boolean>): string {
  let line = `${e.family} `;
  // (the colour takes in the space after the name: "%s " is printed coloured)
  line += paint(o, "ifname", `${e.interface} `);
  for (const [key, value] of Object.entries(e)) {
    if (key === "family" || key === "interface") continue;
    line += `${key} ${typeof value === "boolean" ? (value ? "on" : "off") : value} `;
  }
  return `${line}\n`;
}

function show(o: IpOptions, args: string[]): CommandResult {
  let dev: string | undefined;
  // (do_show looks only for "dev NAME" and steps over any other word)
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== "dev") continue;
    const name = args[++i];
    if (name === undefined) return incomplete();
    if (!getNamespace(o.world, o.netns)!.links.some((l) => l.name === name)) return fail(`Device "${name}" does not exist.`, 1);
    dev = name;
  }
  const links = [...getNamespace(o.world, o.netns)!.links].sort((a, b) => a.ifindex - b.ifindex);
  const devices = dev !== undefined ? [dev] : [...links.map((l) => l.name), "all", "default"];
  const families: Family[] = o.family === 4 ? ["inet"] : o.family === 6 ? ["inet6"] : ["inet", "inet6"];
  const entries = families.flatMap((family) => devices.map((d) => entry(o, family, d)));
  // one device of one family is a single request, answered without the JSON array around it
  if (o.json && !(dev !== undefined && o.family !== 0)) return ok(jsonLine(o, entries));
  return ok(entries.map((e) => text(o, e)).join(""));
}

export function ipNetconf(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined) return show(o, []);
  if (matches(sub, "show") || matches(sub, "lst") || matches(sub, "list")) return show(o, rest);
  if (matches(sub, "help")) return fail(USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip netconf help".`, 255);
}
