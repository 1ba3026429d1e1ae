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
    if (expanded.words[0] !== "define") {
      out.push(expanded);
      continue;
    }
    const [, name, eq, ...value] = expanded.words;
    if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return parseError("syntax error, unexpected newline, expecting string", cmd, 1);
    if (eq !== "=" || value.length === 0) return parseError(`syntax error, unexpected ${eq === undefined ? "newline" : "string"}, expecting '='`, cmd, 2);
    values.set(name, value);
  }
  return out;
}

function expandWords(cmd: NftCommand, values: Map<string, string[]>): NftCommand | CommandResult {
  if (!cmd.words.some((w) => w.startsWith("$"))) return cmd;
  const words: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < cmd.words.length; i++) {
    const word = cmd.words[i]!;
    const at = cmd.starts[i]!;
    if (!word.startsWith("$")) {
      words.push(word);
      starts.push(at);
      continue;
    }
    const name = word.slice(1);
    const value = values.get(name);
    if (!value) {
      const near = nearestName(values.keys(), name);
      return fail(errorAt(`unknown identifier '${name}'${near ? `; did you mean identifier ‘${near}’?` : ""}`, cmd, at + 1, Math.max(1, name.length)));
    }
    for (const v of value) {
      words.push(v);
      starts.push(at);
    }
  }
  return { ...cmd, words, starts };
}
