// The last plain `-L -n` listing of a whole table, brought up to date on each call: every input
// of that text is compared with what it was (the chains in order, their names, kinds, policies
// and rule lists, the jumps of renamed-away base chains), so it can never be stale; only what
// changed is redone. A kube-proxy table (30,000 chains) lists in a fraction of a full rebuild.
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { countJumps, writeBody, writeTable, type ChainPrinter } from "./listing-table.js";
import { TextWriter } from "./text-writer.js";

interface TableListing {
  /** The format the text was made in (the caller names it). */
  format: string;
  chains: Chain[];
  /** What each chain was when its block was made (-E and -P edit a chain object in place). */
  names: string[];
  builtins: boolean[];
  policies: (string | undefined)[];
  /**
   * The rule objects each chain held then, all in one array (chain i's from ruleStart[i] up to
   * ruleStart[i + 1]): rules never change in place (rule-text.ts), so the same objects print
   * the same lines and hold the same jumps. One array, not one copy per chain, for 30,000 chains.
   */
  rules: Rule[];
  ruleStart: Int32Array;
  /** The rules of the base chains renamed away from the table (their jumps still count). */
  foreign: Rule[][];
  /** References by chain name, from every jump of `rules` and `foreign`. */
  counts: Map<string, number>;
  output: string;
  /**
   * Where each part of `output` starts, and last its length: chain i's header lines are part
   * 2i, its rule lines part 2i + 1 (no string per part: slices of `output` when needed).
   */
  offsets: Int32Array;
}

const listings = new WeakMap<Table, TableListing>();

function heldRules(l: TableListing, i: number, rules: readonly Rule[]): boolean {
  const start = l.ruleStart[i]!;
  if (l.ruleStart[i + 1]! - start !== rules.length) return false;
  for (let k = 0; k < rules.length; k++) if (l.rules[start + k] !== rules[k]) return false;
  return true;
}

function sameForeign(a: readonly Rule[][], b: readonly Chain[]): boolean {
  return a.length === b.length && a.every((rules, i) => rules.length === b[i]!.rules.length && rules.every((r, k) => r === b[i]!.rules[k]));
}

/** Each chain's rules appended to one array, and where each chain's start. */
function flatRules(chains: readonly Chain[]): { rules: Rule[]; ruleStart: Int32Array } {
  const rules: Rule[] = [];
  const ruleStart = new Int32Array(chains.length + 1);
  for (let i = 0; i < chains.length; i++) {
    ruleStart[i] = rules.length;
    const own = chains[i]!.rules;
    for (let k = 0; k < own.length; k++) rules.push(own[k]!);
  }
  ruleStart[chains.length] = rules.length;
  return { rules, ruleStart };
}

/** The record of a listing made from `chains` (their names, kinds and policies as they are now). */
function listing(
  format: string,
  chains: Chain[],
  held: { rules: Rule[]; ruleStart: Int32Array },
  foreign: Rule[][],
  counts: Map<string, number>,
  text: { output: string; offsets: Int32Array },
): TableListing {
  return {
    format,
    chains: chains.slice(),
    names: chains.map((c) => c.name),
    builtins: chains.map((c) => c.builtin),
    policies: chains.map((c) => c.policy),
    rules: held.rules,
    ruleStart: held.ruleStart,
    foreign,
    counts,
    output: text.output,
    offsets: text.offsets,
  };
}

function build(t: Table, chains: Chain[], format: string, printer: ChainPrinter): TableListing {
  const foreign = (t.foreignBaseChains ?? []).map((c) => c.rules.slice());
  const text = writeTable(t, chains, printer);
  return listing(format, chains, flatRules(chains), foreign, text.counts, text);
}

const scratch = new TextWriter();

function headText(printer: ChainPrinter, chain: Chain, n: number, refs: number): string {
  printer.writeHead(scratch, chain, n, refs);
  return scratch.finish();
}

function bodyText(printer: ChainPrinter, chain: Chain): string {
  writeBody(scratch, printer, chain);
  return scratch.finish();
}

/**
 * A new output from parts of the old one: part p is old part `from[p]`, or `fresh[p]` where
 * `from[p]` is -1. Runs of old parts that followed one another are copied as one slice.
 */
