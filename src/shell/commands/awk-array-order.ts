// The order of `for (k in A)` in mawk 1.3.4: not insertion order but its hash table's. An array
// holds lists of nodes by integer value (A[NR], A[i]) and by text (FNV-1 of the key), 64 lists at
// first, doubling past 12 nodes a list on average. A lookup moves the node it finds to the front of
// its list; a new node goes in front. The loop walks the text lists in order, each from the front
// (integer nodes get their text first, list by list). split() fills a plain vector 1..n.

const STARTING_HMASK = 63;
const MAX_AVE_LIST_LENGTH = 12;

/** FNV-1 over the key's bytes (UTF-8). */
function fnv1(text: string): number {
  let h = 2166136261;
  const ascii = !/[^\x00-\x7f]/.test(text);
  const bytes = ascii ? undefined : Buffer.from(text, "utf8");
  const length = bytes ? bytes.length : text.length;
  for (let i = 0; i < length; i++) {
    h ^= bytes ? bytes[i]! : text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export class ArrayOrder {
  private hmask = STARTING_HMASK;
  /** Text lists (each front first), once the array has text keys (mawk's AY_STR). */
  private slists: string[][] | undefined;
  /** Integer lists (AY_INT). */
  private ilists: number[][] | undefined;
  /** split()'s vector of 1..size (AY_SPLIT). */
  private splitSize: number | undefined;
  private size = 0;

  private hash(key: string): number {
    return fnv1(key);
  }

  /** The array now holds split()'s N fields. */
  loadSplit(n: number): void {
    this.clear();
    if (n > 0) this.splitSize = this.size = n;
  }

  clear(): void {
    this.hmask = STARTING_HMASK;
    this.slists = this.ilists = this.splitSize = undefined;
    this.size = 0;
  }

  /** A lookup of A[key]: `ival` when the subscript was an integral number. */
  access(key: string, ival: number | undefined, create: boolean): void {
    if (ival !== undefined) this.accessInt(ival, create);
    else this.accessText(key, create);
  }

  private accessInt(ival: number, create: boolean): void {
    if (this.splitSize !== undefined) {
      if (ival >= 1 && ival <= this.splitSize) return;
      if (!create) return;
      this.convertSplit();
    }
    if (!this.slists && !this.ilists) this.ilists = this.emptyLists();
    const ilists = (this.ilists ??= this.emptyLists());
    const list = ilists[ival & this.hmask]!;
    const at = list.indexOf(ival);
    if (at >= 0) {
      list.splice(at, 1);
      list.unshift(ival);
      return;
    }
    if (this.slists) {
      // not an integer node yet: found (or made) by its text, then put on the integer list too
      const found = this.accessText(String(ival), create);
      if (!found) return;
    } else if (create) this.grow();
    else return;
    this.ilists![ival & this.hmask]!.unshift(ival);
  }

  /** Whether the node is there (now). */
  private accessText(key: string, create: boolean): boolean {
    if (!this.slists) this.addTextLists();
    const lists = this.slists!;
    const list = lists[this.hash(key) & this.hmask]!;
    const at = list.indexOf(key);
    if (at >= 0) {
      list.splice(at, 1);
      list.unshift(key);
      return true;
    }
    if (!create) return false;
    this.grow();
    this.slists![this.hash(key) & this.hmask]!.unshift(key);
    return true;
  }

  delete(key: string): void {
    const ival = /^-?(0|[1-9][0-9]*)$/.test(key) ? Number(key) : undefined;
    if (this.splitSize !== undefined) {
      if (ival === undefined || ival < 1 || ival > this.splitSize) return;
      this.convertSplit();
    }
    let removed = false;
    const drop = <T>(list: T[] | undefined, item: T) => {
      const at = list?.indexOf(item) ?? -1;
      if (at >= 0) {
        list!.splice(at, 1);
        removed = true;
      }
    };
    drop(this.slists?.[this.hash(key) & this.hmask], key);
    if (ival !== undefined) drop(this.ilists?.[ival & this.hmask], ival);
    if (removed && --this.size === 0) this.clear();
  }

  /** The keys in the order `for (k in A)` visits them. */
  loopOrder(): string[] {
    if (this.size === 0) return [];
    if (!this.slists) this.addTextLists();
    return this.slists!.flat();
  }

  private emptyLists<T>(): T[][] {
    return Array.from({ length: this.hmask + 1 }, () => []);
  }

  /** split()'s vector becomes integer nodes 1..n, each at the front of its list. */
  private convertSplit(): void {
    const n = this.splitSize!;
    this.splitSize = undefined;
    while (n > (this.hmask + 1) * MAX_AVE_LIST_LENGTH) this.hmask = this.hmask * 2 + 1;
    this.ilists = this.emptyLists();
    for (let i = 1; i <= n; i++) this.ilists[i & this.hmask]!.unshift(i);
  }

  /** Integer nodes get their text, list by list, each at the front of its text list. */
  private addTextLists(): void {
    if (this.splitSize !== undefined) this.convertSplit();
    this.slists = this.emptyLists();
    for (const list of this.ilists ?? []) {
      for (const ival of list) {
        const key = String(ival);
        this.slists[this.hash(key) & this.hmask]!.unshift(key);
      }
    }
  }

  /** One node more; past the limit every list splits in two (order kept), as mawk doubles its table. */
  private grow(): void {
    if (++this.size <= (this.hmask + 1) * MAX_AVE_LIST_LENGTH) return;
    const old = this.hmask;
    this.hmask = old * 2 + 1;
    const split = <T>(lists: T[][] | undefined, bucket: (item: T) => number) => {
      if (!lists) return;
      for (let i = 0; i <= old; i++) {
        const list = lists[i]!;
        lists[i] = list.filter((item) => bucket(item) === i);
        lists[i + old + 1] = list.filter((item) => bucket(item) !== i);
      }
    };
    split(this.slists, (key) => this.hash(key) & this.hmask);
    split(this.ilists, (ival) => ival & this.hmask);
  }
}
