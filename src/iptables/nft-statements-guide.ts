// More nft rule statements from the nftables guides (wiki quick reference, distro guides), read
// as the iptables options that act the same: meta|ct mark (a test, or set), tcp flags (one flag,
// != F, or & (A|B) == F), meta nfproto, meta pkttype; the anonymous sets of icmp types,
// protocols and th ports that nft-rule-lookups.ts turns into lookups; and the JSON of the
// statements only listed (log, limit, mark sets). Same contract as nft-statements.ts: the words
// taken, nft's own error for a bad value, or undefined for a form not known here.
import { errorAt, fail, parseError, type NftCommand } from "./nft-syntax.js";
import { RULE_KEYWORDS, isResult, portItems, setItems, type Read } from "./nft-statements.js";
import { protocolNumber } from "../netfilter/names.js";
import { protocolText } from "./address.js";
import { ICMP_TYPES } from "./nft-names.js";
import type { CommandResult } from "../shell/types.js";
import type { SetBox } from "../netfilter/extensions/nft-lookup.js";
import type { Json } from "./nft-json.js";

/** A 32-bit mark at word `at` as nft reads it (decimal or 0x hex), nft's error past 32 bits, or undefined. */
function markValue(cmd: NftCommand, at: number): number | CommandResult | undefined {
  const text = cmd.words[at];
  if (text === undefined || !/^(?:0x[0-9a-f]+|\d+)$/i.test(text)) return undefined;
  const n = BigInt(text);
  if (n > 0xffffffffn) return fail(errorAt(`Value ${n} exceeds valid range 0-4294967295`, cmd, cmd.starts[at]!, text.length));
  return Number(n);
}

const hex8 = (n: number) => `0x${n.toString(16).padStart(8, "0")}`;

/**
 * `meta mark [!=] V` (-m mark), `meta mark set V` (MARK) and `ct mark set V` (CONNMARK). Setting a
 * mark is no verdict: the rule goes on to the next statement (nft lists the value as 0x%08x).
 */
export function markStatement(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  const ct = w[i] === "ct";
  if ((w[i] !== "meta" && !ct) || w[i + 1] !== "mark") return undefined;
  if (w[i + 2] === "set") {
    // (the other mark copied over: CONNMARK's restore (ct to packet) or save (packet to ct))
    const from = ct ? "meta" : "ct";
    if (w[i + 3] === from && w[i + 4] === "mark") return { argv: ["-j", "CONNMARK", ct ? "--save-mark" : "--restore-mark"], listed: `${w[i]} mark set ${from} mark`, words: 5, setsMark: true };
    const v = markValue(cmd, i + 3);
    if (v === undefined || typeof v === "object") return v;
    const argv = ["-j", ct ? "CONNMARK" : "MARK", "--set-xmark", `${hex8(v)}/0xffffffff`];
    return { argv, listed: `${w[i]} mark set ${hex8(v)}`, words: 4, setsMark: true };
  }
  const inv = w[i + 2] === "!=";
  const at = w[i + 2] === "!=" || w[i + 2] === "==" ? i + 3 : i + 2;
  const v = markValue(cmd, at);
  if (v === undefined || typeof v === "object") return v;
  // (ct mark V: the connection's mark, -m connmark)
  // (iptables-nft reads a meta mark test back as -m mark; a ct mark test it cannot)
  return { argv: ["-m", ct ? "connmark" : "mark", ...(inv ? ["!"] : []), "--mark", hex8(v)], listed: `${w[i]} mark ${inv ? "!= " : ""}${hex8(v)}`, words: at + 1 - i, readBack: !ct };
}

const TCP_FLAGS = ["fin", "syn", "rst", "psh", "ack", "urg", "ecn", "cwr"];

/** `& (fin|syn|rst|ack) == syn` from word `at`: the flags under the mask, the ones wanted, the words taken. */
function maskedFlags(w: string[], at: number): { mask: string[]; want: string; inv: boolean; words: number } | undefined {
  const m = /^\(([a-z|]+)\)$/.exec(w[at + 1] ?? "");
  if (w[at] !== "&" || !m || (w[at + 2] !== "==" && w[at + 2] !== "!=")) return undefined;
  const mask = m[1]!.split("|");
  const want = w[at + 3];
  if (want === undefined || ![...mask, want].every((f) => TCP_FLAGS.slice(0, 6).includes(f)) || !mask.includes(want)) return undefined;
  // (nft lists the mask in the header's bit order)
  return { mask: TCP_FLAGS.filter((f) => mask.includes(f)), want, inv: w[at + 2] === "!=", words: 4 };
}

/**
 * `tcp flags F` (F is set, whatever the others: iptables' --tcp-flags F F), `tcp flags != F` (the
 * flags are not exactly F) and `tcp flags & (A|B) ==|!= F` (of A and B, only F).
 */
