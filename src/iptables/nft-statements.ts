// nft rule statements guides use in nft's own tables, read as the iptables options that act the
// same on packets: ct state (a value, a list or a set), reject with a type, limit rate and log
// (which prints nothing a namespace can see, so it is only listed). Each reader gets the words
// from the statement's first one and says how many it took, or nft's error for a statement it
// knows but cannot take, or undefined when it does not know the form.
import type { CommandResult } from "../shell/types.js";
import { serviceToPort } from "../netfilter/names.js";
import { CT_STATE_BITS, ICMPV6_TYPES, REJECT_ICMPV6_CODES, REJECT_ICMPX_CODES, REJECT_ICMP_CODES, nftServicePort, rejectCodeName } from "./nft-names.js";
import { LOG_LEVELS } from "./nft-statements-guide.js";
import { errorAt, fail, isScannedNumber, missingName, parseError, unexpected, type NftCommand } from "./nft-syntax.js";

/** Statement keywords nft knows (refused as not emulated when the form is not, not a syntax error). */
export const STATEMENT_WORDS = new Set(["reject", "log", "ct", "limit", "meta", "masquerade", "snat", "dnat", "redirect", "queue", "notrack", "continue", "quota", "tcp", "udp", "ip", "ip6", "icmp", "icmpv6", "th", "ether", "dup", "fwd", "mark", "nftrace", "synproxy", "tproxy", "flow"]);

/** Words nft's scanner reads as keywords at the start of a statement (its syntax errors name them). */
export const RULE_KEYWORDS = new Set([...STATEMENT_WORDS, "accept", "drop", "return", "jump", "goto", "counter", "iif", "oif", "iifname", "oifname"]);

/** How a syntax error names a word of a rule. */
export const ruleWord = (w: string) => (RULE_KEYWORDS.has(w) ? w : unexpected(w));

export interface Statement {
  /** iptables options for the same test or action (the verdict ones go last). */
  argv: string[];
  verdict?: boolean;
  listed: string;
  /** How many words the statement took. */
  words: number;
  /** The protocol the statement implies (reject with tcp reset: tcp). */
  proto?: string;
  /** The kernel refuses the rule with this message (nft marks the statement). */
  kernelError?: string;
  /** The protocol test nft adds is never listed, not even in inet (tcp flags). */
  protoUnlisted?: boolean;
  /** A mark set (MARK/CONNMARK): not a verdict, yet iptables' rule has no room for another target. */
  setsMark?: boolean;
  /** `meta nfproto`: the family the rule keeps to. */
  nfproto?: "ipv4" | "ipv6";
  /** iptables-nft reads the statement back as its own match: the chain stays compatible. */
  readBack?: boolean;
}

export type Read = Statement | CommandResult | undefined;
export const isResult = (r: Read | object): r is CommandResult => r !== undefined && "rc" in r;

/** One element of a set or a comma list, with where it starts in the command's text. */
interface Element {
  text: string;
  offset: number;
}

/** The elements of word `at`, split at commas. */
function listItems(cmd: NftCommand, at: number): Element[] {
  const items: Element[] = [];
  let offset = cmd.starts[at]!;
  for (const part of cmd.words[at]!.split(",")) {
    if (part) items.push({ text: part, offset });
    offset += part.length + 1;
  }
  return items;
}

/** The elements of `{ a, b }` opened at word `open`, and the index after "}"; nft's error for a broken one. */
export function setItems(cmd: NftCommand, open: number): { items: Element[]; next: number } | CommandResult {
  const w = cmd.words;
  const close = w.indexOf("}", open);
  const keyword = w.findIndex((x, j) => j > open && (close < 0 || j < close) && RULE_KEYWORDS.has(x));
  if (keyword >= 0) return parseError(`syntax error, unexpected ${w[keyword]}`, cmd, keyword);
  if (close < 0) return fail(errorAt("syntax error, unexpected end of file, expecting comma or '}'", cmd, cmd.starts[0]!, 1));
  const items: Element[] = [];
  for (let j = open + 1; j < close; j++) items.push(...listItems(cmd, j));
  if (!items.length) return parseError("syntax error, unexpected '}'", cmd, close);
  return { items, next: close + 1 };
}

/** A value or a `{ … }` set at word `at`. */
function valueItems(cmd: NftCommand, at: number): { items: Element[]; next: number; set: boolean } | CommandResult {
  if (cmd.words[at] === undefined) return missingName(cmd, at)!;
  if (cmd.words[at] !== "{") return { items: listItems(cmd, at), next: at + 1, set: false };
  const s = setItems(cmd, at);
  return isResult(s) ? s : { ...s, set: true };
}

const markError = (message: string, cmd: NftCommand, e: Element) => fail(errorAt(message, cmd, e.offset, e.text.length));

