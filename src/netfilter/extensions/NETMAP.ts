// -j NETMAP --to net/len: map a whole network 1:1 onto another, keeping the host bits —
// destinations in PREROUTING/OUTPUT, sources in POSTROUTING/INPUT. Nat table only.
import type { TargetExtension } from "../extension.js";
import { formatIpv4, maskToPrefix, prefixToMask } from "../ip.js";
import { paramProblem } from "../xtables-error.js";
import { inetAton, resolveHost } from "./target-util/host.js";
import { checkOptionTable, extOptions, noteOption, type OptionSpec } from "./target-util/options.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { TARGET_HELP } from "./target-util/help-texts.js";
import { andIpv6, formatIpv6, maskToPrefix6, prefixToMask6 } from "../ipv6.js";
import { parsePrefix6, resolveHost6 } from "./util/hostmask6.js";

export interface NetmapData {
  minAddr: number;
  maxAddr: number;
  /** ip6tables: the IPv6 network and its mask (minAddr/maxAddr stay 0). */
  net6?: { addr: number[]; mask: number[] };
}

const SPECS: OptionSpec[] = [{ name: "to", id: 0, args: 1, mandatory: true }];

/** XTTYPE_PLENMASK: a prefix length, or a mask (a non-contiguous one counts as /32). */
function parseMask(text: string): number {
  const len = strtoulWhole(text, 0, 32);
  if (len !== undefined) return prefixToMask(len);
  const mask = inetAton(text);
  if (mask === undefined) {
    throw paramProblem(`NETMAP: bad value for option "--to", neither a valid network mask nor valid CIDR (0-32).\n`);
  }
  return maskToPrefix(mask) < 0 ? 0xffffffff : mask;
}

function netmask(data: NetmapData): number {
  return ~(data.minAddr ^ data.maxAddr) >>> 0;
}

function describe(data: NetmapData): string {
  if (data.net6) {
    const bits = maskToPrefix6(data.net6.mask);
    return `${formatIpv6(data.net6.addr)}/${bits < 0 ? formatIpv6(data.net6.mask) : bits}`;
  }
  const mask = netmask(data);
  const bits = maskToPrefix(mask);
  return `${formatIpv4(data.minAddr)}/${bits < 0 ? formatIpv4(mask) : bits}`;
}

export const NETMAP: TargetExtension<NetmapData> = {
  name: "NETMAP",
  help: TARGET_HELP.NETMAP,
  options: extOptions(SPECS),
  tables: ["nat"],
  init: () => ({ minAddr: 0, maxAddr: 0 }),
  parse(data, call) {
    noteOption("NETMAP", SPECS, data, call);
    const arg = call.args[0] ?? "";
    const slash = arg.indexOf("/");
    if (call.family === 6) {
      const addr6 = resolveHost6(slash >= 0 ? arg.slice(0, slash) : arg, call.hosts6);
      const mask6 = prefixToMask6(slash >= 0 ? parsePrefix6("NETMAP", "to", arg.slice(slash + 1)) : 128);
      data.net6 = { addr: andIpv6(addr6, mask6), mask: mask6 };
      return;
    }
    const addr = resolveHost(slash >= 0 ? arg.slice(0, slash) : arg, call.hosts4);
    const mask = slash >= 0 ? parseMask(arg.slice(slash + 1)) : 0xffffffff;
    data.minAddr = (addr & mask) >>> 0;
    data.maxAddr = (data.minAddr | ~mask) >>> 0;
  },
  finalCheck(data) {
    checkOptionTable("NETMAP", SPECS, data);
  },
  save: (data) => `--to ${describe(data)}`,
  print: (data) => `to:${describe(data)}`,
  action(data, pkt, ctx) {
    const mask = netmask(data);
    const mapDestination = ctx.hook === "PREROUTING" || ctx.hook === "OUTPUT";
    const original = mapDestination ? pkt.dst : pkt.src;
    const mapped = ((original & ~mask) | (data.minAddr & mask)) >>> 0;
    return { kind: "NAT", nat: { type: mapDestination ? "DNAT" : "SNAT", minAddr: mapped, maxAddr: mapped } };
  },
};
