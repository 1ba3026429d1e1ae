// The `nft` command (nftables 1.0.6) as far as it is emulated: its options, `nft list …`
// (ruleset, tables, chains, table, chain, and the empty sets/maps/flowtables/counters views)
// over iptables-nft's tables and nft's own (nft-native.ts), with nft's own syntax errors; and
// the edits, run as one transaction per line: flush/delete (nft-edit.ts), add/create table and
// chain (nft-add.ts), add/insert rule (nft-rule.ts), table blocks and -f files (nft-file.ts).
// How rules print is nft-list.ts.
import type { CommandContext, CommandResult, StderrPart } from "../shell/types.js";
import type { Namespace } from "../net/types.js";
import { Getopt, STEP_END, STEP_NONOPTION, STEP_OPTION, longOptions } from "./getopt.js";
import { ip6Ruleset } from "./ip6tables.js";
import { existingChains, tableBlock, warning, type ListFormat } from "./nft-list.js";
import { jsonListing, tableObject, tableObjects } from "./nft-json.js";
import { nativeChainJson, nativeTableJson, nativeTableText, nativeTables, type NativeTable } from "./nft-native.js";
import { nativeObjectsJson } from "./nft-native-json.js";
import type { Table } from "../netfilter/types.js";
import { nftTables, noteTableHandles, type NftFamily } from "./nft-table-handles.js";
import { namesOf, namespaceOf } from "./program.js";
import { editStep, parseEdit, runTransaction, type Step } from "./nft-edit.js";
import { addStep, parseAdd } from "./nft-add.js";
import { parseTableBlock, readNftFile } from "./nft-file.js";
import { expandDefines } from "./nft-define.js";
import { ruleStep } from "./nft-rule.js";
import { parseRule } from "./nft-rule-parse.js";
import { findSet, setJson, setText } from "./nft-sets.js";
import { isSetCommand, parseSetCommand, setStep } from "./nft-set-commands.js";
import { iptablesTableSets } from "./nft-foreign.js";
import { bridgeChainJson, bridgeChains, bridgeTableBlock, bridgeTables } from "../ebtables/nft-list.js";
import type { EbTable, EbTableName } from "../ebtables/types.js";
import { arpChainJson, arpNftChains, arpNftTable, arpTableBlock } from "../arptables/nft-list.js";
import type { ArpTable } from "../arptables/types.js";
import { FAMILIES, fail, missingName, nameWord, parseError, splitCommands, trailing, unexpected, type NftCommand } from "./nft-syntax.js";

const UNSUPPORTED = "nft: only 'nft list', 'flush', 'delete', 'add|create table|chain' and simple 'add|insert rule' are emulated (the rule set is changed with iptables here)\n";
const VERSION_TEXT = "nftables v1.0.6 (Lester Gooch #5)\n";
const LONG_VERSION_TEXT = `${VERSION_TEXT}  cli:\t\teditline\n  json:\t\tyes\n  minigmp:\tno\n  libxtables:\tyes\n`;

const HELP = `Usage: nft [ options ] [ cmds... ]

Options (general):
  -h, --help                      Show this help
  -v, --version                   Show version information
  -V                              Show extended version information

Options (ruleset input handling):
  -f, --file <filename>           Read input from <filename>
  -D, --define <name=value>       Define variable, e.g. --define foo=1.2.3.4
  -i, --interactive               Read input from interactive CLI
  -I, --includepath <directory>   Add <directory> to the paths searched for include files. Default is: /etc
  -c, --check                     Check commands validity without actually applying the changes.
  -o, --optimize                  Optimize ruleset

Options (ruleset list formatting):
  -a, --handle                    Output rule handle.
  -s, --stateless                 Omit stateful information of ruleset.
  -t, --terse                     Omit contents of sets.
  -S, --service                   Translate ports to service names as described in /etc/services.
  -N, --reversedns                Translate IP addresses to names.
  -u, --guid                      Print UID/GID as defined in /etc/passwd and /etc/group.
  -n, --numeric                   Print fully numerical output.
  -y, --numeric-priority          Print chain priority numerically.
  -p, --numeric-protocol          Print layer 4 protocols numerically.
  -T, --numeric-time              Print time values numerically.

Options (command output formatting):
  -e, --echo                      Echo what has been added, inserted or replaced.
  -j, --json                      Format output in JSON
  -d, --debug <level [,level...]> Specify debugging level (scanner, parser, eval, netlink, mnl, proto-ctx, segtree, all)

`;

