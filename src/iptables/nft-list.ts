// nft (nftables 1.0.6), its listing commands only: `nft list ruleset|tables|table|chains|chain`
// over the tables iptables-nft and ip6tables-nft made. Rules print as nft decodes what
// iptables-nft stored: native expressions (addresses, interfaces, tcp/udp ports, mark, verdicts)
// and xt matches/targets shown through their translations, each with its counter. A listing
// that shows an xt expression warns that iptables-nft manages the table.
import type { CommandContext, CommandResult, StderrPart } from "../shell/types.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import { newTable } from "../netfilter/ruleset.js";
import type { Chain, Rule, Ruleset, Table } from "../netfilter/types.js";
import { protocolText } from "./address.js";
import { ip6Ruleset } from "./ip6tables.js";
import { chainCreationOrder, tableCreationOrder } from "./ops.js";
import { namespaceOf } from "./program.js";
import { addressMatch } from "./translate.js";
import { translateMatch } from "./translate-matches.js";
import { translateAction } from "./translate-targets.js";

const VERSION_TEXT = "nftables v1.0.6 (Lester Gooch #5)\n";
const TABLE_ORDER = ["filter", "nat", "mangle", "raw", "security"] as const;

interface FamilyTables {
  family: "ip" | "ip6";
  ruleset: Ruleset;
}

/** "type filter hook input priority filter;" for a base chain (nft names a priority only on hooks it is standard for). */
function chainType(table: string, chain: string): string {
  const type = table === "nat" ? "nat" : table === "mangle" && chain === "OUTPUT" ? "route" : "filter";
  const NAT: Record<string, string> = { PREROUTING: "dstnat", INPUT: "100", OUTPUT: "-100", POSTROUTING: "srcnat" };
  // (iptables-nft gives security chains NF_IP_PRI_SECURITY, 50, which nft prints as 150: not the named "security")
  const priority = table === "nat" ? NAT[chain] : table === "security" ? "150" : table === "mangle" || table === "raw" ? table : "filter";
  return `type ${type} hook ${chain.toLowerCase()} priority ${priority};`;
}

const TCP_FLAG_NAMES = ["fin", "syn", "rst", "psh", "ack", "urg"];

function flagNames(bits: number): string {
  return TCP_FLAG_NAMES.filter((_, i) => bits & (1 << i)).join(",");
}

/** One port compare as iptables-nft encodes it: ==/!=, <= (0:b; inverted >), or a range. */
function portCompare(proto: string, dir: string, range: [number, number], invert: boolean): string {
  const [lo, hi] = range;
  if (lo === 0 && hi === 0xffff) return "";
  if (lo === hi) return `${proto} ${dir} ${invert ? "!= " : ""}${lo}`;
  if (lo === 0) return `${proto} ${dir} ${invert ? ">" : "<="} ${hi}`;
  return `${proto} ${dir} ${invert ? "!= " : ""}${lo}-${hi}`;
}

