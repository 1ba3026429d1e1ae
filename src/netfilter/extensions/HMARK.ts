// -j HMARK: set the packet mark to hash(selected header fields) % --hmark-mod + --hmark-offset.
// The option bookkeeping follows libxt_HMARK: --hmark-tuple marks the fields it selects as
// given (so a later --hmark-src-prefix counts as a second use), and its own final check runs
// before the generic one ("--hmark-mod is mandatory").
import type { TargetExtension } from "../extension.js";
import { paramProblem } from "../xtables-error.js";
import { badValue, cannotInvert, onlyOnce } from "./util/errors.js";
import { strtoulWhole } from "./target-util/strtoul.js";
import { inetAton } from "./target-util/host.js";
import type { ConntrackView, Packet } from "../types.js";
import { jhash3words, reciprocalScale } from "./util/jhash.js";

/** XT_HMARK_* bits of the kernel's flags word, in its order. */
const F = { SADDR: 0, DADDR: 1, SPI: 2, SPI_MASK: 3, SPORT: 4, DPORT: 5, SPORT_MASK: 6, DPORT_MASK: 7, PROTO_MASK: 8, RND: 9, MOD: 10, OFFSET: 11, CT: 12 } as const;
const TUPLE_ID = 13;
/** An all-ones address mask (128 bits): what --hmark-tuple src/dst stores. */
const FULL = 128;

export interface HmarkData {
  flags: number;
  srcPrefix: number;
  dstPrefix: number;
  sportMask: number;
  dportMask: number;
  spiMask: number;
  sport: number;
  dport: number;
  spi: number;
  protoMask: number;
  rnd: number;
  mod: number;
  offset: number;
  /** 6 for ip6tables: masks are 128 bits and list differently. */
  family: 4 | 6;
  /** Options seen on the command line (xflags), parse-time only but harmless to compare. */
  given: number;
}

/** Option name → [flag id, kind]. */
const OPTIONS: Record<string, [number, "plen" | "u16" | "u32" | "tuple"]> = {
  "hmark-tuple": [TUPLE_ID, "tuple"],
  "hmark-src-prefix": [F.SADDR, "plen"],
  "hmark-dst-prefix": [F.DADDR, "plen"],
  "hmark-sport-mask": [F.SPORT_MASK, "u16"],
  "hmark-dport-mask": [F.DPORT_MASK, "u16"],
  "hmark-spi-mask": [F.SPI_MASK, "u32"],
  "hmark-sport": [F.SPORT, "u16"],
  "hmark-dport": [F.DPORT, "u16"],
  "hmark-spi": [F.SPI, "u32"],
  "hmark-proto-mask": [F.PROTO_MASK, "u16"],
  "hmark-rnd": [F.RND, "u32"],
  "hmark-mod": [F.MOD, "u32"],
  "hmark-offset": [F.OFFSET, "u32"],
};

const FIELDS: Partial<Record<number, keyof HmarkData>> = {
  [F.SADDR]: "srcPrefix", [F.DADDR]: "dstPrefix", [F.SPORT_MASK]: "sportMask", [F.DPORT_MASK]: "dportMask",
  [F.SPI_MASK]: "spiMask", [F.SPORT]: "sport", [F.DPORT]: "dport", [F.SPI]: "spi", [F.PROTO_MASK]: "protoMask",
  [F.RND]: "rnd", [F.MOD]: "mod", [F.OFFSET]: "offset",
};

/** --hmark-tuple words (matched case-blind on the word's length, as strncasecmp does), in libxt_HMARK's order. */
const TUPLE_WORDS: [string, number][] = [
  ["ct", F.CT], ["src", F.SADDR], ["dst", F.DADDR], ["sport", F.SPORT_MASK], ["dport", F.DPORT_MASK], ["proto", F.PROTO_MASK], ["spi", F.SPI_MASK],
];

const PKT_OPTIONS = [F.SADDR, F.DADDR, F.SPI_MASK, F.SPORT_MASK, F.DPORT_MASK, F.PROTO_MASK, F.SPORT, F.DPORT, F.SPI];

const HELP =
  "HMARK target options, i.e. modify hash calculation by:\n" +
  "  --hmark-tuple [src|dst|sport|dport|spi|proto|ct][,...]\n" +
  "  --hmark-mod value\t\t    nfmark modulus value\n" +
  "  --hmark-offset value\t\t    Last action add value to nfmark\n\n" +
  "  --hmark-rnd\t\t\t    Random see for hashing\n" +
  " Alternatively, fine tuning of what will be included in hash calculation\n" +
  "  --hmark-src-prefix length\t    Source address mask CIDR prefix\n" +
  "  --hmark-dst-prefix length\t    Dest address mask CIDR prefix\n" +
  "  --hmark-sport-mask value\t    Mask src port with value\n" +
  "  --hmark-dport-mask value\t    Mask dst port with value\n" +
  "  --hmark-spi-mask value\t    For esp and ah AND spi with value\n" +
  "  --hmark-sport value\t\t    OR src port with value\n" +
  "  --hmark-dport value\t\t    OR dst port with value\n" +
  "  --hmark-spi value\t\t    For esp and ah OR spi with value\n" +
  "  --hmark-proto-mask value\t    Mask Protocol with value\n";

