// The `iptables` command (also iptables-nft and iptables-legacy).
import type { CommandContext, CommandResult, StderrPart } from "../shell/types.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import { executeCommand, isTableName } from "./execute.js";
import { IPTABLES_HELP } from "./help.js";
import { touchLegacy } from "./ops.js";
import { CMD } from "./options.js";
import { parseCommand, type ParsedCommand } from "./parse.js";
import type { NameTables } from "./address.js";
import {
  backendTag,
  formatError,
  identify,
  legacyTablesPresent,
  namesOf,
  namespaceOf,
  rulesetOf,
  type Program,
} from "./program.js";
import { noteNamespacePeers, runIp6tables } from "./ip6tables.js";
import { asIp6tables } from "./nft-debug.js";
import { noteTableHandles } from "./nft-table-handles.js";
import { setListNames4 } from "../netfilter/extensions/util/numeric-ip.js";
import { renewAfterLegacyCommand } from "./rule-renew.js";
import { syncNamedTables } from "../net/named-tables.js";
import { forceAcctAfterCommand } from "./conntrack-acct.js";

function helpText(p: Program): string {
  let text = IPTABLES_HELP.replace("(nf_tables)", backendTag(p));
  if (p.family === 6) text = text.replace(/iptables/g, "ip6tables");
  return text;
}

export function badTable(name: string, p: Program): XtablesError {
  const what =
    p.backend === "legacy"
      ? `can't initialize ${p.name} table \`${name}': Table does not exist (do you need to insmod?)`
      : `table '${name}' does not exist`;
  return new XtablesError(`${what}\nPerhaps ${p.name} or your kernel needs to be upgraded.`, {
    rc: 3,
    tryHelp: false,
  });
}

export function runIptables(ctx: CommandContext): CommandResult {
  const p = identify(ctx.argv[0] ?? "iptables", "");
  const result = runProgram(ctx, p);
  // (nf_tables numbers the tables a command made: nft -a shows it)
  const ns = p.backend === "nft" ? namespaceOf(ctx) : undefined;
  if (ns) noteTableHandles(ns);
  return result;
}

function runProgram(ctx: CommandContext, p: Program): CommandResult {
  if (p.family === 6) return asIp6tables(() => runIp6tables(ctx, p));
  try {
    return run(ctx, p);
  } catch (err) {
    return formatError(err, p);
  }
}

function run(ctx: CommandContext, p: Program): CommandResult {
  const names = namesOf(ctx);
  setListNames4(names);
  const early: string[] = [];
  let parsed: ParsedCommand;
  try {
    parsed = parse(ctx, p, names, early);
  } catch (err) {
    const failed = formatError(err, p);
    return { ...failed, stderr: early.map((w) => `${w}\n`).join("") + failed.stderr };
  }
  return execute(ctx, p, names, parsed);
}

function parse(ctx: CommandContext, p: Program, names: NameTables, warnings: string[]): ParsedCommand {
  return parseCommand(ctx.argv, {
    versionName: p.name,
    backendTag: `1.8.9 ${backendTag(p)}`,
    restore: false,
    deferBuildProblem: true,
    backend: p.backend,
    family: p.family,
    names,
    helpText: helpText(p),
    warnings,
  });
}

function execute(ctx: CommandContext, p: Program, names: NameTables, parsed: ParsedCommand): CommandResult {
  const warnings = parsed.warnings.map((w) => `${w}\n`).join("");
  if (parsed.exitText !== undefined) {
    return { stdout: parsed.exitText, stderr: warnings, rc: 0 };
  }
  if (!isTableName(parsed.table)) {
    // (an extension's load warning came first)
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
  const ruleset = rulesetOf(ns, p);
  const t = p.backend === "legacy" ? touchLegacy(ruleset, parsed.table) : ruleset.tables[parsed.table]!;
  noteNamespacePeers(ns);
  // the listing warns before it looks up the chain, so the warning precedes its errors
  let stderr = warnings;
  if (p.backend === "nft" && parsed.command & (CMD.LIST | CMD.LIST_RULES) && legacyTablesPresent(ns)) {
    stderr += "# Warning: iptables-legacy tables present, use iptables-legacy to see them\n";
  }
  // (written before any output: with 2>&1 they lead even a long listing; see Command.bufferedStdout)
  const atStart = stderr;
  let stdout: string;
  try {
    stdout = executeCommand(parsed, t, { backend: p.backend, names, warn: (text) => (stderr += text) });
    if (p.backend === "legacy") renewAfterLegacyCommand(parsed.command, t);
    syncNamedTables(ns);
  } catch (err) {
    forceAcctAfterCommand(ctx.world, ctx.netns, parsed.command, parsed.rules, err);
    const failed = formatError(err, p);
    const partial = (err as { stdout?: string }).stdout ?? "";
    return { ...failed, stdout: partial, stderr: stderr + failed.stderr, stderrParts: startThenEnd(atStart, partial, stderr.slice(atStart.length) + failed.stderr) };
  }
  forceAcctAfterCommand(ctx.world, ctx.netns, parsed.command, parsed.rules);
  return { stdout, stderr, rc: 0, stderrParts: startThenEnd(atStart, stdout, stderr.slice(atStart.length)) };
}

/** Warnings written before the output, the rest (print warnings, errors) after it. */
export function startThenEnd(atStart: string, stdout: string, atEnd: string): StderrPart[] {
  return [
    { at: 0, text: atStart },
    { at: Buffer.byteLength(stdout), text: atEnd },
  ];
}
