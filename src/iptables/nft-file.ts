// `nft -f FILE`: the file's commands, and its declarative blocks
// (`table FAMILY NAME { chain NAME { type … hook … priority …; policy …; } }`, as Debian's
// /etc/nftables.conf has them), which nft runs as add table / add chain.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { parseAdd, type AddCommand } from "./nft-add.js";
import { FAMILIES, fail, parseError, type NftCommand } from "./nft-syntax.js";

/** The file's text, or nft's error for a file it cannot read. */
export function readNftFile(ctx: CommandContext, path: string): string | CommandResult {
  if (path === "-") return ctx.stdin;
  if (ctx.fs.isDir(path)) return fail("input in flex scanner failed\n", 2);
  const text = ctx.fs.readFile(path);
  if (text === undefined) return fail(`internal:0:0-0: Error: Could not open file "${path}": No such file or directory\n\n\n`);
  return text;
}

/** A command made of some of `cmd`'s words (with their places) behind words of its own. */
function derived(cmd: NftCommand, lead: [string, number][], from: number, to: number): NftCommand {
  return {
    ...cmd,
    declared: true,
    words: [...lead.map(([w]) => w), ...cmd.words.slice(from, to)],
    starts: [...lead.map(([, at]) => at), ...cmd.starts.slice(from, to)],
    end: to < cmd.words.length ? cmd.starts[to]! : cmd.end,
  };
}

/** Where the block opened at `open` closes. */
function closing(words: string[], open: number): number {
  let depth = 0;
  for (let i = open; i < words.length; i++) {
    if (words[i] === "{") depth++;
    else if (words[i] === "}" && --depth === 0) return i;
  }
  return words.length;
}

/** `table [FAMILY] NAME { … }`: an add table, then an add chain for each chain block. */
export function parseTableBlock(cmd: NftCommand): AddCommand[] | CommandResult {
  const w = cmd.words;
  let i = 1;
  const family = w[i] !== undefined && FAMILIES.has(w[i]!) ? w[i++]! : "ip";
  const nameAt = i;
  const head: [string, number][] = [["add", cmd.starts[0]!], ["table", cmd.starts[0]!], [family, cmd.starts[nameAt] ?? cmd.end]];
  const table = parseAdd(derived(cmd, head, nameAt, nameAt + 1));
  if (!("cmd" in table)) return table;
  if (w[nameAt + 1] !== "{") return parseError("syntax error, unexpected newline, expecting '{'", cmd, nameAt + 1);
  const end = closing(w, nameAt + 1);
  if (end >= w.length) return parseError("syntax error, unexpected end of file", cmd, w.length);
  const adds: AddCommand[] = [table];
  for (i = nameAt + 2; i < end; i++) {
    if (w[i] === ";") continue;
    if (w[i] !== "chain") return fail(`nft: '${w[i]}' in a table block is not emulated (only chains are)\n`);
    const chainEnd = w[i + 2] === "{" ? closing(w, i + 2) : i + 2;
    const lead: [string, number][] = [["add", cmd.starts[i]!], ["chain", cmd.starts[i]!], [family, cmd.starts[nameAt]!], [w[nameAt]!, cmd.starts[nameAt]!]];
    const chain = parseAdd(derived(cmd, lead, i + 1, Math.min(chainEnd + 1, end)));
    if (!("cmd" in chain)) return chain;
    adds.push(chain);
    i = chainEnd;
  }
  return adds;
}
