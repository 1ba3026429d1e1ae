// Drives a target extension the way the iptables front end does — one parse() per option
// occurrence, finalCheck(), the kernel's table/hook/checkEntry verdict — and renders errors
// the way iptables 1.8.9 prints them, so tests can compare against real transcripts.
import type { TargetExtension } from "../../../src/netfilter/extension.js";
import { findMatch, findTarget } from "../../../src/netfilter/registry.js";
import type { Hook, HookContext, MatchInstance, Packet, Rule, TableName, TargetEffects } from "../../../src/netfilter/types.js";
import { XtablesError } from "../../../src/netfilter/xtables-error.js";

export interface RuleOpts {
  proto?: number;
  protoInvert?: boolean;
  table?: TableName;
  chain?: string;
  backend?: "nft" | "legacy";
  family?: 4 | 6;
  matches?: MatchInstance[];
}

const HOOKS: Hook[] = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"];
const TRY = "Try `iptables -h' or 'iptables --help' for more information.\n";

export function target(name: string): TargetExtension {
  const found = findTarget(name);
  if (!found) throw new Error(`target ${name} is not registered`);
  return found;
}

export function makeRule(opts: RuleOpts = {}): Rule {
  return {
    srcInvert: false,
    dstInvert: false,
    inIfaceInvert: false,
    outIfaceInvert: false,
    proto: opts.proto ?? 0,
    protoInvert: opts.protoInvert ?? false,
    frag: "any",
    matches: opts.matches ?? [],
    action: { kind: "none" },
    counters: { pkts: 0n, bytes: 0n },
  };
}

/** Warnings extensions printed during the last build(). */
export let warnings = "";

/** Parses target options (e.g. ["--to-destination", "10.0.0.1:80"]) and runs every check. */
export function build(name: string, words: string[], opts: RuleOpts = {}): any {
  warnings = "";
  const warn = (text: string) => {
    warnings += text;
  };
  const ext = target(name);
  const rule = makeRule(opts);
  const table = opts.table ?? "filter";
  const chain = opts.chain ?? "INPUT";
  const data = ext.init();
  let invert = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === "!") {
      invert = true;
      continue;
    }
    const spec = ext.options.find((o) => `--${o.name}` === word);
    if (!spec) throw new XtablesError(`unknown option "${word}"`);
    const args = words.slice(i + 1, i + 1 + spec.args);
    i += spec.args;
    ext.parse(data, { option: spec.name, args, invert, rule, table, warn, backend: opts.backend, family: opts.family });
    invert = false;
  }
  const call = { rule, table, chain, warn, backend: opts.backend, family: opts.family };
  ext.finalCheck?.(data, call);
  const hook = HOOKS.find((h) => h === chain);
  let verdict: boolean | string = true;
  if (ext.tables && !ext.tables.includes(table)) verdict = false;
  else if (hook && ext.hooks && !ext.hooks.includes(hook)) verdict = false;
  else if (ext.checkEntry) verdict = ext.checkEntry(data, call);
  if (verdict !== true) {
    const reason = verdict === false ? "Invalid argument" : verdict;
    throw new XtablesError(` RULE_APPEND failed (${reason}): rule in chain ${chain}`, { rc: 4, tryHelp: false });
  }
  return data;
}

/** What `iptables … -j NAME words…` prints to stderr and its exit status. */
export function failure(name: string, words: string[], opts: RuleOpts = {}): { stderr: string; rc: number } {
  try {
    build(name, words, opts);
  } catch (err) {
    if (!(err instanceof XtablesError)) throw err;
    const head = err.bare ? "" : "iptables v1.8.9 (nf_tables): ";
    return { stderr: `${warnings}${head}${err.message}\n${err.tryHelp ? TRY : ""}`, rc: err.rc };
  }
  throw new Error(`expected ${name} ${words.join(" ")} to fail`);
}

/** The text after `-j NAME` in iptables -S / iptables-save. */
export function saveText(name: string, words: string[], opts: RuleOpts = {}): string {
  const ext = target(name);
  const text = ext.save(build(name, words, opts));
  return `-j ${name}${text ? ` ${text}` : ""}`;
}

/** The text the -L listing shows for the target (after the destination column). */
export function listText(name: string, words: string[], numeric: boolean, opts: RuleOpts = {}): string {
  const ext = target(name);
  return ext.print(build(name, words, opts), { numeric });
}

export function packet(overrides: Partial<Packet> = {}): Packet {
  return {
    src: 0x0a000002, // 10.0.0.2
    dst: 0x0a000001, // 10.0.0.1
    proto: 6,
    sport: 40000,
    dport: 80,
    tcpFlags: 0x02,
    icmpType: 0,
    icmpCode: 0,
    icmpId: 0,
    icmpSeq: 0,
    length: 60,
    ttl: 64,
    tos: 0,
    fragOffset: 0,
    moreFragments: false,
    mark: 0,
    ...overrides,
  };
}

export function context(overrides: Partial<HookContext> = {}): HookContext {
  return {
    table: "filter",
    hook: "INPUT",
    inIface: "eth0",
    now: 0,
    random: () => 0.5,
    addrType: () => "UNICAST",
    ...overrides,
  };
}

/** Effects that record what the target asked for. */
export function recorder(ctmark = 0): TargetEffects & { logs: Array<[string, number]>; traced: number; untracked: number; ctmark: number } {
  const rec = {
    logs: [] as Array<[string, number]>,
    traced: 0,
    untracked: 0,
    ctmark,
    log(line: string, level: number) {
      rec.logs.push([line, level]);
    },
    trace() {
      rec.traced++;
    },
    notrack() {
      rec.untracked++;
    },
    getCtMark: () => rec.ctmark,
    setCtMark(mark: number) {
      rec.ctmark = mark;
    },
  };
  return rec;
}

/** A tcp match instance parsed by the tcp match extension (e.g. ["--syn"]). */
export function tcpMatch(words: string[]): MatchInstance {
  const tcp = findMatch("tcp");
  if (!tcp) throw new Error("tcp match is not registered");
  const rule = makeRule({ proto: 6 });
  const data = tcp.init();
  let invert = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "!") {
      invert = true;
      continue;
    }
    const spec = tcp.options.find((o) => `--${o.name}` === words[i])!;
    tcp.parse(data, { option: spec.name, args: words.slice(i + 1, i + 1 + spec.args), invert, rule, table: "filter" });
    i += spec.args;
    invert = false;
  }
  return { name: "tcp", data };
}
