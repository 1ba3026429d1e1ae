// sed's script language (GNU sed 4.9): addresses, commands and GNU's error texts and positions.
import { compile } from "./regex.js";

export type Address =
  | { line: number }
  | { last: true }
  | { re: RegExp | null }
  | { plus: number }
  | { step: [number, number] }
  | { multiple: number };

export interface SedCommand {
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
  /** `w FILE` command or `s///w FILE`; `r FILE`. */
  file?: string;
  /** `b`/`t`/`T` target (undefined: end of script); `q`/`Q` exit code. */
  label?: string;
  exitCode?: number;
  /** `l N` line length. */
  width?: number;
  from?: string;
  to?: string;
  inRange?: boolean;
  rangeEnd?: number;
  /** For `{`: index of the matching `}`. */
  blockEnd?: number;
}

/** A script error; `pos` counts the characters read when GNU sed gave up (global offset). */
export class SedError extends Error {
  constructor(message: string, public pos?: number) {
    super(message);
  }
}

/** Index just past the bracket expression opening at s[i] === "[", or -1 if it never closes. */
function bracketEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === "^") j++;
  if (s[j] === "]") j++;
  for (; j < s.length; j++) {
    if (s[j] === "[" && ":.=".includes(s[j + 1] ?? "")) {
      const close = s.indexOf(s[j + 1]! + "]", j + 2);
      if (close < 0) return -1;
      j = close + 1;
    } else if (s[j] === "]") return j + 1;
    else if (s[j] === "\n") return -1;
  }
  return -1;
}

