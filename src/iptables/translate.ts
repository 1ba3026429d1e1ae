// iptables-translate / ip6tables-translate: print the nft command for an iptables command
// line without touching any rule set (xtables-translate). Rules are parsed exactly as iptables
// parses them, so option errors read the same; the translation is built from the parsed rule.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { Rule } from "../netfilter/types.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import { protocolText, saveAddress, type NameTables } from "./address.js";
import { CMD } from "./options.js";
import { parseCommand, type ParseEnv } from "./parse.js";
import { IPTABLES_HELP } from "./help.js";
import { ip6tablesHelp } from "./ip6-help.js";
import { protocolWarningBeforeError, protocolWarnings } from "./ip6-nft-quirks.js";
import { formatError, namesOf, VERSION, type Program } from "./program.js";
import { translateMatch } from "./translate-matches.js";
import { translateAction } from "./translate-targets.js";

const NOT_IMPLEMENTED: CommandResult = { stdout: "nft ", stderr: "Translation not implemented\n", rc: 1 };

/** iptables' (or ip6tables') help with the tool's name in the title and usage lines. */
export function helpText(name: string, family: 4 | 6): string {
  const base = family === 6 ? ip6tablesHelp({ name: "ip6tables", backend: "nft", family }) : IPTABLES_HELP;
  return base.replace(/^(Usage: |       )?ip6?tables(?= )/gm, (_m, lead: string | undefined) => `${lead ?? ""}${name}`);
}

/** "ip saddr 10.0.0.0/8", "ip saddr 10.0.0.1", or a non-contiguous mask as "& MASK == ADDR". */
export function addressMatch(kw: string, a: NonNullable<Rule["src"]>, inv: boolean, family: 4 | 6): string {
  const text = saveAddress(a);
  const slash = text.lastIndexOf("/");
  const suffix = text.slice(slash + 1);
  if (suffix.includes(".") || suffix.includes(":")) return `${kw} & ${suffix} ${inv ? "!=" : "=="} ${text.slice(0, slash)}`;
  const host = suffix === (family === 6 ? "128" : "32");
  return `${kw} ${inv ? "!= " : ""}${host ? text.slice(0, slash) : text}`;
}

/** The nft rule text after "add rule ip TABLE CHAIN ", or undefined when untranslatable. */
function ruleText(rule: Rule, family: 4 | 6, table: string, sets: string[], warnings: string[], setBase: number, names?: NameTables): string | undefined {
  const ip = family === 6 ? "ip6" : "ip";
  const parts: string[] = [];
  // a literal "*" is escaped, the iptables wildcard "+" becomes nft's "*"
  const iface = (kw: string, name: string, inv: boolean) => {
    const literal = name.replaceAll("*", "\\*");
    return `${kw} ${inv ? "!= " : ""}"${literal.endsWith("+") ? `${literal.slice(0, -1)}*` : literal}"`;
  };
  // a bare "+" matches every name: nft leaves it out, and its negation becomes a name no device has
  const anyIface = (kw: string, inv: boolean) => (inv ? parts.push(`${kw} "INVAL/D"`) : 0);
  if (rule.inIface === "+") anyIface("iifname", rule.inIfaceInvert);
  else if (rule.inIface) parts.push(iface("iifname", rule.inIface, rule.inIfaceInvert));
  if (rule.outIface === "+") anyIface("oifname", rule.outIfaceInvert);
  else if (rule.outIface) parts.push(iface("oifname", rule.outIface, rule.outIfaceInvert));
  if (rule.frag !== "any") parts.push(`ip frag-off & 0x1fff ${rule.frag === "frag" ? "!= " : ""}0`);
  const name = rule.proto === 0 ? "" : (protocolText(rule.proto) ?? String(rule.proto));
  // nft calls the mobility header by its own name
  const proto = name === "ipv6-mh" ? "mobility-header" : name;
  // "ip protocol tcp" is implied by a match of the protocol's own name (tcp, udp, icmp)
  if (rule.proto !== 0 && !rule.matches.some((m) => m.name === proto)) {
    parts.push(family === 6 ? `meta l4proto ${rule.protoInvert ? "!= " : ""}${proto}` : `ip protocol ${rule.protoInvert ? "!= " : ""}${proto}`);
  }
  if (rule.src) parts.push(addressMatch(`${ip} saddr`, rule.src, rule.srcInvert, family));
  if (rule.dst) parts.push(addressMatch(`${ip} daddr`, rule.dst, rule.dstInvert, family));
  let comment: string | undefined;
  // xt_xlate_add puts a space between two matches unless the second starts with one (time's
  // " meta hour"); after the rule's own fields (which end in a space) that space doubles
  let afterMatch = false;
  for (const m of rule.matches) {
    const ext = findMatch(m.name);
    const x = ext ? translateMatch(m.name, ext.save(m.data), { proto, family, table, setIndex: setBase + sets.length, data: m.data }) : undefined;
    if (!x) return undefined;
    if (x.comment !== undefined) comment = x.comment;
    else if (x.text) {
      // (a text ending in a space, "ct status " of an empty status list, takes no extra one)
      parts.push((afterMatch && x.text.startsWith(" ") ? x.text.slice(1) : x.text).trimEnd());
      afterMatch = true;
    }
    if (x.set) sets.push(x.set);
    if (x.warning) warnings.push(x.warning);
  }
  parts.push("counter");
  const a = rule.action;
  const target = a.kind === "target" ? a.target : undefined;
  const text = translateAction(rule, target?.name ?? "", target ? (findTarget(target.name)?.save(target.data) ?? "") : "", family, names);
  if (text === undefined) return undefined;
  if (text) parts.push(leavesTrailingSpace(target?.name, text) ? `${text} ` : text);
  if (comment !== undefined) parts.push(`comment ${quotedComment(comment)}`);
  // (xt_xlate_get trims the end, so the space shows only before a comment)
  return parts.join(" ").trimEnd();
}

