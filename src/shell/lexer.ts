// Turns shell text into words and operators, as bash reads it: quotes, backslashes, $-expansions
// (kept as parts for the interpreter), comments, IO numbers and here-document bodies.
import type { Redirect, Word, WordPart } from "./ast.js";
import { nameTable } from "../name-table.js";

export type Token =
  | { kind: "word"; parts: Word; raw: string; start: number; end: number; line: number }
  | { kind: "op"; op: string; fd?: number; line: number }
  | { kind: "nl"; line: number }
  | { kind: "eof"; line: number };

export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const OPERATORS = ["&>>", "<<<", "<<-", ";;&", "&&", "||", ";;", ";&", "|&", "&>", ">>", ">&", ">|", "<<", "<&", "<>", ";", "&", "|", "(", ")", "<", ">"];
const META = new Set([" ", "\t", "\n", ";", "&", "|", "<", ">", "(", ")"]);
const SPECIAL_VARS = new Set(["?", "$", "#", "@", "*", "!", "-", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Index of the backtick closing a `…` substitution whose body starts at `from` (\` inside does not close it); -1 if none. */
export function backtickEnd(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "`") return i;
  }
  return -1;
}

/** A `…` body as the shell runs it: \$ \` \\ lose their backslash (a double-quoted word's \" already has). */
export function backtickBody(raw: string): string {
  return raw.replace(/\\([$`\\])/g, "$1");
}

/** Index just past the `)` that closes a `$(` whose body starts at `from`; -1 if none. */
export function findClosingParen(src: string, from: number): number {
  let depth = 1;
  let i = from;
  // the depths at which a `case … esac` is open: there a `)` ends a pattern, not the $(…)
  const cases: number[] = [];
  // (where a command starts: `case` after `;`, a pipe, `then` … ; `esac` anywhere a word ends)
  const commandStart = () => /(^|[;&|(\n{]|(^|\s)(then|do|else|if|elif|while|until|!))$/.test(src.slice(from, i).trimEnd());
  const keyword = (word: string) =>
    src.startsWith(word, i) &&
    (word === "esac" ? i === from || /[\s;]/.test(src[i - 1]!) : commandStart()) &&
    (i + word.length === src.length || /[\s;&|)]/.test(src[i + word.length]!));
  while (i < src.length) {
    const c = src[i]!;
    if (keyword("case")) {
      cases.push(depth);
      i += 4;
    } else if (cases.length && keyword("esac")) {
      cases.pop();
      i += 4;
    } else if (c === ")" && cases.length && cases[cases.length - 1] === depth) i++;
    else if (c === "#" && (i === from || /\s/.test(src[i - 1]!))) {
      // a comment runs to the end of its line
      const eol = src.indexOf("\n", i);
      i = eol < 0 ? src.length : eol;
    } else if (c === "\\") i += 2;
    else if (c === "'") {
      const j = src.indexOf("'", i + 1);
      if (j < 0) return -1;
      i = j + 1;
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === "\\" ? 2 : 1;
      i++;
    } else {
      if (c === "(") depth++;
      else if (c === ")" && --depth === 0) return i + 1;
      i++;
    }
  }
  return -1;
}

/** Index of the `}` that closes a `${` whose body starts at `from` (nested ${…}, $(…) and quotes skipped); -1 if none. */
function findClosingBrace(src: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\\") i += 2;
    else if (c === "'" && src.indexOf("'", i + 1) > 0 && src[i - 1] === "$") i = src.indexOf("'", i + 1) + 1;
    else if (c === '"') {
      // a quoted `}` does not close: ${v:-"}"}
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
      i = j + 1;
    } else if (c === "$" && src[i + 1] === "{") {
      depth++;
      i += 2;
    } else if (c === "$" && src[i + 1] === "(") {
      const end = findClosingParen(src, i + 2);
      i = end < 0 ? src.length : end;
    } else if (c === "}" && --depth === 0) return i;
    else i++;
  }
  return -1;
}

const USER_HOMES = nameTable({ root: "/root", nobody: "/nonexistent", daemon: "/usr/sbin", bin: "/bin", sys: "/dev", "www-data": "/var/www" });

/** OFFSET and LENGTH of ${x:OFFSET:LENGTH}, split at the first `:` outside brackets and expansions. */
function splitSubstring(text: string): [string, string, string | undefined] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === ":" && depth === 0) return [text, text.slice(0, i), text.slice(i + 1)];
  }
  return [text, text, undefined];
}

/** Parses `$…` at src[i] (src[i] === "$"); returns the part and the index after it, or null for a lone `$`. */
export function scanDollar(src: string, i: number, quoted: boolean, line: number): { part: WordPart; end: number } | null {
  const c = src[i + 1];
  if (c === undefined) return null;
  if (c === "(") {
    if (src[i + 2] === "(") {
      const end = findClosingParen(src, i + 2);
      if (end >= 0 && src[end - 2] === ")") return { part: { t: "arith", src: src.slice(i + 3, end - 2), quoted }, end };
      // (an unclosed $(( is reported on its last line, an unclosed $( one line past it)
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `)'", line + countNewlines(src.slice(i)));
    }
    const end = findClosingParen(src, i + 2);
    // bash reports an unclosed $( one line past the end of the input.
    if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `)'", line + countNewlines(src.slice(i)) + 1);
    return { part: { t: "sub", src: src.slice(i + 2, end - 1), quoted, line }, end };
  }
  if (c === "[") {
    // $[EXPR]: the old form of $((EXPR))
    let depth = 1;
    let j = i + 2;
    for (; j < src.length && depth > 0; j++) depth += src[j] === "[" ? 1 : src[j] === "]" ? -1 : 0;
    if (depth === 0) return { part: { t: "arith", src: src.slice(i + 2, j - 1), quoted }, end: j };
  }
  if (c === "{") {
    const end = findClosingBrace(src, i + 2);
    if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `}'", line);
    const body = src.slice(i + 2, end);
    const part = parseBraced(body, quoted, line);
    return { part, end: end + 1 };
  }
  if (SPECIAL_VARS.has(c)) return { part: { t: "var", name: c, quoted }, end: i + 2 };
  if (NAME_START.test(c)) {
    let j = i + 2;
    while (j < src.length && NAME_CHAR.test(src[j]!)) j++;
    return { part: { t: "var", name: src.slice(i + 1, j), quoted }, end: j };
  }
  return null;
}

