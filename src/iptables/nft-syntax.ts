// nft's command line as its parser sees it: the arguments joined into one line, split into
// commands at ';', and the syntax errors it reports with the line and a mark under a word.
import type { CommandResult } from "../shell/types.js";

export const FAMILIES = new Set(["ip", "ip6", "inet", "arp", "bridge", "netdev"]);
/** Words nft's scanner knows as keywords: an unexpected one is named, not called a string. */
const KEYWORDS = new Set([...FAMILIES, "table", "tables", "chain", "chains", "ruleset", "rule", "set", "sets", "map", "maps", "counter", "counters", "flowtable", "flowtables", "list", "flush", "delete", "handle"]);

export const fail = (stderr: string, rc = 1): CommandResult => ({ stdout: "", stderr, rc });

/** One command of the line nft was given (its arguments joined by spaces, commands split at ';'). */
export interface NftCommand {
  line: string;
  words: string[];
  /** Where each word starts in `line`. */
  starts: number[];
}

export function splitCommands(line: string): NftCommand[] {
  const commands: NftCommand[] = [];
  let current: NftCommand = { line, words: [], starts: [] };
  // (inside a { … } block a ';' ends a statement of the block, not the command)
  let depth = 0;
  for (const m of line.matchAll(/[{};]|[^\s{};]+/g)) {
    if (m[0] === ";" && depth === 0) {
      commands.push(current);
      current = { line, words: [], starts: [] };
      continue;
    }
    if (m[0] === "{") depth++;
    else if (m[0] === "}") depth = Math.max(0, depth - 1);
    current.words.push(m[0]);
    current.starts.push(m.index!);
  }
  commands.push(current);
  return commands.filter((c) => c.words.length > 0);
}

/** The text of one of nft's errors: the message, the command line and a mark under a word (or past the end). */
export function errorText(message: string, cmd: NftCommand, index: number): string {
  const start = index >= cmd.words.length ? cmd.line.length : cmd.starts[index]!;
  const width = index >= cmd.words.length ? 1 : Math.max(1, cmd.words[index]!.length);
  return `Error: ${message}\n${cmd.line}\n${" ".repeat(start)}${"^".repeat(width)}\n`;
}

/** An error of nft's parser: the message, the command line and a mark under the offending word. */
export function parseError(message: string, cmd: NftCommand, index: number): CommandResult {
  return fail(errorText(message, cmd, index));
}

/** How the parser names a word it did not expect. */
export const unexpected = (w: string) => (KEYWORDS.has(w) ? w : /^[0-9]+$/.test(w) ? "number" : "string");

/** The words must end at `index`: one more is a syntax error. */
export function trailing(cmd: NftCommand, index: number): CommandResult | undefined {
  if (index >= cmd.words.length) return undefined;
  return parseError(`syntax error, unexpected ${unexpected(cmd.words[index]!)}, expecting end of file or newline or semicolon`, cmd, index);
}

/** A name the grammar needs next (a table's, a chain's, a set's); `expecting` as bison words it. */
export function missingName(cmd: NftCommand, index: number, expecting = "string"): CommandResult | undefined {
  return index < cmd.words.length ? undefined : parseError(`syntax error, unexpected newline, expecting ${expecting}`, cmd, index);
}
