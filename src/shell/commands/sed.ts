// sed [-n] [-i] [-E|-r] [-e SCRIPT]… [SCRIPT] [FILE]…: commands s, d, p, q, Q, =, a, i, c, y
// with line, `$`, /regex/ addresses, ranges (incl. addr,+N) and `!`.
import type { Command } from "../types.js";
import { posixToJs } from "./regex.js";
import { done, has, isResult, parseOptions, splitLines } from "./util.js";

type Address = { line: number } | { last: true } | { re: RegExp | null } | { plus: number };

interface SedCommand {
  a1?: Address;
  a2?: Address;
  negate: boolean;
  name: string;
  text?: string;
  re?: RegExp | null;
  replace?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  from?: string;
  to?: string;
  inRange?: boolean;
  rangeEnd?: number;
  /** For `{`: index of the matching `}`. */
  blockEnd?: number;
}

class SedError extends Error {}

/** Reads up to an unescaped delimiter; returns [text with `\delim` unescaped, index after delim]. */
function readDelimited(s: string, i: number, delim: string, what: string): [string, number] {
  let out = "";
  while (i < s.length) {
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length) {
      out += s[i + 1] === delim ? delim : c + s[i + 1];
      i += 2;
    } else if (c === delim) return [out, i + 1];
    else {
      out += c;
      i++;
    }
  }
  throw new SedError(`unterminated ${what}`);
}

function parseScript(script: string, extended: boolean): SedCommand[] {
  const cmds: SedCommand[] = [];
  const openBlocks: number[] = [];
  let i = 0;
  let lastRe: RegExp | null = null;
  const regex = (src: string, flags = ""): RegExp | null => {
    if (src === "") return lastRe;
    try {
      lastRe = new RegExp(posixToJs(src, extended), flags);
    } catch {
      throw new SedError("Invalid preceding regular expression");
    }
    return lastRe;
  };
  const skip = () => {
    while (i < script.length && /[ \t]/.test(script[i]!)) i++;
  };
  const address = (): Address | undefined => {
    const c = script[i];
    if (c === undefined) return undefined;
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(script.slice(i))!;
      i += m[0].length;
      return { line: Number(m[0]) };
    }
    if (c === "$") {
      i++;
      return { last: true };
    }
    if (c === "/" || c === "\\") {
      const delim = c === "\\" ? script[++i]! : "/";
      const [src, next] = readDelimited(script, i + 1, delim, "address regex");
      i = next;
      let flags = "";
      while (script[i] === "I") {
        flags = "i";
        i++;
      }
      return { re: regex(src, flags) };
    }
    return undefined;
  };
  while (i < script.length) {
    skip();
    while (i < script.length && /[;\n \t]/.test(script[i]!)) i++;
    if (i >= script.length) break;
    const cmd: SedCommand = { negate: false, name: "" };
    cmd.a1 = address();
    if (cmd.a1 && script[i] === ",") {
      i++;
      const plus = /^\+([0-9]+)/.exec(script.slice(i));
      if (plus) {
        cmd.a2 = { plus: Number(plus[1]) };
        i += plus[0].length;
      } else cmd.a2 = address();
      if (!cmd.a2) throw new SedError("unexpected `,'");
    }
    skip();
    while (script[i] === "!") {
      cmd.negate = true;
      i++;
      skip();
    }
    const name = script[i++];
    if (name === undefined) throw new SedError("missing command");
    cmd.name = name;
    if (name === "s") {
      const delim = script[i]!;
      if (!delim || delim === "\n" || delim === "\\") throw new SedError("unterminated `s' command");
      const [pat, a] = readDelimited(script, i + 1, delim, "`s' command");
      const [rep, b] = readDelimited(script, a, delim, "`s' command");
      i = b;
      let flags = "";
      for (; i < script.length && /[gpiIme0-9]/.test(script[i]!); i++) {
        const f = script[i]!;
        if (f === "g") cmd.global = true;
        else if (f === "p") cmd.print = true;
        else if (f === "i" || f === "I") flags += "i";
        else if (/[0-9]/.test(f)) cmd.nth = (cmd.nth ?? 0) * 10 + Number(f);
      }
      cmd.re = regex(pat, flags);
      cmd.replace = rep;
    } else if (name === "y") {
      const delim = script[i]!;
      const [from, a] = readDelimited(script, i + 1, delim, "`y' command");
      const [to, b] = readDelimited(script, a, delim, "`y' command");
      i = b;
      if ([...from].length !== [...to].length) throw new SedError("strings for `y' command are different lengths");
      cmd.from = from;
      cmd.to = to;
    } else if ("aic".includes(name)) {
      skip();
      if (script[i] === "\\") {
        i++;
        if (script[i] === "\n") i++;
      }
      skip();
      const end = script.indexOf("\n", i);
      cmd.text = script.slice(i, end < 0 ? script.length : end).replace(/\\(.)/g, "$1");
      i = end < 0 ? script.length : end;
    } else if (name === "{") {
      openBlocks.push(cmds.length);
    } else if (name === "}") {
      const open = openBlocks.pop();
      if (open === undefined) throw new SedError("unexpected `}'");
      cmds[open]!.blockEnd = cmds.length;
    } else if (!"dpqQ=lnN".includes(name)) {
      throw new SedError(`unknown command: \`${name}'`);
    }
    cmds.push(cmd);
    skip();
    if (name !== "{" && i < script.length && !/[;\n}]/.test(script[i]!)) throw new SedError(`extra characters after command`);
  }
  if (openBlocks.length) throw new SedError("unmatched `{'");
  return cmds;
}

