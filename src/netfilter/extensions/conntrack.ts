// -m conntrack: connection state, status, tuples, protocol, expiry and direction.
import type { MatchExtension } from "../extension.js";
import type { AddrMask, ConntrackView, HookContext } from "../types.js";
import { paramProblem } from "../xtables-error.js";
import { protocolNumber } from "../names.js";
import { checkOption } from "./util/errors.js";
import type { ConntrackExtras } from "./util/extras.js";
import { addrMaskText, addrMatches, parseHostMask } from "./util/hostmask.js";
import { parsePortRangeRC } from "./util/ports.js";
import { parseUintRange } from "./util/ranges.js";
import { strtoul } from "./util/strtoul.js";

/** State bits in xt_conntrack order (also the printing order). */
export const CT_STATES = ["INVALID", "NEW", "RELATED", "ESTABLISHED", "UNTRACKED", "SNAT", "DNAT"] as const;
/** Order in which names are tried against a typed prefix. */
const CT_STATE_LOOKUP = ["INVALID", "NEW", "ESTABLISHED", "RELATED", "UNTRACKED", "SNAT", "DNAT"];
const CT_STATUSES = ["EXPECTED", "SEEN_REPLY", "ASSURED", "CONFIRMED"] as const;
const STATUS_LOOKUP = ["NONE", ...CT_STATUSES];

type Range = [number, number];
type AddrKey = "origsrc" | "origdst" | "replsrc" | "repldst";
type PortKey = "origsrcport" | "origdstport" | "replsrcport" | "repldstport";

export interface ConntrackData {
  states?: string[];
  /** Printed as "state"/"--state" (the -m state alias) instead of "ctstate". */
  stateAlias?: boolean;
  proto?: number;
  origsrc?: AddrMask;
  origdst?: AddrMask;
  replsrc?: AddrMask;
  repldst?: AddrMask;
  origsrcport?: Range;
  origdstport?: Range;
  replsrcport?: Range;
  repldstport?: Range;
  statuses?: string[];
  expire?: Range;
  dir?: "ORIGINAL" | "REPLY";
  /** Inverted options, by option name without "ct" (state, proto, origsrc, …). */
  inv: string[];
  seen: string[];
  /**
   * IPv4 addresses typed without a mask: libxtables fills all 16 mask bytes then, but only the
   * first 4 for "/32", so -C/-D tell "1.2.3.4" and "1.2.3.4/32" apart (the saved text does not).
   */
  hostOnly?: AddrKey[];
}

/**
 * A comma list where each word is a case-insensitive prefix of a known name (strncasecmp
 * with the typed length), as conntrack and state parse them.
 */
export function parseNameList(arg: string, lookup: readonly string[], bad: (rest: string) => Error, emptyLast?: () => Error): string[] {
  const out: string[] = [];
  let rest = arg;
  for (;;) {
    const comma = rest.indexOf(",");
    const word = comma < 0 ? rest : rest.slice(0, comma);
    if (comma < 0 && word === "" && emptyLast) throw emptyLast();
    const name = word === "" ? undefined : lookup.find((n) => n.toLowerCase().startsWith(word.toLowerCase()));
    if (!name) throw bad(rest);
    if (!out.includes(name)) out.push(name);
    if (comma < 0) return out;
    rest = rest.slice(comma + 1);
  }
}

export function sortStates(states: string[]): string[] {
  return CT_STATES.filter((s) => states.includes(s));
}

/** Which state bits the packet's connection shows (ct absent means INVALID). */
export function packetStateBits(ct: ConntrackView | undefined): string[] {
  if (!ct || ct.state === "INVALID") return ["INVALID"];
  if (ct.state === "UNTRACKED") return ["UNTRACKED"];
  const bits: string[] = [ct.state];
  if (ct.snat) bits.push("SNAT");
  if (ct.dnat) bits.push("DNAT");
  return bits;
}