/** `ct state [!=] new`, `ct state established,related` or `ct state { established, related }`: listed in the kernel's bit order. */
export function ctState(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "ct" || w[i + 1] !== "state") return undefined;
  let at = i + 2;
  const inv = w[at] === "!=";
  if (w[at] === "!=" || w[at] === "==") at++;
  const v = valueItems(cmd, at);
  if (isResult(v)) return v;
  const bad = v.items.find((e) => !CT_STATE_BITS.has(e.text));
  if (bad) return markError("Could not parse conntrack state", cmd, bad);
  const names = [...CT_STATE_BITS.keys()];
  const states = [...new Set(v.items.map((e) => e.text))].sort((a, b) => names.indexOf(a) - names.indexOf(b));
  // (an inverted list is listed as the OR of the bits)
  const shown = v.set && v.items.length > 1 ? `{ ${states.join(", ")} }` : states.join(inv ? " | " : ",");
  return { argv: ["-m", "conntrack", ...(inv ? ["!"] : []), "--ctstate", states.map((s) => s.toUpperCase()).join(",")], listed: `ct state ${inv ? "!= " : ""}${shown}`, words: v.next - i };
}

/** A port or a service name (getservbyname for the protocol), as nft resolves it. */
export function portNumber(text: string, proto: string): number | undefined {
  return nftServicePort(text, proto, serviceToPort);
}

/** The ports of a value or set at word `at` (nft's error for a name getservbyname does not know). */
export function portItems(cmd: NftCommand, at: number, proto: string): { ports: number[]; next: number; set: boolean } | CommandResult {
  const v = valueItems(cmd, at);
  if (isResult(v)) return v;
  const ports: number[] = [];
  for (const e of v.items) {
    const range = /^(0[xX][0-9a-fA-F]+|\d+)-(0[xX][0-9a-fA-F]+|\d+|[A-Za-z][\w./-]*)$/.exec(e.text);
    if (range) {
      // (a range in a set of ports: only nft's refusal of a reversed one is emulated)
      const [lo, hi] = [portNumber(range[1]!, proto), portNumber(range[2]!, proto)];
      if (lo !== undefined && hi !== undefined && lo <= 65535 && hi <= 65535 && lo > hi) return markError("Range has zero or negative size", cmd, e);
      return fail("nft: a range in a set of ports is not emulated (only ip/ip6 saddr/daddr/protocol, meta l4proto, iifname/oifname, tcp/udp sport/dport, counter and a verdict are)\n");
    }
    const n = portNumber(e.text, proto);
    if (n === undefined) return markError("Could not resolve service: Servname not supported for ai_socktype", cmd, e);
    ports.push(n);
  }
  return { ports, next: v.next, set: v.set };
}

/** The code tables of reject with icmp, icmpx (inet's either family) and icmpv6. */
const REJECT_KINDS = new Map([["icmp", REJECT_ICMP_CODES], ["icmpx", REJECT_ICMPX_CODES], ["icmpv6", REJECT_ICMPV6_CODES]]);

/**
 * `reject with tcp reset` (tcp only: nft adds the protocol test) or `reject with icmp|icmpx|icmpv6
 * [type] CODE` (listed without "type"; the default port-unreachable as plain reject). An icmpv6
 * reject in an inet table holds for IPv6 packets only (nft's hidden nfproto test).
 */
export function rejectWith(cmd: NftCommand, i: number, family: string): Read {
  const w = cmd.words;
  if (w[i] !== "reject" || w[i + 1] !== "with") return undefined;
  if (w[i + 2] === "tcp" && w[i + 3] === "reset") return { argv: ["-j", "REJECT", "--reject-with", "tcp-reset"], verdict: true, listed: "reject with tcp reset", words: 4, proto: "tcp" };
  const kind = w[i + 2]!;
  const codes = REJECT_KINDS.get(kind);
  if (!codes) return undefined;
  let at = i + 3;
  if (w[at] === undefined) return parseError("syntax error, unexpected newline, expecting number or string or type", cmd, at);
  if (w[at] === "type" && ++at >= w.length) return parseError("syntax error, unexpected newline, expecting number or string", cmd, at);
  const word = w[at]!;
  const name = rejectCodeName(codes, word);
  if (name === undefined) return parseError(`Could not parse ${kind} code`, cmd, at);
  const refused = kind === "icmpx" && family !== "inet" ? "abstracted ICMP unreachable not supported" : (kind === "icmp" && family === "ip6") || (kind === "icmpv6" && family === "ip") ? "conflicting protocols specified: ip vs ip6" : undefined;
  if (refused) return fail(withContext(errorAt(refused, cmd, cmd.starts[at]!, word.length), cmd, cmd.starts[i]!, w[i]!.length));
  const argv = ["-j", "REJECT", "--reject-with", codes.get(name)!.iptables];
  const words = at + 1 - i;
  // (port-unreachable of the table's own family, or icmpx's, is the default: plain reject)
  const plain = name === "port-unreachable" && (kind === "icmpx" || (kind === "icmp" && family === "ip") || (kind === "icmpv6" && family === "ip6"));
  if (plain) return { argv, verdict: true, listed: "reject", words };
  // (an IPv4 packet never meets an inet table's icmpv6 reject: the rule tests for ICMPv6 over IPv4, which never comes)
  if (kind === "icmpv6" && family === "inet") return { argv: ["-p", "58", "-j", "REJECT"], verdict: true, listed: `reject with icmpv6 ${name}`, words };
  return { argv, verdict: true, listed: `reject with ${kind} ${name}`, words };
}

