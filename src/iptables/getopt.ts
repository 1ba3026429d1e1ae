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

/** A getopt_long table written as C writes it: [name, has_arg, val] rows. */
export function longOptions<V = string>(rows: readonly (readonly [string, 0 | 1 | 2, V])[]): LongOption<V>[] {
  return rows.map(([name, hasArg, val]) => ({ name, hasArg, val }));
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
  /**
   * Optional: the option whose name is exactly `arg` without its "--" (no "=" in it), or
   * undefined to fall back to lookup(); lets a table key its options by the whole word.
   */
  lookupArg?(arg: string): LongOption<V> | undefined;
}

/** getopt_long's search: an exact name wins; a prefix must not match options that differ. */
export function lookupLong<V>(longs: Iterable<LongOption<V>>, name: string): LongOption<V> | undefined {
  let found: LongOption<V> | undefined;
  let ambiguous = false;
  for (const opt of longs) {
    if (opt.name === name) return opt;
    // (glibc compares the first strlen(name) characters: "--=x" names every option)
    if (opt.name.startsWith(name)) {
      if (!found) found = opt;
      else if (found.val !== opt.val || found.hasArg !== opt.hasArg) ambiguous = true;
    }
  }
  return ambiguous ? undefined : found;
}

/** Short option spec: letter → 0 none, 1 required, 2 optional. */
export type ShortSpec = Record<string, 0 | 1 | 2>;

/** What Getopt.step() found (its value and argument are left in `val` and `optarg`). */
export const STEP_OPTION = 0;
export const STEP_NONOPTION = 1;
export const STEP_MISSING = 2;
export const STEP_UNKNOWN = 3;
export const STEP_END = 4;
type Step = typeof STEP_OPTION | typeof STEP_NONOPTION | typeof STEP_MISSING | typeof STEP_UNKNOWN | typeof STEP_END;

const shortTables = new WeakMap<ShortSpec, Int8Array>();

function shortTableOf(shorts: ShortSpec): Int8Array {
  let table = shortTables.get(shorts);
  if (!table) {
    table = new Int8Array(128).fill(-1);
    for (const [letter, spec] of Object.entries(shorts)) if (letter.length === 1 && letter.charCodeAt(0) < 128) table[letter.charCodeAt(0)] = spec;
    shortTables.set(shorts, table);
  }
  return table;
}

export class Getopt<V> {
  /** Index of the next argv element to scan (C's optind). */
  optind = 1;
  /** Position inside a cluster of short options ("-nvL"), 0 when not inside one. */
  private nextchar = 0;
  /** After step(): the option found (its long-table value, or the short option's letter). */
  val: V | string | undefined = undefined;
  /** After step(): the option's argument, or the non-option word. */
  optarg: string | undefined = undefined;
  /** After a failed step(): glibc's complaint without the program name ("invalid option -- 'x'"). */
  failure = "";

  /** The short spec by character code (-1: not an option), looked up per cluster letter. */
  private readonly shortTable: Int8Array;

  constructor(
    public argv: string[],
    shorts: ShortSpec,
  ) {
    this.shortTable = shortTableOf(shorts);
  }

  /** Words of argv in use (a reused word list may hold more); undefined: all of them. */
  private argc: number | undefined = undefined;

  private get end(): number {
    return this.argc ?? this.argv.length;
  }

  /** Starts over on the first `argc` words of another argv (a per-line parser reuses one Getopt). */
  restart(argv: string[], argc?: number): void {
    this.argv = argv;
    this.argc = argc;
    this.optind = 1;
    this.nextchar = 0;
    this.val = undefined;
    this.optarg = undefined;
  }

  next(longs: LongOption<V>[] | LongTable<V>): GetoptResult<V> {
    switch (this.step(longs)) {
      case STEP_OPTION:
        return this.optarg === undefined ? { kind: "option", val: this.val! } : { kind: "option", val: this.val!, optarg: this.optarg };
      case STEP_NONOPTION:
        return { kind: "nonoption", optarg: this.optarg! };
      case STEP_MISSING:
        return { kind: "missing" };
      case STEP_UNKNOWN:
        return { kind: "unknown" };
      default:
        return { kind: "end" };
    }
  }

