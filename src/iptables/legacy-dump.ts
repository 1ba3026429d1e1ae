// iptables-legacy -vv: libiptc's dump of the table blob as the command read it from the kernel
// (before its own change): each ipt_entry with its offset, addresses, interfaces, match names
// and target. Entry sizes follow the kernel's structures (XT_ALIGN'ed, observed on Linux 6.x
// x86_64): 112 bytes of ipt_entry (168 of ip6t_entry), then each match and the target.
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { formatIpv4 } from "../netfilter/ip.js";
import { formatIpv6, maskToPrefix6 } from "../netfilter/ipv6.js";
import { ip6tablesRunning } from "./nft-debug.js";
import { OpError } from "./ops.js";
import type { ParsedCommand } from "./parse.js";

const STANDARD = 40;
const ERROR = 64;

/** Size of each match in the blob (32-byte xt_entry_match header and its data), by kernel name. */
const MATCH_SIZE: Record<string, number> = {
  tcp: 48, udp: 48, icmp: 40, multiport: 80, conntrack: 200, comment: 288, mark: 48, limit: 72, addrtype: 40,
  iprange: 104, mac: 48, pkttype: 40, recent: 264, length: 40, ttl: 40, tos: 40, dscp: 40, string: 192,
  statistic: 56, helper: 72, connmark: 48, quota: 56, hashlimit: 344, connlimit: 64, owner: 56, physdev: 104,
  u32: 2016, time: 56, policy: 344, devgroup: 56, socket: 40, tcpmss: 40, connbytes: 56, cpu: 40, realm: 48,
  esp: 48, ah: 48, cgroup: 560, sctp: 328, dccp: 48, connlabel: 40,
  // ip6tables' own
  icmp6: 40, hl: 40, rt: 312, frag: 48, hbh: 72, dst: 72, mh: 40, eui64: 40, ipv6header: 40,
};

/** Size of each target in the blob, by kernel name. */
const TARGET_SIZE: Record<string, number> = {
  LOG: 64, CONNMARK: 48, NFLOG: 112, IDLETIMER: 80, TEE: 72, DNAT: 80, REDIRECT: 56, NETMAP: 56, SNAT: 56,
  MASQUERADE: 56, CT: 104, TRACE: 32, TPROXY: 64,
};

/** IPv6 NAT targets carry nf_nat_range (IPv4's the smaller multi-range compat form). */
const TARGET_SIZE6: Record<string, number> = { REDIRECT: 72, MASQUERADE: 72, SNAT: 72 };

/** Extensions the kernel knows under another name. */
const KERNEL_NAME: Record<string, string> = { state: "conntrack", NOTRACK: "CT" };

const HOOKS = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"];

interface Entry {
  offset: number;
  size: number;
  rule?: Rule;
  /** The ERROR target's text (a chain head's name, or "ERROR" at the end). */
  error?: string;
  /** Standard target text: a verdict name or the offset jumped to. */
  verdict?: string;
  counters: { pkts: bigint; bytes: bigint };
}

const kernelName = (n: string) => KERNEL_NAME[n] ?? n;

function targetSize(r: Rule, v6: boolean): number {
  if (r.action.kind !== "target") return STANDARD;
  const name = kernelName(r.action.target.name);
  return (v6 ? TARGET_SIZE6[name] : undefined) ?? TARGET_SIZE[name] ?? STANDARD;
}

/** ipt_entry or ip6t_entry. */
const entrySize = (v6: boolean) => (v6 ? 168 : 112);
const ruleSize = (r: Rule, v6: boolean) => entrySize(v6) + r.matches.reduce((n, m) => n + (MATCH_SIZE[kernelName(m.name)] ?? 48), 0) + targetSize(r, v6);

/** libiptc writes built-in chains in hook order, then user chains sorted by name. */
function chainOrder(t: Table): Chain[] {
  const chains = Object.values(t.chains);
  const base = chains.filter((c) => c.builtin).sort((a, b) => HOOKS.indexOf(a.name) - HOOKS.indexOf(b.name));
  return [...base, ...chains.filter((c) => !c.builtin).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))];
}

