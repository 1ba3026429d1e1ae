// Carries out a parsed iptables command on a rule set and returns what it prints on stdout.
import { chainIncompatible, incompatibleMessage, tableIncompatible } from "./nft-foreign.js";
import type { Chain, Rule, Table, TableName } from "../netfilter/types.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import type { NameTables } from "./address.js";
import { listChains, listRules, listTable } from "./listing.js";
import { builtinChains } from "./chain-order.js";
import { CMD, OPT } from "./options.js";
import { ENOENT, OpError, appendRules, checkRules, deleteRuleNum, deleteRules, findChain, findRules, insertRules, replaceRule, touch, type Backend } from "./ops.js";
import { chainsInOrder, deleteChains, flushChains, newChain, renameChain, setPolicy, zeroCounters } from "./chain-ops.js";
import type { ParsedCommand } from "./parse.js";
import { nftRoundTrip } from "./nft-normalize.js";
import { withNftDebug } from "./nft-debug.js";
import { noteSentForm } from "./nft-sent-form.js";
import { withLegacyDump } from "./legacy-dump.js";
import { verboseRuleLine } from "./rule-text.js";
import { chainPrintWarnings, printWarnings, tablePrintWarnings } from "../netfilter/extensions/util/print-warnings.js";

export interface ExecEnv {
  backend: Backend;
  names: NameTables;
  /** iptables-restore checks jump targets and kernel restrictions at COMMIT instead. */
  deferChecks?: boolean;
  /** Takes the stderr lines extensions print as their rules are printed (connlabel). */
  warn?(text: string): void;
}

const OP_NAMES: Record<number, string> = {
  [CMD.APPEND]: "RULE_APPEND",
  [CMD.INSERT]: "RULE_INSERT",
  [CMD.REPLACE]: "RULE_REPLACE",
};

/** Error for a jump or goto to a chain that is not a user chain of the table. */
export function jumpTargetError(t: Table, target: string, chain: string, command: number, backend: Backend, isGoto = false): Error | undefined {
  const op = OP_NAMES[command];
  // the standard QUEUE target (-j only; -g names a chain): the kernel refuses what iptables-nft
  // sends for it, even when a user chain was renamed QUEUE
  if (target === "QUEUE" && backend === "nft" && !isGoto) {
    if (!op) return new OpError("Bad rule (does a matching rule exist in that chain?).");
    return new OpError(` ${op} failed (No such file or directory): rule in chain ${chain}`, 4, { op, errno: "No such file or directory", what: `rule in chain ${chain}` });
  }
  // libiptc knows QUEUE as a standard verdict (the kernel queues to userspace)
  if (target === "QUEUE" && backend === "legacy" && !isGoto) return undefined;
  const c = findChain(t, target);
  if (c && !c.builtin) return undefined;
  if (backend === "legacy") {
    // libiptc takes the built-in chain as a jump target; the kernel then refuses the table
    // (-D and -C map the target too, before they look for the rule)
    if (c?.builtin) return new OpError("Invalid argument. Run `dmesg' for more information.", 1);
    if (!c && isGoto) return paramProblem(`goto '${target}' is not a chain`);
    return paramProblem(`Couldn't load target \`${target}':No such file or directory\n`);
  }
  if (c?.builtin) {
    if (!op) return new OpError("Bad rule (does a matching rule exist in that chain?).");
    // a base chain in the kernel (or created by this very batch) cannot be jumped to;
    // a lazy one is not found at all
    const errno = c.exists || target === chain ? "Operation not supported" : "No such file or directory";
    return new OpError(` ${op} failed (${errno}): rule in chain ${chain}`, 4, { op, errno, what: `rule in chain ${chain}` });
  }
  return paramProblem(`Chain '${target}' does not exist`);
}

function missingChainForListing(table: string, chain: string, backend: Backend): Error {
  if (backend === "legacy") return new OpError(ENOENT);
  return new XtablesError(`chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.`, { rc: 1, tryHelp: false });
}

