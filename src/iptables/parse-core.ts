// The semantics of iptables' command-line parser (do_parse in xshared.c), apart from walking the
// words (parse.ts runs getopt over them): what -p, -i/-o, -j/-g and -m do with their words, and
// everything after the last word (final checks, addresses, the rules made). Kept apart so that
// what a line means does not depend on how its words were found.
import { ZERO_COUNTERS } from "../netfilter/ruleset.js";
import type { MatchExtension, ParseCall, TargetExtension } from "../netfilter/extension.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { AddrMask, Rule, TableName } from "../netfilter/types.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { DEFAULT_NAMES, parseAddressList, parseInterface, parseProtocol, type NameTables } from "./address.js";
import { compactSeen, warnerFor, type LoadedExtension, type LoadedList, type Workspace } from "./parse-workspace.js";
import { MAX_NAME, STANDARD_VERDICTS, checkTargetName, expandAddresses } from "./parse-helpers.js";
import { CMD, INVERTIBLE, OPT, OPT_CHARS, cmdChar, illegalOption } from "./options.js";
import { notePrintWarningExtension } from "../netfilter/extensions/util/print-warnings.js";
import { asciiLower, utf8AtLeast } from "../netfilter/extensions/util/utf8.js";
import { noteBareInterface } from "./nft-expr.js";
import { setCompatProtocol } from "./kernel-check.js";

export interface ParsedCommand {
  command: number;
  table: string;
  chain?: string;
  rulenum?: number;
  newname?: string;
  policy?: string;
  options: number;
  verbose: number;
  /** Rules the command adds, deletes or checks (several when -s/-d list addresses). */
  rules: Rule[];
  /** Chain named by -j/-g that is not a target extension. */
  jumpChain?: string;
  counters?: { pkts: bigint; bytes: bigint };
  /** Lines printed on stderr even when the command succeeds. */
  warnings: string[];
  /** -h / -V: print this and exit 0 without touching anything. */
  exitText?: string;
  /**
   * tcp/udp's "requires -p" when env.deferBuildProblem: iptables-nft meets it building the
   * rule, after do_commandx has checked the table name; the caller throws it then.
   */
  buildProblem?: unknown;
}

export interface ParseEnv {
  /** Program name for -V ("iptables"). */
  versionName: string;
  /** "1.8.9 (nf_tables)". */
  backendTag: string;
  /** Line-mode parsing inside iptables-restore. */
  restore: boolean;
  names?: NameTables;
  helpText?: string;
  /** Receives lines printed on stderr whatever the outcome ("Ignoring deprecated …"). */
  warnings?: string[];
  backend?: "nft" | "legacy";
  family?: 4 | 6;
  /**
   * Read with xtables' option table whatever the backend's checks (xtables-translate): it has
   * --fragment also for IPv6, where ip6tables-legacy's table has not.
   */
  xtablesOptions?: boolean;
  /** Leave tcp/udp's "requires -p" in ParsedCommand.buildProblem instead of throwing it. */
  deferBuildProblem?: boolean;
}

/** Actions with nothing of their own, shared by every rule that has one (actions never change). */
export const NO_ACTION: Rule["action"] = Object.freeze({ kind: "none" });
export const VERDICT_ACTIONS: Record<string, Rule["action"]> = {
  ACCEPT: Object.freeze({ kind: "verdict", verdict: "ACCEPT" }),
  DROP: Object.freeze({ kind: "verdict", verdict: "DROP" }),
  RETURN: Object.freeze({ kind: "verdict", verdict: "RETURN" }),
};

/** A rule of no options yet: what do_parse starts each command line from. */
export function emptyRule(): Rule {
  return {
    srcInvert: false,
    dstInvert: false,
    inIfaceInvert: false,
    outIfaceInvert: false,
    proto: 0,
    protoInvert: false,
    frag: "any",
    matches: [],
    action: NO_ACTION,
    counters: ZERO_COUNTERS,
    // every rule gets these (expandAddresses): declared here they live in the object itself, not
    // in a separate property store added later
    src: undefined,
    dst: undefined,
  };
}

/** -s/-d not given: one rule with no address (never changed: expandAddresses only reads it). */
const NO_ADDRESS: (AddrMask | undefined)[] = [undefined];

// The helpers below are plain functions, not closures: a restore parses ~100k lines, and
// closures would make a context and five function objects per line.

export function loadExtension(loaded: LoadedList, rule: Rule, kind: "match" | "target", ext: MatchExtension | TargetExtension): LoadedExtension {
  if (ext.printWarning) notePrintWarningExtension();
  const inst = loaded.add(kind, ext, ext.init());
  // a new exact-size list per match (concat sizes it exactly, a push or spread leaves 17 slots):
  // the rule set keeps it for life, and extensions may read it while the line is parsed
  if (kind === "match") rule.matches = rule.matches.concat({ name: ext.name, data: inst.data });
  return inst;
}

