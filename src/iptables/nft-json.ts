// `nft -j list …`: the same objects nft-list.ts prints as text, in nftables 1.0.6's JSON
// schema. Native expressions become match/limit/counter/verdict objects; an xt match or target
// (what iptables-nft stored through the compat layer) shows only its type and name.
import type { Chain, Rule, Table } from "../netfilter/types.js";
import type { LimitData } from "../netfilter/extensions/limit.js";
import { portToService } from "../netfilter/names.js";
import { protocolText, saveAddress } from "./address.js";
import { listingHandles } from "./nft-handles.js";
import { sentForm } from "./nft-sent-form.js";
import type { ListFormat, PortMatch } from "./nft-list.js";
import type { NflogData } from "../netfilter/extensions/NFLOG.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const METAINFO = { metainfo: { version: "1.0.6", release_name: "Lester Gooch #5", json_schema_version: 1 } };
const TCP_FLAG_NAMES = ["fin", "syn", "rst", "psh", "ack", "urg"];
const PER: Record<number, string> = { 1: "second", 60: "minute", 3600: "hour", 86400: "day" };

const match = (op: string, left: Json, right: Json): Json => ({ match: { op, left, right } });
const payload = (protocol: string, field: string): Json => ({ payload: { protocol, field } });
const meta = (key: string): Json => ({ meta: { key } });

function flags(bits: number): Json {
  const names = TCP_FLAG_NAMES.filter((_, i) => bits & (1 << i));
  return names.length === 1 ? names[0]! : names;
}

function ports(proto: string, field: string, [lo, hi]: [number, number], invert: boolean, fmt: ListFormat): Json[] {
  // (-S names a single port as getnameinfo does: by its TCP service)
  const port = (n: number): Json => (fmt.services ? (portToService(n, "tcp") ?? n) : n);
  if (lo === 0 && hi === 0xffff) return [];
  if (lo === hi) return [match(invert ? "!=" : "==", payload(proto, field), port(lo))];
  if (lo === 0) return [match(invert ? ">" : "<=", payload(proto, field), port(hi))];
  return [match(invert ? "!=" : "==", payload(proto, field), { range: [lo, hi] })];
}

/** A tcp/udp match iptables-nft stores natively (flags, then ports), or undefined (an xt match). */
function nativeTcpUdp(proto: string, d: PortMatch, fmt: ListFormat): Json[] | undefined {
  if (d.option) return undefined;
  const out: Json[] = [];
  if (d.flagMask) {
    // (none of the flags set: nft's "tcp flags ! syn,ack")
    if (!d.flagCmp && !d.invFlags) out.push(match("!", payload("tcp", "flags"), flags(d.flagMask)));
    else out.push(match(d.invFlags ? "!=" : "==", { "&": [payload("tcp", "flags"), flags(d.flagMask)] }, d.flagCmp ? flags(d.flagCmp) : 0));
  }
  out.push(...ports(proto, "sport", d.spts, d.invSport, fmt), ...ports(proto, "dport", d.dpts, d.invDport, fmt));
  return out.length ? out : undefined;
}

function address(field: string, a: NonNullable<Rule["src"]>, invert: boolean, family: 4 | 6, fmt: ListFormat): Json {
  const text = saveAddress(a);
  const slash = text.lastIndexOf("/");
  const addr = text.slice(0, slash);
  const suffix = text.slice(slash + 1);
  const left = payload(family === 6 ? "ip6" : "ip", field);
  const op = invert ? "!=" : "==";
  if (suffix.includes(".") || suffix.includes(":")) return match(op, { "&": [left, suffix] }, addr);
  if (suffix === (family === 6 ? "128" : "32")) return match(op, left, (family === 4 ? fmt.hostName?.(a.addr) : undefined) ?? addr);
  return match(op, left, { prefix: { addr, len: Number(suffix) } });
}