const VERDICT: Record<string, string> = { ACCEPT: "NF_ACCEPT", DROP: "NF_DROP", RETURN: "RETURN" };

function layout(t: Table, v6: boolean): { entries: Entry[]; hooks: Map<string, [number, number]> } {
  const chains = chainOrder(t);
  const ENTRY = entrySize(v6);
  /** A user chain's head: an entry with the ERROR target naming it. */
  const CHAIN_HEAD = ENTRY + ERROR;
  // first pass: where each user chain's rules start
  const starts = new Map<string, number>();
  let offset = 0;
  for (const c of chains) {
    if (!c.builtin) offset += CHAIN_HEAD;
    starts.set(c.name, offset);
    for (const r of c.rules) offset += ruleSize(r, v6);
    offset += ENTRY + STANDARD;
  }
  const entries: Entry[] = [];
  const hooks = new Map<string, [number, number]>();
  const zero = { pkts: 0n, bytes: 0n };
  offset = 0;
  for (const c of chains) {
    if (!c.builtin) {
      entries.push({ offset, size: CHAIN_HEAD, error: c.name, counters: zero });
      offset += CHAIN_HEAD;
    }
    const first = offset;
    for (const r of c.rules) {
      const size = ruleSize(r, v6);
      const a = r.action;
      let verdict: string | undefined;
      if (a.kind === "verdict") verdict = VERDICT[a.verdict];
      // (libip6tc's dump has no name for NF_QUEUE)
      else if (a.kind === "jump" && a.chain === "QUEUE") verdict = v6 ? "UNKNOWN" : "NF_QUEUE";
      else if (a.kind === "jump" || a.kind === "goto") verdict = String(starts.get(a.chain) ?? 0);
      // (no target: the standard target falls through to the next entry)
      else if (a.kind === "none") verdict = String(offset + size);
      entries.push({ offset, size, rule: r, verdict, counters: r.counters });
      offset += size;
    }
    const policy = c.builtin ? VERDICT[c.policy ?? "ACCEPT"]! : "RETURN";
    if (c.builtin) hooks.set(c.name, [first, offset]);
    entries.push({ offset, size: ENTRY + STANDARD, verdict: policy, counters: c.builtin ? c.policyCounters : zero });
    offset += ENTRY + STANDARD;
  }
  entries.push({ offset, size: CHAIN_HEAD, error: "ERROR", counters: zero });
  return { entries, hooks };
}

/** libip6tc puts() each address (so each ends its own line) and the prefix length or mask. */
function address6(am: Rule["src"]): string {
  const addr = am?.v6?.addr ?? [0, 0, 0, 0, 0, 0, 0, 0];
  const mask = am?.v6?.mask ?? [0, 0, 0, 0, 0, 0, 0, 0];
  const prefix = maskToPrefix6(mask);
  return `\n${formatIpv6(addr)}\n/${prefix >= 0 ? prefix : `${formatIpv6(mask)}\n`}`;
}

function ifaceText(name: string | undefined): string {
  const n = name ?? "";
  const masked = !n ? 0 : n.endsWith("+") ? n.length - 1 : n.length + 1;
  return `\`${n}'/${"X".repeat(masked)}${".".repeat(16 - masked)}`;
}

const ip = (v: number) => formatIpv4(v >>> 0);