export function tcpFlag(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "tcp" || w[i + 1] !== "flags") return undefined;
  const badWant = w[i + 2] === "&" && /^(?:==|!=)$/.test(w[i + 4] ?? "") && /^[a-z]+$/.test(w[i + 5] ?? "") && !TCP_FLAGS.includes(w[i + 5]!);
  if (badWant) return fail(errorAt("Could not parse TCP flag", cmd, cmd.starts[i + 5]!, w[i + 5]!.length));
  const masked = maskedFlags(w, i + 2);
  if (masked) {
    const { mask, want, inv } = masked;
    const argv = ["-m", "tcp", ...(inv ? ["!"] : []), "--tcp-flags", mask.join(",").toUpperCase(), want.toUpperCase()];
    return { argv, listed: `tcp flags ${inv ? "!= " : ""}${want} / ${mask.join(",")}`, words: 2 + masked.words, proto: "tcp", protoUnlisted: true, readBack: !inv };
  }
  if (w[i + 2] === "!=" && TCP_FLAGS.slice(0, 6).includes(w[i + 3] ?? "")) {
    const name = w[i + 3]!.toUpperCase();
    return { argv: ["-m", "tcp", "!", "--tcp-flags", "ALL", name], listed: `tcp flags != ${w[i + 3]}`, words: 4, proto: "tcp", protoUnlisted: true };
  }
  const flag = w[i + 2];
  if (flag === undefined || !/^[a-z]+$/.test(flag)) return undefined;
  // (iptables' --tcp-flags knows the six classic flags only)
  if (flag === undefined || RULE_KEYWORDS.has(flag)) return undefined;
  if (!TCP_FLAGS.includes(flag)) return fail(errorAt("Could not parse TCP flag", cmd, cmd.starts[i + 2]!, flag.length));
  if (!TCP_FLAGS.slice(0, 6).includes(flag)) return undefined;
  // (the flag set, the others whatever they are: iptables-nft reads it back as "not none of F")
  const name = flag.toUpperCase();
  return { argv: ["-m", "tcp", "!", "--tcp-flags", name, "NONE"], listed: `tcp flags ${flag}`, words: 3, proto: "tcp", protoUnlisted: true, readBack: true };
}

/** `meta nfproto ipv4|ipv6`: listed as given; what it selects, the family, the caller keeps. */
export function nfproto(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "meta" || w[i + 1] !== "nfproto") return undefined;
  const value = w[i + 2];
  if (value === undefined) return parseError("syntax error, unexpected newline", cmd, i + 2);
  if (value !== "ipv4" && value !== "ipv6") return fail(errorAt("Could not parse netfilter protocol", cmd, cmd.starts[i + 2]!, value.length));
  return { argv: [], listed: `meta nfproto ${value}`, words: 3, nfproto: value };
}

const PKT_TYPES = new Set(["host", "broadcast", "multicast"]);

/** `meta pkttype host|broadcast|multicast` (-m pkttype). */
export function pktType(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "meta" || w[i + 1] !== "pkttype") return undefined;
  const inv = w[i + 2] === "!=";
  const value = w[inv ? i + 3 : i + 2];
  if (value === undefined || RULE_KEYWORDS.has(value) || value === "{") return undefined;
  if (!PKT_TYPES.has(value)) return fail(errorAt("Could not parse packet type", cmd, cmd.starts[inv ? i + 3 : i + 2]!, value.length));
  return { argv: ["-m", "pkttype", ...(inv ? ["!"] : []), "--pkt-type", value], listed: `meta pkttype ${inv ? "!= " : ""}${value}`, words: inv ? 4 : 3, readBack: true };
}

/** `ip ttl [!=] N` (-m ttl --ttl-eq). */
export function ipTtl(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "ip" || w[i + 1] !== "ttl") return undefined;
  const inv = w[i + 2] === "!=";
  const value = w[inv ? i + 3 : i + 2];
  if (value === undefined || !/^\d+$/.test(value) || Number(value) > 255) return undefined;
  return { argv: ["-m", "ttl", ...(inv ? ["!"] : []), "--ttl-eq", value], listed: `ip ttl ${inv ? "!= " : ""}${Number(value)}`, words: inv ? 4 : 3, readBack: true };
}

/** syslog's levels as log takes them (warn, the default, is not listed). */
export const LOG_LEVELS = new Set(["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug", "audit"]);

