// A whole table's -L text written in one go: the rule lines first, in the table's own chain
// order (the order the rules were made in, so mostly the order they lie in memory: a walk of
// 100,000 rules in listing order jumps all over the heap), counting the jumps on the way; then
// each chain's header and lines in listing order, the lines copied as bytes.
import type { Chain, Rule, Table } from "../netfilter/types.js";
import { TextWriter } from "./text-writer.js";

/** How chain `n` of the listing is printed: its header lines (given its references), its rules. */
export interface ChainPrinter {
  writeHead(w: TextWriter, chain: Chain, n: number, refs: number): void;
  /** Rule `num` (from 1) of its chain. */
  writeRule(w: TextWriter, rule: Rule, num: number): void;
}

export function writeBody(w: TextWriter, printer: ChainPrinter, chain: Chain): void {
  const rules = chain.rules;
  for (let k = 0; k < rules.length; k++) printer.writeRule(w, rules[k]!, k + 1);
}

/** Adds (or takes away) the jumps and gotos of rules[from, to) to the references of their targets. */
export function countJumps(counts: Map<string, number>, rules: readonly Rule[], from: number, to: number, sign: 1 | -1, changed?: Set<string>): void {
  for (let k = from; k < to; k++) {
    const a = rules[k]!.action;
    if (a.kind !== "jump" && a.kind !== "goto") continue;
    counts.set(a.chain, (counts.get(a.chain) ?? 0) + sign);
    changed?.add(a.chain);
  }
}

/**
 * Every chain's rule lines in the table's own chain order, counting the jumps on the way. Where
 * chain i's lines are in the result: bodyStart[i] up to bodyEnd[i] (i in `index`'s numbering).
 */
function writeBodies(t: Table, index: Map<Chain, number>, printer: ChainPrinter, counts: Map<string, number>) {
  // sized for the whole text (a kube-proxy rule is ~160 bytes of -L -n, ~220 of -L -n -v) rather
  // than grown by doubling
  let ruleCount = 0;
  for (const c of index.keys()) ruleCount += c.rules.length;
  const w = TextWriter.borrow(0, (1 << 16) + 256 * ruleCount);
  const bodyStart = new Int32Array(index.size);
  const bodyEnd = new Int32Array(index.size);
  const done = new Uint8Array(index.size);
  const write = (c: Chain, i: number) => {
    done[i] = 1;
    bodyStart[i] = w.length;
    const rules = c.rules;
    for (let k = 0; k < rules.length; k++) {
      const r = rules[k]!;
      const a = r.action;
      if (a.kind === "jump" || a.kind === "goto") counts.set(a.chain, (counts.get(a.chain) ?? 0) + 1);
      printer.writeRule(w, r, k + 1);
    }
    bodyEnd[i] = w.length;
  };
  for (const key in t.chains) {
    const c = t.chains[key]!;
    const i = index.get(c);
    if (i !== undefined && !done[i]) write(c, i);
  }
  // (`chains` is every chain of the table, so none is left; but never a listing without one)
  for (const [c, i] of index) if (!done[i]) write(c, i);
  return { w, bodyStart, bodyEnd };
}

/**
 * The listing of `chains`, which must be every chain of `t` in listing order; `counts` are the
 * references by chain name (the jumps of `chains` and of the base chains renamed away), and
 * chain i's header lines start at offsets[2i], its rule lines at offsets[2i + 1].
 */
export function writeTable(t: Table, chains: Chain[], printer: ChainPrinter): { output: string; offsets: Int32Array; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const c of t.foreignBaseChains ?? []) countJumps(counts, c.rules, 0, c.rules.length, 1);
  const index = new Map<Chain, number>();
  chains.forEach((c, i) => index.set(c, i));
  const bodies = writeBodies(t, index, printer, counts);
  const w = TextWriter.borrow(1, bodies.w.length + 128 * chains.length);
  const offsets = new Int32Array(2 * chains.length + 1);
  for (let n = 0; n < chains.length; n++) {
    const c = chains[n]!;
    offsets[2 * n] = w.length;
    printer.writeHead(w, c, n, counts.get(c.name) ?? 0);
    offsets[2 * n + 1] = w.length;
    // (text over U+00FF is kept as strings, whose places are not byte offsets: written again)
    if (bodies.w.bytesOnly) w.copy(bodies.w, bodies.bodyStart[n]!, bodies.bodyEnd[n]!);
    else writeBody(w, printer, c);
  }
  offsets[2 * chains.length] = w.length;
  const output = w.finish();
  w.release();
  bodies.w.release();
  return { output, offsets, counts };
}