function entryText(e: Entry, index: number, v6: boolean): string {
  const r = e.rule;
  let flags = 0;
  let inv = 0;
  if (r && v6) {
    // IP6T_F_PROTO (set with any -p) and IP6T_F_GOTO
    if (r.proto !== 0) flags |= 0x01;
    if (r.action.kind === "goto") flags |= 0x04;
  } else if (r) {
    if (r.frag !== "any") flags |= 0x01;
    if (r.action.kind === "goto") flags |= 0x02;
  }
  if (r) {
    if (r.inIfaceInvert) inv |= 0x01;
    if (r.outIfaceInvert) inv |= 0x02;
    if (r.srcInvert) inv |= 0x08;
    if (r.dstInvert) inv |= 0x10;
    if (r.frag === "notfrag") inv |= 0x20;
    if (r.protoInvert) inv |= 0x40;
  }
  const hex2 = (n: number) => n.toString(16).toUpperCase().padStart(2, "0");
  let out = `Entry ${index} (${e.offset}):\n`;
  if (v6) {
    out += `SRC IP: ${address6(r?.src)}\nDST IP: ${address6(r?.dst)}\n`;
  } else {
    out += `SRC IP: ${ip(r?.src?.addr ?? 0)}/${ip(r?.src?.mask ?? 0)}\n`;
    out += `DST IP: ${ip(r?.dst?.addr ?? 0)}/${ip(r?.dst?.mask ?? 0)}\n`;
  }
  out += `Interface: ${ifaceText(r?.inIface)}to ${ifaceText(r?.outIface)}\n`;
  out += `Protocol: ${r?.proto ?? 0}\nFlags: ${hex2(flags)}\nInvflags: ${hex2(inv)}\n`;
  out += `Counters: ${e.counters.pkts} packets, ${e.counters.bytes} bytes\nCache: 00000000\n`;
  for (const m of r?.matches ?? []) out += `Match name: \`${kernelName(m.name)}'\n`;
  if (e.error !== undefined) return out + `Target name: \`ERROR' [${ERROR}]\nerror=\`${e.error}'\n\n`;
  if (r?.action.kind === "target") {
    const name = kernelName(r.action.target.name);
    return out + `Target name: \`${name}' [${targetSize(r, v6)}]\n\n`;
  }
  return out + `Target name: \`' [${STANDARD}]\nverdict=${e.verdict}\n\n`;
}

/** The text of libiptc's dump_entries for the table as it is now. */
export function legacyDump(t: Table, v6 = false): string {
  const { entries, hooks } = layout(t, v6);
  const size = entries.reduce((n, e) => n + e.size, 0);
  const hook = (i: 0 | 1) =>
    HOOKS.map((h) => ((BUILTIN_CHAINS[t.name] as string[]).includes(h) && hooks.has(h) ? hooks.get(h)![i].toString(16) : "ffffffff")).join("/");
  let out = `libiptc vlibxtables.so.12. ${size} bytes.\nTable \`${t.name}'\n`;
  out += `Hooks: pre/in/fwd/out/post = ${hook(0)}\nUnderflows: pre/in/fwd/out/post = ${hook(1)}\n`;
  entries.forEach((e, i) => (out += entryText(e, i, v6)));
  return out;
}

/**
 * Runs an iptables-legacy command; with -vv the dump of the table as read before the command
 * follows its output, failed or not (a failed libiptc call still dumps; errors found while
 * parsing happen before the table is read, and are not OpErrors).
 */
export function withLegacyDump(p: ParsedCommand, t: Table, run: () => string): string {
  if (p.verbose < 2) return run();
  const dump = legacyDump(t, ip6tablesRunning());
  try {
    return run() + dump;
  } catch (err) {
    if (!(err instanceof OpError)) throw err;
    // iptc_strerror matches its own wording by the last libiptc call, which is now the dump:
    // only the generic texts are left, the rest is strerror's
    err.message = GENERIC[err.message] ?? err.message;
    throw Object.assign(err, { stdout: ((err as { stdout?: string }).stdout ?? "") + dump });
  }
}

const E2BIG = "Argument list too long.";
const NO_NAME = "No chain/target/match by that name.";
const GENERIC: Record<string, string> = {
  "Chain already exists.": "File exists.",
  "Index of insertion too big.": E2BIG,
  "Index of replacement too big.": E2BIG,
  "Index of deletion too big.": E2BIG,
  "Index of counter too big.": E2BIG,
  "Bad rule (does a matching rule exist in that chain?).": NO_NAME,
  "Bad built-in chain name.": NO_NAME,
  "Bad policy name. Run `dmesg' for more information.": "Invalid argument. Run `dmesg' for more information.",
};
