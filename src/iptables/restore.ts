// iptables-restore's engine: reads the save format and applies each "*table … COMMIT" block
// as one transaction. Without --noflush a named table is replaced completely.
import { allMatches, allTargets } from "../netfilter/registry.js";
import { BUILTIN_CHAINS, newTable } from "../netfilter/ruleset.js";
import type { Ruleset, Table } from "../netfilter/types.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { DEFAULT_NAMES, type NameTables } from "./address.js";
import { isTableName, jumpTargetError } from "./execute.js";
import { OpError, touchLegacy, type Backend } from "./ops.js";
import { chainsInOrder } from "./chain-ops.js";
import { CMD, CORE_LONG_OPTIONS, SHORT_OPTIONS } from "./options.js";
import { parseCommand, type ParseEnv } from "./parse.js";
import { formatError, type Program } from "./program.js";
import { declareChain } from "./restore-chains.js";
import { applyHeldRenames, commitBlock, sendBatch, type Block } from "./restore-block.js";
import { renewTable } from "./rule-renew.js";
import { finishChainByChain, flushChainByChain } from "./restore-verbose-flush.js";
import { noteRestoreBatch } from "./nft-handles.js";
import { applyLine, nftLine, noteBatchChain, workingCopy } from "./restore-nft-line.js";
import { MAX_ARGC, Vocabulary, WordCache, leadingFields, newFgetsRead, nextFgetsLine, ruleLineCounters, splitRestoreLineInto } from "./restore-words.js";
import type { StderrPart } from "../shell/types.js";

export { splitRestoreLine } from "./restore-words.js";

export interface RestoreOptions {
  noflush?: boolean;
  /** --test: parse only. */
  test?: boolean;
  /** --counters: load [pkts:bytes]. */
  counters?: boolean;
  verbose?: boolean;
  /** -T: only this table. */
  table?: string;
  backend?: Backend;
  names?: NameTables;
  program?: Program;
  /** iptables-nft: legacy tables exist, so a listing line warns as the iptables command does. */
  legacyTablesPresent?: boolean;
  /** Always run the whole-table COMMIT checks (tests compare them with the shortcut). */
  exactCommit?: boolean;
}

export interface RestoreResult {
  stdout: string;
  stderr: string;
  rc: number;
  /** Where each stderr text fell among the stdout bytes (CommandResult.stderrParts). */
  stderrParts?: StderrPart[];
}


/** A copy of the table whose chains and rule lists can change without touching the original. */
const DEFAULT_PROGRAM: Program = { name: "iptables-restore", backend: "nft", family: 4 };

/** The line an error of a block's batch was noted at (Infinity for none). */
function lineOf(err: Error | undefined): number {
  return (err as { line?: number } | undefined)?.line ?? Infinity;
}

