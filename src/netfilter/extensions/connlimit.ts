// -m connlimit: how many tracked connections share the packet's (masked) source or
// destination address, compared with --connlimit-above / --connlimit-upto.
import type { MatchExtension } from "../extension.js";
import { formatIpv4, maskToPrefix, prefixToMask } from "../ip.js";
import { resolveHost } from "./util/numeric-ip.js";
import { parsePrefix6 } from "./util/hostmask6.js";
import type { HookContext } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotCombine, checkOption } from "./util/errors.js";
import type { ContextExtras } from "./util/extras.js";
import { strtoul } from "./util/strtoul.js";
import { conncount, type ConncountContext, type ConnList } from "./util/conncount.js";

export interface ConnlimitData {
  limit: number;
  /** True for --connlimit-upto (matches while count <= limit). */
  upto: boolean;
  prefix: number;
  side: "src" | "dst";
  seen: string[];
  /** ip6tables' rule (its default mask and a typed /128 are the same bytes). */
  v6?: boolean;
  /** The rule's own connection lists by masked address (nf_conncount data), filled by traffic. */
  conns?: Record<string, ConnList>;
}

const ORDER = ["connlimit-upto", "connlimit-above", "connlimit-mask", "connlimit-saddr", "connlimit-daddr"];

export const connlimitMatch: MatchExtension<ConnlimitData> = {
  name: "connlimit",
  options: [
    { name: "connlimit-upto", args: 1, invertible: true },
    { name: "connlimit-above", args: 1, invertible: true },
    { name: "connlimit-mask", args: 1 },
    { name: "connlimit-saddr", args: 0 },
    { name: "connlimit-daddr", args: 0 },
  ],
  init: () => ({ limit: 0, upto: false, prefix: 32, side: "src", seen: [] }),
  parse(d, { option, args, invert, family }) {
    // ip6tables groups by the whole IPv6 address unless --connlimit-mask says otherwise
    if (family === 6 && !d.seen.includes("connlimit-mask")) d.prefix = 128;
    if (family === 6) d.v6 = true;
    checkOption("connlimit", d.seen, option, invert, { invertible: option === "connlimit-upto" || option === "connlimit-above" });
    const arg = args[0] ?? "";
    switch (option) {
      case "connlimit-upto":
      case "connlimit-above": {
        const n = strtoul(arg, 0, 0xffffffff);
        if (n === undefined) throw badValue("connlimit", option, 0, 4294967295);
        d.limit = n;
        // "! --connlimit-above N" is "--connlimit-upto N" and the other way round.
        d.upto = (option === "connlimit-upto") !== invert;
        break;
      }
      case "connlimit-mask": {
        if (family === 6) {
          d.prefix = Math.min(parsePrefix6("connlimit", option, arg), 128);
          break;
        }
        // A prefix length, or an address read as a netmask (inet_aton forms, "33" is 0.0.0.33):
        // a non-contiguous one leaves the host mask; what is neither is refused.
        const bits = strtoul(arg, 0, 32);
        if (bits !== undefined) {
          d.prefix = bits;
          break;
        }
        const dotted = resolveHost(arg);
        if (dotted === undefined) throw paramProblem(`connlimit: bad value for option "--${option}", neither a valid network mask nor valid CIDR (0-32).\n`);
        const fromMask = maskToPrefix(dotted);
        d.prefix = fromMask >= 0 ? fromMask : 32;
        break;
      }
      case "connlimit-saddr":
        d.side = "src";
        break;
      case "connlimit-daddr":
        d.side = "dst";
        break;
    }
  },
  finalCheck(d) {
    const seen = ORDER.filter((o) => d.seen.includes(o));
    if (!seen.includes("connlimit-upto") && !seen.includes("connlimit-above")) throw paramProblem('You must specify "--connlimit-above" or "--connlimit-upto".');
    if (seen.includes("connlimit-upto") && seen.includes("connlimit-above")) throw cannotCombine("connlimit", "connlimit-upto", "connlimit-above");
    if (seen.includes("connlimit-saddr") && seen.includes("connlimit-daddr")) throw cannotCombine("connlimit", "connlimit-saddr", "connlimit-daddr");
  },
  renew(d) {
    // (a new instance counts from an empty tree: connections come back as their packets pass)
    delete d.conns;
  },
  save: (d) => `--connlimit-${d.upto ? "upto" : "above"} ${d.limit} --connlimit-mask ${d.prefix} --connlimit-${d.side === "dst" ? "daddr" : "saddr"}`,
  // without --connlimit-mask all 16 mask bytes are set; an IPv4 mask given clears the last 12,
  // so -C/-D tell a default /32 from a typed one
  identity: (d) => (!d.v6 && d.seen.includes("connlimit-mask") ? "mask" : ""),
  print: (d) => `#conn ${d.side}/${d.prefix} ${d.upto ? "<=" : ">"} ${d.limit}`,
  match(d, pkt, ctx: HookContext & ContextExtras & Partial<ConncountContext>) {
    const addr = d.side === "src" ? pkt.src : pkt.dst;
    const mask = prefixToMask(d.prefix);
    let count: number;
    if (ctx.conncountPacket && ctx.conncountState) {
      const own = ctx.conncountPacket();
      count = own ? conncount((d.conns ??= {}), formatIpv4((addr & mask) >>> 0), own, ctx.conncountState) : 0;
      if (count === 0) {
        ctx.hotdrop?.();
        return false;
      }
    } else {
      // Without the packet path's view: every tracked connection of the address, this one included.
      count = ctx.countConnections ? ctx.countConnections(addr, mask, d.side, pkt.proto) : 1;
    }
    return (count > d.limit) !== d.upto;
  },
};
