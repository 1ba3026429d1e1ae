// How nft (nftables 1.0.6) lists the tables iptables-nft and ip6tables-nft made (the command
// itself is nft-command.ts). Rules print as nft decodes what iptables-nft stored: native
// expressions (addresses, interfaces, tcp/udp ports, mark, verdicts) and xt matches/targets
// shown through their translations, each with its counter. A listing that shows an xt
// expression warns that iptables-nft manages the table.
import { findMatch, findTarget } from "../netfilter/registry.js";
import { portToService } from "../netfilter/names.js";
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { protocolText } from "./address.js";
import { listingHandles } from "./nft-handles.js";
import { sentForm } from "./nft-sent-form.js";
import { nativeRuleText, priorityText } from "./nft-native.js";
import { foreignSpec, listedForeignChains } from "./nft-foreign.js";
import { chainCreationOrder } from "./ops.js";
import { addressMatch } from "./translate.js";
import { translateMatch } from "./translate-matches.js";
import { translateAction } from "./translate-targets.js";

/** nft's list formatting options (-a, -s, -y, -p, -S; -n is -y and -p). */
export interface ListFormat {
  handles?: boolean;
  stateless?: boolean;
  numericPriority?: boolean;
  numericProto?: boolean;
  /** -n: symbolic constants nft prints as numbers (a ct state as its bit, 0x8 for new). */
  numericSymbols?: boolean;
  services?: boolean;
  /** -t: sets without their elements. */
  terse?: boolean;
  /** -N: an IPv4 host address's name in /etc/hosts (nft leaves IPv6 ones as they are). */
  hostName?: (addr: number) => string | undefined;
  /** -j: JSON (nft-json.ts). */
  json?: boolean;
  /**
   * The family each xt target module was first looked up for in this nft run: libxtables
   * registers only that family's half of a module holding both, so the other family's
   * targets from it are "not found" (they print as nothing, with a complaint on stderr).
   */
  xtFamilies?: Map<string, 4 | 6>;
}

/**
 * xt match modules with IPv4 and IPv6 revisions of their own: the other family's lookup warns
 * (the match still prints, through its revision for both).
 */
const TWO_FAMILY_MATCHES = new Set(["owner", "tos"]);

/** xt target modules (libxt_*.so) that hold separate IPv4 and IPv6 targets. */
const TWO_FAMILY_MODULES: Record<string, string> = {
  DNAT: "NAT", SNAT: "NAT", MASQUERADE: "NAT", REDIRECT: "NAT",
  TEE: "TEE", TPROXY: "TPROXY", TCPMSS: "TCPMSS", HMARK: "HMARK", DSCP: "DSCP",
};

const PRIORITY_NUMBERS: Record<string, string> = { filter: "0", dstnat: "-100", srcnat: "100", mangle: "-150", raw: "-300" };

/** "type filter hook input priority filter;" for a base chain (nft names a priority only on hooks it is standard for). */
function chainType(table: string, chain: string, fmt: ListFormat): string {
  const type = table === "nat" ? "nat" : table === "mangle" && chain === "OUTPUT" ? "route" : "filter";
  const NAT: Record<string, string> = { PREROUTING: "dstnat", INPUT: "100", OUTPUT: "-100", POSTROUTING: "srcnat" };
  // (iptables-nft gives security chains NF_IP_PRI_SECURITY, 50, which nft prints as 150: not the named "security")
  const named = table === "nat" ? NAT[chain]! : table === "security" ? "150" : table === "mangle" || table === "raw" ? table : "filter";
  const priority = fmt.numericPriority ? (PRIORITY_NUMBERS[named] ?? named) : named;
  return `type ${type} hook ${chain.toLowerCase()} priority ${priority};`;
}

/** A port as nft prints it: with -S the name getnameinfo finds (a TCP service), quoted. */
function portText(port: number, fmt: ListFormat): string {
  const name = fmt.services ? portToService(port, "tcp") : undefined;
  return name === undefined ? String(port) : `"${name}"`;
}

const TCP_FLAG_NAMES = ["fin", "syn", "rst", "psh", "ack", "urg"];

function flagNames(bits: number): string {
  return TCP_FLAG_NAMES.filter((_, i) => bits & (1 << i)).join(",");
}