/** Applies restore input to `ruleset`. Committed blocks stay applied when a later one fails. */
export function restoreRuleset(ruleset: Ruleset, input: string, opts: RestoreOptions = {}): RestoreResult {
  const prog = opts.program ?? DEFAULT_PROGRAM;
  const backend = opts.backend ?? prog.backend;
  const names = opts.names ?? DEFAULT_NAMES;
  const iptName = prog.name.replace(/-restore$/, "");
  let stdout = "";
  const warnings: string[] = [];
  let block: Block | undefined;
  // -v: legacy prints as it reads; nft holds a block's text (flush report, echoes) until its
  // COMMIT is processed, and a block that fails to parse prints none of it
  let blockText = "";
  // nft -v: how much of blockText was out when the block's policy line failed; iptables-nft
  // stops preparing the batch at that command, so the echoes of later lines never print
  let policyTextEnd = 0;
  // nft -v: blockText's length as each rule line began (a failure at COMMIT cuts the text there)
  const textAtLine = new Map<number, number>();
  const textAfterLine = new Map<number, number>();
  const say = (text: string): void => {
    if (backend === "nft") blockText += text;
    else stdout += text;
  };
  // the same for every rule line of this input
  const parseEnv: ParseEnv = {
    versionName: iptName,
    backendTag: `1.8.9 ${backend === "legacy" ? "(legacy)" : "(nf_tables)"}`,
    restore: true,
    names,
    backend,
    family: opts.program?.family ?? 4,
    warnings,
  };
  // -v without --noflush puts a "-v" word on every rule line, one fewer for the line's own
  const maxWords = opts.verbose && !opts.noflush ? MAX_ARGC - 1 : MAX_ARGC;
  const env: LineEnv = { iptName, opts, backend, names, parseEnv, words: new WordCache(12, optionWords()), argv: [], maxWords };
  let lineNo = 0;
  // -T: the lines of other tables are ignored up to the next "*" line (COMMITs too); legacy
  // also ignores whatever comes before its first table
  let skipping = opts.table !== undefined && backend === "legacy";
  const warned = () => warnings.map((w) => `${w}\n`).join("");
  // how much stdout was out when each warning was written (2>&1 puts it there)
  const warningAt: number[] = [];
  const noteWarnings = (): void => {
    while (warningAt.length < warnings.length) warningAt.push(Buffer.byteLength(stdout));
  };
  // nft: stdout goes out as each COMMIT starts (the text of the blocks before it), so an error
  // shows (2>&1) before the text of its own block, unless whole 4096-byte blocks went out first
  let flushedAt = 0;
  const nftErrorAt = (): number | undefined =>
    backend === "nft" ? Math.max(flushedAt, Buffer.byteLength(stdout) & ~4095) : undefined;
  const finish = (out: string, error: string, rc: number, errorAt?: number): RestoreResult => {
    // (without warnings, stderr simply follows the output)
    if (warnings.length === 0) return errorAt === undefined ? { stdout: out, stderr: error, rc } : { stdout: out, stderr: error, rc, stderrParts: [{ at: errorAt, text: error }] };
    noteWarnings();
    const stderrParts = warnings.map((w, i) => ({ at: warningAt[i]!, text: `${w}\n` }));
    stderrParts.push({ at: errorAt ?? Buffer.byteLength(out), text: error });
    return { stdout: out, stderr: warned() + error, rc, stderrParts };
  };
  const fail = (err: unknown, line?: number): RestoreResult => {
    const r = formatError(err, prog, line);
    return finish(stdout + r.stdout, r.stderr, r.rc, nftErrorAt());
  };

  // line by line without splitting the whole input first
  const read = newFgetsRead();
  for (let pos = 0; pos < input.length; pos = read.next) {
    nextFgetsLine(input, pos, read);
    const line = input.slice(pos, read.end);
    lineNo++;
    try {
      // (only a line that was just "\n" is empty: one cut at a NUL is a line still)
      if (read.eol === pos) continue;
      if (line[0] === "#") {
        // (fputs: the newline only when the line read held it)
        if (opts.verbose) stdout += read.heldNewline ? `${line}\n` : line;
        continue;
      }
      if (skipping && line[0] !== "*") continue;
      // legacy compares fgets' line with "COMMIT\n": a last line without its newline is a rule
      if (block && line === "COMMIT" && (backend === "nft" || read.heldNewline)) {
        flushedAt = Buffer.byteLength(stdout);
        const echoed = block.policyFailed ? policyTextEnd : blockText.length;
        stdout += blockText.slice(0, echoed);
        blockText = "";
        if (!(opts.test && backend === "nft")) {
          // (iptables-nft prepares the batch in line order: a refused policy is reported unless
          // a command of an earlier line failed first)
          if (block.policyFailed && !(lineOf(block.failed) < lineOf(block.policyFailed))) block.failed = block.policyFailed;
          try {
            sendBatch(block, backend);
          } catch (err) {
            // iptables-nft stopped preparing the batch at the failed command, so later lines'
            // echoes never print (a rule of a missing chain echoes first; a jump fails before);
            // the kernel's refusals come after the whole batch was prepared
            const jumpLine = (err as { jumpLine?: number }).jumpLine;
            const at = jumpLine !== undefined ? textAtLine.get(jumpLine) : err === block.failed ? textAfterLine.get(lineOf(err as Error)) : undefined;
            if (at !== undefined && at < echoed) stdout = stdout.slice(0, stdout.length - (echoed - at));
            throw err;
          }
          // (legacy --test makes no commit: the kernel's checks of the table do not run)
          if (!opts.test) commitBlock(block, backend, lineNo);
          applyHeldRenames(block);
          if (block.chainByChain) finishChainByChain(block);
          else if (backend === "nft" && !opts.test) noteRestoreBatch(block.work, block.before, block.batchOrder);
          // (libiptc commits nothing for a --noflush block without a line: counters and all stay)
          const unchanged = backend === "legacy" && opts.noflush && !block.touched;
          if (!opts.test && !unchanged) ruleset.tables[block.name] = block.work;
          // (legacy's commit replaces the table: every rule is made anew)
          if (!opts.test && !unchanged && backend === "legacy") renewTable(block.work);
        }
        block = undefined;
        continue;
      }
      if (line[0] === "*" && (!block || skipping)) {
        // strtok: blanks after the "*" are skipped
        const name = leadingFields(line, 1, 1)[0] ?? "";
        if (!name) throw paramProblem(`${prog.name}: line ${lineNo} table name invalid`);
        // (legacy looks only at the -T table; nft checks every table's name)
        skipping = opts.table !== undefined && opts.table !== name;
        if (skipping && backend === "legacy") continue;
        if (!isTableName(name)) {
          // libiptc cannot find the table (iptables-restore.c); nft checks the name itself
          if (backend === "legacy") throw paramProblem(`${prog.name}: unable to initialize table '${name}'`);
          throw paramProblem(`${prog.name}: line ${lineNo} table name '${name}' invalid`);
        }
        if (skipping) {
          block = undefined;
          continue;
        }
        textAtLine.clear();
        textAfterLine.clear();
        if (backend === "legacy") touchLegacy(ruleset, name);
        const old = ruleset.tables[name]!;
        let work: Table;
        if (opts.noflush) work = workingCopy(old);
        else {
          if (opts.verbose && !(opts.test && backend === "nft")) {
            const chains = chainsInOrder(old);
            for (const c of chains) say(`Flushing chain \`${c.name}'\n`);
            for (const c of chains) if (!c.builtin) say(`Deleting chain \`${c.name}'\n`);
          }
          work = newTable(name);
        }
        // flushing deletes the nft table; it only comes back if the block creates something
        work.exists = opts.noflush ? old.exists : false;
        // with -v, iptables-nft flushes chain by chain and deletes the chains instead (as -F then
        // -X): a base chain whose policy is DROP is not deleted and keeps its counters
        const chainByChain = backend === "nft" && !opts.noflush && opts.verbose && !opts.test ? flushChainByChain(work, old) : undefined;
        // x_tables keeps a table (built-in chains and all) once a namespace used it
        if (backend === "legacy") {
          work.exists = true;
          for (const c of Object.values(work.chains)) {
            if (!c.builtin) continue;
            c.exists = true;
            // libiptc flushes rules and user chains but leaves the built-in policies, and hands
            // every built-in chain's counters back zeroed (chain lines with -c set them again)
            if (!opts.noflush) c.policy = old.chains[c.name]?.policy ?? c.policy;
            c.policyCounters = { pkts: 0n, bytes: 0n };
          }
        }
        block = {
          name,
          work,
          lineRules: [],
          lineNumbers: [],
          batchOrder: [],
          notedChains: new Set(),
          jumps: { targets: [], chains: [], commands: [], lines: [] },
          renamed: new Set(),
          heldRenames: [],
          chainEvents: [],
          kernelKept: new Set(),
          kernelErrors: [],
          created: new Set(),
          declared: new Set(),
          appendOnly: !opts.noflush && !opts.exactCommit,
          restricted: { rules: [], chains: [] },
          invertsAny: false,
          before: opts.noflush ? old : undefined,
          chainByChain,
        };
        continue;
      }
      if (!block) throw new OpError("", 1);
      block.touched = true;
      if (line[0] === ":") {
        const policyOk = !block.policyFailed;
        const chain = declareChain(block, line, lineNo, opts, backend, prog.name);
        if (policyOk && block.policyFailed) policyTextEnd = blockText.length;
        env.words.remember(chain);
        if (backend === "nft") noteBatchChain(block, chain);
        // (-v: the line resends a base chain the kernel kept, with the line's counters)
        block.chainByChain?.keptDrop.delete(chain);
        continue;
      }
      if (opts.verbose && backend === "nft") textAtLine.set(lineNo, blockText.length);
      say(ruleLine(block, line, lineNo, env, read.heldNewline));
      if (opts.verbose && backend === "nft") textAfterLine.set(lineNo, blockText.length);
      if (warnings.length > warningAt.length) noteWarnings();
    } catch (err) {
      say((err as { stdout?: string }).stdout ?? "");
      // (a rule number or rule iptables-nft does not find in its cache, or a chain it cannot
      // list, fails as it prepares the batch, after a replacing block's -v text so far)
      if (backend === "nft" && !opts.noflush && err instanceof Error && /^(Index of|Bad rule)|is incompatible, use 'nft' tool\.$/.test(err.message)) stdout += blockText;
      // (a refused policy met then: the text up to its chain line)
      else if (block?.policyFailed === err) stdout += blockText.slice(0, policyTextEnd);
      // legacy's restore gives no reason when the kernel (libiptc) refuses a line
      if (err instanceof OpError && (err.message === "" || (backend === "legacy" && !err.nft))) {
        const at = (err as { line?: number }).line ?? lineNo;
        return finish(stdout, `${prog.name}: line ${at} failed\n`, 1, nftErrorAt());
      }
      return fail(err, err instanceof XtablesError || err instanceof OpError ? (err as { line?: number }).line ?? lineNo : lineNo);
    }
  }
  if (block) return finish(stdout, `${prog.name}: COMMIT expected at line ${lineNo + 1}\n`, 1);
  return finish(stdout, "", 0);
}