function assemble(l: TableListing, from: Int32Array, fresh: (string | undefined)[]): { output: string; offsets: Int32Array } {
  const count = from.length;
  const offsets = new Int32Array(count + 1);
  const pieces: string[] = [];
  let length = 0;
  for (let p = 0; p < count; ) {
    const start = from[p]!;
    if (start < 0) {
      const text = fresh[p]!;
      offsets[p++] = length;
      pieces.push(text);
      length += text.length;
      continue;
    }
    let end = start;
    do {
      offsets[p++] = length;
      length += l.offsets[end + 1]! - l.offsets[end]!;
      end++;
    } while (p < count && from[p] === end);
    pieces.push(l.output.slice(l.offsets[start], l.offsets[end]));
  }
  offsets[count] = length;
  return { output: pieces.join(""), offsets };
}

/** For each chain, where it was in `l` (-1: not there), looked up only when it moved. */
function oldPlaces(l: TableListing, chains: readonly Chain[]): Int32Array {
  const places = new Int32Array(chains.length);
  let before: Map<Chain, number> | undefined;
  // mostly the same chains in the same order: look a chain up only when the next one or two
  // old chains are not it
  let expected = 0;
  for (let n = 0; n < chains.length; n++) {
    const c = chains[n]!;
    if (l.chains[expected] === c) places[n] = expected++;
    else if (l.chains[expected + 1] === c) {
      places[n] = expected + 1;
      expected += 2;
    } else {
      if (!before) {
        before = new Map();
        l.chains.forEach((old, i) => before!.set(old, i));
      }
      const i = before.get(c) ?? -1;
      if (i >= 0) expected = i + 1;
      places[n] = i;
    }
  }
  return places;
}

/**
 * `l` brought to `chains` (some chains may have been made, deleted, renamed or changed since):
 * each chain that holds the same rules keeps its rule lines, and its header when nothing it
 * shows changed; references move by the rules that came and went. Undefined when nothing changed.
 */
function refresh(l: TableListing, t: Table, chains: Chain[], printer: ChainPrinter): TableListing | undefined {
  const places = oldPlaces(l, chains);
  const kept = new Uint8Array(l.chains.length);
  const counts = l.counts;
  const changedNames = new Set<string>();
  /** Chains whose rule lines are the old ones (at `places`). */
  const sameBody = new Uint8Array(chains.length);
  let unchanged = chains.length === l.chains.length;
  for (let n = 0; n < chains.length; n++) {
    const c = chains[n]!;
    const i = places[n]!;
    if (i !== n) unchanged = false;
    if (i >= 0 && !kept[i] && heldRules(l, i, c.rules)) {
      kept[i] = 1;
      sameBody[n] = 1;
    } else {
      countJumps(counts, c.rules, 0, c.rules.length, 1, changedNames);
      unchanged = false;
    }
  }
  for (let i = 0; i < l.chains.length; i++) {
    if (!kept[i]) countJumps(counts, l.rules, l.ruleStart[i]!, l.ruleStart[i + 1]!, -1, changedNames);
  }
  const foreignChains = t.foreignBaseChains ?? [];
  let foreign = l.foreign;
  if (!sameForeign(l.foreign, foreignChains)) {
    unchanged = false;
    for (const rules of l.foreign) countJumps(counts, rules, 0, rules.length, -1, changedNames);
    foreign = foreignChains.map((c) => c.rules.slice());
    for (const rules of foreign) countJumps(counts, rules, 0, rules.length, 1, changedNames);
  }
  const from = new Int32Array(2 * chains.length);
  const fresh: (string | undefined)[] = [];
  chains.forEach((c, n) => {
    const i = places[n]!;
    const same = i >= 0 && (i === 0) === (n === 0) && c.name === l.names[i] && c.builtin === l.builtins[i] && c.policy === l.policies[i];
    if (same && !changedNames.has(c.name)) from[2 * n] = 2 * i;
    else {
      unchanged = false;
      from[2 * n] = -1;
      fresh[2 * n] = headText(printer, c, n, counts.get(c.name) ?? 0);
    }
    if (sameBody[n]) from[2 * n + 1] = 2 * i + 1;
    else {
      from[2 * n + 1] = -1;
      fresh[2 * n + 1] = bodyText(printer, c);
    }
  });
  if (unchanged) return undefined;
  return listing(l.format, chains, flatRules(chains), foreign, counts, assemble(l, from, fresh));
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
  else l = refresh(last, t, chains, printer) ?? last;
  listings.set(t, l);
  return l.output;
}
