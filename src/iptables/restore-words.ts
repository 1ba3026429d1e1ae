// Reading iptables-restore's input: its lines as fgets gives them, and rule lines split into
// words (add_param_to_argv in iptables-restore.c).
// A dump repeats the same words on every line ("-A", "-m", "--comment") and the same comments
// on several rules, so a restore can pass a WordCache: a known option word or a repeated
// quoted word is then one shared string, not a new copy per line.
import { paramProblem } from "../netfilter/xtables-error.js";

/** iptables-restore reads its input with fgets into a 10240-byte buffer. */
export const FGETS_MAX = 10239;

/** Where the piece of line [pos, eol) that fgets reads ends, and where its next read starts. */
export function fgetsCut(input: string, pos: number, eol: number): { end: number; next: number } {
  let bytes = 0;
  for (let i = pos; i < eol; i++) {
    const c = input.charCodeAt(i);
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (bytes + size > FGETS_MAX) return { end: i, next: i };
    bytes += size;
  }
  // (a line of exactly FGETS_MAX bytes leaves its newline to the next read: an empty line)
  return bytes === FGETS_MAX && eol < input.length ? { end: eol, next: eol } : { end: eol, next: eol + 1 };
}

/** How many words add_argv keeps for a line (MAX_ARGC 255, less the closing NULL). */
export const MAX_ARGC = 254;

/** One fgets read of the input (nextFgetsLine fills it in; one object serves a whole input). */
export interface FgetsRead {
  /** The read's text ends here, before its newline (input[pos, eol)). */
  eol: number;
  /** The C string read ends here: at its first NUL, else at eol. */
  end: number;
  /** Where the next read starts. */
  next: number;
  /** Whether the C string read ends with its newline (no NUL, buffer or input end cut it). */
  heldNewline: boolean;
  /** The input's first NUL at or after the last read (input.length when none). */
  nul: number;
}

export function newFgetsRead(): FgetsRead {
  return { eol: 0, end: 0, next: 0, heldNewline: false, nul: -1 };
}

/**
 * The line fgets reads from `pos` on, as C then sees it: at most FGETS_MAX bytes (see
 * fgetsCut), up to its first NUL. A final newline ends the last line.
 */
export function nextFgetsLine(input: string, pos: number, read: FgetsRead): FgetsRead {
  let eol = input.indexOf("\n", pos);
  if (eol < 0) eol = input.length;
  let next = eol + 1;
  if (eol - pos >= FGETS_MAX / 3) ({ end: eol, next } = fgetsCut(input, pos, eol));
  // (the NUL is looked for again only once passed: one scan for the whole input)
  if (read.nul < pos) {
    read.nul = input.indexOf("\0", pos);
    if (read.nul < 0) read.nul = input.length;
  }
  const end = read.nul < eol ? read.nul : eol;
  read.eol = eol;
  read.end = end;
  read.next = next;
  read.heldNewline = end === eol && next === eol + 1 && eol < input.length;
  return read;
}

/** Hash of text[start, end) as the splitter computes it while scanning. */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/**
 * Remembers recently made words by a hash of their characters (one slot per hash, the newest
 * word wins). A hit is checked character by character, so the words are exactly those of a
 * split without the cache. Meant for one restore: the words may be slices of its input.
 */
export class WordCache {
  private readonly slots: (string | undefined)[];
  private readonly mask: number;

  /**
   * `bits`: 2^bits slots (tests use few to force collisions). `vocabulary`: words found among
   * unquoted ones (option names); quoted words are remembered as they come.
   */
  constructor(
    bits = 12,
    private readonly vocabulary?: Vocabulary,
  ) {
    this.slots = new Array<string | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
  }

  /** An unquoted word: from the vocabulary or the remembered names when it is there, else sliced. */
  plain(text: string, start: number, end: number, hash: number): string {
    return this.vocabulary?.find(text, start, end, hash) ?? (this.nameCount > 0 ? this.findName(text, start, end, hash) : undefined) ?? text.slice(start, end);
  }

  /**
   * Chain names the restore declared (open addressing, never more than half full): a rule's
   * chain or jump target equal to one is then that very string, so finding the chain by it is
   * quick and the rules that jump to a chain share one name.
   */
  private names: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  private nameCount = 0;

  remember(name: string): void {
    if (2 * (this.nameCount + 1) > this.names.length) {
      const old = this.names;
      this.names = new Array<string | undefined>(2 * old.length).fill(undefined);
      this.nameCount = 0;
      for (const known of old) if (known !== undefined) this.remember(known);
    }
    const names = this.names;
    const mask = names.length - 1;
    let slot = hashOf(name) & mask;
    for (let known = names[slot]; known !== undefined; known = names[slot]) {
      if (known === name) return;
      slot = (slot + 1) & mask;
    }
    names[slot] = name;
    this.nameCount++;
  }

