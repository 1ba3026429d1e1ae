// awk's language (a practical subset of POSIX awk): lexer and parser producing a small tree.

export type Expr =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "re"; src: string }
  | { k: "var"; name: string }
  | { k: "field"; e: Expr }
  | { k: "index"; name: string; keys: Expr[] }
  | { k: "assign"; op: string; target: Expr; e: Expr }
  | { k: "cond"; c: Expr; a: Expr; b: Expr }
  | { k: "bin"; op: string; a: Expr; b: Expr }
  | { k: "un"; op: string; e: Expr }
  | { k: "incdec"; op: string; prefix: boolean; target: Expr }
  | { k: "match"; neg: boolean; e: Expr; re: Expr }
  | { k: "call"; name: string; args: Expr[] }
  /** A call of a function the program defines. */
  | { k: "ucall"; name: string; args: Expr[] }
  | { k: "in"; keys: Expr[]; name: string }
  /** `getline [VAR] [< FILE]` or `CMD | getline [VAR]`. */
  | { k: "getline"; target?: Expr; file?: Expr; cmd?: Expr }
  | { k: "group"; e: Expr };

export type Stmt =
  | { k: "print" | "printf"; args: Expr[]; dest?: { op: string; e: Expr } }
  | { k: "expr"; e: Expr }
  | { k: "if"; c: Expr; then: Stmt; else?: Stmt }
  | { k: "block"; body: Stmt[] }
  | { k: "while"; c: Expr; body: Stmt; doWhile: boolean }
  | { k: "for"; init?: Expr; c?: Expr; step?: Expr; body: Stmt }
  | { k: "forin"; v: string; arr: string; body: Stmt }
  | { k: "next" }
  | { k: "break" | "continue" }
  | { k: "exit"; e?: Expr }
  | { k: "delete"; name: string; keys?: Expr[] }
  | { k: "return"; e?: Expr };

