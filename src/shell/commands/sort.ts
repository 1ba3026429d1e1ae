// sort [-nrufbs] [-t SEP] [-k F[.C][opts][,G[opts]]]… [-o FILE] [FILE]… (LC_ALL=C byte order).
import type { Command } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";

interface Key {
  start: number;
  end?: number;
  numeric: boolean;
  reverse: boolean;
  fold: boolean;
  blanks: boolean;
  version?: boolean;
}

function parseKey(spec: string, p: { numeric: boolean; fold: boolean; blanks: boolean; version: boolean }): Key | undefined {
  const m = /^([0-9]+)(?:\.[0-9]+)?([bdfgMnrhV]*)(?:,([0-9]+)(?:\.[0-9]+)?([bdfgMnrhV]*))?$/.exec(spec);
  if (!m || Number(m[1]) === 0) return undefined;
  const opts = (m[2] ?? "") + (m[4] ?? "");
  const own = opts.length > 0;
  return {
    start: Number(m[1]),
    end: m[3] ? Number(m[3]) : undefined,
    numeric: own ? /[ngh]/.test(opts) : p.numeric,
    reverse: opts.includes("r"),
    fold: own ? opts.includes("f") : p.fold,
    blanks: own ? opts.includes("b") : p.blanks,
    version: own ? opts.includes("V") : p.version,
  };
}

/** Fields with their leading blanks (no -t), or split on the separator. */
function fields(line: string, sep: string | undefined): string[] {
  if (sep !== undefined) return line.split(sep);
  return line.match(/[ \t]*[^ \t]+|[ \t]+$/g) ?? [""];
}

function keyText(line: string, key: Key, sep: string | undefined): string {
  const f = fields(line, sep);
  const last = key.end ?? f.length;
  const text = f.slice(key.start - 1, last).join(sep ?? "");
  return key.blanks ? text.replace(/^[ \t]+/, "") : text;
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

function cmp(a: string, b: string, numeric: boolean, fold: boolean, version = false): number {
  if (version) return versionCompare(a, b);
  if (numeric) return numberOf(a) - numberOf(b);
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
      flags: "nrufbsVhgcm",
      withArg: "tko",
      long: {
        "numeric-sort": "n", reverse: "r", unique: "u", "ignore-case": "f", "ignore-leading-blanks": "b", stable: "s",
        "field-separator=": "t", "key=": "k", "output=": "o", "version-sort": "V", "human-numeric-sort": "h",
        "general-numeric-sort": "g",
      },
    });
    if (isResult(p)) return p;
    const global = { numeric: has(p, "n") || has(p, "g") || has(p, "h"), fold: has(p, "f"), blanks: has(p, "b"), version: has(p, "V") };
    const sep = lastValue(p, "t");
    if (sep !== undefined && sep.length !== 1) return done("", `sort: multi-character tab '${sep}'\n`, 2);
    const keys: Key[] = [];
    for (const [f, v] of p.opts) {
      if (f !== "k") continue;
      const k = parseKey(v, global);
      if (!k) return done("", `sort: invalid number at field start: invalid count at start of '${v}'\n`, 2);
      keys.push(k);
    }
    const { sources, errors } = readSources(ctx, "sort", p.args);
    if (errors.length) return done("", errors.map((e) => e.replace(/^sort: (.*): No such/, "sort: cannot read: $1: No such")).join(""), 2);
    const lines = sources.flatMap((s) => splitLines(s.data));
    const reverse = has(p, "r");
    const compareKeys = (a: string, b: string): number => {
      if (keys.length === 0) return cmp(a, b, global.numeric, global.fold, global.version);
      for (const k of keys) {
        const c = cmp(keyText(a, k, sep), keyText(b, k, sep), k.numeric, k.fold, k.version);
        if (c !== 0) return k.reverse ? -c : c;
      }
      return 0;
    };
    const lastResort = !(has(p, "s") || has(p, "u")) && (keys.length > 0 || global.numeric || global.fold || global.version);
    const sorted = lines.slice().sort((a, b) => {
      let c = compareKeys(a, b);
      if (c === 0 && lastResort) c = a < b ? -1 : a > b ? 1 : 0;
      return reverse ? -c : c;
    });
    const out = has(p, "u") ? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1]!, l) !== 0) : sorted;
    const text = out.length ? out.join("\n") + "\n" : "";
    const file = lastValue(p, "o");
    if (file !== undefined) {
      const err = ctx.fs.writeFile(file, text);
      return err ? done("", `sort: open failed: ${file}: ${err}\n`, 2) : done();
    }
    return done(text);
  },
};
