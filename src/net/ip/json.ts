// `ip -j`: the JSON shapes iproute2 prints (keys in its order), one compact line.
import { formatIpv4 } from "../../netfilter/ip.js";
import { addressesOf } from "../addresses.js";
import { linkByIndex } from "../links.js";
import { multipathLinkDown, nexthopFlags, routeLinkDown } from "../route-config.js";
import type { FibRule, IfAddr, Link, Route } from "../types.js";
import { SCOPE_UNIVERSE, TABLE_MAIN } from "../types.js";
import { realmName, realmsJson } from "./realms.js";
import { ruleExtras } from "../rules.js";
import { protocolName } from "../../netfilter/names.js";
import { rulePrefixAddress, type RulePrefix } from "./rule-prefix.js";

/** A rule's realms in JSON: flow_from (when not 0) and flow_to. */
function ruleFlowJson(tclassid: number | undefined): Json {
  if (!tclassid) return {};
  const from = tclassid >>> 16;
  return { ...(from ? { flow_from: realmName(from) } : {}), flow_to: realmName(tclassid & 0xffff) };
}
import { groupName, linkFlags, linkMac, netnsId, operState, qdisc, type IpOptions } from "./common.js";
import type { RouteHide } from "./route-show.js";
import { metricsJson } from "./route-metric-values.js";
import { dumpName6, FOREVER, inet6Entries, inet6Json, type Entry6 } from "./addr6.js";

export type Json = Record<string, unknown>;

const RAW = "\u0000raw:";

/** A number iproute2 prints with a fixed format ("0.00" timers), written as is. */
export const rawJsonNumber = (text: string): string => `${RAW}${text}`;

export const jsonLine = (o: { pretty: boolean }, items: unknown[]): string =>
  `${(o.pretty ? prettyJson(items) : JSON.stringify(items)).replace(/"\\u0000raw:([^"]*)"/g, "$1")}\n`;

/** iproute2's json_writer in pretty mode: objects break lines (4 spaces a level), arrays stay inline. */
export function prettyJson(value: unknown): string {
  let out = "";
  let depth = 0;
  let sep = "";
  const eor = () => { out += sep; sep = ","; };
  const eol = () => { out += `\n${" ".repeat(4 * depth)}`; };
  const write = (v: unknown): void => {
    if (Array.isArray(v)) {
      eor(); out += "[ "; depth++; sep = "";
      for (const item of v) write(item);
      if (sep) out += " ";
      depth--; out += "]"; sep = ",";
    } else if (v !== null && typeof v === "object") {
      eor(); out += "{"; depth++; sep = "";
      for (const [key, item] of Object.entries(v)) {
        eor(); eol(); sep = "";
        out += `${JSON.stringify(key)}: `;
        write(item);
      }
      depth--;
      if (sep) eol();
      out += "}"; sep = ",";
    } else {
      eor();
      out += JSON.stringify(v);
    }
  };
  write(value);
  return out;
}

const flagList = (o: IpOptions, link: Link) => linkFlags(o.world, o.netns, link).slice(1, -1).split(",");

/** "link" (peer name, same namespace) or "link_index" (peer elsewhere), printed before ifname. */
function peerField(o: IpOptions, link: Link): Json {
  if (!link.peer) return {};
  if (link.peer.netns !== o.netns) return { link_index: link.peer.ifindex };
  const peer = linkByIndex(o.world, o.netns, link.peer.ifindex);
  return peer ? { link: peer.name } : {};
}

function netnsField(o: IpOptions, link: Link): Json {
  if (!link.peer || link.peer.netns === o.netns) return {};
  return { link_netnsid: netnsId(o.world, o.netns, link.peer.netns) ?? 0 };
}

