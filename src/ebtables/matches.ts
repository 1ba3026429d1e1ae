// The options of ebtables' built-in matches and watchers (ip, log, pkttype, mark, vlan) as
// libebt_* 1.8.9 read them. parse.ts decides which extension an option belongs to.
import { parseAddressList, parseProtocol } from "../iptables/address.js";
import { parsePortRange } from "../netfilter/extensions/util/ports.js";
import { cStrtoul64, strtoul, strtoulPrefix } from "../netfilter/extensions/util/strtoul.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { ethertypeByName } from "./ethertypes.js";
import { ICMP_TYPES } from "../netfilter/extensions/icmp.js";
import { PKTTYPE_CLASSES, logLevelNumber } from "./rule-text.js";
import type { EbExtensionName, EbIpMatch, EbRule } from "./types.js";
import { cTrimStart, utf8Length } from "../netfilter/extensions/util/utf8.js";

/** C strtol over the whole text: the value, or undefined when characters are left over. */
export function strtolWhole(text: string, base: 10 | 16): number | undefined {
  const re = base === 16 ? /^([+-]?)(?:0[xX])?([0-9a-fA-F]+)$/ : /^([+-]?)(\d+)$/;
  if (text === "") return 0;
  const m = re.exec(cTrimStart(text));
  if (!m) return undefined;
  const n = parseInt(m[2]!, base);
  return m[1] === "-" ? -n : n;
}

/**
 * 1.8.9 keeps only the first and the last of three or more matches and watchers in a rule
 * (the ones between are neither listed nor saved; seen with every combination tried).
 */
export function dropMiddleExtensions(rule: EbRule): void {
  const list = rule.extensions;
  if (!list || list.length < 3) return;
  for (const name of list.slice(1, -1)) delete rule[name];
  rule.extensions = [list[0]!, list[list.length - 1]!];
}

/** Matches and watchers print in the order their first option came. */
export function addExtension(rule: EbRule, name: EbExtensionName): void {
  const list = (rule.extensions ??= []);
  if (!list.includes(name)) list.push(name);
}

/** A log watcher option (--log, --log-level, --log-prefix, --log-ip/-arp/-ip6). */
export function parseLogOption(rule: EbRule, c: string, arg: string | undefined): void {
  addExtension(rule, "log");
  const log = (rule.log ??= { level: 5, prefix: "", ip: false, arp: false, ip6: false });
  if (c === "log-prefix") {
    if (utf8Length(arg!) > 29) throw paramProblem("Prefix too long");
    if (arg!.includes('"')) throw paramProblem('Use of \\" is not allowed in the prefix');
    log.prefix = arg!;
  } else if (c === "log-level") {
    const n = strtolWhole(arg!, 16);
    const level = n !== undefined && n >= 0 && n <= 7 ? n : logLevelNumber(arg!);
    if (level === undefined) throw paramProblem("Problem with the log-level");
    log.level = level;
  } else if (c === "log-ip") log.ip = true;
  else if (c === "log-arp") log.arp = true;
  else if (c === "log-ip6") log.ip6 = true;
}

/** A vlan match option; `once` refuses a repeated one. */
export function parseVlan(rule: EbRule, c: string, arg: string, inv: boolean, once: (flag: string) => void): void {
  addExtension(rule, "vlan");
  const vlan = (rule.vlan ??= {});
  once(c);
  // strtoul into the fields of a local ebt_vlan_info (u16 id, u8 prio, be16 encap): the value is
  // cut to the field before the range check, so --vlan-id 65536 is 0
  if (c === "vlan-encap") {
    const p = cStrtoul64(arg, 16);
    let n = Number(p.value & 0xffffn);
    if (p.end !== arg.length) {
      const named = ethertypeByName(arg);
      if (named === undefined) throw paramProblem(`Unknown --vlan-encap value ('${arg}')`);
      n = named;
    }
    if (n < 60) throw paramProblem(`Invalid --vlan-encap range ('${arg}')`);
    vlan.encap = { invert: inv, value: n };
    return;
  }
  const p = cStrtoul64(arg, 10);
  if (c === "vlan-id") {
    const n = Number(p.value & 0xffffn);
    if (n > 4094 || p.end !== arg.length) throw paramProblem(`Invalid --vlan-id range ('${arg}')`);
    vlan.id = { invert: inv, value: n };
  } else {
    const n = Number(p.value & 0xffn);
    if (n >= 8 || p.end !== arg.length) throw paramProblem(`Invalid --vlan-prio range ('${arg}')`);
    vlan.prio = { invert: inv, value: n };
  }
}

