// awk [-F FS] [-v VAR=VAL]… 'PROGRAM' [FILE]…: patterns, actions, fields, arrays, printf,
// the common string functions, output redirection to files. (Debian's default awk is mawk.)
import type { Command, CommandContext } from "../types.js";
import { AwkSyntaxError, parseAwk, type AwkFunction, type Expr, type Item, type Stmt } from "./awk-parse.js";
import { AwkRuntimeError, AwkStreams } from "./awk-io.js";
import { ArrayOrder } from "./awk-array-order.js";
import { formatOnce } from "./printf.js";
import { posixToJs } from "./regex.js";
import { done, splitLines } from "./util.js";
import { nameTable } from "../../name-table.js";

type Value = string | number;

class NextSignal {}
/** break and continue leave the innermost loop's body. */
class LoopSignal {
  constructor(readonly kind: "break" | "continue") {}
}
/** mawk's fatal errors that are not run time errors (`mawk: cannot open FILE …`, status 2). */
class AwkFatal {
  constructor(readonly message: string) {}
}

/** A file operand, or a VAR=VALUE operand applied when the input reaches it. */
interface Operand {
  file?: string;
  assign?: [string, string];
}
class ReturnSignal {
  constructor(readonly value: Value) {}
}
class ExitSignal {
  constructor(readonly rc: number) {}
}

const NUMERIC = /^[ \t\n]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[ \t\n]*$/;

function toNum(v: Value): number {
  if (typeof v === "number") return v;
  const m = /^[ \t\n]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/.exec(v);
  return m ? Number(m[0]) : 0;
}

/** mawk's number to string: integers that fit in a C int as such, the rest through FMT (CONVFMT/OFMT). */
function toStr(v: Value, fmt = "%.6g"): string {
  if (typeof v === "string") return v;
  if (Number.isInteger(v) && Math.abs(v) <= 2147483647) return String(v === 0 ? 0 : v);
  if (Number.isNaN(v)) return "-nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  return formatOnce(fmt, [String(v)]);
}

/** Where the conversion that would take argument number N (from 0) starts in FMT. */
function conversionStart(fmt: string, n: number): number {
  let used = 0;
  for (const m of fmt.matchAll(/%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]+))?([a-zA-Z%])/g)) {
    if (m[4] === "%") continue;
    used += (m[2] === "*" ? 1 : 0) + (m[3] === "*" ? 1 : 0) + 1;
    if (used > n) return m.index;
  }
  return fmt.length;
}

/** Conversions of a printf format, in order, and how many arguments each takes (`*` widths too). */
function conversions(fmt: string): string[] {
  const convs: string[] = [];
  for (const m of fmt.matchAll(/%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]+))?([a-zA-Z%])/g)) {
    if (m[4] === "%") continue;
    if (m[2] === "*") convs.push("*");
    if (m[3] === "*") convs.push("*");
    convs.push(m[4]!);
  }
  return convs;
}

const truthy = (v: Value) => (typeof v === "number" ? v !== 0 : v !== "");

/** Whether any statement of the program is a for-in (without one, no array's order is ever seen). */
function hasForIn(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasForIn);
  if (node === null || typeof node !== "object") return false;
  if ((node as { k?: unknown }).k === "forin") return true;
  return Object.values(node).some(hasForIn);
}

class Awk {
  // (prototype-free: an awk variable may be called toString or constructor)
  vars = nameTable<Value>({ FS: " ", OFS: " ", ORS: "\n", NR: 0, NF: 0, FNR: 0, SUBSEP: "\x1c", RSTART: 0, RLENGTH: -1, FILENAME: "", CONVFMT: "%.6g", OFMT: "%.6g" });
  arrays = nameTable<Map<string, Value>>();
  fields: string[] = [""];
  regexCache = new Map<string, RegExp>();
  readonly io: AwkStreams;
  functions = new Map<string, AwkFunction>();
  private depth = 0;
  /** Reads the next main-input record (plain `getline` shares it with the rule loop). */
  nextRecord: () => string | undefined = () => undefined;