function ruleCommand(p: ParsedCommand, t: Table, env: ExecEnv): string {
  const chain = p.chain!;
  let out = "";
  // an unknown jump target is found while parsing, before anything is echoed
  if (p.jumpChain !== undefined && !env.deferChecks) {
    const err = jumpTargetError(t, p.jumpChain, chain, p.command, env.backend, isGoto(p));
    if (err && !(err instanceof OpError)) throw err;
  }
  // nft keeps (echoes, and -C/-D compare) the rule as it reads back from the kernel; the
  // command carries the kept objects on, so iptables-restore can map a refused rule to its line
  if (env.backend === "nft") {
    for (let i = 0; i < p.rules.length; i++) {
      const given = p.rules[i]!;
      const kept = nftRoundTrip(given);
      // (nft list shows the expressions sent, iptables-restore's rules included)
      if (kept !== given) noteSentForm(kept, given);
      p.rules[i] = kept;
    }
  }
  const rules = p.rules;
  // nft's -D and -C echo the rule found in the kernel (it differs where the comparison
  // ignores option data: connlabel)
  const byLookup = p.command === CMD.DELETE || p.command === CMD.CHECK;
  const echoed = p.verbose && byLookup && env.backend === "nft" ? (findRules(t, chain, rules) ?? rules) : rules;
  if (p.verbose) for (const r of echoed) out += `${verboseRuleLine(r, env.names)}\n`;
  const warnings = p.verbose ? printWarnings(echoed) : "";
  try {
    applyRuleCommand(p, rules, t, env);
    if (warnings) env.warn?.(warnings);
  } catch (err) {
    // the echo is printed while the batch is built, before the kernel answers; -D and -C
    // look the rule up first and print nothing when it is missing (nft -I looks up its chain
    // and position too)
    const kernelAnswer = err instanceof OpError && err.nft;
    let lookup =
      p.command === CMD.DELETE ||
      p.command === CMD.CHECK ||
      (p.command === CMD.REPLACE && !kernelAnswer) ||
      (p.command === CMD.INSERT && env.backend === "nft" && !kernelAnswer);
    // (legacy -D, -C and -R echo before libiptc looks)
    if ((p.command === CMD.DELETE || p.command === CMD.CHECK || p.command === CMD.REPLACE) && env.backend === "legacy") lookup = false;
    if (!lookup && warnings) env.warn?.(warnings);
    // (nft -D and -C with several addresses echo each rule found before the missing one)
    const found = lookup && p.verbose && env.backend === "nft" && byLookup && !kernelAnswer ? echoFound(t, chain, rules, env) : "";
    throw Object.assign(err as Error, { stdout: lookup ? found : out });
  }
  return out;
}

/** The -v echoes of the leading rules that are in the chain. */
function echoFound(t: Table, chain: string, rules: Rule[], env: ExecEnv): string {
  let out = "";
  for (const r of rules) {
    const hit = findRules(t, chain, [r]);
    if (!hit) break;
    out += `${verboseRuleLine(hit[0]!, env.names)}\n`;
  }
  return out;
}

function applyRuleCommand(p: ParsedCommand, rules: Rule[], t: Table, env: ExecEnv): void {
  const chain = p.chain!;
  if (p.jumpChain !== undefined && !env.deferChecks) {
    const err = jumpTargetError(t, p.jumpChain, chain, p.command, env.backend, isGoto(p));
    // the kernel's answer about the target comes after iptables found the rule's own chain
    // and the position -I/-R name
    if (err && !(err instanceof OpError && targetCheckedLater(p, t, env.backend))) throw err;
  }
  switch (p.command) {
    case CMD.APPEND:
      appendRules(t, chain, rules, env.backend, !env.deferChecks);
      break;
    case CMD.INSERT:
      // each expanded rule is inserted at the same position, so they end up reversed
      insertRules(t, chain, p.rulenum ?? 1, [...rules].reverse(), env.backend, !env.deferChecks);
      break;
    case CMD.REPLACE:
      replaceRule(t, chain, p.rulenum!, rules[0]!, env.backend, !env.deferChecks);
      break;
    case CMD.DELETE:
    case CMD.CHECK:
      try {
        if (p.command === CMD.DELETE) deleteRules(t, chain, rules, env.backend, !env.deferChecks);
        else checkRules(t, chain, rules);
      } catch (err) {
        throw legacyLookupError(err, t, chain, rules, env.backend);
      }
      break;
  }
}

/** Whether the rule's chain is missing, or -I/-R name a position past its end (errors that come first). */
function targetCheckedLater(p: ParsedCommand, t: Table, backend: Backend): boolean {
  const c = findChain(t, p.chain!);
  if (!c) return true;
  if (p.command === CMD.INSERT) return (p.rulenum ?? 1) > c.rules.length + 1;
  // (-A and -I create a lazy nft base chain; -R needs it in the kernel)
  if (p.command === CMD.REPLACE) return (backend === "nft" && c.builtin && !c.exists) || p.rulenum! > c.rules.length;
  return false;
}

/**
 * libiptc's -D/-C of a missing rule in an existing chain: with a target extension or a jump
 * the stale errno is ENOENT ("No chain/target/match by that name."), not "Bad rule".
 */
