// iptables-translate: the verdict part of a rule in nft syntax, from the target's
// iptables-save words. undefined = no translation (the command is echoed as a comment).
import { splitRestoreLine } from "./restore-words.js";
import type { Rule } from "../netfilter/types.js";
import type { NameTables } from "./address.js";
import { parseIpv4 } from "../netfilter/ip.js";
import { REJECT_ICMP_CODES } from "./nft-names.js";

const LOG_LEVELS = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];
/** --reject-with's ICMP names as nft's reject with icmp names them. */
const REJECT_TYPES = new Map([...REJECT_ICMP_CODES].map(([nft, code]) => [code.iptables, nft]));

const REJECT6_TYPES = new Map(Object.entries({
  "icmp6-no-route": "no-route",
  "icmp6-adm-prohibited": "admin-prohibited",
  "icmp6-addr-unreachable": "addr-unreachable",
  "icmp6-policy-fail": "policy-fail",
  "icmp6-reject-route": "reject-route",
}));

const STRING_OPTIONS = new Set(["--log-prefix", "--nflog-prefix"]);

/** "--opt value" pairs of a save text (flags get ""). */
function optionMap(save: string): Map<string, string> {
  const words = splitRestoreLine(save);
  const map = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith("--")) return new Map([["!", ""]]); // an inverted or odd option: give up
    const next = words[i + 1];
    // a prefix may itself look like an option ("--x")
    if (next !== undefined && (!next.startsWith("--") || STRING_OPTIONS.has(w))) {
      map.set(w.slice(2), next);
      i++;
    } else map.set(w.slice(2), "");
  }
  return map;
}

function log(o: Map<string, string>): string {
  let s = "log";
  const prefix = o.get("log-prefix");
  if (prefix !== undefined) s += ` prefix "${prefix}"`;
  const level = o.get("log-level");
  if (level !== undefined && level !== "4") s += ` level ${LOG_LEVELS[Number(level)] ?? level}`;
  const flags = ["log-tcp-sequence", "log-tcp-options", "log-ip-options", "log-uid", "log-macdecode"];
  if (flags.every((f) => o.has(f))) return `${s} flags all`;
  const tcp = [o.has("log-tcp-sequence") ? "sequence" : "", o.has("log-tcp-options") ? "options" : ""].filter(Boolean);
  if (tcp.length) s += ` flags tcp ${tcp.join(",")}`;
  if (o.has("log-ip-options")) s += " flags ip options";
  if (o.has("log-uid")) s += " flags skuid";
  if (o.has("log-macdecode")) s += " flags ether";
  return s;
}

/** libxt_NAT joins its range flags with commas ("random,fully-random,persistent"). */
function natFlags(o: Map<string, string>): string {
  const flags = [["random", "random"], ["random-fully", "fully-random"], ["persistent", "persistent"]]
    .filter(([option]) => o.has(option!))
    .map(([, word]) => word);
  return flags.length ? ` ${flags.join(",")}` : "";
}

/** libxt_TEE names an IPv4 gateway the way -L does (xtables_ipaddr_to_anyname: /etc/hosts, then networks). */
function gatewayName(gateway: string, family: 4 | 6, names: NameTables | undefined): string {
  const addr = family === 4 && names ? parseIpv4(gateway) : undefined;
  if (addr === undefined || !names) return gateway;
  return names.hostByAddr(addr) ?? names.netByAddr(addr) ?? gateway;
}