const SHORTS = { h: 0, v: 0, V: 0, c: 0, f: 1, i: 0, I: 1, j: 0, n: 0, s: 0, N: 0, S: 0, a: 0, e: 0, u: 0, y: 0, p: 0, T: 0, t: 0, d: 1, D: 1, o: 0 } as const;
const LONGS = longOptions([
  ["help", 0, "h"], ["version", 0, "v"], ["check", 0, "c"], ["file", 1, "f"], ["interactive", 0, "i"], ["includepath", 1, "I"],
  ["json", 0, "j"], ["numeric", 0, "n"], ["stateless", 0, "s"], ["reversedns", 0, "N"], ["service", 0, "S"], ["handle", 0, "a"],
  ["echo", 0, "e"], ["guid", 0, "u"], ["numeric-priority", 0, "y"], ["numeric-protocol", 0, "p"], ["numeric-time", 0, "T"],
  ["terse", 0, "t"], ["debug", 1, "d"], ["define", 1, "D"], ["optimize", 0, "o"],
] as [string, 0 | 1, string][]);


/**
 * nft refuses an option after the first command word, before getopt runs: it prints every
 * argument to stderr and marks the option's place under them on stdout.
 */
function optionAfterCommand(argv: string[]): CommandResult | undefined {
  let pos = 0;
  let skip = false;
  let command = false;
  for (let i = 1; i < argv.length; i++) {
    pos += argv[i - 1]!.length + 1;
    const arg = argv[i]!;
    if (arg.startsWith("{")) break;
    if (skip) skip = false;
    else if (arg.startsWith("-")) {
      if (command) {
        const stderr = `Error: syntax error, options must be specified before commands\n${argv.map((a) => `${a} `).join("")}`;
        return { stdout: `\n   ^${"~~".padStart(pos - 2)}\n`, stderr, rc: 1, stderrParts: [{ at: 0, text: stderr }] };
      }
      skip = /^-[dIf]/.test(arg) || arg === "--debug" || arg === "--includepath" || arg === "--file";
    } else command = true;
  }
  return undefined;
}

