// arptables-nft 1.8.9's command line: xtables' do_parse with ARPT_OPTSTRING and the arp
// option table, then nft_arp_post_parse. Rules come out as the kernel will hold them (see
// kernel-form.ts). Errors are XtablesErrors with the real wording.
import { Getopt, longOptions, type LongOption } from "../iptables/getopt.js";
import { type NameTables, parseAddressList, parseInterface, parseProtocol } from "../iptables/address.js";
import { CMD, OPT, cmdChar, illegalOption } from "../iptables/options.js";
import { MAX_NAME, checkTargetName, parseCounter, parseRulenum } from "../iptables/parse-helpers.js";
import { XtablesError, paramProblem } from "../netfilter/xtables-error.js";
import { C_SPACE, utf8Length } from "../netfilter/extensions/util/utf8.js";
import { type ArpTargetData, TARGET_OPTIONS, finalTargetCheck, newTargetData, parseTargetOption } from "./targets.js";
import { type ArpRule, INV, newRule } from "./types.js";
import { kernelForm } from "./kernel-form.js";
import { type ArpFieldArgs, setArpFields } from "./post-parse.js";
import { arpHelp } from "./help.js";
import { ArpMatches, blankRule } from "./xt-matches.js";
import { ArpXtTarget, XT_TARGETS } from "./xt-targets.js";

const STANDARD = ["ACCEPT", "DROP", "RETURN", "QUEUE"];

export { CMD } from "../iptables/options.js";

/** Option bits (OPT_* of xshared.h, arp ones included). */
export const AOPT = {
  ...OPT,
  S_MAC: 1 << 12,
  D_MAC: 1 << 13,
  H_LENGTH: 1 << 14,
  OPCODE: 1 << 15,
  H_TYPE: 1 << 16,
  P_TYPE: 1 << 17,
} as const;

/** optflags[]: the "letter" each option bit prints as (2..6 are raw bytes in the C table). */
const OPT_CHARS = ["n", "s", "d", "p", "j", "v", "x", "i", "o", "0", "c", "f", "\x02", "\x03", "l", "\x04", "\x05", "\x06"];
const INVERSE: number[] = [0, INV.SRCIP, INV.DSTIP, INV.PROTO, 0, 0, 0, INV.VIA_IN, INV.VIA_OUT, 0, 0, 0x20, INV.SRCDEVADDR, INV.TGTDEVADDR, INV.ARPHLN, INV.ARPOP, INV.ARPHRD, INV.PROTO];

// commands_v_options (CMD bit order × option bit order): 'x' = illegal
const LEGALITY = [
  /*INSERT*/ "x     x  x        ",
  /*DELETE*/ "x     x  xx       ",
  /*DELETE_NUM*/ "xxxxx xxxxxxxxxxxx",
  /*REPLACE*/ "x     x  x        ",
  /*APPEND*/ "x     x  x        ",
  /*LIST*/ " xxxx  xx xxxxxxxx",
  /*FLUSH*/ "xxxxx xxxxxxxxxxxx",
  /*ZERO*/ "xxxxx xxxxxxxxxxxx",
  /*NEW_CHAIN*/ "xxxxx xxxxxxxxxxxx",
  /*DEL_CHAIN*/ "xxxxx xxxxxxxxxxxx",
  /*SET_POLICY*/ "xxxxx xxxx xxxxxxx",
  /*RENAME*/ "xxxxx xxxxxxxxxxxx",
  /*LIST_RULES*/ "xxxxx xxxxxxxxxxxx",
  /*ZERO_NUM*/ "xxxxx xxxxxxxxxxxx",
  /*CHECK*/ "x     x  xx       ",
];