function substitute(line: string, cmd: SedCommand): string | undefined {
  const re = cmd.re;
  if (!re) throw new SedError("no previous regular expression");
  const g = new RegExp(re.source, re.flags.replace("g", "") + "g");
  let n = 0;
  let changed = false;
  const out = line.replace(g, (...m: unknown[]) => {
    n++;
    const nth = cmd.nth ?? 1;
    if (n < nth || (!cmd.global && n > nth)) return m[0] as string;
    changed = true;
    const groups = m.slice(0, -2).filter((x) => typeof x === "string" || x === undefined) as (string | undefined)[];
    return cmd.replace!.replace(/\\([0-9&\\n])|&/g, (esc, c: string | undefined) => {
      if (esc === "&") return groups[0] ?? "";
      if (c === "n") return "\n";
      if (c === "&" || c === "\\") return c;
      return groups[Number(c)] ?? "";
    });
  });
  return changed ? out : undefined;
}

function matches(a: Address, line: string, n: number, last: boolean): boolean {
  if ("line" in a) return n === a.line;
  if ("last" in a) return last;
  if ("re" in a) {
    if (!a.re) throw new SedError("no previous regular expression");
    return a.re.test(line);
  }
  return false;
}

function selected(cmd: SedCommand, line: string, n: number, last: boolean): boolean {
  if (!cmd.a1) return true;
  if (!cmd.a2) return matches(cmd.a1, line, n, last);
  if (cmd.inRange) {
    const a2 = cmd.a2;
    if ("line" in a2 ? n >= a2.line : "plus" in a2 ? n >= cmd.rangeEnd! : matches(a2, line, n, last)) cmd.inRange = false;
    return true;
  }
  if (!matches(cmd.a1, line, n, last)) return false;
  const a2 = cmd.a2;
  if ("plus" in a2) cmd.rangeEnd = n + a2.plus;
  cmd.inRange = "line" in a2 ? a2.line > n : "plus" in a2 ? a2.plus > 0 : !("last" in a2 && last);
  return true;
}