/**
 * How many source addresses the rules were made for (they come source by source). A list of
 * literal addresses counts each entry, repeats too; names may stand for several addresses,
 * so then the distinct addresses are counted.
 */
function sourceCount(argv: string[], rules: Rule[]): number {
  const distinct = new Set(rules.map((r) => (r.src ? saveAddress(r.src) : ""))).size;
  let value: string | undefined;
  argv.forEach((w, i) => {
    if (w === "-s" || w === "--source" || w === "--src") value = argv[i + 1];
    else if (/^-s./.test(w)) value = w.slice(2);
    else if (/^--(source|src)=/.test(w)) value = w.slice(w.indexOf("=") + 1);
  });
  const items = value?.split(",") ?? [];
  const literal = items.length > 0 && items.every((a) => /^[0-9a-fA-F.:/[\]]+$/.test(a));
  return literal && rules.length % items.length === 0 ? items.length : distinct;
}

/** The long options of the command's extensions that read an argument (a "!" there is that argument). */
function argumentOptions(argv: string[]): Set<string> {
  const names = new Set<string>();
  argv.forEach((w, i) => {
    const next = argv[i + 1];
    if (next === undefined) return;
    const ext = /^(-j|--jump)$/.test(w) ? findTarget(next) : /^(-m|--match|-p|--protocol)$/.test(w) ? findMatch(next.toLowerCase()) : undefined;
    for (const o of ext?.options ?? []) if (o.args > 0) names.add(`--${o.name}`);
  });
  return names;
}

/**
 * libxt_comment quotes the comment into a 256-byte buffer (NFT_USERDATA_MAXLEN): a comment of
 * 254 bytes or more loses its end and the closing quote.
 */
function quotedComment(comment: string): string {
  const quoted = `"${comment}"`;
  const bytes = new TextEncoder().encode(quoted);
  return bytes.length <= 255 ? quoted : new TextDecoder().decode(bytes.slice(0, 255));
}

/** Targets whose xlate writes a space after their last word (MARK, NFLOG, SYNPROXY, NFQUEUE unless it ends in "bypass"). */
function leavesTrailingSpace(target: string | undefined, text: string): boolean {
  if (target === "NFQUEUE") return !text.endsWith(" bypass");
  return target === "MARK" || target === "NFLOG" || target === "SYNPROXY";
}

/**
 * The translated rules of one -A/-I, one per source/destination address pair. On the command
 * line each line is quoted and starts with "nft "; iptables-restore-translate prints them bare.
 * An untranslatable rule is echoed as a comment.
 */
export function translateRules(argv: string[], verb: string, family: 4 | 6, table: string, chain: string, rules: Rule[], warnings: string[], restore?: { sets: number }, names?: NameTables): string {
  const sets: string[] = [];
  // libxt_connlimit numbers its sets with a counter that lives as long as the process
  // (the sets each rule declared: xtables-translate prints them just before that rule)
  const setsOf: string[][] = [];
  const texts = rules.map((r) => {
    const before = sets.length;
    const text = ruleText(r, family, table, sets, warnings, restore?.sets ?? 0, names);
    setsOf.push(sets.slice(before));
    return text;
  });
  if (restore) restore.sets += sets.length;
  const nft = restore ? "" : "nft ";
  const tick = restore ? "" : "'";
  // the parser blanked each "!" it read (do_parse sets optarg[0] = 0) and lowercased the
  // protocol in place, so the echo shows them so; "nft " comes once per source address
  if (texts.some((t) => t === undefined)) {
    // (libxt_TCPOPTSTRIP's strtok cuts its argument at the first comma the same way)
    const takesArgument = argumentOptions(argv);
    const strip = rules.some((r) => r.action.kind === "target" && r.action.target.name === "TCPOPTSTRIP");
    const words = argv.slice(1).map((w, i, all) => {
      const previous = all[i - 1] ?? "";
      if (w === "!" && !takesArgument.has(previous)) return "";
      if (/^(-p|--proto|--protocol)$/.test(previous)) return w.toLowerCase();
      const isStrip = (opt: string) => strip && opt.length > 2 && "--strip-options".startsWith(opt);
      if (isStrip(previous)) return w.split(",")[0]!;
      const eq = w.indexOf("=");
      if (eq > 0 && isStrip(w.slice(0, eq))) return w.split(",")[0]!;
      return w;
    });
    return `${nft.repeat(Math.max(1, sourceCount(argv, rules)))}# ${words.join(" ")} \n`;
  }
  // xtables-translate prints "nft " once per source address, then one quoted rule per line
  const perSource = rules.length / Math.max(1, sourceCount(argv, rules));
  const ip = family === 6 ? "ip6" : "ip";
  let out = "";
  texts.forEach((t, i) => {
    if (i % perSource === 0) out += nft;
    // one "add set" line holds every set of the rule; "nft " is printed again for the rule
    const ruleSets = setsOf[i]!;
    if (ruleSets.length) {
      const line = [ruleSets[0], ...ruleSets.slice(1).map((set) => set.replace(/^add set \S+ \S+ /, ""))].join(" ");
      out += `${tick}${line}${tick}\n${nft}`;
    }
    out += `${tick}${verb} rule ${ip} ${table} ${chain} ${t}${tick}\n`;
  });
  return out;
}

