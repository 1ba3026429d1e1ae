// The nf_tables expressions iptables-nft 1.8.9 builds for a rule, printed as libnftnl 1.2.4's
// debug printer shows them ("  [ payload load 4b @ network header + 12 => reg 1 ]"), for
// `iptables -vv`. Interfaces, protocol, addresses, fragments, tcp/udp ports and flags, mark and
// limit become native expressions; every other match or target stays an xt match/target.
import type { Rule } from "../netfilter/types.js";

/** Revision of each match extension iptables 1.8.9 loads on this kernel (observed with -vv). */
const MATCH_REVISION: Record<string, [string, number]> = {
  multiport: ["multiport", 1], state: ["conntrack", 3], conntrack: ["conntrack", 3], addrtype: ["addrtype", 1],
  iprange: ["iprange", 1], recent: ["recent", 1], tos: ["tos", 1], string: ["string", 1], connmark: ["connmark", 1],
  hashlimit: ["hashlimit", 3], connlimit: ["connlimit", 1], owner: ["owner", 1], cgroup: ["cgroup", 2],
  socket: ["socket", 3], nfacct: ["nfacct", 1], bpf: ["bpf", 1], set: ["set", 4], mark: ["mark", 1],
  // ip6tables' extensions
  srh: ["srh", 1],
};

/** Revision of each target extension (the rest are revision 0). */
const TARGET_REVISION: Record<string, [string, number]> = {
  MARK: ["MARK", 2], CONNMARK: ["CONNMARK", 2], TOS: ["TOS", 1], NFQUEUE: ["NFQUEUE", 3], IDLETIMER: ["IDLETIMER", 1],
  CT: ["CT", 2], NOTRACK: ["CT", 2], DNAT: ["DNAT", 2], TPROXY: ["TPROXY", 1], TEE: ["TEE", 1], SET: ["SET", 3],
};

/** ip6tables' SNAT is revision 1 (IPv4's nf_nat_ipv4_multi_range_compat is revision 0). */
const TARGET_REVISION6: Record<string, [string, number]> = { SNAT: ["SNAT", 1] };

/** One register value as libnftnl prints it: 32-bit host-order (little-endian) words. */
export function words(bytes: number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4) {
    const w = ((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24)) >>> 0;
    out += `0x${w.toString(16).padStart(8, "0")} `;
  }
  return out;
}

const u8 = (v: number) => [v & 0xff];
const be16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];
/** A host-order u32 (mark values and masks are stored as such). */
const host32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const be32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

const line = (name: string, body: string) => `  [ ${name} ${body}]\n`;
const metaLoad = (key: string) => line("meta", `load ${key} => reg 1 `);
const payload = (len: number, base: string, offset: number) => line("payload", `load ${len}b @ ${base} header + ${offset} => reg 1 `);
const cmp = (op: string, bytes: number[]) => line("cmp", `${op} reg 1 ${words(bytes)}`);
const bitwise = (mask: number[]) => line("bitwise", `reg 1 = ( reg 1 & ${words(mask)}) ^ ${words(mask.map(() => 0))}`);

function ifaceExprs(key: string, name: string, invert: boolean): string {
  let out = metaLoad(key);
  const bytes = [...Buffer.from(name, "latin1")];
  if (name.endsWith("+")) {
    if (name.length > 1) out += cmp(invert ? "neq" : "eq", bytes.slice(0, -1));
    else if (invert) out += cmp("eq", [...Buffer.from("INVAL/D", "latin1"), 0]);
  } else out += cmp(invert ? "neq" : "eq", [...bytes, 0]);
  return out;
}

/** An address compare: a prefix loads only its whole bytes, any other mask goes through bitwise. */
export function addrExprs(offset: number, addr: number[], mask: number[], invert: boolean): string {
  let i = 0;
  while (i < mask.length && mask[i] === 0xff) i++;
  const partial = i < mask.length && (mask[i] !== 0 || mask.slice(i + 1).some((b) => b !== 0));
  const len = partial ? mask.length : i;
  let out = payload(len, "network", offset);
  if (partial) out += bitwise(mask);
  return out + cmp(invert ? "neq" : "eq", addr.slice(0, len));
}

function rangeExprs(range: [number, number], invert: boolean): string {
  const [lo, hi] = range;
  if (lo === hi) return cmp(invert ? "neq" : "eq", be16(lo));
  if (lo === 0 && hi < 0xffff) return cmp(invert ? "gt" : "lte", be16(hi));
  return line("range", `${invert ? "neq" : "eq"} reg 1 ${words(be16(lo))}${words(be16(hi))}`);
}

interface Ports {
  spts: [number, number];
  dpts: [number, number];
  invSport: boolean;
  invDport: boolean;
}

function portExprs(d: Ports): string {
  const [s0, s1] = d.spts;
  const [d0, d1] = d.dpts;
  if (s0 && s0 === s1 && d0 && d0 === d1 && d.invSport === d.invDport) {
    return payload(4, "transport", 0) + cmp(d.invSport ? "neq" : "eq", [...be16(s0), ...be16(d0)]);
  }
  let out = "";
  if (s0 || s1 < 0xffff) out += payload(2, "transport", 0) + rangeExprs(d.spts, d.invSport);
  if (d0 || d1 < 0xffff) out += payload(2, "transport", 2) + rangeExprs(d.dpts, d.invDport);
  return out;
}

const xtMatch = (name: string) => {
  const [real, rev] = MATCH_REVISION[name] ?? [name, 0];
  return line("match", `name ${real} rev ${rev} `);
};

