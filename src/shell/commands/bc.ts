// bc [-l] [FILE…]: GNU bc 1.07 arithmetic with scale — numbers, + - * / % ^, ( ), comparisons,
// variables, scale=, length(), sqrt(); one result per expression statement, as `echo EXPR | bc` prints.
import type { Command } from "../types.js";
import { done, readSources } from "./util.js";

/** A decimal number: value·10^-scale. */
interface Num {
  v: bigint;
  s: number;
}

const pow10 = (n: number) => 10n ** BigInt(n);
const rescale = (a: Num, s: number): bigint => (s >= a.s ? a.v * pow10(s - a.s) : a.v / pow10(a.s - s));

class BcError extends Error {}

/** bc's way of printing: no leading 0 before the point, long numbers split with a backslash at 70. */
function show(n: Num): string {
  const neg = n.v < 0n;
  let digits = (neg ? -n.v : n.v).toString().padStart(n.s + 1, "0");
  let text = n.s > 0 ? `${digits.slice(0, -n.s)}.${digits.slice(-n.s)}` : digits;
  if (text.startsWith("0.")) text = text.slice(1);
  if (neg && /[1-9]/.test(text)) text = `-${text}`;
  const lines: string[] = [];
  for (digits = text; digits.length > 70; digits = digits.slice(69)) lines.push(`${digits.slice(0, 69)}\\`);
  lines.push(digits);
  return lines.join("\n") + "\n";
}

function parseNumber(text: string): Num {
  const [int, frac = ""] = text.split(".");
  return { v: BigInt((int || "0") + frac), s: frac.length };
}

class Bc {
  vars = new Map<string, Num>();
  scale = 0;
  private toks: string[] = [];
  private pos = 0;

  constructor(mathlib: boolean) {
    if (mathlib) this.scale = 20;
  }

  run(text: string): { out: string; err: string } {
    let out = "";
    let err = "";
    const statements = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/#.*$/gm, "").split(/[;\n]/);
    for (const stmt of statements) {
      const src = stmt.trim();
      if (src === "") continue;
      if (src === "quit" || src === "halt") break;
      const line = text.slice(0, text.indexOf(stmt)).split("\n").length;
      try {
        this.toks = src.match(/[0-9]*\.?[0-9]+\.?|[A-Za-z_][A-Za-z0-9_]*|\*\*|[<>=!+*/%^-]=|&&|\|\||\+\+|--|[-+*/%^()<>=!,]|\S/g) ?? [];
        this.pos = 0;
        const assign = /^[a-z_][a-z0-9_]*$/.test(this.toks[0] ?? "") && /^[-+*/%^]?=$/.test(this.toks[1] ?? "") && this.toks[1] !== "==";
        const value = this.expr();
        if (this.pos < this.toks.length) throw new BcError("syntax error");
        if (!assign) out += show(value);
      } catch (e) {
        if (!(e instanceof BcError)) throw e;
        // an expression cut short is reported on the next line, where bc met the end of input
        if (e.message === "syntax error") err += `(standard_in) ${line + (this.pos > this.toks.length ? 1 : 0)}: syntax error\n`;
        else err += `Runtime error (func=(main), adr=${this.toks.length}): ${e.message}\n`;
      }
    }
    return { out, err };
  }

  private peek = () => this.toks[this.pos];
  private take = () => this.toks[this.pos++];

  private expr(): Num {
    const name = this.peek();
    const op = this.toks[this.pos + 1];
    if (name !== undefined && /^[a-z_][a-z0-9_]*$/.test(name) && op !== undefined && /^[-+*/%^]?=$/.test(op) && op !== "==") {
      this.pos += 2;
      let value = this.expr();
      if (op !== "=") value = this.binary(op[0]!, this.get(name), value);
      this.set(name, value);
      return value;
    }
    return this.or();
  }

  private get(name: string): Num {
    if (name === "scale") return { v: BigInt(this.scale), s: 0 };
    return this.vars.get(name) ?? { v: 0n, s: 0 };
  }

  private set(name: string, value: Num): void {
    if (name === "scale") this.scale = Number(rescale(value, 0));
    else this.vars.set(name, value);
  }

  private or(): Num {
    let a = this.and();
    while (this.peek() === "||") {
      this.pos++;
      const b = this.and();
      a = { v: a.v !== 0n || b.v !== 0n ? 1n : 0n, s: 0 };
    }
    return a;
  }

  private and(): Num {
    let a = this.compare();
    while (this.peek() === "&&") {
      this.pos++;
      const b = this.compare();
      a = { v: a.v !== 0n && b.v !== 0n ? 1n : 0n, s: 0 };
    }
    return a;
  }