  constructor(ctx: CommandContext) {
    this.io = new AwkStreams(ctx);
  }

  /** awk's own stdout (buffered until exit). */
  get out(): string[] {
    return this.io.buffer;
  }

  /** Number to string for concatenation and array keys (CONVFMT). */
  str(v: Value): string {
    return toStr(v, toStr(this.vars.CONVFMT ?? "%.6g"));
  }

  /**
   * One printf argument as the conversion sees it: mawk clamps %d/%i to a C int (±2147483647)
   * and %o %x %X %u to an unsigned one (0…4294967295); %s shows a number through CONVFMT.
   */
  private formatArg(conv: string | undefined, v: Value): string {
    if (conv === "c") return typeof v === "number" ? String.fromCharCode(v & 0xff) : v;
    if (conv === "d" || conv === "i") {
      const n = toNum(v);
      return String(n >= 2147483647 ? 2147483647 : n > -2147483647 ? Math.trunc(n) : -2147483647);
    }
    if (conv !== undefined && "oxXu".includes(conv)) {
      const n = toNum(v);
      return String(n >= 4294967295 ? 4294967295 : n > 0 ? Math.trunc(n) : 0);
    }
    if (conv === "s") return this.str(v);
    return typeof v === "number" ? String(v) : v;
  }

  /** printf/sprintf: %c takes a number as a character code; too few arguments is mawk's run time error. */
  format(fn: string, args: Expr[]): string {
    const values = args.map((a) => this.eval(a));
    const fmt = this.str(values[0]!);
    const convs = conversions(fmt);
    const rest = values.slice(1);
    const strings = rest.map((v, k) => this.formatArg(convs[k], v));
    if (convs.length > rest.length) {
      // printf has written the text before the conversion that lacks its argument
      if (fn === "printf") this.out.push(formatOnce(fmt.slice(0, conversionStart(fmt, rest.length)), strings));
      throw new AwkRuntimeError(`not enough arguments passed to ${fn}("${fmt}")`);
    }
    return formatOnce(fmt, strings);
  }

  regex(src: string): RegExp {
    let re = this.regexCache.get(src);
    if (!re) {
      re = new RegExp(posixToJs(src, true));
      this.regexCache.set(src, re);
    }
    return re;
  }

  setRecord(line: string): void {
    this.fields = [line, ...this.split(line, this.str(this.vars.FS!))];
    this.vars.NF = this.fields.length - 1;
  }

  split(s: string, fs: string): string[] {
    if (fs === " ") return s.split(/[ \t\n]+/).filter((x) => x !== "");
    if (s === "") return [];
    if (fs.length === 1 && fs !== "\\") return s.split(fs);
    return s.split(this.regex(fs));
  }

  getField(i: number): string {
    if (i < 0) throw new AwkRuntimeError(`negative field index $${i}`);
    return this.fields[i] ?? "";
  }

  setField(i: number, v: string): void {
    if (i === 0) return this.setRecord(v);
    while (this.fields.length <= i) this.fields.push("");
    this.fields[i] = v;
    this.vars.NF = this.fields.length - 1;
    this.fields[0] = this.fields.slice(1).join(this.str(this.vars.OFS!));
  }

  array(name: string): Map<string, Value> {
    return (this.arrays[name] ??= new Map());
  }

  key(keys: Expr[]): string {
    const values = keys.map((k) => this.eval(k));
    // a lone integral number looks the element up by its value (mawk's own order of for-in)
    const v = values[0];
    this.keyIval = values.length === 1 && typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? v : undefined;
    return values.map((x) => this.str(x)).join(this.str(this.vars.SUBSEP!));
  }

  /** Set by key(): the integer the last subscript was, if it was one. */
  private keyIval: number | undefined;
  private readonly orders = new WeakMap<Map<string, Value>, ArrayOrder>();

  /** Whether the program has a for-in: only then is mawk's hash order worth keeping. */
  tracksOrder = true;