/** --pkttype-type: a class name or a (hex) number. */
export function parsePkttype(rule: EbRule, arg: string, inv: boolean): void {
  addExtension(rule, "pkttype");
  let n = strtolWhole(arg, 16);
  if (n === undefined) {
    n = PKTTYPE_CLASSES.findIndex((name) => name.toLowerCase() === arg.toLowerCase());
    if (n < 0) throw paramProblem(`Could not parse class '${arg}'`);
  }
  if (n < 0 || n > 255) throw paramProblem("Problem with specified pkttype class");
  rule.pkttype = { invert: inv || rule.pkttype?.invert === true, value: n };
}

/** --mark VALUE[/MASK] or --mark /MASK, read with strtoul as libebt_mark_m does. */
export function parseMark(rule: EbRule, arg: string, inv: boolean): void {
  addExtension(rule, "mark");
  // strtoul(arg, &end, 0) into an unsigned long, then "/" and strtoul again; no digits leave
  // `end` where it was
  let { value, end } = cStrtoul64(arg);
  let mask = 0xffffffffn;
  const or = arg[end] === "/" && end === 0;
  if (arg[end] === "/") {
    const m = cStrtoul64(arg.slice(end + 1));
    mask = m.value;
    end += 1 + m.end;
  }
  if (end !== arg.length || end === 0) throw paramProblem(`Bad mark value '${arg}'`);
  rule.mark = { invert: inv || rule.mark?.invert === true, value: { value, mask, or } };
}

/** An ip match option into `ip`. */
export function parseIpOption(ip: EbIpMatch, c: string, arg: string, inv: boolean): void {
  if (c === "ip-src" || c === "ip-dst") {
    const [a] = parseAddressList(arg);
    ip[c === "ip-src" ? "src" : "dst"] = { invert: inv, value: { addr: a!.addr, mask: a!.mask } };
  } else if (c === "ip-tos") {
    const tos = strtoul(arg, 0, 255);
    if (tos === undefined) throw paramProblem("Problem with specified IP tos");
    ip.tos = { invert: inv, value: tos };
  } else if (c === "ip-proto") ip.proto = { invert: inv, value: parseProtocol(arg) & 0xff /* a byte: mptcp (262) is tcp */ };
  else if (c === "ip-icmp-type") ip.icmp = { invert: inv, value: parseIcmpLike(ICMP_TYPES, "ICMP", arg, true) };
  else if (c === "ip-igmp-type") ip.igmp = { invert: inv, value: parseIcmpLike(IGMP_TYPES, "IGMP", arg, false).type };
  else ip[c === "ip-sport" ? "sport" : "dport"] = { invert: inv, value: parsePortRange(arg, "tcp") };
}

export interface EbNflog {
  prefix: string;
  group: number;
  range: number;
  threshold: number;
  flags: string[];
}

/** libebt_nflog's option bits (--nflog's 0x16 overlaps --nflog-prefix's and --nflog-range's). */
const NFLOG_BITS: Record<string, number> = { "nflog-group": 0x1, "nflog-prefix": 0x2, "nflog-range": 0x4, "nflog-threshold": 0x8, nflog: 0x16 };

