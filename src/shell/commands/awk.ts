// awk [-F FS] [-v VAR=VAL]… 'PROGRAM' [FILE]…: patterns, actions, fields, arrays, printf,
// the common string functions, output redirection to files. (Debian's default awk is mawk.)
import type { Command, CommandContext } from "../types.js";
import { AwkSyntaxError, parseAwk, type Expr, type Item, type Stmt } from "./awk-parse.js";
import { formatOnce } from "./printf.js";
import { posixToJs } from "./regex.js";
import { done, readSources, splitLines } from "./util.js";

type Value = string | number;

class NextSignal {}
class ExitSignal {
  constructor(readonly rc: number) {}
}
class AwkRuntimeError extends Error {}

const NUMERIC = /^[ \t\n]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[ \t\n]*$/;

function toNum(v: Value): number {
  if (typeof v === "number") return v;
  const m = /^[ \t\n]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(v);
  return m ? Number(m[0]) : 0;
}

function toStr(v: Value): string {
  if (typeof v === "string") return v;
  if (Number.isInteger(v)) return String(v);
  return formatOnce("%.6g", [String(v)]);
}

const truthy = (v: Value) => (typeof v === "number" ? v !== 0 : v !== "");

class Awk {
  vars: Record<string, Value> = { FS: " ", OFS: " ", ORS: "\n", NR: 0, NF: 0, FNR: 0, SUBSEP: "\x1c", RSTART: 0, RLENGTH: -1, FILENAME: "" };
  arrays: Record<string, Map<string, Value>> = {};
  fields: string[] = [""];
  out: string[] = [];
  files = new Map<string, string[]>();
  regexCache = new Map<string, RegExp>();

  constructor(private readonly ctx: CommandContext) {}

  regex(src: string): RegExp {
    let re = this.regexCache.get(src);
    if (!re) {
      re = new RegExp(posixToJs(src, true));
      this.regexCache.set(src, re);
    }
    return re;
  }

  setRecord(line: string): void {
    this.fields = [line, ...this.split(line, toStr(this.vars.FS!))];
    this.vars.NF = this.fields.length - 1;
  }

  split(s: string, fs: string): string[] {
    if (fs === " ") return s.split(/[ \t\n]+/).filter((x) => x !== "");
    if (s === "") return [];
    if (fs.length === 1 && fs !== "\\") return s.split(fs);
    return s.split(this.regex(fs));
  }

  getField(i: number): string {
    if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
    return this.fields[i] ?? "";
  }

  setField(i: number, v: string): void {
    if (i === 0) return this.setRecord(v);
    while (this.fields.length <= i) this.fields.push("");
    this.fields[i] = v;
    this.vars.NF = this.fields.length - 1;
    this.fields[0] = this.fields.slice(1).join(toStr(this.vars.OFS!));
  }

  array(name: string): Map<string, Value> {
    return (this.arrays[name] ??= new Map());
  }

  key(keys: Expr[]): string {
    return keys.map((k) => toStr(this.eval(k))).join(toStr(this.vars.SUBSEP!));
  }

  assign(target: Expr, v: Value): Value {
    if (target.k === "var") {
      this.vars[target.name] = v;
      if (target.name === "NF") this.fields = this.fields.slice(0, toNum(v) + 1);
    } else if (target.k === "field") this.setField(toNum(this.eval(target.e)), toStr(v));
    else if (target.k === "index") this.array(target.name).set(this.key(target.keys), v);
    return v;
  }

  /** Fields and array elements compare as numbers when they look like numbers (strnum). */
  compareValue(e: Expr): Value {
    const v = this.eval(e);
    if (typeof v === "string" && (e.k === "field" || e.k === "index" || e.k === "var") && NUMERIC.test(v)) return Number(v);
    return v;
  }