function list(cmd: NftCommand, ns: Namespace, fmt: ListFormat): CommandResult {
  const words = cmd.words;
  const what = words[1];
  if (what === undefined) return parseError("syntax error, unexpected newline", cmd, 1);
  const noted = noteTableHandles(ns);
  const tableHandle = (family: NftFamily, name: string) => noted.seen.get(`${family} ${name}`)?.handle;
  const handleOf = (family: NftFamily, name: string) => (fmt.handles ? tableHandle(family, name) : undefined);
  // (in the kernel's order: by handle, which it gives as it creates a table)
  const all = nftTables(ns).sort((a, b) => (tableHandle(a.family, a.t.name) ?? 0) - (tableHandle(b.family, b.t.name) ?? 0));
  // `list ruleset|tables|chains|sets|… [FAMILY]`
  const familyArg = (i: number) => (words[i] !== undefined && FAMILIES.has(words[i]!) ? words[i] : undefined);
  const inFamily = (family: string | undefined) => all.filter((x) => family === undefined || x.family === family);
  // nft's own tables (nft-native.ts), placed among iptables' by handle
  const natives = nativeTables(ns);
  const nativesIn = (family: string | undefined) => natives.filter((t) => family === undefined || t.family === family);
  type Listed = { family: NftFamily; t: Table } | { native: NativeTable } | { bridge: EbTableName; eb: EbTable } | { arp: ArpTable };
  // ebtables' and arptables' tables take their handles from the same counter (made)
  const handleOfListed = (x: Listed) => ("native" in x ? x.native.handle : "t" in x ? (tableHandle(x.family, x.t.name) ?? 0) : "eb" in x ? (x.eb.made ?? 0) : (x.arp.made ?? 0));
  const tableLine = (x: Listed) =>
    "native" in x ? `table ${x.native.family} ${x.native.name}\n` : "eb" in x ? `table bridge ${x.bridge}\n` : "arp" in x ? "table arp filter\n" : `table ${x.family} ${x.t.name}\n`;
  const merged = (family: string | undefined): Listed[] => {
    const out: Listed[] = [...inFamily(family), ...nativesIn(family).map((n) => ({ native: n }))];
    if (family === undefined || family === "bridge") for (const { name, table } of bridgeTables(ns)) out.push({ bridge: name, eb: table });
    const arp = family === undefined || family === "arp" ? arpNftTable(ns) : undefined;
    if (arp) out.push({ arp });
    return out.sort((a, b) => handleOfListed(a) - handleOfListed(b));
  };
  switch (what) {
    case "hooks": {
      // (nft 1.0.6 lists nothing here, whatever is hooked: checked on the oracle)
      let i = familyArg(2) ? 3 : 2;
      if (words[i] === "device") {
        const bad = missingName(cmd, i + 1);
        if (bad) return bad;
        i += 2;
      }
      return trailing(cmd, i) ?? { stdout: "", stderr: "", rc: 0 };
    }
    case "ruleset":
    case "tables":
    case "chains": {
      const family = familyArg(2);
      const bad = trailing(cmd, family ? 3 : 2);
      if (bad) return bad;
      const tables = merged(family);
      if (fmt.json) {
        // (ebtables' and arptables' chains and rules are not emulated in JSON)
        const objects = tables.flatMap((x) => {
          if ("eb" in x || "arp" in x) {
            if (what === "tables") return [tableObject("eb" in x ? "bridge" : "arp", "eb" in x ? x.bridge : "filter", handleOfListed(x))];
            if (what !== "chains") return [];
            return "arp" in x ? arpNftChains(x.arp).map(arpChainJson) : bridgeChains(x.eb).map((c) => bridgeChainJson(x.bridge, c));
          }
          if ("native" in x) {
            const n = x.native;
            return what === "tables" ? [nativeTableJson(n)] : nativeObjectsJson(n, n.chains, fmt, { table: what === "ruleset", sets: what === "ruleset", rules: what === "ruleset" });
          }
          const { family: f, t } = x;
          return what === "tables" ? [tableObject(f, t.name, tableHandle(f, t.name))] : tableObjects(t, f, existingChains(t), { table: what === "ruleset" ? tableHandle(f, t.name) : undefined, rules: what === "ruleset" }, fmt);
        });
        return { stdout: jsonListing(objects), stderr: "", rc: 0 };
      }
      if (what === "tables") return { stdout: tables.map(tableLine).join(""), stderr: "", rc: 0 };
      const rules = what === "ruleset";
      let stdout = "";
      // each table's warning is written just before its text (2>&1 shows it there)
      const stderrParts: StderrPart[] = [];
      for (const x of tables) {
        if ("eb" in x || "arp" in x) {
          const block = "eb" in x ? bridgeTableBlock(x.bridge, bridgeChains(x.eb), rules, fmt, rules ? x.eb.made : undefined) : arpTableBlock(arpNftChains(x.arp), rules, fmt, rules ? x.arp.made : undefined);
          if (block.compat && rules) stderrParts.push({ at: Buffer.byteLength(stdout), text: warning("eb" in x ? "bridge" : "arp", "eb" in x ? x.bridge : "filter") });
          stdout += block.text;
          continue;
        }
        if ("native" in x) {
          stdout += nativeTableText(x.native, x.native.chains, rules, fmt, rules, rules);
          continue;
        }
        const { family: f, t } = x;
        const block = tableBlock(t, f, existingChains(t), rules, rules ? "\n" : "", fmt, rules ? handleOf(f, t.name) : undefined, rules ? iptSetTexts(t, fmt) : []);
        const at = Buffer.byteLength(stdout);
        if (block.compat) stderrParts.push({ at, text: warning(f, t.name) });
        for (const e of block.errors) stderrParts.push({ at: at + e.at, text: e.text });
        stdout += block.text;
      }
      return { stdout, stderr: stderrParts.map((p) => p.text).join(""), rc: 0, stderrParts };
    }
    case "sets":
    case "maps":
    case "flowtables":
    case "counters":
    case "quotas":
    case "limits": {
      // iptables-nft makes none of these: each table shows empty (named counters, quotas and
      // limits not even that)
      let tables = merged(familyArg(2));
      let end = familyArg(2) ? 3 : 2;
      // `list sets|counters table [FAMILY] NAME`: the table must exist; its family is listed
      if (words[2] === "table" && (what === "sets" || what === "counters")) {
        const family = familyArg(3) ?? "ip";
        const i = familyArg(3) ? 4 : 3;
        const bad = missingName(cmd, i) ?? trailing(cmd, i + 1);
        if (bad) return bad;
        const named = merged(undefined).map((x) =>
          "native" in x ? { family: x.native.family, name: x.native.name } : "eb" in x ? { family: "bridge", name: x.bridge } : "arp" in x ? { family: "arp", name: "filter" } : { family: x.family, name: x.t.name },
        );
        if (!named.some((x) => x.family === family && x.name === words[i])) {
          const elsewhere = named.find((x) => x.name === words[i]);
          const hint = elsewhere ? `; did you mean table ‘${elsewhere.name}’ in family ${elsewhere.family}?` : "";
          return parseError(`No such file or directory${hint}`, cmd, i);
        }
        tables = merged(family);
        end = words.length;
      }
      const bad = trailing(cmd, end);
      if (bad) return bad;
      const setsIn = (x: Listed) => ("native" in x ? x.native.sets : "t" in x ? iptablesTableSets(x.t) : undefined) ?? [];
      const listedSets = (x: Listed) => (what === "sets" || what === "maps" ? setsIn(x).filter((s) => !!s.vmap === (what === "maps")) : []);
      if (fmt.json) {
        const nameOf = (x: Listed) => ("native" in x ? [x.native.family, x.native.name] : "t" in x ? [x.family, x.t.name] : ["", ""]);
        return { stdout: jsonListing(tables.flatMap((x) => listedSets(x).map((s) => setJson(nameOf(x)[0]!, nameOf(x)[1]!, s)))), stderr: "", rc: 0 };
      }
      if (what === "counters" || what === "quotas" || what === "limits") return { stdout: "", stderr: "", rc: 0 };
      // (nft's own tables list their named sets, one after another)
      const setsOf = (x: Listed) => listedSets(x).map((s) => setText(s, fmt)).join("");
      return { stdout: tables.map((x) => tableLine(x).replace("\n", ` {\n${setsOf(x)}}\n`)).join(""), stderr: "", rc: 0 };
    }
    case "table":
    case "chain":
    case "set":
    case "map":
    case "flowtable":
    case "counter": {
      const family = familyArg(2) ?? "ip";
      let i = familyArg(2) ? 3 : 2;
      const tableAt = i;
      const objectAt = what === "table" ? undefined : ++i;
      const bad = nameWord(cmd, tableAt) ?? (objectAt !== undefined ? nameWord(cmd, objectAt) : undefined) ?? trailing(cmd, i + 1);
      if (bad) return bad;
      const bridge = family === "bridge" ? bridgeTables(ns).find((x) => x.name === words[tableAt]) : undefined;
      if (bridge && !fmt.json && (what === "table" || what === "chain")) return listBridge(bridge.name, bridge.table, what, words[objectAt ?? -1], cmd, objectAt, fmt);
      const arp = family === "arp" && words[tableAt] === "filter" ? arpNftTable(ns) : undefined;
      if (arp && !fmt.json && (what === "table" || what === "chain")) return listArp(arp, what, words[objectAt ?? -1], cmd, objectAt, fmt);
      // (ebtables and arptables make no sets, maps, flowtables or named counters)
      if ((bridge || arp) && what !== "table" && what !== "chain") return parseError("No such file or directory", cmd, objectAt!);
      const found = all.find((x) => x.family === family && x.t.name === words[tableAt]);
      const native = found ? undefined : natives.find((n) => n.family === family && n.name === words[tableAt]);
      if (native) return listNative(native, what, objectAt === undefined ? undefined : words[objectAt], cmd, objectAt, fmt);
      if (!found) return parseError("No such file or directory", cmd, tableAt);
      const t = found.t;
      const named = what === "set" || what === "map" ? findSet(iptablesTableSets(t), words[objectAt!]!) : undefined;
      if (named && !!named.vmap === (what === "map")) {
        if (fmt.json) return { stdout: jsonListing([setJson(found.family, t.name, named)]), stderr: "", rc: 0 };
        return { stdout: `table ${found.family} ${t.name} {\n${setText(named, fmt)}}\n`, stderr: "", rc: 0 };
      }
      const chains = what === "chain" ? existingChains(t).filter((c) => c.name === words[objectAt!]) : existingChains(t);
      // (iptables-nft makes no sets, maps, flowtables or named counters)
      if (what !== "table" && (what !== "chain" || chains.length === 0)) return parseError("No such file or directory", cmd, objectAt!);
      if (fmt.json) {
        const objects = tableObjects(t, found.family, chains, { table: what === "table" ? tableHandle(found.family, t.name) : undefined, rules: true }, fmt);
        return { stdout: jsonListing(objects), stderr: "", rc: 0 };
      }
      const block = tableBlock(t, found.family, chains, true, "\n", fmt, what === "table" ? handleOf(found.family, t.name) : undefined, what === "table" ? iptSetTexts(t, fmt) : []);
      const stderrParts: StderrPart[] = [{ at: 0, text: block.compat ? warning(found.family, t.name) : "" }, ...block.errors];
      return { stdout: block.text, stderr: stderrParts.map((p) => p.text).join(""), rc: 0, stderrParts };
    }
  }
  // (a keyword nft's grammar has no list for, such as "hook", is named)
  return parseError(`syntax error, unexpected ${unexpected(what)}`, cmd, 1);
}

