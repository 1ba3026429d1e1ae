// `nft -j list` of nft's own tables: each statement of a rule as libnftables' JSON writes it,
// read back from the text nft lists it as (nft-native.ts keeps that per rule).
import type { Json } from "./nft-json.js";
import { listedRules, nativeChainJson, nativeTableJson, type NativeChain, type NativeTable } from "./nft-native.js";
import { setJson } from "./nft-sets.js";
import { guideStatementJson } from "./nft-statements-guide.js";
import type { ListFormat } from "./nft-list.js";

/** Statement heads that compare a packet field: the JSON of their left side. */
const FIELDS: [RegExp, (m: RegExpExecArray) => Json][] = [
  [/^(tcp|udp|th|ip|ip6) (sport|dport|saddr|daddr|protocol|nexthdr|ttl) /, (m) => ({ payload: { protocol: m[1]!, field: m[2]! } })],
  [/^(iifname|oifname|iif|oif) /, (m) => ({ meta: { key: m[1]! } })],
  [/^meta (l4proto|nfproto|mark|iifname|oifname|pkttype) /, (m) => ({ meta: { key: m[1]! } })],
  [/^ct (state|status|mark) /, (m) => ({ ct: { key: m[1]! } })],
  [/^(icmp|icmpv6) (type) /, (m) => ({ payload: { protocol: m[1]!, field: m[2]! } })],
  [/^(tcp) (flags) /, (m) => ({ payload: { protocol: m[1]!, field: m[2]! } })],
];

/** "tcp flags [!= ]F / A,B": the flags under a mask, compared. */
function maskedFlagsJson(text: string): Json | undefined {
  const m = /^tcp flags (!= )?(\w+) \/ ([\w,]+)$/.exec(text);
  if (!m) return undefined;
  const mask = m[3]!.split(",");
  return { match: { op: m[1] ? "!=" : "==", left: { "&": [{ payload: { protocol: "tcp", field: "flags" } }, mask.length > 1 ? mask : mask[0]!] }, right: m[2]! } };
}

/** Heads whose compare is a bit test ("in"): one name or a list of them. */
const BIT_FIELDS = /^(ct state|ct status|tcp flags) /;

/** A value as JSON: numbers, prefixes, ranges, quoted names, set references. */
function valueJson(text: string): Json {
  if (/^(?:\d+|0x[0-9a-f]+)$/.test(text)) return Number(text);
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) return { range: [Number(range[1]), Number(range[2])] };
  const prefix = /^([0-9a-f.:]+)\/(\d+)$/i.exec(text);
  if (prefix) return { prefix: { addr: prefix[1]!, len: Number(prefix[2]) } };
  return text.replace(/^"(.*)"$/, "$1");
}

/** One listed match ("tcp dport != 22", "ct state established,related", "ip saddr { a, b }"). */
function matchJson(text: string): Json | undefined {
  for (const [re, left] of FIELDS) {
    const m = re.exec(text);
    if (!m) continue;
    let rest = text.slice(m[0].length);
    let op = "==";
    if (rest.startsWith("!= ")) {
      op = "!=";
      rest = rest.slice(3);
    }
    const flags = BIT_FIELDS.test(m[0]);
    let right: Json;
    if (rest.startsWith("{ ") && rest.endsWith(" }")) right = { set: rest.slice(2, -2).split(", ").map(valueJson) };
    else if (flags && rest.includes(" | ")) right = { "|": rest.split(" | ") };
    else if (flags && op === "==") {
      // (a bit mask compare: "in", one name or the list of them)
      const names = rest.split(",");
      op = "in";
      right = names.length > 1 ? names : names[0];
    } else right = valueJson(rest);
    return { match: { op, left: left(m), right } };
  }
  return undefined;
}

/** A listed statement's JSON; `l3`: the family the rule's matches pin (reject's icmp type). */
function statementJson(text: string, family: string, l3: string | undefined): Json | undefined {
  if (["accept", "drop", "return", "continue", "masquerade"].includes(text)) return { [text]: null };
  const to = /^(jump|goto) (\S+)$/.exec(text);
  if (to) return { [to[1]!]: { target: to[2]! } };
  if (text === "reject") {
    const type = family === "inet" && l3 === undefined ? "icmpx" : l3 === "ip6" || family === "ip6" ? "icmpv6" : "icmp";
    return { reject: { type, expr: "port-unreachable" } };
  }
  if (text === "reject with tcp reset") return { reject: { type: "tcp reset" } };
  const icmp = /^reject with (icmp|icmpv6|icmpx) (?:type )?(\S+)$/.exec(text);
  if (icmp) return { reject: { type: icmp[1]!, expr: icmp[2]! } };
  const nat = /^(dnat|snat) to ([0-9.]+)?(?::(\d+))?$/.exec(text);
  if (nat) return { [nat[1]!]: { ...(nat[2] ? { addr: nat[2] } : {}), ...(nat[3] ? { port: Number(nat[3]) } : {}) } };
  const redirect = /^redirect to :(\d+)$/.exec(text);
  if (redirect) return { redirect: { port: Number(redirect[1]) } };
  return guideStatementJson(text) ?? maskedFlagsJson(text) ?? matchJson(text);
}

/** A native rule's JSON, or undefined when one of its statements has no JSON form here. */
function ruleJson(t: NativeTable, c: NativeChain, r: NativeChain["rules"][number], fmt: ListFormat): Json | undefined {
  const listed = listedRules.get(r.rule);
  if (!listed) return undefined;
  const l3 = listed.find((s) => s !== null && /^(ip|ip6) /.test(s))?.split(" ")[0];
  const expr: Json[] = [];
  for (const s of listed) {
    if (s === null) {
      expr.push({ counter: fmt.stateless ? null : { packets: Number(r.rule.counters.pkts), bytes: Number(r.rule.counters.bytes) } });
      continue;
    }
    const json = statementJson(s, t.family, l3);
    if (!json) return undefined;
    expr.push(json);
  }
  return { rule: { family: t.family, table: t.name, chain: c.name, handle: r.handle, expr } };
}

/** `nft -j list table|chain|ruleset` objects of a native table: [table], sets, chains, then their rules. */
export function nativeObjectsJson(t: NativeTable, chains: NativeChain[], fmt: ListFormat, opts: { table: boolean; sets: boolean; rules: boolean }): Json[] {
  const rules = opts.rules ? chains.flatMap((c) => c.rules.map((r) => ruleJson(t, c, r, fmt)).filter((x): x is Json => x !== undefined)) : [];
  const sets: Json[] = opts.sets ? (t.sets ?? []).map((s) => setJson(t.family, t.name, s) as Json) : [];
  return [
    ...(opts.table ? [nativeTableJson(t) as Json] : []),
    ...sets,
    ...chains.map((c) => nativeChainJson(t, c) as Json),
    ...rules,
  ];
}