/** libxt_CONNMARK's xlate: save/restore spell only a common mask; a shift wraps the value in "( ... ) <<". */
function connmark(o: Map<string, string>): string | undefined {
  const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;
  let head: string;
  let value: string;
  if (o.has("set-xmark")) {
    const [valueText, maskText = "0xffffffff"] = o.get("set-xmark")!.split("/");
    const mark = Number(valueText) >>> 0;
    const mask = Number(maskText) >>> 0;
    head = "ct mark set";
    // (the plain form ends in a space, visible only inside the shift's parentheses)
    if (mask === 0xffffffff) value = `${hex(mark)} `;
    else if (mark === 0) value = `ct mark and ${hex(~mask)}`;
    else if (mark === mask) value = `ct mark or ${hex(mark)}`;
    else if (mask === 0) value = `ct mark xor ${hex(mark)}`;
    else value = `ct mark xor ${hex(mark)} and ${hex(~mask)}`;
  } else {
    const nfmask = Number(o.get("nfmask")) >>> 0;
    const ctmask = Number(o.get("ctmask")) >>> 0;
    const save = o.has("save-mark");
    head = save ? "ct mark set" : "meta mark set";
    value = save ? "mark" : "ct mark";
    if (nfmask !== 0xffffffff || ctmask !== 0xffffffff) {
      if (nfmask !== ctmask) return undefined;
      value += ` and ${hex(nfmask)}`;
    }
  }
  for (const [dir, op] of [["left", "<<"], ["right", ">>"]] as const) {
    const bits = o.get(`${dir}-shift-mark`);
    if (bits !== undefined) return `${head} ( ${value} ) ${op} ${bits}`;
  }
  return `${head} ${value.trimEnd()}`;
}

/** libxt_MARK's xlate: the plain, and, or, xor forms before the general one. */
function xmark(value: string, mask: string): string {
  const v = Number(value) >>> 0;
  const m = Number(mask) >>> 0;
  const hex = (n: number) => `0x${n.toString(16)}`;
  if (m === 0xffffffff) return `meta mark set ${hex(v)}`;
  if (v === 0) return `meta mark set mark and ${hex(~m >>> 0)}`;
  if (v === m) return `meta mark set mark or ${hex(v)}`;
  if (m === 0) return `meta mark set mark xor ${hex(v)}`;
  return `meta mark set mark and ${hex(~m >>> 0)} xor ${hex(v)}`;
}

