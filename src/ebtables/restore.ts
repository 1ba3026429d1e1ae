// ebtables-restore (ebtables-nft-restore) 1.8.9: reads stdin only (file arguments are
// ignored), has no COMMIT requirement (each "*table" line commits the table before it, the end
// commits the last one), flushes a table it enters unless --noflush, and runs each rule line
// as an ebtables command. "[p:b]" prefixes are read but not used; "-c p b" in the rule is.
import { inputLines, RestoreExit } from "../iptables/small-tables.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import { Getopt, type LongOption } from "../iptables/getopt.js";
import { namespaceOf } from "../iptables/program.js";
import { MAX_ARGC, ruleLineCounters, splitRestoreLineInto } from "../iptables/restore-words.js";
import { XtablesError } from "../netfilter/xtables-error.js";
import { EbCommitError, EbFailure, applyEbCommand } from "./command.js";
import { parseEbCommand } from "./parse.js";
import { newToolTableHandle } from "../iptables/nft-table-handles.js";
import { type EbTable, type EbTableName, ebStateOf, freshTable, isEbTableName, giveEbHandles, listedChains, restoredTable } from "./types.js";

const PREFIX = "ebtables-restore v1.8.9 (nf_tables): ";
const USAGE = "Usage: ebtables-restore [ --verbose ] [ --noflush ]\n";
const LONGS: LongOption<string>[] = [
  { name: "noflush", hasArg: 0, val: "n" },
  { name: "verbose", hasArg: 0, val: "v" },
];

function parameterProblem(message: string, line: number): RestoreExit {
  return new RestoreExit(
    `${PREFIX}${message}\nError occurred at line: ${line}\nTry \`ebtables-restore -h' or 'ebtables-restore --help' for more information.\n`,
    2,
  );
}

function xtablesExit(e: XtablesError, line: number): RestoreExit {
  if (e.rc === 2) return parameterProblem(e.message, line);
  return new RestoreExit(`${PREFIX}${e.message}\n`, e.rc);
}

/** The changes since the last commit, made on a copy of one table. */
interface Batch {
  table: EbTableName;
  copy: EbTable;
  /** What nft_strerror says about a change that failed (the commit then fails), and its line. */
  failed?: string;
  failedLine?: number;
  /** Changes the kernel refuses at commit, each "line N: RULE_APPEND failed ..." (all are reported). */
  refused: string[];
}

