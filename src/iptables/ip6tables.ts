// The `ip6tables` command (also ip6tables-nft and ip6tables-legacy): the iptables parser and
// engine on the namespace's own IPv6 rule sets, with IPv6 addresses and names, the IPv6-only
// extensions (icmp6, …) and ip6tables' own help and errors. Rules are kept and listed; the
// emulated packet path is IPv4 only.
import { ZERO_COUNTERS, newRuleset } from "../netfilter/ruleset.js";
import type { Ruleset } from "../netfilter/types.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import type { Namespace } from "../net/types.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import type { NameTables } from "./address.js";
import { badTable, startThenEnd } from "./iptables.js";
import { executeCommand, isTableName } from "./execute.js";
import { touchLegacy } from "./ops.js";
import { CMD } from "./options.js";
import { parseCommand, type ParsedCommand } from "./parse.js";
import { notePeerRulesets } from "../netfilter/extensions/util/table-peers.js";
import { setListNames6 } from "../netfilter/extensions/util/hostmask6.js";
import { setPrintBackend } from "../netfilter/extensions/util/print-backend.js";
import { backendTag, formatError, namesOf, namespaceOf, type Program } from "./program.js";
import { ip6ExtensionHelp, ip6tablesHelp } from "./ip6-help.js";
import { adoptStoredMasks, protocolWarningBeforeError as warningBeforeError, protocolWarnings, refusedByKernel } from "./ip6-nft-quirks.js";
import { withArgv } from "../shell/context.js";
import { renewAfterLegacyCommand } from "./rule-renew.js";
import { syncNamedTables } from "../net/named-tables.js";
import { forceAcctAfterCommand } from "./conntrack-acct.js";

/** ip6tables-restore drops rule counters the same way (see ip6-nft-quirks.ts). */
export { dropNftRuleCounters } from "./ip6-nft-quirks.js";

const KEY = "ip6tables";

/** The namespace's IPv6 rule sets (kept beside the IPv4 ones, created on first use). */
export function ip6Ruleset(ns: Namespace, backend: "nft" | "legacy"): Ruleset {
  let sets = ns[KEY] as { nft: Ruleset; legacy: Ruleset } | undefined;
  if (!sets) ns[KEY] = sets = { nft: newRuleset(), legacy: newRuleset() };
  return sets[backend];
}

/** The namespace's IPv6 rule set if an ip6tables command has made one (nothing is created). */
export function ip6RulesetIfMade(ns: Namespace, backend: "nft" | "legacy"): Ruleset | undefined {
  return (ns[KEY] as { nft: Ruleset; legacy: Ruleset } | undefined)?.[backend];
}

/** Tells the extensions which rule sets share the namespace's kernel objects (table-peers.ts). */
export function noteNamespacePeers(ns: Namespace): void {
  const v6 = ns[KEY] as { nft: Ruleset; legacy: Ruleset } | undefined;
  notePeerRulesets([[ns.netfilter.nft, ns.netfilter.legacy], ...(v6 ? [[v6.nft, v6.legacy]] : [])]);
}

/** Whether ip6tables-legacy has tables (ip6tables-nft then warns when listing). */
export function ip6LegacyTablesPresent(ns: Namespace): boolean {
  const sets = ns[KEY] as { legacy: Ruleset } | undefined;
  return !!sets && Object.values(sets.legacy.tables).some((t) => t.exists);
}

function parse(ctx: CommandContext, p: Program, names: NameTables, warnings: string[]): ParsedCommand {
  return parseCommand(ctx.argv, {
    versionName: p.name,
    backendTag: `1.8.9 ${backendTag(p)}`,
    restore: false,
    deferBuildProblem: true,
    backend: p.backend,
    family: 6,
    names,
    helpText: ip6tablesHelp(p),
    warnings,
  });
}

/**
 * ip6tables warns about -p on an extension header as it reads the option, so the warning also
 * precedes an error in a later option: it is due when the command line up to that -p parses.
 */
function protocolWarningBeforeError(ctx: CommandContext, p: Program, names: NameTables): string {
  return warningBeforeError(ctx.argv, (argv) => parse(withArgv(ctx, argv), p, names, []));
}

function run(ctx: CommandContext, p: Program): CommandResult {
  const names = namesOf(ctx, 6);
  setListNames6(names.ipv6);
  setPrintBackend(p.backend);
  const early: string[] = [];
  let parsed: ParsedCommand;
  try {
    parsed = parse(ctx, p, names, early);
  } catch (err) {
    const failed = formatError(err, p);
    const before = early.map((w) => `${w}\n`).join("") + protocolWarningBeforeError(ctx, p, names);
    return { ...failed, stderr: before + failed.stderr };
  }
  const warnings = parsed.warnings.map((w) => `${w}\n`).join("") + protocolWarnings(ctx.argv, parsed);
  if (parsed.exitText !== undefined) {
    return { stdout: ip6ExtensionHelp(parsed.exitText), stderr: warnings, rc: 0 };
  }
  if (!isTableName(parsed.table)) {
    const failed = formatError(badTable(parsed.table, p), p);
    return { ...failed, stderr: warnings + failed.stderr };
  }
  if (parsed.buildProblem) {
    // (iptables-nft builds the rule only once the table name has passed)
    const failed = formatError(parsed.buildProblem, p);
    return { ...failed, stderr: warnings + failed.stderr };
  }
  const ns = namespaceOf(ctx);
  if (!ns) throw new XtablesError("Could not open network namespace", { rc: 1, tryHelp: false });
  const ruleset = ip6Ruleset(ns, p.backend);
  const t = p.backend === "legacy" ? touchLegacy(ruleset, parsed.table) : ruleset.tables[parsed.table]!;
  noteNamespacePeers(ns);
  // the listing warns before it looks up the chain, so the warning precedes its errors too
  let stderr = warnings;
  if (p.backend === "nft" && parsed.command & (CMD.LIST | CMD.LIST_RULES) && ip6LegacyTablesPresent(ns)) {
    stderr += "# Warning: ip6tables-legacy tables present, use ip6tables-legacy to see them\n";
  }
  let stdout: string;
  let printed = "";
  try {
    const refused = p.backend === "nft" ? refusedByKernel(parsed) : undefined;
    if (refused) throw refused;
    if (p.backend === "nft") for (const r of parsed.rules) r.counters = ZERO_COUNTERS;
    if (p.backend === "nft" && (parsed.command === CMD.DELETE || parsed.command === CMD.CHECK)) adoptStoredMasks(parsed, t);
    stdout = executeCommand(parsed, t, { backend: p.backend, names, warn: (text) => (printed += text) });
    if (p.backend === "legacy") renewAfterLegacyCommand(parsed.command, t);
    syncNamedTables(ns);
  } catch (err) {
    forceAcctAfterCommand(ctx.world, ctx.netns, parsed.command, parsed.rules, err);
    const failed = formatError(err, p);
    const partial = (err as { stdout?: string }).stdout ?? "";
    return { ...failed, stdout: partial, stderr: stderr + printed + failed.stderr, stderrParts: startThenEnd(stderr, partial, printed + failed.stderr) };
  }
  forceAcctAfterCommand(ctx.world, ctx.netns, parsed.command, parsed.rules);
  return { stdout, stderr: stderr + printed, rc: 0, stderrParts: startThenEnd(stderr, stdout, printed) };
}

export function runIp6tables(ctx: CommandContext, p: Program): CommandResult {
  try {
    return run(ctx, p);
  } catch (err) {
    return formatError(err, p);
  }
}
