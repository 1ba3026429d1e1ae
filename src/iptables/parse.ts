// iptables' command-line parser (do_parse in xshared.c): argv → one command with its rules.
// Errors are thrown as XtablesError with iptables' exact wording; the front end prints them.
import type { ExtOption, MatchExtension, TargetExtension } from "../netfilter/extension.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { AddrMask, Rule, TableName } from "../netfilter/types.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { DEFAULT_NAMES, parseAddressList, parseInterface, parseProtocol, protocolMatchName, type NameTables } from "./address.js";
import { MATCH_HELP, STANDARD_TARGET_HELP } from "./match-help.js";
import { Getopt, lookupLong, type LongOption, type LongTable } from "./getopt.js";
import {
  MAX_NAME,
  STANDARD_VERDICTS,
  checkNewChainName,
  checkTargetName,
  expandAddresses,
  parseCounter,
  parseRulenum,
} from "./parse-helpers.js";
import { CMD, CORE_LONG_OPTIONS, INVERTIBLE, OPT, OPT_CHARS, SHORT_OPTIONS, cmdChar, illegalOption } from "./options.js";

export { MAX_NAME } from "./parse-helpers.js";

interface LoadedExtension {
  kind: "match" | "target";
  ext: MatchExtension | TargetExtension;
  data: unknown;
  /** Long options this instance contributes (made on first use: getopt compares identity). */
  entries?: LongOption<ExtRef>[];
}

interface ExtRef {
  inst: LoadedExtension;
  opt: ExtOption;
}

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
}

function emptyRule(): Rule {
  return {
    srcInvert: false,
    dstInvert: false,
    inIfaceInvert: false,
    outIfaceInvert: false,
    proto: 0,
    protoInvert: false,
    frag: "any",
    matches: [],
    action: { kind: "none" },
    counters: { pkts: 0n, bytes: 0n },
    // every rule gets these (expandAddresses): declared here they live in the object itself, not
    // in a separate property store added later
    src: undefined,
    dst: undefined,
  };
}

function extensionEntries(inst: LoadedExtension): LongOption<ExtRef>[] {
  inst.entries ??= inst.ext.options.map((opt) => ({ name: opt.name, hasArg: opt.args === 0 ? 0 : 1, val: { inst, opt } }));
  return inst.entries;
}

const CORE_BY_NAME = new Map(CORE_LONG_OPTIONS.map((o) => [o.name, o]));

/**
 * The merged option table of xtables_merge_options: core options, then the extensions'
 * options newest first. Exact names are looked up without building the merged list.
 */
class MergedOptions implements LongTable<ExtRef | string> {
  constructor(private readonly loaded: LoadedExtension[]) {}

  lookup(name: string): LongOption<ExtRef | string> | undefined {
    const core = CORE_BY_NAME.get(name);
    if (core) return core;
    for (let i = this.loaded.length - 1; i >= 0; i--) {
      const inst = this.loaded[i]!;
      // an exact name needs no shared entries (only prefix matching compares their identity)
      if (inst.entries) {
        const entry = inst.entries.find((e) => e.name === name);
        if (entry) return entry;
        continue;
      }
      const opt = inst.ext.options.find((o) => o.name === name);
      if (opt) return { name: opt.name, hasArg: opt.args === 0 ? 0 : 1, val: { inst, opt } };
    }
    return lookupLong(this.all(), name);
  }

  private *all(): Iterable<LongOption<ExtRef | string>> {
    yield* CORE_LONG_OPTIONS;
    for (let i = this.loaded.length - 1; i >= 0; i--) yield* extensionEntries(this.loaded[i]!);
  }
}

