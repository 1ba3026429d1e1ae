// iptables' command-line parser (do_parse in xshared.c): argv → one command with its rules.
// Errors are thrown as XtablesError with iptables' exact wording; the front end prints them.
import { ZERO_COUNTERS } from "../netfilter/ruleset.js";
import type { MatchExtension, TargetExtension } from "../netfilter/extension.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { AddrMask, Rule, TableName } from "../netfilter/types.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { DEFAULT_NAMES, parseAddressList, parseInterface, parseProtocol, protocolMatchName, type NameTables } from "./address.js";
import { MATCH_HELP, STANDARD_TARGET_HELP } from "./match-help.js";
import { STEP_END, STEP_MISSING, STEP_NONOPTION, STEP_OPTION, type Getopt } from "./getopt.js";
import { compactSeen, takeWorkspace, warnerFor, type LoadedExtension, type LoadedList, type Workspace } from "./parse-workspace.js";
import {
  MAX_NAME,
  STANDARD_VERDICTS,
  checkNewChainName,
  checkTargetName,
  expandAddresses,
  parseCounter,
  parseRulenum,
} from "./parse-helpers.js";
import { CMD, INVERTIBLE, OPT, OPT_CHARS, cmdChar, illegalOption } from "./options.js";
import { notePrintWarningExtension } from "../netfilter/extensions/util/print-warnings.js";
import { asciiLower, cTrimStart, utf8AtLeast } from "../netfilter/extensions/util/utf8.js";
import { noteBareInterface } from "./nft-expr.js";
import { setCompatProtocol } from "./kernel-check.js";

export { MAX_NAME } from "./parse-helpers.js";

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
}

