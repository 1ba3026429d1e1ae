// Associative arrays (declare -A): string keys, listed in the order bash 5.2's hash table walks
// them — bucket by bucket (FNV-1 hash of the key, 1024 buckets), newest key first in a bucket.
import type { ShellState } from "./state.js";
import { nameTable } from "../name-table.js";

const BUCKETS = 1024;

/** bash's hash_string (FNV-1: multiply, then xor each byte), 32-bit. */
function bashHash(key: string): number {
  let h = 2166136261;
  for (const byte of Buffer.from(key)) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ byte) >>> 0;
  }
  return h;
}

/** An associative array: values by key, plus when each key was first stored (for the listing order). */
export class AssocArray {
  private readonly values = new Map<string, string>();
  private readonly born = new Map<string, number>();
  private clock = 0;

  get size(): number {
    return this.values.size;
  }

  get(key: string): string | undefined {
    return this.values.get(key);
  }

  set(key: string, value: string): void {
    if (!this.born.has(key)) this.born.set(key, this.clock++);
    this.values.set(key, value);
  }

  delete(key: string): void {
    this.values.delete(key);
    this.born.delete(key);
  }

  /** Keys in bash's order: ascending bucket, and within a bucket the newest first. */
  keys(): string[] {
    return [...this.values.keys()].sort((a, b) => (bashHash(a) % BUCKETS) - (bashHash(b) % BUCKETS) || this.born.get(b)! - this.born.get(a)!);
  }

  list(): string[] {
    return this.keys().map((k) => this.values.get(k)!);
  }

  clone(): AssocArray {
    const copy = new AssocArray();
    for (const k of [...this.born.keys()]) copy.set(k, this.values.get(k)!);
    return copy;
  }
}

export function getAssoc(state: ShellState, name: string): AssocArray | undefined {
  return state.assoc?.[name];
}

/** A subscript as an associative key: expanded text with its quotes removed (`a["$k"]`, `a['x y']`). */
export function assocKey(expanded: string): string {
  return expanded.replace(/'([^']*)'/g, "$1");
}

/** `declare -A NAME` (also after `NAME=([k]=v …)` stored it as a list): the words `[KEY]=VALUE` become entries. */
export function makeAssoc(state: ShellState, name: string): AssocArray {
  const existing = state.assoc?.[name];
  if (existing) return existing;
  const assoc = new AssocArray();
  for (const word of state.arrays?.[name] ?? []) {
    const m = /^\[(.*?)\]=(.*)$/s.exec(word ?? "");
    if (m) assoc.set(assocKey(m[1]!), m[2]!);
  }
  delete state.arrays?.[name];
  delete state.vars[name];
  (state.assoc ??= nameTable())[name] = assoc;
  return assoc;
}
