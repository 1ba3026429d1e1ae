// $(( … )): integer arithmetic with bash's common operators (no assignment operators).
import { ExpansionError } from "./expand.js";

interface VarSource {
  getVar(name: string): string | undefined;
}

const BINARY: [string[], (a: bigint, b: bigint) => bigint][] = [
  [["||"], (a, b) => (a !== 0n || b !== 0n ? 1n : 0n)],
  [["&&"], (a, b) => (a !== 0n && b !== 0n ? 1n : 0n)],
  [["|"], (a, b) => a | b],
  [["^"], (a, b) => a ^ b],
  [["&"], (a, b) => a & b],
  [["==", "!="], () => 0n],
  [["<=", ">=", "<", ">"], () => 0n],
  [["<<", ">>"], () => 0n],
  [["+", "-"], () => 0n],
  [["*", "/", "%"], () => 0n],
];

function apply(op: string, a: bigint, b: bigint, expr: string): bigint {
  switch (op) {
    case "==": return a === b ? 1n : 0n;
    case "!=": return a !== b ? 1n : 0n;
    case "<=": return a <= b ? 1n : 0n;
    case ">=": return a >= b ? 1n : 0n;
    case "<": return a < b ? 1n : 0n;
    case ">": return a > b ? 1n : 0n;
    case "<<": return BigInt.asIntN(64, a << b);
    case ">>": return a >> b;
    case "+": return BigInt.asIntN(64, a + b);
    case "-": return BigInt.asIntN(64, a - b);
    case "*": return BigInt.asIntN(64, a * b);
    case "/":
    case "%":
      if (b === 0n) throw new ExpansionError(`${expr}: division by 0 (error token is "${expr.split(op).pop()!.trim()}")`);
      return op === "/" ? a / b : a % b;
    default:
      return BINARY.find(([ops]) => ops.includes(op))![1](a, b);
  }
}

export function evalArithmetic(expr: string, vars: VarSource): string {
  const tokens = expr.match(/\s*(0x[0-9a-fA-F]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\|\||&&|==|!=|<=|>=|<<|>>|[-+*/%()<>!~|&^])/g) ?? [];
  const toks = tokens.map((t) => t.trim());
  if (toks.join("") !== expr.replace(/\s+/g, "")) throw new ExpansionError(`${expr.trim()}: syntax error: invalid arithmetic operator`);
  let i = 0;
  const level = (n: number): bigint => {
    if (n === BINARY.length) return unary();
    let left = level(n + 1);
    while (i < toks.length && BINARY[n]![0].includes(toks[i]!)) {
      const op = toks[i++]!;
      left = apply(op, left, level(n + 1), expr.trim());
    }
    return left;
  };
  const unary = (): bigint => {
    const t = toks[i++];
    if (t === undefined) throw new ExpansionError(`${expr.trim()}: syntax error: operand expected`);
    if (t === "-") return -unary();
    if (t === "+") return unary();
    if (t === "!") return unary() === 0n ? 1n : 0n;
    if (t === "~") return ~unary();
    if (t === "(") {
      const v = level(0);
      if (toks[i++] !== ")") throw new ExpansionError(`${expr.trim()}: missing \`)'`);
      return v;
    }
    if (/^0[0-9]+$/.test(t)) {
      if (/[89]/.test(t)) throw new ExpansionError(`${t}: value too great for base (error token is "${t}")`);
      return BigInt("0o" + t.slice(1));
    }
    if (/^[0-9]/.test(t)) return BigInt(t);
    if (/^[A-Za-z_]/.test(t)) {
      const v = (vars.getVar(t) ?? "").trim();
      return /^-?[0-9]+$/.test(v) ? BigInt(v) : 0n;
    }
    throw new ExpansionError(`${expr.trim()}: syntax error: operand expected (error token is "${t}")`);
  };
  if (toks.length === 0) return "0";
  const v = level(0);
  if (i < toks.length) throw new ExpansionError(`${expr.trim()}: syntax error in expression (error token is "${toks.slice(i).join(" ")}")`);
  return v.toString();
}