/** Actions with nothing of their own, shared by every rule that has one (actions never change). */
const NO_ACTION: Rule["action"] = Object.freeze({ kind: "none" });
const VERDICT_ACTIONS: Record<string, Rule["action"]> = {
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

function loadExtension(loaded: LoadedList, rule: Rule, kind: "match" | "target", ext: MatchExtension | TargetExtension): LoadedExtension {
  if (ext.printWarning) notePrintWarningExtension();
  const inst = loaded.add(kind, ext, ext.init());
  // a new exact-size list per match (concat sizes it exactly, a push or spread leaves 17 slots):
  // the rule set keeps it for life, and extensions may read it while the line is parsed
  if (kind === "match") rule.matches = rule.matches.concat({ name: ext.name, data: inst.data });
  return inst;
}

function setOption(p: ParsedCommand, invert: boolean, opt: number): void {
  if (p.options & opt) throw paramProblem(`multiple -${OPT_CHARS[Math.log2(opt)]!} flags not allowed`);
  p.options |= opt;
  if (invert && !(opt & INVERTIBLE)) throw paramProblem(`cannot have ! before -${OPT_CHARS[Math.log2(opt)]!}`);
}

function addCommand(p: ParsedCommand, invert: boolean, cmd: number, others: number): void {
  if (invert) throw paramProblem("unexpected '!' flag");
  if (p.command & ~others) throw paramProblem(`Cannot use -${cmdChar(cmd)} with -${cmdChar(p.command & ~others)}`);
  p.command |= cmd;
}

function optionalChain(p: ParsedCommand, g: Getopt<unknown>, optarg: string | undefined): void {
  if (optarg !== undefined) p.chain = optarg;
  else if (g.hasArg()) p.chain = g.take();
}

function optionalRulenum(p: ParsedCommand, g: Getopt<unknown>): boolean {
  if (!g.hasArg()) return false;
  p.rulenum = parseRulenum(g.take());
  return true;
}

/**
 * Parses one iptables command line (argv[0] is the program name). `argc`: only the first argc
 * words are the line (iptables-restore reuses one word list for all its lines).
 */
export function parseCommand(argv: string[], env: ParseEnv, argc = argv.length): ParsedCommand {
  const ws = takeWorkspace();
  try {
    return parseLine(ws, argv, argc, env);
  } finally {
    ws.release();
  }
}

function parseLine(ws: Workspace, argv: string[], argc: number, env: ParseEnv): ParsedCommand {
  const g = ws.getopt;
  g.restart(argv, argc);
  // every field declared up front: fields added later would need a separate property store
  const p: ParsedCommand = {
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
  const rule = emptyRule();
  const loaded = ws.loaded;
  const longs = ws.longs;
  longs.withoutFragments = env.family === 6 && env.backend === "legacy" && !env.xtablesOptions;
  const warn = warnerFor(p.warnings);
  const call = ws.call;
  call.rule = rule;
  call.backend = env.backend;
  call.family = env.family;
  call.hosts6 = env.names?.ipv6;
  call.hosts4 = env.names;
  call.accounts = env.names?.accounts;
  call.warn = warn;
  let invert = false;
  let protoArg: string | undefined;
  let protoUsed = false;
  let jumpto: string | undefined;
  let src: string | undefined;
  let dst: string | undefined;
  let waitSet = false;
  let waitIntervalSet = false;
  let tableSet = false;

  for (;;) {
    const before = g.optind;
    const step = g.step(longs);
    if (step === STEP_END) break;
    const val = g.val;
    const optarg = g.optarg;
    if (step === STEP_NONOPTION) {
      if (optarg === "!") {
        if (invert) throw paramProblem("multiple consecutive ! not allowed");
        invert = true;
        continue;
      }
      throw new XtablesError(`Bad argument \`${optarg}'`, { rc: 2, bare: true });
    }
    if (step === STEP_OPTION && typeof val !== "string") {
      const opt = val!;
      const inst = longs.inst!;
      const args = [optarg ?? ""];
      if (opt.args === 0) args.length = 0;
      if (opt.args === 2 && g.optind < argc) args.push(g.take());
      if (opt.optionalArg && g.optind < argc && !/^[-!]/.test(argv[g.optind]!)) args.push(g.take());
      if (invert && !opt.invertible) throw paramProblem(`${inst.ext.name}: option "--${opt.name}" cannot be inverted.\n`);
      call.option = opt.name;
      call.args = args;
      call.invert = invert;
      call.table = p.table as TableName;
      inst.ext.parse(inst.data, call);
      invert = false;
      continue;
    }
    if (step !== STEP_OPTION) {
      // Unknown option: maybe it belongs to the protocol's match (-p tcp --dport 22).
      const name = protoArg !== undefined ? protocolMatchName(protoArg, rule.proto) : undefined;
      const protoExt = name !== undefined && !protoUsed ? findMatch(name, env.family) : undefined;
      if (protoExt) {
        protoUsed = true;
        loadExtension(loaded, rule, "match", protoExt);
        g.optind = before;
        continue;
      }
      const word = argv[g.optind - 1] ?? "";
      if (step === STEP_MISSING) throw paramProblem(`option "${word}" requires an argument`);
      throw paramProblem(`unknown option "${word}"`);
    }
    // do_parse reads -p/-s/-d/-i/-o from argv[optind - 1], not optarg: "-s10.0.0.1" and
    // "--source=X" keep their option letters and fail as addresses
    const rawArg = argv[g.optind - 1] ?? "";
    switch (val) {
      case "A":
        addCommand(p, invert, CMD.APPEND, 0);
        p.chain = optarg;
        break;
      case "C":
        addCommand(p, invert, CMD.CHECK, 0);
        p.chain = optarg;
        break;
      case "D":
        addCommand(p, invert, CMD.DELETE, 0);
        p.chain = optarg;
        if (optionalRulenum(p, g)) p.command = CMD.DELETE_NUM;
        break;
      case "R":
        addCommand(p, invert, CMD.REPLACE, 0);
        p.chain = optarg;
        if (!optionalRulenum(p, g)) throw paramProblem("-R requires a rule number");
        break;
      case "I":
        addCommand(p, invert, CMD.INSERT, 0);
        p.chain = optarg;
        if (!optionalRulenum(p, g)) p.rulenum = 1;
        break;
      case "L":
        addCommand(p, invert, CMD.LIST, CMD.ZERO | CMD.ZERO_NUM);
        optionalChain(p, g, optarg);
        optionalRulenum(p, g);
        break;
      case "S":
        addCommand(p, invert, CMD.LIST_RULES, CMD.ZERO | CMD.ZERO_NUM);
        optionalChain(p, g, optarg);
        optionalRulenum(p, g);
        break;
      case "F":
        addCommand(p, invert, CMD.FLUSH, 0);
        optionalChain(p, g, optarg);
        break;
      case "Z":
        addCommand(p, invert, CMD.ZERO, CMD.LIST | CMD.LIST_RULES);
        optionalChain(p, g, optarg);
        // as in xshared.c, a rule number replaces the whole command (-L -Z C N lists nothing)
        if (optionalRulenum(p, g)) p.command = CMD.ZERO_NUM;
        break;
      case "N":
        checkNewChainName(optarg!, env.family);
        addCommand(p, invert, CMD.NEW_CHAIN, 0);
        p.chain = optarg;
        break;
      case "X":
        addCommand(p, invert, CMD.DELETE_CHAIN, 0);
        optionalChain(p, g, optarg);
        break;
      case "E":
        addCommand(p, invert, CMD.RENAME_CHAIN, 0);
        p.chain = optarg;
        if (!g.hasArg()) throw paramProblem("-E requires old-chain-name and new-chain-name");
        p.newname = g.take();
        break;
      case "P":
        addCommand(p, invert, CMD.SET_POLICY, 0);
        p.chain = optarg;
        if (!g.hasArg()) throw paramProblem("-P requires a chain and a policy");
        p.policy = g.take();
        break;
      case "h": {
        // `-p tcp -h` shows the protocol match's help too
        // iptables looks the -p text itself up as an extension, so `-p 6 -h` shows no tcp help
        const named = protoArg !== undefined && protocolMatchName(protoArg, rule.proto) === protoArg;
        const protoExt = named ? findMatch(protoArg!, env.family) : undefined;
        if (!loaded.list().some((i) => i.kind === "match") && protoExt) loadExtension(loaded, rule, "match", protoExt);
        let text = env.helpText ?? "";
        // (QUEUE is a standard target too, though no verdict of ours)
        if (jumpto !== undefined && (STANDARD_VERDICTS.has(jumpto) || jumpto === "QUEUE")) text += `\n${STANDARD_TARGET_HELP}`;
        const all = loaded.list();
        const blocks = [...all.filter((i) => i.kind === "target"), ...all.filter((i) => i.kind === "match")];
        for (const inst of blocks) {
          const help = inst.ext.help ?? (inst.kind === "match" ? MATCH_HELP[inst.ext.name] : undefined);
          text += `\n${help ?? `${inst.ext.name} does not take any options\n`}`;
        }
        p.exitText = text;
        return p;
      }
      case "V":
        p.exitText = invert ? `Not ${env.backendTag} ;-)\n` : `${env.versionName} v${env.backendTag}\n`;
        return p;
      case "p": {
        setOption(p, invert, OPT.PROTOCOL);
        protoArg = asciiLower(rawArg);
        rule.proto = parseProtocol(protoArg);
        rule.protoInvert = invert;
        if (rule.proto === 0 && invert) throw paramProblem("rule would never match protocol");
        break;
      }
      case "s":
        setOption(p, invert, OPT.SOURCE);
        rule.srcInvert = invert;
        src = rawArg;
        break;
      case "d":
        setOption(p, invert, OPT.DESTINATION);
        rule.dstInvert = invert;
        dst = rawArg;
        break;
      case "i":
      case "o": {
        if (optarg === "") throw paramProblem("Empty interface is likely to be undesired");
        const isIn = val === "i";
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
        break;
      }
      case "f":
        if (env.family === 6) throw paramProblem("`-f' is not supported in IPv6, use -m frag instead");
        setOption(p, invert, OPT.FRAGMENT);
        rule.frag = invert ? "notfrag" : "frag";
        break;
      case "j":
      case "g": {
        setOption(p, invert, OPT.JUMP);
        // do_parse hands -j the word argv[optind - 1] ("-jDROP" stays "-jDROP", a chain name),
        // -g its optarg
        jumpto = val === "j" ? rawArg : optarg!;
        checkTargetName(jumpto);
        if (val === "g") {
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
        break;
      }
      case "m": {
        if (invert) throw paramProblem("unexpected ! flag before --match");
        const name = optarg!;
        if (utf8AtLeast(name, MAX_NAME)) throw paramProblem(`Invalid match name "${name}" (${MAX_NAME - 1} chars max)`);
        const ext = findMatch(name, env.family);
        if (!ext) throw paramProblem(`Couldn't load match \`${name}':No such file or directory\n`);
        if (ext.loadWarning && !p.warnings.includes(ext.loadWarning)) p.warnings.push(ext.loadWarning);
        loadExtension(loaded, rule, "match", ext);
        break;
      }
      case "n":
        setOption(p, invert, OPT.NUMERIC);
        break;
      case "v":
        if (!p.verbose) setOption(p, invert, OPT.VERBOSE);
        p.verbose++;
        break;
      case "x":
        setOption(p, invert, OPT.EXPANDED);
        break;
      case "0":
        setOption(p, invert, OPT.LINENUMBERS);
        break;
      case "t":
        if (invert) throw paramProblem("unexpected ! flag before --table");
        if (env.restore && tableSet) throw paramProblem(`The -t option cannot be used in ${env.versionName}-restore.\n`);
        p.table = optarg!;
        tableSet = true;
        break;
      case "w": {
        if (env.restore) throw paramProblem("You cannot use `-w' from iptables-restore");
        const text = optarg ?? (g.hasArg() ? g.take() : undefined);
        if (text !== undefined && !/^\+?\d/.test(cTrimStart(text))) throw paramProblem("wait seconds not numeric");
        waitSet = true;
        break;
      }
      case "W": {
        if (env.restore) throw paramProblem("You cannot use `-W' from iptables-restore");
        // parse_wait_interval: a value is required and read with sscanf("%u") before the
        // deprecation notice is printed
        const text = optarg ?? (g.hasArg() ? g.take() : undefined);
        if (text === undefined) throw paramProblem("wait interval value required");
        const usec = scanUnsigned(text);
        if (usec === undefined) throw paramProblem("wait interval not numeric");
        if (usec > 999999) throw paramProblem(`too long usec wait ${usec} > 999999 usec`);
        p.warnings.push("Ignoring deprecated --wait-interval option.");
        waitIntervalSet = true;
        break;
      }
      case "c": {
        setOption(p, invert, OPT.COUNTERS);
        const comma = optarg!.indexOf(",");
        const pk = comma >= 0 ? optarg!.slice(0, comma) : optarg!;
        let by: string | undefined = comma >= 0 ? optarg!.slice(comma + 1) : undefined;
        if (by === undefined && g.hasArg()) by = g.take();
        if (by === undefined) throw paramProblem("-c requires packet and byte counter");
        const pkts = parseCounter(pk);
        if (pkts === undefined) throw paramProblem("-c packet counter not numeric");
        const bytes = parseCounter(by);
        if (bytes === undefined) throw paramProblem("-c byte counter not numeric");
        p.counters = { pkts, bytes };
        break;
      }
      case "M":
        break;
      case "b":
        // in the option string (ebtables' heritage) but handled by no case: command_default's
        // last resort prints optarg, which is NULL
        throw paramProblem('Unknown arg "(null)"');
      case "4":
      case "6":
        // each tool accepts its own family's flag; the other one fails (restore skips the line)
        if (val === (env.family === 6 ? "6" : "4")) break;
        if (env.restore) return { ...p, command: 0, exitText: "" };
        throw new XtablesError("", { rc: 2, bare: true, tryHelp: true });
    }
    invert = false;
  }

  if (p.table === "nat" && (p.policy === "DROP" || jumpto === "DROP")) {
    throw paramProblem('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
  }
  if (waitIntervalSet && !waitSet) throw paramProblem("--wait-interval only makes sense with --wait\n");
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
  if (g.optind < argc) throw paramProblem("unknown arguments found on commandline");
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
    if (protoProblem) throw protoProblem;
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

/** sscanf("%u"): leading blanks, a sign, digits; strtoul's overflow clamp, then cut to 32 bits. */
function scanUnsigned(text: string): number | undefined {
  const m = /^([+-]?)(\d+)/.exec(cTrimStart(text));
  if (!m) return undefined;
  let v = BigInt(m[2]!);
  if (v > 0xffffffffffffffffn) v = 0xffffffffffffffffn;
  if (m[1] === "-") v = -v;
  return Number(BigInt.asUintN(32, v));
}
