// iptables-restore's chain lines (":NAME POLICY [PKTS:BYTES]"), as xtables-restore (nft) and
// iptables-restore.c (legacy, through libiptc) read them: strtok fields, then each backend's
// order of checks.
import { BUILTIN_CHAINS, newUserChain } from "../netfilter/ruleset.js";
import type { Table } from "../netfilter/types.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { OpError, type Backend } from "./ops.js";
import { newChain, setPolicy } from "./chain-ops.js";
import { MAX_NAME } from "./parse.js";
import { scanCounter } from "./parse-helpers.js";
import { utf8AtLeast } from "../netfilter/extensions/util/utf8.js";
import type { RestoreOptions } from "./restore.js";
import { leadingFields } from "./restore-words.js";
import { noteChainMade } from "./restore-block.js";

/** What a chain line changes in the block it belongs to. */
export interface ChainLineBlock {
  work: Table;
  /** nft: user chains the block's chain lines declare. */
  declared: Set<string>;
  /** nft: a refused policy, reported at COMMIT before anything else the batch finds. */
  policyFailed?: Error;
  /** nft: chains -X took out of the cache while the kernel kept them (restore-block.ts). */
  kernelKept: Set<string>;
  kernelErrors: { line: number; text: string }[];
}

/** A chain line's "[pkts:bytes]", read with sscanf("[%llu:%llu]"): the closing bracket is not checked. */
function parseCounters(text: string | undefined): { pkts: bigint; bytes: bigint } | undefined {
  if (text?.[0] !== "[") return undefined;
  const pkts = scanCounter(text, 1);
  if (!pkts || text[pkts.end] !== ":") return undefined;
  const bytes = scanCounter(text, pkts.end + 1);
  return bytes ? { pkts: pkts.value, bytes: bytes.value } : undefined;
}

const STANDARD_NAMES = new Set(["ACCEPT", "DROP", "QUEUE", "RETURN"]);

/** Reads a chain line into the block; returns the chain's name. */
export function declareChain(block: ChainLineBlock, line: string, lineNo: number, opts: RestoreOptions, backend: Backend, progName: string): string {
  const [chain, policy, counterText] = leadingFields(line, 1, 3);
  if (!chain) throw paramProblem(`${progName}: line ${lineNo} chain name invalid`);
  if (backend === "legacy") {
    declareLegacyChain(block, chain, policy, counterText, lineNo, opts, progName);
    return chain;
  }
  if (utf8AtLeast(chain, MAX_NAME)) throw paramProblem(`chain name \`${chain}' too long (must be under ${MAX_NAME} chars)`);
  if (chain[0] === "-" || chain[0] === "!") throw paramProblem(`chain name not allowed to start with \`${chain[0]}'`);
  if (!policy) throw paramProblem(`${progName}: line ${lineNo} policy invalid`);
  // a standard verdict's name (extension targets' names are fine here)
  if (STANDARD_NAMES.has(chain)) throw paramProblem("chain name may not clash with target name");
  const t = block.work;
  const builtin = (BUILTIN_CHAINS[t.name] as string[]).includes(chain);
  // (a built-in chain's counters are read even with --test)
  let counters: { pkts: bigint; bytes: bigint } | undefined;
  if (builtin && opts.counters) {
    counters = parseCounters(counterText);
    if (!counters) throw paramProblem(`invalid policy counters for chain '${chain}'`);
  }
  if (opts.test) return chain;
  if (builtin) {
    const c = t.chains[chain]!;
    // nft: the policy line resends the base chain with the line's counters, zero without -c
    // (the kernel refuses a bad policy only when the batch is sent)
    try {
      if (policy !== "-") setPolicy(t, chain, policy, counters ?? { pkts: 0n, bytes: 0n });
      else if (counters) c.policyCounters = counters;
    } catch (err) {
      if (!(err instanceof OpError)) throw err;
      block.policyFailed ??= Object.assign(err, { line: lineNo });
    }
    c.exists = true;
    c.countsPolicy = true;
    t.exists = true;
    return chain;
  }
  // (the block's table has a prototype-free chain map: one lookup tells whether it is there)
  const existing = t.chains[chain];
  // a chain the cache let go (-X) but the kernel kept: declaring it again adds it again
  if (!existing && block.kernelKept.size > 0) noteChainMade(block, chain, lineNo);
  if (existing) existing.rules = [];
  else if (t.foreignBaseChains) newChain(t, chain);
  else {
    t.chains[chain] = newUserChain(chain);
    t.exists = true;
  }
  block.declared.add(chain);
  return chain;
}

/**
 * iptables-legacy-restore's chain line, in libiptc's order (also with --test, which works on
 * libiptc's copy): the user chain is created first, then the policy and counters are read.
 */
function declareLegacyChain(
  block: ChainLineBlock,
  chain: string,
  policy: string | undefined,
  counterText: string | undefined,
  lineNo: number,
  opts: RestoreOptions,
  progName: string,
): void {
  if (utf8AtLeast(chain, MAX_NAME)) throw paramProblem(`Invalid chain name \`${chain}' (${MAX_NAME - 1} chars max)`);
  const t = block.work;
  const builtin = (BUILTIN_CHAINS[t.name] as string[]).includes(chain);
  if (!builtin) {
    const existing = t.chains[chain];
    if (opts.noflush && existing) existing.rules = [];
    else if (existing || STANDARD_NAMES.has(chain)) throw paramProblem(`error creating chain '${chain}':File exists`);
    else newChain(t, chain);
  }
  if (!policy) throw paramProblem(`${progName}: line ${lineNo} policy invalid`);
  if (builtin) t.chains[chain]!.countsPolicy = true;
  if (policy === "-") return;
  let counters: { pkts: bigint; bytes: bigint } | undefined;
  if (opts.counters) {
    counters = parseCounters(counterText);
    if (!counters) throw paramProblem(`invalid policy counters for chain '${chain}'`);
  }
  const why = !builtin ? "Bad built-in chain name" : policy !== "ACCEPT" && policy !== "DROP" ? "Bad policy name" : undefined;
  if (why) throw new XtablesError(`Can't set policy \`${policy}' on \`${chain}' line ${lineNo}: ${why}`, { rc: 1, tryHelp: false });
  setPolicy(t, chain, policy, counters);
}
