// sort [-nrufbs] [-t SEP] [-k F[.C][opts][,G[opts]]]… [-o FILE] [FILE]… (LC_ALL=C byte order).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";

interface Key {
  start: number;
  /** 1-based character offset in the start field (0: its first character). */
  startChar: number;
  end?: number;
  /** Character offset in the end field (0: to the field's end). */
  endChar: number;
  numeric: boolean;
  reverse: boolean;
  fold: boolean;
  blanks: boolean;
  version?: boolean;
  /** -g, -M, -h, -R within the key (or inherited from the global options). */
  general?: boolean;
  month?: boolean;
  human?: boolean;
  random?: boolean;
  /** -d (blanks and alphanumerics only) and -i (printable characters only) within the key. */
  dictionary?: boolean;
  printable?: boolean;
}

/** GNU parse_field_count: leading digits, or the error quoting the rest of the spec. */
function count(s: string, what: string): [number, string] | string {
  const m = /^\+?([0-9]+)/.exec(s);
  if (!m) return `${what}: invalid count at start of '${s}'`;
  return [Number(m[1]), s.slice(m[0].length)];
}

/** `-k POS1[,POS2]` where POS is F[.C][OPTS]; a string is GNU sort's error text. */
type Modes = Omit<Key, "start" | "startChar" | "end" | "endChar">;

function parseKey(spec: string, p: Modes): Key | string {
  const bad = (why: string) => `${why}: invalid field specification '${spec}'`;
  let r = count(spec, "invalid number at field start");
  if (typeof r === "string") return r;
  const [start] = r;
  if (start === 0) return bad("field number is zero");
  let rest = r[1];
  let startChar = 0;
  if (rest.startsWith(".")) {
    r = count(rest.slice(1), "invalid number after '.'");
    if (typeof r === "string") return r;
    if (r[0] === 0) return bad("character offset is zero");
    [startChar, rest] = r;
  }
  let opts = /^[bdfgiMhnRrV]*/.exec(rest)![0];
  rest = rest.slice(opts.length);
  let end: number | undefined;
  let endChar = 0;
  if (rest.startsWith(",")) {
    r = count(rest.slice(1), "invalid number after ','");
    if (typeof r === "string") return r;
    if (r[0] === 0) return bad("field number is zero");
    [end, rest] = r;
    if (rest.startsWith(".")) {
      r = count(rest.slice(1), "invalid number after '.'");
      if (typeof r === "string") return r;
      [endChar, rest] = r;
    }
    const more = /^[bdfgiMhnRrV]*/.exec(rest)![0];
    opts += more;
    rest = rest.slice(more.length);
  }
  if (rest !== "") return bad("stray character in field spec");
  const own = opts.length > 0;
  return {
    start,
    startChar,
    end,
    endChar,
    numeric: own ? /[ngh]/.test(opts) : p.numeric,
    reverse: own ? opts.includes("r") : p.reverse,
    fold: own ? opts.includes("f") : p.fold,
    blanks: own ? opts.includes("b") : p.blanks,
    version: own ? opts.includes("V") : p.version,
    general: own ? opts.includes("g") : p.general,
    month: own ? opts.includes("M") : p.month,
    human: own ? opts.includes("h") : p.human,
    random: own ? opts.includes("R") : p.random,
    dictionary: own ? opts.includes("d") : p.dictionary,
    printable: own ? opts.includes("i") : p.printable,
  };
}

/** Fields with their leading blanks (no -t), or split on the separator. */
function fields(line: string, sep: string | undefined): string[] {
  if (sep !== undefined) return line.split(sep);
  return line.match(/[ \t]*[^ \t]+|[ \t]+$/g) ?? [""];
}

function keyText(line: string, key: Key, sep: string | undefined): string {
  const f = fields(line, sep);
  const trim = (t: string) => (key.blanks ? t.replace(/^[ \t]+/, "") : t);
  // Offsets into the line where the key starts and ends (GNU begfield/limfield).
  const offset = (k: number) => f.slice(0, k).reduce((n, x) => n + x.length + (sep === undefined ? 0 : 1), 0);
  let from = Math.min(offset(key.start - 1), line.length);
  const first = f[key.start - 1] ?? "";
  from += first.length - trim(first).length;
  if (key.startChar > 0) from = Math.min(from + key.startChar - 1, from + trim(first).length);
  let to = line.length;
  if (key.end !== undefined) {
    const last = f[key.end - 1] ?? "";
    const base = Math.min(offset(key.end - 1), line.length);
    if (key.endChar > 0) {
      const skipped = key.blanks ? last.length - trim(last).length : 0;
      to = Math.min(base + skipped + key.endChar, base + last.length);
    } else to = Math.min(base + last.length, line.length);
  }
  return to <= from ? "" : line.slice(from, to);
}

