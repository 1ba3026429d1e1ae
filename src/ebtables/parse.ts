// ebtables-nft 1.8.9's command line (do_commandeb): getopt_long over "-:A:C:D:E:F::I:L::..."
// with the extensions' options merged in, "!" taken from the next word, and its own wording
// for every mistake. Parsing only: command.ts applies the result; matches.ts, arp.ts,
// limit.ts and targets.ts read the extensions' options.
import { Getopt, longOptions } from "../iptables/getopt.js";
import { parseInterface } from "../iptables/address.js";
import { strtoul } from "../netfilter/extensions/util/strtoul.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { ethertypeByName } from "./ethertypes.js";
import { ARP_OPTIONS, parseArpOption } from "./arp.js";
import { IP6_OPTIONS, parseIp6Option } from "./ip6.js";
import { addExtension, dropMiddleExtensions, parseIpOption, parseNflogOption, parseLogOption, parseMark, parsePkttype, parseVlan, strtolWhole } from "./matches.js";
import { newLimit, parseLimitOption } from "./limit.js";
import { type EbTargetExt, type EbTargetName, TARGET_EXTENSIONS, TARGET_OPTIONS, finalTargetCheck, newTargetExt, parseTargetOption } from "./targets.js";
import { parseMacAndMask } from "./rule-text.js";
import { cTrimStart } from "../netfilter/extensions/util/utf8.js";
import { type EbIface, type EbRule, type EbTableName, isEbTableName } from "./types.js";

/**
 * getopt found an unknown option or one without its argument: ebtables names the word after it
 * (its optarg's place, "(null)" at the end), ebtables-translate the option word itself.
 */
export class UnknownArgument extends XtablesError {
  constructor(
    next: string | undefined,
    readonly option: string | undefined,
  ) {
    super(`Unknown argument: '${next ?? "(null)"}'`, { rc: 2, tryHelp: true });
  }
}

export type EbCommandName = "h" | "A" | "D" | "C" | "P" | "I" | "N" | "E" | "X" | "L" | "F" | "check" | "init";

export interface EbCommand {
  command: EbCommandName;
  table: EbTableName;
  chain?: string;
  /** -N CHAIN -P POLICY: the chain is made before its policy is set. */
  createChain?: boolean;
  newName?: string;
  policy?: string;
  /** -I position, -D start (1-based); -D by number when deleteEnd is set (-1: "N:"). */
  ruleNr: number;
  deleteEnd?: number;
  zero: boolean;
  listNumbers: boolean;
  listCounters: boolean;
  rule: EbRule;
  /** -C: parse_change_counters_rule's result (0 unless a counter had a sign). */
  changeCounters?: number;
  /** -v given this many times (added rules and flushed/zeroed chains are then named). */
  verbose?: number;
  /** -V: print the version and stop. */
  version?: boolean;
}