export function setOption(p: ParsedCommand, invert: boolean, opt: number): void {
  if (p.options & opt) throw paramProblem(`multiple -${OPT_CHARS[Math.log2(opt)]!} flags not allowed`);
  p.options |= opt;
  if (invert && !(opt & INVERTIBLE)) throw paramProblem(`cannot have ! before -${OPT_CHARS[Math.log2(opt)]!}`);
}

export function addCommand(p: ParsedCommand, invert: boolean, cmd: number, others: number): void {
  if (invert) throw paramProblem("unexpected '!' flag");
  if (p.command & ~others) throw paramProblem(`Cannot use -${cmdChar(cmd)} with -${cmdChar(p.command & ~others)}`);
  p.command |= cmd;
}


/** A command of no words yet. */
export function newParsedCommand(env: ParseEnv): ParsedCommand {
  // every field declared up front: fields added later would need a separate property store
  return {
    command: 0,
    table: "filter",
    chain: undefined,
    rulenum: undefined,
    newname: undefined,
    policy: undefined,
    options: 0,
    verbose: 0,
    rules: [],
    jumpChain: undefined,
    counters: undefined,
    warnings: env.warnings ?? [],
    exitText: undefined,
  };
}

/** The workspace's call object for extensions' parse(), set up for a line building `rule`. */
export function prepareCalls(ws: Workspace, rule: Rule, env: ParseEnv, warnings: string[]): ParseCall {
  const call = ws.call;
  call.rule = rule;
  call.backend = env.backend;
  call.family = env.family;
  call.hosts6 = env.names?.ipv6;
  call.hosts4 = env.names;
  call.accounts = env.names?.accounts;
  call.warn = warnerFor(warnings);
  return call;
}

/** -p: the rule's protocol; returns the word as do_parse keeps it (lower case) for the protocol's match. */
export function applyProtocol(p: ParsedCommand, rule: Rule, invert: boolean, rawArg: string): string {
  setOption(p, invert, OPT.PROTOCOL);
  const protoArg = asciiLower(rawArg);
  rule.proto = parseProtocol(protoArg);
  rule.protoInvert = invert;
  if (rule.proto === 0 && invert) throw paramProblem("rule would never match protocol");
  return protoArg;
}

/** -i / -o. */
export function applyInterface(p: ParsedCommand, rule: Rule, env: ParseEnv, invert: boolean, isIn: boolean, optarg: string | undefined, rawArg: string): void {
  if (optarg === "") throw paramProblem("Empty interface is likely to be undesired");
  setOption(p, invert, isIn ? OPT.VIANAMEIN : OPT.VIANAMEOUT);
  const name = parseInterface(rawArg);
  if (/[/ ]/.test(name)) {
    p.warnings.push(`Warning: weird character in interface \`${name}' ('/' and ' ' are not allowed by the kernel).`);
  }
  // a bare "+" matches every interface and is dropped, but nft keeps its negation and
  // legacy keeps it whole (with an empty mask)
  const legacyPlus = name === "+" && env.backend === "legacy";
  if (legacyPlus) rule.legacyBarePlus = true;
  const keep = name !== "+" || invert || legacyPlus;
  // (iptables-nft still loads the name it does not compare: -vv shows it)
  if (!keep) noteBareInterface(rule, isIn ? "iifname" : "oifname");
  if (isIn) {
    rule.inIface = keep ? name : undefined;
    rule.inIfaceInvert = keep && invert;
  } else {
    rule.outIface = keep ? name : undefined;
    rule.outIfaceInvert = keep && invert;
  }
}

/** -j / -g `jumpto`: a verdict, a target extension or a chain. Returns the target's name. */
export function applyJump(p: ParsedCommand, rule: Rule, loaded: LoadedList, env: ParseEnv, invert: boolean, isGoto: boolean, jumpto: string): string {
  setOption(p, invert, OPT.JUMP);
  checkTargetName(jumpto);
  if (isGoto) {
    rule.action = { kind: "goto", chain: jumpto };
    p.jumpChain = jumpto;
  } else if (STANDARD_VERDICTS.has(jumpto)) {
    rule.action = VERDICT_ACTIONS[jumpto]!;
  } else {
    const ext = findTarget(jumpto, env.family);
    if (ext) {
      if (ext.loadWarning && !p.warnings.includes(ext.loadWarning)) p.warnings.push(ext.loadWarning);
      const inst = loadExtension(loaded, rule, "target", ext);
      rule.action = { kind: "target", target: { name: ext.name, data: inst.data } };
    } else {
      rule.action = { kind: "jump", chain: jumpto };
      p.jumpChain = jumpto;
    }
  }
  return jumpto;
}

/** -m NAME. */
export function applyMatch(p: ParsedCommand, rule: Rule, loaded: LoadedList, env: ParseEnv, invert: boolean, name: string): void {
  if (invert) throw paramProblem("unexpected ! flag before --match");
  if (utf8AtLeast(name, MAX_NAME)) throw paramProblem(`Invalid match name "${name}" (${MAX_NAME - 1} chars max)`);
  const ext = findMatch(name, env.family);
  if (!ext) throw paramProblem(`Couldn't load match \`${name}':No such file or directory\n`);
  if (ext.loadWarning && !p.warnings.includes(ext.loadWarning)) p.warnings.push(ext.loadWarning);
  loadExtension(loaded, rule, "match", ext);
}