export function runIptablesTranslate(ctx: CommandContext): CommandResult {
  const base = (ctx.argv[0] ?? "iptables-translate").split("/").pop()!;
  const family = base.startsWith("ip6") ? 6 : 4;
  const name = family === 6 ? "ip6tables-translate" : "iptables-translate";
  const p: Program = { name, backend: "nft", family };
  // the parser's warnings, also those printed before an option error
  const parseWarnings: string[] = [];
  const printed = () => parseWarnings.filter((w) => !/^Warning: Extension \S+ revision/.test(w)).map((w) => `${w}\n`).join("");
  const names = namesOf(ctx, family);
  const env = (warnings: string[]): ParseEnv => ({
    warnings,
    versionName: name,
    backendTag: `${VERSION} (nf_tables)`,
    restore: false,
    // the checks iptables-nft makes while building the nft rule (tcp/udp need -p) never run:
    // xtables-translate only parses, as iptables-legacy's parser does
    backend: "legacy",
    xtablesOptions: true,
    family,
    names,
    helpText: helpText(name, family),
  });
  try {
    const parsed = parseCommand(ctx.argv, env(parseWarnings));
    // xtables-translate never asks the kernel for revisions: no missing-module warnings
    const warnings = printed();
    if (parsed.exitText !== undefined) return { stdout: parsed.exitText, stderr: warnings, rc: 0 };
    // ip6tables' warning for -p on an extension header comes from its parser
    const xlateWarnings: string[] = family === 6 ? [protocolWarnings(ctx.argv, parsed).replace(/\n$/, "")].filter(Boolean) : [];
    // ip6tables-translate 1.8.9 dies of a segmentation fault translating a rate-matching hashlimit
    const rateMatch = (r: Rule) => r.matches.some((m) => m.name === "hashlimit" && (m.data as { rateMatch?: boolean }).rateMatch);
    if (family === 6 && (parsed.command === CMD.APPEND || parsed.command === CMD.INSERT) && parsed.rules.some(rateMatch)) {
      return { stdout: "", stderr: warnings, rc: 139 };
    }
    const ip = family === 6 ? "ip6" : "ip";
    const t = parsed.table;
    const c = parsed.chain;
    let stdout: string;
    switch (parsed.command) {
      case CMD.APPEND:
        stdout = translateRules(ctx.argv, "add", family, t, c!, parsed.rules, xlateWarnings, undefined, names);
        break;
      case CMD.INSERT:
        stdout = translateRules(ctx.argv, "insert", family, t, c!, parsed.rules, xlateWarnings, undefined, names);
        break;
      case CMD.NEW_CHAIN:
        stdout = `nft add chain ${ip} ${t} ${c}\n`;
        break;
      case CMD.DELETE_CHAIN:
        stdout = `nft delete chain ${ip} ${t} ${c ?? "(null)"}\n`;
        break;
      case CMD.FLUSH:
        stdout = c === undefined ? `nft flush table ${ip} ${t}\n` : `nft flush chain ${ip} ${t} ${c}\n`;
        break;
      default:
        // -L with -Z (or -Z N) too: the listing is all that gets translated
        if (parsed.command & CMD.LIST) {
          stdout = `nft list table ${ip} ${t}\n`;
          break;
        }
        return { ...NOT_IMPLEMENTED, stderr: warnings + NOT_IMPLEMENTED.stderr };
    }
    return { stdout, stderr: warnings + xlateWarnings.map((w) => `${w}\n`).join(""), rc: 0 };
  } catch (err) {
    if (err instanceof XtablesError || err instanceof Error) {
      const failed = formatError(err, p);
      const early = family === 6 ? protocolWarningBeforeError(ctx.argv, (argv) => parseCommand(argv, env([]))) : "";
      return { ...failed, stderr: printed() + early + failed.stderr };
    }
    throw err;
  }
}