let vocabulary: Vocabulary | undefined;

/** Words a rule line is mostly made of: options, extension names and their options, verdicts. */
function optionWords(): Vocabulary {
  if (vocabulary) return vocabulary;
  const words = ["!", "tcp", "udp", "icmp", "ACCEPT", "DROP", "RETURN"];
  for (const chains of Object.values(BUILTIN_CHAINS)) words.push(...chains);
  for (const letter of Object.keys(SHORT_OPTIONS)) words.push(`-${letter}`);
  for (const opt of CORE_LONG_OPTIONS) words.push(`--${opt.name}`);
  for (const ext of [...allMatches(), ...allTargets()]) {
    words.push(ext.name);
    for (const opt of ext.options) words.push(`--${opt.name}`);
  }
  return (vocabulary = new Vocabulary(words));
}

/** What every rule line of one restore shares. */
interface LineEnv {
  iptName: string;
  opts: RestoreOptions;
  backend: Backend;
  names: NameTables;
  parseEnv: ParseEnv;
  /** Repeated comments become one string for the whole restore. */
  words: WordCache;
  /** The word list every rule line is split into. */
  argv: string[];
  /** How many words a rule line may have in all (MAX_ARGC, less the -v that -v adds). */
  maxWords: number;
}

function ruleLine(block: Block, line: string, lineNo: number, env: LineEnv, heldNewline: boolean): string {
  const { iptName, opts, backend, names, parseEnv } = env;
  const { counters, rest } = ruleLineCounters(line, lineNo);
  const counterArgs = counters && opts.counters ? ["--set-counters", ...counters] : undefined;
  // one word list for all lines, its first argc words this line's (parseCommand keeps none)
  const argv = env.argv;
  argv[0] = iptName;
  argv[1] = "-t";
  argv[2] = block.name;
  // the counters go in as --set-counters before the line's own words
  let argc = 3;
  if (counterArgs) for (const word of counterArgs) argv[argc++] = word;
  argc = splitRestoreLineInto(rest, argv, argc, env.words, env.maxWords, heldNewline);
  const parsed = parseCommand(argv, parseEnv, argc);
  if (parsed.command !== CMD.APPEND) block.appendOnly = false;
  if (parsed.exitText !== undefined) return "";
  if (opts.legacyTablesPresent && backend === "nft" && parsed.command & (CMD.LIST | CMD.LIST_RULES)) {
    const tool = parseEnv.family === 6 ? "ip6tables" : "iptables";
    parseEnv.warnings!.push(`# Warning: ${tool}-legacy tables present, use ${tool}-legacy to see them`);
  }
  // legacy (libiptc) works on its copy line by line, also with --test; nft only parses here
  if (opts.test && backend === "nft") return "";
  // (observed: with --noflush, -v echoes nothing per line)
  if (opts.verbose && !opts.noflush && !parsed.verbose) parsed.verbose = 1;
  if (parsed.command === CMD.RENAME_CHAIN && parsed.newname !== undefined) block.renamed.add(parsed.newname);
  if (parsed.jumpChain !== undefined) {
    const jumps = block.jumps;
    jumps.targets.push(parsed.jumpChain);
    jumps.chains.push(parsed.chain ?? "");
    jumps.commands.push(parsed.command);
    jumps.lines.push(lineNo);
    if (backend === "nft" && !block.work.chains[parsed.jumpChain]) (block.lateJumps ??= new Set()).add(jumps.lines.length - 1);
  }
  if (backend === "nft") return nftLine(block, parsed, lineNo, opts, names);
  if (parsed.jumpChain !== undefined) {
    const err = jumpTargetError(block.work, parsed.jumpChain, parsed.chain ?? "", parsed.command, backend, parsed.rules[0]?.action.kind === "goto");
    if (err) throw err;
  }
  return applyLine(block, parsed, lineNo, backend, names);
}
