// arptables-restore (arptables-nft-restore) 1.8.9: reads stdin only (it takes no options at
// all), needs no COMMIT (each "*filter" line commits what came before, the end commits the
// rest), flushes the table it enters and runs each rule line as an arptables command.
// "[p:b]" prefixes are read and dropped (there is no -c to use them).
import { inputLines, RestoreExit } from "../iptables/small-tables.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import { namesOf, namespaceOf } from "../iptables/program.js";
import { MAX_ARGC, ruleLineCounters, splitRestoreLineInto } from "../iptables/restore-words.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { applyArpCommand, formatArpError } from "./command.js";
import { ArpCommitError, ArpFailure, findChain } from "./ops.js";
import { parseArpCommand } from "./parse.js";
import { type ArpTable, arpTableOf, committed, freshArpTable, giveArpHandles, noteArpChainsMade, setArpTable } from "./types.js";

const PROG = "arptables-restore";

/** The changes since the last commit, on a copy of the table. */
interface Batch {
  copy: ArpTable;
  /** The first change nft refused while preparing (its line and nft_strerror text). */
  failed?: { line: number; message: string };
  /** Changes the kernel refuses at commit ("line N: RULE_APPEND failed ..."). */
  refused: string[];
  /** A parameter problem nft finds only while preparing the commit (a jump to a chain it lacks). */
  deferred?: XtablesError;
  /** What preparing the batch prints (-v echoes, listings): nothing if the program ends first. */
  stdout: string;
}

export function runArptablesRestore(ctx: CommandContext): CommandResult {
  const ns = namespaceOf(ctx);
  if (!ns) return { stdout: "", stderr: "Could not open network namespace\n", rc: 1 };
  const names = namesOf(ctx);
  const stderr: string[] = [];
  let stdout = "";
  let batch: Batch | undefined;
  let inTable = false;
  let lineNo = 0;
  const commit = (): boolean => {
    const b = batch;
    batch = undefined;
    if (!b) return true;
    stdout += b.stdout;
    // (nft_prepare goes through the changes in order: a deferred problem comes before any
    // failure, since a failure stops the batch; the kernel's refusals come last)
    if (b.deferred) throw b.deferred;
    if (b.failed) throw new RestoreExit(`${PROG}: line ${b.failed.line} failed: ${b.failed.message}.\n`, 1);
    if (b.refused.length) throw new RestoreExit(`${PROG} v1.8.9 (nf_tables): \n${b.refused.join("\n")}\n`, 4);
    setArpTable(ns, committed(b.copy, ns));
    return true;
  };
  const open = (): Batch => (batch ??= { copy: structuredClone(arpTableOf(ns)), refused: [], stdout: "" });
  try {
    for (const line of inputLines(ctx.stdin)) {
      lineNo++;
      if (line[0] === "\n" || line[0] === "#") continue;
      if (inTable && line.startsWith("COMMIT") && (line.length === 6 || line[6] === "\n")) {
        commit();
        inTable = false;
      } else if (line[0] === "*") {
        const name = line.slice(1).split(/[ \t\n]+/).find((w) => w !== "");
        if (name === undefined) throw paramProblem(`${PROG}: line ${lineNo} table name invalid`);
        if (name !== "filter") throw paramProblem(`${PROG}: line ${lineNo} table name '${name}' invalid`);
        // (a failed implicit commit is not reported; a kernel refusal ends the program)
        try {
          commit();
        } catch (e) {
          if (!(e instanceof RestoreExit) || e.rc !== 1) throw e;
        }
        // the table is flushed (deleted): chains, rules, policies and counters all go, and
        // only a chain or rule line makes it again
        batch = { copy: freshArpTable(), refused: [], stdout: "" };
        inTable = true;
      } else if (line[0] === ":" && inTable) {
        const [chain, policy] = line.slice(1).split(/[ \t\n]+/).filter((w) => w !== "");
        if (chain === undefined) throw paramProblem(`${PROG}: line ${lineNo} chain name invalid`);
        // (xtables_announce_chain first: a chain may be named like a target here)
        if (chain[0] === "-" || chain[0] === "!") throw paramProblem(`chain name not allowed to start with \`${chain[0]}'`);
        if (policy === undefined) throw paramProblem(`${PROG}: line ${lineNo} policy invalid`);
        const copy = open().copy;
        copy.exists = true;
        const existing = findChain(copy, chain);
        if (existing?.builtin) {
          if (policy === "ACCEPT" || policy === "DROP") {
            existing.policy = policy;
            existing.live = true;
            existing.policyInBatch = true;
          } else if (policy !== "-" && !batch!.failed) batch!.failed = { line: lineNo, message: "Bad policy name" };
        } else if (existing) existing.rules = [];
        else copy.chains.push({ name: chain, builtin: false, rules: [], pcnt: 0n, bcnt: 0n });
      } else if (inTable) {
        const { rest } = ruleLineCounters(line, lineNo);
        const argv = [PROG, "-t", "filter"];
        // (the line keeps its newline: an unclosed quote takes it from there)
        splitRestoreLineInto(rest, argv, argv.length, undefined, MAX_ARGC, false);
        const cmd = parseArpCommand(argv, { names, restore: true, stderr, prog: PROG });
        if (cmd.exitText !== undefined) {
          stdout += cmd.exitText;
          return { stdout, stderr: stderr.join(""), rc: 0 };
        }
        if (cmd.table !== "filter") throw new XtablesError(`table '${cmd.table}' does not exist`, { rc: 3 });
        const b = open();
        // (preparing stops at the first change nft cannot make)
        if (b.failed || b.deferred) continue;
        try {
          b.copy.exists = true;
          b.stdout += applyArpCommand(cmd, b.copy, names);
          // (the batch's rules take handles line by line)
          if (cmd.rules.length) {
            noteArpChainsMade(b.copy);
            giveArpHandles(b.copy);
          }
        } catch (e) {
          const echoed = (e as { stdout?: string }).stdout ?? "";
          if (e instanceof ArpFailure) b.failed = { line: lineNo, message: e.message };
          else if (e instanceof XtablesError) b.deferred = e;
          else if (e instanceof ArpCommitError) b.refused.push(`line ${lineNo}: ${e.message.trimStart()}`);
          else throw e;
          b.stdout += echoed;
        }
      } else throw new RestoreExit(`${PROG}: line ${lineNo} failed\n`, 1);
    }
    if (inTable) {
      try {
        commit();
      } catch (e) {
        if (e instanceof RestoreExit && e.rc === 1) throw new RestoreExit(`${PROG} v1.8.9 (nf_tables): ${PROG}: final implicit COMMIT failed\n`, 1);
        throw e;
      }
    }
    return { stdout, stderr: stderr.join(""), rc: 0 };
  } catch (e) {
    if (e instanceof RestoreExit) return { stdout, stderr: stderr.join("") + e.text, rc: e.rc };
    if (e instanceof XtablesError) return { stdout, stderr: stderr.join("") + formatArpError(e, { prog: PROG, line: lineNo }), rc: e.rc };
    throw e;
  }
}