interface PortMatch {
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
function nativeTcpUdp(proto: string, d: PortMatch): string | undefined {
  const parts: string[] = [];
  if (d.option) return undefined;
  if (d.flagMask) {
    const mask = flagNames(d.flagMask);
    if (!d.flagCmp && !d.invFlags) parts.push(`tcp flags ! ${mask}`);
    else parts.push(`tcp flags ${d.invFlags ? "!= " : ""}${flagNames(d.flagCmp ?? 0) || "0x0"} / ${mask}`);
  }
  for (const text of [portCompare(proto, "sport", d.spts, d.invSport), portCompare(proto, "dport", d.dpts, d.invDport)]) if (text) parts.push(text);
  return parts.length ? parts.join(" ") : undefined;
}

/** One rule as nft lists it, and whether it holds an xt (compat) expression. */
function ruleLine(rule: Rule, family: 4 | 6, table: string): { text: string; compat: boolean } {
  const ip = family === 6 ? "ip6" : "ip";
  const parts: string[] = [];
  let compat = false;
  const iface = (kw: string, name: string, inv: boolean) => `${kw} ${inv ? "!= " : ""}"${name.endsWith("+") ? `${name.slice(0, -1)}*` : name}"`;
  if (rule.inIface) parts.push(iface("iifname", rule.inIface, rule.inIfaceInvert));
  if (rule.outIface) parts.push(iface("oifname", rule.outIface, rule.outIfaceInvert));
  const name = rule.proto === 0 ? "" : (protocolText(rule.proto) ?? String(rule.proto));
  // the protocol compare is left out when a native tcp/udp compare right after it implies it
  // (an xt expression in between makes nft print it)
  let implied = false;
  let xtSeen = false;
  const matchTexts = rule.matches.map((m) => {
    if (m.name === "tcp" || m.name === "udp") {
      const native = nativeTcpUdp(m.name, m.data as PortMatch);
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
    // nft shows an xt match through its translation (a set-based one has none)
    const ext = findMatch(m.name);
    const x = ext && m.name !== "connlimit" ? translateMatch(m.name, ext.save(m.data), { proto: name, family, table, setIndex: 0 }) : undefined;
    // (nft drops the comment an xt comment match translates to, keeping its separator)
    if (x?.comment !== undefined) return "";
    return x?.text ?? `xt match ${m.name}`;
  });
  if (rule.proto !== 0 && !implied) parts.push(`meta l4proto ${rule.protoInvert ? "!= " : ""}${name}`);
  if (rule.src) parts.push(addressMatch(`${ip} saddr`, rule.src, rule.srcInvert, family));
  if (rule.dst) parts.push(addressMatch(`${ip} daddr`, rule.dst, rule.dstInvert, family));
  if (rule.frag !== "any") parts.push(`ip frag-off & 8191 ${rule.frag === "frag" ? "!=" : "=="} 0`);
  parts.push(...matchTexts);
  parts.push(`counter packets ${rule.counters.pkts} bytes ${rule.counters.bytes}`);
  const a = rule.action;
  if (a.kind === "target") {
    // TRACE is the one native target (meta nftrace)
    if (a.target.name !== "TRACE") compat = true;
    const save = findTarget(a.target.name)?.save(a.target.data) ?? "";
    const text = translateAction(rule, a.target.name, save, family);
    parts.push(text === undefined ? `xt target ${a.target.name}` : listedAction(text));
  } else {
    const text = translateAction(rule, "", "", family);
    if (text) parts.push(text);
  }
  return { text: parts.join(" "), compat };
}

/** The native meta mark compare: "meta mark & 0x000000ff == 0x00000001". */
function markText(d: { mark: number; mask: number; invert: boolean }): string {
  const hex = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, "0")}`;
  if (d.mask >>> 0 === 0xffffffff) return `meta mark ${d.invert ? "!= " : ""}${hex(d.mark)}`;
  return `meta mark & ${hex(d.mask)} ${d.invert ? "!=" : "=="} ${hex(d.mark)}`;
}

/** nft's own spelling of a translated target: NAT flags joined by commas, the trace flag under meta. */
function listedAction(text: string): string {
  const flags = /^((?:snat|dnat|masquerade|redirect)\b.*?)((?: (?:random|fully-random|persistent))+)$/.exec(text);
  if (flags) return `${flags[1]} ${flags[2]!.trim().split(" ").join(",")}`;
  return text.replace(/^nftrace set/, "meta nftrace set");
}

/**
 * The chains nft would list, in creation order: as ops noted it when commands made them all,
 * else (a restore made some) the table's key order.
 */
function existingChains(t: Table): Chain[] {
  const chains = Object.values(t.chains).filter((c) => !c.builtin || c.exists);
  if (chains.some((c) => chainCreationOrder(c) === undefined)) return chains;
  return chains.sort((a, b) => chainCreationOrder(a)! - chainCreationOrder(b)!);
}

interface Listing {
  text: string;
  compat: boolean;
}

function chainBlock(t: Table, c: Chain, family: 4 | 6, withRules: boolean): Listing {
  let text = `\tchain ${c.name} {\n`;
  let compat = false;
  if (c.builtin) text += `\t\t${chainType(t.name, c.name)} policy ${(c.policy ?? "ACCEPT").toLowerCase()};\n`;
  if (withRules) {
    for (const r of c.rules) {
      const line = ruleLine(r, family, t.name);
      compat ||= line.compat;
      text += `\t\t${line.text}\n`;
    }
  }
  return { text: `${text}\t}\n`, compat };
}

function tableBlock(t: Table, family: "ip" | "ip6", chains: Chain[], withRules: boolean, separator: string): Listing {
  const fam = family === "ip6" ? 6 : 4;
  const blocks = chains.map((c) => chainBlock(t, c, fam, withRules));
  return {
    text: `table ${family} ${t.name} {\n${blocks.map((b) => b.text).join(separator)}}\n`,
    compat: blocks.some((b) => b.compat),
  };
}

function warning(family: string, table: string): string {
  return `# Warning: table ${family} ${table} is managed by iptables-nft, do not touch!\n`;
}

