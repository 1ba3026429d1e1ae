// nft's "did you mean …?" hints: when the kernel answers ENOENT, nft (1.0.6) looks through its
// cache of tables and chains for the nearest name (misspell.c). Its edit distance reads each
// string one character late (a[i] for the i-th, so it compares from the second character on
// and the end's NUL) and lays its table out len_b wide instead of len_b + 1: both are kept,
// since they decide which names get a hint.

/** A table as nft's cache holds it: family, name, and its chains in the kernel's order. */
export interface CachedTable {
  family: string;
  name: string;
  chains: string[];
}

function distance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const d = new Array<number>((la + 1) * (lb + 1)).fill(0);
  const at = (i: number, j: number) => i * lb + j;
  const ch = (s: string, i: number) => (i < s.length ? s.charCodeAt(i) : 0);
  for (let i = 0; i <= la; i++) d[at(i, 0)] = i;
  for (let j = 0; j <= lb; j++) d[at(0, j)] = j;
  for (let i = 1; i <= la; i++) {
    for (let j = 1; j <= lb; j++) {
      const sub = ch(a, i) === ch(b, j) ? 0 : 1;
      let v = Math.min(d[at(i - 1, j)]! + 1, d[at(i, j - 1)]! + 1, d[at(i - 1, j - 1)]! + sub);
      if (i > 1 && j > 1 && ch(a, i) === ch(b, j - 1) && ch(a, i - 1) === ch(b, j)) v = Math.min(v, d[at(i - 2, j - 2)]! + sub);
      d[at(i, j)] = v;
    }
  }
  return d[at(la, lb)]!;
}

/** The nearest candidate so far (string_misspell_update). */
class Nearest<T> {
  best: T | undefined;
  private min = Infinity;
  /** Whether `candidate` is now the nearest. */
  offer(name: string, wanted: string, candidate: T): boolean {
    const longest = Math.max(name.length, wanted.length);
    const shortest = Math.min(name.length, wanted.length);
    if (longest <= 1) return false;
    const threshold = longest - shortest <= 1 ? Math.max(Math.ceil(longest / 3), 1) : Math.ceil((longest + 2) / 3);
    const dist = distance(name, wanted);
    if (dist > threshold || dist >= this.min) return false;
    this.min = dist;
    this.best = candidate;
    return true;
  }
}

/** table_lookup_fuzzy: a table of that name in any family, else the nearest name. */
export function tableLookupFuzzy(cache: CachedTable[], name: string): CachedTable | undefined {
  const nearest = new Nearest<CachedTable>();
  for (const t of cache) {
    if (t.name === name) return t;
    nearest.offer(t.name, name, t);
  }
  return nearest.best;
}

/** chain_lookup_fuzzy: a chain of that name in any table, else the nearest name; with its table. */
export function chainLookupFuzzy(cache: CachedTable[], name: string, exact = true): { table?: CachedTable; chain?: string } {
  const nearest = new Nearest<string>();
  let table: CachedTable | undefined;
  for (const t of cache) {
    for (const c of t.chains) {
      if (exact && c === name) return { table: t, chain: c };
      if (nearest.offer(c, name, c)) table = t;
    }
  }
  return { table, chain: nearest.best };
}

/** The error nft reports itself when its cache lacks the table or chain (the hints extend it). */
export const ENOENT = "No such file or directory";

/** "did you mean table …": the table found is not the one named (table_fuzzy_check). */
export function tableHint(cache: CachedTable[], family: string, name: string, found: CachedTable): string | undefined {
  if (cache.some((t) => t.family === family && t.name === name)) return undefined;
  if (found.name === name && found.family === family) return undefined;
  return tableOnlyHint(found);
}

export function chainHint(table: CachedTable, chain: string): string {
  return `${ENOENT}; did you mean chain ‘${chain}’ in table ${table.family} ‘${table.name}’?`;
}

export function tableOnlyHint(found: CachedTable): string {
  return `${ENOENT}; did you mean table ‘${found.name}’ in family ${found.family}?`;
}

/** The nearest of `names` to `wanted` by nft's misspelling rule (symbol_lookup_fuzzy), if any is near enough. */
export function nearestName(names: Iterable<string>, wanted: string): string | undefined {
  const nearest = new Nearest<string>();
  for (const n of names) nearest.offer(n, wanted, n);
  return nearest.best;
}
