// iptables-translate for the matches that track connections or time: conntrack/state,
// hashlimit (a meter), connlimit (a counted set) and time.
import { neq, options, prefixMask, type MatchXlate, type SaveOption, type XlateContext } from "./translate-words.js";

export const STATE_ORDER = ["invalid", "new", "related", "established", "untracked"];
export function ctState(save: string, option: string): string | undefined {
  const [o, extra] = options(save);
  if (!o || extra || o.name !== option) return undefined;
  const states = o.args[0]!.toLowerCase().split(",");
  if (states.some((s) => !STATE_ORDER.includes(s))) return undefined;
  return `ct state ${o.inv ? "! " : ""}${STATE_ORDER.filter((s) => states.includes(s)).join(",")}`;
}

const STATUS_ORDER = ["expected", "seen-reply", "assured", "confirmed", "snat", "dnat", "dying"];
const CT_FIELDS: Record<string, string> = {
  ctexpire: "ct expiration",
  ctproto: "ct original protocol",
  ctorigsrc: "ct original saddr",
  ctorigdst: "ct original daddr",
  ctreplsrc: "ct reply saddr",
  ctrepldst: "ct reply daddr",
  ctorigsrcport: "ct original proto-src",
  ctorigdstport: "ct original proto-dst",
  ctreplsrcport: "ct reply proto-src",
  ctrepldstport: "ct reply proto-dst",
};

/** The order libxt_conntrack's xlate writes the options in (not the save order). */
const CT_XLATE_ORDER = ["ctdir", "ctproto", "ctstate", "ctstatus", "ctexpire", "ctorigsrc", "ctorigdst", "ctreplsrc", "ctrepldst", "ctorigsrcport", "ctorigdstport", "ctreplsrcport", "ctrepldstport"];

/** libxt_conntrack writes a host address bare, an IPv4 prefix as /len (other masks not at all), an IPv6 one as /len. */
function ctAddress(text: string, family: 4 | 6): string {
  const slash = text.indexOf("/");
  if (slash < 0) return text;
  const [addr, mask] = [text.slice(0, slash), text.slice(slash + 1)];
  if (family === 4) return /^\d+$/.test(mask) && mask !== "32" ? text : addr;
  const len = /^\d+$/.test(mask) ? Number(mask) : ipv6MaskLength(mask);
  return len === 128 ? addr : `${addr}/${len}`;
}

/** The leading one bits of an IPv6 mask written as an address ("ffff::" is 16). */
function ipv6MaskLength(mask: string): number {
  const [head = "", tail] = mask.split("::");
  const groups = [...head.split(":").filter(Boolean), ...(tail === undefined ? [] : Array(8).fill("0"))].slice(0, 8);
  let bits = 0;
  for (const g of groups) {
    const n = parseInt(g, 16);
    const ones = Math.clz32(~(n << 16));
    bits += Math.min(16, ones);
    if (ones < 16) break;
  }
  return bits;
}

export function conntrack(save: string, family: 4 | 6 = 4): string | undefined {
  const parts: string[] = [];
  const rank = (name: string) => (CT_XLATE_ORDER.includes(name) ? CT_XLATE_ORDER.indexOf(name) : CT_XLATE_ORDER.length);
  const opts = options(save);
  // the protocol is read in the direction --ctdir names
  const reply = opts.some((o) => o.name === "ctdir" && (o.args[0] ?? "").toUpperCase() === "REPLY");
  for (const o of opts.sort((a, b) => rank(a.name) - rank(b.name))) {
    const arg = o.args[0] ?? "";
    if (o.name === "ctstate") {
      const states = arg.toLowerCase().split(",");
      // libxt_conntrack's xlate turns the SNAT/DNAT pseudo-states into a status match and
      // drops the real states; its "!=" follows the --ctstatus inversion, not this option's
      if (states.includes("snat") || states.includes("dnat")) {
        const statusInverted = opts.some((s) => s.name === "ctstatus" && s.inv);
        parts.push(`ct status ${statusInverted ? "!=" : ""}${states.includes("snat") ? "snat" : "dnat"}`);
        continue;
      }
      if (states.some((st) => !STATE_ORDER.includes(st))) return undefined;
      parts.push(`ct state ${o.inv ? "! " : ""}${STATE_ORDER.filter((st) => states.includes(st)).join(",")}`);
    } else if (o.name === "ctstatus") {
      const bits = arg.toLowerCase().replace(/_/g, "-").split(",");
      parts.push(`ct status ${o.inv ? "! " : ""}${STATUS_ORDER.filter((b) => bits.includes(b)).join(",")}`);
    } else if (o.name === "ctdir") {
      if (o.inv) return undefined;
      parts.push(`ct direction ${arg.toLowerCase()}`);
    } else if (CT_FIELDS[o.name]) {
      // ports and times are ranges (a:b → a-b); addresses keep their colons
      const value = /port$|expire$/.test(o.name) ? arg.replace(":", "-") : ctAddress(arg, family);
      const field = o.name === "ctproto" && reply ? "ct reply protocol" : CT_FIELDS[o.name];
      parts.push(`${field} ${neq(o.inv)}${value}`);
    }
    else return undefined;
  }
  return parts.join(" ");
}

