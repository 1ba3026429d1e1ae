// $(( … )), (( … )) and let: bash's integer arithmetic (64-bit wrap), with assignments,
// ++/--, the ternary, commas and ** — operators by bash's precedence table.
import { ExpansionError } from "./expand.js";

interface VarSource {
  getVar(name: string): string | undefined;
  setVar?(name: string, value: string): void;
  /** set -u: reading an unset name ends the command line (status 127). */
  nounset?: boolean;
  /** dash: a variable must hold a number, and errors end the script (status 2). */
  dash?: boolean;
  /** Whether a name is an associative array (its subscript is a key, not arithmetic). */
  isAssoc?(name: string): boolean;
  /** a[i] / m[key] in an expression. */
  getSubscripted?(name: string, key: string | number): string | undefined;
  setSubscripted?(name: string, key: string | number, value: string): void;
}

const TOKEN = /\s*([0-9][0-9A-Za-z@_#]*|[A-Za-z_][A-Za-z0-9_]*|\*\*=|<<=|>>=|\+\+|--|\*\*|\|\||&&|==|!=|<=|>=|<<|>>|[-+*/%&^|]=|[-+*/%()<>!~|&^?:=,])/y;

/** Binary operators from loosest to tightest (below the ternary and assignment). */
const BINARY_LEVELS: string[][] = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<=", ">=", "<", ">"], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]];
const ASSIGN_OPS = new Set(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|=", "**="]);

const wrap = (v: bigint) => BigInt.asIntN(64, v);

interface Token { text: string; pos: number }

function tokenize(expr: string): Token[] {
  const toks: Token[] = [];
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expr);
    if (!m) {
      const at = pos + (/^\s*/.exec(expr.slice(pos))![0].length);
      // bash names what it wanted there: an operator after an operand, an operand anywhere else
      const prev = toks[toks.length - 1];
      const wanted = prev && (/^[0-9A-Za-z_]/.test(prev.text) || prev.text === ")") ? "invalid arithmetic operator" : "operand expected";
      throw new ExpansionError(`${expr.trimStart()}: syntax error: ${wanted} (error token is "${expr.slice(at)}")`);
    }
    let text = m[1]!;
    pos = TOKEN.lastIndex;
    // a[i] / m[key]: the subscript (brackets may nest) belongs to the name
    if (/^[A-Za-z_]/.test(text) && expr[pos] === "[") {
      let depth = 0;
      let end = pos;
      for (; end < expr.length; end++) {
        if (expr[end] === "[") depth++;
        else if (expr[end] === "]" && --depth === 0) break;
      }
      if (end >= expr.length) throw new ExpansionError(`${expr.trimStart()}: bad array subscript (error token is "${expr.slice(pos)}")`);
      text += expr.slice(pos, end + 1);
      pos = end + 1;
    }
    toks.push({ text, pos: pos - text.length });
  }
  return toks;
}

class Evaluator {
  private i = 0;
  /** While > 0, operands are parsed but not evaluated (the untaken side of && || ?:). */
  private skip = 0;
  /** Where the text after the last binary operator starts (bash's division-by-0 error token). */
  private afterOperator = 0;

  private readonly toks: string[];

  constructor(private readonly expr: string, private readonly tokens: Token[], private readonly vars: VarSource) {
    this.toks = tokens.map((t) => t.text);
  }

  /** bash names the text from the token it last read (at the end: the last token). */
  private error(what: string, from?: number): never {
    if (this.vars.dash && what === "division by 0") {
      const e = new ExpansionError(`arithmetic expression: division by zero: "${this.expr}"`);
      e.exitStatus = 2;
      throw e;
    }
    const last = this.tokens[Math.min(this.i, this.tokens.length - 1)]!;
    const rest = this.expr.slice(from ?? last.pos);
    throw new ExpansionError(`${this.expr.trimStart()}: ${what} (error token is "${rest}")`);
  }

  run(): bigint {
    const v = this.comma();
    if (this.i < this.toks.length) this.error("syntax error in expression");
    return v;
  }

  private comma(): bigint {
    let v = this.assignment();
    while (this.toks[this.i] === ",") {
      this.i++;
      v = this.assignment();
    }
    return v;
  }

  private assignment(): bigint {
    const name = this.toks[this.i];
    const op = this.toks[this.i + 1];
    if (name !== undefined && /^[A-Za-z_]/.test(name) && op !== undefined && ASSIGN_OPS.has(op)) {
      this.i += 2;
      const rhs = this.assignment();
      if (this.skip) return 0n;
      const value = op === "=" ? rhs : this.binary(op.slice(0, -1), this.variable(name), rhs);
      this.store(name, value);
      return value;
    }
    return this.ternary();
  }

  private ternary(): bigint {
    const cond = this.level(0);
    if (this.toks[this.i] !== "?") return cond;
    this.i++;
    if (cond === 0n) this.skip++;
    const yes = this.assignment();
    if (cond === 0n) this.skip--;
    if (this.toks[this.i] !== ":") this.error("`:' expected for conditional expression");
    this.i++;
    if (cond !== 0n) this.skip++;
    const no = this.assignment();
    if (cond !== 0n) this.skip--;
    return cond !== 0n ? yes : no;
  }

  private level(n: number): bigint {
    if (n === BINARY_LEVELS.length) return this.power();
    let left = this.level(n + 1);
    while (this.i < this.toks.length && BINARY_LEVELS[n]!.includes(this.toks[this.i]!)) {
      const opEnd = this.tokens[this.i]!.pos + this.toks[this.i]!.length;
      const op = this.toks[this.i++]!;
      this.afterOperator = opEnd;
      const shortCircuit = (op === "&&" && left === 0n) || (op === "||" && left !== 0n);
      if (shortCircuit) this.skip++;
      const right = this.level(n + 1);
      if (shortCircuit) {
        this.skip--;
        left = op === "||" ? 1n : 0n;
      } else left = this.binary(op, left, right);
    }
    return left;
  }

  private power(): bigint {
    const base = this.unary();
    if (this.toks[this.i] !== "**") return base;
    this.i++;
    const exponent = this.power();
    return this.binary("**", base, exponent);
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    if (this.skip) return 0n;
    switch (op) {
      case "||": return a !== 0n || b !== 0n ? 1n : 0n;
      case "&&": return a !== 0n && b !== 0n ? 1n : 0n;
      case "|": return a | b;
      case "^": return a ^ b;
      case "&": return a & b;
      case "==": return a === b ? 1n : 0n;
      case "!=": return a !== b ? 1n : 0n;
      case "<=": return a <= b ? 1n : 0n;
      case ">=": return a >= b ? 1n : 0n;
      case "<": return a < b ? 1n : 0n;
      case ">": return a > b ? 1n : 0n;
      case "<<": return wrap(a << (b & 63n));
      case ">>": return a >> (b & 63n);
      case "+": return wrap(a + b);
      case "-": return wrap(a - b);
      case "*": return wrap(a * b);
      case "**": {
        if (b < 0n) this.error("exponent less than 0");
        // square and multiply, wrapping at 64 bits as it goes (2**100000 stays cheap)
        let result = 1n;
        for (let base = a, e = b; e > 0n; e >>= 1n, base = wrap(base * base)) if (e & 1n) result = wrap(result * base);
        return result;
      }
      case "/":
      case "%": {
        if (b !== 0n) return wrap(op === "/" ? a / b : a % b);
        const from = this.afterOperator + (/^\s*/.exec(this.expr.slice(this.afterOperator))![0].length);
        this.error("division by 0", from);
      }
    }
    return 0n;
  }

  private unary(): bigint {
    const t = this.toks[this.i++];
    if (t === undefined) {
      this.i--;
      this.error("syntax error: operand expected");
    }
    if (t === "-") return wrap(-this.unary());
    if (t === "+") return this.unary();
    if (t === "!") return this.unary() === 0n ? 1n : 0n;
    if (t === "~") return ~this.unary();
    if (t === "++" || t === "--") {
      const name = this.toks[this.i++];
      if (name === undefined || !/^[A-Za-z_]/.test(name)) {
        this.i--;
        this.error("syntax error: operand expected");
      }
      const v = wrap(this.variable(name) + (t === "++" ? 1n : -1n));
      this.store(name, v);
      return v;
    }
    if (t === "(") {
      const v = this.comma();
      if (this.toks[this.i] !== ")") this.error("missing `)'");
      this.i++;
      return v;
    }
    if (/^[0-9]/.test(t)) return this.number(t);
    if (/^[A-Za-z_]/.test(t)) {
      const next = this.toks[this.i];
      if (next === "++" || next === "--") {
        this.i++;
        const old = this.variable(t);
        this.store(t, wrap(old + (next === "++" ? 1n : -1n)));
        return old;
      }
      return this.variable(t);
    }
    this.i--;
    this.error("syntax error: operand expected");
  }

  private number(t: string): bigint {
    if (/^0[xX][0-9a-fA-F]+$/.test(t)) return BigInt(t);
    const based = /^([0-9]+)#(.+)$/.exec(t);
    if (based) return this.inBase(Number(based[1]), based[2]!, t);
    if (/^0[0-9]+$/.test(t)) return this.inBase(8, t.slice(1), t);
    if (/^[0-9]+$/.test(t)) return BigInt(t);
    throw new ExpansionError(`${t}: value too great for base (error token is "${t}")`);
  }

  private inBase(base: number, digits: string, token: string): bigint {
    const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_";
    let v = 0n;
    for (const c of digits) {
      const d = base <= 36 ? alphabet.indexOf(c.toLowerCase()) : alphabet.indexOf(c);
      if (d < 0 || d >= base) throw new ExpansionError(`${token}: value too great for base (error token is "${token}")`);
      v = wrap(v * BigInt(base) + BigInt(d));
    }
    return v;
  }

  /** A variable's value; text that is itself an expression is evaluated, as bash does (010 is 8). */
  private variable(token: string): bigint {
    if (this.skip) return 0n;
    const raw = this.lookup(token);
    const v = (raw ?? "").trim();
    if (v === "") return 0n;
    if (/^-?[1-9][0-9]*$|^-?0$/.test(v)) return BigInt(v);
    // dash reads the value as a number (strtoimax, base 0), never as an expression
    if (this.vars.dash) return dashNumber(v);
    return BigInt(evalArithmetic(v, this.vars));
  }

  private lookup(token: string): string | undefined {
    const sub = this.subscript(token);
    if (sub) return this.vars.getSubscripted?.(sub.name, sub.key);
    const value = this.vars.getVar(token);
    // (dash's arithmetic reads an unset name as 0 even under set -u)
    if (value === undefined && this.vars.nounset && !this.vars.dash) {
      const e = new ExpansionError(`${token}: unbound variable`);
      e.exitStatus = 127;
      throw e;
    }
    return value;
  }

  /** name[sub] split: an associative array's key is the text, an indexed array's is evaluated. */
  private subscript(token: string): { name: string; key: string | number } | undefined {
    const open = token.indexOf("[");
    if (open < 0) return undefined;
    const name = token.slice(0, open);
    const inner = token.slice(open + 1, -1);
    if (this.vars.isAssoc?.(name)) return { name, key: inner };
    return { name, key: Number(evalArithmetic(inner || "0", this.vars)) };
  }

  private store(token: string, value: bigint): void {
    if (this.skip) return;
    const sub = this.subscript(token);
    if (sub) this.vars.setSubscripted?.(sub.name, sub.key, value.toString());
    else this.vars.setVar?.(token, value.toString());
  }
}

/** A dash variable's value in arithmetic: decimal, 0x hex or 0 octal, else "Illegal number". */
function dashNumber(v: string): bigint {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(v);
  if (!m) {
    const e = new ExpansionError(`Illegal number: ${v}`);
    e.exitStatus = 2;
    throw e;
  }
  const digits = m[2]!;
  const n = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits[0] === "0" ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
  return m[1] === "-" ? -n : n;
}

export function evalArithmetic(expr: string, vars: VarSource): string {
  const toks = tokenize(expr);
  if (toks.length === 0) return "0";
  return new Evaluator(expr, toks, vars).run().toString();
}
