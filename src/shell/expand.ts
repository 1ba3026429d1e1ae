// Word expansion as bash does it, in order: tilde, parameters, command substitution and
// arithmetic, then field splitting of unquoted results, globbing, and quote removal.
import { singleQuote } from "./quote.js";
import type { Word, WordPart } from "./ast.js";
import { evalArithmetic } from "./arith.js";
import { decodeEscapes, scanDoubleQuotedText } from "./lexer.js";
import { assocKey } from "./assoc.js";
import { DASH_PARAM_OPS } from "./dash-syntax.js";

export interface ExpandHost {
  getVar(name: string): string | undefined;
  /** Every set variable's name, sorted (${!prefix*}). */
  varNames?(): string[];
  /** A variable's attribute letters as ${x@a} shows them (a A i r x …). */
  attributes?(name: string): string;
  setVar(name: string, value: string): void;
  /** What a name reference (declare -n) names; undefined for other variables. */
  namerefTarget?(name: string): string | undefined;
  /** Runs `src` in a subshell; returns its stdout. */
  /** reparsed: a $(…) (not `…`), which bash runs as it re-prints it (print-command.ts). */
  commandSubst(src: string, line: number, reparsed?: boolean): string;
  /** The elements of an array ("@" and "*": the positional parameters); a scalar is a one-element array. */
  getArray?(name: string): string[] | undefined;
  /** An associative array's values by key and its keys in bash's order, when NAME is one. */
  getAssoc?(name: string): { get(key: string): string | undefined; keys(): string[]; list(): string[]; size: number } | undefined;
  /** One element by index (negative: from the end); a scalar is element 0. */
  getElement?(name: string, index: number): string | undefined;
  /** Names matching a glob pattern (sorted), or [] when nothing matches. */
  glob(pattern: string): string[];
  /** `set -u`: expanding an unset variable is an error. */
  nounset?: boolean;
  /** dash's words and statuses for unset parameters (status 2, "parameter not set"). */
  dash?: boolean;
  /** `shopt -s nullglob`: a pattern matching nothing disappears. */
  nullglob?: boolean;
  /** `>(list)`: the list is to read PATH once the command has run (the path starts empty). */
  outputSubst?(src: string, path: string): void;
  /** a[i] and m[key] inside arithmetic (arith.ts). */
  isAssoc?(name: string): boolean;
  getSubscripted?(name: string, key: string | number): string | undefined;
  setSubscripted?(name: string, key: string | number, value: string): void;
}

export class ExpansionError extends Error {
  /** Status with which a non-interactive shell exits (`${x:?}`: 127, bad substitution: 1). */
  exitStatus?: number;
}

interface Field {
  text: string;
  /** The same text with quoted glob characters escaped by a backslash. */
  pattern: string;
  glob: boolean;
  /** Has content or a quoted (possibly empty) part: survives as an argument. */
  touched: boolean;
}

