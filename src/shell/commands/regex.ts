// POSIX regular expressions (basic and extended, as grep and sed read them) translated to
// JavaScript's syntax.
import { nameTable } from "../../name-table.js";

const CLASSES = nameTable<string>({
  alpha: "A-Za-z",
  digit: "0-9",
  alnum: "A-Za-z0-9",
  upper: "A-Z",
  lower: "a-z",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  xdigit: "0-9A-Fa-f",
  print: " -~",
  graph: "!-~",
  cntrl: "\\x00-\\x1f\\x7f",
  word: "A-Za-z0-9_",
});

export class RegexError extends Error {}

/** Copies a bracket expression starting at pattern[i] === "["; returns [js, next index]. */
function bracket(pattern: string, i: number): [string, number] {
  // GNU: a `[` that ends the pattern is no bracket at all
  if (i + 1 >= pattern.length) throw new RegexError("Invalid regular expression");
  let j = i + 1;
  let out = "[";
  if (pattern[j] === "^") {
    out += "^";
    j++;
  }
  // a `-` right after `[` or `[^` is itself, not a range (`[^-+]`)
  const first = j;
  if (pattern[j] === "]") {
    out += "\\]";
    j++;
  }
  for (; j < pattern.length; j++) {
    const c = pattern[j]!;
    if (c === "]") return [out + "]", j + 1];
    if (c === "[" && pattern[j + 1] === ":") {
      const end = pattern.indexOf(":]", j + 2);
      if (end < 0) throw new RegexError("Unmatched [, [^, [:, [., or [=");
      const cls = CLASSES[pattern.slice(j + 2, end)];
      if (cls === undefined) throw new RegexError("Invalid character class name");
      out += cls;
      j = end + 1;
    } else if (c === "\\" || c === "[") out += "\\" + c;
    else {
      const end = pattern[j + 2];
      if (c === "-" && j > first && pattern[j + 1] !== "]" && pattern[j + 1] !== undefined && end !== undefined) {
        if (pattern.charCodeAt(j - 1) > pattern.charCodeAt(j + 1)) throw new RegexError("Invalid range end");
      }
      out += c;
    }
  }
  throw new RegexError("Unmatched [, [^, [:, [., or [=");
}

/** Translates a POSIX BRE (extended=false) or ERE to a JavaScript regular expression source. */
export function posixToJs(pattern: string, extended: boolean): string {
  let out = "";
  let depth = 0;
  let groups = 0;
  let quantified = false;
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === "[") {
      const [js, next] = bracket(pattern, i);
      out += js;
      i = next;
      quantified = false;
      continue;
    }
    if (c === "\\") {
      const n = pattern[i + 1];
      i += 2;
      quantified = false;
      if (n === undefined) throw new RegexError("Trailing backslash");
      if (!extended && n === "{") {
        const m = /^([0-9]*)(,([0-9]*))?\\\}/.exec(pattern.slice(i));
        if (!m) throw new RegexError(pattern.includes("\\}", i) ? "Invalid content of \\{\\}" : "Unmatched \\{");
        if (m[3] && Number(m[1] || 0) > Number(m[3])) throw new RegexError("Invalid content of \\{\\}");
        out += `{${m[1] || 0}${m[2] ?? ""}}`;
        i += m[0].length;
        continue;
      }
      if (!extended && "(){}|+?".includes(n)) {
        if (n === "(") {
          depth++;
          groups++;
        }
        if (n === ")" && --depth < 0) throw new RegexError("Unmatched ) or \\)");
        out += n;
      } else if (/[1-9]/.test(n)) {
        if (Number(n) > groups) throw new RegexError("Invalid back reference");
        out += "\\" + n;
      } else if (n === "0") out += "\\0";
      else if (n === "<") out += "\\b(?=\\w)";
      else if (n === ">") out += "\\b(?<=\\w)";
      else if ("wWsSb".includes(n)) out += "\\" + n;
      else if (n === "n") out += "\\n";
      else if (n === "t") out += "\\t";
      else out += n.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      continue;
    }
    i++;
    if (extended && "*+?".includes(c) && quantified) {
      // POSIX allows stacked repetition (a** , a+*): one JavaScript quantifier does the same
      if (c !== out[out.length - 1]) out = out.slice(0, -1) + "*";
      continue;
    }
    quantified = extended && "*+?".includes(c);
    if (extended) {
      if (c === "(") {
        depth++;
        groups++;
      }
      if (c === ")" && --depth < 0) throw new RegexError("Unmatched ) or \\)");
      if (c === "{" && !/^\{[0-9]*(,[0-9]*)?\}/.test(pattern.slice(i - 1))) {
        out += "\\{";
        continue;
      }
      out += c === "/" ? "\\/" : c;
    } else if ("(){}|+?".includes(c)) out += "\\" + c;
    else if (c === "*" && (out === "" || out === "^")) out += "\\*";
    else out += c === "/" ? "\\/" : c;
  }
  if (depth > 0) throw new RegexError("Unmatched ( or \\(");
  return out;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Builds a RegExp; returns an error text in grep's words on a bad pattern. */
export function compile(pattern: string, extended: boolean, flags: string): RegExp | string {
  try {
    return new RegExp(posixToJs(pattern, extended), flags);
  } catch (e) {
    if (e instanceof RegexError) return e.message;
    return /Nothing to repeat/.test(String(e)) ? "Invalid preceding regular expression" : "Invalid regular expression";
  }
}
