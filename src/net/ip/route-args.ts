// `ip route` argument parsing shared by show/add/del/get: selectors, attributes, table and scope names.
import type { CommandResult } from "../../shell/types.js";
import { findLink } from "../links.js";
import type { RouteSpec } from "../route-config.js";
import type { RouteType } from "../types.js";
import { SCOPE_HOST, SCOPE_LINK, SCOPE_NOWHERE, SCOPE_UNIVERSE, TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { fail, garbage, incomplete, invalidArgument, noDevice, parsePrefix, u32, type IpOptions, type Prefix } from "./common.js";
import { parseDsfield } from "./dsfield.js";
import { protocolNumber } from "../../netfilter/names.js";
import { parseRealms } from "./realms.js";
import { nameTable } from "../../name-table.js";

/** iproute2's `ip route help` text (printed for incomplete add/del lines). */
export const ROUTE_USAGE = `Usage: ip route { list | flush } SELECTOR
       ip route save SELECTOR
       ip route restore
       ip route showdump
       ip route get [ ROUTE_GET_FLAGS ] ADDRESS
                            [ from ADDRESS iif STRING ]
                            [ oif STRING ] [ tos TOS ]
                            [ mark NUMBER ] [ vrf NAME ]
                            [ uid NUMBER ] [ ipproto PROTOCOL ]
                            [ sport NUMBER ] [ dport NUMBER ]
       ip route { add | del | change | append | replace } ROUTE
SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]
            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]
            [ type TYPE ] [ scope SCOPE ]
ROUTE := NODE_SPEC [ INFO_SPEC ]
NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]
             [ table TABLE_ID ] [ proto RTPROTO ]
             [ scope SCOPE ] [ metric METRIC ]
             [ ttl-propagate { enabled | disabled } ]
INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...
NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]
      [ dev STRING ] [ weight NUMBER ] NHFLAGS
FAMILY := [ inet | inet6 | mpls | bridge | link ]
OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]
           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]
           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]
           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]
           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]
           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]
           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]
TYPE := { unicast | local | broadcast | multicast | throw |
          unreachable | prohibit | blackhole | nat }
TABLE_ID := [ local | main | default | all | NUMBER ]
SCOPE := [ host | link | global | NUMBER ]
NHFLAGS := [ onlink | pervasive ]
RTPROTO := [ kernel | boot | static | NUMBER ]
PREF := [ low | medium | high ]
TIME := NUMBER[s|ms]
BOOL := [1|0]
FEATURES := ecn
ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]
ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]
SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]
SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]
SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]
ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |
            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |
            End.BM | End.S | End.AS | End.AM | End.BPF }
OPTIONS := OPTION [ OPTIONS ]
OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |
            table TABLEID | vrftable TABLEID | endpoint PROGNAME }
FLAVORS := { FLAVOR[,FLAVOR] }
FLAVOR := { psp | usp | usd | next-csid }
IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE
XFRMINFO := if_id IF_ID [ link_dev LINK ]
ROUTE_GET_FLAGS := [ fibmatch ]
`;


export const TABLE_NAMES = nameTable({ local: TABLE_LOCAL, main: TABLE_MAIN, default: TABLE_DEFAULT });
const SCOPE_NAMES = nameTable({ global: SCOPE_UNIVERSE, universe: SCOPE_UNIVERSE, link: SCOPE_LINK, host: SCOPE_HOST, nowhere: SCOPE_NOWHERE });
const ROUTE_MATCHERS = ["root", "match", "exact"];
const ROUTE_TYPES: RouteType[] = ["unicast", "local", "broadcast", "blackhole", "unreachable", "prohibit", "throw"];

export function tableName(table: number): string {
  return Object.entries(TABLE_NAMES).find(([, n]) => n === table)?.[0] ?? String(table);
}

export function scopeName(scope: number): string {
  if (scope === 200) return "site";
  return Object.entries(SCOPE_NAMES).find(([name, n]) => n === scope && name !== "universe")?.[0] ?? String(scope);
}

export interface Parsed {
  spec: Partial<RouteSpec> & { table: number };
  dst?: ReturnType<typeof parsePrefix>;
  dev?: string;
  tableGiven: boolean;
  typeGiven: boolean;
  selector?: { kind: "root" | "match" | "exact"; prefix: Prefix };
  /** `ip route show via P` / `src P` take prefixes: routes whose gateway / prefsrc is inside P. */
  via?: Prefix;
  src?: Prefix;
  /** `nexthop via A [dev D] [weight N] [onlink] nexthop …`: a multipath route (devices by name). */
  nexthops?: NexthopArgs[];
  extra: Record<string, string>;
}

/** /etc/iproute2/rt_protos of iproute2 6.1. */
export const PROTOCOLS = nameTable({
  unspec: 0, redirect: 1, kernel: 2, boot: 3, static: 4, gated: 8, ra: 9, mrt: 10, zebra: 11, bird: 12, dnrouted: 13,
  xorp: 14, ntk: 15, dhcp: 16, keepalived: 18, babel: 42, openr: 99, bgp: 186, isis: 187, ospf: 188, rip: 189, eigrp: 192,
});

/** Route types `ip route show type X` knows (rtnl_rtntype_a2n's names). */
const SHOWN_TYPES = ["unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"];

/** The route selectors and attributes shared by add/del/show. */
export function parseRouteArgs(o: IpOptions, args: string[], forShow: boolean): Parsed | CommandResult {
  const parsed: Parsed = { spec: { table: TABLE_MAIN }, tableGiven: false, typeGiven: false, extra: {} };
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = args[i + 1];
    const needValue = () => (value === undefined ? fail(`Command line is not complete. Try option "help"`, 255) : undefined);
    if (word === "via" || word === "src" || word === "from") {
      const missing = needValue();
      if (missing) return missing;
      i++;
      const addr = parsePrefix(value!, false);
      if (!addr || (word !== "from" && addr.hasLength && !forShow)) return fail(`Error: inet address is expected rather than "${value}".`, 1);
      if (forShow && word !== "from") parsed[word === "via" ? "via" : "src"] = addr;
      else if (word === "via") parsed.spec.gateway = addr.addr;
      else if (word === "src") parsed.spec.prefsrc = addr.addr;
      else parsed.extra.from = value!;
    } else if (word === "dev" || word === "oif" || word === "iif") {
      const missing = needValue();
      if (missing) return missing;
      i++;
      if (word === "iif") parsed.extra.iif = value!;
      else parsed.dev = value!;
    } else if (word === "metric" || word === "priority" || word === "preference") {
      i++;
      if (value === undefined || !/^\d+$/.test(value)) return invalidArgument('"metric" value is invalid', value ?? "");
      parsed.spec.metric = Number(value);
    } else if (word === "table") {
      i++;
      const t = value === "all" && forShow ? -1 : value !== undefined ? TABLE_NAMES[value] ?? (/^\d+$/.test(value) ? Number(value) : undefined) : undefined;
      if (t === undefined) return invalidArgument("table id value is invalid", value ?? "");
      parsed.spec.table = t;
      parsed.tableGiven = true;
    } else if (word === "scope") {
      i++;
      const s = value !== undefined ? SCOPE_NAMES[value] ?? (/^\d+$/.test(value) ? Number(value) : undefined) : undefined;
      if (s === undefined) return invalidArgument(forShow ? 'invalid "scope"' : '"scope" value is invalid', value ?? "");
      parsed.spec.scope = s;
    } else if (word === "proto" || word === "protocol") {
      i++;
      if (value === undefined) return invalidArgument('"protocol" value is invalid', "");
      if (forShow) {
        // (a number names the protocol the route shows: proto 99 is openr)
        const number = Object.prototype.hasOwnProperty.call(PROTOCOLS, value) ? PROTOCOLS[value] : /^(0x[0-9a-f]+|\d+)$/i.test(value) ? Number(value) : undefined;
        if (number === undefined || number > 255) return invalidArgument('invalid "protocol"', value);
        parsed.spec.proto = Object.entries(PROTOCOLS).find(([, n]) => n === number)?.[0] ?? String(number);
      } else parsed.spec.proto = value;
    } else if (word === "onlink") parsed.spec.onlink = true;
    else if (word === "type" && forShow) {
      i++;
      if (value === undefined) return incomplete();
      if (!SHOWN_TYPES.includes(value)) return invalidArgument("node type value is invalid", value);
      parsed.spec.type = value as RouteType;
      parsed.typeGiven = true;
    } else if (ROUTE_TYPES.includes(word as RouteType) && parsed.dst === undefined && !parsed.typeGiven) {
      parsed.spec.type = word as RouteType;
      parsed.typeGiven = true;
    } else if (word === "mark") {
      i++;
      const mark = value !== undefined && /^(0x[0-9a-f]+|\d+)$/i.test(value) ? Number(value) : undefined;
      if (mark === undefined) return invalidArgument('invalid mark value', value ?? "");
      parsed.extra.mark = String(mark);
    } else if (ROUTE_MATCHERS.includes(word) && forShow) {
      i++;
      const p = value !== undefined ? parsePrefix(value) : undefined;
      if (!p) return fail(`Error: any valid prefix is expected rather than "${value ?? ""}".`, 1);
      parsed.selector = { kind: word as "root" | "match" | "exact", prefix: p };
    } else if (word === "nexthop" && !forShow) {
      const nexthops = parseNexthopWords(args.slice(i));
      if ("rc" in nexthops) return nexthops;
      parsed.nexthops = nexthops;
      break;
    } else if (word === "fibmatch" || word === "connected") continue;
    else if (!forShow && FLOW_WORDS.has(word)) {
      // ip route get's flow keys, which ip rule selectors read (NEXT_ARG: a value must follow)
      if (value === undefined) return incomplete();
      i++;
      const n = flowWordValue(word, value);
      if (typeof n !== "number") return n;
      parsed.extra[word === "dsfield" ? "tos" : word] = String(n);
    } else if (forShow && (word === "realm" || word === "realms")) {
      // iproute_list's filter: kept as typed, read by realmFilter()
      if (value === undefined) return incomplete();
      if (parseRealms(value) === undefined) return invalidArgument("invalid realms", value);
      parsed.extra.realms = value;
      i++;
    } else if (forShow && (word === "tos" || word === "dsfield")) {
      // iproute_list's filter: only routes added with this tos
      if (value === undefined) return incomplete();
      const tos = parseDsfield(value);
      if (tos === undefined) return invalidArgument("TOS value is invalid", value);
      parsed.extra.tos = String(tos);
      i++;
    } else if (["mtu", "advmss", "realm", "realms", "tos", "dsfield", "ipproto", "sport", "dport", "uid", "vrf"].includes(word)) i++;
    else if (parsed.dst === undefined) {
      const dst = parsePrefix(word === "to" ? value ?? "" : word);
      if (word === "to") i++;
      if (!dst) return fail(`Error: any valid prefix is expected rather than "${word === "to" ? value ?? "" : word}".`, 1);
      parsed.dst = dst;
    } else return garbage(word);
  }
  for (const nh of parsed.nexthops ?? []) {
    if (nh.dev === undefined) continue;
    const link = findLink(o.world, o.netns, nh.dev);
    if (!link) return fail(`Cannot find device "${nh.dev}"\nError: cannot parse nexthop`, 255);
    nh.oif = link.ifindex;
  }
  if (parsed.dev !== undefined) {
    const link = findLink(o.world, o.netns, parsed.dev);
    if (!link) return noDevice(parsed.dev);
    parsed.spec.oif = link.ifindex;
  }
  return parsed;
}