/** nat refuses DROP, as a policy or a target (checked after the last word). */
export function checkNatDrop(p: ParsedCommand, jumpto: string | undefined): void {
  if (p.table === "nat" && (p.policy === "DROP" || jumpto === "DROP")) {
    throw paramProblem('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
  }
}

/**
 * Everything do_parse does once the words are read: the extensions' final checks, leftover
 * words and "!", addresses, illegal options, chain checks, and the rules the command carries.
 * `src`/`dst`: the -s/-d words (undefined when not given).
 */
export function finishParse(ws: Workspace, p: ParsedCommand, rule: Rule, env: ParseEnv, src: string | undefined, dst: string | undefined, invert: boolean, leftoverWords: boolean): ParsedCommand {
  const loaded = ws.loaded;
  const warn = warnerFor(p.warnings);
  const chain = p.chain ?? "";
  const finalCall = ws.finalCall;
  finalCall.rule = rule;
  finalCall.table = p.table as TableName;
  finalCall.chain = chain;
  finalCall.backend = env.backend;
  finalCall.family = env.family;
  finalCall.warn = warn;
  // tcp/udp's "requires -p" comes from iptables-nft building the rule, after every parse
  // check and only for rule commands: kept for then
  let protoProblem: unknown;
  for (let i = 0; i < loaded.count; i++) {
    const inst = loaded.at(i);
    if (inst.kind !== "match" || !inst.ext.finalCheck) continue;
    if (inst.ext.name !== "tcp" && inst.ext.name !== "udp") inst.ext.finalCheck(inst.data, finalCall);
    else {
      try {
        inst.ext.finalCheck(inst.data, finalCall);
      } catch (err) {
        protoProblem ??= err;
      }
    }
  }
  for (let i = 0; i < loaded.count; i++) {
    const inst = loaded.at(i);
    if (inst.kind === "target" && inst.ext.finalCheck) inst.ext.finalCheck(inst.data, finalCall);
  }
  for (let i = 0; i < loaded.count; i++) compactSeen(loaded.at(i).data);
  if (leftoverWords) throw paramProblem("unknown arguments found on commandline");
  if (!p.command) throw paramProblem("no command specified");
  if (invert) throw paramProblem("nothing appropriate following !");

  const ruleCommand = CMD.APPEND | CMD.DELETE | CMD.CHECK | CMD.INSERT | CMD.REPLACE;
  // addresses are resolved for every command, before its illegal options are found
  // (`iptables -S -s nohost` fails on the name)
  let sources = NO_ADDRESS;
  let dests = NO_ADDRESS;
  if (src !== undefined || dst !== undefined) {
    const names = env.names ?? DEFAULT_NAMES;
    if (src !== undefined) sources = parseAddressList(src, names, true);
    if (dst !== undefined) dests = parseAddressList(dst, names, true);
    if ((sources.length > 1 || dests.length > 1) && (rule.srcInvert || rule.dstInvert)) {
      throw paramProblem("! not allowed with multiple source or destination IP addresses");
    }
  }
  if (p.command === CMD.REPLACE && (sources.length !== 1 || dests.length !== 1)) {
    throw paramProblem("Replacement rule does not specify a unique address");
  }
  const illegal = illegalOption(p.command, p.options);
  if (illegal) throw paramProblem(`Illegal option \`-${illegal}' with this command`);
  if (p.chain !== undefined && utf8AtLeast(p.chain, MAX_NAME)) {
    throw paramProblem(`chain name \`${p.chain}' too long (must be under ${MAX_NAME} chars)`);
  }
  if (p.command & ruleCommand) {
    if ((chain === "PREROUTING" || chain === "INPUT") && p.options & OPT.VIANAMEOUT) {
      throw paramProblem(`Can't use -o with ${chain}\n`);
    }
    if ((chain === "POSTROUTING" || chain === "OUTPUT") && p.options & OPT.VIANAMEIN) {
      throw paramProblem(`Can't use -i with ${chain}\n`);
    }
    if (protoProblem) {
      if (!env.deferBuildProblem) throw protoProblem;
      p.buildProblem = protoProblem;
    }
    if (p.counters) rule.counters = { ...p.counters };
    // iptables-nft's protocol compare holds one byte: /etc/protocols' mptcp (262) becomes tcp,
    // while the kernel's checkentry sees 262 (legacy keeps 262 in the rule)
    const wide = rule.proto > 0xff && env.backend !== "legacy" ? rule.proto : 0;
    if (wide) rule.proto &= 0xff;
    p.rules = expandAddresses(rule, sources, dests);
    if (wide) for (const r of p.rules) setCompatProtocol(r, wide);
  }
  return p;
}