  /** Where mawk's hash table keeps the array's elements (for the order of for-in); none without a for-in. */
  orderOf(arr: Map<string, Value>): ArrayOrder | undefined {
    if (!this.tracksOrder) return undefined;
    let order = this.orders.get(arr);
    if (!order) this.orders.set(arr, (order = new ArrayOrder()));
    return order;
  }

  /** Scalars whose text came from input (fields, getline, -v, VAR=VALUE): they compare as numbers when they look like one. */
  strnumVars = new Set<string>();
  /** The same for array elements, per array. */
  strnumKeys = new WeakMap<Map<string, Value>, Set<string>>();

  private markElement(arr: Map<string, Value>, key: string, strnum: boolean): void {
    let keys = this.strnumKeys.get(arr);
    if (!keys) this.strnumKeys.set(arr, (keys = new Set()));
    if (strnum) keys.add(key);
    else keys.delete(key);
  }

  /** Whether an expression's value is a strnum (POSIX): fields, and variables or elements that hold input. */
  isStrnum(e: Expr): boolean {
    if (e.k === "field") return true;
    if (e.k === "group") return this.isStrnum(e.e);
    if (e.k === "var") return this.strnumVars.has(e.name);
    if (e.k === "index") return this.strnumKeys.get(this.array(e.name))?.has(this.key(e.keys)) ?? false;
    return false;
  }

  assign(target: Expr, v: Value, strnum = false): Value {
    if (target.k === "var") {
      this.vars[target.name] = v;
      if (strnum) this.strnumVars.add(target.name);
      else this.strnumVars.delete(target.name);
      if (target.name === "NF") {
        // setting NF cuts (or pads) the fields and rebuilds $0 with OFS
        const n = Math.max(0, Math.trunc(toNum(v)));
        this.fields = this.fields.slice(0, n + 1);
        while (this.fields.length < n + 1) this.fields.push("");
        this.fields[0] = this.fields.slice(1).join(this.str(this.vars.OFS!));
      }
    } else if (target.k === "field") this.setField(toNum(this.eval(target.e)), this.str(v));
    else if (target.k === "index") {
      const arr = this.array(target.name);
      const key = this.key(target.keys);
      this.orderOf(arr)?.access(key, this.keyIval, true);
      arr.set(key, v);
      this.markElement(arr, key, strnum);
    }
    return v;
  }