/** One port compare as iptables-nft encodes it: ==/!=, <= (0:b; inverted >), or a range. */
function portCompare(proto: string, dir: string, range: [number, number], invert: boolean, fmt: ListFormat): string {
  const [lo, hi] = range;
  if (lo === 0 && hi === 0xffff) return "";
  if (lo === hi) return `${proto} ${dir} ${invert ? "!= " : ""}${portText(lo, fmt)}`;
  if (lo === 0) return `${proto} ${dir} ${invert ? ">" : "<="} ${portText(hi, fmt)}`;
  return `${proto} ${dir} ${invert ? "!= " : ""}${lo}-${hi}`;
}

/** What nft needs of a tcp or udp match's data (tcp.ts, udp.ts). */
export interface PortMatch {
  spts: [number, number];
  dpts: [number, number];
  invSport: boolean;
  invDport: boolean;
  flagMask?: number;
  flagCmp?: number;
  invFlags?: boolean;
  option?: number;
}

/** A tcp/udp match iptables-nft encodes natively (flags, then ports), or undefined (kept as xt). */
function nativeTcpUdp(proto: string, d: PortMatch, fmt: ListFormat): string | undefined {
  const parts: string[] = [];
  if (d.option) return undefined;
  if (d.flagMask) {
    const mask = flagNames(d.flagMask);
    if (!d.flagCmp && !d.invFlags) parts.push(`tcp flags ! ${mask}`);
    else parts.push(`tcp flags ${d.invFlags ? "!= " : ""}${flagNames(d.flagCmp ?? 0) || "0x0"} / ${mask}`);
  }
  for (const text of [portCompare(proto, "sport", d.spts, d.invSport, fmt), portCompare(proto, "dport", d.dpts, d.invDport, fmt)]) if (text) parts.push(text);
  return parts.length ? parts.join(" ") : undefined;
}