/** The named sets nft made in one of iptables-nft's tables, as listed. */
function iptSetTexts(t: Table, fmt: ListFormat): string[] {
  return (iptablesTableSets(t) ?? []).map((s) => setText(s, fmt));
}

/** `list table|chain|set|…` of one of nft's own tables (which holds chains only). */
function listNative(t: NativeTable, what: string, object: string | undefined, cmd: NftCommand, objectAt: number | undefined, fmt: ListFormat): CommandResult {
  if (what === "set" || what === "map") {
    const set = findSet(t.sets, object!);
    if (!set || !!set.vmap !== (what === "map")) return parseError("No such file or directory", cmd, objectAt!);
    if (fmt.json) return { stdout: jsonListing([setJson(t.family, t.name, set)]), stderr: "", rc: 0 };
    return { stdout: `table ${t.family} ${t.name} {\n${setText(set, fmt)}}\n`, stderr: "", rc: 0 };
  }
  const chains = what === "chain" ? t.chains.filter((c) => c.name === object) : t.chains;
  if (what !== "table" && (what !== "chain" || chains.length === 0)) return parseError("No such file or directory", cmd, objectAt!);
  if (fmt.json) {
    const objects = nativeObjectsJson(t, chains, fmt, { table: what === "table", sets: what === "table", rules: true });
    return { stdout: jsonListing(objects), stderr: "", rc: 0 };
  }
  // (list chain shows the chain alone, without the table's sets)
  const shown = what === "table" ? t : { ...t, sets: [] };
  return { stdout: nativeTableText(shown, chains, true, fmt, what === "table"), stderr: "", rc: 0 };
}