const LONGS = longOptions(
  [
    ["append", 1, "A"], ["insert", 1, "I"], ["delete", 1, "D"], ["list", 2, "L"], ["Lc", 0, "Lc"], ["Ln", 0, "Ln"],
    ["Lx", 0, "Lx"], ["Lmac2", 0, "Lmac2"], ["zero", 2, "Z"], ["flush", 2, "F"], ["policy", 1, "P"],
    ["in-interface", 1, "i"], ["in-if", 1, "i"], ["logical-in", 1, "logical-in"], ["logical-out", 1, "logical-out"],
    ["out-interface", 1, "o"], ["out-if", 1, "o"], ["version", 0, "V"], ["verbose", 0, "v"], ["help", 0, "h"],
    ["jump", 1, "j"], ["set-counters", 1, "c"], ["change-counters", 1, "C"], ["proto", 1, "p"], ["protocol", 1, "p"],
    ["db", 1, "b"], ["source", 1, "s"], ["src", 1, "s"], ["destination", 1, "d"], ["dst", 1, "d"], ["table", 1, "t"],
    ["modprobe", 1, "M"], ["new-chain", 1, "N"], ["rename-chain", 1, "E"], ["delete-chain", 2, "X"],
    ["init-table", 0, "init-table"], ["concurrent", 0, "concurrent"], ["check", 1, "check"],
    // the ip match (loaded up front: ebtables has no -m)
    ["ip-source", 1, "ip-src"], ["ip-src", 1, "ip-src"], ["ip-destination", 1, "ip-dst"], ["ip-dst", 1, "ip-dst"],
    ["ip-tos", 1, "ip-tos"], ["ip-protocol", 1, "ip-proto"], ["ip-proto", 1, "ip-proto"],
    ["ip-source-port", 1, "ip-sport"], ["ip-sport", 1, "ip-sport"], ["ip-destination-port", 1, "ip-dport"],
    ["ip-dport", 1, "ip-dport"], ["ip-icmp-type", 1, "ip-icmp-type"], ["ip-igmp-type", 1, "ip-igmp-type"],
    ["pkttype-type", 1, "pkttype-type"], ["mark", 1, "mark"], ["limit", 1, "limit"], ["limit-burst", 1, "limit-burst"],
    ["vlan-id", 1, "vlan-id"], ["vlan-prio", 1, "vlan-prio"], ["vlan-encap", 1, "vlan-encap"],
    // the log watcher
    ["log-prefix", 1, "log-prefix"], ["log-level", 1, "log-level"], ["log-arp", 0, "log-arp"], ["log-ip", 0, "log-ip"],
    ["log", 0, "log"], ["log-ip6", 0, "log-ip6"],
    ["nflog-group", 1, "nflog-group"], ["nflog-prefix", 1, "nflog-prefix"], ["nflog-range", 1, "nflog-range"],
    ["nflog-threshold", 1, "nflog-threshold"], ["nflog", 0, "nflog"],
    ...IP6_OPTIONS.map(([name, key]): [string, 0 | 1 | 2, string] => [name, 1, `ip6:${key}`]),
    ...ARP_OPTIONS.map(([name, hasArg, key]): [string, 0 | 1 | 2, string] => [name, hasArg, `arp:${key}`]),
    ...TARGET_OPTIONS.map(([name, hasArg]): [string, 0 | 1 | 2, string] => [name, hasArg, `target:${name}`]),
  ] as [string, 0 | 1 | 2, string][],
);

const SHORTS = {
  A: 1, C: 1, D: 1, E: 1, F: 2, I: 1, L: 2, M: 1, N: 1, P: 1, V: 0, X: 2, Z: 2,
  c: 1, d: 1, i: 1, j: 1, o: 1, p: 1, s: 1, t: 1, h: 0, v: 0,
} as const;

/** Hook numbers of ebt_get_current_chain (6: a user chain). */
const HOOKS: Record<string, number> = { PREROUTING: 0, INPUT: 1, FORWARD: 2, OUTPUT: 3, POSTROUTING: 4 };
const STANDARD_POLICIES = ["ACCEPT", "DROP", "CONTINUE", "RETURN"];
/** What xtables_find_target finds for ebtables -h (the standard verdicts are the "standard" target). */
const HELP_TARGETS = new Set(["dnat", "snat", "redirect", "mark", "arpreply", "log", "nflog", "standard", "ACCEPT", "DROP", "QUEUE", "RETURN"]);

function ruleRange(text: string): { start: number; end: number } | { shown: string } {
  const colon = text.indexOf(":");
  // (the C code cuts the text at the colon, so a bad end shows only the start)
  const head = colon >= 0 ? text.slice(0, colon) : text;
  let end = 0;
  if (colon >= 0) {
    const tail = text.slice(colon + 1);
    if (tail === "") end = -1;
    else {
      const n = strtolWhole(tail, 10);
      if (n === undefined || n === 0) return { shown: head };
      end = n;
    }
  }
  let start = 1;
  if (colon !== 0) {
    const n = strtolWhole(head, 10);
    if (n === undefined || n === 0) return { shown: head };
    start = n;
  }
  return { start, end: colon < 0 ? start : end };
}