function ruleExpr(stored: Rule, family: 4 | 6, fmt: ListFormat): Json[] {
  // (nft shows the expressions sent: "! --dport 0:80" reads back as 81:65535 but is "> 80")
  const rule = { ...sentForm(stored), counters: stored.counters, action: stored.action };
  const expr: Json[] = [];
  // ("! -i +" is stored as a compare with the impossible name "INVAL/D")
  const iface = (key: string, name: string, inv: boolean) =>
    name === "+" && inv ? match("==", meta(key), "INVAL/D") : match(inv ? "!=" : "==", meta(key), name.endsWith("+") ? `${name.slice(0, -1)}*` : name);
  if (rule.inIface) expr.push(iface("iifname", rule.inIface, rule.inIfaceInvert));
  if (rule.outIface) expr.push(iface("oifname", rule.outIface, rule.outIfaceInvert));
  const name = rule.proto === 0 ? "" : (protocolText(rule.proto) ?? String(rule.proto));
  let implied = false;
  let xtSeen = false;
  const matches = rule.matches.flatMap((m): Json[] => {
    if (m.name === "tcp" || m.name === "udp") {
      const native = nativeTcpUdp(m.name, m.data as PortMatch, fmt);
      if (native) {
        if (m.name === name && !xtSeen) implied = true;
        return native;
      }
    } else if (m.name === "mark") {
      const d = m.data as { mark: number; mask: number; invert: boolean };
      const left = d.mask >>> 0 === 0xffffffff ? meta("mark") : { "&": [meta("mark"), d.mask >>> 0] };
      return [match(d.invert ? "!=" : "==", left, d.mark >>> 0)];
    } else if (m.name === "limit") {
      const d = m.data as LimitData;
      return [{ limit: { rate: d.rate, burst: d.zeroBurst ? 5 : d.burst, per: PER[d.unitSeconds] ?? "second" } }];
    }
    xtSeen = true;
    // (iptables-nft sends -m state as the conntrack match)
    return [{ xt: { type: "match", name: m.name === "state" ? "conntrack" : m.name } }];
  });
  if (rule.proto !== 0 && !implied) {
    const proto = fmt.numericProto || /^[0-9]+$/.test(name) ? rule.proto : name;
    expr.push(match(rule.protoInvert ? "!=" : "==", meta("l4proto"), proto));
  }
  if (rule.src) expr.push(address("saddr", rule.src, rule.srcInvert, family, fmt));
  if (rule.dst) expr.push(address("daddr", rule.dst, rule.dstInvert, family, fmt));
  if (rule.frag !== "any") expr.push(match(rule.frag === "frag" ? "!=" : "==", { "&": [payload("ip", "frag-off"), 8191] }, 0));
  expr.push(...matches);
  expr.push({ counter: fmt.stateless ? null : { packets: Number(rule.counters.pkts), bytes: Number(rule.counters.bytes) } });
  const a = rule.action;
  if (a.kind === "target") {
    if (a.target.name === "TRACE") expr.push({ mangle: { key: meta("nftrace"), value: 1 } });
    else if (a.target.name === "NFLOG") expr.push({ log: nflogJson(a.target.data as NflogData) });
    // (NOTRACK is libxt_NOTRACK's alias of CT: the kernel holds a CT target)
    else expr.push({ xt: { type: "target", name: a.target.name === "NOTRACK" ? "CT" : a.target.name } });
  } else if (a.kind === "jump" || a.kind === "goto") expr.push({ [a.kind]: { target: a.chain } });
  else if (a.kind === "verdict") expr.push({ [a.verdict.toLowerCase()]: null });
  return expr;
}

/** iptables-nft sends NFLOG as nft's own log statement: prefix, group, snaplen, queue-threshold. */
function nflogJson(d: NflogData): Record<string, string | number> {
  const log: Record<string, string | number> = {};
  if (d.prefix) log.prefix = d.prefix;
  log.group = d.group;
  if (d.size !== undefined) log.snaplen = d.size;
  if (d.threshold) log["queue-threshold"] = d.threshold;
  return log;
}

const NAT_PRIORITY: Record<string, number> = { PREROUTING: -100, INPUT: 100, OUTPUT: -100, POSTROUTING: 100 };
const TABLE_PRIORITY: Record<string, number> = { mangle: -150, raw: -300, security: 150 };

function chainObject(family: string, t: Table, c: Chain, handle: number | undefined): Json {
  const base: { [key: string]: Json } = { family, table: t.name, name: c.name, handle: handle ?? 0 };
  if (!c.builtin) return { chain: base };
  const type = t.name === "nat" ? "nat" : t.name === "mangle" && c.name === "OUTPUT" ? "route" : "filter";
  const prio = t.name === "nat" ? NAT_PRIORITY[c.name]! : (TABLE_PRIORITY[t.name] ?? 0);
  return { chain: { ...base, type, hook: c.name.toLowerCase(), prio, policy: (c.policy ?? "ACCEPT").toLowerCase() } };
}

/** The objects of one table: itself (unless only chains are asked for), its chains, then their rules. */
export function tableObjects(t: Table, family: "ip" | "ip6", chains: Chain[], opts: { table?: number; rules: boolean }, fmt: ListFormat): Json[] {
  const handles = listingHandles(t);
  const out: Json[] = [];
  if (opts.table !== undefined) out.push({ table: { family, name: t.name, handle: opts.table } });
  for (const c of chains) out.push(chainObject(family, t, c, handles.chain(c.name)));
  if (!opts.rules) return out;
  const fam = family === "ip6" ? 6 : 4;
  for (const c of chains) {
    for (const r of c.rules) {
      out.push({ rule: { family, table: t.name, chain: c.name, handle: handles.rule(r) ?? 0, expr: ruleExpr(r, fam, fmt) } });
    }
  }
  return out;
}

/** The tables of `list tables`. */
export function tableObject(family: string, name: string, handle: number | undefined): Json {
  return { table: { family, name, handle: handle ?? 0 } };
}

/** nft's one line of JSON (jansson with ", " and ": " separators). */
export function jsonListing(objects: Json[]): string {
  return `${stringify({ nftables: [METAINFO, ...objects] })}\n`;
}

function stringify(v: Json): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stringify).join(", ")}]`;
  return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${stringify(x)}`).join(", ")}}`;
}