export interface AwkFunction {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Item {
  /** `function NAME(PARAMS) { … }`: a definition, not a rule. */
  func?: AwkFunction;
  pattern?: Expr | "BEGIN" | "END";
  range?: [Expr, Expr];
  action?: Stmt[];
}

/** mawk's compile errors, each already "line N: message". */
export class AwkSyntaxError extends Error {
  readonly lines: string[];
  constructor(message: string, line = 1, more: string[] = []) {
    super(message);
    this.lines = message ? [...more, `line ${line}: ${message}`] : more;
  }
}

type Tok = { t: "num" | "str" | "re" | "name" | "builtin" | "op" | "nl" | "eof"; v: string; line: number };

const BUILTINS = new Set(["length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "tolower", "toupper", "int", "sqrt", "exp", "log", "sin", "cos", "atan2", "rand", "srand", "system", "close", "fflush"]);
const OPS = ["+=", "-=", "*=", "/=", "%=", "^=", "==", "<=", ">=", "!=", "++", "--", "&&", "||", ">>", "!~", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^", "!", ">", "<", "|", "?", ":", "~", "$", "="];

/** Tokens with their lines; mawk's scanner-level errors (unbalanced braces and parentheses) come from here. */
function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let braces = 0;
  let parens = 0;
  const extra: string[] = [];
  let extraBraceLast = false;
  const push = (t: Tok["t"], v: string) => {
    if (t !== "nl") extraBraceLast = false;
    toks.push({ t, v, line });
  };
  const operandEnd = () => {
    const last = toks[toks.length - 1];
    return last !== undefined && (["num", "str", "name", "builtin"].includes(last.t) || [")", "]", "$", "++", "--"].includes(last.v));
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === " " || c === "\t" || (c === "\\" && src[i + 1] === "\n")) {
      i += c === "\\" ? 2 : 1;
    } else if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "\n") {
      if (parens > 0) throw new AwkSyntaxError("missing ) near end of line", line, extra);
      push("nl", "\n");
      line++;
      i++;
    } else if (/[0-9.]/.test(c) && /^[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|^[0-9]+\.?/.test(src.slice(i))) {
      const m = /^(?:[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|[0-9]+\.?)/.exec(src.slice(i))!;
      push("num", m[0]);
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      push(BUILTINS.has(m[0]) ? "builtin" : "name", m[0]);
      i += m[0].length;
    } else if (c === '"') {
      let s = "";
      for (i++; i < src.length && src[i] !== '"'; i++) {
        if (src[i] === "\\" && i + 1 < src.length) {
          const e = src[++i]!;
          s += ({ n: "\n", t: "\t", r: "\r", "\\": "\\", '"': '"', "/": "/" } as Record<string, string>)[e] ?? "\\" + e;
        } else s += src[i];
      }
      if (i >= src.length) throw new AwkSyntaxError(`runaway string constant "${s.slice(0, 10)} ...`, line, extra);
      push("str", s);
      i++;
    } else if (c === "/" && !operandEnd()) {
      let s = "";
      for (i++; i < src.length && src[i] !== "/"; i++) {
        if (src[i] === "\\" && src[i + 1] === "/") s += src[++i];
        else if (src[i] === "\\") s += src[i]! + src[++i]!;
        else if (src[i] === "\n") break;
        else s += src[i];
      }
      if (i >= src.length || src[i] === "\n") throw new AwkSyntaxError(`runaway regular expression /${s.slice(0, 10)} ...`, line, extra);
      push("re", s);
      i++;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new AwkSyntaxError(`syntax error at or near ${c}`, line, extra);
      i += op.length;
      if (op === "(") parens++;
      if (op === "{") braces++;
      if (op === ")" && parens === 0) {
        extra.push(`line ${line}: extra ')'`);
        continue;
      }
      if (op === ")") parens--;
      if (op === "}") {
        if (parens > 0) throw new AwkSyntaxError("missing ) near }", line, extra);
        if (braces === 0) {
          extra.push(`line ${line}: extra '}'`);
          extraBraceLast = true;
          continue;
        }
        braces--;
      }
      push("op", op);
    }
  }
  if (parens > 0) throw new AwkSyntaxError("missing ) near end of line", line, extra);
  // mawk reads the program as if it ended in a newline, and reports its end one line further
  if (braces > 0) throw new AwkSyntaxError("missing } near end of file", (src.match(/\n/g)?.length ?? 0) + 2, extra);
  if (extraBraceLast) throw new AwkSyntaxError("syntax error at or near end of line", line, extra);
  if (extra.length) throw new AwkSyntaxError("", line, extra);
  toks.push({ t: "eof", v: "", line: line + 1 });
  return toks;
}

export function parseAwk(src: string): Item[] {
  const toks = lex(src);
  // names defined as functions anywhere in the program: `NAME(` calls them
  const funcNames = new Set(toks.flatMap((t, k) => ((t.v === "function" || t.v === "func") && t.t === "name" && toks[k + 1]?.t === "name" ? [toks[k + 1]!.v] : [])));
  let p = 0;
  const peek = () => toks[p]!;
  const isOp = (v: string) => peek().t === "op" && peek().v === v;
  const take = () => toks[p++]!;
  const near = (t: Tok) => new AwkSyntaxError(`syntax error at or near ${t.t === "nl" ? "end of line" : t.t === "eof" ? "end of file" : t.v}`, t.line);
  const expect = (v: string) => {
    const t = take();
    if (t.v !== v || (t.t !== "op" && t.t !== "name")) throw near(t);
  };
  const skipNl = () => {
    while (peek().t === "nl") p++;
  };
  // how many loops the statement being read is in (break and continue need one)
  let loopDepth = 0;
  const loopBody = (): Stmt => {
    loopDepth++;
    try {
      return statement();
    } finally {
      loopDepth--;
    }
  };
  // `print (a, b)`: whether the next primary may be such a list, and the one just read
  let printListNext = false;
  let printList: { node: Expr; items: Expr[] } | undefined;
  const skipTerms = () => {
    while (peek().t === "nl" || isOp(";")) p++;
  };

  /** "(a, b, …)" of a call, from its "(": `strict` (a user function) refuses a missing comma. */
  const callArgs = (strict: boolean): Expr[] => {
    p++;
    const args: Expr[] = [];
    skipNl();
    while (!isOp(")")) {
      args.push(expr());
      skipNl();
      if (isOp(",")) {
        p++;
        skipNl();
      } else if (strict && !isOp(")")) throw near(peek());
    }
    p++;
    return args;
  };

  const primary = (): Expr => {
    const t = take();
    const listAllowed = printListNext;
    printListNext = false;
    if (t.t === "num") return { k: "num", v: Number(t.v) };
    if (t.t === "str") return { k: "str", v: t.v };
    if (t.t === "re") return { k: "re", src: t.v };
    if (t.t === "op" && t.v === "$") return { k: "field", e: incdec() };
    if (t.t === "op" && (t.v === "-" || t.v === "+" || t.v === "!")) return { k: "un", op: t.v, e: unaryOperand(t.v) };
    if (t.t === "op" && (t.v === "++" || t.v === "--")) return { k: "incdec", op: t.v, prefix: true, target: incdec() };
    if (t.t === "op" && t.v === "(") {
      // inside parentheses `>` compares again, even in a print's arguments
      const outerNoGt = noGt;
      noGt = false;
      let e: Expr;
      try {
        e = expr();
      } finally {
        noGt = outerNoGt;
      }
      if (isOp(",")) {
        const keys = [e];
        while (isOp(",")) {
          p++;
          keys.push(expr());
        }
        expect(")");
        // print (a, b): the parentheses hold the print's arguments
        if (listAllowed && peek().v !== "in") {
          // only the end of the statement or its redirection may follow
          if (!(isOp(";") || isOp("}") || isOp(">") || isOp(">>") || isOp("|") || peek().t === "nl" || peek().t === "eof")) throw near(peek());
          const node: Expr = { k: "group", e };
          printList = { node, items: keys };
          return node;
        }
        const inTok = take();
        if (inTok.v !== "in") throw near(inTok);
        return { k: "in", keys, name: take().v };
      }
      expect(")");
      return { k: "group", e };
    }
    if (t.t === "builtin") return { k: "call", name: t.v, args: isOp("(") ? callArgs(false) : [] };
    if (t.t === "name" && t.v === "getline") {
      const target = lvalueOrNone();
      if (!isOp("<")) return { k: "getline", target };
      p++;
      return { k: "getline", target, file: incdec() };
    }
    if (t.t === "name" && funcNames.has(t.v) && isOp("(")) return { k: "ucall", name: t.v, args: callArgs(true) };
    if (t.t === "name") {
      if (isOp("[")) {
        p++;
        const keys = [expr()];
        while (isOp(",")) {
          p++;
          keys.push(expr());
        }
        expect("]");
        return { k: "index", name: t.v, keys };
      }
      return { k: "var", name: t.v };
    }
    throw near(t);
  };
  /** The optional variable after `getline`. */
  const lvalueOrNone = (): Expr | undefined => {
    const t = peek();
    if (t.t === "op" && t.v === "$") return incdec();
    if (t.t === "name" && !["in", "getline"].includes(t.v)) return primary();
    return undefined;
  };
  const unaryOperand = (op: string): Expr => (op === "!" ? unary() : power());
  const incdec = (): Expr => {
    const e = primary();
    if ((isOp("++") || isOp("--")) && (e.k === "var" || e.k === "field" || e.k === "index")) return { k: "incdec", op: take().v, prefix: false, target: e };
    return e;
  };
  const power = (): Expr => {
    const a = incdec();
    if (isOp("^")) {
      p++;
      return { k: "bin", op: "^", a, b: unary() };
    }
    return a;
  };
  const unary = (): Expr => {
    if (isOp("!") || isOp("-") || isOp("+")) {
      const op = take().v;
      return { k: "un", op, e: unaryOperand(op) };
    }
    return power();
  };
  const binary = (next: () => Expr, ops: string[]) => (): Expr => {
    let a = next();
    while (peek().t === "op" && ops.includes(peek().v)) {
      const op = take().v;
      a = { k: "bin", op, a, b: next() };
    }
    return a;
  };
  const multiplicative = binary(unary, ["*", "/", "%"]);
  const additive = binary(multiplicative, ["+", "-"]);
  const startsOperand = () => {
    const t = peek();
    return ["num", "str", "name", "builtin"].includes(t.t) || (t.t === "op" && ["$", "(", "++", "--"].includes(t.v));
  };
  const concat = (): Expr => {
    let a = additive();
    while (startsOperand() && peek().v !== "in") a = { k: "bin", op: "concat", a, b: additive() };
    return a;
  };
  let noGt = false;
  /** `CMD | getline [VAR]`, which binds looser than concatenation. */
  const piped = (): Expr => {
    let a = concat();
    while (isOp("|") && toks[p + 1]?.t === "name" && toks[p + 1]?.v === "getline") {
      p += 2;
      a = { k: "getline", target: lvalueOrNone(), cmd: a };
    }
    return a;
  };
  const comparison = (): Expr => {
    const a = piped();
    const t = peek();
    if (t.t === "op" && ["<", "<=", "!=", "==", ">=", ">"].includes(t.v) && !(noGt && t.v === ">")) {
      p++;
      return { k: "bin", op: t.v, a, b: concat() };
    }
    return a;
  };
  const matching = (): Expr => {
    let a = comparison();
    while (isOp("~") || isOp("!~")) {
      const neg = take().v === "!~";
      a = { k: "match", neg, e: a, re: comparison() };
    }
    return a;
  };
  const inExpr = (): Expr => {
    let a = matching();
    while (peek().t === "name" && peek().v === "in") {
      p++;
      a = { k: "in", keys: [a], name: take().v };
    }
    return a;
  };
  const and = (): Expr => {
    let a = inExpr();
    while (isOp("&&")) {
      p++;
      skipNl();
      a = { k: "bin", op: "&&", a, b: inExpr() };
    }
    return a;
  };
  const or = (): Expr => {
    let a = and();
    while (isOp("||")) {
      p++;
      skipNl();
      a = { k: "bin", op: "||", a, b: and() };
    }
    return a;
  };
  const ternary = (): Expr => {
    const c = or();
    if (!isOp("?")) return c;
    p++;
    const a = ternary();
    expect(":");
    return { k: "cond", c, a, b: ternary() };
  };
  const expr = (): Expr => {
    const left = ternary();
    const t = peek();
    if (t.t === "op" && ["=", "+=", "-=", "*=", "/=", "%=", "^="].includes(t.v) && (left.k === "var" || left.k === "field" || left.k === "index")) {
      p++;
      return { k: "assign", op: t.v, target: left, e: expr() };
    }
    return left;
  };

  const simpleOrNone = (): Expr | undefined => (isOp(";") || isOp(")") ? undefined : expr());
  const statement = (): Stmt => {
    const t = peek();
    if (t.t === "op" && t.v === "{") {
      p++;
      return { k: "block", body: block() };
    }
    if (t.t === "name") {
      switch (t.v) {
        case "print":
        case "printf": {
          p++;
          const args: Expr[] = [];
          noGt = true;
          const paren = isOp("(");
          printList = undefined;
          if (!isOp(";") && !isOp("}") && peek().t !== "nl" && !isOp(">") && !isOp("|")) {
            printListNext = paren;
            args.push(expr());
            printListNext = false;
            // (set by primary() meanwhile)
            const list = printList as { node: Expr; items: Expr[] } | undefined;
            if (list) {
              // `print (a, b)` alone; anything around the parentheses is mawk's syntax error
              if (list.node !== args[0] || isOp(",")) throw near(peek());
              args.splice(0, 1, ...list.items);
              printList = undefined;
            }
            while (isOp(",")) {
              p++;
              skipNl();
              args.push(expr());
            }
          }
          noGt = false;
          if (paren && args.length === 1 && args[0]!.k === "group") args[0] = args[0]!.e;
          let dest: { op: string; e: Expr } | undefined;
          if (isOp(">") || isOp(">>") || isOp("|")) dest = { op: take().v, e: concat() };
          return { k: t.v, args, dest };
        }
        case "if": {
          p++;
          expect("(");
          const c = expr();
          expect(")");
          skipNl();
          const then = statement();
          const save = p;
          skipTerms();
          if (peek().t === "name" && peek().v === "else") {
            p++;
            skipNl();
            return { k: "if", c, then, else: statement() };
          }
          p = save;
          return { k: "if", c, then };
        }
        case "while": {
          p++;
          expect("(");
          const c = expr();
          expect(")");
          skipNl();
          return { k: "while", c, body: loopBody(), doWhile: false };
        }
        case "do": {
          p++;
          skipNl();
          const body = loopBody();
          skipTerms();
          expect("while");
          expect("(");
          const c = expr();
          expect(")");
          return { k: "while", c, body, doWhile: true };
        }
        case "for": {
          p++;
          expect("(");
          if (peek().t === "name" && toks[p + 1]?.v === "in" && toks[p + 3]?.v === ")") {
            const v = take().v;
            p++;
            const arr = take().v;
            expect(")");
            skipNl();
            return { k: "forin", v, arr, body: loopBody() };
          }
          const init = simpleOrNone();
          expect(";");
          const c = simpleOrNone();
          expect(";");
          const step = simpleOrNone();
          expect(")");
          skipNl();
          return { k: "for", init, c, step, body: loopBody() };
        }
        case "next":
          p++;
          return { k: "next" };
        case "break":
        case "continue":
          p++;
          if (loopDepth === 0) throw new AwkSyntaxError(`${t.v} statement outside of loop`, t.line);
          return { k: t.v };
        case "return": {
          p++;
          const e = isOp(";") || isOp("}") || peek().t === "nl" ? undefined : expr();
          return { k: "return", e };
        }
        case "exit": {
          p++;
          const e = isOp(";") || isOp("}") || peek().t === "nl" ? undefined : expr();
          return { k: "exit", e };
        }
        case "delete": {
          p++;
          const name = take().v;
          let keys: Expr[] | undefined;
          if (isOp("[")) {
            p++;
            keys = [expr()];
            expect("]");
          }
          return { k: "delete", name, keys };
        }
      }
    }
    return { k: "expr", e: expr() };
  };
  const block = (): Stmt[] => {
    const body: Stmt[] = [];
    skipTerms();
    while (!isOp("}")) {
      if (peek().t === "eof") throw near(peek());
      body.push(statement());
      skipTerms();
    }
    p++;
    return body;
  };

  const items: Item[] = [];
  skipTerms();
  while (peek().t !== "eof") {
    const item: Item = {};
    if (peek().t === "name" && (peek().v === "function" || peek().v === "func")) {
      p++;
      const name = take();
      if (name.t !== "name") throw near(name);
      expect("(");
      const params: string[] = [];
      while (!isOp(")")) {
        const param = take();
        if (param.t !== "name") throw near(param);
        params.push(param.v);
        if (isOp(",")) p++;
        skipNl();
      }
      p++;
      skipNl();
      expect("{");
      items.push({ func: { name: name.v, params, body: block() } });
      skipTerms();
      continue;
    }
    if (peek().t === "name" && (peek().v === "BEGIN" || peek().v === "END")) item.pattern = take().v as "BEGIN" | "END";
    else if (!isOp("{")) {
      item.pattern = expr();
      if (isOp(",")) {
        p++;
        item.range = [item.pattern, expr()];
        item.pattern = undefined;
      }
    }
    if (isOp("{")) {
      p++;
      item.action = block();
    } else if (item.pattern === "BEGIN" || item.pattern === "END") {
      // mawk reads the program as ending in a newline
      throw near(peek().t === "eof" ? { ...peek(), t: "nl", line: peek().line - 1 } : peek());
    }
    items.push(item);
    skipTerms();
  }
  return items;
}
