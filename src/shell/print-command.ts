// A function's text as bash shows it (declare -f, type): bash re-prints the parsed commands with
// its own layout (print_cmd.c): four-space indents, `;` after each command of a list, `do` on a
// line of its own after `for`, here-document bodies after the command that reads them.
import { singleQuote } from "./quote.js";
import type { AndOr, Command, List, Pipeline, Redirect, SimpleCommand } from "./ast.js";
import { decodeEscapes, findClosingParen } from "./lexer.js";
import { parseScript } from "./parser.js";

/** bash's command tree: lists, and-or lists and pipelines are chains of two-sided connections. */
type Node = { kind: "conn"; op: ";" | "\n" | "&" | "&&" | "||" | "|"; first: Node; second?: Node; invert?: boolean } | { kind: "cmd"; cmd: Command; invert?: boolean };

function listNode(list: List): Node | undefined {
  let acc: Node | undefined;
  list.forEach((item, i) => {
    const node = andOrNode(item);
    const before = list[i - 1];
    acc = acc === undefined ? node : { kind: "conn", op: before!.background ? "&" : before!.newline ? "\n" : ";", first: acc, second: node };
  });
  if (acc && list[list.length - 1]!.background) acc = { kind: "conn", op: "&", first: acc };
  return acc;
}

function andOrNode(a: AndOr): Node {
  let acc = pipelineNode(a.first);
  for (const r of a.rest) acc = { kind: "conn", op: r.op, first: acc, second: pipelineNode(r.pipeline) };
  return acc;
}

function pipelineNode(p: Pipeline): Node {
  let acc: Node = { kind: "cmd", cmd: p.cmds[0]! };
  for (const cmd of p.cmds.slice(1)) acc = { kind: "conn", op: "|", first: acc, second: { kind: "cmd", cmd } };
  return p.negate ? { ...acc, invert: true } : acc;
}

const RESERVED = new Set(["if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do", "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "coproc"]);

/** `name () \n{ \n    …\n}`: what declare -f and type print (without the final newline). */
export function functionText(name: string, body: Command): string {
  const p = new Printer(true);
  return p.functionDefinition(name, body);
}

/** $BASH_COMMAND: a simple command's text as bash prints it (heredoc bodies left out). */
export function simpleCommandText(cmd: SimpleCommand): string {
  const p = new Printer(false);
  p.command({ kind: "cmd", cmd });
  return p.text().replace(/\n[^]*$/, "");
}

/** A background job's command as `jobs` lists it (without the final `&`). */
export function jobText(job: AndOr): string {
  const p = new Printer(false);
  p.command(andOrNode(job));
  return p.text();
}

/** A word as bash keeps it after parsing: $'…' becomes '…', and $(…) is re-printed on one line. */
export function wordText(raw: string): string {
  let out = "";
  let inDouble = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "\\") {
      out += raw.slice(i, i + 2);
      i++;
    } else if (c === "'" && !inDouble) {
      const end = raw.indexOf("'", i + 1);
      if (end < 0) return out + raw.slice(i);
      out += raw.slice(i, end + 1);
      i = end;
    } else if (c === '"') {
      inDouble = !inDouble;
      out += c;
    } else if (c === "$" && raw[i + 1] === "'" && !inDouble) {
      const end = ansiEnd(raw, i + 2);
      out += singleQuote(decodeEscapes(raw.slice(i + 2, end)));
      i = end;
    } else if (c === "$" && raw[i + 1] === "(" && raw[i + 2] !== "(") {
      const end = findClosingParen(raw, i + 2);
      if (end < 0) return out + raw.slice(i);
      // (a space keeps `$( (…) )` from reading as arithmetic)
      out += `$(${commandSubstitutionText(raw.slice(i + 2, end - 1)).replace(/^\(/, " (")})`;
      i = end - 1;
    } else out += c;
  }
  return out;
}

/** Index of the quote closing a $'…' body that starts at `from`. */
function ansiEnd(raw: string, from: number): number {
  let i = from;
  while (i < raw.length && raw[i] !== "'") i += raw[i] === "\\" ? 2 : 1;
  return i;
}

/** A $(…)'s text as bash 5.2 keeps (and runs) it: on one line, `;` as "; ", line breaks kept. */
export function commandSubstitutionText(src: string): string {
  let text = reprinted.get(src);
  if (text === undefined) {
    // (a small cache, emptied when full: a loop runs the same $(…) on every pass)
    if (reprinted.size >= 1000) reprinted.clear();
    reprinted.set(src, (text = reprint(src)));
  }
  return text;
}

/** $(…) texts already re-printed; the text depends on nothing but the source. */
const reprinted = new Map<string, string>();

function reprint(src: string): string {
  try {
    const node = listNode(parseScript(src).list);
    if (!node) return src;
    const p = new Printer(false);
    p.command(node);
    return p.text();
  } catch {
    return src;
  }
}