function parseProtocol(text: string): number {
  const n = strtoul(text, 0, 255);
  if (n !== undefined) return n;
  if (text === "all") return 0;
  const p = protocolNumber(text);
  if (p === undefined) throw paramProblem(`unknown protocol "${text}" specified`);
  // XTTYPE_PROTOCOL keeps a byte: mptcp (262) is 6
  return p & 0xff;
}

function rangeText(r: Range): string {
  return r[0] === r[1] ? `${r[0]}` : `${r[0]}:${r[1]}`;
}

function dump(d: ConntrackData, prefix: string, numeric = true): string {
  const parts: string[] = [];
  const neg = (key: string) => (d.inv.includes(key) ? "! " : "");
  if (d.states) parts.push(`${neg("state")}${prefix}${d.stateAlias ? "state" : "ctstate"} ${sortStates(d.states).join(",")}`);
  if (d.proto !== undefined) parts.push(`${neg("proto")}${prefix}ctproto ${d.proto}`);
  for (const key of ["origsrc", "origdst", "replsrc", "repldst"] as const) {
    const value = d[key];
    if (value) parts.push(`${neg(key)}${prefix}ct${key} ${addrMaskText(value, numeric)}`);
  }
  for (const key of ["origsrcport", "origdstport", "replsrcport", "repldstport"] as const) {
    const value = d[key];
    if (value) parts.push(`${neg(key)}${prefix}ct${key} ${rangeText(value)}`);
  }
  if (d.statuses) {
    const names = CT_STATUSES.filter((s) => d.statuses!.includes(s));
    parts.push(`${neg("status")}${prefix}ctstatus ${names.length ? names.join(",") : "NONE"}`);
  }
  if (d.expire) parts.push(`${neg("expire")}${prefix}ctexpire ${rangeText(d.expire)}`);
  if (d.dir) parts.push(`${prefix}ctdir ${d.dir}`);
  return parts.join(" ");
}

const TUPLE6_FIELD = { origsrc: "origSrc", origdst: "origDst", replsrc: "replSrc", repldst: "replDst" } as const;

/** An ip6tables rule's address tests the IPv6 tuple (a connection without one has ::). */
function addrMatchesIn(ct: ConntrackView, key: AddrKey, value: AddrMask): boolean {
  if (!value.v6) return addrMatches(tupleValue(ct, key), value);
  const addr = ct.tuple6?.[TUPLE6_FIELD[key]];
  return value.v6.addr.every((g, i) => (((addr?.[i] ?? 0) & value.v6!.mask[i]!) === g));
}

function tupleValue(ct: ConntrackView, key: AddrKey | PortKey): number {
  switch (key) {
    case "origsrc":
      return ct.origSrc;
    case "origdst":
      return ct.origDst;
    case "replsrc":
      return ct.replSrc;
    case "repldst":
      return ct.replDst;
    case "origsrcport":
      return ct.origSport;
    case "origdstport":
      return ct.origDport;
    case "replsrcport":
      return ct.replSport;
    case "repldstport":
      return ct.replDport;
  }
}

function statusBits(ct: ConntrackView & ConntrackExtras): string[] {
  const bits: string[] = [];
  if (ct.expected) bits.push("EXPECTED");
  if (ct.seenReply) bits.push("SEEN_REPLY");
  if (ct.assured) bits.push("ASSURED");
  if (ct.confirmed ?? (ct.seenReply || ct.state !== "NEW")) bits.push("CONFIRMED");
  return bits;
}