const bit = (id: number) => 1 << id;
const has = (d: HmarkData, id: number) => (d.flags & bit(id)) !== 0;
/** An IPv4 rule's mask covers 32 bits of the 128. */
const shownPrefix = (d: HmarkData, p: number) => (d.family === 4 ? Math.min(p, 32) : p);
const hex = (v: number, width = 0) => v.toString(16).padStart(width, "0");

function tupleWord(d: HmarkData, word: string): boolean {
  const hit = TUPLE_WORDS.find(([name]) => word.length <= name.length && name.slice(0, word.length) === word.toLowerCase());
  if (!hit) return false;
  const id = hit[1];
  d.flags |= bit(id);
  d.given |= bit(id);
  if (id === F.SADDR) d.srcPrefix = FULL;
  else if (id === F.DADDR) d.dstPrefix = FULL;
  else if (id === F.SPORT_MASK) d.sportMask = 0xffff;
  else if (id === F.DPORT_MASK) d.dportMask = 0xffff;
  else if (id === F.PROTO_MASK) d.protoMask = 0xffff;
  else if (id === F.SPI_MASK) d.spiMask = 0xffffffff;
  return true;
}

/** Leading one bits of a dotted IPv4 or colon IPv6 mask; FULL when the mask is not contiguous. */
function maskPrefix(arg: string, family: 4 | 6): number | undefined {
  let bits: string;
  if (family === 4) {
    // getaddrinfo(AI_NUMERICHOST) reads it: inet_aton forms, "2.5" is 2.0.0.5
    const mask = inetAton(arg);
    if (mask === undefined) return undefined;
    bits = mask.toString(2).padStart(32, "0");
  } else {
    const halves = arg.split("::");
    if (halves.length > 2) return undefined;
    const groups = halves.map((h) => (h === "" ? [] : h.split(":")));
    const fill = 8 - groups.reduce((n, g) => n + g.length, 0);
    if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
    const all = halves.length === 2 ? [...groups[0]!, ...Array<string>(fill).fill("0"), ...groups[1]!] : groups[0]!;
    if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
    bits = all.map((g) => parseInt(g, 16).toString(2).padStart(16, "0")).join("");
  }
  const ones = bits.indexOf("0") < 0 ? bits.length : bits.indexOf("0");
  return bits.slice(ones).includes("1") ? FULL : ones;
}

/**
 * The prefix an address-mask option keeps: a mask or a CIDR length. FULL stands for the
 * all-ones 128-bit mask --hmark-tuple src/dst sets; an IPv4 length past 32 gives it too.
 */
function parsePrefix(arg: string, fullPrefix: number): number | undefined {
  if (arg.includes(".") || arg.includes(":")) return maskPrefix(arg, fullPrefix === 32 ? 4 : 6);
  const n = strtoulWhole(arg, 0, fullPrefix === 32 ? 0xffffffff : 128);
  if (n === undefined) return undefined;
  return n > 32 && fullPrefix === 32 ? FULL : n;
}

function parseTuple(d: HmarkData, arg: string): void {
  let rest = arg;
  for (let comma = rest.indexOf(","); comma >= 0; comma = rest.indexOf(",")) {
    if (comma === 0 || !tupleWord(d, rest.slice(0, comma))) throw paramProblem(`Bad type "${rest}"`);
    rest = rest.slice(comma + 1);
  }
  if (rest === "") throw paramProblem('"--hmark-tuple" requires a list of types with no spaces, e.g. src,dst,sport,dport,proto');
  if (!tupleWord(d, rest)) throw paramProblem(`Bad type "${rest}"`);
}

