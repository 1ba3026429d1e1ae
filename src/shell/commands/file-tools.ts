// Small coreutils/findutils a firewall script reaches for: mktemp, base64, fold, join, stat -c,
// truncate (GNU coreutils 9.1 wording).
import { nextRandom } from "../../net/random.js";
import type { Command, CommandContext } from "../types.js";
import { done, has, isResult, lastValue, parseOptions, readSources, splitLines } from "./util.js";
import { SBIN_PROGRAMS } from "../../iptables/alternatives.js";
import { inodePeers, ownerKey, ownerNames } from "../ownership.js";
import { modeOf, permissionLetters } from "../file-modes.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** mktemp [-d] [-u] [-t] [-p DIR] [--suffix=S] [TEMPLATE]: a new file (or directory) with X's made random. */
export const mktemp: Command = {
  name: "mktemp",
  run(ctx) {
    const p = parseOptions("mktemp", ctx.argv.slice(1), {
      flags: "duqt", withArg: "p", long: { directory: "d", "dry-run": "u", quiet: "q", "tmpdir=?": "p", "suffix=": "suffix" },
    });
    if (isResult(p)) return p;
    if (p.args.length > 1) return done("", `mktemp: too many templates\nTry 'mktemp --help' for more information.\n`, 1);
    const suffix = lastValue(p, "suffix") ?? "";
    const given = p.args[0];
    const template = (given ?? "tmp.XXXXXXXXXX") + suffix;
    const xs = /X*$/.exec(template.slice(0, template.length - suffix.length))![0].length;
    if (xs < 3) return done("", `mktemp: too few X's in template '${template}'\n`, 1);
    // -t, -p or no template: the name goes under $TMPDIR (or -p DIR, or /tmp); a given template stays as written
    const dirOpt = lastValue(p, "p");
    const underDir = given === undefined || has(p, "t") || dirOpt !== undefined;
    const dir = dirOpt || ctx.env.TMPDIR || "/tmp";
    const head = template.slice(0, template.length - suffix.length - xs);
    for (let tries = 0; tries < 100; tries++) {
      let name = head;
      for (let i = 0; i < xs; i++) name += LETTERS[Math.floor(nextRandom(ctx.world) * LETTERS.length)];
      const path = underDir && !template.startsWith("/") ? `${dir.replace(/\/+$/, "")}/${name}${suffix}` : `${name}${suffix}`;
      if (ctx.fs.exists(path)) continue;
      if (!has(p, "u")) {
        const err = has(p, "d") ? ctx.fs.mkdir(path) : ctx.fs.writeFile(path, "");
        if (err) return done("", has(p, "q") ? "" : `mktemp: failed to create ${has(p, "d") ? "directory" : "file"} via template '${path.slice(0, path.length - suffix.length - xs)}${"X".repeat(xs)}${suffix}': ${err}\n`, 1);
      }
      return done(`${path}\n`);
    }
    return done("", "mktemp: too many tries\n", 1);
  },
};

/** base64 [-d] [-i] [-w COLS] [FILE]: RFC 4648 with lines of 76 characters. */
export const base64: Command = {
  name: "base64",
  run(ctx) {
    const p = parseOptions("base64", ctx.argv.slice(1), { flags: "di", withArg: "w", long: { decode: "d", "ignore-garbage": "i", "wrap=": "w" } });
    if (isResult(p)) return p;
    if (p.args.length > 1) return done("", `base64: extra operand '${p.args[1]}'\nTry 'base64 --help' for more information.\n`, 1);
    const { sources, errors } = readSources(ctx, "base64", p.args);
    if (errors.length) return done("", errors.join(""), 1);
    const data = sources[0]!.data;
    if (has(p, "d")) {
      let text = data.replace(/\n/g, "");
      if (has(p, "i")) text = text.replace(/[^A-Za-z0-9+/=]/g, "");
      const valid = /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 !== 1;
      const good = valid ? text : text.slice(0, text.search(/[^A-Za-z0-9+/]/) & ~3);
      const out = Buffer.from(good, "base64").toString("latin1");
      return valid ? done(Buffer.from(out, "latin1").toString()) : done(Buffer.from(out, "latin1").toString(), "base64: invalid input\n", 1);
    }
    const encoded = Buffer.from(data).toString("base64");
    const wrap = Number(lastValue(p, "w") ?? 76);
    if (!Number.isInteger(wrap) || wrap < 0) return done("", `base64: invalid wrap size: '${lastValue(p, "w")}'\n`, 1);
    if (wrap === 0) return done(encoded);
    const lines = encoded.match(new RegExp(`.{1,${wrap}}`, "g")) ?? [];
    return done(lines.map((l) => l + "\n").join(""));
  },
};

/** fold [-b] [-s] [-w WIDTH] [FILE]…: breaks lines longer than WIDTH (bytes, as under LC_ALL=C). */
export const fold: Command = {
  name: "fold",
  run(ctx) {
    const p = parseOptions("fold", ctx.argv.slice(1), { flags: "bs", withArg: "w", digitsAs: "w", long: { bytes: "b", spaces: "s", "width=": "w" } });
    if (isResult(p)) return p;
    const width = Number(lastValue(p, "w") ?? 80);
    if (!Number.isInteger(width) || width < 1) return done("", `fold: invalid number of columns: '${lastValue(p, "w")}'\n`, 1);
    const { sources, errors } = readSources(ctx, "fold", p.args);
    const bytes = Buffer.from(sources.map((s) => s.data).join("")).toString("latin1");
    const out: string[] = [];
    for (const [k, line] of bytes.split("\n").entries()) {
      if (k > 0) out.push("\n");
      let rest = line;
      // without -b a tab moves to the next multiple of 8 and a backspace steps back
      const cut = (text: string): number => {
        let col = 0;
        for (let i = 0; i < text.length; i++) {
          const c = text[i]!;
          col = has(p, "b") ? col + 1 : c === "\t" ? (Math.floor(col / 8) + 1) * 8 : c === "\b" ? Math.max(0, col - 1) : c === "\r" ? 0 : col + 1;
          if (col > width) return Math.max(i, 1);
        }
        return text.length;
      };
      while (rest.length > 0) {
        let n = cut(rest);
        if (n === rest.length) break;
        if (has(p, "s")) {
          const space = rest.lastIndexOf(" ", n - 1);
          if (space >= 0) n = space + 1;
        }
        out.push(rest.slice(0, n), "\n");
        rest = rest.slice(n);
      }
      out.push(rest);
    }
    return done(Buffer.from(out.join(""), "latin1").toString(), errors.join(""), errors.length ? 1 : 0);
  },
};