function iface(text: string, invert: boolean): EbIface {
  const name = parseInterface(text);
  const plus = name.indexOf("+");
  if (plus >= 0 && plus !== name.length - 1) throw paramProblem("Spurious characters after '+' wildcard");
  return { invert, name };
}

/** `restore`: a line of ebtables-restore (argv starts "-t TABLE", so another -t is refused). */
/**
 * `keepEveryExtension`: ebtables-translate's reading, where no match or watcher is lost (the
 * nft backend's loss of the middle ones, below, happens when it builds the rule).
 */
export function parseEbCommand(argv: string[], restore = false, keepEveryExtension = false): EbCommand {
  const g = new Getopt<string>(argv, SHORTS);
  const cmd: EbCommand = { command: "h", table: "filter", ruleNr: 0, zero: false, listNumbers: false, listCounters: false, rule: { target: "CONTINUE", pcnt: 0n, bcnt: 0n } };
  const rule = cmd.rule;
  const used = new Set<string>();
  let hasCommand = false;
  let tableSet = false;
  let selected = -1;
  let invert = false;
  const once = (flag: string): void => {
    if (used.has(flag)) throw paramProblem("Multiple use of same option not allowed");
    used.add(flag);
  };
  const commands = (): boolean => hasCommand || cmd.zero;
  // ebt_check_inverse2: a "!" argument means the real one is the next word
  const inverse = (optarg: string | undefined): { inv: boolean; arg: string | undefined } => {
    if (optarg !== "!") return { inv: invert, arg: optarg };
    if (invert) throw paramProblem("Double use of '!' not allowed");
    invert = true;
    return { inv: true, arg: argv[g.optind++] };
  };
  const nextWord = (): string | undefined => (g.optind < argv.length ? argv[g.optind] : undefined);
  const setPolicy = (): void => {
    const word = nextWord();
    if (word === undefined) throw paramProblem("No policy specified");
    if (!STANDARD_POLICIES.includes(word)) throw paramProblem(`Unknown policy '${word}'`);
    if (word === "CONTINUE") throw paramProblem(`Wrong policy '${word}'`);
    cmd.policy = word;
    g.optind++;
  };
  const stray: Partial<Record<EbTargetName, EbTargetExt>> = {};
  for (;;) {
    const r = g.next(LONGS);
    if (r.kind === "end") break;
    if (r.kind === "nonoption") {
      if (r.optarg !== "!") throw paramProblem(`Bad argument : '${r.optarg}'`);
      inverse("!");
      g.optind--; // the word after "!" is read as an option next
      continue;
    }
    const c = r.kind === "option" ? String(r.val) : "?";
    const optarg = r.kind === "option" ? r.optarg : undefined;
    switch (c) {
      case "A": case "D": case "C": case "P": case "I": case "N": case "E": case "X": case "check": {
        if (cmd.command === "N" && c === "P") {
          cmd.command = "P";
          cmd.createChain = true;
          g.optind--;
          setPolicy();
          break;
        }
        if (commands()) throw paramProblem("Multiple commands are not allowed");
        cmd.command = c as EbCommandName;
        if (optarg !== undefined && (optarg.startsWith("-") || optarg === "!")) throw paramProblem("No chain name specified");
        cmd.chain = optarg;
        selected = optarg === undefined ? -1 : (HOOKS[optarg] ?? 6);
        hasCommand = true;
        if (c === "X") {
          const word = nextWord();
          if (cmd.chain === undefined && word !== undefined && !word.startsWith("-")) {
            cmd.chain = word;
            g.optind++;
          }
        } else if (c === "E") {
          const word = nextWord();
          if (word === undefined) throw paramProblem("No new chain name specified");
          if (g.optind < argv.length - 1) throw paramProblem("No extra options allowed with -E");
          if (word.length >= 256) throw paramProblem("Chain name length can't exceed 255 characters");
          if (word.includes(" ")) throw paramProblem("Use of ' ' not allowed in chain names");
          cmd.newName = word;
          g.optind++;
        } else if (c === "D") {
          const word = nextWord();
          if (word !== undefined && (!word.startsWith("-") || /^-[0-9]/.test(word))) {
            if (g.optind !== argv.length - 1) throw paramProblem("No extra options allowed with -D start_nr[:end_nr]");
            const range = ruleRange(word);
            if ("shown" in range) throw paramProblem(`Problem with the specified rule number(s) '${range.shown}'`);
            cmd.ruleNr = range.start;
            cmd.deleteEnd = range.end;
            g.optind++;
          }
        } else if (c === "C") {
          changeCounters();
        } else if (c === "I") {
          const word = nextWord();
          if (word === undefined || (word.startsWith("-") && !/^-[0-9]/.test(word))) cmd.ruleNr = 1;
          else {
            const n = strtoul(word, 0, 0x7fffffff);
            if (n === undefined || n < 1) throw paramProblem(`Invalid rule number \`${word}'`);
            cmd.ruleNr = n;
            g.optind++;
          }
        } else if (c === "P") setPolicy();
        break;
      }
      case "L": case "F": case "Z": {
        if (c === "Z") {
          if (cmd.zero || (hasCommand && cmd.command !== "L")) throw paramProblem("Command -Z only allowed together with command -L");
          cmd.zero = true;
        } else {
          if (hasCommand) throw paramProblem("Multiple commands are not allowed");
          cmd.command = c;
          hasCommand = true;
          if (cmd.zero && c !== "L") throw paramProblem("Command -Z only allowed together with command -L");
        }
        const word = nextWord();
        if (word !== undefined && !word.startsWith("-")) {
          cmd.chain = word;
          g.optind++;
        }
        break;
      }
      case "v":
        cmd.verbose = (cmd.verbose ?? 0) + 1;
        break;
      case "V":
      case "h":
        if (commands()) throw paramProblem("Multiple commands are not allowed");
        if (c === "V") return { ...cmd, version: true };
        cmd.command = "h";
        // the words after -h name target extensions whose help would follow (not reproduced)
        for (let seen = 0; nextWord() !== undefined; g.optind++) {
          if (!HELP_TARGETS.has(nextWord()!)) throw paramProblem(`Extension '${nextWord()}' not found`);
          if (seen++) throw paramProblem("Sorry, you can only see help for one target extension at a time");
        }
        break;
      case "t":
        if (tableSet && restore) throw paramProblem("The -t option cannot be used in ebtables-restore.");
        if (tableSet) throw paramProblem("Multiple use of same option not allowed");
        if (!isEbTableName(optarg!)) throw new XtablesError(`table '${optarg}' does not exist`, { rc: 3 });
        cmd.table = optarg;
        tableSet = true;
        break;
      case "i": case "logical-in": case "o": case "logical-out": case "j": case "p": case "s": case "d": case "c":
        if (!commands()) throw paramProblem("No command specified");
        if (!["A", "D", "I", "C", "check"].includes(cmd.command)) throw paramProblem("Command and option do not match");
        parseRuleOption(c, optarg!);
        break;
      case "Lc": case "Ln": case "Lx": case "Lmac2":
        once(c);
        if (cmd.command !== "L") throw paramProblem(`Use --${c} with -L`);
        if ((c === "Ln" && used.has("Lx")) || (c === "Lx" && used.has("Ln"))) throw paramProblem("--Lx is not compatible with --Ln");
        if (c === "Ln") cmd.listNumbers = true;
        if (c === "Lc") cmd.listCounters = true;
        break;
      case "init-table":
        if (restore) throw paramProblem("--init-table is not supported in daemon mode");
        // (acted on at once: the rest of the line is not read)
        return { ...cmd, command: "init" };
      case "concurrent":
        break;
      default:
        parseExtensionOption(c, optarg);
    }
    invert = false;
  }
  if (rule.targetExt && ["A", "I", "D", "C", "check"].includes(cmd.command)) finalTargetCheck(rule.targetExt);
  if (!keepEveryExtension) dropMiddleExtensions(rule);
  return cmd;

  /** -C CHAIN [START[:END]] PCNT BCNT: read like parse_change_counters_rule, never applied. */
  function changeCounters(): void {
    const at = (k: number): string | undefined => argv[g.optind + k];
    if (at(1) === undefined || at(0)!.startsWith("-") || at(1)!.startsWith("-")) throw paramProblem("The command -C needs at least 2 arguments");
    const third = at(2);
    if (third !== undefined && (!third.startsWith("-") || /^-[0-9]/.test(third))) {
      if (g.optind + 3 !== argv.length) throw paramProblem("No extra options allowed with -C start_nr[:end_nr] pcnt bcnt");
      const range = ruleRange(at(0)!);
      if ("shown" in range) throw paramProblem(`Something is wrong with the rule number specification '${range.shown}'`);
      g.optind++;
    }
    // a "+" or "-" counter asks for a change by that much (the result is then non-zero)
    let relative = 0;
    for (const [k, weight] of [[0, 1], [1, 3]] as const) {
      const word = at(k)!;
      const sign = word[0] === "+" ? 1 : word[0] === "-" ? 2 : 0;
      relative += sign * weight;
      if (!/^[+-]?\d*$/.test(cTrimStart(sign ? word.slice(1) : word))) throw paramProblem(`Packet counter '${word}' invalid`);
    }
    cmd.changeCounters = relative;
    g.optind += 2;
  }

  function parseRuleOption(c: string, optarg: string): void {
    if (c === "i" || c === "logical-in") {
      once(c);
      if (selected > 2 && selected < 5) throw paramProblem(`Use ${c === "i" ? "-i" : "--logical-in"} only in INPUT, FORWARD, PREROUTING and BROUTING chains`);
      const { inv, arg } = inverse(optarg);
      if (c === "i") rule.in = iface(arg!, inv);
      else rule.logicalIn = iface(arg!, inv);
    } else if (c === "o" || c === "logical-out") {
      once(c);
      if (selected < 2 || selected === 5) throw paramProblem(`Use ${c === "o" ? "-o" : "--logical-out"} only in OUTPUT, FORWARD and POSTROUTING chains`);
      const { inv, arg } = inverse(optarg);
      if (c === "o") rule.out = iface(arg!, inv);
      else rule.logicalOut = iface(arg!, inv);
    } else if (c === "j") {
      once("j");
      if (optarg.length === 0) throw paramProblem("Invalid target name (too short)");
      rule.target = optarg;
      if ((TARGET_EXTENSIONS as string[]).includes(optarg)) rule.targetExt = newTargetExt(optarg as EbTargetName);
    } else if (c === "s" || c === "d") {
      once(c);
      const { inv, arg } = inverse(optarg);
      const parsed = parseMacAndMask(arg!);
      if (!parsed) throw paramProblem(`Problem with specified ${c === "s" ? "source" : "destination"} mac '${arg}'`);
      rule[c === "s" ? "src" : "dst"] = { invert: inv, ...parsed };
    } else if (c === "c") {
      once("c");
      if (inverse(optarg).inv) throw paramProblem("Unexpected '!' after -c");
      const second = nextWord();
      if (second === undefined || optarg.startsWith("-") || second.startsWith("-")) throw paramProblem("Option -c needs 2 arguments");
      if (!/^\+?\d*$/.test(cTrimStart(optarg))) throw paramProblem(`Packet counter '${optarg}' invalid`);
      if (!/^\+?\d*$/.test(cTrimStart(second))) throw paramProblem(`Packet counter '${second}' invalid`);
      rule.pcnt = BigInt(cTrimStart(optarg).replace("+", "") || "0");
      rule.bcnt = BigInt(cTrimStart(second).replace("+", "") || "0");
      g.optind++;
    } else {
      once("p");
      const { inv, arg } = inverse(optarg);
      const text = arg!;
      const n = strtolWhole(text, 16);
      if (n !== undefined && (n < 0 || n > 0xffff)) throw paramProblem("Problem with the specified protocol");
      let value: number;
      if (n === undefined) {
        if (text.toLowerCase() === "length") {
          rule.proto = { invert: inv, value: "LENGTH" };
          return;
        }
        const known = ethertypeByName(text);
        if (known === undefined) throw paramProblem(`Problem with the specified Ethernet protocol '${text}', perhaps /etc/ethertypes is missing`);
        value = known;
      } else value = n;
      if (value < 0x0600) throw paramProblem("Sorry, protocols have values above or equal to 0x0600");
      rule.proto = { invert: inv, value };
    }
  }

  function parseExtensionOption(c: string, optarg: string | undefined): void {
    const { inv, arg } = inverse(optarg);
    const targetOption = c.startsWith("target:") ? TARGET_OPTIONS.find(([name]) => `target:${name}` === c) : undefined;
    if (targetOption) {
      const [, hasArg, ext, code] = targetOption;
      if (hasArg && arg === undefined) throw new UnknownArgument(argv[g.optind], argv[g.optind - 1]);
      // the rule's own target reads its options first; any other target takes it as a watcher
      if (rule.targetExt?.name === ext) parseTargetOption(rule.targetExt, code, arg);
      else {
        if (inv) throw paramProblem("The use of '!' makes no sense for the nflog watcher");
        stray[ext] ??= newTargetExt(ext);
        parseTargetOption(stray[ext]!, code, arg);
        rule.strayTarget = true;
      }
      if (!["A", "I", "D", "C", "check"].includes(cmd.command)) throw paramProblem("Extensions only for -A, -I, -D and -C");
      return;
    }
    const match = c.startsWith("ip-") || c.startsWith("ip6:") || c.startsWith("vlan-") || c.startsWith("arp:") || c.startsWith("limit") || c === "pkttype-type" || c === "mark";
    if (match && arg === undefined && c !== "arp:gratuitous") throw new UnknownArgument(argv[g.optind], argv[g.optind - 1]);
    if (!match) {
      // watchers are tried after the matches; the nflog watcher refuses any "!" first
      if (inv) throw paramProblem("The use of '!' makes no sense for the nflog watcher");
      const watcher = c.startsWith("log") || c.startsWith("nflog");
      const needsArg = c !== "log" && c !== "nflog" && c !== "log-ip" && c !== "log-arp" && c !== "log-ip6";
      if (!watcher || (needsArg && arg === undefined)) throw new UnknownArgument(argv[g.optind], argv[g.optind - 1]);
      if (c.startsWith("nflog")) parseNflogOption(rule, c, arg);
      else parseLogOption(rule, c, arg);
    } else if (c === "pkttype-type") parsePkttype(rule, arg!, inv);
    else if (c === "mark") parseMark(rule, arg!, inv);
    else if (c.startsWith("vlan-")) parseVlan(rule, c, arg!, inv, once);
    else if (c === "limit" || c === "limit-burst") {
      addExtension(rule, "limit");
      parseLimitOption((rule.limit ??= newLimit()), c, arg!, inv);
    } else if (c.startsWith("ip6:")) {
      addExtension(rule, "ip6");
      parseIp6Option((rule.ip6 ??= {}), c.slice(4), arg!, inv);
    } else if (c.startsWith("arp:")) {
      addExtension(rule, "arp");
      parseArpOption((rule.arp ??= {}), c.slice(4), arg, inv, once);
    }
    else {
      addExtension(rule, "ip");
      parseIpOption((rule.ip ??= {}), c, arg!, inv);
    }
    if (!["A", "I", "D", "C", "check"].includes(cmd.command)) throw paramProblem("Extensions only for -A, -I, -D and -C");
  }
}
