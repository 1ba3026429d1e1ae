// The `ip6tables` command (also ip6tables-nft and ip6tables-legacy): the iptables parser and
// engine on the namespace's own IPv6 rule sets, with IPv6 addresses and names, the IPv6-only
// extensions (icmp6, …) and ip6tables' own help and errors. Rules are kept and listed; the
// emulated packet path is IPv4 only.
import { newRuleset } from "../netfilter/ruleset.js";
import type { AddrMask, Rule, Ruleset, Table } from "../netfilter/types.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import type { Namespace } from "../net/types.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import type { NameTables } from "./address.js";
import { badTable } from "./iptables.js";
import { executeCommand, isTableName } from "./execute.js";
import { IPTABLES_HELP } from "./help.js";
import { OpError, touchLegacy } from "./ops.js";
import { CMD } from "./options.js";
import { parseCommand, type ParsedCommand } from "./parse.js";
import { backendTag, formatError, namesOf, namespaceOf, type Program } from "./program.js";
import { ruleKey } from "./rule-text.js";
import { TARGET_HELP } from "../netfilter/extensions/target-util/help-texts.js";
import { ah6Match } from "../netfilter/extensions/ah6.js";
import { MATCH_HELP } from "./match-help.js";
import { prefixToMask6, isZeroIpv6 } from "../netfilter/ipv6.js";

const KEY = "ip6tables";

/** The namespace's IPv6 rule sets (kept beside the IPv4 ones, created on first use). */
export function ip6Ruleset(ns: Namespace, backend: "nft" | "legacy"): Ruleset {
  let sets = ns[KEY] as { nft: Ruleset; legacy: Ruleset } | undefined;
  if (!sets) ns[KEY] = sets = { nft: newRuleset(), legacy: newRuleset() };
  return sets[backend];
}

/** Whether ip6tables-legacy has tables (ip6tables-nft then warns when listing). */
export function ip6LegacyTablesPresent(ns: Namespace): boolean {
  const sets = ns[KEY] as { legacy: Ruleset } | undefined;
  return !!sets && Object.values(sets.legacy.tables).some((t) => t.exists);
}

/**
 * ip6tables-nft 1.8.9 never hands rule counters to the kernel (-c, iptables-restore -c's
 * [p:b]): IPv6 rules start at zero. Policy counters are kept.
 */
export function dropNftRuleCounters(ruleset: Ruleset): void {
  for (const t of Object.values(ruleset.tables)) {
    for (const c of Object.values(t.chains)) {
      for (const r of c.rules) if (r.counters.pkts || r.counters.bytes) r.counters = { pkts: 0n, bytes: 0n };
    }
  }
}

/** ip6tables -h: iptables' text with the IPv6 flags swapped and without -f. */
export function ip6tablesHelp(p: Program): string {
  return IPTABLES_HELP.replace("(nf_tables)", backendTag(p))
    .replace(/iptables/g, "ip6tables")
    .replace("--ipv4\t-4\t\tNothing (line is ignored by ip6tables-restore)", "--ipv4\t-4\t\tError (line is ignored by ip6tables-restore)")
    .replace("--ipv6\t-6\t\tError (line is ignored by ip6tables-restore)", "--ipv6\t-6\t\tNothing (line is ignored by iptables-restore)")
    .replace("[!] --fragment\t-f\t\tmatch second or further fragments only\n", "");
}

/** libip6t_REJECT's help: the ICMPv6 reply types. */
const REJECT_HELP_V6 =
  "REJECT target options:\n--reject-with type              drop input packet and send back\n                                a reply packet according to type:\nValid reject types:\n" +
  [
    ["icmp6-no-route", "ICMPv6 no route"], ["no-route", "alias"],
    ["icmp6-adm-prohibited", "ICMPv6 administratively prohibited"], ["adm-prohibited", "alias"],
    ["icmp6-addr-unreachable", "ICMPv6 address unreachable"], ["addr-unreach", "alias"],
    ["icmp6-port-unreachable", "ICMPv6 port unreachable"], ["port-unreach", "alias"],
    ["tcp-reset", "TCP RST packet"], ["tcp-reset", "alias"],
    ["icmp6-policy-fail", "ICMPv6 policy fail"], ["policy-fail", "alias"],
    ["icmp6-reject-route", "ICMPv6 reject route"], ["reject-route", "alias"],
  ].map(([name, what]) => `    ${name!.padEnd(25)}\t${what}\n`).join("") +
  "\n";

/** Extension header protocols a -p can never match in ip6tables (is_exthdr). */
const EXTENSION_HEADERS = new Set([43, 44, 51, 60]);

/** The -p argument as typed (lower-cased), for ip6tables' warning. */
function protocolArgument(argv: string[]): string {
  let found = "";
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-p" || a === "--protocol") found = argv[i + 1] ?? "";
    else if (a.startsWith("--protocol=")) found = a.slice("--protocol=".length);
  }
  return found.toLowerCase();
}

/** "Warning: never matched protocol: …" for -p on an IPv6 extension header. */
function protocolWarnings(argv: string[], parsed: ParsedCommand): string {
  const rule = parsed.rules[0];
  if (!rule || rule.protoInvert || !EXTENSION_HEADERS.has(rule.proto)) return "";
  return `Warning: never matched protocol: ${protocolArgument(argv)}. use extension match instead.\n`;
}

