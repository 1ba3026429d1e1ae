// The symbol tables nft prints and reads in rules (ct state bits, ICMP and ICMPv6 types, reject's
// ICMP codes), kept once for the rule reader, the listing and its -n form. Maps, so a word such as
// "constructor" is no name here.
import { protocolNumber } from "../netfilter/names.js";

/** The kernel's ct state bits, in the order nft lists a set or list of them. */
export const CT_STATE_BITS = new Map([["invalid", 1], ["established", 2], ["related", 4], ["new", 8], ["untracked", 64]]);

/** ICMP type names nft knows, by value. */
export const ICMP_TYPES = new Map([
  ["echo-reply", 0], ["destination-unreachable", 3], ["source-quench", 4], ["redirect", 5], ["echo-request", 8],
  ["router-advertisement", 9], ["router-solicitation", 10], ["time-exceeded", 11], ["parameter-problem", 12],
  ["timestamp-request", 13], ["timestamp-reply", 14], ["info-request", 15], ["info-reply", 16],
  ["address-mask-request", 17], ["address-mask-reply", 18],
]);

/** ICMPv6 type names nft knows, by value (it lists a set of them in this order). */
export const ICMPV6_TYPES = new Map([
  ["destination-unreachable", 1], ["packet-too-big", 2], ["time-exceeded", 3], ["parameter-problem", 4],
  ["echo-request", 128], ["echo-reply", 129], ["mld-listener-query", 130], ["mld-listener-report", 131],
  ["mld-listener-done", 132], ["nd-router-solicit", 133], ["nd-router-advert", 134], ["nd-neighbor-solicit", 135],
  ["nd-neighbor-advert", 136], ["nd-redirect", 137], ["router-renumbering", 138], ["ind-neighbor-solicit", 141],
  ["ind-neighbor-advert", 142], ["mld2-listener-report", 143],
]);

/** reject with icmp CODE: nft's names, their ICMP code, and REJECT's --reject-with for it. */
export const REJECT_ICMP_CODES = new Map([
  ["net-unreachable", { code: 0, iptables: "icmp-net-unreachable" }],
  ["host-unreachable", { code: 1, iptables: "icmp-host-unreachable" }],
  ["prot-unreachable", { code: 2, iptables: "icmp-proto-unreachable" }],
  ["port-unreachable", { code: 3, iptables: "icmp-port-unreachable" }],
  ["net-prohibited", { code: 9, iptables: "icmp-net-prohibited" }],
  ["host-prohibited", { code: 10, iptables: "icmp-host-prohibited" }],
  ["admin-prohibited", { code: 13, iptables: "icmp-admin-prohibited" }],
]);

/** reject with icmpx CODE (inet only): the codes nft names, and REJECT's IPv4 form of each. */
export const REJECT_ICMPX_CODES = new Map([
  ["no-route", { code: 0, iptables: "icmp-net-unreachable" }],
  ["port-unreachable", { code: 1, iptables: "icmp-port-unreachable" }],
  ["host-unreachable", { code: 2, iptables: "icmp-host-unreachable" }],
  ["admin-prohibited", { code: 3, iptables: "icmp-admin-prohibited" }],
]);

/** reject with icmpv6 CODE: nft's names, their ICMPv6 code, and ip6tables' REJECT --reject-with. */
export const REJECT_ICMPV6_CODES = new Map([
  ["no-route", { code: 0, iptables: "icmp6-no-route" }],
  ["admin-prohibited", { code: 1, iptables: "icmp6-adm-prohibited" }],
  ["addr-unreachable", { code: 3, iptables: "icmp6-addr-unreachable" }],
  ["port-unreachable", { code: 4, iptables: "icmp6-port-unreachable" }],
  ["policy-fail", { code: 5, iptables: "icmp6-policy-fail" }],
  ["reject-route", { code: 6, iptables: "icmp6-reject-route" }],
]);

export type RejectCodes = typeof REJECT_ICMP_CODES;

/** A code's name given its number or its name (undefined: not one of `codes`). */
export function rejectCodeName(codes: RejectCodes, word: string): string | undefined {
  if (codes.has(word)) return word;
  if (!/^\d+$/.test(word)) return undefined;
  for (const [name, c] of codes) if (c.code === Number(word)) return name;
  return undefined;
}

const hex = (n: number) => `0x${n.toString(16)}`;

/** The tcp header's flag bits, as nft -n shows them. */
const TCP_FLAG_BITS = new Map([["fin", 1], ["syn", 2], ["rst", 4], ["psh", 8], ["ack", 16], ["urg", 32], ["ecn", 64], ["cwr", 128]]);

