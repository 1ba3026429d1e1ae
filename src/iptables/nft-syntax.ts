// nft's input as its parser sees it: the arguments joined into one line (or a file), split into
// commands at ';' and newlines, and the errors it reports with the line and a mark under a word.
import type { CommandResult } from "../shell/types.js";

export const FAMILIES = new Set(["ip", "ip6", "inet", "arp", "bridge", "netdev"]);
/** Words nft's scanner knows as keywords: an unexpected one is named, not called a string. */
const KEYWORDS = new Set([...FAMILIES, "table", "tables", "chain", "chains", "ruleset", "rule", "set", "sets", "map", "maps", "counter", "counters", "flowtable", "flowtables", "list", "flush", "delete", "handle"]);
/**
 * nft 1.0.6's keywords in every scanner state (each checked on the real nft as a set's name):
 * a table, chain or set named by one is a syntax error. Operators spelled as words are named
 * by their symbol.
 */
const NAME_KEYWORDS = new Map<string, string>([
  ...["vmap", "include", "define", "redefine", "undefine", "describe", "hook", "device", "devices", "element", "socket", "tproxy", "accept", "drop", "continue", "jump", "goto", "return", "add", "replace", "update", "create", "insert", "get", "reset", "rename", "import", "export", "monitor", "position", "index", "comment", "constant", "interval", "dynamic", "auto-merge", "timeout", "gc-interval", "elements", "expires", "policy", "size", "flow", "offload", "meter", "log", "queue", "limit", "quota", "hour", "day", "reject", "snat", "dnat", "masquerade", "redirect", "random", "th", "ether", "type", "typeof", "vlan", "ecn", "time", "icmp", "icmpv6", "igmp", "priority", "ah", "esp", "comp", "flags", "udp", "udplite", "tcp", "dccp", "sctp", "rt", "rt0", "rt2", "srh", "hbh", "frag", "dst", "mh", "meta", "mark", "iif", "iifname", "iiftype", "oif", "oifname", "oiftype", "skuid", "skgid", "nftrace", "rtclassid", "ibriport", "ibrname", "obriport", "obrname", "pkttype", "cpu", "iifgroup", "oifgroup", "cgroup", "ct", "numgen", "jhash", "symhash", "dup", "fwd", "fib", "osf", "synproxy", "notrack", "all", "exists", "missing", "exthdr", "ipsec", "secmark", "xt"].map((w): [string, string] => [w, w]),
  ["eq", "=="], ["ne", "!="], ["le", "<="], ["lt", "<"], ["ge", ">="], ["gt", ">"], ["lshift", "<<"], ["rshift", ">>"], ["xor", "^"], ["and", "&"], ["or", "'|'"], ["not", "!"],
]);
const keywordShown = (w: string) => NAME_KEYWORDS.get(w) ?? (KEYWORDS.has(w) ? w : undefined);
/** Keywords only while listing (list tables|chains|sets…): names elsewhere. */
const LIST_ONLY = new Set(["tables", "chains", "sets", "maps", "counters", "flowtables"]);
const nameKeyword = (w: string) => (LIST_ONLY.has(w) ? undefined : keywordShown(w));

export const fail = (stderr: string, rc = 1): CommandResult => ({ stdout: "", stderr, rc });

/** One command of nft's input (its arguments joined by spaces, or a file), split at ';' and newlines. */
export interface NftCommand {
  /** The whole input the command is part of. */
  text: string;
  /** -f: the file's name, which prefixes each error with FILE:LINE:FIRST-LAST. */
  file?: string;
  words: string[];
  /** Where each word starts in `text`. */
  starts: number[];
  /** Where the command ends in `text` (its ';', newline, or the end). */
  end: number;
  /** Made from a `table … { chain … { … } }` block: the kernel's errors mark the chain's name. */
  declared?: true;
}

/**
 * The input's commands. A '#' starts a comment; inside a { … } block ';' and newlines end a
 * statement of the block (a ";" word), not the command; a "quoted string" is one word, an
 * unclosed quote a word of its own (nft's scanner calls it junk).
 */