  eval(e: Expr): Value {
    switch (e.k) {
      case "num": return e.v;
      case "str": return e.v;
      case "re": return this.regex(e.src).test(this.fields[0]!) ? 1 : 0;
      case "group": return this.eval(e.e);
      case "var": return this.vars[e.name] ?? "";
      case "field": return this.getField(Math.trunc(toNum(this.eval(e.e))));
      case "index": return this.array(e.name).get(this.key(e.keys)) ?? "";
      case "in": return this.array(e.name).has(this.key(e.keys)) ? 1 : 0;
      case "assign": {
        const rhs = this.eval(e.e);
        if (e.op === "=") return this.assign(e.target, rhs);
        return this.assign(e.target, this.arith(e.op.slice(0, -1), toNum(this.eval(e.target)), toNum(rhs)));
      }
      case "incdec": {
        const old = toNum(this.eval(e.target));
        const v = e.op === "++" ? old + 1 : old - 1;
        this.assign(e.target, v);
        return e.prefix ? v : old;
      }
      case "cond": return truthy(this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
      case "un": {
        const v = this.eval(e.e);
        return e.op === "!" ? (truthy(v) ? 0 : 1) : e.op === "-" ? -toNum(v) : toNum(v);
      }
      case "match": {
        const re = e.re.k === "re" ? this.regex(e.re.src) : this.regex(toStr(this.eval(e.re)));
        return re.test(toStr(this.eval(e.e))) !== e.neg ? 1 : 0;
      }
      case "bin": return this.binary(e);
      case "call": return this.call(e.name, e.args);
    }
  }

  arith(op: string, a: number, b: number): number {
    switch (op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/":
      case "%":
        if (b === 0) throw new AwkRuntimeError(op === "/" ? "division by zero" : "division by zero in %");
        return op === "/" ? a / b : a % b;
      default: return a ** b;
    }
  }

  binary(e: Expr & { k: "bin" }): Value {
    if (e.op === "&&") return truthy(this.eval(e.a)) && truthy(this.eval(e.b)) ? 1 : 0;
    if (e.op === "||") return truthy(this.eval(e.a)) || truthy(this.eval(e.b)) ? 1 : 0;
    if (e.op === "concat") return toStr(this.eval(e.a)) + toStr(this.eval(e.b));
    if (["<", "<=", "==", "!=", ">=", ">"].includes(e.op)) {
      const a = this.compareValue(e.a);
      const b = this.compareValue(e.b);
      const c = typeof a === "number" && typeof b === "number" ? a - b : toStr(a) < toStr(b) ? -1 : toStr(a) > toStr(b) ? 1 : 0;
      const r = { "<": c < 0, "<=": c <= 0, "==": c === 0, "!=": c !== 0, ">=": c >= 0, ">": c > 0 }[e.op as "<"];
      return r ? 1 : 0;
    }
    return this.arith(e.op, toNum(this.eval(e.a)), toNum(this.eval(e.b)));
  }

  call(name: string, args: Expr[]): Value {
    const s = (i: number) => toStr(this.eval(args[i]!));
    const n = (i: number) => toNum(this.eval(args[i]!));
    switch (name) {
      case "length":
        if (args.length === 0) return this.fields[0]!.length;
        if (args[0]!.k === "var" && this.arrays[args[0]!.name]) return this.arrays[args[0]!.name]!.size;
        return s(0).length;
      case "substr": {
        const str = s(0);
        const start = Math.round(n(1));
        const len = args.length > 2 ? Math.round(n(2)) : Infinity;
        const from = Math.max(start, 1);
        const to = start + len;
        return to <= from ? "" : str.slice(from - 1, to - 1);
      }
      case "index": return s(0).indexOf(s(1)) + 1;
      case "split": {
        const parts = this.split(s(0), args.length > 2 ? (args[2]!.k === "re" ? args[2]!.src : s(2)) : toStr(this.vars.FS!));
        const target = args[1]!;
        if (target.k !== "var") throw new AwkRuntimeError("split: second argument must be an array");
        const arr = new Map<string, Value>();
        parts.forEach((p, i) => arr.set(String(i + 1), p));
        this.arrays[target.name] = arr;
        return parts.length;
      }
      case "sub":
      case "gsub": {
        const re = args[0]!.k === "re" ? this.regex(args[0]!.src) : this.regex(s(0));
        const target: Expr = args[2] ?? { k: "field", e: { k: "num", v: 0 } };
        const repl = s(1);
        let count = 0;
        const result = toStr(this.eval(target)).replace(new RegExp(re.source, name === "gsub" ? "g" : ""), (m) => {
          count++;
          return repl.replace(/\\\\|\\&|&/g, (x) => (x === "&" ? m : x === "\\&" ? "&" : "\\"));
        });
        if (count) this.assign(target, result);
        return count;
      }
      case "match": {
        const m = this.regex(args[1]!.k === "re" ? args[1]!.src : s(1)).exec(s(0));
        this.vars.RSTART = m ? m.index + 1 : 0;
        this.vars.RLENGTH = m ? m[0].length : -1;
        return this.vars.RSTART;
      }
      case "sprintf": return formatOnce(s(0), args.slice(1).map((a) => toStr(this.eval(a))));
      case "tolower": return s(0).toLowerCase();
      case "toupper": return s(0).toUpperCase();
      case "int": return Math.trunc(n(0));
      case "sqrt": return Math.sqrt(n(0));
      case "exp": return Math.exp(n(0));
      case "log": return Math.log(n(0));
      case "sin": return Math.sin(n(0));
      case "cos": return Math.cos(n(0));
      case "atan2": return Math.atan2(n(0), n(1));
      default: return 0;
    }
  }

  emit(text: string, dest: { op: string; e: Expr } | undefined): void {
    if (!dest) {
      this.out.push(text);
      return;
    }
    const name = toStr(this.eval(dest.e));
    if (name === "/dev/stdout" || name === "-") this.out.push(text);
    else if (name === "/dev/stderr") this.files.set("/dev/stderr", [...(this.files.get("/dev/stderr") ?? []), text]);
    else {
      if (!this.files.has(name)) {
        const err = this.ctx.fs.writeFile(name, "", dest.op === ">>");
        if (err) throw new AwkRuntimeError(`cannot open "${name}" for output`);
        this.files.set(name, []);
      }
      this.files.get(name)!.push(text);
    }
  }

  exec(s: Stmt): void {
    switch (s.k) {
      case "print": {
        const text = s.args.length ? s.args.map((a) => toStr(this.eval(a))).join(toStr(this.vars.OFS!)) : this.fields[0]!;
        this.emit(text + toStr(this.vars.ORS!), s.dest);
        break;
      }
      case "printf": {
        if (s.args.length === 0) throw new AwkRuntimeError("printf: no format");
        const [fmt, ...rest] = s.args.map((a) => toStr(this.eval(a)));
        this.emit(formatOnce(fmt!, rest), s.dest);
        break;
      }
      case "expr": this.eval(s.e); break;
      case "if":
        if (truthy(this.eval(s.c))) this.exec(s.then);
        else if (s.else) this.exec(s.else);
        break;
      case "block": for (const x of s.body) this.exec(x); break;
      case "while": {
        let guard = 0;
        if (s.doWhile) this.exec(s.body);
        while (truthy(this.eval(s.c)) && guard++ < 1_000_000) this.exec(s.body);
        break;
      }
      case "for": {
        let guard = 0;
        if (s.init) this.eval(s.init);
        while ((!s.c || truthy(this.eval(s.c))) && guard++ < 1_000_000) {
          this.exec(s.body);
          if (s.step) this.eval(s.step);
        }
        break;
      }
      case "forin":
        for (const k of [...this.array(s.arr).keys()]) {
          this.vars[s.v] = k;
          this.exec(s.body);
        }
        break;
      case "next": throw new NextSignal();
      case "exit": throw new ExitSignal(s.e ? toNum(this.eval(s.e)) : 0);
      case "delete":
        if (s.keys) this.array(s.name).delete(this.key(s.keys));
        else this.array(s.name).clear();
        break;
    }
  }

  run(items: Item[], inputs: { name: string; data: string }[]): number {
    const rangeActive = new Map<Item, boolean>();
    const act = (item: Item): unknown => (item.action ? item.action.forEach((s) => this.exec(s)) : this.out.push(this.fields[0]! + toStr(this.vars.ORS!)));
    try {
      for (const item of items) if (item.pattern === "BEGIN") act(item);
      const main = items.filter((i) => i.pattern !== "BEGIN" && i.pattern !== "END");
      if (main.length || items.some((i) => i.pattern === "END")) {
        for (const input of inputs) {
          this.vars.FILENAME = input.name;
          this.vars.FNR = 0;
          for (const line of splitLines(input.data)) {
            this.vars.NR = toNum(this.vars.NR!) + 1;
            this.vars.FNR = toNum(this.vars.FNR!) + 1;
            this.setRecord(line);
            try {
              for (const item of main) {
                if (item.range) {
                  const on = rangeActive.get(item) ?? false;
                  if (!on && !truthy(this.eval(item.range[0]))) continue;
                  rangeActive.set(item, !truthy(this.eval(item.range[1])));
                  act(item);
                } else if (!item.pattern || truthy(this.eval(item.pattern as Expr))) act(item);
              }
            } catch (e) {
              if (!(e instanceof NextSignal)) throw e;
            }
          }
        }
      }
      return this.runEnd(items, 0);
    } catch (e) {
      if (e instanceof ExitSignal) return this.runEnd(items, e.rc);
      throw e;
    }
  }

  /** END actions run even after `exit` in BEGIN or a rule; an `exit` inside END stops them. */
  private runEnd(items: Item[], rc: number): number {
    try {
      for (const item of items) if (item.pattern === "END") item.action?.forEach((s) => this.exec(s));
    } catch (e) {
      if (e instanceof ExitSignal) return e.rc;
      throw e;
    }
    return rc;
  }
}

export const awk: Command = {
  name: "awk",
  aliases: ["mawk", "gawk"],
  run(ctx) {
    const args = ctx.argv.slice(1);
    const tool = ctx.argv[0]!;
    const assigns: [string, string][] = [];
    let fs: string | undefined;
    let i = 0;
    for (; i < args.length && args[i]!.startsWith("-") && args[i] !== "-"; i++) {
      const a = args[i]!;
      if (a === "--") {
        i++;
        break;
      }
      if (a === "-F") fs = args[++i];
      else if (a.startsWith("-F")) fs = a.slice(2);
      else if (a === "-v") assigns.push(splitAssign(args[++i] ?? ""));
      else if (a.startsWith("-v")) assigns.push(splitAssign(a.slice(2)));
      else return done("", `${tool}: not an option: ${a}\n`, 2);
    }
    const program = args[i++];
    if (program === undefined) return done("", `usage: ${tool} [-F value] [-v var=value] [--] 'program text' [file ...]\n`, 2);
    let items: Item[];
    try {
      items = parseAwk(program);
    } catch (e) {
      if (e instanceof AwkSyntaxError) return done("", `${tool}: line 1: ${e.message}\n`, 2);
      throw e;
    }
    const machine = new Awk(ctx);
    if (fs !== undefined) machine.vars.FS = fs === "t" ? "\t" : fs.replace(/\\t/g, "\t");
    for (const [k, v] of assigns) machine.vars[k] = v;
    const { sources, errors } = readSources(ctx, tool, args.slice(i));
    if (errors.length) return done("", errors.map((e) => e.replace(/^(\S+): (.*): No such file or directory/, "$1: cannot open $2 (No such file or directory)")).join(""), 2);
    let rc: number;
    try {
      rc = machine.run(items, sources);
    } catch (e) {
      if (e instanceof AwkRuntimeError || e instanceof SyntaxError) {
        return done(machine.out.join(""), `${tool}: run time error: ${e.message}\n`, 2);
      }
      throw e;
    }
    let stderr = "";
    for (const [name, chunks] of machine.files) {
      if (name === "/dev/stderr") stderr += chunks.join("");
      else ctx.fs.writeFile(name, chunks.join(""), true);
    }
    return done(machine.out.join(""), stderr, rc);
  },
};

function splitAssign(s: string): [string, string] {
  const eq = s.indexOf("=");
  return eq < 0 ? [s, ""] : [s.slice(0, eq), s.slice(eq + 1)];
}
