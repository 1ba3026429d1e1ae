// -m addrtype: the routing type (LOCAL, UNICAST, BROADCAST, …) of source and destination.
import type { MatchExtension } from "../extension.js";
import type { HookContext } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { cannotCombine, checkOption } from "./util/errors.js";

/** Route types in kernel order (bit i = type i). */
export const ROUTE_TYPES = ["UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST", "BLACKHOLE", "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE"];

export interface AddrtypeData {
  src: string[];
  dst: string[];
  invSrc: boolean;
  invDst: boolean;
  limitIn: boolean;
  limitOut: boolean;
  seen: string[];
  /** Set by ip6tables: the kernel refuses types IPv6 routing does not have. */
  ipv6?: true;
}

/** BROADCAST, BLACKHOLE and PROHIBIT and after: no IPv6 route has them (addrtype_mt_checkentry_v1). */
const NOT_IPV6 = new Set(["BROADCAST", "BLACKHOLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE"]);

function parseTypes(arg: string): string[] {
  const types: string[] = [];
  let rest = arg;
  for (;;) {
    const comma = rest.indexOf(",");
    const word = comma < 0 ? rest : rest.slice(0, comma);
    const found = word === "" ? undefined : ROUTE_TYPES.find((t) => t.toLowerCase().startsWith(word.toLowerCase()));
    if (!found) throw paramProblem(comma < 0 ? `addrtype: bad type "${rest}"` : `addrtype: bad type \`${rest}'`);
    if (!types.includes(found)) types.push(found);
    if (comma < 0) return types;
    rest = rest.slice(comma + 1);
  }
}

const sorted = (types: string[]) => ROUTE_TYPES.filter((t) => types.includes(t)).join(",");

function typeOf(ctx: HookContext, addr: number, iface: string | undefined): string {
  if (iface !== undefined && ctx.addrTypeOnIface) return ctx.addrTypeOnIface(addr, iface);
  return ctx.addrType(addr);
}

/**
 * addrtype_mt6's match_type6: MULTICAST, UNICAST and UNSPEC test the address itself (all that
 * are asked must hold); LOCAL, ANYCAST, BLACKHOLE, UNREACHABLE its route (any of them).
 */
function matchType6(ctx: HookContext, addr: number[], types: string[]): boolean {
  const zero = addr.every((g) => g === 0);
  const multicast = (addr[0]! >> 8) === 0xff;
  const mapped = addr.slice(0, 5).every((g) => g === 0) && addr[5] === 0xffff;
  if (types.includes("MULTICAST") && !multicast) return false;
  if (types.includes("UNICAST") && (zero || multicast || mapped)) return false;
  if (types.includes("UNSPEC") && !zero) return false;
  const routed = ["LOCAL", "ANYCAST", "BLACKHOLE", "UNREACHABLE"].filter((t) => types.includes(t));
  if (routed.length === 0) return true;
  return routed.includes(ctx.routeType6?.(addr) ?? "");
}

export const addrtypeMatch: MatchExtension<AddrtypeData> = {
  name: "addrtype",
  options: [
    { name: "src-type", args: 1, invertible: true },
    { name: "dst-type", args: 1, invertible: true },
    { name: "limit-iface-in", args: 0 },
    { name: "limit-iface-out", args: 0 },
  ],
  init: () => ({ src: [], dst: [], invSrc: false, invDst: false, limitIn: false, limitOut: false, seen: [] }),
  parse(d, { option, args, invert, family }) {
    checkOption("addrtype", d.seen, option, invert, { invertible: option.endsWith("-type") });
    if (family === 6) d.ipv6 = true;
    if (option === "src-type") {
      d.src = parseTypes(args[0]!);
      d.invSrc = invert;
    } else if (option === "dst-type") {
      d.dst = parseTypes(args[0]!);
      d.invDst = invert;
    } else if (option === "limit-iface-in") d.limitIn = true;
    else d.limitOut = true;
  },
  finalCheck(d) {
    if (!d.seen.includes("src-type") && !d.seen.includes("dst-type")) throw paramProblem("addrtype: you must specify --src-type or --dst-type");
    if (d.limitIn && d.limitOut) throw cannotCombine("addrtype", "limit-iface-in", "limit-iface-out");
  },
  // The kernel refuses an interface limit on hooks that have no such interface.
  checkEntry(d, { chain }) {
    if (d.ipv6 && [...d.src, ...d.dst].some((t) => NOT_IPV6.has(t))) return false;
    if (d.limitIn && (chain === "OUTPUT" || chain === "POSTROUTING")) return false;
    if (d.limitOut && (chain === "PREROUTING" || chain === "INPUT")) return false;
    return true;
  },
  save(d) {
    const parts: string[] = [];
    if (d.src.length) parts.push(`${d.invSrc ? "! " : ""}--src-type ${sorted(d.src)}`);
    if (d.dst.length) parts.push(`${d.invDst ? "! " : ""}--dst-type ${sorted(d.dst)}`);
    if (d.limitIn) parts.push("--limit-iface-in");
    if (d.limitOut) parts.push("--limit-iface-out");
    return parts.join(" ");
  },
  print(d) {
    let out = "ADDRTYPE match";
    if (d.src.length) out += ` src-type ${d.invSrc ? "!" : ""}${sorted(d.src)}`;
    if (d.dst.length) out += ` dst-type ${d.invDst ? "!" : ""}${sorted(d.dst)}`;
    if (d.limitIn) out += " limit-in";
    if (d.limitOut) out += " limit-out";
    return out;
  },
  match(d, pkt, ctx) {
    if (pkt.src6 && pkt.dst6) {
      if (d.src.length && matchType6(ctx, pkt.src6, d.src) === d.invSrc) return false;
      if (d.dst.length && matchType6(ctx, pkt.dst6, d.dst) === d.invDst) return false;
      return true;
    }
    const iface = d.limitIn ? ctx.inIface : d.limitOut ? ctx.outIface : undefined;
    if (d.src.length && d.src.includes(typeOf(ctx, pkt.src, iface)) === d.invSrc) return false;
    if (d.dst.length && d.dst.includes(typeOf(ctx, pkt.dst, iface)) === d.invDst) return false;
    return true;
  },
};
