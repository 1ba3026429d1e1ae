// iptables-restore-translate / ip6tables-restore-translate: read an iptables-save file (-f FILE
// only, never stdin) and print the nft commands that would build it, table by table, without
// touching any rule set. The file is read like iptables-restore reads it (table, chain and rule
// lines, [p:b] counters), but no COMMIT is needed and a rule line is translated as
// iptables-translate does it; commands the translator has no text for fail the line.
import type { CommandContext, CommandResult } from "../shell/types.js";
import { BUILTIN_CHAINS, isTableName } from "../netfilter/ruleset.js";
import type { TableName } from "../netfilter/types.js";
import { paramProblem, XtablesError } from "../netfilter/xtables-error.js";
import { Getopt, type LongOption } from "./getopt.js";
import { CMD } from "./options.js";
import { parseCommand, type ParseEnv } from "./parse.js";
import { dateOf, formatError, namesOf, VERSION, type Program } from "./program.js";
import { MAX_ARGC, newFgetsRead, nextFgetsLine, ruleLineCounters, splitRestoreLineInto } from "./restore-words.js";
import { helpText, translateRules } from "./translate.js";
import { protocolWarnings } from "./ip6-nft-quirks.js";
import { utf8Length } from "../netfilter/extensions/util/utf8.js";

const LONGS: LongOption<string>[] = [
  { name: "help", hasArg: 0, val: "h" },
  { name: "file", hasArg: 1, val: "f" },
  { name: "version", hasArg: 0, val: "V" },
];

/** Chain priorities as xtables-translate hard-codes them (security chains get 0: it compares the chain name). */
const PRIORITY: Partial<Record<TableName, Partial<Record<string, number>>>> = {
  nat: { PREROUTING: -100, INPUT: 100, OUTPUT: -100, POSTROUTING: 100 },
};
const TABLE_PRIORITY: Partial<Record<TableName, number>> = { mangle: -150, raw: -300 };

function usage(name: string): string {
  return (
    `${name} ${VERSION} (c) 2014 by Pablo Neira Ayuso <pablo@netfilter.org>\n` +
    `Usage: ${name} [-h] [-f <FILE>] [-V]\n\t[ --help ]\n\t[ --file=<FILE> ]\n\t[ --version ]\n`
  );
}

/** "add chain ip filter INPUT { type filter hook input priority 0; policy accept; }". */
function builtinChainLine(ip: string, table: TableName, chain: string, policy: string): string {
  const type = table === "nat" ? "nat" : table === "mangle" && chain === "OUTPUT" ? "route" : "filter";
  const prio = PRIORITY[table]?.[chain] ?? TABLE_PRIORITY[table] ?? 0;
  const verdict = policy === "ACCEPT" ? "policy accept; " : policy === "DROP" ? "policy drop; " : "";
  return `add chain ${ip} ${table} ${chain} { type ${type} hook ${chain.toLowerCase()} priority ${prio}; ${verdict}}\n`;
}

/** A line the translator cannot handle: "PROG: line N failed" (exit 1). */
class LineFailed extends Error {}

interface State {
  table: TableName | undefined;
  /**
   * Whether an earlier line was a -N (its checks leave errno at ENOENT, which "line N failed"
   * then prints; observed: jumps and other commands leave it alone).
   */
  errno: boolean;
  /** connlimit sets declared so far (their names count up through the whole file). */
  sets: number;
  /** ip6tables' parser warnings, printed as they come. */
  stderr: string;
}

/** The nft text for one rule line (argv as iptables-restore builds it), or LineFailed. */
function ruleLine(argv: string[], env: ParseEnv, state: State): { text: string; exit?: boolean } {
  const family = env.family ?? 4;
  const parsed = parseCommand(argv, env);
  if (parsed.command === CMD.NEW_CHAIN) state.errno = true;
  if (family === 6) state.stderr += protocolWarnings(argv, parsed);
  if (parsed.exitText !== undefined) return { text: parsed.exitText, exit: parsed.exitText !== "" };
  const ip = family === 6 ? "ip6" : "ip";
  const { table, chain } = parsed;
  const command = parsed.command;
  if (command === 0) return { text: "" };
  if (command === CMD.APPEND || command === CMD.INSERT) {
    // (libxtables' warnings, connlabel's missing map file, go to stderr as each rule is read)
    const warnings: string[] = [];
    const text = translateRules(argv, command === CMD.APPEND ? "add" : "insert", family, table, chain!, parsed.rules, warnings, state, env.names);
    state.stderr += warnings.map((w) => `${w}
`).join("");
    return { text };
  }
  if (command === CMD.FLUSH) return { text: chain === undefined ? `flush table ${ip} ${table}\n` : `flush chain ${ip} ${table} ${chain}\n` };
  // -L with -Z (or -Z N) too: the listing is all that gets translated
  if (command & CMD.LIST) return { text: `list table ${ip} ${table}\n` };
  if (command === CMD.NEW_CHAIN) return { text: `add chain ${ip} ${table} ${chain}\n` };
  if (command === CMD.DELETE_CHAIN) return { text: `delete chain ${ip} ${table} ${chain ?? "(null)"}\n` };
  throw new LineFailed();
}

