// Drives a match extension the way the iptables front end does: one parse() per option
// occurrence ("!" before an option inverts it), then finalCheck() and checkEntry().
import type { MatchExtension } from "../../../src/netfilter/extension.js";
import { findMatch } from "../../../src/netfilter/registry.js";
import type { HookContext, Packet, Rule, TableName } from "../../../src/netfilter/types.js";
import { XtablesError } from "../../../src/netfilter/xtables-error.js";

export interface RuleOpts {
  proto?: number;
  protoInvert?: boolean;
  table?: TableName;
  chain?: string;
}

export function ext(name: string): MatchExtension {
  const found = findMatch(name);
  if (!found) throw new Error(`match ${name} is not registered`);
  return found;
}

function baseRule(opts: RuleOpts): Rule {
  return {
    srcInvert: false,
    dstInvert: false,
    inIfaceInvert: false,
    outIfaceInvert: false,
    proto: opts.proto ?? 0,
    protoInvert: opts.protoInvert ?? false,
    frag: "any",
    matches: [],
    action: { kind: "none" },
    counters: { pkts: 0n, bytes: 0n },
  };
}

/** Parses `words` (e.g. ["!", "--dport", "22"]) into the extension's data. */
export function build(name: string, words: string[], opts: RuleOpts = {}, warn?: (text: string) => void): any {
  const e = ext(name);
  const rule = baseRule(opts);
  const table = opts.table ?? "filter";
  const data = e.init();
  let invert = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === "!") {
      invert = true;
      continue;
    }
    const spec = e.options.find((o) => `--${o.name}` === word);
    if (!spec) throw new Error(`test bug: ${name} has no option ${word}`);
    const args = words.slice(i + 1, i + 1 + spec.args);
    i += spec.args;
    e.parse(data, { option: spec.name, args, invert, rule, table, warn });
    invert = false;
  }
  const call = { rule, table, chain: opts.chain ?? "INPUT", warn };
  e.finalCheck?.(data, call);
  const accepted = e.checkEntry ? e.checkEntry(data, call) : true;
  if (accepted !== true) throw new XtablesError(` RULE_APPEND failed (${accepted === false ? "Invalid argument" : accepted}): rule in chain ${call.chain}`, { rc: 4, tryHelp: false });
  return data;
}

/** save, -L and -L -n texts of one parsed instance. */
export function texts(name: string, words: string[], opts: RuleOpts = {}): { save: string; list: string; numeric: string } {
  const e = ext(name);
  const data = build(name, words, opts);
  return { save: e.save(data), list: e.print(data, { numeric: false }), numeric: e.print(data, { numeric: true }) };
}

/** The error a parse raises, as "message|rc". */
export function failure(name: string, words: string[], opts: RuleOpts = {}): string {
  try {
    build(name, words, opts);
  } catch (err) {
    if (err instanceof XtablesError) return `${err.message}|${err.rc}`;
    throw err;
  }
  return "accepted";
}

export function packet(over: Partial<Packet> = {}): Packet {
  return {
    src: 0x0a000001,
    dst: 0x0a000002,
    proto: 6,
    sport: 40000,
    dport: 22,
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
    ...over,
  };
}

export function context(over: Partial<HookContext> & Record<string, unknown> = {}): HookContext {
  return {
    table: "filter",
    hook: "INPUT",
    now: 0,
    random: () => 0.5,
    addrType: () => "UNICAST",
    ...over,
  };
}

/** match() of the parsed words against a packet. */
export function decide(name: string, words: string[], pkt: Partial<Packet>, ctx: Partial<HookContext> & Record<string, unknown> = {}, opts: RuleOpts = {}): boolean {
  return ext(name).match(build(name, words, opts), packet(pkt), context(ctx));
}

/** Lines an extension printed through warn() while parsing. */
export function warnings(name: string, words: string[], opts: RuleOpts = {}): string[] {
  const lines: string[] = [];
  build(name, words, opts, (text) => lines.push(text));
  return lines;
}