/** The inside of ${…}: a name and an optional operator (default, substring, pattern removal …). */
function parseBraced(body: string, quoted: boolean, line: number): WordPart {
  const bad: WordPart = { t: "var", name: "", quoted, op: "bad:" + body };
  const len = /^#([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])$/.exec(body);
  if (len) return { t: "var", name: len[1]!, quoted, op: "len" };
  const keys = /^!([A-Za-z_][A-Za-z0-9_]*)\[[@*]\]$/.exec(body);
  if (keys) return { t: "var", name: keys[1]!, quoted, op: "keys" };
  // ${!prefix*} ${!prefix@}: the names of the variables that start with prefix
  const names = /^!([A-Za-z_][A-Za-z0-9_]*)([*@])$/.exec(body);
  if (names) return { t: "var", name: names[1]!, quoted, op: `names${names[2]}` };
  // ${!name}, and ${!1} / ${!#} (the last positional parameter)
  const indirect = /^!([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[#?])$/.exec(body);
  if (indirect) return { t: "var", name: indirect[1]!, quoted, op: "indirect" };
  const lenIndexed = /^#([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\]$/.exec(body);
  if (lenIndexed) return { t: "var", name: lenIndexed[1]!, quoted, op: "len", index: lenIndexed[2]! };
  const indexed = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](.*)$/s.exec(body);
  if (indexed) {
    const inner = parseBraced(indexed[1]! + indexed[3]!, quoted, line);
    return inner.t === "var" && !inner.op?.startsWith("bad:") ? { ...inner, index: indexed[2]! } : bad;
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#@*!0-9])(.*)$/s.exec(body);
  if (!m) return bad;
  const part: WordPart & { t: "var" } = { t: "var", name: m[1]!, quoted };
  const rest = m[2]!;
  if (rest === "") return part;
  const text = (s: string) => scanDoubleQuotedText(s, line, { ansiC: true });
  // ${x:OFFSET[:LENGTH]}: both arithmetic (${x:i+1:2}, ${x:(-3)}, ${x: -2}); `:-` `:=` `:+` `:?` are defaults
  const sub = /^:(?![-=+?])/.test(rest) ? splitSubstring(rest.slice(1)) : null;
  const dflt = /^(:?[-=+?])(.*)$/s.exec(rest);
  const trim = /^(##?|%%?)(.*)$/s.exec(rest);
  const repl = /^(\/[/#%]?)((?:\\.|[^/])*)(?:\/(.*))?$/s.exec(rest);
  const caseMod = /^(\^\^?|,,?|~~?)(.*)$/s.exec(rest);
  // ${x@Q} ${x@U} ${x@L} ${x@u} ${x@E}: the value transformed
  if (/^@[QEULuAa]$/.test(rest)) return { ...part, op: rest };
  if (sub) Object.assign(part, { op: "substr", arg: text(sub[1]!), arg2: sub[2] === undefined ? undefined : text(sub[2]) });
  else if (dflt) Object.assign(part, { op: dflt[1], arg: scanOperatorArg(dflt[2]!, line, quoted, false) });
  else if (trim) Object.assign(part, { op: trim[1], arg: scanOperatorArg(trim[2]!, line, quoted, true) });
  else if (repl) Object.assign(part, { op: repl[1], arg: scanOperatorArg(repl[2]!, line, quoted, true), arg2: scanOperatorArg(repl[3] ?? "", line, quoted, false) });
  else if (caseMod) Object.assign(part, { op: caseMod[1], arg: text(caseMod[2]!) });
  else return bad;
  return part;
}

/**
 * Text with $-expansions and \$ \` \\ escapes but no quote removal (heredoc bodies). In ${x#…}
 * arguments $'…' is decoded too (ansiC); in $((…)) double quotes are removed (dropQuotes).
 */
export function scanDoubleQuotedText(text: string, line: number, mode: { ansiC?: boolean; dropQuotes?: boolean } = {}): Word {
  const parts: Word = [];
  let lit = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (mode.dropQuotes && c === '"') {
      i++;
      continue;
    }
    if (mode.ansiC && c === "$" && text[i + 1] === "'") {
      const end = findAnsiQuoteEnd(text, i + 2);
      if (end > 0) {
        lit += decodeEscapes(text.slice(i + 2, end));
        i = end + 1;
        continue;
      }
    }
    if (c === "\\" && i + 1 < text.length && ("$`\\\n".includes(text[i + 1]!) || (mode.dropQuotes && text[i + 1] === '"'))) {
      if (text[i + 1] !== "\n") lit += text[i + 1];
      i += 2;
    } else if (c === "$") {
      const d = scanDollar(text, i, true, line);
      if (!d) {
        lit += c;
        i++;
        continue;
      }
      if (lit) parts.push({ t: "lit", v: lit, quoted: true });
      lit = "";
      parts.push(d.part);
      i = d.end;
    } else if (c === "`") {
      const end = backtickEnd(text, i + 1);
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching ``'", line);
      if (lit) parts.push({ t: "lit", v: lit, quoted: true });
      lit = "";
      parts.push({ t: "sub", src: backtickBody(text.slice(i + 1, end)), quoted: true, line, backtick: true });
      i = end + 1;
    } else {
      lit += c;
      i++;
    }
  }
  if (lit || parts.length === 0) parts.push({ t: "lit", v: lit, quoted: true });
  return parts;
}

/** The parts as unquoted text (expansions included): in a pattern they keep their special characters. */
function unquoted(word: Word): Word {
  return word.map((p) => ("quoted" in p ? { ...p, quoted: false } : p));
}

/**
 * The word after a ${x…} operator: "…" (and, outside double quotes, '…') are quotes there and go,
 * leaving their text quoted; with `pattern`, the rest stays unquoted so * ? [ still match
 * (${x#"$p"} removes $p literally, ${x#*.} a pattern).
 */
export function scanOperatorArg(text: string, line: number, inDoubleQuotes: boolean, pattern: boolean): Word {
  if (!/["']/.test(text)) {
    const plain = scanDoubleQuotedText(text, line, { ansiC: true });
    return pattern ? unquoted(plain) : plain;
  }
  const parts: Word = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : text[j] === "$" && text[j + 1] === "{" ? Math.max(1, findClosingBrace(text, j + 2) + 1 - j) : 1;
      parts.push(...scanDoubleQuotedText(text.slice(i + 1, j), line));
      i = j + 1;
    } else if (c === "'" && !inDoubleQuotes && text[i - 1] !== "$") {
      const j = text.indexOf("'", i + 1);
      const end = j < 0 ? text.length : j;
      parts.push({ t: "lit", v: text.slice(i + 1, end), quoted: true });
      i = end + 1;
    } else {
      // up to the next quote: expansions and escapes as in double quotes
      let j = i;
      while (j < text.length && text[j] !== '"' && !(text[j] === "'" && !inDoubleQuotes && text[j - 1] !== "$")) {
        if (text[j] === "\\") j += 2;
        else if (text[j] === "$" && text[j + 1] === "{") j = Math.max(j + 1, findClosingBrace(text, j + 2) + 1);
        else if (text[j] === "$" && text[j + 1] === "'") j = Math.max(j + 2, findAnsiQuoteEnd(text, j + 2) + 1);
        else j++;
      }
      const plain = scanDoubleQuotedText(text.slice(i, j), line, { ansiC: true });
      parts.push(...(pattern ? unquoted(plain) : plain));
      i = j;
    }
  }
  return parts.length ? parts : [{ t: "lit", v: "", quoted: true }];
}

export class Lexer {
  pos = 0;
  line = 1;
  /** Here-documents whose bodies start after the next newline. */
  pending: { redirect: Redirect; delimiter: string; expand: boolean; stripTabs: boolean }[] = [];
  /** Warnings to print (e.g. a here-document ended by end of file). */
  warnings: { line: number; text: string }[] = [];

  constructor(public src: string) {}

  next(): Token {
    this.skipBlanks();
    const line = this.line;
    if (this.pos >= this.src.length) {
      this.readHeredocBodies();
      return { kind: "eof", line };
    }
    const c = this.src[this.pos]!;
    if (c === "\n") {
      this.pos++;
      this.line++;
      this.readHeredocBodies();
      return { kind: "nl", line };
    }
    if (this.src.startsWith("<(", this.pos) || this.src.startsWith(">(", this.pos)) return this.readWord();
    for (const op of OPERATORS) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { kind: "op", op, line };
      }
    }
    return this.readWord();
  }

  private skipBlanks(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c === " " || c === "\t") this.pos++;
      else if (c === "\\" && this.src[this.pos + 1] === "\n") {
        this.pos += 2;
        this.line++;
      } else if (c === "#") {
        while (this.pos < this.src.length && this.src[this.pos] !== "\n") this.pos++;
      } else return;
    }
  }

  private readWord(): Token {
    const start = this.pos;
    const line = this.line;
    const src = this.src;
    const parts: Word = [];
    let lit = "";
    let litQuoted = false;
    const flush = () => {
      if (lit) parts.push({ t: "lit", v: lit, quoted: litQuoted });
      lit = "";
    };
    const addLit = (s: string, quoted: boolean) => {
      if (quoted !== litQuoted) flush();
      litQuoted = quoted;
      lit += s;
    };
    if (src[this.pos] === "~") {
      const n = src[this.pos + 1];
      const user = /^~([a-z_][a-z0-9_-]*)(?=$|\/|[\s|&;<>()])/.exec(src.slice(this.pos));
      if (n === undefined || n === "/" || META.has(n)) {
        parts.push({ t: "tilde" });
        this.pos++;
      } else if (user && USER_HOMES[user[1]!] !== undefined) {
        // ~USER: that account's home directory (Debian's base accounts)
        parts.push({ t: "lit", v: USER_HOMES[user[1]!]!, quoted: true });
        this.pos += user[0].length;
      }
    }
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if ((c === "<" || c === ">") && src[this.pos + 1] === "(") {
        const end = findClosingParen(src, this.pos + 2);
        if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `)'", line + countNewlines(src.slice(this.pos)) + 1);
        flush();
        parts.push({ t: "procsub", src: src.slice(this.pos + 2, end - 1), line: this.line, ...(c === ">" ? { out: true } : {}) });
        this.line += countNewlines(src.slice(this.pos, end));
        this.pos = end;
        continue;
      }
      if (META.has(c)) break;
      if (c === "\\") {
        const n = src[this.pos + 1];
        if (n === "\n") {
          this.line++;
        } else if (n !== undefined) addLit(n, true);
        else addLit("\\", false);
        this.pos += 2;
      } else if (c === "'") {
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''", line);
        const body = src.slice(this.pos + 1, end);
        this.line += countNewlines(body);
        addLit(body, true);
        if (!body) parts.push({ t: "lit", v: "", quoted: true });
        this.pos = end + 1;
      } else if (c === '"') {
        const end = this.findDoubleQuoteEnd(this.pos + 1, line);
        const body = src.slice(this.pos + 1, end);
        flush();
        const inner = scanDoubleQuotedText(unescapeDoubleQuoted(body), line);
        parts.push(...inner);
        this.line += countNewlines(body);
        this.pos = end + 1;
      } else if (c === "$" && (src[this.pos + 1] === "'" || src[this.pos + 1] === '"')) {
        // $'…' (ANSI-C quoting) and $"…" (locale translation, a no-op under LANG=C).
        if (src[this.pos + 1] === '"') {
          this.pos++;
          continue;
        }
        const end = findAnsiQuoteEnd(src, this.pos + 2);
        if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''", line);
        addLit(decodeEscapes(src.slice(this.pos + 2, end)), true);
        this.pos = end + 1;
      } else if (c === "$") {
        const d = scanDollar(src, this.pos, false, line);
        if (!d) {
          addLit("$", false);
          this.pos++;
          continue;
        }
        flush();
        parts.push(d.part);
        this.line += countNewlines(src.slice(this.pos, d.end));
        this.pos = d.end;
      } else if (c === "`") {
        const end = backtickEnd(src, this.pos + 1);
        if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching ``'", line);
        flush();
        parts.push({ t: "sub", src: backtickBody(src.slice(this.pos + 1, end)), quoted: false, line, backtick: true });
        this.pos = end + 1;
      } else {
        addLit(c, false);
        this.pos++;
      }
    }
    flush();
    const raw = src.slice(start, this.pos);
    const n = src[this.pos];
    if (/^[0-9]+$/.test(raw) && (n === "<" || n === ">")) {
      const tok = this.next();
      if (tok.kind === "op") return { ...tok, fd: Number(raw) };
    }
    return { kind: "word", parts, raw, start, end: this.pos, line };
  }

  /** Index of the `"` closing a double-quoted string whose body starts at `from`. */
  private findDoubleQuoteEnd(from: number, line: number): number {
    let i = from;
    const src = this.src;
    while (i < src.length) {
      const c = src[i]!;
      if (c === "\\") i += 2;
      else if (c === '"') return i;
      else if (c === "$" && src[i + 1] === "(") {
        const end = findClosingParen(src, i + 2);
        if (end < 0) break;
        i = end;
      } else if (c === "$" && src[i + 1] === "{") {
        // quotes inside ${…} are the expansion's own: "${x#"$p"}"
        const end = findClosingBrace(src, i + 2);
        if (end < 0) break;
        i = end + 1;
      } else if (c === "`") {
        const end = backtickEnd(src, i + 1);
        if (end < 0) break;
        i = end + 1;
      } else i++;
    }
    throw new ShellSyntaxError("unexpected EOF while looking for matching `\"'", line);
  }

  private readHeredocBodies(): void {
    const todo = this.pending;
    this.pending = [];
    for (const h of todo) {
      const startLine = this.line;
      const lines: string[] = [];
      let done = false;
      while (this.pos < this.src.length) {
        let eol = this.src.indexOf("\n", this.pos);
        if (eol < 0) eol = this.src.length;
        let text = this.src.slice(this.pos, eol);
        if (eol < this.src.length) this.line++;
        this.pos = Math.min(eol + 1, this.src.length);
        if (h.stripTabs) text = text.replace(/^\t+/, "");
        if (text === h.delimiter) {
          done = true;
          break;
        }
        lines.push(text);
      }
      if (!done) {
        this.warnings.push({
          // (the last line read: a final newline ends it rather than starting another)
          line: this.src.endsWith("\n") && this.line > startLine ? this.line - 1 : this.line,
          text: `warning: here-document at line ${startLine - 1} delimited by end-of-file (wanted \`${h.delimiter}')`,
        });
      }
      const body = lines.length ? lines.join("\n") + "\n" : "";
      h.redirect.heredoc = {
        text: body,
        body: h.expand ? scanDoubleQuotedText(body, startLine) : [{ t: "lit", v: body, quoted: true }],
      };
    }
  }
}

