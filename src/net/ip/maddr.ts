// `ip maddress`: the multicast addresses each device has joined, as /proc/net/dev_mcast (link
// layer, in join order), /proc/net/igmp and /proc/net/igmp6 (newest first) list them. A device
// joins the IPv6 all-nodes groups when it is made, 224.0.0.1 when it comes up, and each IPv6
// address's solicited-node group (ff02::1:ffXX:XXXX) with the address; `maddr add` adds a
// static link-layer address.
import type { CommandResult } from "../../shell/types.js";
import { formatIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import { getNamespace } from "../links.js";
import { ipv6Disabled } from "../inet6.js";
import type { Link } from "../types.js";
import { inet6Entries } from "./addr6.js";
import { fail, incomplete, matches, ok, paint, type IpOptions } from "./common.js";
import { jsonLine } from "./json.js";

export type MulticastGroup = { family: "link" | "inet" | "inet6"; address: string; users: number; static?: boolean };

/** The low 24 bits of an IPv6 address (eight 16-bit groups): its solicited-node group's. */
function solicitedLow(addr: Ipv6): number[] {
  return [addr[6]! & 0xff, addr[7]! >> 8, addr[7]! & 0xff];
}

const hex = (b: number) => b.toString(16).padStart(2, "0");

/** The groups a device has joined, in the order ip maddr (and netstat -g) lists them. */
export function multicastGroups(o: { world: IpOptions["world"]; netns: string }, link: Link): MulticastGroup[] {
  const out: MulticastGroup[] = [];
  const v6 = !ipv6Disabled(o.world, o.netns, link);
  const groups6 = v6 ? inet6Entries(o, link).filter((e) => e.scope !== "host") : [];
  // (each solicited-node group once, counting the addresses that share it, in join order:
  // the link-local address first, then the others as they were added)
  const joined = [...groups6].sort((a, b) => a.seq - b.seq);
  const solicited = new Map<string, number>();
  for (const e of joined) {
    const key = solicitedLow(e.addr).map(hex).join(":");
    solicited.set(key, (solicited.get(key) ?? 0) + 1);
  }
  if (link.kind !== "loopback") {
    if (v6) out.push({ family: "link", address: "33:33:00:00:00:01", users: 1 });
    if (link.adminUp) out.push({ family: "link", address: "01:00:5e:00:00:01", users: 1 });
    // (the device joins each link-layer group once, however many IPv6 groups share it)
    for (const low of solicited.keys()) out.push({ family: "link", address: `33:33:ff:${low}`, users: 1 });
    for (const mac of link.staticMaddrs ?? []) out.push({ family: "link", address: mac, users: 1, static: true });
  }
  if (link.adminUp) out.push({ family: "inet", address: "224.0.0.1", users: 1 });
  // (disable_ipv6 drops the addresses and their groups; the all-nodes groups stay listed)
  for (const [low, users] of [...solicited].reverse()) {
    const [a, b, c] = low.split(":").map((x) => parseInt(x, 16)) as [number, number, number];
    out.push({ family: "inet6", address: formatIpv6([0xff02, 0, 0, 0, 0, 1, 0xff00 | a, (b << 8) | c]), users });
  }
  out.push({ family: "inet6", address: "ff02::1", users: 1 }, { family: "inet6", address: "ff01::1", users: 1 });
  return out;
}

function show(o: IpOptions, args: string[]): CommandResult {
  let dev: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] === "dev" ? args[++i] : args[i];
    if (word === undefined) return incomplete();
    if (dev !== undefined) return fail(`Error: either "dev" is duplicate, or "${word}" is a garbage.`, 255);
    dev = word;
  }
  const wanted = (e: MulticastGroup) => o.family === 0 || (o.family === 4 ? e.family === "inet" : e.family === "inet6");
  const links = getNamespace(o.world, o.netns)!.links.filter((l) => dev === undefined || l.name === dev);
  const shown = [...links].sort((a, b) => a.ifindex - b.ifindex).map((l) => ({ link: l, entries: multicastGroups(o, l).filter(wanted) })).filter((x) => x.entries.length > 0);
  if (o.json) {
    return ok(jsonLine(o, shown.map(({ link, entries }) => ({
      ifindex: link.ifindex, ifname: link.name,
      maddr: entries.map((e) => ({
        ...(e.family === "link" ? { link: e.address } : { family: e.family, address: e.address }),
        ...(e.users !== 1 ? { users: e.users } : {}), ...(e.static ? { features: "static" } : {}),
      })),
    }))));
  }
  let out = "";
  for (const { link, entries } of shown) {
    out += `${link.ifindex}:${paint(o, "ifname", `\t${link.name}`)}\n`;
    for (const e of entries) {
      const address = paint(o, e.family === "link" ? "mac" : e.family, e.address);
      out += `\t${e.family === "link" ? "link  " : `${e.family.padEnd(5)} `}${address}${e.users !== 1 ? ` users ${e.users}` : ""}${e.static ? " static" : ""}\n`;
    }
  }
  return ok(out);
}

/** `ip maddr add|del MAC dev DEV`: a static link-layer address (SIOCADDMULTI). */
function modify(o: IpOptions, add: boolean, args: string[]): CommandResult {
  let dev: string | undefined;
  let mac: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "dev") {
      dev = args[++i];
      if (dev === undefined) return incomplete();
      continue;
    }
    const word = matches(args[i], "address") ? args[++i] : args[i];
    if (word === undefined) return incomplete();
    if (!/^([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}$/i.test(word)) return fail(`Error: Invalid address length ${word.split(":").length} - must be 6 bytes`, 1);
    mac = word.toLowerCase().split(":").map((b) => b.padStart(2, "0")).join(":");
  }
  if (dev === undefined) return fail('Not enough information: "dev" is required.', 255);
  const link = getNamespace(o.world, o.netns)!.links.find((l) => l.name === dev);
  if (!link) return fail("ioctl: No such device", 1);
  if (mac === undefined) return fail("ioctl: Invalid argument", 1);
  const list = (link.staticMaddrs ??= []);
  if (add && !list.includes(mac)) list.push(mac);
  if (!add) {
    if (!list.includes(mac)) return fail("ioctl: No such file or directory", 1);
    link.staticMaddrs = list.filter((m) => m !== mac);
  }
  return ok();
}

export function ipMaddr(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  if (sub === undefined || matches(sub, "list") || matches(sub, "show") || matches(sub, "lst")) return show(o, sub === undefined ? [] : rest);
  if (matches(sub, "add")) return modify(o, true, rest);
  if (matches(sub, "delete")) return modify(o, false, rest);
  return show(o, args);
}