export function runEbtablesRestore(ctx: CommandContext): CommandResult {
  const g = new Getopt<string>(ctx.argv, { n: 0, v: 0 });
  let noflush = false;
  let verbose = false;
  for (;;) {
    const r = g.next(LONGS);
    if (r.kind === "end") break;
    if (r.kind === "nonoption") continue;
    if (r.kind !== "option") return { stdout: "", stderr: `${ctx.argv[0]}: ${g.failure}\n${USAGE}`, rc: 1 };
    if (r.val === "n") noflush = true;
    else verbose = true;
  }
  const ns = namespaceOf(ctx);
  if (!ns) return { stdout: "", stderr: "Could not open network namespace\n", rc: 1 };
  const state = ebStateOf(ns);
  let stdout = "";
  // errno as the C program finds it: left at ENOENT by its start until a commit clears it
  let errno: string | undefined = "No chain/target/match by that name";
  let batch: Batch | undefined;
  let table: EbTableName | undefined;
  /** The line of the change a failed commit reports (nft keeps it per batch entry). */
  let failedLine: number | undefined;

  const commit = (): boolean => {
    const b = batch;
    batch = undefined;
    if (!b) {
      errno = undefined;
      return true;
    }
    if (b.refused.length) throw new RestoreExit(`${PREFIX}\n${b.refused.join("\n")}\n`, 4);
    if (b.failed) {
      // the failed changes stay queued: every later commit fails with them
      batch = { ...b, refused: [] };
      errno = b.failed;
      failedLine = b.failedLine;
      return false;
    }
    state[b.table] = restoredTable(b.copy, () => newToolTableHandle(ns, "bridge", b.table));
    giveEbHandles(state[b.table]);
    errno = undefined;
    return true;
  };
  const openBatch = (name: EbTableName): Batch => (batch ??= { table: name, copy: structuredClone(state[name]), refused: [] });

  let lineNo = 0;
  try {
    for (const line of inputLines(ctx.stdin)) {
      lineNo++;
      if (line[0] === "\n") continue;
      if (line[0] === "#") {
        if (verbose) stdout += line;
        continue;
      }
      if (table && line.startsWith("COMMIT") && (line.length === 6 || line[6] === "\n")) {
        table = undefined;
        if (!commit()) throw new RestoreExit(`ebtables-restore: line ${failedLine ?? lineNo} failed${errno ? `: ${errno}.` : ""}\n`, 1);
      } else if (line[0] === "*") {
        const name = line.slice(1).split(/[ \t\n]+/).find((w) => w !== "");
        if (name === undefined) throw parameterProblem(`ebtables-restore: line ${lineNo} table name invalid`, lineNo);
        if (!isEbTableName(name)) throw parameterProblem(`ebtables-restore: line ${lineNo} table name '${name}' invalid`, lineNo);
        commit(); // (a failed implicit commit is not reported)
        table = name;
        if (!noflush) {
          if (verbose && state[name].exists) for (const c of listedChains(state[name])) stdout += `Flushing chain \`${c.name}'\n`;
          if (batch?.failed) batch = { ...batch, table: name };
          else batch = { table: name, copy: { ...freshTable(name), exists: true }, refused: [] };
        }
      } else if (line[0] === ":" && table) {
        const [chain, policy] = line.slice(1).split(/[ \t\n]+/).filter((w) => w !== "");
        if (chain === undefined) throw parameterProblem(`ebtables-restore: line ${lineNo} chain name invalid`, lineNo);
        if (policy === undefined) throw parameterProblem(`ebtables-restore: line ${lineNo} policy invalid`, lineNo);
        const copy = openBatch(table).copy;
        const existing = copy.chains.find((c) => c.name === chain);
        if (existing?.builtin) {
          if (policy === "ACCEPT" || policy === "DROP") existing.policy = policy;
          else if (!batch!.failed) {
            batch!.failed = "Invalid argument";
            batch!.failedLine = lineNo;
          }
        } else if (existing) {
          // (a user chain's line makes the chain afresh: --noflush or not, its rules go)
          existing.policy = policy;
          existing.rules = [];
          existing.policyHandle = undefined;
        }
        else copy.chains.push({ name: chain, builtin: false, policy, rules: [] });
      } else if (table) {
        const { rest } = ruleLineCounters(line, lineNo);
        // (-v is passed on to each rule line, unless --noflush)
        const argv = ["ebtables-restore", "-t", table, ...(verbose && !noflush ? ["-v"] : [])];
        // (the line keeps its newline: an unclosed quote takes it from there)
        splitRestoreLineInto(rest, argv, argv.length, undefined, MAX_ARGC, false);
        const cmd = parseEbCommand(argv, true);
        const b = openBatch(table);
        if (b.failed) continue;
        try {
          const out = applyEbCommand(cmd, b.copy);
          // (the batch's rules take handles line by line, its policy rules at the end)
          giveEbHandles(b.copy, b.copy.made === undefined, false);
          // (the help's first line names the program: ebtables-restore)
          stdout += cmd.command === "h" && out.startsWith("ebtables ") ? `ebtables-restore${out.slice(8)}` : out;
        } catch (e) {
          if (e instanceof EbFailure) {
            b.failed = e.message;
            b.failedLine = lineNo;
          }
          else if (e instanceof EbCommitError) b.refused.push(`line ${lineNo}: ${e.message}`);
          else throw e;
        }
      } else throw new RestoreExit(`ebtables-restore: line ${lineNo} failed${errno ? `: ${errno}.` : ""}\n`, 1);
    }
    if (table && !commit()) throw new RestoreExit(`${PREFIX}ebtables-restore: final implicit COMMIT failed\n`, 1);
    return { stdout, stderr: "", rc: 0 };
  } catch (e) {
    if (e instanceof RestoreExit) return { stdout, stderr: e.text, rc: e.rc };
    if (e instanceof XtablesError) {
      const x = xtablesExit(e, lineNo);
      return { stdout, stderr: x.text, rc: x.rc };
    }
    throw e;
  }
}
