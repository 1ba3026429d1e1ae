// GNU getopt_long as iptables drives it: optstring starting with "-:" (non-options are
// returned in order as code 1, a missing argument gives ":"), long options matched exactly or
// by unique prefix, and a long-option table that grows while parsing (extensions merge their
// options in as they load, newest first).

export interface LongOption<V> {
  name: string;
  /** 0 none, 1 required, 2 optional (only as --name=value). */
  hasArg: 0 | 1 | 2;
  val: V;
}

export type GetoptResult<V> =
  | { kind: "option"; val: V | string; optarg?: string }
  | { kind: "nonoption"; optarg: string }
  | { kind: "missing" } // ':' — required argument missing
  | { kind: "unknown" } // '?'
  | { kind: "end" };

/** A long-option table that finds options itself (exact name first, else unique prefix). */
export interface LongTable<V> {
  lookup(name: string): LongOption<V> | undefined;
}

/** getopt_long's search: an exact name wins; a prefix must not match options that differ. */
export function lookupLong<V>(longs: Iterable<LongOption<V>>, name: string): LongOption<V> | undefined {
  let found: LongOption<V> | undefined;
  let ambiguous = false;
  for (const opt of longs) {
    if (opt.name === name) return opt;
    if (name.length > 0 && opt.name.startsWith(name)) {
      if (!found) found = opt;
      else if (found.val !== opt.val || found.hasArg !== opt.hasArg) ambiguous = true;
    }
  }
  return ambiguous ? undefined : found;
}

/** Short option spec: letter → 0 none, 1 required, 2 optional. */
export type ShortSpec = Record<string, 0 | 1 | 2>;

export class Getopt<V> {
  /** Index of the next argv element to scan (C's optind). */
  optind = 1;
  /** Position inside a cluster of short options ("-nvL"), 0 when not inside one. */
  private nextchar = 0;

  constructor(
    readonly argv: string[],
    private readonly shorts: ShortSpec,
  ) {}

  next(longs: LongOption<V>[] | LongTable<V>): GetoptResult<V> {
    const argv = this.argv;
    if (this.nextchar === 0) {
      if (this.optind >= argv.length) return { kind: "end" };
      const arg = argv[this.optind]!;
      if (arg === "--") {
        this.optind++;
        return { kind: "end" };
      }
      if (arg[0] !== "-" || arg.length === 1) {
        this.optind++;
        return { kind: "nonoption", optarg: arg };
      }
      if (arg.startsWith("--")) return this.long(arg.slice(2), longs);
      this.nextchar = 1;
    }
    return this.short();
  }

  private long(body: string, longs: LongOption<V>[] | LongTable<V>): GetoptResult<V> {
    this.optind++;
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const found = Array.isArray(longs) ? lookupLong(longs, name) : longs.lookup(name);
    if (!found) return { kind: "unknown" };
    if (eq >= 0) {
      if (found.hasArg === 0) return { kind: "unknown" };
      return { kind: "option", val: found.val, optarg: body.slice(eq + 1) };
    }
    if (found.hasArg === 1) {
      if (this.optind >= this.argv.length) return { kind: "missing" };
      return { kind: "option", val: found.val, optarg: this.argv[this.optind++]! };
    }
    return { kind: "option", val: found.val };
  }

  private short(): GetoptResult<V> {
    const arg = this.argv[this.optind]!;
    const c = arg[this.nextchar]!;
    this.nextchar++;
    const atEnd = this.nextchar >= arg.length;
    const spec = Object.hasOwn(this.shorts, c) ? this.shorts[c] : undefined;
    if (spec === undefined || c === ":" || c === "-") {
      if (atEnd) this.finishCluster();
      return { kind: "unknown" };
    }
    if (spec === 0) {
      if (atEnd) this.finishCluster();
      return { kind: "option", val: c };
    }
    if (!atEnd) {
      const optarg = arg.slice(this.nextchar);
      this.finishCluster();
      return { kind: "option", val: c, optarg };
    }
    this.finishCluster();
    if (spec === 2) return { kind: "option", val: c };
    if (this.optind >= this.argv.length) return { kind: "missing" };
    return { kind: "option", val: c, optarg: this.argv[this.optind++]! };
  }

  private finishCluster(): void {
    this.nextchar = 0;
    this.optind++;
  }

  /** xs_has_arg: the next word exists and does not look like an option or "!". */
  hasArg(): boolean {
    const next = this.argv[this.optind];
    return next !== undefined && next[0] !== "-" && next[0] !== "!";
  }

  /** Takes the next word (the caller checked it exists). */
  take(): string {
    return this.argv[this.optind++]!;
  }
}