/** The kernel's conntrack_mt, option by option; each test honours its own "!". */
export function conntrackMatches(d: ConntrackData, ctx: HookContext): boolean {
  const inv = (key: string) => d.inv.includes(key);
  const view = ctx.conntrack;
  const ct = view && view.state !== "INVALID" && view.state !== "UNTRACKED" ? (view as ConntrackView & ConntrackExtras) : undefined;
  if (d.states) {
    const hit = packetStateBits(view).some((b) => d.states!.includes(b));
    if (hit === inv("state")) return false;
  }
  // Without a connection only a pure state test can match.
  if (!ct) return d.seen.every((opt) => opt === "ctstate" || opt === "state");
  if (d.dir && ct.dir !== d.dir) return false;
  if (d.proto !== undefined && (ct.proto === d.proto) === inv("proto")) return false;
  for (const key of ["origsrc", "origdst", "replsrc", "repldst"] as const) {
    const value = d[key];
    if (value && addrMatchesIn(ct, key, value) === inv(key)) return false;
  }
  for (const key of ["origsrcport", "origdstport", "replsrcport", "repldstport"] as const) {
    const r = d[key];
    if (!r) continue;
    const port = tupleValue(ct, key);
    if ((port >= r[0] && port <= r[1]) === inv(key)) return false;
  }
  if (d.statuses) {
    const have = statusBits(ct);
    if (d.statuses.some((s) => have.includes(s)) === inv("status")) return false;
  }
  if (d.expire) {
    const left = ct.expires ?? 0;
    if ((left >= d.expire[0] && left <= d.expire[1]) === inv("expire")) return false;
  }
  return true;
}

export const conntrackMatch: MatchExtension<ConntrackData> = {
  name: "conntrack",
  options: [
    ...["ctstate", "ctproto", "ctorigsrc", "ctorigdst", "ctreplsrc", "ctrepldst", "ctstatus", "ctexpire"].map((name) => ({ name, args: 1 as const, invertible: true })),
    ...["ctorigsrcport", "ctorigdstport", "ctreplsrcport", "ctrepldstport"].map((name) => ({ name, args: 1 as const, invertible: true })),
    { name: "ctdir", args: 1 },
  ],
  init: () => ({ inv: [], seen: [] }),
  parse(d, { option, args, invert, family, hosts4, hosts6 }) {
    checkOption("conntrack", d.seen, option, invert, { invertible: option !== "ctdir" });
    const arg = args[0]!;
    const key = option.slice(2);
    if (invert) d.inv.push(key);
    switch (option) {
      case "ctstate":
        d.states = parseNameList(arg, CT_STATE_LOOKUP, (rest) => paramProblem(`Bad ctstate "${rest}"`));
        break;
      case "ctproto":
        d.proto = parseProtocol(arg);
        break;
      case "ctorigsrc":
      case "ctorigdst":
      case "ctreplsrc":
      case "ctrepldst":
        d[key as AddrKey] = parseHostMask("conntrack", option, arg, family, { hosts4, hosts6 });
        if (family !== 6 && !arg.includes("/")) (d.hostOnly ??= []).push(key as AddrKey);
        break;
      case "ctorigsrcport":
      case "ctorigdstport":
      case "ctreplsrcport":
      case "ctrepldstport":
        d[key as PortKey] = parsePortRangeRC("conntrack", option, arg);
        break;
      case "ctstatus": {
        const names = parseNameList(arg, STATUS_LOOKUP, (rest) => paramProblem(`Bad ctstatus "${rest}"`));
        d.statuses = names.filter((n) => n !== "NONE");
        break;
      }
      case "ctexpire":
        d.expire = parseUintRange("conntrack", option, arg, 0xffffffff);
        break;
      case "ctdir": {
        const dir = arg.toUpperCase();
        if (dir !== "ORIGINAL" && dir !== "REPLY") throw paramProblem(`conntrack: Bad value for "--ctdir" option: "${arg}"`);
        d.dir = dir;
        break;
      }
    }
  },
  finalCheck(d) {
    if (d.seen.length === 0) throw paramProblem("conntrack: At least one option is required");
  },
  save: (d) => dump(d, "--"),
  identity: (d) => (d.hostOnly ? `host:${[...d.hostOnly].sort().join(",")}` : ""),
  print: (d, { numeric }) => dump(d, "", numeric),
  match: (d, _pkt, ctx) => conntrackMatches(d, ctx),
};
