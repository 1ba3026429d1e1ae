// The last plain `-L -n` listing of a whole table, brought up to date on each call: every input
// of that text is compared with what it was (the chains in order, their names, kinds, policies
// and rule lists, the jumps of renamed-away base chains), so it can never be stale; only what
// changed is redone. A kube-proxy table (30,000 chains) lists in a fraction of a full rebuild.
import { sameRuleObjects } from "../netfilter/ruleset.js";
import type { Chain, Table } from "../netfilter/types.js";
import { chainSummary, type ChainSummary } from "./listing-cache.js";

interface TableListing {
  /** The format the text was made in (the caller names it). */
  format: string;
  chains: Chain[];
  /** What each chain was when its block was made (-E and -P edit a chain object in place). */
  names: string[];
  builtins: boolean[];
  policies: (string | undefined)[];
  /** Each chain's summary, which holds the rule objects it was made from. */
  summaries: ChainSummary[];
  /** Summaries of the base chains renamed away from the table (their jumps still count). */
  foreign: ChainSummary[];
  /** References by chain name, from every jump of `summaries` and `foreign`. */
  counts: Map<string, number>;
  /** Chain i's header lines at 2i, its rule lines at 2i + 1. */
  parts: string[];
  output: string;
  /** Where each part starts in `output` (and, last, its length). */
  offsets: number[];
}

const listings = new WeakMap<Table, TableListing>();

/** How chain `n` of the listing is printed: its header lines (given its references), its rules. */
export interface ChainPrinter {
  head(chain: Chain, n: number, refs: number): string;
  body(chain: Chain, summary: ChainSummary): string;
}

function addJumps(counts: Map<string, number>, summary: ChainSummary, sign: 1 | -1, changed?: Set<string>): void {
  for (const name of summary.targets) {
    counts.set(name, (counts.get(name) ?? 0) + sign);
    changed?.add(name);
  }
}

function partOffsets(parts: readonly string[]): number[] {
  const offsets = [0];
  for (const p of parts) offsets.push(offsets[offsets.length - 1]! + p.length);
  return offsets;
}

function sameSummaries(a: readonly ChainSummary[], b: readonly ChainSummary[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function build(t: Table, chains: Chain[], format: string, printer: ChainPrinter): TableListing {
  const summaries = chains.map(chainSummary);
  const foreign = (t.foreignBaseChains ?? []).map(chainSummary);
  const counts = new Map<string, number>();
  for (const s of summaries) addJumps(counts, s, 1);
  for (const s of foreign) addJumps(counts, s, 1);
  const parts: string[] = [];
  chains.forEach((c, n) => parts.push(printer.head(c, n, counts.get(c.name) ?? 0), printer.body(c, summaries[n]!)));
  return {
    format,
    chains: chains.slice(),
    names: chains.map((c) => c.name),
    builtins: chains.map((c) => c.builtin),
    policies: chains.map((c) => c.policy),
    summaries,
    foreign,
    counts,
    parts,
    output: parts.join(""),
    offsets: partOffsets(parts),
  };
}

function sameChains(a: readonly Chain[], b: readonly Chain[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Brings `l` (made from the same chain objects in the same order) up to date with the table. */
function update(l: TableListing, t: Table, chains: Chain[], printer: ChainPrinter): void {
  const changedNames = new Set<string>();
  const dirty = new Set<number>();
  for (let i = 0; i < chains.length; i++) {
    const c = chains[i]!;
    if (c.name !== l.names[i] || c.builtin !== l.builtins[i] || c.policy !== l.policies[i]) dirty.add(i);
    if (!sameRuleObjects(l.summaries[i]!.rules, c.rules)) {
      const summary = chainSummary(c);
      addJumps(l.counts, l.summaries[i]!, -1, changedNames);
      addJumps(l.counts, summary, 1, changedNames);
      l.summaries[i] = summary;
      dirty.add(i);
    }
  }
  const foreign = (t.foreignBaseChains ?? []).map(chainSummary);
  if (!sameSummaries(foreign, l.foreign)) {
    for (const s of l.foreign) addJumps(l.counts, s, -1, changedNames);
    for (const s of foreign) addJumps(l.counts, s, 1, changedNames);
    l.foreign = foreign;
  }
  // a chain whose reference count may have moved gets a new header
  if (changedNames.size > 0) {
    for (let i = 0; i < chains.length; i++) if (changedNames.has(chains[i]!.name)) dirty.add(i);
  }
  if (dirty.size === 0) return;
  const changed: number[] = [];
  for (const i of [...dirty].sort((a, b) => a - b)) {
    const c = chains[i]!;
    l.names[i] = c.name;
    l.builtins[i] = c.builtin;
    l.policies[i] = c.policy;
    l.parts[2 * i] = printer.head(c, i, l.counts.get(c.name) ?? 0);
    l.parts[2 * i + 1] = printer.body(c, l.summaries[i]!);
    changed.push(2 * i, 2 * i + 1);
  }
  l.output = spliceParts(l, changed);
  l.offsets = partOffsets(l.parts);
}

/** More changed parts than this: the output is joined anew rather than spliced. */
const SPLICE_LIMIT = 64;

/** The output with the `changed` parts (ascending) put in: a few large copies, not 60,000 small ones. */
function spliceParts(l: TableListing, changed: readonly number[]): string {
  if (changed.length > SPLICE_LIMIT) return l.parts.join("");
  const pieces: string[] = [];
  let from = 0;
  for (const p of changed) {
    pieces.push(l.output.slice(from, l.offsets[p]), l.parts[p]!);
    from = l.offsets[p + 1]!;
  }
  pieces.push(l.output.slice(from));
  return pieces.join("");
}

/**
 * The listing of `chains`, which must be every chain of `t` in listing order, in a format whose
 * text depends on nothing but the chains (no counters, no looked-up names): `format` names it.
 */
export function tableListing(t: Table, chains: Chain[], format: string, printer: ChainPrinter): string {
  const last = listings.get(t);
  // dropped first: a listing left half updated (an exception) is never used again
  listings.delete(t);
  let l: TableListing;
  if (last && last.format === format && sameChains(last.chains, chains)) {
    update(last, t, chains, printer);
    l = last;
  } else l = build(t, chains, format, printer);
  listings.set(t, l);
  return l.output;
}
