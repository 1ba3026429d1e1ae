// iptables-translate: each match's nft text, built from the match's iptables-save words (the
// canonical form every match extension already prints). undefined = libxtables has no
// translation for it, and the whole command is echoed as a comment ("nft # …").
import { neq, options, range, simple, type MatchXlate, type SaveOption, type XlateContext } from "./translate-words.js";
import { splitRestoreLine } from "./restore-words.js";
import { connlimit, conntrack, ctState, hashlimit, time } from "./translate-stateful.js";
import { dccp, sctp } from "./translate-protocols.js";
import { ICMPV6_TYPES, ICMP_TYPES as NFT_ICMP_TYPES } from "./nft-names.js";

export type { MatchXlate, XlateContext } from "./translate-words.js";


const TCP_FLAGS = ["fin", "syn", "rst", "psh", "ack", "urg"];
/** nft's names of the type numbers in `numbers`. */
const namesOf = (names: Map<string, number>, numbers: number[]) => new Map([...names].filter(([, n]) => numbers.includes(n)).map(([name, n]) => [n, name]));
// (only the types iptables itself names: 15/16, the old information messages, stay comments)
const ICMP_TYPES = namesOf(NFT_ICMP_TYPES, [0, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 17, 18]);
const LIMIT_UNITS: Record<string, string> = { sec: "second", min: "minute", hour: "hour", day: "day" };


function flagList(text: string): string {
  const set = new Set(text.toLowerCase().split(","));
  if (set.has("all")) return TCP_FLAGS.join(",");
  const names = TCP_FLAGS.filter((f) => set.has(f));
  return names.length ? names.join(",") : "0x0";
}

function tcpUdp(proto: string, save: string): string | undefined {
  const parts: string[] = [];
  const opts = options(save);
  // libxt_udp's xlate tests the source port's "!" for --dport too (a known slip, kept for fidelity)
  const udpSportInv = opts.some((o) => o.name === "sport" && o.inv);
  for (const o of opts) {
    const inv = proto === "udp" && o.name === "dport" ? udpSportInv : o.inv;
    if (o.name === "sport" || o.name === "dport") parts.push(`${proto} ${o.name} ${neq(inv)}${range(o.args[0]!)}`);
    else if (o.name === "tcp-flags") parts.push(`tcp flags ${neq(o.inv)}${flagList(o.args[1]!)} / ${flagList(o.args[0]!)}`);
    else if (o.name === "tcp-option") parts.push(`tcp option ${o.args[0]} ${o.inv ? "missing" : "exists"}`);
    else return undefined;
  }
  return parts.join(" ");
}

function multiport(save: string, ctx: XlateContext): string | undefined {
  const [o, extra] = options(save);
  if (!o || extra) return undefined;
  // the protocol's byte, as multiport read it (-p mptcp, 262, is tcp)
  const proto = (ctx.data as { proto?: string } | undefined)?.proto ?? ctx.proto;
  if (o.name === "ports") {
    // either direction: a concatenated set of (any . port) and (port . any) pairs; libxt_multiport
    // lists a range's two ends as single ports and drops the "!"
    const ports = o.args[0]!.split(/[,:]/);
    const pairs = ports.flatMap((p) => [`0-65535 . ${p}`, `${p} . 0-65535`]);
    return `${proto} sport . ${proto} dport { ${pairs.join(", ")} }`;
  }
  if (o.name !== "dports" && o.name !== "sports") return undefined;
  const ports = o.args[0]!.split(",").map(range);
  const dir = o.name === "dports" ? "dport" : "sport";
  const set = ports.length === 1 ? ports[0] : `{ ${ports.join(", ")} }`;
  return `${proto} ${dir} ${neq(o.inv)}${set}`;
}


// (only the types ip6tables itself names have a translation: MLD and the like stay comments)
const ICMP6_TYPES = namesOf(ICMPV6_TYPES, [1, 2, 3, 4, 128, 129, 133, 134, 135, 136, 137]);
const ECN_CODEPOINTS = ["not-ect", "ect1", "ect0", "ce"];