export function linkJson(o: IpOptions, link: Link, withMode: boolean): Json {
  const master = link.master !== undefined ? linkByIndex(o.world, o.netns, link.master)?.name : undefined;
  const loopback = link.kind === "loopback";
  return {
    ifindex: link.ifindex, ...peerField(o, link), ifname: link.name, flags: flagList(o, link), mtu: link.mtu,
    qdisc: qdisc(link), ...(master ? { master } : {}), operstate: operState(o.world, o.netns, link),
    ...(withMode ? { linkmode: "DEFAULT" } : {}), group: groupName(link), txqlen: link.txqlen ?? 1000,
    link_type: loopback ? "loopback" : "ether", address: linkMac(o.world, o.netns, link),
    broadcast: loopback ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff", ...netnsField(o, link),
    ...(link.alias !== undefined ? { ifalias: link.alias } : {}),
  };
}

export function briefLinkJson(o: IpOptions, link: Link): Json {
  return { ...peerField(o, link), ifname: link.name, operstate: operState(o.world, o.netns, link), address: linkMac(o.world, o.netns, link), flags: flagList(o, link) };
}

function inet6(o: IpOptions, link: Link, pick?: Entry6[]): Json[] {
  return (pick ?? (o.family === 4 ? [] : inet6Entries(o, link))).map(inet6Json);
}

/** `dump6`: an `ip -6` dump (not one named device), which the kernel's inet6 dumper answers. */
export function addrJson(o: IpOptions, link: Link, dump6 = false, pick?: { v4: IfAddr[]; v6: Entry6[] }): Json {
  const v4 = (pick?.v4 ?? (o.family === 6 ? [] : addressesOf(o.world, o.netns, link))).map((a) => ({
    family: "inet", local: formatIpv4(a.addr), ...(a.peer !== undefined ? { address: formatIpv4(a.peer) } : {}), prefixlen: a.prefix, ...(a.broadcast !== undefined ? { broadcast: formatIpv4(a.broadcast) } : {}),
    scope: a.scope, ...(a.secondary ? { secondary: true } : {}), label: a.label ?? link.name, valid_life_time: FOREVER, preferred_life_time: FOREVER,
  }));
  const head = linkJson(o, link, false);
  // -4 and -6 dump links through their family's dumper, which sends no link-layer address
  if (o.family === 6 || o.family === 4) { delete head.link_type; delete head.address; delete head.broadcast; }
  if (dump6) {
    delete head.qdisc; delete head.master; delete head.group; delete head.link; delete head.link_index;
    const name = dumpName6(o, link);
    if (name !== link.name) return { ifindex: head.ifindex, link: name.slice(link.name.length + 1), ...head, addr_info: [...v4, ...inet6(o, link, pick?.v6)] };
  }
  return { ...head, addr_info: [...v4, ...inet6(o, link, pick?.v6)] };
}

export function briefAddrJson(o: IpOptions, link: Link, pick?: { v4: IfAddr[]; v6: Entry6[] }): Json {
  const list = addrJson(o, link, false, pick).addr_info as Json[];
  return { ...peerField(o, link), ifname: link.name, operstate: operState(o.world, o.netns, link), addr_info: list.map((a) => ({ local: a.local, ...(a.address !== undefined ? { address: a.address } : {}), prefixlen: a.prefixlen })) };
}