export const HMARK: TargetExtension<HmarkData> = {
  name: "HMARK",
  help: HELP,
  options: Object.keys(OPTIONS).map((name) => ({ name, args: 1 as const })),
  init: () => ({ flags: 0, srcPrefix: 0, dstPrefix: 0, sportMask: 0, dportMask: 0, spiMask: 0, sport: 0, dport: 0, spi: 0, protoMask: 0, rnd: 0, mod: 0, offset: 0, family: 4, given: 0 }),
  parse(d, call) {
    const [id, kind] = OPTIONS[call.option]!;
    if (d.given & bit(id)) throw onlyOnce("HMARK", call.option);
    if (call.invert) throw cannotInvert("HMARK", call.option);
    d.given |= bit(id);
    const arg = call.args[0] ?? "";
    const fullPrefix = call.family === 6 ? 128 : 32;
    d.family = call.family ?? 4;
    if (kind === "tuple") return parseTuple(d, arg);
    if (kind === "plen") {
      const plen = parsePrefix(arg, fullPrefix);
      if (plen === undefined) {
        throw paramProblem(`HMARK: bad value for option "--${call.option}", neither a valid network mask nor valid CIDR (0-${fullPrefix}).\n`);
      }
      if (id === F.SADDR) d.srcPrefix = plen;
      else d.dstPrefix = plen;
      d.flags |= bit(id);
      return;
    }
    const max = kind === "u16" ? 0xffff : 0xffffffff;
    const min = id === F.MOD ? 1 : 0;
    const value = strtoulWhole(arg, min, max);
    if (value === undefined) throw badValue("HMARK", call.option, min, max);
    (d[FIELDS[id]!] as number) = value;
    d.flags |= bit(id);
  },
  finalCheck(d) {
    if (!(d.given & bit(F.MOD))) throw paramProblem("--hmark-mod is mandatory");
    if (!(d.given & bit(F.RND))) throw paramProblem("--hmark-rnd is mandatory");
    if (d.given & bit(F.SPI_MASK) && d.given & (bit(F.SPORT_MASK) | bit(F.DPORT_MASK))) {
      throw paramProblem("you cannot use --hmark-spi-mask and --hmark-?port-mask,at the same time");
    }
    if (!PKT_OPTIONS.some((id) => d.given & bit(id)) && !(d.given & bit(F.CT))) throw paramProblem("you have to specify --hmark-tuple at least");
    d.given = 0; // parse-time only: two equal rules must compare equal
  },
  // an IPv4 mask of 32 bits and the full 128-bit one (--hmark-tuple src) save alike but differ
  identity: (d) => (d.family === 4 && (d.srcPrefix === FULL || d.dstPrefix === FULL) ? `full:${d.srcPrefix === FULL},${d.dstPrefix === FULL}` : ""),
  // hmark_tg_check: a set SPI excludes set ports
  checkEntry: (d) => !(has(d, F.SPI) && (has(d, F.SPORT) || has(d, F.DPORT))),
  save(d) {
    const out: string[] = [];
    if (has(d, F.SADDR)) out.push(`--hmark-src-prefix ${shownPrefix(d, d.srcPrefix)}`);
    if (has(d, F.DADDR)) out.push(`--hmark-dst-prefix ${shownPrefix(d, d.dstPrefix)}`);
    if (has(d, F.SPORT_MASK)) out.push(`--hmark-sport-mask 0x${hex(d.sportMask, 4)}`);
    if (has(d, F.DPORT_MASK)) out.push(`--hmark-dport-mask 0x${hex(d.dportMask, 4)}`);
    if (has(d, F.SPI_MASK)) out.push(`--hmark-spi-mask 0x${hex(d.spiMask, 8)}`);
    if (has(d, F.SPORT)) out.push(`--hmark-sport 0x${hex(d.sport, 4)}`);
    if (has(d, F.DPORT)) out.push(`--hmark-dport 0x${hex(d.dport, 4)}`);
    if (has(d, F.SPI)) out.push(`--hmark-spi 0x${hex(d.spi, 8)}`);
    if (has(d, F.PROTO_MASK)) out.push(`--hmark-proto-mask 0x${hex(d.protoMask, 2)}`);
    if (has(d, F.RND)) out.push(`--hmark-rnd 0x${hex(d.rnd, 8)}`);
    if (has(d, F.MOD)) out.push(`--hmark-mod ${d.mod}`);
    if (has(d, F.OFFSET)) out.push(`--hmark-offset ${d.offset}`);
    if (has(d, F.CT)) out.push("--hmark-tuple ct");
    return out.join(" ");
  },
  print(d) {
    let s = "HMARK ";
    if (has(d, F.MOD)) s += `mod ${d.mod} `;
    if (has(d, F.OFFSET)) s += `+ 0x${hex(d.offset)} `;
    if (has(d, F.CT)) s += "ct, ";
    // ip6tables prints the mask with xtables_ip6mask_to_numeric()+1: nothing for a full one
    const listed = (p: number) => (d.family === 6 && p === FULL ? "" : String(shownPrefix(d, p)));
    if (has(d, F.SADDR)) s += `src-prefix ${listed(d.srcPrefix)} `;
    if (has(d, F.DADDR)) s += `dst-prefix ${listed(d.dstPrefix)} `;
    if (has(d, F.SPORT_MASK)) s += `sport-mask 0x${hex(d.sportMask)} `;
    if (has(d, F.DPORT_MASK)) s += `dport-mask 0x${hex(d.dportMask)} `;
    if (has(d, F.SPI_MASK)) s += `spi-mask 0x${hex(d.spiMask)} `;
    if (has(d, F.SPORT)) s += `sport 0x${hex(d.sport)} `;
    if (has(d, F.DPORT)) s += `dport 0x${hex(d.dport)} `;
    if (has(d, F.SPI)) s += `spi 0x${hex(d.spi)} `;
    if (has(d, F.PROTO_MASK)) s += `proto-mask 0x${hex(d.protoMask)} `;
    if (has(d, F.RND)) s += `rnd 0x${hex(d.rnd)} `;
    return s;
  },
  action(d, pkt, ctx) {
    const tuple = d.flags & bit(F.CT) ? ctTuple(d, ctx.conntrack) : packetTuple(d, pkt.inner && isIcmpError(pkt) ? pkt.inner : pkt);
    if (tuple) pkt.mark = hmarkHash(d, tuple);
    return { kind: "CONTINUE" };
  },
};