export function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** Inside "…", a backslash only escapes $ ` " \ and newline; keep the rest for scanDoubleQuotedText. */
/** `\"` and `\<newline>` of a double-quoted body; the text of a $(…) inside keeps its own escapes. */
function unescapeDoubleQuoted(body: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\" && i + 1 < body.length) {
      const n = body[++i]!;
      out += n === '"' ? n : n === "\n" ? "" : c + n;
    } else if (c === "$" && body[i + 1] === "(") {
      const end = findClosingParen(body, i + 2);
      if (end < 0) return out + body.slice(i);
      out += body.slice(i, end);
      i = end - 1;
    } else out += c;
  }
  return out;
}

function findAnsiQuoteEnd(src: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    if (src[i] === "\\") i++;
    else if (src[i] === "'") return i;
  }
  return -1;
}

/** A byte from \xHH or \NNN at or over 0x80, held as a private-use character until decoded. */
const BYTE_MARK = 0xf700;
const BYTE_RUNS = /[\uf780-\uf7ff]+/g;

/** Bytes written by escapes become text as a terminal reads them: UTF-8 ("\xe2\x9c\x93" is ✓), a stray byte U+FFFD. */
function decodeByteRuns(s: string): string {
  return s.replace(BYTE_RUNS, (run) => Buffer.from(Array.from(run, (c) => c.charCodeAt(0) - BYTE_MARK)).toString("utf8"));
}

function escapedByte(code: number): string {
  return String.fromCharCode(code < 0x80 ? code : BYTE_MARK + code);
}

/** Backslash escapes as in $'…' and `echo -e`. */
export function decodeEscapes(s: string): string {
  const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", e: "\x1b", E: "\x1b", "\\": "\\", "'": "'", '"': '"' };
  let bytes = false;
  const text = s.replace(/\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|0?[0-7]{1,3}|.)/gs, (m, e: string) => {
    if (map[e] !== undefined) return map[e];
    if (/^[uU][0-9a-fA-F]/.test(e)) {
      // LC_ALL=C has only ASCII: bash leaves other code points as \uXXXX (upper-case digits)
      const code = parseInt(e.slice(1), 16);
      return code < 0x80 ? String.fromCharCode(code) : `\\${e[0]}${e.slice(1).toUpperCase().padStart(e[0] === "u" ? 4 : 8, "0")}`;
    }
    const code = e[0] === "x" ? parseInt(e.slice(1), 16) : /^[0-7]+$/.test(e) ? parseInt(e, 8) & 0xff : -1;
    if (code < 0) return m;
    if (code >= 0x80) bytes = true;
    return escapedByte(code);
  });
  return bytes ? decodeByteRuns(text) : text;
}
