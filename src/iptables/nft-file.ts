// `nft -f FILE`: the file's commands, and its declarative blocks
// (`table FAMILY NAME { chain NAME { type … hook … priority …; policy …; RULE; … } }`, as
// Debian's /etc/nftables.conf has them), which nft runs as add table / add chain / add rule.
import { parseSetCommand, type SetCommand } from "./nft-set-commands.js";
import type { CommandContext, CommandResult } from "../shell/types.js";
import { parseAdd, type AddCommand } from "./nft-add.js";
import type { NameTables } from "./address.js";
import { parseRule, type RuleCommand } from "./nft-rule-parse.js";
import { FAMILIES, fail, nameWord, parseError, type NftCommand } from "./nft-syntax.js";

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

/** A command of `cmd`'s words at `indices` behind words of its own. */
function picked(cmd: NftCommand, lead: [string, number][], indices: number[]): NftCommand {
  const last = indices.at(-1);
  return {
    ...cmd,
    declared: true,
    words: [...lead.map(([w]) => w), ...indices.map((i) => cmd.words[i]!)],
    starts: [...lead.map(([, at]) => at), ...indices.map((i) => cmd.starts[i]!)],
    end: last === undefined ? cmd.end : cmd.starts[last]! + cmd.words[last]!.length,
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

/** `table [FAMILY] NAME { … }`: an add table, then an add chain for each chain block and an add rule for each rule in it. */
export function parseTableBlock(cmd: NftCommand, names: (family: 4 | 6) => NameTables): (AddCommand | RuleCommand | SetCommand)[] | CommandResult {
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
  const adds: (AddCommand | RuleCommand)[] = [table];
  // (nft sends the block's chains first, then their rules: that is the order of their handles)
  const ruleAdds: RuleCommand[] = [];
  // (then its sets and maps, before the rules)
  const setAdds: SetCommand[] = [];
  for (i = nameAt + 2; i < end; i++) {
    if (w[i] === ";") continue;
    if ((w[i] === "set" || w[i] === "map") && w[i + 2] === "{") {
      // (a keyword for a name: the parser's recovery reads on through the rest of the file)
      const keyword = nameWord(cmd, i + 1);
      if (keyword) return keyword;
      const setEnd = closing(w, i + 2);
      const lead: [string, number][] = [["add", cmd.starts[i]!], [w[i]!, cmd.starts[i]!], [family, cmd.starts[nameAt]!], [w[nameAt]!, cmd.starts[nameAt]!]];
      const set = parseSetCommand(picked(cmd, lead, range(i + 1, setEnd + 1)));
      if (!("cmd" in set)) return set;
      setAdds.push(set);
      i = setEnd;
      continue;
    }
    if (w[i] !== "chain") return fail(`nft: '${w[i]}' in a table block is not emulated (only chains are)\n`);
    const keyword = nameWord(cmd, i + 1);
    if (keyword) return keyword;
    const chainEnd = w[i + 2] === "{" ? closing(w, i + 2) : i + 2;
    const lead: [string, number][] = [["add", cmd.starts[i]!], ["chain", cmd.starts[i]!], [family, cmd.starts[nameAt]!], [w[nameAt]!, cmd.starts[nameAt]!]];
    // the block's type/policy statements make the chain; each other statement is a rule of it
    const spec: number[] = [];
    const rules: number[][] = [];
    let statement: number[] = [];
    for (let j = i + 3; j <= chainEnd; j++) {
      if (j < chainEnd && w[j] !== ";") {
        statement.push(j);
        continue;
      }
      if (statement.length && (w[statement[0]!] === "type" || w[statement[0]!] === "policy")) spec.push(...statement, j);
      else if (statement.length) rules.push(statement);
      statement = [];
    }
    const block = w[i + 2] === "{" ? [i + 2, ...spec, ...(spec.at(-1) === chainEnd ? [] : [chainEnd])] : [];
    const chain = parseAdd(picked(cmd, lead, [i + 1, ...block]));
    if (!("cmd" in chain)) return chain;
    adds.push(chain);
    for (const r of rules) {
      const ruleLead: [string, number][] = [["add", cmd.starts[r[0]!]!], ["rule", cmd.starts[r[0]!]!], [family, cmd.starts[nameAt]!], [w[nameAt]!, cmd.starts[nameAt]!], [w[i + 1]!, cmd.starts[i + 1]!]];
      const rule = parseRule(picked(cmd, ruleLead, r), names);
      if (!("cmd" in rule)) return rule;
      ruleAdds.push(rule);
    }
    i = chainEnd;
  }
  return [...adds, ...setAdds, ...ruleAdds];
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