export function splitCommands(text: string, file?: string): NftCommand[] {
  const commands: NftCommand[] = [];
  const fresh = (): NftCommand => ({ text, ...(file !== undefined ? { file } : {}), words: [], starts: [], end: text.length });
  let current = fresh();
  let depth = 0;
  for (const m of text.matchAll(/#[^\n]*|\n|[{};]|"[^"\n]*"|"|[^\s{};#"]+/g)) {
    const word = m[0];
    if (word.startsWith("#")) continue;
    if ((word === ";" || word === "\n") && depth === 0) {
      current.end = m.index!;
      commands.push(current);
      current = fresh();
      continue;
    }
    if (word === "{") depth++;
    else if (word === "}") depth = Math.max(0, depth - 1);
    current.words.push(word === "\n" ? ";" : word);
    current.starts.push(m.index!);
  }
  commands.push(current);
  return commands.filter((c) => c.words.length > 0);
}

/** An error marked under `width` characters from `offset` (with -f, after FILE:LINE:FIRST-LAST:). */
export function errorAt(message: string, cmd: NftCommand, offset: number, width: number): string {
  const lineStart = cmd.text.lastIndexOf("\n", offset - 1) + 1;
  const newline = cmd.text.indexOf("\n", lineStart);
  const line = cmd.text.slice(lineStart, newline < 0 ? undefined : newline);
  const column = offset - lineStart;
  let where = "";
  if (cmd.file !== undefined) {
    const lineNo = cmd.text.slice(0, lineStart).split("\n").length;
    where = `${cmd.file}:${lineNo}:${column + 1}-${column + width}: `;
  }
  // (the mark keeps the line's tabs, so it lines up however they are shown)
  const pad = line.slice(0, column).replace(/[^\t]/g, " ");
  return `${where}Error: ${message}\n${line}\n${pad}${"^".repeat(width)}\n`;
}

/** The text of one of nft's errors: the message, the command's line and a mark under a word (or past the end). */
export function errorText(message: string, cmd: NftCommand, index: number): string {
  if (index >= cmd.words.length) return errorAt(message, cmd, cmd.end, 1);
  return errorAt(message, cmd, cmd.starts[index]!, Math.max(1, cmd.words[index]!.length));
}

/** An error marked under the whole command and one column more (how the kernel's EOPNOTSUPP shows). */
export function wholeCommandError(message: string, cmd: NftCommand): string {
  const start = cmd.starts[0]!;
  const last = cmd.words.length - 1;
  return errorAt(message, cmd, start, cmd.starts[last]! + cmd.words[last]!.length - start + 1);
}

/** An error of nft's parser: the message, the command line and a mark under the offending word. */
export function parseError(message: string, cmd: NftCommand, index: number): CommandResult {
  return fail(errorText(message, cmd, index));
}

/** How the parser names a word it did not expect. */
export const unexpected = (w: string) => keywordShown(w) ?? (isScannedNumber(w) ? "number" : "string");

/** Whether nft's scanner reads the word as a number: decimal digits that fit in 64 bits (else a string). */
export const isScannedNumber = (w: string | undefined): boolean => w !== undefined && /^[0-9]+$/.test(w) && BigInt(w) < 1n << 64n;

/** The words must end at `index`: one more is a syntax error. */
export function trailing(cmd: NftCommand, index: number): CommandResult | undefined {
  if (index >= cmd.words.length) return undefined;
  return parseError(`syntax error, unexpected ${unexpected(cmd.words[index]!)}, expecting end of file or newline or semicolon`, cmd, index);
}

/** A name the grammar needs next (a table's, a chain's, a set's); `expecting` as bison words it. */
export function missingName(cmd: NftCommand, index: number, expecting = "string"): CommandResult | undefined {
  return index < cmd.words.length ? undefined : parseError(`syntax error, unexpected newline, expecting ${expecting}`, cmd, index);
}

/**
 * The word at `index` must be a name: missing, or a keyword there, is a syntax error. After a
 * keyword the parser skips to the next ';' and reads on: each following statement of the
 * block that starts with a keyword (or is the closing '}') is an error of its own.
 */
export function nameWord(cmd: NftCommand, index: number, expecting = "string"): CommandResult | undefined {
  const missing = missingName(cmd, index, expecting);
  if (missing) return missing;
  const w = cmd.words;
  // (a list command keeps the scanner in its list state, where those words are keywords too)
  const shown = w[0] === "list" ? keywordShown(w[index]!) : nameKeyword(w[index]!);
  if (shown === undefined) return undefined;
  let text = errorText(`syntax error, unexpected ${shown}, expecting ${expecting}`, cmd, index);
  // (inside a file's table { … } block, the first '}' met closes that block)
  let enclosing = 0;
  for (const x of w.slice(0, index)) enclosing += x === "{" ? 1 : x === "}" ? -1 : 0;
  for (let i = w.indexOf(";", index); i >= 0 && i + 1 < w.length; i = w.indexOf(";", i + 1)) {
    const next = w[i + 1]!;
    if (next === ";") continue;
    if (next === "}" && enclosing > 0) {
      enclosing--;
      continue;
    }
    const named = next === "}" ? "'}'" : nameKeyword(next);
    if (named === undefined) break;
    text += errorText(`syntax error, unexpected ${named}`, cmd, i + 1);
  }
  return fail(text);
}
