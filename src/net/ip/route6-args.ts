// Arguments of `ip -6 route` (add/del/replace/show/flush/get): the subset of iproute2's
// iproute_modify / iproute_list keywords engineers use with IPv6 prefixes.
import { parseIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { CommandResult } from "../../shell/types.js";
import type { Route6Type } from "../inet6.js";
import { findLink } from "../links.js";
import type { Link } from "../types.js";
import { TABLE_MAIN } from "../types.js";
import { fail, garbage, incomplete, invalidArgument, matches, noDevice, u32, type IpOptions } from "./common.js";
import { TABLE_NAMES } from "./route-args.js";
import { MAX_ROUTE_MTU } from "./route-metric-values.js";
import { parsePrefix6, type Prefix6 } from "./addr6.js";
import { PROTOCOLS } from "./route-args.js";
import { nameTable } from "../../name-table.js";

export interface Route6Args {
  type?: Route6Type;
  dst?: Prefix6;
  selector?: "root" | "match" | "exact";
  gateway?: Ipv6;
  dev?: Link;
  metric?: number;
  /** -1 = all */
  table: number;
  tableGiven: boolean;
  proto?: string;
  src?: Ipv6;
  from?: Ipv6;
  /** `ip route get … iif DEV`: an input route lookup, as for a packet received on DEV. */
  iif?: Link;
  onlink?: boolean;
  pref?: "high" | "low" | "medium";
  mtu?: number;
  /** `nexthop via A [dev D] [weight W] nexthop …` (each parsed like a route's own via/dev). */
  nexthops?: Route6Args[];
  weight?: number;
}

const TYPES = nameTable<Route6Type>({
  unicast: "unicast", local: "local", blackhole: "blackhole", unreachable: "unreachable", prohibit: "prohibit", throw: "throw", multicast: "multicast",
});

function tableNumber(word: string): number | undefined {
  return word === "all" ? -1 : TABLE_NAMES[word] ?? u32(word);
}

const prefixError = (word: string) => fail(`Error: inet6 prefix is expected rather than "${word}".`, 1);

function parseDst(word: string): Prefix6 | undefined {
  if (word === "default" || word === "all" || word === "any") return { addr: [0, 0, 0, 0, 0, 0, 0, 0], prefix: 0, hasLength: true };
  return parsePrefix6(word);
}

/** `listing`: show/flush read selectors (root/match/exact) and `table all`; `get`: `iif` too. */
export function parseRoute6Args(o: IpOptions, args: string[], listing: boolean, get = false): Route6Args | CommandResult {
  const out: Route6Args = { table: TABLE_MAIN, tableGiven: false };
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = (): string | undefined => args[++i];
    if (word === "via") {
      let text = value();
      if (text === "inet6") text = value();
      if (text === undefined) return incomplete();
      const gw = parseIpv6(text);
      if (!gw) return fail(`Error: inet6 address is expected rather than "${text}".`, 1);
      out.gateway = gw;
    } else if (word === "dev" || word === "oif") {
      const name = value();
      if (name === undefined) return incomplete();
      const link = findLink(o.world, o.netns, name);
      if (!link) return noDevice(name);
      out.dev = link;
    } else if (word === "iif" && get) {
      const name = value();
      if (name === undefined) return incomplete();
      const link = findLink(o.world, o.netns, name);
      if (!link) return noDevice(name);
      out.iif = link;
    } else if (matches(word, "metric") || matches(word, "priority") || word === "preference") {
      const text = value();
      if (text === undefined) return incomplete();
      const metric = u32(text);
      if (metric === undefined) return invalidArgument('"metric" value is invalid', text);
      out.metric = metric;
    } else if (matches(word, "table")) {
      const text = value();
      if (text === undefined) return incomplete();
      const table = tableNumber(text);
      if (table === undefined || (table === -1 && !listing)) return invalidArgument('"table" value is invalid', text);
      // (a route put in table 0 goes to main)
      out.table = table === 0 && !listing ? TABLE_MAIN : table;
      out.tableGiven = true;
    } else if (matches(word, "protocol")) {
      const text = value();
      if (text === undefined) return incomplete();
      const known = PROTOCOLS[text];
      // (the listing's filter words it as iproute_list's invarg does)
      if (known === undefined && !/^\d+$/.test(text)) return invalidArgument(listing ? 'invalid "protocol"' : '"protocol" value is invalid', text);
      out.proto = known !== undefined ? text : Object.keys(PROTOCOLS).find((k) => PROTOCOLS[k] === Number(text)) ?? text;
    } else if (word === "src" || word === "from") {
      const text = value();
      if (text === undefined) return incomplete();
      const addr = parseIpv6(text.split("/")[0]!);
      if (!addr) return fail(`Error: inet6 address is expected rather than "${text}".`, 1);
      if (word === "src") out.src = addr;
      else out.from = addr;
    } else if (listing && (word === "root" || word === "match" || word === "exact")) {
      const text = value();
      if (text === undefined) return incomplete();
      const dst = parseDst(text);
      if (!dst) return prefixError(text);
      out.selector = word;
      out.dst = dst;
    } else if (word === "type" && listing) {
      const text = value();
      if (text === undefined) return incomplete();
      if (!TYPES[text]) return invalidArgument("node type value is invalid", text);
      out.type = TYPES[text];
    } else if (TYPES[word] && out.dst === undefined) out.type = TYPES[word];
    else if (word === "nexthop" && !listing) {
      const groups: string[][] = [];
      for (const w of args.slice(i + 1)) {
        if (w === "nexthop") groups.push([]);
        else (groups[groups.length - 1] ?? groups[groups.push([]) - 1]!).push(w);
      }
      out.nexthops = [];
      for (const group of groups) {
        const weightAt = group.indexOf("weight");
        const weight = weightAt >= 0 ? Number(group[weightAt + 1]) : 1;
        if (weightAt >= 0) group.splice(weightAt, 2);
        const nh = parseRoute6Args(o, group, false);
        if ("rc" in nh) return nh;
        if (!Number.isInteger(weight) || weight < 1 || weight > 256) return invalidArgument('"weight" is invalid', String(group[weightAt + 1] ?? ""));
        nh.weight = weight;
        out.nexthops.push(nh);
      }
      break;
    } else if (word === "onlink") out.onlink = true;
    else if (word === "pref") {
      const text = value();
      if (text === undefined) return incomplete();
      if (text !== "high" && text !== "low" && text !== "medium") return invalidArgument('"pref" value is invalid', text);
      out.pref = text;
    } else if (word === "mtu") {
      const text = value();
      if (text === undefined) return incomplete();
      const mtu = u32(text);
      if (mtu === undefined) return invalidArgument('"mtu" value is invalid', text);
      // (the kernel caps an MTU at IP6_MAX_MTU's 65520 here, and keeps no zero metric)
      if (mtu) out.mtu = Math.min(mtu, MAX_ROUTE_MTU);
    } else if (word === "scope") i++;
    else {
      const text = word === "to" ? value() : word;
      if (text === undefined) return incomplete();
      if (out.dst !== undefined) return garbage(text);
      const dst = parseDst(text);
      if (!dst) return prefixError(text);
      out.dst = dst;
      if (listing) out.selector = "exact";
    }
  }
  return out;
}
