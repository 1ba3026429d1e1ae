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

/** The record of a listing made from `chains` (their names, kinds and policies as they are now). */
function listing(
  format: string,
  chains: Chain[],
  summaries: ChainSummary[],
  foreign: ChainSummary[],
  counts: Map<string, number>,
  parts: string[],
  output: string,
): TableListing {
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
    output,
    offsets: partOffsets(parts),
  };
}

function build(t: Table, chains: Chain[], format: string, printer: ChainPrinter): TableListing {
  const summaries = chains.map(chainSummary);
  const foreign = (t.foreignBaseChains ?? []).map(chainSummary);
  const counts = new Map<string, number>();
  for (const s of summaries) addJumps(counts, s, 1);
  for (const s of foreign) addJumps(counts, s, 1);
  const parts: string[] = [];
  chains.forEach((c, n) => parts.push(printer.head(c, n, counts.get(c.name) ?? 0), printer.body(c, summaries[n]!)));
  return listing(format, chains, summaries, foreign, counts, parts, parts.join(""));
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
 * A listing of other chains (some made, deleted or renamed since): each chain still there keeps
 * its summary and rule lines, and its header when nothing it shows changed; the references are
 * moved by the summaries that came and went.
 */
function remap(l: TableListing, t: Table, chains: Chain[], format: string, printer: ChainPrinter): TableListing {
  // mostly the same chains in the same order: walk both lists, looking a chain up only when the
  // next one or two old chains are not it
  let before: Map<Chain, number> | undefined;
  let expected = 0;
  const oldIndex = (c: Chain): number | undefined => {
    if (l.chains[expected] === c) return expected++;
    if (l.chains[expected + 1] === c) return (expected += 2) - 1;
    if (!before) {
      before = new Map();
      l.chains.forEach((old, i) => before!.set(old, i));
    }
    const i = before.get(c);
    if (i !== undefined) expected = i + 1;
    return i;
  };
  const kept = new Array<boolean>(l.chains.length).fill(false);
  const counts = l.counts;
  const changedNames = new Set<string>();
  const summaries: ChainSummary[] = [];
  const was: (number | undefined)[] = [];
  for (const c of chains) {
    const i = oldIndex(c);
    let summary: ChainSummary;
    if (i !== undefined && !kept[i] && sameRuleObjects(l.summaries[i]!.rules, c.rules)) {
      kept[i] = true;
      summary = l.summaries[i]!;
      was.push(i);
    } else {
      summary = chainSummary(c);
      addJumps(counts, summary, 1, changedNames);
      was.push(undefined);
    }
    summaries.push(summary);
  }
  l.summaries.forEach((summary, i) => {
    if (!kept[i]) addJumps(counts, summary, -1, changedNames);
  });
  const foreign = (t.foreignBaseChains ?? []).map(chainSummary);
  if (!sameSummaries(foreign, l.foreign)) {
    for (const s of l.foreign) addJumps(counts, s, -1, changedNames);
    for (const s of foreign) addJumps(counts, s, 1, changedNames);
  }
  const parts: string[] = [];
  /** For each part, the old part it is (-1: made anew). */
  const from: number[] = [];
  chains.forEach((c, n) => {
    const i = was[n];
    const same = i !== undefined && (i === 0) === (n === 0) && c.name === l.names[i] && c.builtin === l.builtins[i] && c.policy === l.policies[i];
    const headKept = same && !changedNames.has(c.name);
    parts.push(headKept ? l.parts[2 * i]! : printer.head(c, n, counts.get(c.name) ?? 0));
    from.push(headKept ? 2 * i : -1);
    parts.push(i !== undefined ? l.parts[2 * i + 1]! : printer.body(c, summaries[n]!));
    from.push(i !== undefined ? 2 * i + 1 : -1);
  });
  return listing(format, chains, summaries, foreign, counts, parts, joinReusing(l, parts, from));
}

/** `parts` joined, each run of parts that followed one another in `l` copied as one slice of its output. */
function joinReusing(l: TableListing, parts: readonly string[], from: readonly number[]): string {
  const pieces: string[] = [];
  for (let p = 0; p < parts.length; ) {
    const start = from[p]!;
    if (start < 0) {
      pieces.push(parts[p++]!);
      continue;
    }
    let end = start + 1;
    for (p++; p < parts.length && from[p] === end; p++) end++;
    pieces.push(l.output.slice(l.offsets[start], l.offsets[end]));
  }
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
  if (!last || last.format !== format) l = build(t, chains, format, printer);
  else if (sameChains(last.chains, chains)) {
    update(last, t, chains, printer);
    l = last;
  } else l = remap(last, t, chains, format, printer);
  listings.set(t, l);
  return l.output;
}