/** Fixed values of the flag options of IPv6 extension headers. */
const HEADER_FLAGS: Record<string, string> = { ahres: "1", fragres: "1", fragfirst: "0", fragmore: "1", fraglast: "0" };

/**
 * IPv6 extension headers (and ah): one "HDR FIELD VALUE" per option in the save order; a full
 * 0:4294967295 range and --fraglen print nothing; no option at all prints `empty`.
 */
function ipv6Header(hdr: string, opts: SaveOption[], fields: Record<string, string>, empty: string): string | undefined {
  const parts: string[] = [];
  for (const o of opts) {
    if (o.name === "fraglen") continue;
    const field = fields[o.name];
    if (!field) return undefined;
    const value = HEADER_FLAGS[o.name] ?? range(o.args[0] ?? "");
    if (value === "0-4294967295") continue;
    parts.push(`${hdr} ${field} ${neq(o.inv)}${value}`);
  }
  return parts.length ? parts.join(" ") : empty;
}

/**
 * libxt_ecn: the TCP ECE flag (nft calls it "ecn"), then CWR, then the IP field; its xlate reads
 * the invert bits as one flag, so one "!" makes every test "!=".
 */
function ecn(opts: SaveOption[]): string | undefined {
  const parts: string[] = [];
  const inv = opts.some((o) => o.inv);
  for (const name of ["ecn-tcp-ece", "ecn-tcp-cwr", "ecn-ip-ect"]) {
    const o = opts.find((x) => x.name === name);
    if (!o) continue;
    if (name === "ecn-ip-ect") parts.push(`ip ecn ${neq(inv)}${ECN_CODEPOINTS[Number(o.args[0])]}`);
    else parts.push(`tcp flags ${neq(inv)}${name === "ecn-tcp-ece" ? "ecn" : "cwr"}`);
  }
  return parts.length ? parts.join(" ") : undefined;
}

/** libxt_connbytes: a single count, an open range ("ge"/"lt") or a closed one. */
function connbytes(opts: SaveOption[], data?: { from: bigint; to: bigint }): string | undefined {
  const o = new Map(opts.map((x) => [x.name, x.args[0] ?? ""]));
  const what = { packets: "packets", bytes: "bytes", avgpkt: "avgpkt" }[o.get("connbytes-mode") ?? ""];
  const dir = { both: "", original: "original ", reply: "reply " }[o.get("connbytes-dir") ?? ""];
  if (!what || dir === undefined) return undefined;
  const inv = opts.some((x) => x.name === "connbytes" && x.inv);
  // (the save text writes 0:0 as "0", which alone would mean 0 and up)
  const [savedFrom, savedTo = "18446744073709551615"] = (o.get("connbytes") ?? "").split(":");
  const [from, to] = data ? [String(data.from), String(data.to)] : [savedFrom!, savedTo];
  // a single count cannot be inverted (the kernel's inversion is a swapped range)
  if (from === to) return `ct ${dir}${what} ${from}`;
  if (to === "18446744073709551615" && from !== to) return `ct ${dir}${what} ${inv ? "lt" : "ge"} ${from}`;
  return `ct ${dir}${what} ${neq(inv)}${from === to ? from : `${from}-${to}`}`;
}