const LONGS = longOptions(
  [
    ["append", 1, "A"], ["delete", 1, "D"], ["check", 1, "C"], ["insert", 1, "I"], ["replace", 1, "R"],
    ["list", 2, "L"], ["list-rules", 2, "S"], ["flush", 2, "F"], ["zero", 2, "Z"], ["new-chain", 1, "N"],
    ["delete-chain", 2, "X"], ["rename-chain", 1, "E"], ["policy", 1, "P"], ["source-ip", 1, "s"],
    ["destination-ip", 1, "d"], ["src-ip", 1, "s"], ["dst-ip", 1, "d"], ["source-mac", 1, "srcmac"],
    ["destination-mac", 1, "dstmac"], ["src-mac", 1, "srcmac"], ["dst-mac", 1, "dstmac"], ["h-length", 1, "l"],
    ["p-length", 1, "plen"], ["opcode", 1, "opcode"], ["h-type", 1, "htype"], ["proto-type", 1, "ptype"],
    ["in-interface", 1, "i"], ["jump", 1, "j"], ["table", 1, "t"], ["match", 1, "m"], ["numeric", 0, "n"],
    ["out-interface", 1, "o"], ["verbose", 0, "v"], ["exact", 0, "x"], ["version", 0, "V"], ["help", 2, "h"],
    ["line-numbers", 0, "0"], ["modprobe", 1, "M"], ["set-counters", 1, "c"],
  ] as [string, 0 | 1 | 2, string][],
);

/** ARPT_OPTSTRING: "-:A:C:D:E:F::I:L::M:N:P:VX::Z::c:d:i:j:o:p:s:t:R:S::h::l:nvx". */
const SHORTS = {
  A: 1, C: 1, D: 1, E: 1, F: 2, I: 1, L: 2, M: 1, N: 1, P: 1, V: 0, X: 2, Z: 2,
  c: 1, d: 1, i: 1, j: 1, o: 1, p: 1, s: 1, t: 1, R: 1, S: 2, h: 2, l: 1, n: 0, v: 0, x: 0,
} as const;

export interface ArpCommand {
  command: number;
  table: string;
  chain?: string;
  /** -I/-R/-D/-L/-S/-Z rule number (1-based; 0 when none). */
  rulenum: number;
  newname?: string;
  policy?: string;
  options: number;
  verbose: number;
  /** The rules -A/-I/-R/-D/-C send, one per source × destination, as the kernel keeps them. */
  rules: ArpRule[];
  /** -j names a chain (no verdict, no extension): nft checks it exists. */
  jumpChain?: string;
  /** -h / -V: what is printed on stdout before exiting 0. */
  exitText?: string;
}

export interface ArpParseEnv {
  names: NameTables;
  /** Inside arptables-restore ("-t" may come once, from the restore line itself). */
  restore: boolean;
  /** Receives what is printed on stderr whatever the outcome (warnings). */
  stderr: string[];
  /** The program name -h and -V print ("arptables" unless arptables-restore). */
  prog?: string;
}

/** Targets xtables_find_target finds for NFPROTO_ARP (the arp ones and libxt's family-less ones). */
const TARGET_NAMES = new Set([
  "", "standard", "ACCEPT", "DROP", "RETURN", "QUEUE", "mangle", "MARK", "CLASSIFY", "LOG", "NFLOG", "NFQUEUE", "TRACE",
  "CONNMARK", "AUDIT", "SET", "CHECKSUM", "CONNSECMARK", "CT", "IDLETIMER", "LED", "NOTRACK", "RATEEST", "SECMARK",
  "SYNPROXY", "TCPOPTSTRIP", "TOS",
]);

/** assert_valid_chain_name (-N). */
function assertValidChainName(name: string): void {
  if (utf8Length(name) >= MAX_NAME) throw paramProblem(`chain name \`${name}' too long (must be under ${MAX_NAME} chars)`);
  if (name[0] === "-" || name[0] === "!") throw paramProblem(`chain name not allowed to start with \`${name[0]}'`);
  if (TARGET_NAMES.has(name)) throw paramProblem("chain name may not clash with target name");
  if (C_SPACE.test(name)) throw paramProblem(`Invalid chain name \`${name}'`);
}

function optChar(option: number): string {
  return OPT_CHARS[Math.log2(option)]!;
}

