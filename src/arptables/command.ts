// The arptables (arptables-nft) command: xtables_main for NFPROTO_ARP. Parses, applies the
// command to a copy of the namespace's table (a failure leaves it as it was) and prints what
// the real tool prints, errors included.
import type { CommandContext, CommandResult } from "../shell/types.js";
import type { NameTables } from "../iptables/address.js";
import { namesOf, namespaceOf } from "../iptables/program.js";
import { formatCount } from "../iptables/numbers.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import { AOPT, type ArpCommand, CMD, parseArpCommand } from "./parse.js";
import { listLine, saveLine } from "./rule-text.js";
import * as ops from "./ops.js";
import { type ArpChain, type ArpTable, arpTableOf, committed, listedChains, setArpTable } from "./types.js";

const OP_NAMES: Record<number, string> = { [CMD.APPEND]: "RULE_APPEND", [CMD.INSERT]: "RULE_INSERT", [CMD.REPLACE]: "RULE_REPLACE" };

/** Commands after which nft has the table (save shows it from then on). */
const WRITES = CMD.APPEND | CMD.INSERT | CMD.REPLACE | CMD.DELETE | CMD.DELETE_NUM | CMD.NEW_CHAIN | CMD.DELETE_CHAIN | CMD.RENAME_CHAIN | CMD.SET_POLICY | CMD.ZERO_NUM;

function header(chain: ArpChain, table: ArpTable, counters: boolean, exact: boolean): string {
  if (!chain.builtin) {
    const refs = table.chains.reduce((n, c) => n + c.rules.filter((r) => r.target === chain.name).length, 0);
    return `Chain ${chain.name} (${refs} references)\n`;
  }
  const numbers = counters ? ` ${formatCount(chain.pcnt, !exact, false)}packets, ${formatCount(chain.bcnt, !exact, false)}bytes` : "";
  return `Chain ${chain.name} (policy ${chain.policy}${numbers})\n`;
}

function chainOrIncompatible(table: ArpTable, name: string): ArpChain {
  const chain = ops.findChain(table, name);
  if (!chain) throw new XtablesError(`chain \`${name}' in table \`filter' is incompatible, use 'nft' tool.`, { rc: 1, tryHelp: false });
  return chain;
}

function list(p: ArpCommand, table: ArpTable, names: NameTables): string {
  const fmt = {
    numeric: !!(p.options & AOPT.NUMERIC),
    via: !!(p.options & AOPT.VERBOSE),
    counters: !!(p.options & AOPT.VERBOSE),
    exact: !!(p.options & AOPT.EXPANDED),
  };
  const numbered = !!(p.options & AOPT.LINENUMBERS);
  if (p.chain !== undefined && p.rulenum) {
    const rule = chainOrIncompatible(table, p.chain).rules[p.rulenum - 1];
    return rule ? listLine(rule, numbered ? p.rulenum : undefined, fmt, names) : "";
  }
  const chains = p.chain !== undefined ? [chainOrIncompatible(table, p.chain)] : listedChains(table);
  return chains
    .map((c) => header(c, table, fmt.counters, fmt.exact) + c.rules.map((r, i) => listLine(r, numbered ? i + 1 : undefined, fmt, names)).join(""))
    .join("\n");
}

function listRules(p: ArpCommand, table: ArpTable, names: NameTables): string {
  const counters = !!(p.options & AOPT.VERBOSE);
  const chains = p.chain !== undefined ? [chainOrIncompatible(table, p.chain)] : listedChains(table);
  if (p.chain !== undefined && p.rulenum) {
    const rule = chains[0]!.rules[p.rulenum - 1];
    return rule ? saveLine(p.chain, rule, names, false) : "";
  }
  let out = "";
  for (const c of chains) {
    if (!c.builtin) out += `-N ${c.name}\n`;
    else out += `-P ${c.name} ${c.policy}${counters ? ` -c ${c.pcnt} ${c.bcnt}` : ""}\n`;
  }
  for (const c of chains) for (const r of c.rules) out += saveLine(c.name, r, names, false);
  return out;
}