/** Matches with a one-to-one nft expression. */
function translateMore(name: string, save: string, ctx: XlateContext): string | undefined {
  const ip = ctx.family === 6 ? "ip6" : "ip";
  const opts = options(save);
  const one = opts.length === 1 ? opts[0]! : undefined;
  const arg = one?.args[0] ?? "";
  const ne = neq(one?.inv ?? false);
  switch (name) {
    case "hashlimit":
      return hashlimit(save, ctx);
    case "sctp":
      return sctp(save);
    case "esp":
      // the whole SPI range (or none given) is no test at all
      if (!one) return opts.length ? undefined : "";
      if (arg === "0:4294967295") return "";
      return `esp spi ${ne}${range(arg)}`;
    case "ah":
      // a bare -m ah: IPv6 tests for the header, libipt_ah (IPv4) prints nothing
      return ipv6Header("ah", opts, { ahspi: "spi", ahlen: "hdrlength", ahres: "reserved" }, ctx.family === 6 ? "meta l4proto ah" : "");
    case "frag":
      return ipv6Header("frag", opts, { fragid: "id", fragres: "reserved", fragfirst: "frag-off", fragmore: "more-fragments", fraglast: "more-fragments" }, "");
    case "rt":
      return ipv6Header("rt", opts, { "rt-type": "type", "rt-segsleft": "seg-left", "rt-len": "hdrlength" }, "");
    case "hbh":
      return opts.length ? ipv6Header("hbh", opts, { "hbh-len": "hdrlength" }, "") : undefined;
    case "mh":
      if (opts.length === 0) return "";
      return one?.name === "mh-type" ? `mh type ${ne}${range(arg)}` : undefined;
    case "dccp":
      return dccp(save);
    case "connmark": {
      if (!one || one.name !== "mark") return undefined;
      const [value, mask] = arg.split("/");
      return mask === undefined ? `ct mark ${ne}${value}` : `ct mark and ${mask} ${one.inv ? "!=" : "=="} ${value}`;
    }
    case "helper":
      return one?.name === "helper" ? `ct helper ${ne}"${arg}"` : undefined;
    case "devgroup": {
      // a masked group compares "and MASK"; the destination also takes the source's "!"
      const group = (kw: string, a: string, inv: boolean) => {
        const [value, mask] = a.split("/");
        return mask === undefined ? `${kw} ${neq(inv)}${value}` : `${kw} and ${mask} ${inv ? "!=" : "=="} ${value}`;
      };
      const src = opts.find((o) => o.name === "src-group");
      const dst = opts.find((o) => o.name === "dst-group");
      if (opts.some((o) => o !== src && o !== dst)) return undefined;
      const parts: string[] = [];
      if (src) parts.push(group("iifgroup", src.args[0]!, src.inv));
      if (dst) parts.push(group("oifgroup", dst.args[0]!, dst.inv || !!src?.inv));
      return parts.join(" ");
    }
    case "cpu":
      return one ? `cpu ${ne}${arg}` : undefined;
    case "quota":
      return one ? `quota ${one.inv ? "over " : ""}${arg} bytes` : undefined;
    case "dscp":
      return one?.name === "dscp" ? `${ip} dscp ${ne}${arg}` : undefined;
    case "ecn":
      return ecn(opts);
    case "cluster": {
      // one node: "eq NODE"; several: a set of their bit numbers (counted from 0); "!" is lost
      const o = new Map(opts.map((x) => [x.name, x.args[0] ?? ""]));
      const mask = Number(o.get("cluster-local-nodemask")) >>> 0;
      const bits = Array.from({ length: 32 }, (_, i) => i).filter((i) => (mask >>> i) & 1);
      const nodes = bits.length === 1 ? `eq ${bits[0]! + 1}` : `{ ${bits.join(", ")} }`;
      const seed = `0x${(Number(o.get("cluster-hash-seed")) >>> 0).toString(16).padStart(8, "0")}`;
      return `jhash ct original saddr mod ${o.get("cluster-total-nodes")} seed ${seed} ${nodes} meta pkttype set host`;
    }
    case "cgroup":
      // (a bare -m cgroup tests nothing; --path has no translation)
      if (!opts.length) return "";
      return one?.name === "cgroup" ? `meta cgroup ${ne}${arg}` : undefined;
    case "realm":
      if (!one) return undefined;
      if (arg.includes("/")) {
        const [value, mask] = arg.split("/");
        return `rtclassid and ${mask} ${one.inv ? "!=" : "=="} ${value}`;
      }
      return `rtclassid ${ne}${arg}`;
    case "icmp6": {
      if (!one || one.args[0]!.includes("/")) return undefined;
      const type = ICMP6_TYPES.get(Number(arg));
      return type ? `icmpv6 type ${ne}${type}` : undefined;
    }
    case "hl":
      return simple(save, {
        "hl-eq": (a, inv) => `ip6 hoplimit ${neq(inv)}${a}`,
        "hl-lt": (a) => `ip6 hoplimit lt ${a}`,
        "hl-gt": (a) => `ip6 hoplimit gt ${a}`,
      });
    case "ipcomp":
    {
      // --compres has no nft counterpart and is left out
      // (a full range is not saved, but still translated)
      const inv = (ctx.data as { invert?: boolean } | undefined)?.invert ?? false;
      const spi = opts.find((x) => x.name === "ipcompspi") ?? { inv, args: ["0:4294967295"] };
      return `comp cpi ${neq(spi.inv)}${range(spi.args[0]!)}`;
    }
    case "policy": {
      const o = new Map(opts.map((x) => [x.name, x.args[0] ?? ""]));
      // nft's secpath is the input path's: --dir out has no translation
      if (opts.length !== 2 || o.get("dir") !== "in" || !o.has("pol") || opts.some((x) => x.inv)) return undefined;
      return `meta secpath ${o.get("pol") === "none" ? "missing" : "exists"}`;
    }
    case "connbytes":
      return connbytes(opts, ctx.data as { from: bigint; to: bigint } | undefined);
    case "rpfilter": {
      const has = (flag: string) => opts.some((x) => x.name === flag);
      // --accept-local becomes a second test only in the inverted form
      if (has("accept-local") && !has("invert")) return undefined;
      const local = has("accept-local") ? "fib saddr type != local " : "";
      return `${local}fib saddr${has("validmark") ? " . mark" : ""}${has("loose") ? "" : " . iif"} oif ${has("invert") ? "" : "!= "}0`;
    }
    case "tcpmss":
      return one ? `tcp option maxseg size ${ne}${range(arg)}` : undefined;
    case "statistic": {
      const o = new Map(opts.map((x) => [x.name, x.args[0] ?? ""]));
      const inv = opts.some((x) => x.inv);
      if (o.get("mode") === "random" && o.has("probability")) {
        return `meta random & 2147483647 ${inv ? ">=" : "<"} ${Math.round(Number(o.get("probability")) * 2147483648)}`;
      }
      if (o.get("mode") === "nth") return `numgen inc mod ${o.get("every")} ${inv ? "!= " : ""}${o.get("packet") ?? "0"}`;
      return undefined;
    }
    case "time":
      return time(opts, (ctx.data as { weekdays?: number } | undefined)?.weekdays);
    default:
      return undefined;
  }
}