  /** next() without a result object: a parser calls it once per word of every rule line. */
  step(longs: LongOption<V>[] | LongTable<V>): Step {
    const argv = this.argv;
    this.val = undefined;
    this.optarg = undefined;
    if (this.nextchar === 0) {
      if (this.optind >= this.end) return STEP_END;
      const arg = argv[this.optind]!;
      if (arg === "--") {
        this.optind++;
        return STEP_END;
      }
      if (arg[0] !== "-" || arg.length === 1) {
        this.optind++;
        this.optarg = arg;
        return STEP_NONOPTION;
      }
      if (arg[1] === "-") return this.long(arg, longs);
      this.nextchar = 1;
    }
    return this.short();
  }

  private long(arg: string, longs: LongOption<V>[] | LongTable<V>): Step {
    this.optind++;
    const eq = arg.indexOf("=", 2);
    let found: LongOption<V> | undefined;
    if (Array.isArray(longs)) found = lookupLong(longs, eq >= 0 ? arg.slice(2, eq) : arg.slice(2));
    else {
      if (eq < 0 && longs.lookupArg) found = longs.lookupArg(arg);
      found ??= longs.lookup(eq >= 0 ? arg.slice(2, eq) : arg.slice(2));
    }
    if (!found) {
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const candidates = Array.isArray(longs) ? longs.filter((o) => o.name.startsWith(name)) : [];
      this.failure =
        candidates.length > 1
          ? `option '${arg}' is ambiguous; possibilities:${candidates.map((o) => ` '--${o.name}'`).join("")}`
          : `unrecognized option '${arg}'`;
      return STEP_UNKNOWN;
    }
    if (eq >= 0) {
      if (found.hasArg === 0) {
        this.failure = `option '--${found.name}' doesn't allow an argument`;
        return STEP_UNKNOWN;
      }
      this.val = found.val;
      this.optarg = arg.slice(eq + 1);
      return STEP_OPTION;
    }
    this.val = found.val;
    if (found.hasArg === 1) {
      if (this.optind >= this.end) {
        this.val = undefined;
        this.failure = `option '--${found.name}' requires an argument`;
        return STEP_MISSING;
      }
      this.optarg = this.argv[this.optind++]!;
    }
    return STEP_OPTION;
  }

  private short(): Step {
    const arg = this.argv[this.optind]!;
    const c = arg[this.nextchar]!;
    this.nextchar++;
    const atEnd = this.nextchar >= arg.length;
    const code = c.charCodeAt(0);
    const spec = code < 128 ? this.shortTable[code] : -1;
    if (spec === -1 || spec === undefined || c === ":" || c === "-") {
      if (atEnd) this.finishCluster();
      this.failure = `invalid option -- '${c}'`;
      return STEP_UNKNOWN;
    }
    if (spec === 0) {
      if (atEnd) this.finishCluster();
      this.val = c;
      return STEP_OPTION;
    }
    if (!atEnd) {
      this.optarg = arg.slice(this.nextchar);
      this.finishCluster();
      this.val = c;
      return STEP_OPTION;
    }
    this.finishCluster();
    if (spec === 2) {
      this.val = c;
      return STEP_OPTION;
    }
    if (this.optind >= this.end) {
      this.failure = `option requires an argument -- '${c}'`;
      return STEP_MISSING;
    }
    this.val = c;
    this.optarg = this.argv[this.optind++]!;
    return STEP_OPTION;
  }

  private finishCluster(): void {
    this.nextchar = 0;
    this.optind++;
  }

  /** xs_has_arg: the next word exists and does not look like an option or "!". */
  hasArg(): boolean {
    if (this.optind >= this.end) return false;
    const next = this.argv[this.optind]!;
    return next[0] !== "-" && next[0] !== "!";
  }

  /** Takes the next word (the caller checked it exists). */
  take(): string {
    return this.argv[this.optind++]!;
  }
}