/** The existing tables in the order commands made them (tables a restore made, unnoted, come last). */
function tablesOf(sets: FamilyTables[]): { family: "ip" | "ip6"; t: Table }[] {
  const out: { family: "ip" | "ip6"; t: Table }[] = [];
  for (const s of sets) for (const name of TABLE_ORDER) if (s.ruleset.tables[name]?.exists) out.push({ family: s.family, t: s.ruleset.tables[name]! });
  return out.sort((a, b) => (tableCreationOrder(a.t) ?? Infinity) - (tableCreationOrder(b.t) ?? Infinity) || 0);
}

/** "Error: No such file or directory" with nft's caret line under the missing object. */
function notFound(words: string[], index: number): CommandResult {
  const line = words.join(" ");
  const start = words.slice(0, index).join(" ").length + (index > 0 ? 1 : 0);
  return { stdout: "", stderr: `Error: No such file or directory\n${line}\n${" ".repeat(start)}${"^".repeat(words[index]!.length)}\n`, rc: 1 };
}

function list(words: string[], sets: FamilyTables[]): CommandResult {
  const what = words[1];
  const all = tablesOf(sets);
  const families = new Set(["ip", "ip6", "inet", "arp", "bridge", "netdev"]);
  if (what === "tables") return { stdout: all.map(({ family, t }) => `table ${family} ${t.name}\n`).join(""), stderr: "", rc: 0 };
  if (what === "ruleset" || what === "chains") {
    const rules = what === "ruleset";
    let stdout = "";
    // each table's warning is written just before its text (2>&1 shows it there)
    const stderrParts: StderrPart[] = [];
    for (const { family, t } of all) {
      const block = tableBlock(t, family, existingChains(t), rules, rules ? "\n" : "");
      if (block.compat) stderrParts.push({ at: Buffer.byteLength(stdout), text: warning(family, t.name) });
      stdout += block.text;
    }
    return { stdout, stderr: stderrParts.map((p) => p.text).join(""), rc: 0, stderrParts };
  }
  if (what === "table" || what === "chain") {
    let i = 2;
    const family = words[i] !== undefined && families.has(words[i]!) && words.length > (what === "table" ? 3 : 4) ? words[i++]! : "ip";
    const tableName = words[i];
    const chainName = what === "chain" ? words[i + 1] : undefined;
    if (tableName === undefined || (what === "chain" && chainName === undefined)) {
      return { stdout: "", stderr: "Error: syntax error, unexpected end of file\n", rc: 1 };
    }
    const found = all.find((x) => x.family === family && x.t.name === tableName);
    if (!found) return notFound(words, i);
    const t = found.t;
    const chains = what === "chain" ? existingChains(t).filter((c) => c.name === chainName) : existingChains(t);
    if (what === "chain" && chains.length === 0) return notFound(words, i + 1);
    const block = tableBlock(t, found.family, chains, true, "\n");
    const stderr = block.compat ? warning(found.family, t.name) : "";
    return { stdout: block.text, stderr, rc: 0, stderrParts: [{ at: 0, text: stderr }] };
  }
  return { stdout: "", stderr: `Error: syntax error, unexpected ${what === undefined ? "end of file" : `string`}\n`, rc: 1 };
}

export function runNft(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  if (args.includes("-v") || args.includes("--version")) return { stdout: VERSION_TEXT, stderr: "", rc: 0 };
  const words = args.filter((w) => !w.startsWith("-"));
  if (words.length === 0) return { stdout: "", stderr: "nft: no command specified\n", rc: 1 };
  if (words.length === 1 && words[0] === "list") return { stdout: "", stderr: "Error: syntax error, unexpected newline\nlist\n    ^\n", rc: 1 };
  const ns = namespaceOf(ctx);
  if (!ns) return { stdout: "", stderr: "Error: Could not process rule: No such file or directory\n", rc: 1 };
  if (words.length === 2 && words[0] === "flush" && words[1] === "ruleset") {
    // every table goes, iptables-nft's included
    for (const ruleset of [ns.netfilter.nft, ip6Ruleset(ns, "nft")]) {
      for (const name of TABLE_ORDER) if (ruleset.tables[name]) ruleset.tables[name] = newTable(name);
    }
    return { stdout: "", stderr: "", rc: 0 };
  }
  if (words[0] !== "list") {
    return { stdout: "", stderr: `nft: only 'nft list ...' is emulated (the rule set is changed with iptables here)\n`, rc: 1 };
  }
  return list(words, [
    { family: "ip", ruleset: ns.netfilter.nft },
    { family: "ip6", ruleset: ip6Ruleset(ns, "nft") },
  ]);
}