/** Reads up to an unescaped delimiter; returns [text with `\delim` unescaped, index after delim]. */
function readDelimited(s: string, i: number, delim: string, what: string, isRegex: boolean): [string, number] {
  let out = "";
  while (i < s.length) {
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length) {
      const n = s[i + 1]!;
      out += n === delim ? delim : n === "\n" ? "\\n" : c + n;
      i += 2;
    } else if (c === delim) return [out, i + 1];
    else if (c === "\n") break;
    else if (c === "[" && isRegex) {
      const end = bracketEnd(s, i);
      if (end < 0) {
        const nl = s.indexOf("\n", i);
        i = nl < 0 ? s.length : nl;
        break;
      }
      out += s.slice(i, end);
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  throw new SedError(`unterminated ${what}`, i + 1);
}

const NO_ADDRESS = new Set([":", "}"]);
const ONE_ADDRESS = new Set(["=", "a", "i", "q", "Q", "r"]);
/** GNU commands that take the rest of the line as an argument: `e [COMMAND]`, `v [VERSION]`. */
const REST_OF_LINE = "ev";
const SIMPLE = "dDpPlnNgGhHxzF=";

export function parseScript(script: string, extended: boolean): SedCommand[] {
  const cmds: SedCommand[] = [];
  const openBlocks: number[] = [];
  let i = 0;
  let lastRe: RegExp | null = null;
  const regex = (src: string, flags = ""): RegExp | null => {
    if (src === "") return lastRe;
    const re = compile(src, extended, flags);
    if (typeof re === "string") throw new SedError(re, i);
    return (lastRe = re);
  };
  const skip = () => {
    while (i < script.length && /[ \t]/.test(script[i]!)) i++;
  };
  const number = (): number => {
    const m = /^[0-9]+/.exec(script.slice(i))!;
    i += m[0].length;
    return Number(m[0]);
  };
  /** Text up to the end of the line (filenames, labels stop at `;` too). */
  const restOfLine = (stopAtSemicolon: boolean): string => {
    const start = i;
    while (i < script.length && script[i] !== "\n" && !(stopAtSemicolon && script[i] === ";")) i++;
    return script.slice(start, i).trim();
  };
  const address = (): Address | undefined => {
    const c = script[i];
    if (c === undefined) return undefined;
    if (/[0-9]/.test(c)) {
      const first = number();
      if (script[i] === "~" && /[0-9]/.test(script[i + 1] ?? "")) {
        i++;
        return { step: [first, number()] };
      }
      return { line: first };
    }
    if (c === "$") {
      i++;
      return { last: true };
    }
    if (c === "/" || c === "\\") {
      const delim = c === "\\" ? script[++i]! : "/";
      const [src, next] = readDelimited(script, i + 1, delim, "address regex", true);
      i = next;
      let flags = "";
      while (script[i] === "I" || script[i] === "M") {
        if (script[i] === "I") flags = "i";
        i++;
      }
      return { re: regex(src, flags) };
    }
    return undefined;
  };
  const substitution = (cmd: SedCommand) => {
    const delim = script[i]!;
    if (!delim || delim === "\n" || delim === "\\") throw new SedError("unterminated `s' command", i);
    const [pat, a] = readDelimited(script, i + 1, delim, "`s' command", true);
    const [rep, b] = readDelimited(script, a, delim, "`s' command", false);
    i = b;
    let flags = "";
    for (; i < script.length; i++) {
      const f = script[i]!;
      if (f === "g" || f === "p") {
        if (f === "g" ? cmd.global : cmd.print) throw new SedError(`multiple \`${f}' options to \`s' command`, i + 1);
        if (f === "g") cmd.global = true;
        else cmd.print = true;
      } else if (f === "i" || f === "I") flags += "i";
      else if (f === "m" || f === "M" || f === "e") continue;
      else if (/[0-9]/.test(f)) {
        if (cmd.nth !== undefined) throw new SedError("multiple number options to `s' command", i + 1);
        cmd.nth = number();
        i--;
        if (cmd.nth === 0) throw new SedError("number option to `s' command may not be zero", i + 1);
      } else if (f === "w") {
        i++;
        cmd.file = restOfLine(false);
        if (!cmd.file) throw new SedError("missing filename in r/R/w/W commands", i);
        break;
      } else if (f === " " || f === "\t") {
        skip();
        if (i < script.length && !/[;\n}#]/.test(script[i]!)) throw new SedError("unknown option to `s'", i + 1);
        break;
      } else if (/[;\n}#]/.test(f)) break;
      else throw new SedError("unknown option to `s'", i + 1);
    }
    cmd.re = regex(pat, flags);
    const groups = cmd.re ? new RegExp(`${cmd.re.source}|`).exec("")!.length - 1 : 9;
    const ref = [...rep.matchAll(/\\(.)/g)].find((m) => /[1-9]/.test(m[1]!) && Number(m[1]) > groups);
    if (ref) throw new SedError(`invalid reference \\${ref[1]} on \`s' command's RHS`, i);
    cmd.replace = rep;
  };
  const text = (cmd: SedCommand) => {
    skip();
    if (script[i] === "\\") {
      i++;
      if (script[i] === "\n") i++;
      skip();
    } else if (i >= script.length || script[i] === "\n") throw new SedError("expected \\ after `a', `c' or `i'", i);
    const end = script.indexOf("\n", i);
    cmd.text = script.slice(i, end < 0 ? script.length : end).replace(/\\(.)/g, "$1");
    i = end < 0 ? script.length : end;
  };

  try {
    while (i < script.length) {
      while (i < script.length && /[;\n \t]/.test(script[i]!)) i++;
      if (i >= script.length) break;
      if (script[i] === "#") {
        restOfLine(false);
        continue;
      }
      const cmd: SedCommand = { negate: false, name: "" };
      cmd.a1 = address();
      if (cmd.a1 && script[i] === ",") {
        i++;
        skip();
        if (/^[+~][0-9]/.test(script.slice(i, i + 2))) {
          const op = script[i++];
          const n = number();
          cmd.a2 = op === "+" ? { plus: n } : { multiple: n };
        } else cmd.a2 = address();
        if (!cmd.a2) throw new SedError("unexpected `,'", i);
      }
      const zero = cmd.a1 && "line" in cmd.a1 && cmd.a1.line === 0;
      if (zero && !(cmd.a2 && "re" in cmd.a2)) throw new SedError("invalid usage of line address 0", i + 1);
      if (zero) cmd.inRange = true;
      skip();
      while (script[i] === "!") {
        cmd.negate = true;
        i++;
        skip();
      }
      const name = script[i++];
      if (name === undefined) throw new SedError("missing command", i);
      cmd.name = name;
      if (cmd.a1 && NO_ADDRESS.has(name)) throw new SedError(name === "}" ? "unexpected `}'" : ": doesn't want any addresses", i);
      if (cmd.a2 && ONE_ADDRESS.has(name)) throw new SedError("command only uses one address", i);
      if (name === "s") substitution(cmd);
      else if (name === "y") {
        const delim = script[i]!;
        const [from, a] = readDelimited(script, i + 1, delim, "`y' command", false);
        const [to, b] = readDelimited(script, a, delim, "`y' command", false);
        i = b;
        const unescape = (s: string) => s.replace(/\\n/g, "\n").replace(/\\\\/g, "\\");
        cmd.from = unescape(from);
        cmd.to = unescape(to);
        if ([...cmd.from].length !== [...cmd.to].length) throw new SedError("strings for `y' command are different lengths", i);
      } else if ("aic".includes(name)) text(cmd);
      else if (name === ":") {
        const label = restOfLine(true);
        if (!label) throw new SedError("\":\" lacks a label", i);
        cmd.label = label;
      } else if ("btT".includes(name)) {
        cmd.label = restOfLine(true) || undefined;
      } else if ("rRwW".includes(name)) {
        cmd.file = restOfLine(false);
        if (!cmd.file) throw new SedError("missing filename in r/R/w/W commands", i);
      } else if (REST_OF_LINE.includes(name)) {
        cmd.file = restOfLine(false) || undefined;
      } else if (name === "q" || name === "Q" || name === "l" || name === "L") {
        skip();
        if (/[0-9]/.test(script[i] ?? "")) {
          const n = number();
          if (name === "l" || name === "L") cmd.width = n;
          else cmd.exitCode = n;
        }
      } else if (name === "{") {
        openBlocks.push(cmds.length);
      } else if (name === "}") {
        const open = openBlocks.pop();
        if (open === undefined) throw new SedError("unexpected `}'", i);
        cmds[open]!.blockEnd = cmds.length;
      } else if (!SIMPLE.includes(name)) {
        throw new SedError(`unknown command: \`${name}'`, i);
      }
      cmds.push(cmd);
      skip();
      if (name !== "{" && i < script.length && !/[;\n}#]/.test(script[i]!)) throw new SedError("extra characters after command", i + 1);
    }
  } catch (e) {
    if (e instanceof SedError && e.pos === undefined) e.pos = i;
    throw e;
  }
  if (openBlocks.length) throw new SedError("unmatched `{'", -1);
  const labels = new Set(cmds.filter((c) => c.name === ":").map((c) => c.label));
  const missing = cmds.find((c) => "btT".includes(c.name) && c.label !== undefined && !labels.has(c.label));
  if (missing) throw new SedError(`can't find label for jump to \`${missing.label}'`, -2);
  return cmds;
}

/** GNU's "-e expression #N, char M: " prefix for an error at a global offset of the joined scripts. */
export function errorText(scripts: string[], e: SedError): string {
  if (e.pos === -2) return `sed: ${e.message}\n`;
  if (e.pos === -1) return `sed: -e expression #1, char 0: ${e.message}\n`;
  let start = 0;
  for (let k = 0; k < scripts.length; k++) {
    const len = scripts[k]!.length;
    if (k === scripts.length - 1 || (e.pos ?? 0) <= start + len) {
      const char = Math.min(Math.max((e.pos ?? 0) - start, 0), len);
      return `sed: -e expression #${k + 1}, char ${char}: ${e.message}\n`;
    }
    start += len + 1;
  }
  return `sed: ${e.message}\n`;
}