const ADDING: Record<number, string> = { [CMD.APPEND]: "RULE_APPEND", [CMD.INSERT]: "RULE_INSERT", [CMD.REPLACE]: "RULE_REPLACE" };

/** nf_tables refuses an inverted match on the zero-length prefix (`! -s ::/0`). */
function refusedByKernel(parsed: ParsedCommand): OpError | undefined {
  const op = ADDING[parsed.command];
  const inverted = (a: { mask: number } | undefined, invert: boolean) => invert && a !== undefined && a.mask === 0;
  if (!op || !parsed.rules.some((r) => inverted(r.src, r.srcInvert) || inverted(r.dst, r.dstInvert))) return undefined;
  const what = `rule in chain ${parsed.chain ?? ""}`;
  return new OpError(` ${op} failed (Invalid argument): ${what}`, 4, { op, errno: "Invalid argument", what });
}

/** An address as ip6tables-nft compares it: the (masked) address alone, :: meaning none. */
function withoutMask(a: AddrMask | undefined): AddrMask | undefined {
  if (!a?.v6 || isZeroIpv6(a.v6.addr)) return undefined;
  return { ...a, v6: { addr: a.v6.addr, mask: prefixToMask6(128) } };
}

function masklessKey(r: Rule): string {
  return ruleKey({ ...r, src: withoutMask(r.src), dst: withoutMask(r.dst) });
}

/**
 * ip6tables-nft finds the rule for -D and -C by comparing addresses without their masks
 * (nft_ipv6_is_same), so `-C INPUT -s 2001:db8::/64` finds `-s 2001:db8::/48`, and no -s
 * finds `-s ::/1`. The given rules take the masks of the stored rules they find, so the
 * exact comparison of the shared code agrees.
 */
function adoptStoredMasks(parsed: ParsedCommand, t: Table): void {
  const chain = parsed.chain !== undefined ? t.chains[parsed.chain] : undefined;
  if (!chain) return;
  const keys = chain.rules.map(masklessKey);
  const taken = new Set<number>();
  parsed.rules = parsed.rules.map((r) => {
    const key = masklessKey(r);
    const i = keys.findIndex((k, idx) => k === key && !taken.has(idx));
    if (i < 0) return r;
    taken.add(i);
    const stored = chain.rules[i]!;
    return { ...r, src: stored.src, dst: stored.dst, srcInvert: stored.srcInvert, dstInvert: stored.dstInvert };
  });
}

function parse(ctx: CommandContext, p: Program, names: NameTables, warnings: string[]): ParsedCommand {
  return parseCommand(ctx.argv, {
    versionName: p.name,
    backendTag: `1.8.9 ${backendTag(p)}`,
    restore: false,
    backend: p.backend,
    family: 6,
    names,
    helpText: ip6tablesHelp(p),
    warnings,
  });
}

function run(ctx: CommandContext, p: Program): CommandResult {
  const names = namesOf(ctx, 6);
  const early: string[] = [];
  let parsed: ParsedCommand;
  try {
    parsed = parse(ctx, p, names, early);
  } catch (err) {
    const failed = formatError(err, p);
    return { ...failed, stderr: early.map((w) => `${w}\n`).join("") + failed.stderr };
  }
  const warnings = parsed.warnings.map((w) => `${w}\n`).join("") + protocolWarnings(ctx.argv, parsed);
  if (parsed.exitText !== undefined) {
    const help = parsed.exitText.replace(TARGET_HELP.REJECT!, REJECT_HELP_V6).replace(MATCH_HELP.ah!, ah6Match.help!);
    return { stdout: help, stderr: warnings, rc: 0 };
  }
  if (!isTableName(parsed.table)) throw badTable(parsed.table, p);
  const ns = namespaceOf(ctx);
  if (!ns) throw new XtablesError("Could not open network namespace", { rc: 1, tryHelp: false });
  const ruleset = ip6Ruleset(ns, p.backend);
  const t = p.backend === "legacy" ? touchLegacy(ruleset, parsed.table) : ruleset.tables[parsed.table]!;
  let stdout: string;
  try {
    const refused = p.backend === "nft" ? refusedByKernel(parsed) : undefined;
    if (refused) throw refused;
    if (p.backend === "nft") for (const r of parsed.rules) r.counters = { pkts: 0n, bytes: 0n };
    if (p.backend === "nft" && (parsed.command === CMD.DELETE || parsed.command === CMD.CHECK)) adoptStoredMasks(parsed, t);
    stdout = executeCommand(parsed, t, { backend: p.backend, names });
  } catch (err) {
    const failed = formatError(err, p);
    const partial = (err as { stdout?: string }).stdout ?? "";
    return { ...failed, stdout: partial, stderr: warnings + failed.stderr };
  }
  let stderr = warnings;
  if (p.backend === "nft" && parsed.command & (CMD.LIST | CMD.LIST_RULES) && ip6LegacyTablesPresent(ns)) {
    stderr += "# Warning: ip6tables-legacy tables present, use ip6tables-legacy to see them\n";
  }
  return { stdout, stderr, rc: 0 };
}

export function runIp6tables(ctx: CommandContext, p: Program): CommandResult {
  try {
    return run(ctx, p);
  } catch (err) {
    return formatError(err, p);
  }
}
