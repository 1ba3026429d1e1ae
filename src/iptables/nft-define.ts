// `define NAME = VALUE` in an nft file (or line), and `$NAME` in the commands after it: the value's
// words stand where the variable was. An unknown name fails the whole input, as nft's parser does.
import type { CommandResult } from "../shell/types.js";
import { nearestName } from "./nft-misspell.js";
import { errorAt, fail, parseError, type NftCommand } from "./nft-syntax.js";

export function expandDefines(commands: NftCommand[]): NftCommand[] | CommandResult {
  const values = new Map<string, string[]>();
  const out: NftCommand[] = [];
  for (const cmd of commands) {
    const expanded = expandWords(cmd, values);
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
    const [, name, eq, ...value] = expanded.words;
    if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return parseError("syntax error, unexpected newline, expecting string", cmd, 1);
    if (eq !== "=") return parseError(`syntax error, unexpected ${eq === undefined ? "newline" : "string"}, expecting '='`, cmd, 2);
    // (the value ends where the command does: at a ';' or the line's end)
    if (value.length === 0) return fail(errorAt(`syntax error, unexpected ${cmd.text[cmd.end] === ";" ? "semicolon" : "newline"}`, cmd, cmd.end, 1));
    if (values.has(name) && verb === "define") return fail(errorAt(`redefinition of symbol '${name}'`, cmd, cmd.starts[1]!, name.length));
    values.set(name, value);
  }
  return out;
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