export function routeJson(o: IpOptions, route: Route, names: { table: (t: number) => string; scope: (s: number) => string }, hide: RouteHide): Json {
  const dev = route.oif !== undefined ? linkByIndex(o.world, o.netns, route.oif) : undefined;
  const flags = [...(route.onlink ? ["onlink"] : []), ...(routeLinkDown(o.world, o.netns, route) || multipathLinkDown(o.world, o.netns, route) ? ["linkdown"] : [])];
  return {
    // (-d names every route's type, protocol and scope, the defaults too)
    ...(route.type !== "unicast" || o.details ? { type: route.type } : {}),
    dst: route.prefix === 0 ? "default" : route.prefix === 32 ? formatIpv4(route.dst) : `${formatIpv4(route.dst)}/${route.prefix}`,
    ...(route.gateway !== undefined && !hide.via ? { gateway: formatIpv4(route.gateway) } : {}),
    ...(dev && !hide.dev ? { dev: dev.name } : {}),
    ...(route.table !== TABLE_MAIN && !hide.table ? { table: names.table(route.table) } : {}),
    ...((route.proto !== "boot" || o.details) && !hide.proto ? { protocol: route.proto } : {}),
    ...((route.scope !== SCOPE_UNIVERSE || o.details) && !hide.scope ? { scope: names.scope(route.scope) } : {}),
    ...(route.prefsrc !== undefined && !hide.src ? { prefsrc: formatIpv4(route.prefsrc) } : {}),
    ...(route.metric !== 0 && !hide.metric ? { metric: route.metric } : {}),
    flags,
    ...(route.shown?.metrics ? { metrics: [metricsJson(route.shown.metrics)] } : {}),
    ...(hide.realms ? {} : realmsJson(route.shown?.tclassid)),
    ...(route.nexthops ? { nexthops: route.nexthops.map((nh) => ({
      ...(nh.gateway !== undefined ? { gateway: formatIpv4(nh.gateway) } : {}),
      ...(nh.oif !== undefined ? { dev: linkByIndex(o.world, o.netns, nh.oif)?.name } : {}),
      weight: nh.weight, flags: [...(nh.onlink ? ["onlink"] : []), ...nexthopFlags(o.world, o.netns, nh.oif)],
    })) } : {}),
  };
}

/** `ip -j rule`: print_rule's keys in its order; `exists` tells a detached device, `rules` an unresolved goto. */
export function ruleJson(rule: FibRule, table: (t: number) => string, exists: (dev: string) => boolean, rules: FibRule[]): Json {
  const prefix = (p: RulePrefix, key: string) => {
    const { text, host } = rulePrefixAddress(p);
    return { [key]: text, ...(host ? {} : { [`${key}len`]: p.prefix }) };
  };
  const x = ruleExtras(rule) ?? {};
  const range = (key: string, r: [number, number] | undefined) =>
    !r ? {} : r[0] === r[1] ? { [key]: r[0] } : { [`${key}_start`]: r[0], [`${key}_end`]: r[1] };
  const device = (key: string, dev: string | undefined) => (dev === undefined ? {} : { [key]: dev, ...(exists(dev) ? {} : { [`${key}_detached`]: null }) });
  return {
    priority: rule.priority, ...(rule.invert ? { not: null } : {}),
    ...(rule.src ? prefix(rule.src, "src") : { src: "all" }), ...(rule.dst ? prefix(rule.dst, "dst") : {}),
    ...(x.tos ? { tos: `0x${x.tos.toString(16).padStart(2, "0")}` } : {}),
    ...(rule.fwmark !== undefined ? { fwmark: `0x${rule.fwmark.toString(16)}`, ...(rule.fwmask !== undefined && rule.fwmask !== 0xffffffff ? { fwmask: `0x${rule.fwmask.toString(16)}` } : {}) } : {}),
    ...device("iif", rule.iif), ...device("oif", rule.oif),
    ...(x.uidrange ? { uid_start: x.uidrange[0], uid_end: x.uidrange[1] } : {}),
    ...(x.ipproto !== undefined ? { ipproto: protocolName(x.ipproto) ?? String(x.ipproto) } : {}),
    ...range("sport", x.sport), ...range("dport", x.dport),
    ...(rule.table ? { table: table(rule.table), ...(x.suppressPrefixlength !== undefined ? { suppress_prefixlen: x.suppressPrefixlength } : {}) } : {}),
    ...ruleFlowJson(x.tclassid),
    ...(x.gotoTarget !== undefined ? { goto: x.gotoTarget, ...(rules.some((r) => r.priority === x.gotoTarget) ? {} : { unresolved: null }) }
      : x.nop ? { nop: null } : rule.action !== "lookup" ? { action: rule.action } : {}),
  };
}
