// Shell grammar (a practical subset of bash): lists, && ||, pipelines, redirections, heredocs,
// ( … ) and { …; }, if/for/while, assignments and first-word alias expansion.
import type { AndOr, Assignment, Command, List, Pipeline, Redirect, RedirectOp, SimpleCommand, Word } from "./ast.js";
import { findClosingParen, Lexer, ShellSyntaxError, type Token } from "./lexer.js";
import { scanArithWord } from "./expand.js";

const REDIRECT_OPS = new Set(["<", ">", ">>", ">|", "<<", "<<-", "<<<", ">&", "<&", "&>", "&>>", "<>"]);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/;
const ARRAY_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=$/;
const INDEXED_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](\+?)=/;
/** What ends a case item: `;;`, or `;&` (run the next item's commands too), `;;&` (test the next patterns too). */
const CASE_ENDS = new Set([";;", ";&", ";;&"]);
const RESERVED_AFTER_LIST = new Set(["then", "elif", "else", "fi", "do", "done", "}", "esac", "in"]);

export interface ParseResult {
  list: List;
  warnings: { line: number; text: string }[];
}

/** Parse a whole input (may span lines, e.g. a heredoc). Throws ShellSyntaxError. */
/** firstLine: the number of src's first line (a script read a command at a time counts on). */
export function parseScript(src: string, aliases: Record<string, string> = {}, firstLine = 1): ParseResult {
  const p = new Parser(src, aliases);
  p.lexer.line = firstLine;
  const list = p.parseList(new Set());
  const tok = p.peek();
  if (tok.kind !== "eof") throw p.unexpected(tok);
  return { list, warnings: p.lexer.warnings };
}

function tokenText(tok: Token): string {
  if (tok.kind === "word") return tok.raw;
  if (tok.kind === "op") return tok.op;
  return tok.kind === "nl" ? "newline" : "";
}

/** A word that is plain text (no quotes or expansions): the only kind that can be a keyword. */
function plainWord(tok: Token): string | undefined {
  if (tok.kind !== "word") return undefined;
  return tok.parts.length === 1 && tok.parts[0]!.t === "lit" && !tok.parts[0]!.quoted ? tok.parts[0]!.v : undefined;
}

class Parser {
  readonly lexer: Lexer;
  private buffered: Token | undefined;
  private aliasesUsed = new Set<string>();
  /** The last array literal as bash prints it (`a=(1 2 3)`). */
  private lastArrayText = "";

  constructor(
    src: string,
    private readonly aliases: Record<string, string>,
  ) {
    this.lexer = new Lexer(src);
  }

  peek(): Token {
    this.buffered ??= this.lexer.next();
    return this.buffered;
  }

  private take(): Token {
    const t = this.peek();
    this.buffered = undefined;
    return t;
  }

  /**
   * The next token where a construct needs one at once (a name after for/function, a word after
   * case): the end of the input is then the newline bash appends to it.
   */
  private takeNeeded(): Token {
    const tok = this.take();
    return tok.kind === "eof" ? { kind: "nl", line: tok.line } : tok;
  }

  unexpected(tok: Token): ShellSyntaxError {
    // bash counts the end of input as one more line (after a final newline, that is where it is)
    if (tok.kind === "eof") return new ShellSyntaxError("syntax error: unexpected end of file", this.lexer.src.endsWith("\n") ? tok.line : tok.line + 1);
    return new ShellSyntaxError(`syntax error near unexpected token \`${tokenText(tok)}'`, tok.line);
  }

  private skipNewlines(): void {
    while (this.peek().kind === "nl") this.take();
  }

  private isStopWord(stop: Set<string>): boolean {
    const w = plainWord(this.peek());
    return w !== undefined && stop.has(w);
  }