  private findName(text: string, start: number, end: number, hash: number): string | undefined {
    const names = this.names;
    const mask = names.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const known = names[slot];
      if (known === undefined) return undefined;
      if (known.length === end - start && sameText(known, text, start)) return known;
    }
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

/** A fixed set of words, found by hash without slicing the text (never evicted). */
export class Vocabulary {
  private readonly slots: (string | undefined)[];
  private readonly mask: number;

  constructor(words: Iterable<string>, bits = 12) {
    this.slots = new Array<string | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
    // on a collision the first word keeps the slot; the others are simply sliced when met
    for (const w of words) {
      const slot = hashOf(w) & this.mask;
      this.slots[slot] ??= w;
    }
  }

  find(text: string, start: number, end: number, hash: number): string | undefined {
    const known = this.slots[hash & this.mask];
    return known !== undefined && known.length === end - start && sameText(known, text, start) ? known : undefined;
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
 * quotes, single quotes are plain characters, and an unclosed quote takes the line's newline too
 * (`heldNewline`: whether the line read had one).
 * Words are appended to `words`, which is returned.
 */
export function splitRestoreLine(text: string, words: string[] = [], cache?: WordCache): string[] {
  splitRestoreLineInto(text, words, words.length, cache);
  return words;
}

/**
 * splitRestoreLine writing the words into `words` from index `at` on, over whatever was there
 * (a restore reuses one list for all its lines): returns the index after the last word.
 */
export function splitRestoreLineInto(text: string, words: string[], at: number, cache?: WordCache, maxWords = Infinity, heldNewline = true): number {
  const end = splitWords(text, words, at, cache, heldNewline);
  // add_param_to_argv gathers each word in a 1024-byte buffer, and add_argv keeps at most
  // maxWords words in all (a line under 342 characters has no word of 1024 bytes)
  if (text.length < 342 && end <= maxWords) return end;
  for (let i = at; i < end; i++) {
    const w = words[i]!;
    if (w.length >= 342 && (w.length >= 1024 || Buffer.byteLength(w) >= 1024)) throw paramProblem("Parameter too long!");
    if (i >= maxWords) throw paramProblem("Parser cannot handle more arguments");
  }
  return end;
}

function splitWords(text: string, words: string[], at: number, cache: WordCache | undefined, heldNewline: boolean): number {
  const n = text.length;
  // `word` holds what an earlier run gave the current word (text before a quote, or the
  // unescaped part of a quote); a word made of one run is sliced (or found in the cache) whole
  let word = "";
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === SPACE || c === TAB || c === NEWLINE) {
      if (word) words[at++] = word;
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
        hash = (Math.imul(hash, 31) + c) | 0;
      }
    }
    if (quoted && i < n && text.charCodeAt(i) === BACKSLASH) escaped = true;
    // (quoted words are remembered: they are the comments a rule set keeps; an unquoted word is
    // only looked up in the fixed vocabulary: most others are addresses and names seen once)
    let run: string;
    if (!cache || word !== "" || escaped) run = text.slice(start, i);
    else run = quoted ? cache.word(text, start, i, hash) : cache.plain(text, start, i, hash);
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
      // an unclosed quote keeps the newline that ended the line, when the line read held one
      // (not when a NUL, fgets' buffer or the input's end cut it)
      if (heldNewline) words[at++] = `${word}\n`;
      else if (word !== "") words[at++] = word;
      return at;
    }
    words[at++] = word; // the closing quote ends the word, even an empty one
    word = "";
    i++;
  }
  if (word) words[at++] = word;
  return at;
}

/**
 * The first `count` tokens strtok(" \t\n") gives from text.slice(start), as iptables-restore
 * reads a chain declaration line (30k of them in a large dump): runs of blanks separate tokens
 * and never make empty ones.
 */
export function leadingFields(text: string, start: number, count: number): string[] {
  const fields: string[] = [];
  const n = text.length;
  let i = Math.min(start, n);
  while (fields.length < count) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && !isBlank(text.charCodeAt(i))) i++;
    fields.push(text.slice(from, i));
  }
  return fields;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE;
}

/**
 * A rule line's leading "[PKTS:BYTES]" as iptables-restore reads it: strtok(":") then strtok("]")
 * over the rest of the line. Returns the counter texts (undefined without a bracket) and the
 * line after the "]"; a malformed one throws iptables-restore's "Bad line" error.
 */
export function ruleLineCounters(line: string, lineNo: number): { counters?: [string, string]; rest: string } {
  if (line[0] !== "[") return { rest: line };
  const close = line.indexOf("]");
  if (close < 0) throw paramProblem(`Bad line ${lineNo}: need ]`);
  const m = /^:*([^:]+)(?::(\]*)([^\]]*))?/.exec(line.slice(1));
  if (!m) throw paramProblem(`Bad line ${lineNo}: need :`);
  if (m[3] === undefined || m[3] === "") throw paramProblem(`Bad line ${lineNo}: need ]`);
  return { counters: [m[1]!, m[3]], rest: line.slice(close + 1) };
}
