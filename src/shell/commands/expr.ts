// expr EXPRESSION: GNU expr's operators (| & = != < <= > >= + - * / % :) and length, substr, index,
// match; status 1 when the result is 0 or empty, 2 for bad expressions.
import type { Command } from "../types.js";
import { posixToJs } from "./regex.js";
import { done } from "./util.js";

class ExprError extends Error {}

const isInt = (s: string) => /^[-+]?[0-9]+$/.test(s);

function int(s: string): bigint {
  if (!isInt(s)) throw new ExprError("non-integer argument");
  return BigInt(s);
}

function evaluate(args: string[]): string {
  let i = 0;
  const peek = () => args[i];
  const binary = (next: () => string, ops: string[], apply: (op: string, a: string, b: string) => string) => (): string => {
    let a = next();
    while (peek() !== undefined && ops.includes(peek()!)) {
      const op = args[i++]!;
      a = apply(op, a, next());
    }
    return a;
  };
  const primary = (): string => {
    const t = args[i++];
    if (t === undefined) throw new ExprError(i > 1 ? `syntax error: missing argument after '${args[i - 2]}'` : "missing operand");
    if (t === "(") {
      const v = or();
      if (args[i++] !== ")") throw new ExprError(`syntax error: expecting ')' after '${args[i - 2] ?? ""}'`);
      return v;
    }
    if (t === "length") return String([...primary()].length);
    if (t === "substr") {
      const [s, pos, len] = [primary(), Number(int(primary())), Number(int(primary()))];
      return pos < 1 || len < 1 ? "" : [...s].slice(pos - 1, pos - 1 + len).join("");
    }
    if (t === "index") {
      const [s, chars] = [primary(), primary()];
      const k = [...s].findIndex((c) => chars.includes(c));
      return String(k + 1);
    }
    if (t === "match") return match(primary(), primary());
    return t;
  };
  const match = (s: string, re: string): string => {
    const m = new RegExp("^(?:" + posixToJs(re, false) + ")").exec(s);
    if (/\\\(/.test(re)) return m?.[1] ?? "";
    return String(m ? m[0].length : 0);
  };
  const colon = binary(primary, [":"], (_op, a, b) => match(a, b));
  const mul = binary(colon, ["*", "/", "%"], (op, a, b) => {
    const [x, y] = [int(a), int(b)];
    if (op !== "*" && y === 0n) throw new ExprError("division by zero");
    return String(op === "*" ? x * y : op === "/" ? x / y : x % y);
  });
  const add = binary(mul, ["+", "-"], (op, a, b) => String(op === "+" ? int(a) + int(b) : int(a) - int(b)));
  const cmp = binary(add, ["=", "==", "!=", "<", "<=", ">", ">="], (op, a, b) => {
    const c = isInt(a) && isInt(b) ? Number(BigInt(a) - BigInt(b)) : a < b ? -1 : a > b ? 1 : 0;
    const r = { "=": c === 0, "==": c === 0, "!=": c !== 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 }[op]!;
    return r ? "1" : "0";
  });
  const empty = (v: string) => v === "" || v === "0";
  const and = binary(cmp, ["&"], (_op, a, b) => (empty(a) || empty(b) ? "0" : a));
  const or: () => string = binary(and, ["|"], (_op, a, b) => (!empty(a) ? a : !empty(b) ? b : "0"));
  const v = or();
  if (i < args.length) throw new ExprError(`syntax error: unexpected argument '${args[i]}'`);
  return v;
}

export const expr: Command = {
  name: "expr",
  run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) return done("", "expr: missing operand\nTry 'expr --help' for more information.\n", 2);
    try {
      const v = evaluate(args);
      return done(v + "\n", "", v === "" || v === "0" ? 1 : 0);
    } catch (e) {
      if (e instanceof ExprError) return done("", `expr: ${e.message}\n`, 2);
      return done("", "expr: syntax error\n", 2);
    }
  },
};