/** Translates the whole file; stops at the first failing line like the real tool. */
function translateFile(text: string, prog: Program, ctx: CommandContext): CommandResult {
  const family = prog.family;
  const ip = family === 6 ? "ip6" : "ip";
  const env: ParseEnv = {
    versionName: prog.name,
    backendTag: `${VERSION} (nf_tables)`,
    restore: true,
    // only parsing: the checks iptables-nft makes while building the rule never run
    backend: "legacy",
    family,
    names: namesOf(ctx, family),
    helpText: helpText(prog.name, family),
  };
  const state: State = { table: undefined, errno: false, sets: 0, stderr: "" };
  let stdout = "";
  const read = newFgetsRead();
  for (let pos = 0, lineNo = 1; pos < text.length; pos = read.next, lineNo++) {
    nextFgetsLine(text, pos, read);
    const line = text.slice(pos, read.end);
    try {
      // (a line that was just a newline is empty; one cut at a NUL is a line still)
      if (read.eol === pos || line[0] === "#") continue;
      if (state.table && line.startsWith("COMMIT") && line.length === 6) {
        state.table = undefined;
        continue;
      }
      if (line[0] === "*") {
        const name = line.slice(1).split(/[ \t]+/).find((w) => w !== "");
        if (!name) throw paramProblem(`${prog.name}: line ${lineNo} table name invalid`);
        if (!isTableName(name)) throw paramProblem(`${prog.name}: line ${lineNo} table name '${name}' invalid`);
        state.table = name;
        stdout += `add table ${ip} ${name}\n`;
        continue;
      }
      if (!state.table) throw new LineFailed();
      if (line[0] === ":") {
        const [chain, policy] = line.slice(1).split(/[ \t]+/).filter((w) => w !== "");
        if (!chain) throw paramProblem(`${prog.name}: line ${lineNo} chain name invalid`);
        if (utf8Length(chain) >= 29) throw paramProblem(`chain name \`${chain}' too long (must be under 29 chars)`);
        if (!policy) throw paramProblem(`${prog.name}: line ${lineNo} policy invalid`);
        stdout += (BUILTIN_CHAINS[state.table] as string[]).includes(chain) ? builtinChainLine(ip, state.table, chain, policy) : `add chain ${ip} ${state.table} ${chain}\n`;
        continue;
      }
      // the counters are read (and checked) but, without -c, never used
      const { rest } = ruleLineCounters(line, lineNo);
      const argv = [prog.name, "-t", state.table];
      splitRestoreLineInto(rest, argv, 3, undefined, MAX_ARGC, read.heldNewline);
      const r = ruleLine(argv, env, state);
      stdout += r.text;
      if (r.exit) return { stdout, stderr: state.stderr, rc: 0 };
    } catch (err) {
      if (err instanceof LineFailed) {
        const reason = state.errno ? ": No chain/target/match by that name." : "";
        return { stdout, stderr: `${state.stderr}${prog.name}: line ${lineNo} failed${reason}\n`, rc: 1 };
      }
      if (err instanceof XtablesError) {
        // (the parser names restore programs "NAME-restore")
        const fixed = err.message.includes(`${prog.name}-restore`) ? new XtablesError(err.message.replace(`${prog.name}-restore`, prog.name), err) : err;
        const r = formatError(fixed, prog, lineNo);
        return { stdout, stderr: state.stderr + r.stderr, rc: r.rc };
      }
      throw err;
    }
  }
  return { stdout: `${stdout}# Completed on ${dateOf(ctx)}\n`, stderr: state.stderr, rc: 0 };
}

export function runRestoreTranslate(ctx: CommandContext): CommandResult {
  const argv0 = ctx.typedPath ?? ctx.argv[0] ?? "iptables-restore-translate";
  const family = (argv0.split("/").pop() ?? argv0).startsWith("ip6") ? 6 : 4;
  const prog: Program = { name: family === 6 ? "ip6tables-translate-restore" : "iptables-translate-restore", backend: "nft", family };
  // getopt "hf:V" with opterr off: unknown options and stray words are skipped silently
  const g = new Getopt<string>(ctx.argv, { h: 0, f: 1, V: 0 });
  let file: string | undefined;
  for (;;) {
    const r = g.next(LONGS);
    if (r.kind === "end") break;
    if (r.kind !== "option") continue;
    if (r.val === "h") return { stdout: "", stderr: usage(argv0), rc: 1 };
    if (r.val === "V") return { stdout: `${argv0} v${VERSION}\n`, stderr: "", rc: 0 };
    if (r.val === "f") file = r.optarg;
  }
  if (file === undefined) return { stdout: "", stderr: `ERROR: missing file name\n${usage(argv0)}`, rc: 1 };
  // a directory opens but reads as nothing
  const text = ctx.fs.isDir(file) ? "" : ctx.fs.readFile(file);
  if (text === undefined) return { stdout: "", stderr: `Cannot open file ${file}\n`, rc: 1 };
  const r = translateFile(text, prog, ctx);
  return { ...r, stdout: `# Translated by ${argv0} v${VERSION} on ${dateOf(ctx)}\n${r.stdout}` };
}