function icmp(save: string): string | undefined {
  const [o] = options(save);
  if (!o) return "ip protocol icmp";
  // "any" tests nothing, but it stands in for the -p icmp it makes redundant, "!" or not
  if (o.args[0] === "any") return "ip protocol icmp";
  const name = /^\d+$/.test(o.args[0]!) ? ICMP_TYPES.get(Number(o.args[0])) : undefined;
  return name ? `icmp type ${neq(o.inv)}${name}` : undefined;
}

function limit(save: string, zeroBurst?: true): string | undefined {
  let rate: string | undefined;
  let burst = 5;
  for (const o of options(save)) {
    if (o.inv) return undefined;
    if (o.name === "limit") {
      const [n, unit] = o.args[0]!.split("/");
      rate = `${n}/${LIMIT_UNITS[unit!] ?? unit}`;
    } else if (o.name === "limit-burst") burst = Number(o.args[0]);
  }
  // (a burst of 0, which the save text does not show, is left out)
  return `limit rate ${rate ?? "3/hour"}${burst && !zeroBurst ? ` burst ${burst} packets` : ""}`;
}

function mark(save: string): string | undefined {
  const [o] = options(save);
  if (!o) return undefined;
  const [value, mask] = o.args[0]!.split("/");
  if (mask === undefined) return `mark ${neq(o.inv)}${value}`;
  return `mark and ${mask} ${o.inv ? "!=" : "=="} ${value}`;
}