const FLOW_WORDS = new Set(["tos", "dsfield", "ipproto", "sport", "dport"]);

/** inet_proto_a2n: a name or alias from /etc/protocols (getprotobyname), else a decimal u8. */
export function ipProtoNumber(text: string): number | undefined {
  const named = protocolNumber(text);
  if (named !== undefined) return named;
  return /^\d+$/.test(text) && Number(text) <= 255 ? Number(text) : undefined;
}

/**
 * ip route get's flow words as numbers (tos by rt_dsfield name or hex, ipproto by name or
 * number, ports base 0), or iproute2's error for a bad one.
 */
function flowWordValue(word: string, value: string): number | CommandResult {
  if (word === "tos" || word === "dsfield") return parseDsfield(value) ?? invalidArgument("TOS value is invalid", value);
  if (word === "ipproto") return ipProtoNumber(value) ?? invalidArgument('Invalid "ipproto" value', value);
  const port = u32(value);
  return port !== undefined && port <= 65535 ? port : invalidArgument(`invalid ${word}`, value);
}

export interface NexthopArgs { gateway?: number; dev?: string; oif?: number; weight: number; onlink?: boolean; tclassid?: number }

/** The `nexthop …` groups that end an `ip route add` line (iproute2's parse_nexthops). */
export function parseNexthopWords(args: string[]): NexthopArgs[] | CommandResult {
  const out: NexthopArgs[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = args[i + 1];
    if (word === "nexthop") {
      out.push({ weight: 1 });
      continue;
    }
    const nh = out[out.length - 1]!;
    if (word === "onlink") nh.onlink = true;
    else if (value === undefined) return fail(`Command line is not complete. Try option "help"`, 255);
    else if (word === "via") {
      const addr = parsePrefix(value, false);
      if (!addr || addr.hasLength) return fail(`Error: inet address is expected rather than "${value}".`, 1);
      nh.gateway = addr.addr;
      i++;
    } else if (word === "dev") {
      nh.dev = value;
      i++;
    } else if (word === "weight") {
      const w = /^\d+$/.test(value) ? Number(value) : 0;
      if (w < 1 || w > 256) return invalidArgument('"weight" is invalid', value);
      nh.weight = w;
      i++;
    } else if (word === "realm" || word === "realms") {
      const tclassid = parseRealms(value);
      if (tclassid === undefined) return invalidArgument('"realm" value is invalid', value);
      nh.tclassid = tclassid;
      i++;
    } else return fail(`Error: "nexthop" or end of line is expected instead of "${word}"`, 255);
  }
  return out;
}