function legacyLookupError(err: unknown, t: Table, chain: string, rules: Rule[], backend: Backend): unknown {
  if (backend !== "legacy" || !findChain(t, chain)) return err;
  const action = rules[0]?.action;
  // (QUEUE is one of libiptc's standard verdicts, not a jump)
  if (action?.kind === "jump" && action.chain === "QUEUE") return err;
  const kind = action?.kind;
  return kind === "target" || kind === "jump" || kind === "goto" ? new OpError(ENOENT) : err;
}

function isGoto(p: ParsedCommand): boolean {
  return p.rules[0]?.action.kind === "goto";
}

function listCommand(p: ParsedCommand, t: Table, env: ExecEnv): string {
  const chain = p.chain !== undefined ? findChain(t, p.chain) : undefined;
  if (p.chain !== undefined && !chain) throw missingChainForListing(t.name, p.chain, env.backend);
  // (nft put rules iptables-nft cannot read back in the chain, or in some chain of the table)
  if (env.backend === "nft" && (chain ? chainIncompatible(t, chain) : tableIncompatible(t))) {
    throw new XtablesError(incompatibleMessage(t.name, chain?.name), { rc: 1, tryHelp: false });
  }
  const warning = p.chain === undefined ? incompatibleWarning(t) : "";
  listedPrintWarnings(p, t, chain, env);
  if (p.command & CMD.LIST_RULES) return warning + listRules(t, chain, p.verbose > 0, p.rulenum);
  const format = {
    numeric: !!(p.options & OPT.NUMERIC),
    verbose: p.verbose > 0,
    exact: !!(p.options & OPT.EXPANDED),
    lineNumbers: !!(p.options & OPT.LINENUMBERS),
    names: env.names,
  };
  return warning + (chain ? listChains(t, [chain], format, p.rulenum) : listTable(t, format));
}

/** The print warnings of the rules -L or -S prints. */
function listedPrintWarnings(p: ParsedCommand, t: Table, chain: Chain | undefined, env: ExecEnv): void {
  if (!env.warn) return;
  let text: string;
  if (chain && p.rulenum !== undefined) {
    const rule = chain.rules[p.rulenum - 1];
    text = rule ? printWarnings([rule]) : "";
  } else {
    text = chain ? chainPrintWarnings([chain]) : tablePrintWarnings(t);
  }
  if (text) env.warn(text);
}

/** Printed before a whole-table listing when a base chain was renamed (nft). */
export function incompatibleWarning(t: Table): string {
  if (!t.foreignBaseChains?.length) return "";
  return `# Table \`${t.name}' contains incompatible base-chains, use 'nft' tool to list them.\n`;
}

function zeroCommand(p: ParsedCommand, t: Table, env: ExecEnv): string {
  const one = !!(p.command & CMD.ZERO_NUM);
  const listing = !!(p.command & (CMD.LIST | CMD.LIST_RULES));
  // nft: a listing fakes the lazy built-in chains, so -Z -L zeroes them all and fails when
  // the table is not in the kernel yet; a plain -Z only zeroes the chains the kernel has
  if (listing && !one && env.backend === "nft" && !t.exists && !env.deferChecks) {
    const names = p.chain !== undefined ? [p.chain] : chainsInOrder(t).map((c) => c.name);
    const what = `chain ${names[0] ?? ""}`;
    const err = new OpError(` CHAIN_ZERO failed (No such file or directory): ${what}`, 4, { op: "CHAIN_ZERO", errno: "No such file or directory", what });
    throw Object.assign(err, { stdout: p.verbose ? names.map((n) => `Zeroing chain \`${n}'\n`).join("") : "" });
  }
  // -Z CHAIN N with a listing: the listing's cache has the chain (faked if need be) and
  // iptables reports success whether or not rule N is there
  if (listing && one && env.backend === "nft" && !env.deferChecks && findChain(t, p.chain!)?.exists === false) return "";
  const onlyExisting = env.deferChecks || !listing;
  if (!onlyExisting && !one && env.backend === "nft" && t.exists) {
    // zeroing a faked built-in chain sends it to the kernel: it exists from now on
    for (const c of builtinChains(t)) if (p.chain === undefined || p.chain === c.name) touch(t, c);
  }
  const chains = zeroCounters(t, p.chain, one ? p.rulenum : undefined, env.backend, onlyExisting, p.verbose > 0);
  return p.verbose && !one ? chains.map((c) => `Zeroing chain \`${c.name}'\n`).join("") : "";
}

/** Runs the command on `t` (the table named by -t, already validated). */
export function executeCommand(p: ParsedCommand, t: Table, env: ExecEnv): string {
  const commits = env.backend === "legacy" && !env.deferChecks && changesTable(p, t);
  // (-vv: iptables-nft's netlink debug print around the output, and the handles it shows;
  // iptables-legacy's dump of the table blob after it)
  const run = () => runCommand(p, t, env);
  const out = env.backend === "nft" ? withNftDebug(p, t, run, env.deferChecks) : env.deferChecks ? run() : withLegacyDump(p, t, run);
  if (commits) legacyCommitCounters(t, p);
  return out;
}