/** An nflog watcher option (--nflog, --nflog-group/-prefix/-range/-threshold). */
export function parseNflogOption(rule: EbRule, c: string, arg: string | undefined): void {
  addExtension(rule, "nflog");
  const nflog = (rule.nflog ??= { prefix: "", group: 1, range: 0, threshold: 1, flags: [] });
  // libebt_nflog's option bits, by which a repeat is found: --nflog's is 0x16, which shares the
  // bits of --nflog-prefix and --nflog-range, so neither goes with --nflog (in either order)
  const bits = NFLOG_BITS[c]!;
  if (nflog.flags.some((f) => NFLOG_BITS[f]! & bits)) throw paramProblem("Multiple use of same option not allowed");
  nflog.flags.push(c);
  if (c === "nflog-prefix") {
    if (utf8Length(arg!) > 63) throw paramProblem("Prefix too long for nflog-prefix");
    nflog.prefix = arg!;
  } else if (c !== "nflog") {
    const n = strtoul(arg!, 1, 0xffffffff);
    if (n === undefined) throw paramProblem(`--${c} must be a number!`);
    if (c === "nflog-group") nflog.group = n;
    else if (c === "nflog-range") nflog.range = n;
    else nflog.threshold = n;
  }
}

/** igmp_types of libxt_icmp.h. */
export const IGMP_TYPES: [string, number, number, number][] = [
  ["membership-query", 0x11, 0, 0xff],
  ["membership-report-v1", 0x12, 0, 0xff],
  ["membership-report-v2", 0x16, 0, 0xff],
  ["leave-group", 0x17, 0, 0xff],
  ["membership-report-v3", 0x22, 0, 0xff],
];

/** xtables_strtoui with an end pointer: digits (any base) from `at`, or undefined. */
function uintAt(text: string, at: number): { value: number; end: number } | undefined {
  const p = strtoulPrefix(text.slice(at), 0, 255);
  return p ? { value: p.value, end: at + p.end } : undefined;
}

/**
 * __parse_icmp: a name (by unambiguous prefix, any case) or "T[:T][/C[:C]]" numbers.
 * Without codes (igmp) a "/" is an unknown character.
 */
export function parseIcmpLike(table: readonly (readonly [string, number, number, number])[], label: string, text: string, withCode: boolean): { type: [number, number]; code: [number, number] } {
  let match = -1;
  for (let i = 0; i < table.length; i++) {
    if (!table[i]![0].toLowerCase().startsWith(text.toLowerCase())) continue;
    if (match >= 0) throw paramProblem(`Ambiguous ${label} type \`${text}': \`${table[match]![0]}' or \`${table[i]![0]}'?`);
    match = i;
  }
  if (match >= 0) {
    const [, type, min, max] = table[match]!;
    return { type: [type, type], code: [min, max] };
  }
  const range = (at: number): { lo: number; hi: number; end: number } | undefined => {
    const first = uintAt(text, at);
    if (!first) return undefined;
    if (text[first.end] !== ":") return { lo: first.value, hi: first.value, end: first.end };
    const second = uintAt(text, first.end + 1);
    return second ? { lo: first.value, hi: second.value, end: second.end } : undefined;
  };
  const types = range(0);
  if (!types) throw paramProblem(`Unknown ${label} type \`${text}'`);
  if (types.end === text.length) return { type: [types.lo, types.hi], code: [0, 255] };
  // (a "/" ends an igmp type: what follows is ignored)
  if (text[types.end] === "/" && !withCode) return { type: [types.lo, types.hi], code: [0, 255] };
  if (text[types.end] === "/") {
    const codes = range(types.end + 1);
    if (!codes) throw paramProblem(`Unknown ${label} code \`${text}'`);
    if (codes.end === text.length) return { type: [types.lo, types.hi], code: [codes.lo, codes.hi] };
    throw paramProblem(`unknown character ${text[codes.end]}`);
  }
  throw paramProblem(`unknown character ${text[types.end]}`);
}