/** Parses one iptables command line (argv[0] is the program name). */
export function parseCommand(argv: string[], env: ParseEnv): ParsedCommand {
  const g = new Getopt<ExtRef | string>(argv, SHORT_OPTIONS);
  const p: ParsedCommand = { command: 0, table: "filter", options: 0, verbose: 0, rules: [], warnings: env.warnings ?? [] };
  const rule = emptyRule();
  const loaded: LoadedExtension[] = [];
  const longs = new MergedOptions(loaded);
  const extras = {
    backend: env.backend,
    family: env.family,
    warn: (text: string) => p.warnings.push(text.replace(/\n$/, "")),
  };
  let invert = false;
  let protoArg: string | undefined;
  let protoUsed = false;
  let jumpto: string | undefined;
  let src: string | undefined;
  let dst: string | undefined;
  let waitSet = false;
  let waitIntervalSet = false;
  let tableSet = false;

  const load = (kind: "match" | "target", ext: MatchExtension | TargetExtension): LoadedExtension => {
    const inst: LoadedExtension = { kind, ext, data: ext.init() };
    loaded.push(inst);
    if (kind === "match") rule.matches.push({ name: ext.name, data: inst.data });
    return inst;
  };
  const setOption = (opt: number) => {
    const letter = OPT_CHARS[Math.log2(opt)]!;
    if (p.options & opt) throw paramProblem(`multiple -${letter} flags not allowed`);
    p.options |= opt;
    if (invert && !(opt & INVERTIBLE)) throw paramProblem(`cannot have ! before -${letter}`);
  };
  const addCommand = (cmd: number, others: number) => {
    if (invert) throw paramProblem("unexpected '!' flag");
    if (p.command & ~others) throw paramProblem(`Cannot use -${cmdChar(cmd)} with -${cmdChar(p.command & ~others)}`);
    p.command |= cmd;
  };
  const optionalChain = (optarg: string | undefined) => {
    if (optarg !== undefined) p.chain = optarg;
    else if (g.hasArg()) p.chain = g.take();
  };
  const optionalRulenum = (): boolean => {
    if (!g.hasArg()) return false;
    p.rulenum = parseRulenum(g.take());
    return true;
  };

  for (;;) {
    const before = g.optind;
    const res = g.next(longs);
    if (res.kind === "end") break;
    if (res.kind === "nonoption") {
      if (res.optarg === "!") {
        if (invert) throw paramProblem("multiple consecutive ! not allowed");
        invert = true;
        continue;
      }
      throw new XtablesError(`Bad argument \`${res.optarg}'`, { rc: 2, bare: true });
    }
    if (res.kind === "option" && typeof res.val !== "string") {
      const { inst, opt } = res.val;
      const args = [res.optarg ?? ""];
      if (opt.args === 0) args.length = 0;
      if (opt.args === 2 && g.optind < argv.length) args.push(g.take());
      if (invert && !opt.invertible) throw paramProblem(`${inst.ext.name}: option "--${opt.name}" cannot be inverted.\n`);
      const call = { option: opt.name, args, invert, rule, table: p.table as TableName, backend: extras.backend, family: extras.family, warn: extras.warn };
      inst.ext.parse(inst.data, call);
      invert = false;
      continue;
    }
    if (res.kind !== "option") {
      // Unknown option: maybe it belongs to the protocol's match (-p tcp --dport 22).
      const name = protoArg !== undefined ? protocolMatchName(protoArg, rule.proto) : undefined;
      const protoExt = name !== undefined && !protoUsed ? findMatch(name, env.family) : undefined;
      if (protoExt) {
        protoUsed = true;
        load("match", protoExt);
        g.optind = before;
        continue;
      }
      const word = argv[g.optind - 1] ?? "";
      if (res.kind === "missing") throw paramProblem(`option "${word}" requires an argument`);
      throw paramProblem(`unknown option "${word}"`);
    }
    const optarg = res.optarg;
    // do_parse reads -p/-s/-d/-i/-o from argv[optind - 1], not optarg: "-s10.0.0.1" and
    // "--source=X" keep their option letters and fail as addresses
    const rawArg = argv[g.optind - 1] ?? "";
    switch (res.val) {
      case "A":
        addCommand(CMD.APPEND, 0);
        p.chain = optarg;
        break;
      case "C":
        addCommand(CMD.CHECK, 0);
        p.chain = optarg;
        break;
      case "D":
        addCommand(CMD.DELETE, 0);
        p.chain = optarg;
        if (optionalRulenum()) p.command = CMD.DELETE_NUM;
        break;
      case "R":
        addCommand(CMD.REPLACE, 0);
        p.chain = optarg;
        if (!optionalRulenum()) throw paramProblem("-R requires a rule number");
        break;
      case "I":
        addCommand(CMD.INSERT, 0);
        p.chain = optarg;
        if (!optionalRulenum()) p.rulenum = 1;
        break;
      case "L":
        addCommand(CMD.LIST, CMD.ZERO | CMD.ZERO_NUM);
        optionalChain(optarg);
        optionalRulenum();
        break;
      case "S":
        addCommand(CMD.LIST_RULES, CMD.ZERO | CMD.ZERO_NUM);
        optionalChain(optarg);
        optionalRulenum();
        break;
      case "F":
        addCommand(CMD.FLUSH, 0);
        optionalChain(optarg);
        break;
      case "Z":
        addCommand(CMD.ZERO, CMD.LIST | CMD.LIST_RULES);
        optionalChain(optarg);
        // as in xshared.c, a rule number replaces the whole command (-L -Z C N lists nothing)
        if (optionalRulenum()) p.command = CMD.ZERO_NUM;
        break;
      case "N":
        checkNewChainName(optarg!);
        addCommand(CMD.NEW_CHAIN, 0);
        p.chain = optarg;
        break;
      case "X":
        addCommand(CMD.DELETE_CHAIN, 0);
        optionalChain(optarg);
        break;
      case "E":
        addCommand(CMD.RENAME_CHAIN, 0);
        p.chain = optarg;
        if (!g.hasArg()) throw paramProblem("-E requires old-chain-name and new-chain-name");
        p.newname = g.take();
        break;
      case "P":
        addCommand(CMD.SET_POLICY, 0);
        p.chain = optarg;
        if (!g.hasArg()) throw paramProblem("-P requires a chain and a policy");
        p.policy = g.take();
        break;
      case "h": {
        // `-p tcp -h` shows the protocol match's help too
        const protoName = protoArg !== undefined ? protocolMatchName(protoArg, rule.proto) : undefined;
        const protoExt = protoName !== undefined ? findMatch(protoName, env.family) : undefined;
        if (!loaded.some((i) => i.kind === "match") && protoExt) load("match", protoExt);
        let text = env.helpText ?? "";
        if (jumpto !== undefined && STANDARD_VERDICTS.has(jumpto)) text += `\n${STANDARD_TARGET_HELP}`;
        const blocks = [...loaded.filter((i) => i.kind === "target"), ...loaded.filter((i) => i.kind === "match")];
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
        setOption(OPT.PROTOCOL);
        protoArg = rawArg.toLowerCase();
        rule.proto = parseProtocol(protoArg);
        rule.protoInvert = invert;
        if (rule.proto === 0 && invert) throw paramProblem("rule would never match protocol");
        break;
      }
      case "s":
        setOption(OPT.SOURCE);
        rule.srcInvert = invert;
        src = rawArg;
        break;
      case "d":
        setOption(OPT.DESTINATION);
        rule.dstInvert = invert;
        dst = rawArg;
        break;
      case "i":
      case "o": {
        if (optarg === "") throw paramProblem("Empty interface is likely to be undesired");
        const isIn = res.val === "i";
        setOption(isIn ? OPT.VIANAMEIN : OPT.VIANAMEOUT);
        const name = parseInterface(rawArg);
        if (/[/ ]/.test(name)) {
          p.warnings.push(`Warning: weird character in interface \`${name}' ('/' and ' ' are not allowed by the kernel).`);
        }
        // a bare "+" matches every interface and is dropped, but nft keeps its negation
        const keep = name !== "+" || invert;
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
        setOption(OPT.FRAGMENT);
        rule.frag = invert ? "notfrag" : "frag";
        break;
      case "j":
      case "g": {
        setOption(OPT.JUMP);
        checkTargetName(optarg!);
        jumpto = optarg!;
        if (res.val === "g") {
          rule.action = { kind: "goto", chain: jumpto };
          p.jumpChain = jumpto;
        } else if (STANDARD_VERDICTS.has(jumpto)) {
          rule.action = { kind: "verdict", verdict: jumpto as "ACCEPT" | "DROP" | "RETURN" };
        } else {
          const ext = findTarget(jumpto, env.family);
          if (ext) {
            const inst = load("target", ext);
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
        if (name.length >= MAX_NAME) throw paramProblem(`Invalid match name "${name}" (${MAX_NAME - 1} chars max)`);
        const ext = findMatch(name, env.family);
        if (!ext) throw paramProblem(`Couldn't load match \`${name}':No such file or directory\n`);
        load("match", ext);
        break;
      }
      case "n":
        setOption(OPT.NUMERIC);
        break;
      case "v":
        if (!p.verbose) setOption(OPT.VERBOSE);
        p.verbose++;
        break;
      case "x":
        setOption(OPT.EXPANDED);
        break;
      case "0":
        setOption(OPT.LINENUMBERS);
        break;
      case "t":
        if (invert) throw paramProblem("unexpected ! flag before --table");
        if (env.restore && tableSet) throw paramProblem(`The -t option cannot be used in iptables-restore.\n`);
        p.table = optarg!;
        tableSet = true;
        break;
      case "w": {
        if (env.restore) throw paramProblem("You cannot use `-w' from iptables-restore");
        const text = optarg ?? (g.hasArg() ? g.take() : undefined);
        if (text !== undefined && !/^\s*\+?\d/.test(text)) throw paramProblem("wait seconds not numeric");
        waitSet = true;
        break;
      }
      case "W": {
        if (env.restore) throw paramProblem("You cannot use `-W' from iptables-restore");
        p.warnings.push("Ignoring deprecated --wait-interval option.");
        const text = optarg ?? (g.hasArg() ? g.take() : undefined);
        if (text !== undefined && !/^\s*\+?\d/.test(text)) throw paramProblem("wait interval not numeric");
        waitIntervalSet = true;
        break;
      }
      case "c": {
        setOption(OPT.COUNTERS);
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
        if (res.val === (env.family === 6 ? "6" : "4")) break;
        if (env.restore) return { ...p, command: 0, exitText: "" };
        throw new XtablesError("", { rc: 2, bare: true, tryHelp: true });
    }
    invert = false;
  }

  if (waitIntervalSet && !waitSet) throw paramProblem("--wait-interval only makes sense with --wait\n");
  if (p.table === "nat" && (p.policy === "DROP" || jumpto === "DROP")) {
    throw paramProblem('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
  }
  const chain = p.chain ?? "";
  const finalCall = () => ({ rule, table: p.table as TableName, chain, backend: extras.backend, family: extras.family, warn: extras.warn });
  for (const inst of loaded) {
    if (inst.kind === "match" && inst.ext.finalCheck) inst.ext.finalCheck(inst.data, finalCall());
  }
  for (const inst of loaded) {
    if (inst.kind === "target" && inst.ext.finalCheck) inst.ext.finalCheck(inst.data, finalCall());
  }
  for (const inst of loaded) compactSeen(inst.data);
  if (g.optind < argv.length) throw paramProblem("unknown arguments found on commandline");
  if (!p.command) throw paramProblem("no command specified");
  if (invert) throw paramProblem("nothing appropriate following !");

  const ruleCommand = CMD.APPEND | CMD.DELETE | CMD.CHECK | CMD.INSERT | CMD.REPLACE;
  let sources: (AddrMask | undefined)[] = [undefined];
  let dests: (AddrMask | undefined)[] = [undefined];
  if (p.command & ruleCommand) {
    const names = env.names ?? DEFAULT_NAMES;
    if (src !== undefined) sources = parseAddressList(src, names);
    if (dst !== undefined) dests = parseAddressList(dst, names);
    if ((sources.length > 1 || dests.length > 1) && (rule.srcInvert || rule.dstInvert)) {
      throw paramProblem("! not allowed with multiple source or destination IP addresses");
    }
  }
  if (p.command === CMD.REPLACE && (sources.length !== 1 || dests.length !== 1)) {
    throw paramProblem("Replacement rule does not specify a unique address");
  }
  const illegal = illegalOption(p.command, p.options);
  if (illegal) throw paramProblem(`Illegal option \`-${illegal}' with this command`);
  if (p.chain !== undefined && p.chain.length >= MAX_NAME) {
    throw paramProblem(`chain name \`${p.chain}' too long (must be under ${MAX_NAME} chars)`);
  }
  if (p.command & ruleCommand) {
    if ((chain === "PREROUTING" || chain === "INPUT") && p.options & OPT.VIANAMEOUT) {
      throw paramProblem(`Can't use -o with ${chain}\n`);
    }
    if ((chain === "POSTROUTING" || chain === "OUTPUT") && p.options & OPT.VIANAMEIN) {
      throw paramProblem(`Can't use -i with ${chain}\n`);
    }
    if (p.counters) rule.counters = { ...p.counters };
    // pushed-into arrays keep 17 slots; the rule set holds one per rule for life
    if (rule.matches.length > 0) rule.matches = rule.matches.slice();
    p.rules = expandAddresses(rule, sources, dests);
  }
  return p;
}

/**
 * An extension's `seen` bookkeeping grows a 16-slot backing store on its first push; the rule keeps
 * it for life (a 10k-Service restore holds ~200k of them). A same-content copy is sized exactly.
 */
function compactSeen(data: unknown): void {
  const seen = (data as { seen?: unknown } | undefined)?.seen;
  if (Array.isArray(seen) && seen.length > 0) (data as { seen: unknown[] }).seen = seen.slice();
}
