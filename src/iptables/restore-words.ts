// Splitting iptables-restore's rule lines into words (add_param_to_argv in iptables-restore.c).
// A dump repeats the same comments on several rules, so a restore can pass a WordCache: a
// repeated quoted word is then the same string, not a new copy.

/**
 * Remembers recently made words by a hash of their characters (one slot per hash, the newest
 * word wins). A hit is checked character by character, so the words are exactly those of a
 * split without the cache. Meant for one restore: the words may be slices of its input.
 */
export class WordCache {
  private readonly slots: (string | undefined)[];
  private readonly mask: number;

  /** `bits`: 2^bits slots (tests use few to force collisions). */
  constructor(bits = 12) {
    this.slots = new Array<string | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
  }

  /** text[start, end) as a string, reusing a remembered equal one. */
  word(text: string, start: number, end: number, hash: number): string {
    const slot = hash & this.mask;
    const known = this.slots[slot];
    if (known !== undefined && known.length === end - start && sameText(known, text, start)) return known;
    const made = text.slice(start, end);
    this.slots[slot] = made;
    return made;
  }
}

/** Whether `text` holds `word` at `start` (the caller checked the length fits). */
function sameText(word: string, text: string, start: number): boolean {
  for (let k = word.length - 1; k >= 0; k--) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * Splits a rule line like iptables-restore's add_param_to_argv: a " opens a quote that goes on
 * the current word, the closing " ends the word (so "x"y is two words), \ escapes only inside
 * quotes, single quotes are plain characters, and an unclosed quote takes the line's newline too.
 * Words are appended to `words`, which is returned.
 */
export function splitRestoreLine(text: string, words: string[] = [], cache?: WordCache): string[] {
  const n = text.length;
  // `word` holds what an earlier run gave the current word (text before a quote, or the
  // unescaped part of a quote); a word made of one run is sliced (or found in the cache) whole
  let word = "";
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === NEWLINE) {
      if (word) words.push(word);
      word = "";
      i++;
      continue;
    }
    const quoted = c === QUOTE;
    if (quoted) i++;
    const start = i;
    let hash = 0;
    let escaped = false;
    // one run: plain characters up to a separator or quote, or a quote's content up to its end
    if (quoted) {
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c === QUOTE || c === BACKSLASH) break;
        hash = (Math.imul(hash, 31) + c) | 0;
      }
    } else {
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c === SPACE || c === TAB || c === NEWLINE || c === QUOTE) break;
      }
    }
    if (quoted && i < n && text.charCodeAt(i) === BACKSLASH) escaped = true;
    // (only quoted words are cached: they are the comments a rule set keeps; other words are
    // parsed into numbers or short-lived, and looking them up costs more than slicing)
    const run = cache && quoted && word === "" && !escaped ? cache.word(text, start, i, hash) : text.slice(start, i);
    word = word === "" ? run : word + run;
    if (!quoted) continue;
    if (escaped) {
      // the rest of the quote (rare): each backslash is dropped and its next character kept
      let from = i;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === QUOTE) break;
        if (c === BACKSLASH) {
          word += text.slice(from, i);
          from = ++i; // the escaped character (if any) begins the next run
          if (i < n) i++;
        } else i++;
      }
      word += text.slice(from, i);
    }
    if (i >= n) {
      // an unclosed quote keeps the newline that ended the line
      words.push(`${word}\n`);
      return words;
    }
    words.push(word); // the closing quote ends the word, even an empty one
    word = "";
    i++;
  }
  if (word) words.push(word);
  return words;
}

/**
 * The first `count` fields of text.slice(start).split(/[ \t]+/) without the regular
 * expression (a chain declaration line, 30k of them in a large dump): separators are runs of
 * spaces and tabs, a leading run gives an empty first field, a trailing one an empty last field.
 */
export function leadingFields(text: string, start: number, count: number): string[] {
  const fields: string[] = [];
  const n = text.length;
  let from = Math.min(start, n);
  for (let i = from; i <= n && fields.length < count; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c !== SPACE && c !== TAB && c !== -1) continue;
    fields.push(text.slice(from, i));
    while (i + 1 < n && (text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB)) i++;
    from = i + 1;
  }
  return fields;
}