  /** Input text compares as a number when it looks like one (strnum); string constants never do. */
  compareValue(e: Expr): Value {
    const strnum = this.isStrnum(e);
    const v = this.eval(e);
    if (typeof v === "string" && strnum && NUMERIC.test(v)) return Number(v);
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
      case "index": {
        // referring to an element creates it, as in every awk
        const arr = this.array(e.name);
        const key = this.key(e.keys);
        this.orderOf(arr)?.access(key, this.keyIval, true);
        if (!arr.has(key)) arr.set(key, "");
        return arr.get(key)!;
      }
      case "in": {
        const arr = this.array(e.name);
        const key = this.key(e.keys);
        this.orderOf(arr)?.access(key, this.keyIval, false);
        return arr.has(key) ? 1 : 0;
      }
      case "assign": {
        const rhs = this.eval(e.e);
        if (e.op === "=") return this.assign(e.target, rhs, typeof rhs === "string" && this.isStrnum(e.e));
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
        const re = e.re.k === "re" ? this.regex(e.re.src) : this.regex(this.str(this.eval(e.re)));
        return re.test(this.str(this.eval(e.e))) !== e.neg ? 1 : 0;
      }
      case "bin": return this.binary(e);
      case "call": return this.call(e.name, e.args);
      case "ucall": return this.callUser(e.name, e.args);
      case "getline": return this.getline(e);
    }
  }

  /** A user function: scalars by value, arrays by reference; parameters shadow globals while it runs. */
  callUser(name: string, args: Expr[]): Value {
    const fn = this.functions.get(name);
    if (!fn) throw new AwkRuntimeError(`function ${name} never defined`);
    if (args.length > fn.params.length) throw new AwkRuntimeError(`too many arguments in call to ${name}`);
    if (this.depth > 1000) throw new AwkRuntimeError("function call nesting too deep");
    // an array, or a name never used yet (the function may make it an array for the caller)
    const byRef = (a: Expr) => a.k === "var" && (this.arrays[a.name] !== undefined || this.vars[a.name] === undefined);
    const passed = args.map((a) =>
      byRef(a) ? { array: this.arrays[(a as { name: string }).name], name: (a as { name: string }).name } : { value: this.eval(a), strnum: this.isStrnum(a) },
    );
    const saved = fn.params.map((p) => ({ p, v: this.vars[p], a: this.arrays[p], strnum: this.strnumVars.has(p) }));
    fn.params.forEach((param, k) => {
      delete this.vars[param];
      delete this.arrays[param];
      this.strnumVars.delete(param);
      const arg = passed[k];
      if (arg && "array" in arg && arg.array) this.arrays[param] = arg.array;
      else if (arg && "value" in arg && arg.value !== undefined) this.assign({ k: "var", name: param }, arg.value, arg.strnum);
    });
    this.depth++;
    try {
      for (const st of fn.body) this.exec(st);
      return "";
    } catch (e) {
      if (e instanceof ReturnSignal) return e.value;
      throw e;
    } finally {
      this.depth--;
      // an untyped argument the function used as an array becomes the caller's array
      const made = passed.flatMap((arg, k) => ("name" in arg && !arg.array && this.arrays[fn.params[k]!] ? [[arg.name!, this.arrays[fn.params[k]!]!] as const] : []));
      for (const { p, v, a, strnum } of saved) {
        if (v === undefined) delete this.vars[p];
        else this.vars[p] = v;
        if (strnum) this.strnumVars.add(p);
        else this.strnumVars.delete(p);
        if (a === undefined) delete this.arrays[p];
        else this.arrays[p] = a;
      }
      for (const [name, arr] of made) this.arrays[name] = arr;
    }
  }

  arith(op: string, a: number, b: number): number {
    switch (op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      // Debian's mawk 1.3.4 20200120 divides by zero as C does: inf, -inf, -nan
      case "/": return a / b;
      case "%": return a % b;
      default: return a ** b;
    }
  }

  binary(e: Expr & { k: "bin" }): Value {
    if (e.op === "&&") return truthy(this.eval(e.a)) && truthy(this.eval(e.b)) ? 1 : 0;
    if (e.op === "||") return truthy(this.eval(e.a)) || truthy(this.eval(e.b)) ? 1 : 0;
    if (e.op === "concat") return this.str(this.eval(e.a)) + this.str(this.eval(e.b));
    if (["<", "<=", "==", "!=", ">=", ">"].includes(e.op)) {
      const a = this.compareValue(e.a);
      const b = this.compareValue(e.b);
      const c = typeof a === "number" && typeof b === "number" ? a - b : this.str(a) < this.str(b) ? -1 : this.str(a) > this.str(b) ? 1 : 0;
      const r = { "<": c < 0, "<=": c <= 0, "==": c === 0, "!=": c !== 0, ">=": c >= 0, ">": c > 0 }[e.op as "<"];
      return r ? 1 : 0;
    }
    return this.arith(e.op, toNum(this.eval(e.a)), toNum(this.eval(e.b)));
  }

  call(name: string, args: Expr[]): Value {
    const s = (i: number) => this.str(this.eval(args[i]!));
    const n = (i: number) => toNum(this.eval(args[i]!));
    switch (name) {
      case "length":
        // mawk counts bytes
        if (args.length === 0) return Buffer.byteLength(this.fields[0]!);
        if (args[0]!.k === "var" && this.arrays[args[0]!.name]) return this.arrays[args[0]!.name]!.size;
        return Buffer.byteLength(s(0));
      case "substr": {
        // mawk 1.3.4 20200120: positions truncate, and a start below 1 lengthens the result by |start|
        const str = s(0);
        const start = Math.trunc(n(1));
        const len = args.length > 2 ? Math.trunc(n(2)) : Infinity;
        const first = Math.max(start, 1);
        const last = start >= 1 ? start + len - 1 : len - start;
        return last < first ? "" : str.slice(first - 1, last);
      }
      case "index": return s(0).indexOf(s(1)) + 1;
      case "split": {
        const parts = this.split(s(0), args.length > 2 ? (args[2]!.k === "re" ? args[2]!.src : s(2)) : this.str(this.vars.FS!));
        const target = args[1]!;
        if (target.k !== "var") throw new AwkRuntimeError("split: second argument must be an array");
        const arr = new Map<string, Value>();
        this.orderOf(arr)?.loadSplit(parts.length);
        parts.forEach((p, i) => {
          arr.set(String(i + 1), p);
          this.markElement(arr, String(i + 1), true);
        });
        this.arrays[target.name] = arr;
        return parts.length;
      }
      case "sub":
      case "gsub": {
        const re = args[0]!.k === "re" ? this.regex(args[0]!.src) : this.regex(s(0));
        const target: Expr = args[2] ?? { k: "field", e: { k: "num", v: 0 } };
        const repl = s(1);
        let count = 0;
        let prevEnd = -1;
        const result = this.str(this.eval(target)).replace(new RegExp(re.source, name === "gsub" ? "g" : ""), (m: string, ...rest: unknown[]) => {
          // an empty match right after the previous match is no match (mawk: gsub(/b*/, "-") on abc is -a-c-)
          const at = rest.find((x) => typeof x === "number") as number;
          if (m === "" && at === prevEnd) return m;
          prevEnd = at + m.length;
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
      case "sprintf": return this.format("sprintf", args);
      case "system": return this.io.system(s(0));
      case "close": return this.io.close(s(0));
      case "fflush": return 0;
      case "tolower": return s(0).toLowerCase();
      case "toupper": return s(0).toUpperCase();
      case "int": return Math.trunc(n(0));
      case "sqrt": return Math.sqrt(n(0));
      case "exp": return Math.exp(n(0));
      case "log": return n(0) < 0 ? NaN : Math.log(n(0));
      case "sin": return Math.sin(n(0));
      case "cos": return Math.cos(n(0));
      case "atan2": return Math.atan2(n(0), n(1));
      default: return 0;
    }
  }

  emit(text: string, dest: { op: string; e: Expr } | undefined): void {
    if (!dest) this.io.buffer.push(text);
    else this.io.write(text, dest.op, this.str(this.eval(dest.e)));
  }

  /** getline's forms: the value is 1, 0 at the end, -1 when the file cannot be read. */
  getline(e: Expr & { k: "getline" }): number {
    let line: string | undefined | null;
    if (e.cmd) line = this.io.readCommandLine(this.str(this.eval(e.cmd)));
    else if (e.file) line = this.io.readFileLine(this.str(this.eval(e.file)));
    else line = this.nextRecord();
    if (line === null) return -1;
    if (line === undefined) return 0;
    if (!e.file) this.vars.NR = toNum(this.vars.NR!) + 1;
    if (!e.file && !e.cmd) this.vars.FNR = toNum(this.vars.FNR!) + 1;
    if (e.target) this.assign(e.target, line, true);
    else this.setRecord(line);
    return 1;
  }

  /** Runs a loop's body once; false when it ran `break`. */
  private loopBody(body: Stmt): boolean {
    try {
      this.exec(body);
    } catch (e) {
      if (!(e instanceof LoopSignal)) throw e;
      return e.kind === "continue";
    }
    return true;
  }

  exec(s: Stmt): void {
    switch (s.k) {
      case "print": {
        const ofmt = this.str(this.vars.OFMT ?? "%.6g");
        const text = s.args.length ? s.args.map((a) => toStr(this.eval(a), ofmt)).join(this.str(this.vars.OFS!)) : this.fields[0]!;
        this.emit(text + this.str(this.vars.ORS!), s.dest);
        break;
      }
      case "printf": {
        if (s.args.length === 0) throw new AwkRuntimeError("printf: no format");
        this.emit(this.format("printf", s.args), s.dest);
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
        if (s.doWhile && !this.loopBody(s.body)) break;
        while (truthy(this.eval(s.c)) && guard++ < 1_000_000) if (!this.loopBody(s.body)) break;
        break;
      }
      case "for": {
        let guard = 0;
        if (s.init) this.eval(s.init);
        while ((!s.c || truthy(this.eval(s.c))) && guard++ < 1_000_000) {
          if (!this.loopBody(s.body)) break;
          if (s.step) this.eval(s.step);
        }
        break;
      }
      case "forin": {
        const arr = this.array(s.arr);
        // (every insertion and deletion went through orderOf: it holds exactly arr's keys)
        for (const k of this.orderOf(arr)!.loopOrder()) {
          // keys are strings: `for (k in a) if (k < 9.5)` compares text
          this.assign({ k: "var", name: s.v }, k);
          if (!this.loopBody(s.body)) break;
        }
        break;
      }
      case "break":
      case "continue":
        throw new LoopSignal(s.k);
      case "next": throw new NextSignal();
      case "return": throw new ReturnSignal(s.e ? this.eval(s.e) : "");
      case "exit": throw new ExitSignal(s.e ? toNum(this.eval(s.e)) : 0);
      case "delete":
        if (s.keys) {
          const key = this.key(s.keys);
          this.orderOf(this.array(s.name))?.delete(key);
          this.array(s.name).delete(key);
        } else {
          this.orderOf(this.array(s.name))?.clear();
          this.array(s.name).clear();
        }
        break;
    }
  }

  /** Splits an input into records by RS: newline, a paragraph ("" — blank lines), one character or a regex. */
  records(data: string): string[] {
    const rs = this.str(this.vars.RS ?? "\n");
    if (rs === "\n") return splitLines(data);
    if (rs === "") return data.replace(/^\n+/, "").split(/\n\n+/).map((r) => r.replace(/\n+$/, "")).filter((r) => r !== "");
    const parts = rs.length === 1 ? data.split(rs) : data.split(this.regex(rs));
    if (parts[parts.length - 1] === "") parts.pop();
    return parts;
  }

  run(items: Item[], operands: Operand[]): number {
    const rangeActive = new Map<Item, boolean>();
    for (const item of items) if (item.func) this.functions.set(item.func.name, item.func);
    const act = (item: Item): unknown => (item.action ? item.action.forEach((s) => this.exec(s)) : this.out.push(this.fields[0]! + this.str(this.vars.ORS!)));
    // the main input, read lazily: `getline` in BEGIN takes its first record, a VAR=VALUE operand applies once reached
    const files = operands.some((o) => o.file !== undefined) ? operands : [...operands, { file: "-" }];
    let next = 0;
    let records: string[] = [];
    let pos = 0;
    this.nextRecord = () => {
      while (pos >= records.length) {
        const op = files[next++];
        if (op === undefined) return undefined;
        if (op.assign) {
          this.assign({ k: "var", name: op.assign[0] }, op.assign[1], true);
          continue;
        }
        const data = op.file === "-" ? this.io.stdin : this.io.readWholeFile(op.file!);
        if (data === undefined) throw new AwkFatal(`cannot open ${op.file} (No such file or directory)`);
        this.vars.FILENAME = op.file!;
        this.vars.FNR = 0;
        records = this.records(data);
        pos = 0;
      }
      return records[pos++];
    };
    try {
      for (const item of items) if (item.pattern === "BEGIN") act(item);
      const main = items.filter((i) => !i.func && i.pattern !== "BEGIN" && i.pattern !== "END");
      if (main.length || items.some((i) => i.pattern === "END")) {
        for (let line = this.nextRecord(); line !== undefined; line = this.nextRecord()) {
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

const USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;

const VERSION = `mawk 1.3.4 20200120
Copyright 2008-2019,2020, Thomas E. Dickey
Copyright 1991-1996,2014, Michael D. Brennan

random-funcs:       srandom/random
regex-funcs:        internal
compiled limits:
sprintf buffer      8192
maximum-integer     2147483647
`;

export const awk: Command = {
  name: "awk",
  bufferedStdout: true,
  aliases: ["mawk", "nawk"],
  run(ctx) {
    const args = ctx.argv.slice(1);
    const tool = ctx.argv[0]!;
    const assigns: [string, string][] = [];
    const progFiles: string[] = [];
    let fs: string | undefined;
    let i = 0;
    for (; i < args.length && args[i]!.startsWith("-") && args[i] !== "-"; i++) {
      const a = args[i]!;
      if (a === "--") {
        i++;
        break;
      }
      const letter = a[1]!;
      if ("Fvf".includes(letter) && a.length === 2 && args[i + 1] === undefined) return done("", `${tool}: option ${a} lacks argument\n`, 2);
      const value = a.length > 2 ? a.slice(2) : args[++i]!;
      if (letter === "F") fs = value;
      else if (letter === "v") assigns.push(splitAssign(value));
      else if (letter === "f") progFiles.push(value);
      else if (letter === "W") {
        // mawk prints the build limits to stderr
        if (/^v/.test(value)) {
          // (mawk flushes the version lines before it writes the limits)
          const [version, limits] = [VERSION.slice(0, VERSION.indexOf("random")), VERSION.slice(VERSION.indexOf("random"))];
          return { ...done(version, limits), stderrParts: [{ at: version.length, text: limits, flushed: true }] };
        }
        if (/^(h|u)/.test(value)) return done(USAGE);
      } else return done("", `${tool}: not an option: ${a}\n`, 2);
    }
    let program: string | undefined;
    if (progFiles.length) {
      const texts: string[] = [];
      for (const f of progFiles) {
        const text = f === "-" ? ctx.stdin : ctx.fs.readFile(f);
        if (text === undefined) return done("", `${tool}: cannot open ${f} (No such file or directory)\n`, 2);
        texts.push(text);
      }
      program = texts.join("\n");
    } else program = args[i++];
    if (program === undefined) return done("", USAGE);
    let items: Item[];
    try {
      items = parseAwk(program);
    } catch (e) {
      if (e instanceof AwkSyntaxError) return done("", e.lines.map((l) => `${tool}: ${l}\n`).join(""), 2);
      throw e;
    }
    const machine = new Awk(ctx);
    machine.tracksOrder = hasForIn(items);
    if (fs !== undefined) machine.vars.FS = fs === "t" ? "\t" : fs.replace(/\\t/g, "\t");
    for (const [k, v] of assigns) machine.assign({ k: "var", name: k }, v, true);
    const argvArr = machine.array("ARGV");
    [tool, ...args.slice(i)].forEach((a, k) => machine.assign({ k: "index", name: "ARGV", keys: [{ k: "num", v: k }] }, a, true));
    machine.vars.ARGC = argvArr.size;
    for (const [k, v] of Object.entries(ctx.env)) machine.assign({ k: "index", name: "ENVIRON", keys: [{ k: "str", v: k }] }, v, true);
    const operands: Operand[] = args.slice(i).map((a) => (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a) ? { assign: splitAssign(a) } : { file: a }));
    let rc: number;
    try {
      rc = machine.run(items, operands);
      machine.io.closeAll();
    } catch (e) {
      if (e instanceof AwkFatal) {
        machine.io.flush();
        return done(machine.io.out.join(""), `${machine.io.err.join("")}${tool}: ${e.message}\n`, 2);
      }
      if (e instanceof AwkRuntimeError || e instanceof SyntaxError) {
        const v = machine.vars;
        const where = `\tFILENAME="${machine.str(v.FILENAME!)}" FNR=${machine.str(v.FNR!)} NR=${machine.str(v.NR!)}\n`;
        machine.io.flush();
        return done(machine.io.out.join(""), `${machine.io.err.join("")}${tool}: run time error: ${e.message}\n${where}`, 2);
      }
      throw e;
    }
    return done(machine.io.out.join(""), machine.io.err.join(""), rc);
  },
};

function splitAssign(s: string): [string, string] {
  const eq = s.indexOf("=");
  return eq < 0 ? [s, ""] : [s.slice(0, eq), s.slice(eq + 1)];
}