class Printer {
  private out = "";
  private indentation = 0;
  private skipIndent = 0;
  private printingConnection = 0;
  private deferred: Redirect[] = [];
  private wasHeredoc = false;

  constructor(private insideFunction: boolean) {}

  text(): string {
    return this.out;
  }

  functionDefinition(name: string, body: Command): string {
    this.out = `${RESERVED.has(name) ? "function " : ""}${name} () \n`;
    this.indentation = 4;
    this.out += "{ \n";
    this.functionBody(body);
    return this.out;
  }

  /** A definition's body: a { … } group prints as the definition's own braces. */
  private functionBody(body: Command): void {
    const group = body.kind === "group" && !body.subshell ? body : undefined;
    const node = group ? listNode(group.body) : { kind: "cmd" as const, cmd: body };
    if (node) this.command(node);
    this.flushDeferred("");
    this.indentation -= 4;
    if (group && group.redirects.length) {
      this.newline("} ");
      this.redirections(group.redirects);
    } else this.newline("}");
  }

  private indent(): void {
    this.out += " ".repeat(this.indentation);
  }

  private newline(s: string): void {
    this.out += "\n";
    this.indent();
    this.out += s;
  }

  private semicolon(): void {
    const last = this.out[this.out.length - 1];
    if (this.out.length > 0 && (last === "&" || last === "\n")) return;
    this.out += ";";
  }

  command(node: Node | undefined): void {
    if (!node) return;
    if (this.skipIndent) this.skipIndent--;
    else this.indent();
    if (node.invert) this.out += "! ";
    if (node.kind === "conn") this.connection(node);
    else this.compound(node.cmd);
  }

  private connection(node: Node & { kind: "conn" }): void {
    this.skipIndent++;
    this.printingConnection++;
    this.command(node.first);
    switch (node.op) {
      case "&":
      case "|":
        this.printDeferred(` ${node.op}`);
        if (node.op !== "&" || node.second) {
          this.out += " ";
          this.skipIndent++;
        }
        break;
      case "&&":
      case "||":
        this.printDeferred(` ${node.op} `);
        if (node.second) this.skipIndent++;
        break;
      case "\n":
        // a line break inside $(…) stays one (a function's body shows it as `;` and a new line)
        if (this.insideFunction) this.listSeparator(node);
        else {
          if (this.deferred.length) this.printDeferred("");
          else this.out += "\n";
          if (node.second) this.skipIndent++;
        }
        break;
      case ";":
        this.listSeparator(node);
        break;
    }
    this.command(node.second);
    this.flushDeferred("");
    this.printingConnection--;
  }

  /** `;` between list items: a new line in a function, a space elsewhere. */
  private listSeparator(node: Node & { kind: "conn" }): void {
    if (this.deferred.length === 0) {
      if (!this.wasHeredoc) this.out += ";";
      else this.wasHeredoc = false;
    } else this.printDeferred(this.insideFunction ? "" : ";");
    if (this.insideFunction) this.out += "\n";
    else {
      this.out += " ";
      if (node.second) this.skipIndent++;
    }
  }

  private compound(cmd: Command): void {
    switch (cmd.kind) {
      case "simple":
        this.simple(cmd);
        return;
      case "group":
        if (cmd.subshell) {
          this.out += "( ";
          this.skipIndent++;
          this.command(listNode(cmd.body));
          this.flushDeferred("");
          this.out += " )";
        } else this.group(cmd.body);
        break;
      case "if":
        this.ifCommand(cmd.branches, cmd.elseBody);
        break;
      case "for":
        this.out += `${cmd.select ? "select" : "for"} ${cmd.name} in ${(cmd.itemTexts ?? ['"$@"']).map(wordText).join(" ")};`;
        this.loopBody(cmd.body);
        break;
      case "arithfor": {
        const [init = "", cond = "", step = ""] = cmd.texts ?? [];
        this.out += `for ((${init}; ${cond}; ${step}))`;
        this.loopBody(cmd.body);
        break;
      }
      case "while":
        this.out += cmd.until ? "until " : "while ";
        this.skipIndent++;
        this.command(listNode(cmd.cond));
        this.flushDeferred("");
        this.semicolon();
        this.out += " do\n";
        this.indentation += 4;
        this.command(listNode(cmd.body));
        this.flushDeferred("");
        this.indentation -= 4;
        this.semicolon();
        this.newline("done");
        break;
      case "case":
        this.out += `case ${wordText(cmd.wordText ?? "")} in `;
        this.indentation += 4;
        for (const item of cmd.items) {
          this.newline("");
          this.out += `${(item.patternTexts ?? []).map(wordText).join(" | ")})\n`;
          this.indentation += 4;
          this.command(listNode(item.body));
          this.indentation -= 4;
          this.flushDeferred("");
          this.newline(item.end ?? ";;");
        }
        this.indentation -= 4;
        this.newline("esac");
        break;
      case "func":
        this.out += `function ${cmd.name} () \n`;
        this.indent();
        this.out += "{ \n";
        this.indentation += 4;
        this.functionBody(cmd.body);
        return;
    }
    if (cmd.redirects.length) {
      this.out += " ";
      this.redirections(cmd.redirects);
    }
  }