/** Carries out a parsed command on `table` (changed in place); returns its stdout. */
export function applyArpCommand(p: ArpCommand, table: ArpTable, names: NameTables): string {
  const verbose = !!(p.options & AOPT.VERBOSE);
  const chain = p.chain!;
  const op = OP_NAMES[p.command];
  const rules = p.rules;
  if (rules.length) ops.assertJumpTarget(table, p.jumpChain);
  let out = "";
  switch (p.command) {
    case CMD.APPEND:
      out = ops.appendRules(table, chain, rules, verbose, names);
      break;
    case CMD.INSERT:
      out = ops.insertRules(table, chain, p.rulenum, rules, verbose, names);
      break;
    case CMD.REPLACE:
      out = ops.replaceRule(table, chain, p.rulenum, rules[0]!, verbose, names);
      break;
    case CMD.DELETE:
      return ops.deleteRules(table, chain, rules, verbose, names);
    case CMD.CHECK:
      return ops.checkRules(table, chain, rules, verbose, names);
    case CMD.DELETE_NUM:
      ops.deleteRuleNum(table, chain, p.rulenum);
      return "";
    case CMD.FLUSH:
      return ops.flushChains(table, p.chain, verbose);
    case CMD.ZERO:
      return ops.zeroCounters(table, p.chain, verbose, false);
    case CMD.ZERO_NUM:
      ops.zeroRule(table, chain, p.rulenum, false);
      return "";
    case CMD.NEW_CHAIN:
      ops.newChain(table, chain);
      return "";
    case CMD.DELETE_CHAIN:
      return ops.deleteChains(table, p.chain, verbose);
    case CMD.RENAME_CHAIN:
      ops.renameChain(table, chain, p.newname!);
      return "";
    case CMD.SET_POLICY:
      ops.setPolicy(table, chain, p.policy!);
      return "";
    default: {
      // -L / -S, maybe with -Z
      let listing = p.command & CMD.LIST ? list(p, table, names) : listRules(p, table, names);
      try {
        if (p.command & CMD.ZERO) listing += ops.zeroCounters(table, p.chain, verbose, true);
      } catch (e) {
        if (e instanceof ops.ArpCommitError) throw Object.assign(e, { stdout: listing + ((e as { stdout?: string }).stdout ?? "") });
        throw e;
      }
      if (p.command & CMD.ZERO_NUM) ops.zeroRule(table, chain, p.rulenum, true);
      return listing;
    }
  }
  // the kernel checks the rules and then the whole table at commit; the echo was printed before
  try {
    for (const r of rules) ops.kernelChecks(table, r, p.jumpChain, op!, chain);
    ops.validate(table, op!, chain);
  } catch (e) {
    if (e instanceof ops.ArpCommitError) throw Object.assign(e, { stdout: out });
    throw e;
  }
  return out;
}

export interface ArpErrorStyle {
  /** "arptables" or "arptables-restore". */
  prog: string;
  /** Restore's line number ("Error occurred at line: N"). */
  line?: number;
}

/** How xtables_error prints (basic_exit_err), for arptables and arptables-restore. */
export function formatArpError(e: XtablesError, style: ArpErrorStyle): string {
  let text = e.bare ? `${e.message}\n` : `${style.prog} v1.8.9 (nf_tables): ${e.message}\n`;
  if (e.rc === 3) text += `Perhaps ${style.prog} or your kernel needs to be upgraded.\n`;
  if (e.tryHelp) {
    if (style.line !== undefined) text += `Error occurred at line: ${style.line}\n`;
    text += `Try \`${style.prog} -h' or '${style.prog} --help' for more information.\n`;
  }
  return text;
}

export function runArptables(ctx: CommandContext): CommandResult {
  const names = namesOf(ctx);
  const stderr: string[] = [];
  const done = (stdout: string, err: string, rc: number): CommandResult => ({ stdout, stderr: stderr.join("") + err, rc });
  let p: ArpCommand;
  try {
    p = parseArpCommand(ctx.argv, { names, restore: false, stderr });
  } catch (e) {
    if (e instanceof XtablesError) return done("", formatArpError(e, { prog: "arptables" }), e.rc);
    throw e;
  }
  if (p.exitText !== undefined) return done(p.exitText, "", 0);
  if (p.table !== "filter") return done("", formatArpError(new XtablesError(`table '${p.table}' does not exist`, { rc: 3 }), { prog: "arptables" }), 3);
  const ns = namespaceOf(ctx);
  if (!ns) return done("", "Could not open network namespace\n", 1);
  const table = structuredClone(arpTableOf(ns));
  try {
    const stdout = applyArpCommand(p, table, names);
    if (p.command & WRITES || (p.command & CMD.FLUSH && (p.chain !== undefined || p.verbose))) table.exists = true;
    setArpTable(ns, committed(table, ns));
    return done(stdout, "", 0);
  } catch (e) {
    const echoed = (e as { stdout?: string }).stdout ?? "";
    if (e instanceof XtablesError) return done("", formatArpError(e, { prog: "arptables" }), e.rc);
    if (e instanceof ops.ArpCommitError) return done(echoed, `arptables v1.8.9 (nf_tables): ${e.message}\n`, 4);
    if (e instanceof ops.ArpFailure) return done(echoed, `arptables: ${e.message}.${e.einval ? " Run `dmesg' for more information." : ""}\n`, 1);
    throw e;
  }
}