/** The JSON of a listed mark set, log or limit statement (libnftables' schema), or undefined. */
export function guideStatementJson(text: string): Json | undefined {
  const mark = /^(meta|ct) mark set (?:(0x[0-9a-f]+)|(meta|ct) mark)$/.exec(text);
  if (mark) return { mangle: { key: { [mark[1]!]: { key: "mark" } }, value: mark[2] ? Number(mark[2]) : { [mark[3]!]: { key: "mark" } } } };
  const log = /^log(?: prefix "(.*?)")?(?: level (\w+))?(?: flags (all))?$/.exec(text);
  if (log) {
    const [, prefix, level, flags] = log;
    const options = { ...(prefix !== undefined ? { prefix } : {}), ...(level ? { level } : {}), ...(flags ? { flags } : {}) };
    return { log: Object.keys(options).length ? options : null };
  }
  const limit = /^limit rate (\d+)\/(\w+)(?: burst (\d+) packets)?$/.exec(text);
  if (limit) return { limit: { rate: Number(limit[1]), burst: Number(limit[3] ?? 5), per: limit[2]! } };
  return undefined;
}

/** `icmp type { a, b }` opened at word `open`: the types as a lookup box, listed in number order. */
export function icmpTypeSet(cmd: NftCommand, open: number): { box: SetBox; listed: string; next: number } | CommandResult {
  const items = setItems(cmd, open);
  if (isResult(items)) return items;
  const bad = items.items.find((e) => !ICMP_TYPES.has(e.text));
  if (bad) return fail(errorAt("Could not parse ICMP type", cmd, bad.offset, bad.text.length));
  const types = [...new Set(items.items.map((e) => ICMP_TYPES.get(e.text)!))].sort((a, b) => a - b);
  const names = types.map((t) => [...ICMP_TYPES].find(([, n]) => n === t)![0]);
  return { box: { ranges: types.map((t) => [t, t]) }, listed: `{ ${names.join(", ")} }`, next: items.next };
}

/** A lookup in an anonymous box (or of one value) the rule makes: what nft-rule.ts adds to the rule. */
export interface BoxMatch {
  box: SetBox;
  /** The value or `{ … }` as nft lists it. */
  shown: string;
  /** Whether it was written as a set of more than one element (an anonymous set, with a handle). */
  set: boolean;
  next: number;
}

const oneEach = (values: number[]): SetBox => ({ ranges: [...new Set(values)].sort((a, b) => a - b).map((v) => [v, v]) });

/** `meta l4proto { tcp, udp }` from the `{` at word `open`: the protocols by number. */
export function l4protoSet(cmd: NftCommand, open: number): BoxMatch | CommandResult | undefined {
  // (protocol names are keywords here, which setItems would refuse)
  const close = cmd.words.indexOf("}", open);
  if (close < 0) return undefined;
  const texts = cmd.words.slice(open + 1, close).flatMap((x) => x.split(",")).filter((x) => x);
  if (!texts.length) return undefined;
  const items = { next: close + 1 };
  const numbers = texts.map((t) => (/^\d+$/.test(t) ? Number(t) : t === "icmpv6" ? 58 : protocolNumber(t)));
  const unknown = texts.findIndex((t, k) => numbers[k] === undefined && /^[a-z][\w-]*$/i.test(t));
  if (unknown >= 0) {
    // (marked at the name's place among the set's words)
    const j = cmd.words.findIndex((x, k) => k > open && k < close && x.split(",").includes(texts[unknown]!));
    return fail(errorAt("Could not resolve protocol name", cmd, cmd.starts[j]! + cmd.words[j]!.indexOf(texts[unknown]!), texts[unknown]!.length));
  }
  if (numbers.some((n) => n === undefined || n > 255)) return undefined;
  const box = oneEach(numbers as number[]);
  const shown = box.ranges.map(([n]) => protocolText(n) ?? String(n));
  return { box, shown: shown.length > 1 ? `{ ${shown.join(", ")} }` : shown[0]!, set: shown.length > 1, next: items.next };
}

/** `th dport|sport` ports (a value or a set) from word `at`: any transport protocol's port. */
export function transportPorts(cmd: NftCommand, at: number): BoxMatch | CommandResult | undefined {
  const first = cmd.words[at];
  if (first === undefined || (first !== "{" && RULE_KEYWORDS.has(first))) return undefined;
  const p = portItems(cmd, at, "tcp");
  if (isResult(p)) return p;
  for (let j = at; j < p.next; j++) {
    // (a number past 65535, marked alone)
    const big = cmd.words[j]!.split(",").find((x) => /^\d+$/.test(x) && Number(x) > 65535);
    if (big) return fail(errorAt("Service out of range", cmd, cmd.starts[j]! + cmd.words[j]!.indexOf(big), big.length));
  }
  const box = oneEach(p.ports);
  const many = box.ranges.length > 1;
  return { box, shown: many ? `{ ${box.ranges.map(([n]) => n).join(", ")} }` : String(box.ranges[0]![0]), set: many, next: p.next };
}
