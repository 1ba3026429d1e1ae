// Builds a long text (a 13 MB `iptables -L` of a kube-proxy table) from many small pieces without
// a string per piece: characters go into one growing byte buffer as Latin-1 and become a string
// once at the end. Joining strings made the garbage collector copy every line and piece of a
// first listing; this allocates little more than the output itself.

/** Decoded in one step: Latin-1 maps each byte to the character with that code. */
function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("latin1");
}

/** A text written many times (a listing's column header line): its bytes made once. */
export class FixedText {
  readonly bytes: Uint8Array | undefined;

  constructor(readonly text: string) {
    let latin1 = true;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) latin1 = false;
    this.bytes = latin1 ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : undefined;
  }
}

const SPACE = 32;
const ZERO = 48;

/** The buffers TextWriter.borrow lends, when not lent out. */
const shared: (Uint8Array | undefined)[] = [undefined, undefined];

export class TextWriter {
  private bytes: Uint8Array;
  private pos = 0;
  /** Text before the buffer's bytes: a character over U+00FF does not fit a byte, so the buffer
   * is turned into a string there and the wide text follows as it is. */
  private done: string[] = [];
  /** Characters (UTF-16 code units) in `done`. */
  private doneLength = 0;
  /** The shared buffer this writer was lent (TextWriter.borrow), if any. */
  private slot: 0 | 1 | undefined;

  constructor(capacity = 1024, bytes?: Uint8Array) {
    this.bytes = bytes && bytes.length >= capacity ? bytes : new Uint8Array(capacity);
  }

  /**
   * A writer over one of the few large buffers whole-table listings share (`slot` 0 or 1), made
   * as large as `capacity` first: each fresh multi-megabyte buffer counts as new external memory,
   * which makes V8 collect the whole heap (a kube-proxy rule set included) to make room.
   * Give it back with `release()` once its text is taken.
   */
  static borrow(slot: 0 | 1, capacity: number): TextWriter {
    const held = shared[slot];
    shared[slot] = undefined;
    const w = new TextWriter(capacity, held);
    w.slot = slot;
    return w;
  }

  /** Hands the buffer of a borrowed writer back (the writer must not be used again). */
  release(): void {
    if (this.slot === undefined) return;
    shared[this.slot] = this.bytes;
    this.pos = 0;
  }

  /** Characters written so far (string offsets of the result). */
  get length(): number {
    return this.doneLength + this.pos;
  }

  private room(n: number): void {
    if (this.pos + n > this.bytes.length) this.grow(n);
  }

  private grow(n: number): void {
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.pos + n));
    bigger.set(this.bytes.subarray(0, this.pos));
    this.bytes = bigger;
  }

  private flush(): void {
    if (this.pos === 0) return;
    this.done.push(latin1(this.bytes, 0, this.pos));
    this.doneLength += this.pos;
    this.pos = 0;
  }

  text(s: string): void {
    const n = s.length;
    this.room(n);
    const bytes = this.bytes;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) {
        // the rest of this piece stays a string (rare: names and comments in other scripts)
        this.pos = pos;
        this.flush();
        const rest = i === 0 ? s : s.slice(i);
        this.done.push(rest);
        this.doneLength += rest.length;
        return;
      }
      bytes[pos++] = c;
    }
    this.pos = pos;
  }

  fixed(piece: FixedText): void {
    const bytes = piece.bytes;
    if (!bytes) return this.text(piece.text);
    this.room(bytes.length);
    this.bytes.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  char(code: number): void {
    this.room(1);
    this.bytes[this.pos++] = code;
  }

  spaces(n: number): void {
    if (n <= 0) return;
    this.room(n);
    // (a loop: the columns are a few spaces wide, fill() costs more to call)
    const bytes = this.bytes;
    let pos = this.pos;
    for (let i = 0; i < n; i++) bytes[pos++] = SPACE;
    this.pos = pos;
  }

  /** `s` left-aligned in `width` columns (longer text is not cut, as printf's %-Ns). */
  padded(s: string, width: number): void {
    this.text(s);
    // printf counts bytes: a non-ASCII name (UTF-8) gets less padding
    let size = s.length;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        size = Buffer.byteLength(s, "utf8");
        break;
      }
    }
    this.spaces(width - size);
  }

  /** A non-negative integer below 2^53 in decimal. */
  uint(n: number): void {
    if (n < 10) {
      this.char(ZERO + n);
      return;
    }
    if (n < 1000) {
      // (address bytes and prefix lengths: no number-to-string conversion)
      this.room(3);
      if (n >= 100) this.bytes[this.pos++] = ZERO + ((n / 100) | 0);
      this.bytes[this.pos++] = ZERO + (((n / 10) | 0) % 10);
      this.bytes[this.pos++] = ZERO + (n % 10);
      return;
    }
    this.text(String(n));
  }

  /** Dotted quad of an unsigned 32-bit address. */
  ipv4(addr: number): void {
    this.uint(addr >>> 24);
    this.char(46);
    this.uint((addr >>> 16) & 255);
    this.char(46);
    this.uint((addr >>> 8) & 255);
    this.char(46);
    this.uint(addr & 255);
  }

  /** Whether everything written so far is in the byte buffer (nothing over U+00FF). */
  get bytesOnly(): boolean {
    return this.done.length === 0;
  }

  /** Characters [from, to) of a bytesOnly writer, copied as bytes. */
  copy(src: TextWriter, from: number, to: number): void {
    if (!src.bytesOnly) throw new Error("TextWriter.copy: the source holds text over U+00FF");
    this.room(to - from);
    this.bytes.set(src.bytes.subarray(from, to), this.pos);
    this.pos += to - from;
  }

  /** Everything written, as one string; the writer starts empty again. */
  finish(): string {
    let out: string;
    if (this.done.length === 0) out = latin1(this.bytes, 0, this.pos);
    else {
      this.flush();
      out = this.done.length === 1 ? this.done[0]! : this.done.join("");
    }
    this.done = [];
    this.doneLength = 0;
    this.pos = 0;
    return out;
  }
}