/** join [-t C] [-1 F] [-2 F] [-j F] [-a N] [-v N] [-o LIST] [-e S] [-i] FILE1 FILE2 on a common field. */
export const join: Command = {
  name: "join",
  run(ctx) {
    const p = parseOptions("join", ctx.argv.slice(1), {
      flags: "i", withArg: "t12javeo", long: { "ignore-case": "i" },
    });
    if (isResult(p)) return p;
    if (p.args.length < 2) return done("", `join: missing operand${p.args.length ? ` after '${p.args[0]}'` : ""}\nTry 'join --help' for more information.\n`, 1);
    const sep = lastValue(p, "t");
    const field = (side: "1" | "2") => Number(lastValue(p, side) ?? lastValue(p, "j") ?? 1) - 1;
    const [f1, f2] = [field("1"), field("2")];
    const { sources, errors } = readSources(ctx, "join", p.args.slice(0, 2));
    if (errors.length) return done("", errors.join(""), 1);
    const split = (line: string) => (sep === undefined ? line.trim().split(/[ \t]+/) : line.split(sep));
    const [left, right] = sources.map((s) => splitLines(s.data).map(split)) as [string[][], string[][]];
    const key = (fields: string[], f: number) => (has(p, "i") ? (fields[f] ?? "").toLowerCase() : fields[f] ?? "");
    const unpaired = new Set(p.opts.filter(([o]) => o === "a" || o === "v").map(([, v]) => v));
    const only = new Set(p.opts.filter(([o]) => o === "v").map(([, v]) => v));
    const empty = lastValue(p, "e") ?? "";
    const order = lastValue(p, "o");
    const glue = sep ?? " ";
    const line = (a: string[] | undefined, b: string[] | undefined): string => {
      if (order !== undefined && order !== "auto") {
        return order.split(/[, ]+/).map((spec) => {
          if (spec === "0") return (a ?? b)![a ? f1 : f2] ?? empty;
          const [file, n] = spec.split(".") as [string, string];
          const row = file === "1" ? a : b;
          return row?.[Number(n) - 1] ?? empty;
        }).join(glue) + "\n";
      }
      const joinField = a ? a[f1] ?? "" : b![f2] ?? "";
      const restA = a ? a.filter((_, i) => i !== f1) : [];
      const restB = b ? b.filter((_, i) => i !== f2) : [];
      return [joinField, ...restA, ...restB].join(glue) + "\n";
    };
    const out: string[] = [];
    let i = 0;
    let j = 0;
    while (i < left.length || j < right.length) {
      const ka = i < left.length ? key(left[i]!, f1) : undefined;
      const kb = j < right.length ? key(right[j]!, f2) : undefined;
      if (kb === undefined || (ka !== undefined && ka < kb)) {
        if (unpaired.has("1")) out.push(line(left[i], undefined));
        i++;
      } else if (ka === undefined || kb < ka) {
        if (unpaired.has("2")) out.push(line(undefined, right[j]));
        j++;
      } else {
        // every pairing of the runs with this key
        let j2 = j;
        while (j2 < right.length && key(right[j2]!, f2) === ka) j2++;
        for (; i < left.length && key(left[i]!, f1) === ka; i++) {
          for (let k = j; k < j2; k++) if (only.size === 0) out.push(line(left[i], right[k]));
        }
        j = j2;
      }
    }
    return done(out.join(""));
  },
};

/** truncate -s [+-]SIZE FILE…: cut or extend (with NUL bytes) to SIZE. */
export const truncate: Command = {
  name: "truncate",
  run(ctx) {
    const p = parseOptions("truncate", ctx.argv.slice(1), { flags: "c", withArg: "s", long: { "size=": "s", "no-create": "c" } });
    if (isResult(p)) return p;
    const spec = lastValue(p, "s");
    if (spec === undefined) return done("", "truncate: you must specify either '--size' or '--reference'\nTry 'truncate --help' for more information.\n", 1);
    if (p.args.length === 0) return done("", "truncate: missing file operand\nTry 'truncate --help' for more information.\n", 1);
    const m = /^([-+]?)([0-9]+)([KMG]?)$/.exec(spec);
    if (!m) return done("", `truncate: Invalid number: '${spec}'\n`, 1);
    const amount = Number(m[2]) * { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[3] as "" | "K" | "M" | "G"];
    for (const path of p.args) {
      const old = Buffer.from(ctx.fs.readFile(path) ?? "");
      if (ctx.fs.readFile(path) === undefined && has(p, "c")) continue;
      const size = m[1] === "+" ? old.length + amount : m[1] === "-" ? Math.max(0, old.length - amount) : amount;
      const next = Buffer.alloc(size);
      old.copy(next, 0, 0, Math.min(size, old.length));
      const err = ctx.fs.writeFile(path, next.toString());
      if (err) return done("", `truncate: cannot open '${path}' for writing: ${err}\n`, 1);
    }
    return done();
  },
};