  private compare(): Num {
    const a = this.additive();
    const op = this.peek();
    if (!["<", ">", "<=", ">=", "==", "!="].includes(op ?? "")) return a;
    this.pos++;
    const b = this.additive();
    const s = Math.max(a.s, b.s);
    const [x, y] = [rescale(a, s), rescale(b, s)];
    const r = { "<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y, "==": x === y, "!=": x !== y }[op as "<"];
    return { v: r ? 1n : 0n, s: 0 };
  }

  private additive(): Num {
    let a = this.multiplicative();
    while (this.peek() === "+" || this.peek() === "-") a = this.binary(this.take()!, a, this.multiplicative());
    return a;
  }

  private multiplicative(): Num {
    let a = this.power();
    while (this.peek() === "*" || this.peek() === "/" || this.peek() === "%") a = this.binary(this.take()!, a, this.power());
    return a;
  }

  private power(): Num {
    const a = this.unary();
    if (this.peek() !== "^") return a;
    this.pos++;
    return this.binary("^", a, this.power());
  }

  private unary(): Num {
    if (this.peek() === "-") {
      this.pos++;
      const a = this.unary();
      return { v: -a.v, s: a.s };
    }
    if (this.peek() === "+") this.pos++;
    if (this.peek() === "!") {
      this.pos++;
      return { v: this.unary().v === 0n ? 1n : 0n, s: 0 };
    }
    return this.primary();
  }

  private primary(): Num {
    const t = this.take();
    if (t === undefined) throw new BcError("syntax error");
    if (t === "(") {
      const v = this.expr();
      if (this.take() !== ")") throw new BcError("syntax error");
      return v;
    }
    if (/^[0-9.]/.test(t)) return parseNumber(t);
    if (/^[a-z_][a-z0-9_]*$/.test(t)) {
      if (this.peek() === "(" && ["length", "sqrt", "scale"].includes(t)) {
        this.pos++;
        const arg = this.expr();
        if (this.take() !== ")") throw new BcError("syntax error");
        if (t === "length") return { v: BigInt(arg.v === 0n ? Math.max(1, arg.s) : (arg.v < 0n ? -arg.v : arg.v).toString().length), s: 0 };
        if (t === "scale") return { v: BigInt(arg.s), s: 0 };
        return this.sqrt(arg);
      }
      return this.get(t);
    }
    throw new BcError("syntax error");
  }

  private sqrt(a: Num): Num {
    if (a.v < 0n) throw new BcError("Square root of a negative number");
    const s = Math.max(this.scale, a.s);
    const n = rescale(a, 2 * s);
    let x = n;
    let y = (x + 1n) / 2n;
    while (y < x) [x, y] = [y, (y + n / y) / 2n];
    return { v: x, s };
  }

  private binary(op: string, a: Num, b: Num): Num {
    switch (op) {
      case "+":
      case "-": {
        const s = Math.max(a.s, b.s);
        return { v: op === "+" ? rescale(a, s) + rescale(b, s) : rescale(a, s) - rescale(b, s), s };
      }
      case "*": {
        const s = Math.min(a.s + b.s, Math.max(this.scale, a.s, b.s));
        return { v: rescale({ v: a.v * b.v, s: a.s + b.s }, s), s };
      }
      case "/": {
        if (b.v === 0n) throw new BcError("Divide by zero");
        const s = this.scale;
        return { v: rescale(a, s + b.s) / b.v, s };
      }
      case "%": {
        if (b.v === 0n) throw new BcError("Modulo by zero");
        // a - (a/b)·b with the division at scale, as bc defines it
        const q = this.binary("/", a, b);
        const s = Math.max(this.scale + b.s, a.s);
        const prod = { v: q.v * b.v, s: q.s + b.s };
        return { v: rescale(a, s) - rescale(prod, s), s };
      }
      default: {
        const e = Number(rescale(b, 0));
        if (e < 0) return this.binary("/", { v: 1n, s: 0 }, this.binary("^", a, { v: BigInt(-e), s: 0 }));
        const s = Math.min(a.s * e, Math.max(this.scale, a.s));
        return { v: rescale({ v: a.v ** BigInt(e), s: a.s * e }, s), s };
      }
    }
  }
}

export const bc: Command = {
  name: "bc",
  run(ctx) {
    const args = ctx.argv.slice(1);
    const mathlib = args.some((a) => /^-[a-z]*l/.test(a) || a === "--mathlib");
    const files = args.filter((a) => !a.startsWith("-"));
    const { sources, errors } = readSources(ctx, "bc", files);
    if (errors.length) return done("", errors.map((e) => e.replace(/^bc: (.*): No such file or directory\n$/, "File $1 is unavailable.\n")).join(""), 1);
    const machine = new Bc(mathlib);
    const { out, err } = machine.run(sources.map((s) => s.data).join("\n"));
    return done(out, err, 0);
  },
};