  /** and_or lists separated by ; & or newlines, until EOF, `)` or one of the stop words. */
  parseList(stop: Set<string>): List {
    const list: List = [];
    for (;;) {
      this.skipNewlines();
      const tok = this.peek();
      if (tok.kind === "eof" || (tok.kind === "op" && (tok.op === ")" || CASE_ENDS.has(tok.op))) || this.isStopWord(stop)) return list;
      list.push(this.parseAndOr());
      const sep = this.peek();
      if (sep.kind === "op" && sep.op === "&") list[list.length - 1]!.background = true;
      if (sep.kind === "op" && (sep.op === ";" || sep.op === "&")) this.take();
      else if (sep.kind === "nl") {
        this.take();
        list[list.length - 1]!.newline = true;
      } else if (sep.kind === "eof") return list;
      else if (sep.kind === "op" && (sep.op === ")" || CASE_ENDS.has(sep.op))) return list;
      else if (this.isStopWord(stop)) return list;
      else throw this.unexpected(sep);
    }
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr["rest"] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== "op" || (tok.op !== "&&" && tok.op !== "||")) return { first, rest };
      this.take();
      this.skipNewlines();
      rest.push({ op: tok.op, pipeline: this.parsePipeline() });
    }
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    if (plainWord(this.peek()) === "!") {
      this.take();
      negate = true;
    }
    const cmds: Command[] = [this.parseCommand()];
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== "op" || (tok.op !== "|" && tok.op !== "|&")) return { negate, cmds };
      this.take();
      if (tok.op === "|&") cmds[cmds.length - 1]!.redirects.push({ fd: 2, op: ">&", target: [{ t: "lit", v: "1", quoted: false }], text: "1", pipeAmp: true });
      this.skipNewlines();
      // (a "!" only starts a pipeline)
      if (plainWord(this.peek()) === "!") throw this.unexpected(this.peek());
      cmds.push(this.parseCommand());
    }
  }

  private parseCommand(): Command {
    this.aliasesUsed.clear();
    this.expandAlias();
    const tok = this.peek();
    if (tok.kind === "op" && tok.op === "(" && this.buffered !== undefined && this.lexer.src[this.lexer.pos] === "(") {
      const arith = this.parseArithmeticCommand(tok.line);
      if (arith) return arith;
    }
    if (tok.kind === "op" && tok.op === "(") {
      this.take();
      const body = this.parseList(new Set());
      this.expectOp(")");
      if (body.length === 0) throw this.unexpected({ kind: "op", op: ")", line: tok.line });
      return { kind: "group", subshell: true, body, redirects: this.parseRedirects() };
    }
    const kw = plainWord(tok);
    if (kw === "{") {
      this.take();
      const body = this.parseBody(new Set(["}"]));
      this.expectWord("}");
      return { kind: "group", subshell: false, body, redirects: this.parseRedirects() };
    }
    if (kw === "[[") return this.parseConditional();
    if (kw === "if") return this.parseIf();
    if (kw === "case") return this.parseCase();
    if (kw === "function") {
      this.take();
      const nameTok = this.takeNeeded();
      const name = plainWord(nameTok);
      if (name === undefined) throw this.unexpected(nameTok);
      const parens = /^\s*\(\s*\)/.test(this.lexer.src.slice(this.lexer.pos));
      this.skipEmptyParens();
      return { ...this.parseFunctionBody(name), keyword: parens ? "paren" : "brace" } as Command;
    }
    if (kw !== undefined && tok.kind === "word" && /^\s*\(\s*\)/.test(this.lexer.src.slice(tok.end)) && /^[A-Za-z_][\w.:-]*$/.test(kw)) {
      this.take();
      this.skipEmptyParens();
      return this.parseFunctionBody(kw);
    }
    if (kw === "for" || kw === "select") return this.parseFor();
    if (kw === "while" || kw === "until") {
      this.take();
      const cond = this.parseBody(new Set(["do"]));
      this.expectWord("do");
      const body = this.parseBody(new Set(["done"]));
      this.expectWord("done");
      return { kind: "while", until: kw === "until", cond, body, redirects: this.parseRedirects() };
    }
    if (kw !== undefined && RESERVED_AFTER_LIST.has(kw)) throw this.unexpected(tok);
    return this.parseSimple();
  }

  /** `name=( word… )`: the words up to `)`, newlines allowed. */
  private parseArrayLiteral(name: string, append: boolean): Assignment {
    this.take(); // (
    const words: Word[] = [];
    const texts: string[] = [];
    for (;;) {
      const t = this.take();
      if (t.kind === "nl") continue;
      if (t.kind === "op" && t.op === ")") break;
      if (t.kind !== "word") throw this.unexpected(t);
      words.push(t.parts);
      texts.push(t.raw);
    }
    this.lastArrayText = `${name}${append ? "+" : ""}=(${texts.join(" ")})`;
    return { name, value: [], array: words, arrayTexts: texts, append };
  }

  /** `(( EXPR ))`: the `((` builtin evaluates EXPR; undefined if the parens do not close as `))`. */
  private parseArithmeticCommand(line: number): Command | undefined {
    const src = this.lexer.src;
    const bodyStart = this.lexer.pos + 1;
    const end = findClosingParen(src, bodyStart);
    // (as an unclosed $((: reported on the input's last line)
    if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `)'", line + (src.slice(bodyStart).match(/\n/g)?.length ?? 0));
    if (src[end] !== ")") return undefined;
    const body = src.slice(bodyStart, end - 1);
    this.buffered = undefined;
    this.lexer.pos = end + 1;
    this.lexer.line += body.split("\n").length - 1;
    const words: Word[] = [[{ t: "lit", v: "((", quoted: true }], scanArithWord(body)];
    return { kind: "simple", assigns: [], words, redirects: this.parseRedirects(), line, conditional: true, texts: [`((${body}))`] };
  }

  /** Consumes `()` after a function name (the lexer is just past the name). */
  private skipEmptyParens(): void {
    const m = /^\s*\(\s*\)/.exec(this.lexer.src.slice(this.lexer.pos));
    if (m && this.buffered === undefined) this.lexer.pos += m[0].length;
  }

  private parseFunctionBody(name: string): Command {
    this.skipNewlines();
    const t = this.peek();
    const w = plainWord(t);
    const compound = (t.kind === "op" && t.op === "(") || (w !== undefined && ["{", "if", "for", "while", "until", "case"].includes(w));
    if (!compound) throw this.unexpected(t);
    return { kind: "func", name, body: this.parseCommand(), redirects: [] };
  }

  /** [[ EXPR ]]: operators inside become plain words for the `[[` builtin. */
  private parseConditional(): Command {
    const first = this.take();
    const lit = (v: string): Word => [{ t: "lit", v, quoted: true }];
    const texts = ["[["];
    const cmd: SimpleCommand = { kind: "simple", assigns: [], words: [lit("[[")], redirects: [], line: first.line, conditional: true, texts };
    for (;;) {
      const tok = this.take();
      if (tok.kind === "eof" || tok.kind === "nl") throw this.unexpected(tok);
      if (tok.kind === "op") {
        cmd.words.push(lit(tok.op));
        texts.push(tok.op);
      } else if (tok.kind === "word") {
        if (plainWord(tok) === "]]") break;
        cmd.words.push(tok.parts);
        texts.push(tok.raw);
        if (plainWord(tok) === "=~") {
          const from = this.lexer.pos;
          cmd.words.push(this.conditionalRegex());
          // (the regex as written: the source up to the next token)
          const upTo = this.peek().kind === "word" ? (this.peek() as Token & { kind: "word" }).start : this.lexer.pos;
          texts.push(this.lexer.src.slice(from, upTo).trim().replace(/\s*(&&|\|\|)$/, ""));
        }
      }
    }
    cmd.words.push(lit("]]"));
    texts.push("]]");
    cmd.redirects = this.parseRedirects();
    return cmd;
  }

  /** The right side of `=~`: words and ( ) | up to `]]` (or && / || outside parentheses) are one regex. */
  private conditionalRegex(): Word {
    const word: Word = [];
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === "word" && plainWord(t) === "]]" && depth === 0) break;
      if (t.kind === "op" && (t.op === "&&" || t.op === "||") && depth === 0) break;
      if (t.kind !== "word" && t.kind !== "op") break;
      this.take();
      if (t.kind === "word") word.push(...t.parts);
      else {
        if (t.op === "(") depth++;
        if (t.op === ")") depth--;
        word.push({ t: "lit", v: t.op, quoted: false });
      }
    }
    return word;
  }

  /** case WORD in [(]PAT[|PAT]…) LIST ;; … esac */
  private parseCase(): Command {
    this.take();
    const wordTok = this.takeNeeded();
    if (wordTok.kind !== "word") throw this.unexpected(wordTok);
    this.skipNewlines();
    this.expectWord("in");
    const items: { patterns: Word[]; body: List; patternTexts: string[]; end?: ";&" | ";;&" }[] = [];
    for (;;) {
      this.skipNewlines();
      if (plainWord(this.peek()) === "esac") {
        this.take();
        break;
      }
      const open = this.peek();
      if (open.kind === "op" && open.op === "(") this.take();
      const patterns: Word[] = [];
      const patternTexts: string[] = [];
      for (;;) {
        const pat = this.take();
        if (pat.kind !== "word") throw this.unexpected(pat);
        patterns.push(pat.parts);
        patternTexts.push(pat.raw);
        const sep = this.take();
        if (sep.kind === "op" && sep.op === ")") break;
        if (!(sep.kind === "op" && sep.op === "|")) throw this.unexpected(sep);
      }
      const body = this.parseList(new Set(["esac"]));
      items.push({ patterns, body, patternTexts });
      const end = this.peek();
      if (end.kind === "op" && CASE_ENDS.has(end.op)) {
        this.take();
        if (end.op !== ";;") items[items.length - 1]!.end = end.op as ";&" | ";;&";
      }
      else if (plainWord(end) !== "esac") throw this.unexpected(end);
    }
    return { kind: "case", word: wordTok.parts, wordText: wordTok.raw, items, redirects: this.parseRedirects() };
  }

  /** A list that must not be empty (bash rejects `then fi`). */
  private parseBody(stop: Set<string>): List {
    const body = this.parseList(stop);
    if (body.length === 0) throw this.unexpected(this.peek());
    return body;
  }

  private parseIf(): Command {
    this.take();
    const branches: { cond: List; body: List }[] = [];
    let elseBody: List | undefined;
    for (;;) {
      const cond = this.parseBody(new Set(["then"]));
      this.expectWord("then");
      const body = this.parseBody(new Set(["elif", "else", "fi"]));
      branches.push({ cond, body });
      const closing = this.take();
      const w = plainWord(closing);
      if (w !== "elif" && w !== "else" && w !== "fi") throw this.unexpected(closing);
      if (w === "elif") continue;
      if (w === "else") {
        elseBody = this.parseBody(new Set(["fi"]));
        this.expectWord("fi");
      }
      break;
    }
    return { kind: "if", branches, elseBody, redirects: this.parseRedirects() };
  }

  /** for NAME [in WORDS]; do …; done, and select, which has the same shape. */
  private parseFor(): Command {
    const select = plainWord(this.take()) === "select";
    const open = this.peek();
    if (!select && open.kind === "op" && open.op === "(" && this.lexer.src[this.lexer.pos] === "(") return this.parseArithFor();
    const nameTok = this.takeNeeded();
    if (nameTok.kind !== "word") throw this.unexpected(nameTok);
    const name = plainWord(nameTok);
    if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new ShellSyntaxError(`\`${tokenText(nameTok)}': not a valid identifier`, nameTok.line);
    }
    let items: Word[] | undefined;
    let itemTexts: string[] | undefined;
    if (this.peek().kind === "nl") this.skipNewlines();
    if (plainWord(this.peek()) === "in") {
      this.take();
      items = [];
      itemTexts = [];
      for (let t = this.peek(); t.kind === "word"; t = this.peek()) {
        this.take();
        items.push(t.parts);
        itemTexts.push(t.raw);
      }
    }
    const sep = this.peek();
    if (sep.kind === "op" && sep.op === ";") this.take();
    this.skipNewlines();
    this.expectWord("do");
    const body = this.parseBody(new Set(["done"]));
    this.expectWord("done");
    return { kind: "for", name, items, itemTexts, body, redirects: this.parseRedirects(), ...(select ? { select } : {}) };
  }

  /** for (( INIT; COND; STEP )) [;] do … done */
  private parseArithFor(): Command {
    const src = this.lexer.src;
    const bodyStart = this.lexer.pos + 1;
    const end = findClosingParen(src, bodyStart);
    const parts = end < 0 || src[end] !== ")" ? [] : src.slice(bodyStart, end - 1).split(";");
    if (parts.length !== 3) throw new ShellSyntaxError("syntax error: arithmetic expression required", this.peek().line);
    this.buffered = undefined;
    this.lexer.pos = end + 1;
    const [init, cond, step] = parts.map((p) => scanArithWord(p)) as [Word, Word, Word];
    const texts = parts.map((p) => p.trim());
    const sep = this.peek();
    if (sep.kind === "op" && sep.op === ";") this.take();
    this.skipNewlines();
    const close = plainWord(this.peek()) === "{" ? "}" : "done";
    this.expectWord(close === "}" ? "{" : "do");
    const body = this.parseBody(new Set([close]));
    this.expectWord(close);
    return { kind: "arithfor", init, cond, step, texts, body, redirects: this.parseRedirects() };
  }

  private expectWord(w: string): void {
    const tok = this.take();
    if (plainWord(tok) !== w) throw this.unexpected(tok);
  }

  private expectOp(op: string): void {
    const tok = this.take();
    if (tok.kind !== "op" || tok.op !== op) throw this.unexpected(tok);
  }

  private parseRedirects(): Redirect[] {
    const out: Redirect[] = [];
    for (let tok = this.peek(); tok.kind === "op" && REDIRECT_OPS.has(tok.op); tok = this.peek()) {
      out.push(this.parseRedirect());
    }
    return out;
  }

  private parseRedirect(): Redirect {
    const tok = this.take();
    if (tok.kind !== "op") throw this.unexpected(tok);
    const op = tok.op as RedirectOp;
    const fd = tok.fd ?? (op.startsWith("<") ? 0 : 1);
    const target = this.take();
    if (target.kind === "eof") throw this.unexpected({ kind: "nl", line: target.line });
    if (target.kind !== "word") throw this.unexpected(target);
    const redirect: Redirect = { fd, op, target: target.parts, text: target.raw };
    if (op === "<<" || op === "<<-") {
      const quoted = /['"\\]/.test(target.raw);
      const delimiter = target.parts.map((p) => (p.t === "lit" ? p.v : "")).join("") || target.raw.replace(/['"\\]/g, "");
      this.lexer.pending.push({ redirect, delimiter: quoted ? delimiter : target.raw, expand: !quoted, stripTabs: op === "<<-" });
    }
    return redirect;
  }

  /** Replace an alias in command position by its text, as bash does before parsing. */
  private expandAlias(): void {
    for (;;) {
      const tok = this.peek();
      const name = plainWord(tok);
      if (tok.kind !== "word" || name === undefined || tok.raw !== name) return;
      if (!Object.hasOwn(this.aliases, name) || this.aliasesUsed.has(name)) return;
      const value = this.aliases[name]!;
      this.aliasesUsed.add(name);
      const lx = this.lexer;
      lx.src = lx.src.slice(0, tok.start) + value + lx.src.slice(tok.end);
      lx.pos = tok.start;
      this.buffered = undefined;
    }
  }

  private parseSimple(): SimpleCommand {
    const first = this.peek();
    const texts: string[] = [];
    const cmd: SimpleCommand = { kind: "simple", assigns: [], words: [], redirects: [], line: first.line, texts };
    for (;;) {
      const tok = this.peek();
      if (tok.kind === "op" && REDIRECT_OPS.has(tok.op)) {
        cmd.redirects.push(this.parseRedirect());
        continue;
      }
      if (tok.kind !== "word") break;
      this.take();
      // `declare -a a=(…)`, `local a=(…)`: the array is assigned and the builtin sees just the name
      const declaring = cmd.words.length > 0 && DECLARING.has(plainWordOf(cmd.words[0]!) ?? "");
      const arrayStart = cmd.words.length === 0 || declaring ? ARRAY_ASSIGNMENT.exec(tok.raw) : null;
      if (arrayStart && this.lexer.src[tok.end] === "(") {
        cmd.assigns.push(this.parseArrayLiteral(arrayStart[1]!, arrayStart[2] === "+"));
        texts.push(this.lastArrayText);
        if (declaring) cmd.words.push([{ t: "lit", v: arrayStart[1]!, quoted: false }]);
        continue;
      }
      texts.push(tok.raw);
      const assign = cmd.words.length === 0 ? asAssignment(tok) : undefined;
      if (assign) cmd.assigns.push(assign);
      else cmd.words.push(tok.parts);
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirects.length === 0) throw this.unexpected(this.peek());
    // one word and "(": bash reads a function definition "NAME ( )", so what follows the "("
    // is the unexpected token (`echo (` fails at the newline)
    const next = this.peek();
    if (next.kind === "op" && next.op === "(" && cmd.words.length === 1 && cmd.assigns.length === 0 && cmd.redirects.length === 0) {
      this.take();
      throw this.unexpected(this.takeNeeded());
    }
    return cmd;
  }
}

const DECLARING = new Set(["declare", "typeset", "local", "export", "readonly"]);

function plainWordOf(word: Word): string | undefined {
  return word.length === 1 && word[0]!.t === "lit" ? word[0]!.v : undefined;
}

/** `NAME[SUBSCRIPT]=…` or `+=` where the subscript holds expansions (brackets inside ${…} nest). */
function indexedAssignmentText(raw: string): { name: string; index: string; append: boolean; rest: string } | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[/.exec(raw);
  if (!m) return undefined;
  let depth = 1;
  let i = m[0].length;
  for (; i < raw.length && depth > 0; i++) {
    if (raw[i] === "[") depth++;
    else if (raw[i] === "]") depth--;
  }
  if (depth !== 0) return undefined;
  const index = raw.slice(m[0].length, i - 1);
  const op = /^\+?=/.exec(raw.slice(i));
  if (!op || !/[$`"']/.test(index)) return undefined;
  return { name: m[1]!, index, append: op[0] === "+=", rest: raw.slice(i + op[0].length) };
}

function asAssignment(tok: Token & { kind: "word" }): Assignment | undefined {
  const first = tok.parts[0];
  if (!first || first.t !== "lit" || first.quoted) return undefined;
  // a[$k]=v, a[${#a[@]}]=v: the subscript holds expansions, so read the word's text again
  const rawIndexed = indexedAssignmentText(tok.raw);
  if (rawIndexed && !INDEXED_ASSIGNMENT.test(first.v)) {
    const next = rawIndexed.rest === "" ? undefined : new Lexer(rawIndexed.rest).next();
    const value: Word = next?.kind === "word" ? next.parts : [];
    return { name: rawIndexed.name, index: rawIndexed.index, value, append: rawIndexed.append || undefined };
  }
  const indexed = INDEXED_ASSIGNMENT.exec(first.v);
  if (indexed) {
    const rest = first.v.slice(indexed[0].length);
    const value: Word = rest ? [{ t: "lit", v: rest, quoted: false }, ...tok.parts.slice(1)] : tok.parts.slice(1);
    return indexed[3] ? { name: indexed[1]!, index: indexed[2]!, value, append: true } : { name: indexed[1]!, index: indexed[2]!, value };
  }
  const m = ASSIGNMENT.exec(first.v);
  if (!m) return undefined;
  const rest = first.v.slice(m[0].length);
  const value: Word = rest ? [{ t: "lit", v: rest, quoted: false }, ...tok.parts.slice(1)] : tok.parts.slice(1);
  return m[2] ? { name: m[1]!, value, append: true } : { name: m[1]!, value };
}

/**
 * Whether an interactive shell would ask for more lines (PS2) before running this input: an open
 * quote, a heredoc without its terminator, a trailing `|`, `&&`, `\` (before the newline a script line
 * keeps, too), or an unclosed if/for/{.
 */
export function inputIncomplete(src: string): boolean {
  if (/(^|[^\\])(\\\\)*\\\n?$/.test(src)) return true;
  try {
    const { warnings } = parseScript(src);
    return warnings.some((w) => w.text.includes("here-document"));
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    return /unexpected end of file|unexpected EOF/.test(e.message);
  }
}