/** One rule as nft lists it, and whether it holds an xt (compat) expression. */
/** One rule as nft lists it, whether it holds an xt expression, and what nft warns while printing it (at offsets into the text). */
function ruleLine(stored: Rule, family: 4 | 6, table: string, fmt: ListFormat): { text: string; compat: boolean; notes: { at: number; text: string }[] } {
  // (a rule nft itself added lists as written)
  const written = nativeRuleText(stored, fmt);
  if (written !== undefined) return { text: written, compat: false, notes: [] };
  // (nft shows the expressions sent: "! --dport 0:80" reads back as 81:65535 but is "> 80")
  const rule = { ...sentForm(stored), counters: stored.counters, action: stored.action };
  const ip = family === 6 ? "ip6" : "ip";
  const parts: string[] = [];
  let compat = false;
  // ("! -i +" is stored as a compare with the impossible name "INVAL/D")
  const iface = (kw: string, name: string, inv: boolean) =>
    name === "+" && inv ? `${kw} "INVAL/D"` : `${kw} ${inv ? "!= " : ""}"${name.endsWith("+") ? `${name.slice(0, -1)}*` : name}"`;
  if (rule.inIface) parts.push(iface("iifname", rule.inIface, rule.inIfaceInvert));
  if (rule.outIface) parts.push(iface("oifname", rule.outIface, rule.outIfaceInvert));
  const name = rule.proto === 0 ? "" : (protocolText(rule.proto) ?? String(rule.proto));
  // the protocol compare is left out when a native tcp/udp compare right after it implies it
  // (an xt expression in between makes nft print it)
  let implied = false;
  let xtSeen = false;
  const matchNotes: string[][] = rule.matches.map(() => []);
  const matchTexts = rule.matches.map((m, i) => {
    if (m.name === "tcp" || m.name === "udp") {
      const native = nativeTcpUdp(m.name, m.data as PortMatch, fmt);
      if (native !== undefined) {
        if (m.name === name && !xtSeen) implied = true;
        return native;
      }
    } else if (m.name === "mark") return markText(m.data as { mark: number; mask: number; invert: boolean });
    else if (m.name === "limit") {
      const ext = findMatch(m.name);
      const x = ext ? translateMatch(m.name, ext.save(m.data), { proto: name, family, table, setIndex: 0 }) : undefined;
      // the native limit's default burst goes unsaid
      if (x?.text) return x.text.replace(/ burst 5 packets$/, "");
    }
    compat = true;
    xtSeen = true;
    if (TWO_FAMILY_MATCHES.has(m.name)) {
      const loadedFor = fmt.xtFamilies?.get(`match ${m.name}`);
      if (loadedFor !== undefined && loadedFor !== family) matchNotes[i]!.push(`Warning: Extension ${m.name} is not supported, missing kernel module?\n`);
      else fmt.xtFamilies?.set(`match ${m.name}`, family);
    }
    // (ebtables' pkttype match, listed later in this run, is then found as this one: ebtables/nft-list.ts)
    if (m.name === "pkttype" && !fmt.xtFamilies?.has("ebt pkttype")) fmt.xtFamilies?.set("match pkttype", family);
    // nft shows an xt match through its translation (a set-based one has none)
    const ext = findMatch(m.name);
    const x = ext && m.name !== "connlimit" ? translateMatch(m.name, ext.save(m.data), { proto: name, family, table, setIndex: 0 }) : undefined;
    if (x?.warning) matchNotes[i]!.push(`${x.warning}\n`);
    // (nft drops the comment an xt comment match translates to, keeping its separator)
    if (x?.comment !== undefined) return "";
    return x?.text ?? `xt match ${m.name}`;
  });
  if (rule.proto !== 0 && !implied) parts.push(`meta l4proto ${rule.protoInvert ? "!= " : ""}${fmt.numericProto ? rule.proto : name}`);
  const address = (kw: string, a: NonNullable<Rule["src"]>, inv: boolean) => {
    const name = family === 4 && !a.v6 && a.mask >>> 0 === 0xffffffff ? fmt.hostName?.(a.addr) : undefined;
    return name === undefined ? addressMatch(`${ip} ${kw}`, a, inv, family) : `${ip} ${kw} ${inv ? "!= " : ""}${name}`;
  };
  if (rule.src) parts.push(address("saddr", rule.src, rule.srcInvert));
  if (rule.dst) parts.push(address("daddr", rule.dst, rule.dstInvert));
  if (rule.frag !== "any") parts.push(`ip frag-off & 8191 ${rule.frag === "frag" ? "!=" : "=="} 0`);
  const notes: { at: number; text: string }[] = [];
  // (each is written as its match is printed, after the text before it)
  matchNotes.forEach((texts, i) => {
    if (texts.length === 0) return;
    const before = [...parts, ...matchTexts.slice(0, i)];
    const at = before.length ? Buffer.byteLength(before.join(" ")) + 1 : 0;
    for (const text of texts) notes.push({ at, text });
  });
  parts.push(...matchTexts);
  parts.push(fmt.stateless ? "counter" : `counter packets ${rule.counters.pkts} bytes ${rule.counters.bytes}`);
  const a = rule.action;
  if (a.kind === "target") {
    // TRACE (meta nftrace) and NFLOG (a log expression) are native; other targets are xt
    if (a.target.name !== "TRACE" && a.target.name !== "NFLOG") compat = true;
    const module = TWO_FAMILY_MODULES[a.target.name];
    const loadedFor = module === undefined ? undefined : fmt.xtFamilies?.get(module);
    if (loadedFor !== undefined && loadedFor !== family) {
      parts.push("");
      const text = parts.join(" ");
      return { text, compat, notes: [...notes, { at: Buffer.byteLength(text), text: `XT target ${a.target.name} not found\n` }] };
    }
    if (module !== undefined) fmt.xtFamilies?.set(module, family);
    const save = findTarget(a.target.name)?.save(a.target.data) ?? "";
    const text = translateAction(rule, a.target.name, save, family);
    parts.push(text === undefined ? `xt target ${a.target.name}` : listedAction(text));
  } else {
    const text = translateAction(rule, "", "", family);
    if (text) parts.push(text);
  }
  return { text: parts.join(" "), compat, notes };
}

