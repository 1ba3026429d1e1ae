// iptables' command-line parser (do_parse in xshared.c): argv → one command with its rules.
// Errors are thrown as XtablesError with iptables' exact wording; the front end prints them.
import type { TableName } from "../netfilter/types.js";
import type { ParseCall } from "../netfilter/extension.js";
import { findMatch } from "../netfilter/registry.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { protocolMatchName } from "./address.js";
import { MATCH_HELP, STANDARD_TARGET_HELP } from "./match-help.js";
import { STEP_END, STEP_MISSING, STEP_NONOPTION, STEP_OPTION, type Getopt } from "./getopt.js";
import { takeWorkspace, type Workspace } from "./parse-workspace.js";
import { STANDARD_VERDICTS, checkNewChainName, parseCounter, parseRulenum } from "./parse-helpers.js";
import { CMD, OPT } from "./options.js";
import { cTrimStart } from "../netfilter/extensions/util/utf8.js";
import { cannotInvert, onlyOnce } from "../netfilter/extensions/util/errors.js";
import {
  addCommand,
  applyInterface,
  applyJump,
  applyMatch,
  applyProtocol,
  checkNatDrop,
  emptyRule,
  finishParse,
  loadExtension,
  newParsedCommand,
  prepareCalls,
  setOption,
  type ParseEnv,
  type ParsedCommand,
} from "./parse-core.js";

export { emptyRule, type ParseEnv, type ParsedCommand } from "./parse-core.js";
export { MAX_NAME } from "./parse-helpers.js";

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
  const p = newParsedCommand(env);
  const rule = emptyRule();
  const loaded = ws.loaded;
  const longs = ws.longs;
  longs.withoutFragments = env.family === 6 && env.backend === "legacy" && !env.xtablesOptions;
  const call = prepareCalls(ws, rule, env, p.warnings);
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
      call.option = opt.name;
      call.args = args;
      call.invert = invert;
      call.table = p.table as TableName;
      if (invert && !opt.invertible) throw invertRefused(inst.ext, inst.data, call);
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
      case "p":
        protoArg = applyProtocol(p, rule, invert, rawArg);
        break;
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
      case "o":
        applyInterface(p, rule, env, invert, val === "i", optarg, rawArg);
        break;
      case "f":
        if (env.family === 6) throw paramProblem("`-f' is not supported in IPv6, use -m frag instead");
        setOption(p, invert, OPT.FRAGMENT);
        rule.frag = invert ? "notfrag" : "frag";
        break;
      case "j":
      case "g":
        // do_parse hands -j the word argv[optind - 1] ("-jDROP" stays "-jDROP", a chain name),
        // -g its optarg
        jumpto = applyJump(p, rule, loaded, env, invert, val === "g", val === "j" ? rawArg : optarg!);
        break;
      case "m":
        applyMatch(p, rule, loaded, env, invert, optarg!);
        break;
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

  checkNatDrop(p, jumpto);
  if (waitIntervalSet && !waitSet) throw paramProblem("--wait-interval only makes sense with --wait\n");
  return finishParse(ws, p, rule, env, src, dst, invert, g.optind < argc);
}

/**
 * "! --opt" for an option that cannot be inverted. xtables_option_parse first refuses an option
 * given twice, so the extension is asked whether it takes it again (on its own data: some keep
 * what was given by the data's identity; the command fails either way).
 */
function invertRefused(ext: { name: string; parse(data: unknown, call: ParseCall): void }, data: unknown, call: ParseCall): XtablesError {
  try {
    ext.parse(data, { ...call, invert: false, warn: undefined });
  } catch (err) {
    if (err instanceof XtablesError && err.message === onlyOnce(ext.name, call.option).message) return err;
  }
  return cannotInvert(ext.name, call.option);
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