const fullRange = (r: [number, number]) => r[0] === 0 && r[1] === 0xffff;

function matchExprs(name: string, d: any): string {
  switch (name) {
    case "tcp": {
      const empty = fullRange(d.spts) && fullRange(d.dpts) && !d.flagMask && !d.flagCmp && !d.invSport && !d.invDport && !d.invFlags;
      if (d.option || d.invOption || empty) return xtMatch("tcp");
      let out = "";
      if (d.flagMask) out += payload(1, "transport", 13) + bitwise(u8(d.flagMask)) + cmp(d.invFlags ? "neq" : "eq", u8(d.flagCmp));
      return out + portExprs(d);
    }
    case "udp": {
      if (fullRange(d.spts) && fullRange(d.dpts) && !d.invSport && !d.invDport) return xtMatch("udp");
      return portExprs(d);
    }
    case "mark": {
      let out = metaLoad("mark");
      if (d.mask >>> 0 !== 0xffffffff) out += bitwise(host32(d.mask));
      return out + cmp(d.invert ? "neq" : "eq", host32(d.mark));
    }
    case "limit": {
      const unit: Record<number, string> = { 1: "second", 60: "minute", 3600: "hour", 86400: "day" };
      return line("limit", `rate ${d.rate}/${unit[d.unitSeconds] ?? "error"} burst ${d.zeroBurst ? 0 : d.burst} type packets flags 0x0 `);
    }
  }
  return xtMatch(name);
}

function actionExprs(rule: Rule, family: 4 | 6): string {
  const a = rule.action;
  switch (a.kind) {
    case "none":
      return "";
    case "verdict":
      return line("immediate", `reg 0 ${a.verdict.toLowerCase()} `);
    case "jump":
      // QUEUE is a standard target iptables sends as the xt target
      if (a.chain === "QUEUE") return line("target", "name QUEUE rev 0 ");
      return line("immediate", `reg 0 jump -> ${a.chain} `);
    case "goto":
      return line("immediate", `reg 0 goto -> ${a.chain} `);
    case "target": {
      const { name, data } = a.target;
      if (name === "TRACE") return line("immediate", "reg 9 0x00000001 ") + line("meta", "set nftrace with reg 9 ");
      if (name === "NFLOG") {
        const prefix = data?.prefix ? `prefix ${data.prefix} ` : "";
        return line("log", `${prefix}group ${data?.group ?? 0} snaplen ${data?.size ?? 0} qthreshold ${data?.threshold ?? 0} `);
      }
      const [real, rev] = (family === 6 ? TARGET_REVISION6[name] : undefined) ?? TARGET_REVISION[name] ?? [name, 0];
      return line("target", `name ${real} rev ${rev} `);
    }
  }
}

/**
 * "-i +" matches every interface, so the rule drops it, yet iptables-nft still sends the
 * interface load (with nothing to compare). The parser notes such rules here.
 */
const bareInterfaces = new WeakMap<Rule, Set<string>>();

export function noteBareInterface(rule: Rule, key: "iifname" | "oifname"): void {
  const keys = bareInterfaces.get(rule) ?? new Set<string>();
  bareInterfaces.set(rule, keys.add(key));
}

/** The family-specific part: interfaces, protocol, addresses (and fragments for IPv4). */
function headerExprs(rule: Rule, family: 4 | 6): string {
  let out = "";
  const bare = bareInterfaces.get(rule);
  if (rule.inIface) out += ifaceExprs("iifname", rule.inIface, rule.inIfaceInvert);
  else if (bare?.has("iifname")) out += metaLoad("iifname");
  if (rule.outIface) out += ifaceExprs("oifname", rule.outIface, rule.outIfaceInvert);
  else if (bare?.has("oifname")) out += metaLoad("oifname");
  if (rule.proto !== 0) out += metaLoad("l4proto") + cmp(rule.protoInvert ? "neq" : "eq", u8(rule.proto));
  for (const [side, offsets] of [["src", [12, 8]], ["dst", [16, 24]]] as const) {
    const am = rule[side];
    const invert = side === "src" ? rule.srcInvert : rule.dstInvert;
    if (family === 4) {
      if (!am || (!am.addr && !am.mask && !invert)) continue;
      out += addrExprs(offsets[0], be32(am.addr), be32(am.mask), invert);
    } else {
      const v6 = am?.v6;
      if (!v6 || (!v6.addr.some((g) => g) && !v6.mask.some((g) => g) && !invert)) continue;
      out += addrExprs(offsets[1], v6.addr.flatMap(be16), v6.mask.flatMap(be16), invert);
    }
  }
  if (family === 4 && rule.frag !== "any") {
    out += payload(2, "network", 6) + bitwise([0x1f, 0xff]) + cmp(rule.frag === "frag" ? "neq" : "eq", [0, 0]);
  }
  return out;
}

/**
 * The expression lines of a rule, in the order iptables-nft adds them. `sent` is the rule as
 * the command line gave it (the stored one is as it reads back: "! --sport 0:1023" became
 * 1024:65535, two tcp matches one), `zeroed` prints the counter a -Z sends.
 */
export function ruleExprs(rule: Rule, family: 4 | 6, sent: Rule = rule, zeroed = false): string {
  let out = headerExprs(sent, family);
  for (const m of sent.matches) out += matchExprs(m.name, m.data);
  out += line("counter", zeroed ? "pkts 0 bytes 0 " : `pkts ${rule.counters.pkts} bytes ${rule.counters.bytes} `);
  return out + actionExprs(rule, family);
}