/** `list table|chain bridge …` of one of ebtables' tables. */
function listBridge(name: EbTableName, table: EbTable, what: string, object: string | undefined, cmd: NftCommand, objectAt: number | undefined, fmt: ListFormat): CommandResult {
  const chains = bridgeChains(table).filter((c) => what === "table" || c.name === object);
  if (what === "chain" && chains.length === 0) return parseError("No such file or directory", cmd, objectAt!);
  const block = bridgeTableBlock(name, chains, true, fmt, what === "table" ? table.made : undefined);
  const stderr = block.compat ? warning("bridge", name) : "";
  return { stdout: block.text, stderr, rc: 0, stderrParts: [{ at: 0, text: stderr }] };
}

/** `list table|chain arp filter …` of arptables' table. */
function listArp(table: ArpTable, what: string, object: string | undefined, cmd: NftCommand, objectAt: number | undefined, fmt: ListFormat): CommandResult {
  const chains = arpNftChains(table).filter((c) => what === "table" || c.name === object);
  if (what === "chain" && chains.length === 0) return parseError("No such file or directory", cmd, objectAt!);
  const block = arpTableBlock(chains, true, fmt, what === "table" ? table.made : undefined);
  const stderr = block.compat ? warning("arp", "filter") : "";
  return { stdout: block.text, stderr, rc: 0, stderrParts: [{ at: 0, text: stderr }] };
}