/** Commands after which libiptc commits the table (-X without a user chain changes nothing). */
function changesTable(p: ParsedCommand, t: Table): boolean {
  if (p.command & (CMD.ZERO | CMD.ZERO_NUM)) return true;
  if (p.command & (CMD.LIST | CMD.LIST_RULES) || p.command === CMD.CHECK) return false;
  return p.command !== CMD.DELETE_CHAIN || p.chain !== undefined || Object.values(t.chains).some((c) => !c.builtin);
}

/**
 * libiptc's commit hands each built-in chain's policy counters back as "zeroed" (kernel value
 * minus the value it read), so every change of a legacy table resets them; -P with -c sets its own.
 */
function legacyCommitCounters(t: Table, p: ParsedCommand): void {
  for (const c of builtinChains(t)) c.policyCounters = { pkts: 0n, bytes: 0n };
  if (p.command === CMD.SET_POLICY && p.counters) {
    const c = findChain(t, p.chain!);
    if (c) c.policyCounters = { ...p.counters };
  }
}

function runCommand(p: ParsedCommand, t: Table, env: ExecEnv): string {
  const cmd = p.command;
  if (cmd & (CMD.LIST | CMD.LIST_RULES)) {
    let out = listCommand(p, t, env);
    if (cmd & (CMD.ZERO | CMD.ZERO_NUM)) {
      try {
        out += zeroCommand(p, t, env);
      } catch (err) {
        throw Object.assign(err as Error, { stdout: out + ((err as { stdout?: string }).stdout ?? "") });
      }
    }
    return out;
  }
  switch (cmd) {
    case CMD.APPEND:
    case CMD.INSERT:
    case CMD.REPLACE:
    case CMD.DELETE:
    case CMD.CHECK:
      return ruleCommand(p, t, env);
    case CMD.DELETE_NUM:
      deleteRuleNum(t, p.chain!, p.rulenum!, env.backend, !env.deferChecks);
      return "";
    case CMD.ZERO:
    case CMD.ZERO_NUM:
      return namedFirst(p, env, "Zeroing", () => zeroCommand(p, t, env));
    case CMD.FLUSH:
      return namedFirst(p, env, "Flushing", () => {
        const chains = flushChains(t, p.chain, p.verbose > 0 || env.backend !== "nft");
        return p.verbose ? chains.map((c) => `Flushing chain \`${c.name}'\n`).join("") : "";
      });
    case CMD.NEW_CHAIN:
      newChain(t, p.chain!);
      return "";
    case CMD.DELETE_CHAIN: {
      // -v names the chains before the kernel answers, so they print even on failure
      const named = p.chain !== undefined ? findChain(t, p.chain) : undefined;
      // (observed: no message for a built-in chain from nft; legacy names whatever it was given)
      const known = (named && !named.builtin) || env.backend === "legacy";
      const names = p.chain !== undefined ? (known ? [p.chain] : []) : chainsInOrder(t).filter((c) => !c.builtin).map((c) => c.name);
      const out = p.verbose ? names.map((n) => `Deleting chain \`${n}'\n`).join("") : "";
      try {
        deleteChains(t, p.chain, env.backend, p.verbose > 0);
      } catch (err) {
        throw Object.assign(err as Error, { stdout: out });
      }
      return out;
    }
    case CMD.RENAME_CHAIN:
      renameChain(t, p.chain!, p.newname!, env.backend);
      return "";
    case CMD.SET_POLICY:
      // -c is accepted with -P but ignored; nf_tables sends the base chain anew, which starts
      // its policy counters from zero
      setPolicy(t, p.chain!, p.policy!, env.backend === "nft" ? { pkts: 0n, bytes: 0n } : undefined, env.backend);
      return "";
  }
  return "";
}

/** iptables-legacy -v -F/-Z CHAIN names the chain before libiptc looks for it: a missing one too. */
function namedFirst(p: ParsedCommand, env: ExecEnv, verb: string, run: () => string): string {
  try {
    return run();
  } catch (err) {
    if (env.backend === "legacy" && p.verbose && p.chain !== undefined && p.command !== CMD.ZERO_NUM) {
      Object.assign(err as Error, { stdout: `${verb} chain \`${p.chain}'\n` });
    }
    throw err;
  }
}

export function isTableName(name: string): name is TableName {
  return name === "filter" || name === "nat" || name === "mangle" || name === "raw" || name === "security";
}