export function parseArpCommand(argv: string[], env: ArpParseEnv): ArpCommand {
  const g = new Getopt<string>(argv, SHORTS);
  const longs: LongOption<string>[] = [...LONGS];
  const p: ArpCommand = { command: 0, table: "filter", rulenum: 0, options: 0, verbose: 0, rules: [] };
  const cs = newRule();
  let invflags = 0;
  let invert = false;
  let tableSet = false;
  let jumpto = "";
  let targetData: ArpTargetData | undefined;
  let src: string | undefined;
  let dst: string | undefined;
  /** The ARP header options, read once the line is parsed (nft_arp_post_parse). */
  const fields: ArpFieldArgs = {};
  const matches = new ArpMatches();
  /** Targets libxtables has loaded so far, oldest first ("standard" for the verdicts). */
  const loadedTargets: string[] = [];
  let xtTarget: ArpXtTarget | undefined;
  const helpText = (): string => {
    const prog = env.prog ?? "arptables";
    const extra = xtTarget?.help !== undefined ? [{ name: xtTarget.name, text: xtTarget.help }] : [];
    return arpHelp(prog, loadedTargets, matches.helps(), extra);
  };
  let pcnt = 0n;
  let bcnt = 0n;

  const addCommand = (cmd: number, others: number): void => {
    if (invert) throw paramProblem("unexpected '!' flag");
    if (p.command & ~others) throw paramProblem(`Cannot use -${cmdChar(cmd)} with -${cmdChar(p.command & ~others)}`);
    p.command |= cmd;
  };
  const setOption = (option: number): void => {
    if (p.options & option) throw paramProblem(`multiple -${optChar(option)} flags not allowed`);
    p.options |= option;
    if (invert) {
      const bit = INVERSE[Math.log2(option)]!;
      if (!bit) throw paramProblem(`cannot have ! before -${optChar(option)}`);
      invflags |= bit;
    }
  };
  const hasArg = (): boolean => g.optind < argv.length && argv[g.optind]![0] !== "-" && argv[g.optind]![0] !== "!";
  // check_inverse: "--option ! value" (deprecated) inverts and takes the next word
  const checkInverse = (optarg: string | undefined): void => {
    if (optarg !== "!") return;
    env.stderr.push("Using intrapositioned negation (`--option ! this`) is deprecated in favor of extrapositioned (`! --option this`).\n");
    if (invert) throw paramProblem("Multiple `!' flags not allowed");
    invert = true;
    g.optind++;
    if (g.optind > argv.length) throw paramProblem("no argument following `!'");
  };
  const value = (): string => argv[g.optind - 1]!;

  for (;;) {
    const r = g.next(longs);
    if (r.kind === "end") break;
    if (r.kind === "nonoption") {
      if (r.optarg === "!") {
        if (invert) throw paramProblem("multiple consecutive ! not allowed");
        invert = true;
        continue;
      }
      throw new XtablesError(`Bad argument \`${r.optarg}'`, { rc: 2, bare: true });
    }
    if (r.kind === "missing") throw paramProblem(`option "${argv[g.optind - 1]}" requires an argument`);
    if (r.kind === "unknown") throw paramProblem(`unknown option "${argv[g.optind - 1]}"`);
    const c = String(r.val);
    const optarg = r.optarg;
    switch (c) {
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
        if (hasArg()) {
          p.rulenum = parseRulenum(argv[g.optind++]!);
          p.command = CMD.DELETE_NUM;
        }
        break;
      case "R":
        addCommand(CMD.REPLACE, 0);
        p.chain = optarg;
        if (!hasArg()) throw paramProblem("-R requires a rule number");
        p.rulenum = parseRulenum(argv[g.optind++]!);
        break;
      case "I":
        addCommand(CMD.INSERT, 0);
        p.chain = optarg;
        p.rulenum = hasArg() ? parseRulenum(argv[g.optind++]!) : 1;
        break;
      case "L":
      case "S":
        addCommand(c === "L" ? CMD.LIST : CMD.LIST_RULES, CMD.ZERO | CMD.ZERO_NUM);
        if (optarg !== undefined) p.chain = optarg;
        else if (hasArg()) p.chain = argv[g.optind++];
        if (hasArg()) p.rulenum = parseRulenum(argv[g.optind++]!);
        break;
      case "F":
      case "X":
        addCommand(c === "F" ? CMD.FLUSH : CMD.DELETE_CHAIN, 0);
        if (optarg !== undefined) p.chain = optarg;
        else if (hasArg()) p.chain = argv[g.optind++];
        break;
      case "Z":
        addCommand(CMD.ZERO, CMD.LIST | CMD.LIST_RULES);
        if (optarg !== undefined) p.chain = optarg;
        else if (hasArg()) p.chain = argv[g.optind++];
        if (hasArg()) {
          p.rulenum = parseRulenum(argv[g.optind++]!);
          // (the C code assigns: an -L before it is forgotten)
          p.command = CMD.ZERO_NUM;
        }
        break;
      case "N":
        assertValidChainName(optarg!);
        addCommand(CMD.NEW_CHAIN, 0);
        p.chain = optarg;
        break;
      case "E":
        addCommand(CMD.RENAME_CHAIN, 0);
        p.chain = optarg;
        if (!hasArg()) throw paramProblem("-E requires old-chain-name and new-chain-name");
        p.newname = argv[g.optind++];
        break;
      case "P":
        addCommand(CMD.SET_POLICY, 0);
        p.chain = optarg;
        if (!hasArg()) throw paramProblem("-P requires a chain and a policy");
        p.policy = argv[g.optind++];
        break;
      case "h":
        return { ...p, exitText: helpText() };
      case "p": {
        checkInverse(optarg);
        setOption(AOPT.PROTOCOL);
        const proto = parseProtocol(value().toLowerCase());
        if (proto === 0 && invflags & INV.PROTO) throw paramProblem("rule would never match protocol");
        break;
      }
      case "s":
      case "d":
        checkInverse(optarg);
        setOption(c === "s" ? AOPT.SOURCE : AOPT.DESTINATION);
        if (c === "s") src = value();
        else dst = value();
        break;
      case "srcmac":
      case "dstmac":
        checkInverse(optarg);
        setOption(c === "srcmac" ? AOPT.S_MAC : AOPT.D_MAC);
        if (c === "srcmac") fields.srcMac = value();
        else fields.dstMac = value();
        break;
      case "l":
        checkInverse(optarg);
        setOption(AOPT.H_LENGTH);
        fields.hlen = value();
        break;
      case "plen":
        throw paramProblem("not supported");
      case "opcode":
        checkInverse(optarg);
        setOption(AOPT.OPCODE);
        fields.opcode = value();
        break;
      case "htype":
        checkInverse(optarg);
        setOption(AOPT.H_TYPE);
        fields.htype = value();
        break;
      case "ptype":
        checkInverse(optarg);
        setOption(AOPT.P_TYPE);
        fields.ptype = value();
        break;
      case "j": {
        setOption(AOPT.JUMP);
        jumpto = value();
        checkTargetName(jumpto);
        targetData = newTargetData(jumpto);
        if (targetData) for (const name of TARGET_OPTIONS[targetData.kind]) longs.unshift({ name, hasArg: 1, val: `target:${name}` });
        if (targetData) loadedTargets.push(jumpto);
        else if (STANDARD.includes(jumpto)) loadedTargets.push("standard");
        else if (XT_TARGETS.has(jumpto)) {
          xtTarget = new ArpXtTarget(jumpto, longs);
          loadedTargets.push(jumpto);
        }
        break;
      }
      case "i":
      case "o": {
        if (optarg === "") env.stderr.push("Empty interface is likely to be undesired");
        checkInverse(optarg);
        setOption(c === "i" ? AOPT.VIANAMEIN : AOPT.VIANAMEOUT);
        // ("+" alone matches every interface: nothing is sent unless it is inverted)
        const name = parseInterface(value()) === "+" && !invert ? "" : value();
        if (c === "i") cs.iniface = name;
        else cs.outiface = name;
        break;
      }
      case "v":
        if (!p.verbose) setOption(AOPT.VERBOSE);
        p.verbose++;
        break;
      case "m":
        if (invert) throw paramProblem("unexpected ! flag before --match");
        matches.load(optarg!, longs);
        break;
      case "n":
        setOption(AOPT.NUMERIC);
        break;
      case "t":
        if (invert) throw paramProblem("unexpected ! flag before --table");
        if (env.restore && tableSet) throw paramProblem("The -t option cannot be used in arptables-restore.\n");
        p.table = optarg!;
        tableSet = true;
        break;
      case "x":
        setOption(AOPT.EXPANDED);
        break;
      case "V":
        return { ...p, exitText: invert ? "Not 1.8.9 (nf_tables) ;-)\n" : `${env.prog ?? "arptables"} v1.8.9 (nf_tables)\n` };
      case "0":
        setOption(AOPT.LINENUMBERS);
        break;
      case "M":
        break;
      case "c": {
        setOption(AOPT.COUNTERS);
        const comma = optarg!.indexOf(",", 1);
        let b = comma >= 0 ? optarg!.slice(comma + 1) : undefined;
        if (b === undefined && hasArg()) b = argv[g.optind++];
        if (b === undefined) throw paramProblem("-c requires packet and byte counter");
        const pc = parseCounter(optarg!);
        if (pc === undefined) throw paramProblem("-c packet counter not numeric");
        const bc = parseCounter(b);
        if (bc === undefined) throw paramProblem("-c byte counter not numeric");
        pcnt = pc;
        bcnt = bc;
        break;
      }
      default:
        if (c.startsWith("xt:")) {
          xtTarget!.parse(c, optarg, invert, blankRule(), () => (g.optind < argv.length && !/^[-!]/.test(argv[g.optind]!) ? argv[g.optind++] : undefined));
          break;
        }
        if (c.startsWith("match:")) {
          const more = (): string | undefined => (g.optind < argv.length && (c.endsWith(":tcp-flags") || !/^[-!]/.test(argv[g.optind]!)) ? argv[g.optind++] : undefined);
          matches.parse(c, optarg, invert, more);
          break;
        }
        // a target extension's option (merged in when -j loaded it)
        parseTargetOption(targetData!, c.slice("target:".length), optarg!, invert, env.names);
        break;
    }
    invert = false;
  }

  matches.finalCheck(p.chain ?? "");
  if (targetData) finalTargetCheck(targetData);
  xtTarget?.finalCheck(blankRule(), p.chain ?? "");
  if (g.optind < argv.length) throw paramProblem("unknown arguments found on commandline");
  if (!p.command) throw paramProblem("no command specified");
  if (invert) throw paramProblem("nothing appropriate following !");

  // nft_arp_post_parse
  cs.invflags = invflags;
  cs.pcnt = pcnt;
  cs.bcnt = bcnt;
  const ruleCommand = p.command & (CMD.REPLACE | CMD.INSERT | CMD.DELETE | CMD.APPEND | CMD.CHECK);
  if (ruleCommand) {
    src ??= "0.0.0.0/0";
    dst ??= "0.0.0.0/0";
  }
  const sources = src !== undefined ? parseAddressList(src, env.names, true) : [];
  const dests = dst !== undefined ? parseAddressList(dst, env.names, true) : [];
  if ((sources.length > 1 || dests.length > 1) && invflags & INV.SRCIP) {
    throw paramProblem("! not allowed with multiple source or destination IP addresses");
  }
  setArpFields(cs, fields);
  if (p.command === CMD.REPLACE && (sources.length !== 1 || dests.length !== 1)) {
    throw paramProblem("Replacement rule does not specify a unique address");
  }
  const illegal = illegalOption(p.command, p.options, OPT_CHARS, LEGALITY);
  if (illegal !== undefined) throw paramProblem(`Illegal option \`-${illegal}' with this command`);
  if (p.chain !== undefined && utf8Length(p.chain) >= 29) throw paramProblem(`chain name \`${p.chain}' too long (must be under 29 chars)`);
  if (ruleCommand || p.command === CMD.DELETE_NUM) {
    if ((p.chain === "PREROUTING" || p.chain === "INPUT") && p.options & AOPT.VIANAMEOUT) throw paramProblem(`Can't use -o with ${p.chain}\n`);
    if ((p.chain === "POSTROUTING" || p.chain === "OUTPUT") && p.options & AOPT.VIANAMEIN) throw paramProblem(`Can't use -i with ${p.chain}\n`);
  }

  cs.target = jumpto;
  cs.targetData = targetData;
  if (jumpto && !targetData && !xtTarget && !STANDARD.includes(jumpto)) p.jumpChain = jumpto;
  if (ruleCommand) {
    const pairs = p.command === CMD.REPLACE ? [[sources[0]!, dests[0]!]] : sources.flatMap((s) => dests.map((d) => [s, d]));
    for (const [s, d] of pairs) p.rules.push(kernelForm({ ...structuredClone(cs), src: { addr: s!.addr, mask: s!.mask }, tgt: { addr: d!.addr, mask: d!.mask } }));
  }
  return p;
}