/** An error's mark line with `~` under a second place (what the statement conflicts with). */
export function withContext(error: string, cmd: NftCommand, offset: number, width: number): string {
  const lines = error.split("\n");
  const markAt = lines.length - 2;
  const lineStart = cmd.text.lastIndexOf("\n", offset - 1) + 1;
  const mark = [...lines[markAt]!];
  for (let c = offset - lineStart; c < offset - lineStart + width; c++) {
    while (mark.length <= c) mark.push(" ");
    if (mark[c] === " ") mark[c] = "~";
  }
  lines[markAt] = mark.join("");
  return lines.join("\n");
}

const LIMIT_UNITS = ["second", "minute", "hour", "day"];

/** `limit rate N/UNIT` (without over or a burst): -m limit at that rate and the default burst. */
export function limitRate(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "limit" || w[i + 1] !== "rate") return undefined;
  const m = /^(\d+)\/(\w+)$/.exec(w[i + 2] ?? "");
  if (!m || !LIMIT_UNITS.includes(m[2]!)) return undefined;
  if (!isScannedNumber(m[1])) return fail(errorAt("syntax error, unexpected string, expecting number", cmd, cmd.starts[i + 2]!, m[1]!.length));
  // (`burst N packets`: 5, the default, is not listed)
  const burst = w[i + 3] === "burst" ? w[i + 4] : undefined;
  if (w[i + 3] === "burst" && (!/^\d+$/.test(burst ?? "") || w[i + 5] !== "packets")) return undefined;
  if (burst !== undefined && Number(burst) === 0) return fail(errorAt("packet limit burst must be > 0", cmd, cmd.starts[i + 3]!, cmd.starts[i + 5]! + "packets".length - cmd.starts[i + 3]!));
  const shownBurst = burst !== undefined && Number(burst) !== 5 ? ` burst ${Number(burst)} packets` : "";
  const statement: Statement = { argv: ["-m", "limit", "--limit", `${m[1]}/${m[2]}`, ...(burst ? ["--limit-burst", String(Number(burst))] : [])], listed: `limit rate ${m[1]}/${m[2]}${shownBurst}`, words: burst ? 6 : 3, readBack: true };
  // (a rate of 0 passes nft and the kernel refuses it)
  return Number(m[1]) === 0 ? { ...statement, kernelError: "Could not process rule: Invalid argument" } : statement;
}

/** What the grammar says where a string (a log prefix, a comment) is missing or a keyword stands. */
export function stringExpected(cmd: NftCommand, at: number): CommandResult | undefined {
  const word = cmd.words[at];
  if (word !== undefined && !RULE_KEYWORDS.has(word)) return undefined;
  return parseError(`syntax error, unexpected ${word ?? "newline"}, expecting string or quoted string or string with a trailing asterisk`, cmd, at);
}

/** A string word as nft lists it: in double quotes. */
export const quoted = (word: string) => (/^".*"$/.test(word) ? word : `"${word}"`);

/** `log [prefix TEXT] [level LEVEL] [flags all]`: listed only (a namespace's log lines never show). */
export function logStatement(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "log") return undefined;
  let at = i + 1;
  let prefix = "";
  let level = "";
  let flags = "";
  // (the options in any order; nft lists prefix, level, flags)
  while (w[at] === "prefix" || w[at] === "level" || (w[at] === "flags" && w[at + 1] === "all")) {
    if (w[at] === "flags") flags = " flags all";
    else if (w[at] === "prefix") {
      const err = stringExpected(cmd, at + 1);
      if (err) return err;
      prefix = ` prefix ${quoted(w[at + 1]!)}`;
    } else {
      const value = w[at + 1];
      if (value === undefined) return undefined;
      if (!LOG_LEVELS.has(value)) return parseError("invalid log level", cmd, at + 1);
      // (warn is the default level: not listed)
      level = value === "warn" ? "" : ` level ${value}`;
    }
    at += 2;
  }
  return { argv: [], listed: `log${prefix}${level}${flags}`, words: at - i };
}

/** `icmpv6 type TYPE` or `icmpv6 type { … }`: only IPv6 packets can match, so the rule tests for ICMPv6 (never over IPv4). */
export function icmpv6Type(cmd: NftCommand, i: number): Read {
  if (cmd.words[i] !== "icmpv6" || cmd.words[i + 1] !== "type") return undefined;
  const v = valueItems(cmd, i + 2);
  if (isResult(v)) return v;
  const bad = v.items.find((e) => !ICMPV6_TYPES.has(e.text));
  if (bad) return markError("Could not parse ICMPv6 type", cmd, bad);
  const types = [...new Set(v.items.map((e) => e.text))].sort((a, b) => ICMPV6_TYPES.get(a)! - ICMPV6_TYPES.get(b)!);
  const listed = v.items.length > 1 ? `icmpv6 type { ${types.join(", ")} }` : `icmpv6 type ${types[0]}`;
  return { argv: [], listed, words: v.next - i, proto: "ipv6-icmp", protoUnlisted: true };
}