/** nft verdict text for the rule's action ("" when it has none). */
export function translateAction(rule: Rule, name: string, save: string, family: 4 | 6 = 4, names?: NameTables): string | undefined {
  const a = rule.action;
  if (a.kind === "none") return "";
  if (a.kind === "verdict") return a.verdict.toLowerCase();
  if (a.kind === "jump") return a.chain === "QUEUE" ? undefined : `jump ${a.chain}`;
  if (a.kind === "goto") return `goto ${a.chain}`;
  const o = optionMap(save);
  if (o.has("!")) return undefined;
  switch (name) {
    case "LOG":
      return log(o);
    case "REJECT": {
      const how = o.get("reject-with") ?? (family === 6 ? "icmp6-port-unreachable" : "icmp-port-unreachable");
      if (how === "icmp-port-unreachable" || how === "icmp6-port-unreachable") return "reject";
      if (how === "tcp-reset") return "reject with tcp reset";
      const type = (family === 6 ? REJECT6_TYPES : REJECT_TYPES).get(how);
      return type ? `reject with ${family === 6 ? "icmpv6" : "icmp"} type ${type}` : undefined;
    }
    case "MASQUERADE": {
      const ports = o.get("to-ports");
      return `masquerade${ports ? ` to :${ports}` : ""}${natFlags(o)}`;
    }
    case "SNAT":
      return `snat to ${o.get("to-source")}${natFlags(o)}`;
    case "DNAT":
      // a shifted port range (":80-90/100") has no nft spelling
      if (o.get("to-destination")?.includes("/")) return undefined;
      return `dnat to ${o.get("to-destination")}${natFlags(o)}`;
    case "REDIRECT": {
      const ports = o.get("to-ports");
      return `redirect${ports ? ` to :${ports}` : ""}${natFlags(o)}`;
    }
    case "MARK": {
      const xm = o.get("set-xmark");
      if (xm === undefined) return undefined;
      const [value, mask = "0xffffffff"] = xm.split("/");
      return xmark(value!, mask);
    }
    case "CONNMARK":
      return connmark(o);
    case "TCPMSS":
      if (o.has("clamp-mss-to-pmtu")) return "tcp option maxseg size set rt mtu";
      return o.has("set-mss") ? `tcp option maxseg size set ${o.get("set-mss")}` : undefined;
    case "NOTRACK":
      return "notrack";
    case "CT":
      // libxt_CT translates only --notrack, whatever else the rule carries
      return o.has("notrack") ? "notrack" : undefined;
    case "TRACE":
      return "nftrace set 1";
    case "NFLOG": {
      // (--nflog-range is kept in the rule but has no nft counterpart: left out)
      const known = ["nflog-prefix", "nflog-group", "nflog-size", "nflog-threshold", "nflog-range"];
      if ([...o.keys()].some((k) => !known.includes(k))) return undefined;
      let s = "log";
      if (o.has("nflog-prefix")) s += ` prefix "${o.get("nflog-prefix")}"`;
      if (o.has("nflog-size")) s += ` snaplen ${o.get("nflog-size")}`;
      if (o.has("nflog-threshold")) s += ` queue-threshold ${o.get("nflog-threshold")}`;
      return `${s} group ${o.get("nflog-group") ?? "0"}`;
    }
    case "NFQUEUE": {
      // the 16-bit queue count of 0:65535 wraps to 0, leaving the first queue alone
      const balance = o.get("queue-balance")?.replace(":", "-");
      const num = balance === "0-65535" ? "0" : (balance ?? o.get("queue-num") ?? "0");
      const flags = [o.has("queue-bypass") ? "bypass" : "", o.has("queue-cpu-fanout") ? "fanout" : ""].filter(Boolean);
      return `queue num ${num}${flags.length ? ` ${flags.join(",")}` : ""}`;
    }
    case "DSCP": {
      const v = o.get("set-dscp");
      return v === undefined ? undefined : `${family === 6 ? "ip6" : "ip"} dscp set ${v}`;
    }
    case "CLASSIFY": {
      const [major, minor] = (o.get("set-class") ?? "").split(":").map((n) => parseInt(n, 16));
      // TC_H_UNSPEC and TC_H_ROOT have names
      if (major === 0 && minor === 0) return "meta priority set none";
      if (major === 0xffff && minor === 0xffff) return "meta priority set root";
      return `meta priority set ${major!.toString(16)}:${minor!.toString(16)}`;
    }
    case "TOS": {
      // libxt_TOS's xlate writes the DSCP bits of a full-mask TOS, and says ip6 whatever the family
      const [tos, mask = "0xff"] = (o.get("set-tos") ?? "").split("/");
      if (o.size !== 1) return undefined;
      const hex2 = (n: number) => `0x${n.toString(16).padStart(2, "0")}`;
      const value = Number(tos);
      const m = Number(mask);
      const dscp = hex2(value >> 2);
      const keep = hex2((~m & 0xff) >> 2);
      // a full mask (0xff, or the names' 0x3f) sets; otherwise and/or/xor as the value and mask allow
      if (m === 0x3f || m === 0xff) return `ip6 dscp set ${dscp}`;
      if (value === 0) return `ip6 dscp set ip6 dscp and ${keep}`;
      if (value === m) return `ip6 dscp set ip6 dscp or ${dscp}`;
      if (m === 0) return `ip6 dscp set ip6 dscp xor ${dscp}`;
      return `ip6 dscp set ip6 dscp and ${keep} xor ${dscp}`;
    }
    case "TEE":
      if (!o.has("gateway") || o.size > (o.has("oif") ? 2 : 1)) return undefined;
      return `dup to ${gatewayName(o.get("gateway")!, family, names)}${o.has("oif") ? ` device ${o.get("oif")}` : ""}`;
    case "AUDIT":
      return "log level audit";
    case "SYNPROXY": {
      let s = "synproxy";
      if (o.has("sack-perm")) s += " sack-perm";
      if (o.has("timestamp")) s += " timestamp";
      if (o.has("wscale")) s += ` wscale ${o.get("wscale")}`;
      if (o.has("mss")) s += ` mss ${o.get("mss")}`;
      if (o.has("ecn")) s += " ecn";
      return s;
    }
    default:
      return undefined;
  }
}