const HASHLIMIT_UNITS: Record<string, [string, number]> = { sec: ["second", 1], min: ["minute", 60], hour: ["hour", 3600], day: ["day", 86400] };

/** A saved byte amount ("992b", "1kb", "6mb") the way nft spells it ("992 bytes", "1 kbytes"). */
function byteAmount(saved: string): string {
  const [, count, prefix] = /^(\d+)([km]?)b$/.exec(saved) ?? [, saved, ""];
  return `${count} ${prefix}bytes`;
}

/** libxt_hashlimit writes an IPv6 mask as eight zero-padded groups, never folded into "::". */
function fullIpv6Mask(bits: number): string {
  const groups = Array.from({ length: 8 }, (_, i) => Math.max(0, Math.min(16, bits - 16 * i)));
  return groups.map((n) => ((0xffff << (16 - n)) & 0xffff).toString(16).padStart(4, "0")).join(":");
}

/** hashlimit becomes a meter keyed by the --hashlimit-mode fields. */
export function hashlimit(save: string, ctx: XlateContext): string | undefined {
  const o = new Map(options(save).map((x) => [x.name, x.args[0] ?? ""]));
  const rate = o.get("hashlimit-upto") ?? o.get("hashlimit-above");
  const name = o.get("hashlimit-name");
  const mode = o.get("hashlimit-mode");
  // (the hash table's size, max and gc interval have no nft counterpart: left out)
  const known = [
    "hashlimit-upto", "hashlimit-above", "hashlimit-burst", "hashlimit-mode", "hashlimit-name", "hashlimit-htable-expire", "hashlimit-srcmask", "hashlimit-dstmask",
    "hashlimit-htable-size", "hashlimit-htable-max", "hashlimit-htable-gcinterval", "hashlimit-rate-match", "hashlimit-rate-interval",
  ];
  const rateMatch = o.has("hashlimit-rate-match");
  if (!rate || !name || !(mode || rateMatch) || [...o.keys()].some((k) => !known.includes(k))) return undefined;
  const ip = ctx.family === 6 ? "ip6" : "ip";
  const modes = (mode ?? "").split(",");
  const masked = (dir: string, option: string) => {
    const bits = o.get(option);
    if (bits === undefined || Number(bits) === (ctx.family === 6 ? 128 : 32)) return `${ip} ${dir}`;
    return `${ip} ${dir} and ${ctx.family === 6 ? fullIpv6Mask(Number(bits)) : prefixMask(Number(bits), 4)}`;
  };
  const keys: string[] = [];
  // libxt_hashlimit names the ports "tcp" whatever the protocol
  if (modes.includes("dstip")) keys.push(masked("daddr", "hashlimit-dstmask"));
  if (modes.includes("dstport")) keys.push("tcp dport");
  if (modes.includes("srcip")) keys.push(masked("saddr", "hashlimit-srcmask"));
  if (modes.includes("srcport")) keys.push("tcp sport");
  // libxt_hashlimit has no nft key for the rate-match mode bit and prints its missing name
  if (rateMatch) keys.push("(null)");
  const burst = o.get("hashlimit-burst");
  const bytes = /b\/s$/.test(rate);
  // the table's default expiry: the rate's unit, or 15 s (60 s with a burst) for byte rates
  const [n, unit] = rate.split("/");
  const [unitName, unitSeconds] = HASHLIMIT_UNITS[unit!] ?? [unit, 1];
  const defaultExpire = bytes ? (burst ? 60000 : 15000) : unitSeconds * 1000;
  const expire = Number(o.get("hashlimit-htable-expire") ?? defaultExpire);
  const timeout = expire !== 1000 ? ` timeout ${Math.floor(expire / 1000)}s` : "";
  let text = `meter ${name} { ${keys.join(" . ")}${timeout} limit rate ${o.has("hashlimit-above") ? "over " : ""}`;
  if (bytes) {
    text += `${byteAmount(rate.slice(0, -2))}/second`;
    if (burst) text += ` burst ${byteAmount(burst)}`;
  } else {
    text += `${n}/${unitName}`;
    if (burst && burst !== "5") text += ` burst ${burst} packets`;
  }
  return `${text} }`;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const NEVER = "2038-01-19T03:14:07";
const EPOCH = "1970-01-01T00:00:00";

/** libxt_time's xlate: " meta time", " meta hour", " meta day" (each with its own leading space). */
export function time(opts: SaveOption[], weekdayBits?: number): string | undefined {
  const o = new Map(opts.map((x) => [x.name, x.args[0] ?? ""]));
  if (opts.some((x) => x.inv) || o.has("monthdays")) return undefined;
  // each part is left out while it still has its default (the whole range)
  let text = "";
  const start = o.get("datestart") ?? EPOCH;
  const stop = o.get("datestop") ?? NEVER;
  if (start !== EPOCH || stop !== NEVER) text += `meta time "${start.replace("T", " ")}"-"${stop.replace("T", " ")}"`;
  const hourStart = o.get("timestart") ?? "00:00:00";
  const hourStop = o.get("timestop") ?? "23:59:59";
  if (hourStart !== "00:00:00" || hourStop !== "23:59:59") text += ` meta hour "${hourStart}"-"${hourStop}"`;
  if (o.has("weekdays")) {
    // Monday first, Sunday (0) last, as libxt_time walks its bits; no day at all leaves "meta day "
    const days = WEEK.filter((d) => o.get("weekdays")!.split(",").includes(d)).map((d) => DAYS.indexOf(d));
    // braces follow the bits set in the byte, bit 0 (from "--weekdays 32") included
    const bits = weekdayBits === undefined ? days.length : [...Array(8).keys()].filter((i) => (weekdayBits >> i) & 1).length;
    if (days.length < 7) text += ` meta day ${bits > 1 ? `{ ${days.join(", ")} }` : days.join("")}`;
  }
  return text;
}

/** connlimit becomes a dynamic set counted per address: one "add set" line, then the rule. */
export function connlimit(save: string, ctx: XlateContext): MatchXlate | undefined {
  let count = "";
  let mask = ctx.family === 6 ? 128 : 32;
  let dir = "saddr";
  for (const o of options(save)) {
    if (o.name === "connlimit-above") count = `over ${o.args[0]}`;
    else if (o.name === "connlimit-upto") count = o.args[0]!;
    else if (o.name === "connlimit-mask") mask = Number(o.args[0]);
    else if (o.name === "connlimit-daddr") dir = "daddr";
  }
  const full = ctx.family === 6 ? 128 : 32;
  const ip = ctx.family === 6 ? "ip6" : "ip";
  const name = `connlimit${ctx.setIndex}`;
  const key = `${ip} ${dir}${mask === full ? "" : ` and ${prefixMask(mask, ctx.family)}`}`;
  return {
    text: `add @${name} { ${key} ct count ${count} }`,
    // libxt_connlimit declares an ipv4_addr set even for ip6tables
    set: `add set ${ip} ${ctx.table} ${name} { type ipv4_addr; flags dynamic; }`,
  };
}