const ADDR_TYPES = ["unspec", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit"];

function addrtype(save: string): string | undefined {
  const opts = options(save);
  // libxt_addrtype translates the source types when there are any, else the destination's
  const t = opts.find((o) => o.name === "src-type") ?? opts.find((o) => o.name === "dst-type");
  if (!t) return undefined;
  const iface = opts.some((o) => o.name === "limit-iface-in") ? " . iif" : opts.some((o) => o.name === "limit-iface-out") ? " . oif" : "";
  const given = t.args[0]!.toLowerCase().split(",");
  // in libxt_addrtype's bit order; nft has no throw, nat or xresolve
  const names = ADDR_TYPES.filter((n) => given.includes(n));
  // braces follow the types given, not the ones nft knows (LOCAL,NAT → "{ local }")
  const set = given.length === 1 ? names.join("") : `{ ${names.join(", ")} }`;
  // (either type's "!" inverts it)
  const inv = opts.some((o) => (o.name === "src-type" || o.name === "dst-type") && o.inv);
  return `fib ${t.name === "src-type" ? "saddr" : "daddr"}${iface} type ${neq(inv)}${set}`.trimEnd();
}



/** nft text for one match, or undefined when libxtables cannot translate it. */
export function translateMatch(name: string, save: string, ctx: XlateContext): MatchXlate | undefined {
  const ip = ctx.family === 6 ? "ip6" : "ip";
  let text: string | undefined;
  switch (name) {
    case "tcp":
    case "udp":
      text = tcpUdp(name, save);
      break;
    case "multiport":
      text = multiport(save, ctx);
      break;
    case "conntrack":
      text = conntrack(save, ctx.family);
      break;
    case "state":
      text = ctState(save, "state");
      break;
    case "icmp":
      text = icmp(save);
      break;
    case "limit":
      text = limit(save, (ctx.data as { zeroBurst?: true } | undefined)?.zeroBurst);
      break;
    case "mark":
      text = mark(save);
      break;
    case "comment": {
      // the comment is whatever follows --comment, even "!" or "--word"
      const words = splitRestoreLine(save);
      return { text: "", comment: words[words.indexOf("--comment") + 1] ?? "" };
    }
    case "mac":
      text = simple(save, { "mac-source": (a, inv) => `ether saddr ${neq(inv)}${a.toLowerCase()}` });
      break;
    case "iprange":
      text = simple(save, { "src-range": (a, inv) => `${ip} saddr ${neq(inv)}${a}`, "dst-range": (a, inv) => `${ip} daddr ${neq(inv)}${a}` });
      break;
    case "length":
      text = simple(save, { length: (a, inv) => `meta length ${neq(inv)}${range(a)}` });
      break;
    case "pkttype":
      text = simple(save, { "pkt-type": (a, inv) => `pkttype ${neq(inv)}${a.toLowerCase()}` });
      break;
    case "owner":
      if (options(save).length !== 1) return undefined;
      text = simple(save, {
        "uid-owner": (a, inv) => (/^\d+(-\d+)?$/.test(a) ? `skuid ${neq(inv)}${a}` : undefined),
        "gid-owner": (a, inv) => (/^\d+(-\d+)?$/.test(a) ? `skgid ${neq(inv)}${a}` : undefined),
      });
      break;
    case "addrtype":
      text = addrtype(save);
      break;
    case "connlimit":
      return connlimit(save, ctx);
    case "connlabel": {
      // the label is looked up by number in connlabel.conf, which Debian lacks
      const warning = "Warning: cannot open /etc/xtables/connlabel.conf: No such file or directory";
      const opts = options(save);
      const o = opts.find((x) => x.name === "label");
      if (!o || opts.some((x) => x.name !== "label" && x.name !== "set")) return undefined;
      const label = o.args[0]!;
      const set = opts.some((x) => x.name === "set") ? `ct label set ${label} ` : "";
      return { text: `${set}ct label ${o.inv ? `and ${label} != ` : ""}${label}`, warning };
    }
    case "ttl":
      text = simple(save, {
        "ttl-eq": (a, inv) => `ip ttl ${neq(inv)}${a}`,
        "ttl-lt": (a) => `ip ttl lt ${a}`,
        "ttl-gt": (a) => `ip ttl gt ${a}`,
      });
      break;
    default:
      text = translateMore(name, save, ctx);
  }
  return text === undefined ? undefined : { text };
}