/** The output of several commands, one after the other (stderr kept where it fell). */
function joinResults(results: CommandResult[]): CommandResult {
  if (results.length === 1) return results[0]!;
  let stdout = "";
  const stderrParts: StderrPart[] = [];
  for (const r of results) {
    const at = Buffer.byteLength(stdout);
    for (const p of r.stderrParts ?? [{ at: 0, text: r.stderr }]) if (p.text) stderrParts.push({ at: at + p.at, text: p.text });
    stdout += r.stdout;
  }
  return { stdout, stderr: stderrParts.map((p) => p.text).join(""), rc: 0, stderrParts };
}

export function runNft(ctx: CommandContext): CommandResult {
  const argv = ctx.argv;
  const misplaced = optionAfterCommand(argv);
  if (misplaced) return misplaced;
  const fmt: ListFormat = { xtFamilies: new Map() };
  const g = new Getopt<string>(argv, SHORTS);
  let words: string[] = [];
  let check = false;
  let file: string | undefined;
  for (;;) {
    const step = g.step(LONGS);
    if (step === STEP_END) {
      words = argv.slice(g.optind);
      break;
    }
    if (step === STEP_NONOPTION) {
      words = argv.slice(g.optind - 1);
      break;
    }
    if (step !== STEP_OPTION) return fail(`${argv[0]}: ${g.failure}\n`);
    switch (g.val) {
      case "h":
        return { stdout: HELP, stderr: "", rc: 0 };
      case "v":
        return { stdout: VERSION_TEXT, stderr: "", rc: 0 };
      case "V":
        return { stdout: LONG_VERSION_TEXT, stderr: "", rc: 0 };
      case "f":
        file = g.optarg!;
        break;
      case "i":
        return fail(UNSUPPORTED);
      case "c":
        check = true;
        break;
      case "a":
        fmt.handles = true;
        break;
      case "s":
        fmt.stateless = true;
        break;
      case "n":
        fmt.numericPriority = fmt.numericProto = fmt.numericSymbols = true;
        break;
      case "y":
        fmt.numericPriority = true;
        break;
      case "p":
        fmt.numericProto = true;
        break;
      case "t":
        fmt.terse = true;
        break;
      case "S":
        fmt.services = true;
        break;
      case "j":
        fmt.json = true;
        break;
      case "N": {
        const names = namesOf(ctx);
        fmt.hostName = (addr) => names.hostByAddr(addr);
        break;
      }
    }
  }
  if (file !== undefined) {
    const text = readNftFile(ctx, file);
    if (typeof text !== "string") return text;
    const ns = namespaceOf(ctx);
    if (!ns) return fail("Error: Could not process rule: No such file or directory\n");
    return runCommands(splitCommands(text, file === "-" ? "/dev/stdin" : file), ns, fmt, check, ctx);
  }
  if (words.length === 0) return fail(`nft: no command specified\n`);
  const ns = namespaceOf(ctx);
  if (!ns) return fail("Error: Could not process rule: No such file or directory\n");
  // (nft reads its arguments as one line: "nft 'list ruleset; list tables'" is two commands)
  return runCommands(splitCommands(words.join(" ")), ns, fmt, check, ctx);
}

