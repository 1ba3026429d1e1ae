// ebtables-translate (iptables 1.8.9): an ebtables command line written as the nft command that
// would do the same, touching no rule set. Its parser is a copy of an older ebtables one: it
// prints "nft " before reading anything, prints -N, -X, -L and -F as soon as it meets them (-X and
// -F take no chain there, so one given is a "Bad argument" after the printed line), and
// translates only -A and -I. A rule with a match or target that has no translation is echoed
// after "# " with "Translation not implemented" (exit 1).
import type { CommandContext, CommandResult } from "../shell/types.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { UnknownArgument, parseEbCommand } from "./parse.js";
import { extensionText, ifaceText, targetExtensionText } from "./nft-list.js";
import type { EbIface, EbMac, EbRule } from "./types.js";
import { macText } from "../netfilter/mac.js";

const PROGRAM = "ebtables-translate";
const VERSION_LINE = `${PROGRAM} 1.8.9 (nf_tables)\n`;
const HELP =
  `${PROGRAM}: Translate ebtables command to nft syntax\n` +
  "no side effects occur, the translated command is written to standard output.\n" +
  "A '#' followed by input means no translation is available.\n";
const NOT_IMPLEMENTED = "Translation not implemented\n";

/** The matches and watchers whose libebt_* module has an xlate function. */
const TRANSLATED = new Set(["ip", "ip6", "limit", "log", "nflog", "pkttype", "mark", "vlan"]);
/** Matches whose translation already tests the Ethernet type: -p then prints nothing. */
const IMPLY_PROTO = new Set(["ip", "ip6", "vlan"]);
const VERDICTS = new Map([["ACCEPT", "accept"], ["DROP", "drop"], ["RETURN", "return"]]);

/** Options whose argument is the next word. */
const TAKES_ARGUMENT = new Set(["-t", "--table", "-j", "--jump", "-i", "-o", "-p", "-s", "-d", "-c", "-M"]);

/** Options without an argument that may follow -L, -N, -X or -F (-N CHAIN -P takes the policy as a stray word). */
const FLAGS = new Set(["-P", "--policy", "-Z", "--zero", "--Lc", "--Ln", "--Lx", "--Lmac2", "-v", "--verbose", "--concurrent"]);

type Command = "A" | "I" | "D" | "C" | "P" | "N" | "E" | "X" | "L" | "F" | "Z" | "V" | "h";

/** Each command option's short and long spellings. */
const COMMAND_WORDS: [Command, string, string][] = [
  ["A", "-A", "--append"], ["I", "-I", "--insert"], ["D", "-D", "--delete"], ["C", "-C", "--change-counters"],
  ["P", "-P", "--policy"], ["N", "-N", "--new-chain"], ["E", "-E", "--rename-chain"], ["X", "-X", "--delete-chain"],
  ["L", "-L", "--list"], ["F", "-F", "--flush"], ["Z", "-Z", "--zero"], ["V", "-V", "--version"], ["h", "-h", "--help"],
];

function commandAt(word: string): Command | undefined {
  return COMMAND_WORDS.find(([, short, long]) => word === short || word === long)?.[0];
}

function failure(stdout: string, e: XtablesError): CommandResult {
  if (e instanceof UnknownArgument) e = paramProblem(`Unknown argument: '${e.option}'`);
  const tryHelp = e.tryHelp ? `Try \`${PROGRAM} -h' or '${PROGRAM} --help' for more information.\n` : "";
  return { stdout, stderr: `${PROGRAM} v1.8.9 (nf_tables): ${e.message}\n${tryHelp}`, rc: e.rc };
}

/** An interface as xlate_ifname writes it: a bare "+" matches every name and is left out. */
function ifaceWord(key: string, i: EbIface | undefined): string[] {
  if (!i || (i.name === "+" && !i.invert)) return [];
  return [ifaceText(key, i)];
}

/** A MAC as xlate_mac writes it: any mask but all ones as an explicit "and" (nft's listing uses a prefix). */
function macWord(field: "saddr" | "daddr", m: EbMac): string {
  const addr = macText(m.mac);
  if (m.mask.every((b) => b === 0xff)) return `ether ${field} ${m.invert ? "!= " : ""}${addr}`;
  // (xlate_mac puts the inversion before the "and": nft reads that as a compare of the masked address)
  return `ether ${field} ${m.invert ? "!= " : ""}and ${macText(m.mask)} == ${addr}`;
}

/** A match's or watcher's translation; limit's xlate always names the burst (nft's listing leaves out 5). */
function matchWord(r: EbRule, name: string): string | undefined {
  const text = extensionText(r, name, {});
  return name === "limit" && r.limit?.burst === 5 ? `${text} burst 5 packets` : text;
}

/**
 * The rule's nft statements, or undefined when a match or its target has no translation.
 * `jumps`: a -j was given (without one the rule ends at its counter; -j CONTINUE, a name no
 * verdict has, becomes a jump).
 */
export function translateRule(r: EbRule, jumps: boolean): string | undefined {
  const extensions = r.extensions ?? [];
  if (extensions.some((name) => !TRANSLATED.has(name))) return undefined;
  const t = r.targetExt;
  if (t?.snatArp) return undefined;
  const parts = [...ifaceWord("iifname", r.in), ...ifaceWord("meta ibrname", r.logicalIn), ...ifaceWord("oifname", r.out), ...ifaceWord("meta obrname", r.logicalOut)];
  if (r.proto && !extensions.some((name) => IMPLY_PROTO.has(name))) {
    const p = r.proto;
    if (p.value === "LENGTH") parts.push(`ether type ${p.invert ? ">=" : "<"} 0x0600`);
    else parts.push(`ether type ${p.invert ? "!= " : ""}0x${p.value.toString(16)}`);
  }
  if (r.src) parts.push(macWord("saddr", r.src));
  if (r.dst) parts.push(macWord("daddr", r.dst));
  for (const name of extensions) {
    const text = matchWord(r, name);
    if (text) parts.push(text);
  }
  parts.push("counter");
  if (t) parts.push(targetExtensionText(t));
  // (-j LOG finds libxt_LOG, whose translation is nft's log statement)
  else if (jumps) parts.push(VERDICTS.get(r.target) ?? (r.target === "LOG" ? "log" : `jump ${r.target}`));
  return parts.join(" ");
}