/** Runs the script over lines; returns output text and whether `q` stopped it. */
function execute(cmds: SedCommand[], lines: string[], quiet: boolean, finalNewline: boolean): string {
  const out: string[] = [];
  for (let n = 1; n <= lines.length; n++) {
    let space = lines[n - 1]!;
    const last = n === lines.length;
    const eol = last && !finalNewline ? "" : "\n";
    const appended: string[] = [];
    let deleted = false;
    let quit: "q" | "Q" | undefined;
    for (let k = 0; k < cmds.length; k++) {
      const cmd = cmds[k]!;
      if (cmd.name === "}") continue;
      if (selected(cmd, space, n, last) === cmd.negate) {
        if (cmd.name === "{") k = cmd.blockEnd!;
        continue;
      }
      switch (cmd.name) {
        case "s": {
          const r = substitute(space, cmd);
          if (r !== undefined) {
            space = r;
            if (cmd.print) out.push(space + "\n");
          }
          break;
        }
        case "y":
          space = [...space].map((ch) => {
            const k = [...cmd.from!].indexOf(ch);
            return k < 0 ? ch : [...cmd.to!][k]!;
          }).join("");
          break;
        case "d":
          deleted = true;
          break;
        case "p":
          out.push(space + "\n");
          break;
        case "=":
          out.push(`${n}\n`);
          break;
        case "a":
          appended.push(cmd.text! + "\n");
          break;
        case "i":
          out.push(cmd.text! + "\n");
          break;
        case "c":
          deleted = true;
          if (!cmd.inRange) out.push(cmd.text! + "\n");
          break;
        case "q":
        case "Q":
          quit = cmd.name;
          break;
      }
      if (deleted || quit) break;
    }
    if (!deleted && !quiet && quit !== "Q") out.push(space + eol);
    out.push(...appended);
    if (quit) break;
  }
  return out.join("");
}

export const sed: Command = {
  name: "sed",
  run(ctx) {
    const p = parseOptions("sed", ctx.argv.slice(1), {
      flags: "nErisuz",
      withArg: "ef",
      long: { quiet: "n", silent: "n", "regexp-extended": "E", "in-place": "i", "expression=": "e", "file=": "f", separate: "s" },
    });
    if (isResult(p)) return p;
    const scripts = p.opts.filter(([f]) => f === "e" || f === "f").map(([f, v]) => (f === "f" ? ctx.fs.readFile(v) ?? "" : v));
    const files = [...p.args];
    if (scripts.length === 0) {
      const s = files.shift();
      if (s === undefined) return done("", "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n", 1);
      scripts.push(s);
    }
    let cmds: SedCommand[];
    try {
      cmds = parseScript(scripts.join("\n"), has(p, "E") || has(p, "r"));
    } catch (e) {
      const msg = (e as Error).message;
      const char = msg.startsWith("unmatched") ? 0 : scripts.join("\n").length;
      return done("", `sed: -e expression #1, char ${char}: ${msg}\n`, 1);
    }
    const quiet = has(p, "n");
    const errors: string[] = [];
    const read = (f: string) => {
      if (f === "-") return ctx.stdin;
      if (ctx.fs.isDir(f)) errors.push(`sed: couldn't edit ${f}: not a regular file\n`);
      else if (ctx.fs.readFile(f) === undefined) errors.push(`sed: can't read ${f}: No such file or directory\n`);
      return ctx.fs.readFile(f);
    };
    try {
      if (has(p, "i")) {
        for (const f of files) {
          const data = read(f);
          if (data === undefined) continue;
          for (const c of cmds) c.inRange = false;
          ctx.fs.writeFile(f, execute(cmds, splitLines(data), quiet, data === "" || data.endsWith("\n")));
        }
        if (files.length === 0) return done("", "sed: no input files\n", 1);
        return done("", errors.join(""), errors.length ? 2 : 0);
      }
      const inputs = (files.length ? files : ["-"]).map(read).filter((d): d is string => d !== undefined);
      const data = inputs.map((d, k) => (k < inputs.length - 1 && d && !d.endsWith("\n") ? d + "\n" : d)).join("");
      const out = execute(cmds, splitLines(data), quiet, data === "" || data.endsWith("\n"));
      return done(out, errors.join(""), errors.length ? 2 : 0);
    } catch (e) {
      if (e instanceof SedError) return done("", `sed: ${e.message}\n`, 4);
      throw e;
    }
  },
};