/** The native meta mark compare: "meta mark & 0x000000ff == 0x00000001". */
function markText(d: { mark: number; mask: number; invert: boolean }): string {
  const hex = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, "0")}`;
  if (d.mask >>> 0 === 0xffffffff) return `meta mark ${d.invert ? "!= " : ""}${hex(d.mark)}`;
  return `meta mark & ${hex(d.mask)} ${d.invert ? "!=" : "=="} ${hex(d.mark)}`;
}

/**
 * nft's own spelling of a translated target: NAT flags joined by commas, the trace flag under
 * meta, a log statement's group before its snaplen and queue-threshold (the translation puts it last).
 */
function listedAction(text: string): string {
  const log = /^log( prefix ".*?")?((?: snaplen \d+)?(?: queue-threshold \d+)?) (group \d+)$/.exec(text);
  if (log) return `log${log[1] ?? ""} ${log[3]}${log[2]}`;
  const flags = /^((?:snat|dnat|masquerade|redirect)\b.*?)((?: (?:random|fully-random|persistent))+)$/.exec(text);
  if (flags) return `${flags[1]} ${flags[2]!.trim().split(" ").join(",")}`;
  return text.replace(/^nftrace set/, "meta nftrace set");
}

/**
 * The chains nft would list, in creation order: as ops noted it when commands made them all,
 * else (a restore made some) in the order of their handles, which the kernel gives as it creates.
 */
export function existingChains(t: Table): Chain[] {
  const chains = Object.values(t.chains).filter((c) => !c.builtin || c.exists);
  // (base chains nft made under names of its own)
  if (t.foreignBaseChains) chains.push(...listedForeignChains(t));
  if (chains.some((c) => chainCreationOrder(c) === undefined)) {
    const handles = listingHandles(t);
    return chains.sort((a, b) => (handles.chain(a.name) ?? 0) - (handles.chain(b.name) ?? 0));
  }
  return chains.sort((a, b) => chainCreationOrder(a)! - chainCreationOrder(b)!);
}

export interface Listing {
  text: string;
  compat: boolean;
  /** Complaints nft writes to stderr while printing, at byte offsets into `text`. */
  errors: { at: number; text: string }[];
}

const handleNote = (n: number | undefined) => (n === undefined ? "" : ` # handle ${n}`);

type Handles = ReturnType<typeof listingHandles> | undefined;

function chainBlock(t: Table, c: Chain, family: 4 | 6, withRules: boolean, fmt: ListFormat, handles: Handles): Listing {
  let text = `\tchain ${c.name} {${handleNote(handles?.chain(c.name))}\n`;
  let compat = false;
  const errors: Listing["errors"] = [];
  const foreign = foreignSpec(c);
  if (foreign) text += `\t\ttype ${foreign.type} hook ${foreign.hook} priority ${priorityText(foreign.prio, foreign.hook, fmt.numericPriority)}; policy ${(c.policy ?? "ACCEPT").toLowerCase()};\n`;
  else if (c.builtin) text += `\t\t${chainType(t.name, c.name, fmt)} policy ${(c.policy ?? "ACCEPT").toLowerCase()};\n`;
  if (withRules) {
    for (const r of c.rules) {
      const line = ruleLine(r, family, t.name, fmt);
      compat ||= line.compat;
      // (measured only when there is something to place: a big chain would pay per rule)
      if (line.notes.length) {
        const at = Buffer.byteLength(`${text}\t\t`);
        for (const n of line.notes) errors.push({ at: at + n.at, text: n.text });
      }
      text += `\t\t${line.text}${handleNote(handles?.rule(r))}\n`;
    }
  }
  return { text: `${text}\t}\n`, compat, errors };
}

/** A table with the chains given; `handle` is the table's own (shown by list ruleset and list table). */
export function tableBlock(t: Table, family: "ip" | "ip6", chains: Chain[], withRules: boolean, separator: string, fmt: ListFormat, handle?: number, sets: string[] = []): Listing {
  const fam = family === "ip6" ? 6 : 4;
  // (numbered once for the table: numbering walks all of it)
  const handles = fmt.handles ? listingHandles(t) : undefined;
  // (named sets nft made in the table come first)
  const blocks = [...sets.map((text) => ({ text, compat: false, errors: [] })), ...chains.map((c) => chainBlock(t, c, fam, withRules, fmt, handles))];
  let text = `table ${family} ${t.name} {${handleNote(handle)}\n`;
  const errors: Listing["errors"] = [];
  blocks.forEach((b, i) => {
    if (i > 0) text += separator;
    if (b.errors.length) {
      const at = Buffer.byteLength(text);
      for (const e of b.errors) errors.push({ at: at + e.at, text: e.text });
    }
    text += b.text;
  });
  return { text: `${text}}\n`, compat: blocks.some((b) => b.compat), errors };
}

export function warning(family: string, table: string): string {
  return `# Warning: table ${family} ${table} is managed by iptables-nft, do not touch!\n`;
}