function numberOf(s: string): number {
  const m = /^[ \t]*(-?[0-9]*\.?[0-9]+|-?[0-9]+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/** Debian's verrevcmp order for a non-digit character: ~ first, then the end, letters, the rest. */
function versionOrder(c: string | undefined): number {
  if (c === undefined || /[0-9]/.test(c)) return 0;
  if (/[A-Za-z]/.test(c)) return c.charCodeAt(0);
  return c === "~" ? -1 : c.charCodeAt(0) + 256;
}

/** sort -V: runs of digits compare as numbers, the text between them character by character. */
function versionCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !/[0-9]/.test(a[i]!)) || (j < b.length && !/[0-9]/.test(b[j]!))) {
      const d = versionOrder(a[i]) - versionOrder(b[j]);
      if (d !== 0) return d;
      i++;
      j++;
    }
    while (a[i] === "0") i++;
    while (b[j] === "0") j++;
    let first = 0;
    while (i < a.length && j < b.length && /[0-9]/.test(a[i]!) && /[0-9]/.test(b[j]!)) {
      first ||= a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < a.length && /[0-9]/.test(a[i]!)) return 1;
    if (j < b.length && /[0-9]/.test(b[j]!)) return -1;
    if (first !== 0) return first;
  }
  return 0;
}

/** sort -h: the SI suffix decides first (none < K < M < G …), then the number. */
function humanCompare(a: string, b: string): number {
  const parse = (s: string): [number, number] => {
    const m = /^[ \t]*(-?[0-9]*\.?[0-9]+)([KMGTPEZYRQk]?)/.exec(s);
    if (!m) return [0, 0];
    const n = Number(m[1]);
    const rank = m[2] ? "kMGTPEZYRQ".indexOf(m[2] === "K" ? "k" : m[2]) + 1 : 0;
    return [Math.sign(n) * rank, n];
  };
  const [ra, na] = parse(a);
  const [rb, nb] = parse(b);
  return ra !== rb ? ra - rb : na - nb;
}

/** sort -g: strtold's numbers; text that is no number sorts first, then NaN, then by value. */
function generalValue(s: string): number {
  const m = /^[ \t\n]*([-+]?(?:inf(?:inity)?|nan|0x[0-9a-f]*\.?[0-9a-f]*(?:p[-+]?[0-9]+)?|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?))/i.exec(s);
  if (!m) return -Infinity - 1;
  const t = m[1]!.toLowerCase();
  if (t.includes("nan")) return NaN;
  if (t.includes("inf")) return t.startsWith("-") ? -Infinity : Infinity;
  if (t.replace(/^[-+]/, "").startsWith("0x")) return (t.startsWith("-") ? -1 : 1) * parseInt(t.replace(/^[-+]?0x/, ""), 16);
  return Number(t);
}