const GLOB_CHARS = /[*?[]/;
const IFS_WS = /[ \t\n]+/;

function escapeGlob(s: string): string {
  return s.replace(/[*?[\]\\]/g, "\\$&");
}

function newField(): Field {
  return { text: "", pattern: "", glob: false, touched: false };
}

export function expandParam(part: WordPart & { t: "var" }, host: ExpandHost): string {
  // dash knows only POSIX's operations (and no arrays)
  if (host.dash && (part.index !== undefined || (part.op !== undefined && !DASH_PARAM_OPS.has(part.op)))) {
    const e = new ExpansionError("Bad substitution");
    e.exitStatus = 2;
    throw e;
  }
  if (part.op?.startsWith("bad:")) {
    const e = new ExpansionError(`\${${part.op.slice(4)}}: bad substitution`);
    e.exitStatus = 1;
    throw e;
  }
  if (part.op === "keys") return arrayKeys(part.name, host).join(" ");
  if (part.op === "names@" || part.op === "names*") {
    const ifs = host.getVar("IFS");
    return namesWithPrefix(part.name, host).join(part.op === "names*" && ifs !== undefined ? ifs.slice(0, 1) : " ");
  }
  if (part.index !== undefined) return expandIndexed(part, host);
  if (part.op === "indirect") {
    // ${!name}: the variable whose name is name's value (of a reference: the name it stands for)
    const ref = host.namerefTarget?.(part.name);
    if (ref) return ref;
    const target = host.getVar(part.name);
    if (target === undefined || target === "") {
      const e = new ExpansionError(`${part.name}: invalid indirect expansion`);
      e.exitStatus = 1;
      throw e;
    }
    if (!/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?#$@*])$/.test(target)) {
      const e = new ExpansionError(`${target}: invalid variable name`);
      e.exitStatus = 1;
      throw e;
    }
    return host.getVar(target) ?? "";
  }
  const value = host.getVar(part.name);
  if (value === undefined && host.nounset && !/^:?[-=+?]$/.test(part.op ?? "") && part.name !== "@" && part.name !== "*") {
    // bash names what is unset as written: $1, a[5], m[key]
    const shown = ELEMENT_LABEL.get(part) ?? (/^[0-9]+$/.test(part.name) ? `$${part.name}` : part.name);
    const e = new ExpansionError(host.dash ? `${part.name}: parameter not set` : `${shown}: unbound variable`);
    e.exitStatus = host.dash ? 2 : 127;
    throw e;
  }
  // ${#@} and ${#*}: how many positional parameters
  if (part.op === "len" && (part.name === "@" || part.name === "*")) return String(host.getArray?.("@")?.length ?? 0);
  if (part.op === "len") return String((value ?? "").length);
  if (!part.op) return value ?? "";
  if ((part.name === "@" || part.name === "*") && perElementOp(part.op)) return eachElement(part, host.getArray?.("@") ?? [], host).join(" ");
  if (part.op === "substr" && (part.name === "@" || part.name === "*")) return sliceList(part, host.getArray?.("@") ?? [], host).join(" ");
  if (part.op === "substr") {
    const v = value ?? "";
    const arith = (w: Word) => Number(evalArithmetic(expandToString(w, host), host));
    let off = arith(part.arg ?? []);
    // an offset past either end gives nothing (bash does not clamp a negative one to 0)
    if (off < 0) off = v.length + off;
    if (off < 0 || off > v.length) return "";
    if (part.arg2 === undefined) return v.slice(off);
    const len = arith(part.arg2);
    // a negative length counts back from the end, which must not come before the offset
    if (len < 0 && v.length + len < off) {
      const e = new ExpansionError(`${expandToString(part.arg2, host).trim()}: substring expression < 0`);
      e.exitStatus = 1;
      throw e;
    }
    return len < 0 ? v.slice(off, v.length + len) : v.slice(off, off + len);
  }
  if (part.op === "@a") return host.attributes?.(part.name) ?? "";
  if (part.op === "@A") return value === undefined ? "" : `${part.name}=${singleQuote(value)}`;
  if (part.op.startsWith("@")) return transform(part.op[1]!, value);
  if (/^(\^\^?|,,?|~~?)$/.test(part.op)) return changeCase(part.op, value ?? "", expandToString(part.arg ?? [], host));
  if (part.op.startsWith("#") || part.op.startsWith("%") || part.op.startsWith("/")) {
    return patternOp(part.op, value ?? "", patternText(part.arg ?? [], host), expandToString(part.arg2 ?? [], host));
  }
  const colon = part.op.startsWith(":");
  const unset = value === undefined || (colon && value === "");
  const arg = () => expandToString(part.arg ?? [], host);
  switch (part.op.replace(":", "")) {
    case "-":
      return unset ? arg() : value!;
    case "=": {
      if (!unset) return value!;
      const v = arg();
      host.setVar(part.name, v);
      return v;
    }
    case "+":
      return unset ? "" : arg();
    case "?":
      if (unset) {
        const e = new ExpansionError(`${part.name}: ${arg() || (host.dash ? `parameter not set${colon ? " or null" : ""}` : colon ? "parameter null or not set" : "parameter not set")}`);
        e.exitStatus = host.dash ? 2 : 127;
        throw e;
      }
      return value!;
    default:
      return value ?? "";
  }
}

/** The elements `${a[@]}` / `"$@"` stand for, when a part is such a list; undefined otherwise. */
/** ${!a[@]}: the indices that hold a value. */
function arrayKeys(name: string, host: ExpandHost): string[] {
  const assoc = host.getAssoc?.(name);
  if (assoc) return assoc.keys();
  const keys: string[] = [];
  for (let i = 0, n = host.getArray?.(name)?.length ?? 0, seen = 0; seen < n && i < 100_000; i++) {
    if (host.getElement?.(name, i) !== undefined) {
      keys.push(String(i));
      seen++;
    }
  }
  return keys;
}

/** ${a[@]:OFFSET:LENGTH} and ${@:OFFSET:LENGTH} take elements, not characters ($@ counts $0 as 0). */
function sliceList(part: WordPart & { t: "var" }, elements: string[], host: ExpandHost): string[] {
  const list = part.name === "@" || part.name === "*" ? [host.getVar("0") ?? "", ...elements] : elements;
  const arith = (w: Word) => Number(evalArithmetic(expandToString(w, host) || "0", host));
  let off = arith(part.arg ?? []);
  if (off < 0) off = list.length + off;
  if (off < 0) return [];
  if (part.arg2 === undefined) return list.slice(off);
  const len = arith(part.arg2);
  if (len < 0) {
    const e = new ExpansionError(`${len}: substring expression < 0`);
    e.exitStatus = 1;
    throw e;
  }
  return list.slice(off, off + len);
}

function namesWithPrefix(prefix: string, host: ExpandHost): string[] {
  return (host.varNames?.() ?? []).filter((n) => n.startsWith(prefix));
}

function listElements(part: WordPart, host: ExpandHost): string[] | undefined {
  if (part.t === "var" && part.op === "keys") return arrayKeys(part.name, host);
  if (part.t === "var" && part.op === "names@") return namesWithPrefix(part.name, host);
  if (part.t !== "var" || part.op === "len" || part.op === "indirect" || part.op?.startsWith("bad:")) return undefined;
  let elements: string[];
  if ((part.name === "@" || part.name === "*") && part.index === undefined && part.op === "substr") return sliceList(part, host.getArray?.("@") ?? [], host).join(part.name === "*" ? " " : "\u0000").split("\u0000");
  if (part.name === "@" && part.index === undefined) elements = host.getArray?.("@") ?? [];
  else if (part.index === "@") elements = host.getAssoc?.(part.name)?.list() ?? host.getArray?.(part.name) ?? [];
  else if (part.index === "*" && part.op === "substr") return [sliceList(part, host.getArray?.(part.name) ?? [], host).join(" ")];
  else return undefined;
  if (part.op === "substr") return sliceList(part, elements, host);
  if (part.op === undefined) return elements;
  // "${a[@]:-x}", "${@:+x}": the default operators look at the list as a whole
  if (/^:?[-=+?]$/.test(part.op)) {
    const unset = elements.length === 0 || (part.op.startsWith(":") && elements.every((e) => e === ""));
    const arg = () => [expandToString(part.arg ?? [], host)];
    if (part.op.endsWith("+")) return unset ? [] : arg();
    if (part.op.endsWith("-")) return unset ? arg() : elements;
    return unset ? [expandParam({ ...part, index: undefined }, host)] : elements;
  }
  // "${a[@]/x/y}", "${@#-}" …: the operator applies to each element, which stays a word of its own
  return elements.map((v) =>
    expandParam({ ...part, index: undefined, name: "\u0000each" }, { ...host, getVar: (n) => (n === "\u0000each" ? v : host.getVar(n)) }),
  );
}

/** ${x@Q} (quoted for reuse as input), @U @L @u (case), @E (backslash escapes as in $'…'). */
function transform(op: string, value: string | undefined): string {
  if (value === undefined) return "";
  switch (op) {
    case "Q": return singleQuote(value);
    case "U": return value.toUpperCase();
    case "L": return value.toLowerCase();
    case "u": return value.charAt(0).toUpperCase() + value.slice(1);
    default: return decodeEscapes(value);
  }
}

/** Operators that apply to each element of ${a[@]} / $@ (patterns, replacement, case). */
const perElementOp = (op: string | undefined) => op !== undefined && /^(##?|%%?|\/[/#%]?|\^\^?|,,?|~~?|@[QEULu])$/.test(op);

function eachElement(part: WordPart & { t: "var" }, elements: string[], host: ExpandHost): string[] {
  return elements.map((v) =>
    expandParam({ ...part, index: undefined, name: "\u0000each" }, { ...host, getVar: (n) => (n === "\u0000each" ? v : host.getVar(n)) }),
  );
}

/** How set -u names an unset element (a[5]) when its value is expanded under a stand-in name. */
const ELEMENT_LABEL = new WeakMap<object, string>();

function elementPart(part: WordPart & { t: "var" }): WordPart & { t: "var" } {
  const stand = { ...part, index: undefined, name: "\u0000elem" };
  ELEMENT_LABEL.set(stand, `${part.name}[${part.index}]`);
  return stand;
}

/** ${a[i]}, ${a[@]}, ${a[*]}, ${#a[@]}, ${#a[i]} and the operators on one element. */
function expandIndexed(part: WordPart & { t: "var" }, host: ExpandHost): string {
  const assoc = host.getAssoc?.(part.name);
  const elements = assoc?.list() ?? host.getArray?.(part.name) ?? [];
  if (assoc && part.index !== "@" && part.index !== "*") {
    // a key is text: the subscript is expanded, not evaluated
    const value = assoc.get(assocKey(expandToString(scanArithWord(part.index!), host)));
    if (part.op === "len") return String((value ?? "").length);
    return expandParam(elementPart(part), { ...host, getVar: (n) => (n === "\u0000elem" ? value : host.getVar(n)) });
  }
  if (part.index === "@" || part.index === "*") {
    if (part.op === "len") return String(elements.length);
    if (perElementOp(part.op)) return eachElement(part, elements, host).join(" ");
    if (part.op === "substr") return sliceList(part, elements, host).join(" ");
    return expandParam({ ...part, index: undefined, name: "\u0000list" }, {
      ...host, getVar: (n) => (n === "\u0000list" ? (elements.length ? elements.join(part.index === "*" && part.quoted ? ifsJoiner(host) : " ") : undefined) : host.getVar(n)),
    });
  }
  const index = Number(evalArithmetic(expandToString(scanArithWord(part.index!), host), host));
  const value = host.getElement?.(part.name, index);
  if (part.op === "len") return String((value ?? "").length);
  return expandParam(elementPart(part), {
    ...host, getVar: (n) => (n === "\u0000elem" ? value : host.getVar(n)),
  });
}

/** What "$*" and "${a[*]}" put between elements: IFS's first character (a space when IFS is unset). */
export function ifsJoiner(host: { getVar(name: string): string | undefined }): string {
  const ifs = host.getVar("IFS");
  return ifs === undefined ? " " : ifs.slice(0, 1);
}

/** A glob pattern as a regular expression source (`*` may match `/` here). */
function globSource(pattern: string): string {
  try {
    return globSegmentRegex(pattern).source.slice(1, -1).replaceAll("[^/]", "[^]");
  } catch {
    return pattern.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
}

/** A pattern word's text: what was quoted is escaped, so it matches itself. */
function patternText(word: Word, host: ExpandHost): string {
  return word.map((p) => ("quoted" in p && p.quoted ? escapeGlob(partValue(p, host)) : partValue(p, host))).join("");
}

/** ${x^^} ${x,,} (every matching character), ${x^} ${x,} (the first): PATTERN defaults to any character. */
function changeCase(op: string, v: string, pattern: string): string {
  const one = new RegExp(`^(?:${pattern === "" ? "." : globSource(pattern)})$`, "s");
  const upper = op.startsWith("^");
  const all = op.length === 2;
  // ${x~~} / ${x~} toggle the case
  const change = (c: string) => (op.startsWith("~") ? (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) : upper ? c.toUpperCase() : c.toLowerCase());
  return [...v].map((c, i) => ((all || i === 0) && one.test(c) ? change(c) : c)).join("");
}

/** ${x#p} ${x##p} ${x%p} ${x%%p} ${x/p/r} ${x//p/r} ${x/#p/r} ${x/%p/r} */
function patternOp(op: string, v: string, pattern: string, replacement: string): string {
  const src = globSource(pattern);
  const whole = new RegExp(`^(?:${src})$`, "s");
  if (op === "#" || op === "##") {
    const lengths = [...Array(v.length + 1).keys()];
    const hit = (op === "#" ? lengths : lengths.reverse()).find((n) => whole.test(v.slice(0, n)));
    return hit === undefined ? v : v.slice(hit);
  }
  if (op === "%" || op === "%%") {
    const starts = [...Array(v.length + 1).keys()];
    const hit = (op === "%%" ? starts : starts.reverse()).find((n) => whole.test(v.slice(n)));
    return hit === undefined ? v : v.slice(0, hit);
  }
  // an empty pattern anchored at the start or the end inserts the replacement there
  if (pattern === "") return op === "/#" ? replacement + v : op === "/%" ? v + replacement : v;
  const anchored = op === "/#" ? `^(?:${src})` : op === "/%" ? `(?:${src})$` : src;
  return v.replace(new RegExp(anchored, op === "//" ? "gs" : "s"), () => replacement);
}

/** How many process substitutions each command's expansion has made (for their fd numbers). */
const procSubsSeen = new WeakMap<ExpandHost, number>();

function partValue(part: WordPart, host: ExpandHost): string {
  switch (part.t) {
    case "lit":
      return part.v;
    case "var":
      return expandParam(part, host);
    case "sub":
      return host.commandSubst(part.src, part.line, !part.backtick).replace(/\n+$/, "");
    case "procsub": {
      // bash hands the command /dev/fd/63, then 62, … for each <(…) of one command line
      const fd = 63 - (procSubsSeen.get(host) ?? 0);
      procSubsSeen.set(host, 63 - fd + 1);
      const path = `/dev/fd/${fd}`;
      if (part.out) host.outputSubst?.(part.src, path);
      else host.commandSubst(`{ ${part.src}\n} > ${path}`, part.line);
      return path;
    }
    case "arith":
      try {
        return evalArithmetic(expandToString(scanArithWord(part.src), host), host);
      } catch (e) {
        // bash abandons the whole command line after a failed $(( )), status 1
        if (e instanceof ExpansionError && e.exitStatus === undefined) e.exitStatus = 1;
        throw e;
      }
    case "tilde":
      return host.getVar("HOME") ?? "/root";
  }
}

/** Arithmetic text may itself contain $var, ${…} and $(…); expand those first (double quotes are removed). */
export function scanArithWord(src: string): Word {
  return scanDoubleQuotedText(src, 0, { dropQuotes: true });
}

/** Expansion without splitting or globbing (assignments, heredoc bodies, redirect-free contexts). */
export function expandToString(word: Word, host: ExpandHost): string {
  let out = "";
  for (const p of word) out += partValue(p, host);
  return out;
}

/**
 * Field splitting of an unquoted expansion: IFS blanks (space, tab, newline in IFS) run together,
 * each other IFS character is a delimiter of its own (`hard`). Unset IFS is " \t\n"; empty IFS: no split.
 */
function ifsSplit(value: string, ifs: string | undefined): { text: string; hard: boolean }[] {
  if (ifs === undefined) return value.split(IFS_WS).map((text) => ({ text, hard: false }));
  if (ifs === "") return [{ text: value, hard: false }];
  const blank = (c: string) => " \t\n".includes(c) && ifs.includes(c);
  const pieces = [{ text: "", hard: false }];
  for (let i = 0; i < value.length; ) {
    const c = value[i]!;
    if (!ifs.includes(c)) {
      pieces[pieces.length - 1]!.text += c;
      i++;
      continue;
    }
    while (i < value.length && blank(value[i]!)) i++;
    let hard = false;
    if (i < value.length && ifs.includes(value[i]!) && !blank(value[i]!)) {
      hard = true;
      i++;
      while (i < value.length && blank(value[i]!)) i++;
    }
    pieces.push({ text: "", hard });
  }
  return pieces;
}

/** Full expansion of one word into zero or more arguments. */
export function expandWord(word: Word, host: ExpandHost): string[] {
  const fields: Field[] = [newField()];
  let cur = fields[0]!;
  for (const part of word) {
    const list = part.t === "var" && part.quoted ? listElements(part, host) : undefined;
    if (list !== undefined) {
      // "${a[@]}" / "$@": one field per element, the first and last joined to the text around them
      list.forEach((element, i) => {
        if (i > 0) fields.push((cur = newField()));
        cur.text += element;
        cur.pattern += escapeGlob(element);
        cur.touched = true;
      });
      continue;
    }
    const value = partValue(part, host);
    const isLiteral = part.t === "lit" || part.t === "tilde";
    const quoted = part.t === "tilde" || part.t === "procsub" || part.quoted;
    if (quoted) {
      cur.text += value;
      cur.pattern += escapeGlob(value);
      cur.touched = true;
      continue;
    }
    if (isLiteral) {
      cur.text += value;
      cur.pattern += value;
      cur.glob ||= GLOB_CHARS.test(value);
      cur.touched = true;
      continue;
    }
    // Unquoted expansion result: split on $IFS.
    const pieces = ifsSplit(value, host.getVar("IFS"));
    pieces.forEach(({ text: piece, hard }, i) => {
      if (i > 0) {
        // a non-blank IFS character ends a field even when it is empty (IFS=: "a::b" is a, "", b)
        if (hard) cur.touched = true;
        if (cur.touched) {
          cur = newField();
          fields.push(cur);
        }
      }
      if (piece) {
        cur.text += piece;
        cur.pattern += piece;
        cur.glob ||= GLOB_CHARS.test(piece);
        cur.touched = true;
      }
    });
  }
  const out: string[] = [];
  for (const f of fields) {
    if (!f.touched) continue;
    if (f.glob && isGlobPattern(f.pattern)) {
      const matches = host.glob(f.pattern);
      if (matches.length || host.nullglob) {
        out.push(...matches);
        continue;
      }
    }
    out.push(f.text);
  }
  return out;
}

/**
 * Whether a word is a pattern at all, as bash decides: an unescaped * or ?, or a [ with a ]
 * somewhere after it (a lone `[`, as in `[ "$n" == 2 ]`, stays a word even under nullglob).
 */
function isGlobPattern(pattern: string): boolean {
  let open = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || (c === "]" && open)) return true;
    else if (c === "[") open = true;
  }
  return false;
}

/** Converts one glob path segment to a regular expression. */
export function globSegmentRegex(seg: string): RegExp {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === "\\" && i + 1 < seg.length) re += "\\" + seg[++i];
    else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const bracket = bracketExpression(seg, i);
      if (!bracket) re += "\\[";
      else {
        re += bracket.re;
        i = bracket.end;
      }
    } else re += c.replace(/[.+^${}()|\]\\/]/g, "\\$&");
  }
  return new RegExp("^" + re + "$");
}

