// `define NAME = VALUE` in an nft file (or line), and `$NAME` in the commands after it: the value's
// words stand where the variable was. An unknown name fails the whole input, as nft's parser does.
import type { CommandResult } from "../shell/types.js";
import { nearestName } from "./nft-misspell.js";
import { FAMILIES, errorAt, fail, parseError, type NftCommand } from "./nft-syntax.js";

export function expandDefines(commands: NftCommand[]): NftCommand[] | CommandResult {
  const values = new Map<string, string[]>();
  const out: NftCommand[] = [];
  for (const cmd of commands) {
    const scoped = blockDefines(cmd, values);
    if (!("values" in scoped)) return scoped;
    const expanded = expandWords(scoped.cmd, scoped.values);
    if (!("words" in expanded)) return expanded;
    const verb = expanded.words[0]!;
    if (verb === "undefine" && expanded.words.length === 2) {
      values.delete(expanded.words[1]!);
      continue;
    }
    if (verb !== "define" && verb !== "redefine") {
      out.push(expanded);
      continue;
    }
    const err = define(cmd, expanded.words, values);
    if (err) return err;
  }
  return out;
}

/** `define|redefine NAME = VALUE…` (its words, after expansion) into `values`, or nft's error. */
function define(cmd: NftCommand, words: string[], values: Map<string, string[]>, end = cmd.end): CommandResult | undefined {
  const [verb, name, eq, ...value] = words;
  if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return parseError("syntax error, unexpected newline, expecting string", cmd, 1);
  if (eq !== "=") return parseError(`syntax error, unexpected ${eq === undefined ? "newline" : "string"}, expecting '='`, cmd, 2);
  // (the value ends where the statement does: at a ';' or the line's end)
  if (value.length === 0) return fail(errorAt(`syntax error, unexpected ${cmd.text[end] === ";" ? "semicolon" : "newline"}`, cmd, end, 1));
  if (values.has(name) && verb === "define") return fail(errorAt(`redefinition of symbol '${name}'`, cmd, cmd.starts[1]!, name.length));
  values.set(name, value);
  return undefined;
}

/**
 * A `table … { define NAME = VALUE … }` block: its defines hold inside the block only (a copy of
 * the names), and leave the block's words.
 */
function blockDefines(cmd: NftCommand, values: Map<string, string[]>): { cmd: NftCommand; values: Map<string, string[]> } | CommandResult {
  const w = cmd.words;
  if (w[0] !== "table" || !w.includes("define")) return { cmd, values };
  const local = new Map(values);
  const keep: number[] = [];
  for (let j = 0; j < w.length; j++) {
    if (w[j] !== "define" || (w[j - 1] !== "{" && w[j - 1] !== ";")) {
      keep.push(j);
      continue;
    }
    // (the value runs to the statement's end; a set's braces are part of it)
    let end = j;
    for (let depth = 0; end < w.length && (depth > 0 || (w[end] !== ";" && w[end] !== "}")); end++) depth += w[end] === "{" ? 1 : w[end] === "}" ? -1 : 0;
    const statement: NftCommand = { ...cmd, words: w.slice(j, end), starts: cmd.starts.slice(j, end), end: end < w.length ? cmd.starts[end]! : cmd.end };
    const expanded = expandWords(statement, local);
    if (!("words" in expanded)) return expanded;
    const err = define(statement, expanded.words, local);
    if (err) return err;
    j = w[end] === ";" ? end : end - 1;
  }
  return { cmd: { ...cmd, words: keep.map((k) => w[k]!), starts: keep.map((k) => cmd.starts[k]!) }, values: local };
}

/** How many words after the verb name objects (a table, a chain): a variable cannot stand there. */
function namePositions(words: string[]): number {
  const object = words[1] ?? "";
  const names = object === "table" ? 1 : object === "chain" || object === "rule" ? 2 : 0;
  return names === 0 || !["add", "create", "insert", "delete", "list", "flush"].includes(words[0]!) ? 0 : names + (FAMILIES.has(words[2] ?? "") ? 1 : 0);
}

function expandWords(cmd: NftCommand, values: Map<string, string[]>): NftCommand | CommandResult {
  if (!cmd.words.some((w) => w.includes("$"))) return cmd;
  const words: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < cmd.words.length; i++) {
    const word = cmd.words[i]!;
    const at = cmd.starts[i]!;
    // (a name is an identifier: what stands around it, a set's commas, stays beside its value)
    const uses = [...word.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)?/g)];
    if (uses.length && i >= 2 && i < 2 + namePositions(cmd.words)) return fail(errorAt("syntax error, unexpected '$', expecting string", cmd, at + uses[0]!.index!, 1));
    if (!uses.length) {
      words.push(word);
      starts.push(at);
      continue;
    }
    const texts: string[][] = [];
    for (const use of uses) {
      const name = use[1];
      if (name === undefined) {
        const next = cmd.words[i + 1];
        return parseError(`syntax error, unexpected ${next === undefined ? "newline" : "string"}, expecting string`, cmd, i + 1);
      }
      const value = values.get(name);
      if (!value) {
        const near = nearestName(values.keys(), name);
        return fail(errorAt(`unknown identifier '${name}'${near ? `; did you mean identifier ‘${near}’?` : ""}`, cmd, at + use.index! + 1, Math.max(1, name.length)));
      }
      texts.push(value);
    }
    // one name leading the word keeps its value's words; names amid a word give their text
    const lone = uses.length === 1 && uses[0]!.index === 0;
    const rest = word.slice(uses[0]![0].length);
    const expanded = lone ? [...texts[0]!.slice(0, -1), texts[0]!.at(-1)! + rest] : [word.replace(/\$[A-Za-z_][A-Za-z0-9_]*/g, () => texts.shift()!.join(" "))];
    for (const v of expanded) {
      words.push(v);
      starts.push(at);
    }
  }
  return { ...cmd, words, starts };
}