/** struct hmark_tuple: the masked addresses (host order), the port word and the protocol. */
interface HmarkTuple {
  src: number;
  dst: number;
  ports: number;
  proto: number;
}

/** One 32-bit word of an address mask of `plen` leading ones (FULL: all of them). */
const maskWord = (plen: number, word: number) => {
  const ones = Math.max(0, Math.min(32, plen - 32 * word));
  return ones === 0 ? 0 : (0xffffffff << (32 - ones)) >>> 0;
};

/** hmark_addr_mask: an IPv4 address masked; an IPv6 one folds its four masked words by XOR. */
function maskedAddr(v4: number, v6: number[] | undefined, plen: number): number {
  if (!v6) return (v4 & maskWord(plen, 0)) >>> 0;
  let out = 0;
  for (let w = 0; w < 4; w++) out ^= (((v6[2 * w]! << 16) | v6[2 * w + 1]!) & maskWord(plen, w)) >>> 0;
  return out >>> 0;
}

/** hmark_swap_ports: masked and set, then the larger port in the high half. */
function portWord(d: HmarkData, raw: number): number {
  const mask = has(d, F.SPI_MASK) ? d.spiMask : ((d.sportMask << 16) | d.dportMask) >>> 0;
  const set = has(d, F.SPI) ? d.spi : ((d.sport << 16) | d.dport) >>> 0;
  const hp = ((raw & mask) | set) >>> 0;
  const src = hp >>> 16;
  const dst = hp & 0xffff;
  return dst > src ? ((dst << 16) | src) >>> 0 : ((src << 16) | dst) >>> 0;
}

const ICMP_ERRORS = new Set([3, 4, 5, 11, 12]);
const isIcmpError = (pkt: Packet) => pkt.proto === 1 && ICMP_ERRORS.has(pkt.icmpType);
/** proto_ports_offset: protocols whose first header words the hash reads (AH's SPI sits 4 bytes in). */
const PORTED = new Set([6, 17, 33, 50, 51, 132, 136]);

function packetTuple(d: HmarkData, pkt: Packet): HmarkTuple {
  const src = maskedAddr(pkt.src, pkt.src6, d.srcPrefix);
  const dst = maskedAddr(pkt.dst, pkt.dst6, d.dstPrefix);
  // ICMP, portless protocols and every fragment hash without ports
  if (pkt.proto === 1 || !PORTED.has(pkt.proto) || pkt.fragOffset !== 0 || pkt.moreFragments) return { src, dst, ports: 0, proto: pkt.proto };
  const raw = pkt.proto === 50 || pkt.proto === 51 ? (pkt.spi ?? 0) : ((pkt.sport << 16) | pkt.dport) >>> 0;
  return { src, dst, ports: portWord(d, raw), proto: pkt.proto };
}

/** hmark_ct_set_htuple: the original source and the reply source, untracked packets keep their mark. */
function ctTuple(d: HmarkData, ct: ConntrackView | undefined): HmarkTuple | undefined {
  if (!ct || ct.state === "INVALID" || ct.state === "UNTRACKED") return undefined;
  const src = maskedAddr(ct.origSrc, ct.tuple6?.origSrc, d.srcPrefix);
  const dst = maskedAddr(ct.replSrc, ct.tuple6?.replSrc, d.dstPrefix);
  const ports = ct.proto === 1 ? 0 : portWord(d, ((ct.origSport << 16) | ct.replSport) >>> 0);
  return { src, dst, ports, proto: ct.proto };
}

/** hmark_hash: jhash of the ordered addresses and the port word, the protocol XORed in, scaled and offset. */
function hmarkHash(d: HmarkData, t: HmarkTuple): number {
  const [lo, hi] = t.dst < t.src ? [t.dst, t.src] : [t.src, t.dst];
  const hash = (jhash3words(lo, hi, t.ports, d.rnd) ^ (t.proto & d.protoMask)) >>> 0;
  return (reciprocalScale(hash, d.mod) + d.offset) >>> 0;
}