/** A line's commands: parsed first (a syntax error stops all), then run in order, edits together as one transaction. */
function runCommands(given: NftCommand[], ns: Namespace, fmt: ListFormat, check: boolean, ctx: CommandContext): CommandResult {
  const commands = expandDefines(given);
  if (!Array.isArray(commands)) return commands;
  const parsed: NftCommand[] = [];
  const steps: Step[] = [];
  for (const cmd of commands) {
    const verb = cmd.words[0];
    // (the scanner turns an unclosed quote into junk, which ends the parse there)
    const junk = cmd.words.indexOf('"');
    if (junk >= 0) return parseError("syntax error, unexpected junk", cmd, junk);
    if (verb === "{" || verb === "}") return parseError(`syntax error, unexpected '${verb}'`, cmd, 0);
    if (isSetCommand(cmd)) {
      const set = parseSetCommand(cmd);
      if (!("cmd" in set)) return set;
      steps.push(setStep(set));
    } else if (verb === "flush" || verb === "delete") {
      const edit = parseEdit(cmd);
      if (!("cmd" in edit)) return edit;
      steps.push(editStep(edit));
    } else if ((verb === "add" || verb === "insert") && cmd.words[1] === "rule") {
      const rule = parseRule(cmd, (family) => namesOf(ctx, family));
      if (!("cmd" in rule)) return rule;
      steps.push(ruleStep(rule));
    } else if (verb === "add" || verb === "create") {
      const add = parseAdd(cmd);
      if (!("cmd" in add)) return add;
      steps.push(addStep(add));
    } else if (verb === "table") {
      const adds = parseTableBlock(cmd, (family) => namesOf(ctx, family));
      if (!Array.isArray(adds)) return adds;
      steps.push(...adds.map((a) => ("insert" in a ? ruleStep(a) : "nameAt" in a ? setStep(a) : addStep(a))));
    } else if (verb === "-") return parseError("syntax error, unexpected -", cmd, 0);
    else if (verb !== "list") return fail(UNSUPPORTED);
    else parsed.push(cmd);
  }
  if (steps.length) {
    const done = runTransaction(steps, ns, check);
    if (done.rc !== 0) return done;
  }
  const results: CommandResult[] = [];
  for (const p of parsed) {
    const result = list(p, ns, fmt);
    // (a command that fails stops the lot before anything is listed)
    if (result.rc !== 0) return result;
    results.push(result);
  }
  return results.length ? joinResults(results) : { stdout: "", stderr: "", rc: 0 };
}