/** A set `{ a, b }` or a single value, each name given as `f` makes it. */
function mapValues(text: string, f: (name: string) => string | undefined): string | undefined {
  const set = /^\{ (.*) \}$/.exec(text);
  // (an inverted list of flags is listed as an OR: "a | b")
  const sep = set ? ", " : text.includes(" | ") ? " | " : ",";
  const names = (set ? set[1]! : text).split(sep);
  const out = names.map(f);
  if (out.some((v) => v === undefined)) return undefined;
  return set ? `{ ${out.join(", ")} }` : out.join(sep);
}

const NUMERIC: [RegExp, (name: string) => string | undefined][] = [
  [/^(ct state (?:!= )?)(.*)$/, (n) => (CT_STATE_BITS.has(n) ? hex(CT_STATE_BITS.get(n)!) : undefined)],
  [/^(reject with icmp )(.*)$/, (n) => REJECT_ICMP_CODES.get(n)?.code.toString()],
  [/^(reject with icmpx )(.*)$/, (n) => REJECT_ICMPX_CODES.get(n)?.code.toString()],
  [/^(reject with icmpv6 )(.*)$/, (n) => REJECT_ICMPV6_CODES.get(n)?.code.toString()],
  [/^(icmpv6 type )(.*)$/, (n) => ICMPV6_TYPES.get(n)?.toString()],
  [/^(icmp type )(.*)$/, (n) => ICMP_TYPES.get(n)?.toString()],
  [/^(tcp flags (?:!= )?)([a-z,]+)$/, (n) => (TCP_FLAG_BITS.has(n) ? hex(TCP_FLAG_BITS.get(n)!) : undefined)],
  [/^((?:meta l4proto|ip protocol) )(.*)$/, (n) => protocolNumber(n)?.toString()],
];

/** A listed statement as `nft -n` prints it: its symbols as numbers (ct state bits in hex). */
export function numericStatement(s: string): string {
  for (const [re, f] of NUMERIC) {
    const m = re.exec(s);
    const value = m ? mapValues(m[2]!, f) : undefined;
    if (value !== undefined) return `${m![1]}${value}`;
  }
  return s;
}

/** nft's number token: decimal, or 0x hex; C's strtoumax(…, 0) makes a leading 0 octal. */
const NUMBER_TOKEN = /^(?:0[xX][0-9a-fA-F]+|\d+)$/;

/** strtoumax(text, &end, 0) when it reads the whole text, else undefined. */
function wholeNumber(text: string): bigint | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return BigInt(text);
  if (/^0[0-7]*$/.test(text)) return BigInt(`0o${text.slice(1) || "0"}`);
  return /^[1-9]\d*$/.test(text) ? BigInt(text) : undefined;
}

/**
 * A port as nft's inet_service type reads it: a number strtoumax reads whole (the caller refuses
 * one over 65535), else getaddrinfo's service: decimal digits cut to 16 bits ("080" is 80,
 * "099999" is 34463) or a name from /etc/services.
 */
export function nftServicePort(text: string, proto: string, byName: (name: string, proto: string) => number | undefined): number | undefined {
  const whole = wholeNumber(text);
  if (whole !== undefined) return whole > 0xffffffffn ? Number.MAX_SAFE_INTEGER : Number(whole);
  if (/^\d+$/.test(text)) return Number(BigInt(text) & 0xffffn);
  return byName(text, proto);
}

/**
 * An IPv4 address as nft reads it: the scanner's dotted quad (1 to 3 digits a part) or a number,
 * given to getaddrinfo, whose inet_aton reads a leading 0 as octal ("010.0.0.1" is 8.0.0.1) and
 * a lone number as the whole address ("0x0a000001"). Undefined: not an address nft resolves.
 */
export function nftIpv4(text: string): number | undefined {
  const part = (p: string): number | undefined => {
    const n = wholeNumber(p);
    return n === undefined ? undefined : Number(n);
  };
  if (/^(\d{1,3}\.){3}\d{1,3}$/.test(text)) {
    const parts = text.split(".").map(part);
    if (parts.some((p) => p === undefined || p > 255)) return undefined;
    return parts.reduce<number>((a, p) => a * 256 + p!, 0);
  }
  if (!NUMBER_TOKEN.test(text)) return undefined;
  const n = part(text);
  return n !== undefined && n <= 0xffffffff ? n : undefined;
}

/** A prefix length after "/", a number token read by strtoull(…, 0). */
export function nftPrefixLength(text: string): number | undefined {
  const n = wholeNumber(text);
  return n === undefined ? undefined : Number(n);
}