function generalCompare(a: string, b: string): number {
  const [x, y] = [generalValue(a), generalValue(b)];
  // no number (-Infinity - 1 is still -Infinity, so mark it apart) < NaN < numbers
  const rank = (v: number, s: string) => (Number.isNaN(v) ? 1 : v === -Infinity && !/^[ \t\n]*-inf/i.test(s) ? 0 : 2);
  const [ra, rb] = [rank(x, a), rank(y, b)];
  if (ra !== rb || ra < 2) return ra - rb;
  return x < y ? -1 : x > y ? 1 : 0;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const monthOf = (s: string) => MONTHS.indexOf(s.trimStart().slice(0, 3).toUpperCase()) + 1;

/** sort -R: a fixed hash stands in for GNU's random key (the order is arbitrary either way). */
function hashOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function cmp(a: string, b: string, numeric: boolean, fold: boolean, version = false, human = false, modes: Partial<Modes> = {}): number {
  if (modes.random) return hashOf(a) - hashOf(b) || (a < b ? -1 : a > b ? 1 : 0);
  if (modes.general) return generalCompare(a, b);
  if (modes.month) return monthOf(a) - monthOf(b);
  if (version) return versionCompare(a, b);
  if (human) return humanCompare(a, b);
  if (numeric) return numberOf(a) - numberOf(b);
  if (modes.dictionary) [a, b] = [a.replace(/[^ \tA-Za-z0-9]/g, ""), b.replace(/[^ \tA-Za-z0-9]/g, "")];
  if (modes.printable) [a, b] = [a.replace(/[^\x20-\x7e]/g, ""), b.replace(/[^\x20-\x7e]/g, "")];
  if (fold) {
    a = a.toUpperCase();
    b = b.toUpperCase();
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export const sort: Command = {
  name: "sort",
  run(ctx) {
    const p = parseOptions("sort", ctx.argv.slice(1), {
      flags: "nrufbsVhgcCmzMRdi",
      withArg: "tko",
      long: {
        "numeric-sort": "n", reverse: "r", unique: "u", "ignore-case": "f", "ignore-leading-blanks": "b", stable: "s",
        "field-separator=": "t", "key=": "k", "output=": "o", "version-sort": "V", "human-numeric-sort": "h",
        "general-numeric-sort": "g", check: "c", "zero-terminated": "z", "month-sort": "M", "random-sort": "R", "dictionary-order": "d", "ignore-nonprinting": "i",
      },
      usageRc: 2,
    });
    if (isResult(p)) return p;
    const reverse = has(p, "r");
    const global: Modes = {
      numeric: has(p, "n") || has(p, "g") || has(p, "h"), fold: has(p, "f"), blanks: has(p, "b"), version: has(p, "V"), reverse,
      general: has(p, "g"), month: has(p, "M"), human: has(p, "h"), random: has(p, "R"), dictionary: has(p, "d"), printable: has(p, "i"),
    };
    const sep = lastValue(p, "t");
    if (sep === "") return done("", "sort: empty tab\n", 2);
    if (sep !== undefined && sep.length !== 1) return done("", `sort: multi-character tab '${sep}'\n`, 2);
    const keys: Key[] = [];
    for (const [f, v] of p.opts) {
      if (f !== "k") continue;
      const k = parseKey(v, global);
      if (typeof k === "string") return done("", `sort: ${k}\n`, 2);
      keys.push(k);
    }
    const { sources, errors } = readSources(ctx, "sort", p.args);
    if (errors.length) return done("", errors.map((e) => e.replace(/^sort: (.*): No such/, "sort: cannot read: $1: No such")).join(""), 2);
    const eol = has(p, "z") ? "\0" : "\n";
    const lines = sources.flatMap((s) => (eol === "\n" ? splitLines(s.data) : s.data.split(eol).filter((l, i, a) => i < a.length - 1 || l !== "")));
    const compareKeys = (a: string, b: string): number => {
      if (keys.length === 0) {
        const trim = (s: string) => (global.blanks ? s.replace(/^[ \t]+/, "") : s);
        const c = cmp(trim(a), trim(b), global.numeric, global.fold, global.version, has(p, "h"), global);
        return reverse ? -c : c;
      }
      for (const k of keys) {
        const c = cmp(keyText(a, k, sep), keyText(b, k, sep), k.numeric, k.fold, k.version, k.human, k);
        if (c !== 0) return k.reverse ? -c : c;
      }
      return 0;
    };
    const lastResort = !(has(p, "s") || has(p, "u")) && (keys.length > 0 || global.numeric || global.fold || global.version || global.month || global.random || global.dictionary || global.printable);
    const compare = (a: string, b: string): number => {
      const c = compareKeys(a, b);
      if (c !== 0 || !lastResort) return c;
      const raw = a < b ? -1 : a > b ? 1 : 0;
      return reverse ? -raw : raw;
    };
    if (has(p, "c") || has(p, "C")) {
      const bad = lines.findIndex((l, i) => i > 0 && (has(p, "u") ? compare(lines[i - 1]!, l) >= 0 : compare(lines[i - 1]!, l) > 0));
      if (bad < 0) return done();
      return done("", has(p, "C") ? "" : `sort: ${p.args[0] ?? "-"}:${bad + 1}: disorder: ${lines[bad]}\n`, 1);
    }
    const sorted = lines.slice().sort(compare);
    const out = has(p, "u") ? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1]!, l) !== 0) : sorted;
    const text = out.map((l) => l + eol).join("");
    const file = lastValue(p, "o");
    if (file !== undefined) {
      const err = ctx.fs.writeFile(file, text);
      return err ? done("", `sort: open failed: ${file}: ${err}\n`, 2) : done();
    }
    return done(text);
  },
};