  /** `;` then `do` on a line of its own (for loops), the body, `done`. */
  private loopBody(body: List): void {
    this.newline("do\n");
    this.indentation += 4;
    this.command(listNode(body));
    this.flushDeferred("");
    this.semicolon();
    this.indentation -= 4;
    this.newline("done");
  }

  private group(body: List): void {
    this.out += "{ ";
    if (!this.insideFunction) this.skipIndent++;
    else {
      this.out += "\n";
      this.indentation += 4;
    }
    this.command(listNode(body));
    this.flushDeferred("");
    if (this.insideFunction) {
      this.out += "\n";
      this.indentation -= 4;
      this.indent();
    } else {
      this.semicolon();
      this.out += " ";
    }
    this.out += "}";
  }

  /** elif is an if inside else, as bash stores it. */
  private ifCommand(branches: { cond: List; body: List }[], elseBody: List | undefined): void {
    const [first, ...rest] = branches;
    this.out += "if ";
    this.skipIndent++;
    this.command(listNode(first!.cond));
    this.semicolon();
    this.out += " then\n";
    this.indentation += 4;
    this.command(listNode(first!.body));
    this.indentation -= 4;
    if (rest.length || elseBody) {
      this.semicolon();
      this.newline("else\n");
      this.indentation += 4;
      if (rest.length) {
        this.indent();
        this.ifCommand(rest, elseBody);
      } else this.command(listNode(elseBody!));
      this.indentation -= 4;
    }
    this.semicolon();
    this.newline("fi");
  }

  private simple(cmd: SimpleCommand): void {
    this.out += (cmd.texts ?? []).map((t) => (cmd.conditional ? t : wordText(t))).join(" ");
    if (cmd.redirects.length) {
      this.out += " ";
      this.redirections(cmd.redirects);
    }
  }

  private redirections(redirects: Redirect[]): void {
    const heredocs: Redirect[] = [];
    this.wasHeredoc = false;
    redirects.forEach((r, i) => {
      if (r.op === "<<" || r.op === "<<-") {
        heredocs.push(r);
        this.out += heredocHeader(r);
      } else this.out += redirectionText(r);
      if (i < redirects.length - 1) this.out += " ";
    });
    if (heredocs.length && this.printingConnection) this.deferred = heredocs;
    else if (heredocs.length) this.heredocBodies(heredocs);
  }

  private heredocBodies(heredocs: Redirect[]): void {
    this.out += "\n";
    for (const r of heredocs) this.out += `${r.heredoc?.text ?? ""}${heredocDelimiter(r)}\n`;
    this.wasHeredoc = true;
  }

  /** The connector (unless just `;`), then the bodies of here-documents waiting for it. */
  private printDeferred(s: string): void {
    const shown = s !== "" && s !== ";";
    if (shown) this.out += s;
    if (this.deferred.length === 0) return;
    this.heredocBodies(this.deferred);
    if (shown) this.out += " ";
    this.deferred = [];
  }

  private flushDeferred(s: string): void {
    if (this.deferred.length) this.printDeferred(s);
  }
}

function heredocDelimiter(r: Redirect): string {
  return (r.text ?? "").replace(/\\(.)|['"]/g, "$1");
}

function heredocHeader(r: Redirect): string {
  const quoted = /['"\\]/.test(r.text ?? "");
  const fd = r.fd !== 0 ? String(r.fd) : "";
  const delimiter = heredocDelimiter(r);
  return `${fd}${r.op}${quoted ? singleQuote(delimiter) : delimiter}`;
}

function redirectionText(r: Redirect): string {
  const target = wordText(r.text ?? "");
  const fdIf = (dflt: number) => (r.fd !== dflt ? String(r.fd) : "");
  switch (r.op) {
    case "<":
      return `${fdIf(0)}< ${target}`;
    case ">":
    case ">>":
    case ">|":
      return `${fdIf(1)}${r.op} ${target}`;
    case "<>":
      return `${fdIf(1)}<> ${target}`;
    case "<<<":
      return `${fdIf(0)}<<< ${target}`;
    case "&>":
    case "&>>":
      return `${r.op} ${target}`;
    case ">&":
    case "<&":
      if (target === "-") return `${r.fd}>&-`;
      // `>&file`: a word, not a descriptor number
      if (r.op === ">&" && r.fd === 1 && !/^[0-9]+-?$/.test(target)) return `>&${target}`;
      return `${r.fd}${r.op}${target}`;
    default:
      return `${r.op} ${target}`;
  }
}