/** Options whose argument is a MAC address (and optional mask). */
const MAC_OPTIONS = new Set(["-s", "--source", "--src", "-d", "--destination", "--dst", "--arp-mac-src", "--arp-mac-dst"]);

/** The words as print_ebt_cmd echoes them: reading a MAC's mask cut its word at the "/" in place. */
function echoed(argv: string[]): string[] {
  const words = argv.slice(1);
  for (let k = 0; k < words.length; k++) {
    if (!MAC_OPTIONS.has(words[k]!)) continue;
    const at = words[k + 1] === "!" ? k + 2 : k + 1;
    if (words[at] !== undefined) words[at] = words[at]!.split("/")[0]!;
  }
  return words;
}

/** -A and -I: the whole line is parsed as ebtables parses it, then translated. */
function translateAdd(argv: string[], table: string): CommandResult {
  let parsed;
  try {
    // (any table name goes: this parser does not look the table up)
    parsed = parseEbCommand(
      argv.map((w, k) => (k > 0 && (argv[k - 1] === "-t" || argv[k - 1] === "--table") ? "filter" : w)),
      false,
      true,
    );
  } catch (e) {
    if (e instanceof XtablesError) return failure("nft ", e);
    throw e;
  }
  const text = translateRule(parsed.rule, argv.some((w, k) => k > 0 && (w === "--jump" || w.startsWith("-j"))));
  if (text === undefined) return { stdout: `nft ' # ${echoed(argv).join(" ")} \n`, stderr: NOT_IMPLEMENTED, rc: 1 };
  const verb = parsed.command === "I" ? "insert" : "add";
  return { stdout: `nft '${verb} rule bridge ${table} ${parsed.chain} ${text}'\n`, stderr: "", rc: 0 };
}

export function runEbtablesTranslate(ctx: CommandContext): CommandResult {
  const argv = ctx.argv;
  let table = "filter";
  let i = 1;
  // -t before the command (the parser wants it first)
  while (i < argv.length && (argv[i] === "-t" || argv[i] === "--table")) {
    table = argv[i + 1] ?? table;
    i += 2;
  }
  const command = i < argv.length ? commandAt(argv[i]!) : undefined;
  if (command === "A" || command === "I" || command === "D" || command === "C") {
    // (this parser, unlike ebtables', takes -t only before the command)
    if (argv.slice(i + 1).some((w) => w === "-t" || w === "--table")) return failure("nft ", paramProblem("Please put the -t option first"));
    if (command === "A" || command === "I") return translateAdd(argv, table);
    try {
      parseEbCommand(argv);
    } catch (e) {
      if (e instanceof XtablesError) return failure("nft ", e);
      throw e;
    }
    return { stdout: "nft ", stderr: NOT_IMPLEMENTED, rc: 1 };
  }
  if (command === "V") return { stdout: `nft ${VERSION_LINE}`, stderr: "", rc: 0 };
  if (command === "h") return { stdout: "nft ", stderr: HELP, rc: 0 };
  const chain = argv[i + 1];
  /** The first word after the command's own that is neither an option nor an option's argument: getopt hands it over alone. */
  const stray = (from: number): CommandResult | undefined => {
    for (let k = from; k < argv.length; k++) {
      const w = argv[k]!;
      if (TAKES_ARGUMENT.has(w)) k++;
      else if (w === "!") continue;
      else if (!w.startsWith("-")) return failure("", paramProblem(`Bad argument : '${w}'`));
      else if (!FLAGS.has(w)) return failure("", paramProblem(`Unknown argument: '${w}'`));
    }
    return undefined;
  };
  const printed = (line: string, from: number): CommandResult => {
    const bad = stray(from);
    return bad ? { ...bad, stdout: `nft ${line}` } : { stdout: `nft ${line}`, stderr: "", rc: 0 };
  };
  switch (command) {
    case "N":
      if (chain === undefined) return failure("nft ", paramProblem(`Unknown argument: '${argv[i]}'`));
      return printed(`add chain bridge ${table} ${chain}\n`, i + 2);
    case "X":
      return printed(`delete chain bridge ${table} (null)\n`, i + 1);
    case "L": {
      // (-L is not counted as the command here, so its own options find none)
      const listOption = argv.slice(i + 1).find((w) => ["--Lc", "--Ln", "--Lx", "--Lmac2"].includes(w));
      if (listOption) return { ...failure("", paramProblem(`Use ${listOption} with -L`)), stdout: `nft list table bridge ${table}\n` };
      return printed(`list table bridge ${table}\n`, i + 1);
    }
    case "F":
      return printed(`flush table bridge ${table}\n`, i + 1);
    case "P":
    case "E": {
      if (chain === undefined) return failure("nft ", paramProblem(`Unknown argument: '${argv[i]}'`));
      const bad = stray(i + 2);
      return bad ? { ...bad, stdout: "nft " } : { stdout: "nft ", stderr: NOT_IMPLEMENTED, rc: 1 };
    }
    default:
      return { stdout: "nft ", stderr: NOT_IMPLEMENTED, rc: 1 };
  }
}