/** What POSIX character classes ([:digit:] …) match, as regex class contents (the C locale). */
const CHAR_CLASSES: Record<string, string> = {
  alpha: "a-zA-Z", digit: "0-9", alnum: "a-zA-Z0-9", upper: "A-Z", lower: "a-z", space: " \\t\\n\\r\\f\\v", blank: " \\t",
  xdigit: "0-9A-Fa-f", punct: "!-\\/:-@\\[-`{-~", cntrl: "\\x00-\\x1f\\x7f", print: " -~", graph: "!-~", word: "\\w",
};

/**
 * A bracket expression starting at seg[start] ("["): `[!…]`/`[^…]` negate, a `]` first is literal,
 * [:class:] names a class; undefined when no `]` closes it (then `[` is literal).
 */
function bracketExpression(seg: string, start: number): { re: string; end: number } | undefined {
  let j = start + 1;
  let negate = false;
  if (seg[j] === "!" || seg[j] === "^") {
    negate = true;
    j++;
  }
  let body = "";
  for (let first = true; j < seg.length; first = false) {
    const c = seg[j]!;
    if (c === "]" && !first) return { re: `[${negate ? "^" : ""}${body}]`, end: j };
    const cls = c === "[" && seg[j + 1] === ":" ? /^\[:([a-z]+):\]/.exec(seg.slice(j)) : null;
    if (cls && CHAR_CLASSES[cls[1]!] !== undefined) {
      body += CHAR_CLASSES[cls[1]!];
      j += cls[0].length;
    } else if (c === "\\" && j + 1 < seg.length) {
      body += "\\" + seg[j + 1];
      j += 2;
    } else {
      body += c === "-" ? "-" : c.replace(/[\]\[\\^]/g, "\\$&");
      j++;
    }
  }
  return undefined;
}

/** Unescaped form of a glob segment (for segments with no wildcard). */
export function unescapeGlob(seg: string): string {
  return seg.replace(/\\(.)/g, "$1");
}

export function hasGlob(seg: string): boolean {
  return /(^|[^\\])[*?[]/.test(seg);
}
