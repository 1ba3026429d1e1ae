// What ip6tables-nft 1.8.9 does differently from iptables-nft with the same parsed rules:
// -D/-C compare addresses without masks, an inverted ::/0 is refused by the kernel, rule
// counters are never sent, -p on an extension header only earns a warning.
import { ZERO_COUNTERS } from "../netfilter/ruleset.js";
import { isZeroIpv6, prefixToMask6 } from "../netfilter/ipv6.js";
import type { AddrMask, Rule, Ruleset, Table } from "../netfilter/types.js";
import { OpError } from "./ops.js";
import { CMD } from "./options.js";
import type { ParsedCommand } from "./parse.js";
import { ruleIdentity } from "./rule-text.js";
import { asciiLower } from "../netfilter/extensions/util/utf8.js";

/**
 * ip6tables-nft 1.8.9 never hands rule counters to the kernel (-c, iptables-restore -c's
 * [p:b]): IPv6 rules start at zero. Policy counters are kept.
 */
export function dropNftRuleCounters(ruleset: Ruleset): void {
  for (const t of Object.values(ruleset.tables)) {
    for (const c of Object.values(t.chains)) {
      for (const r of c.rules) if (r.counters.pkts || r.counters.bytes) r.counters = ZERO_COUNTERS;
    }
  }
}

/** Extension header protocols a -p can never match in ip6tables (is_exthdr). */
const EXTENSION_HEADERS = new Set([43, 44, 51, 60]);

/** The -p argument as typed (lower-cased), for ip6tables' warning. */
function protocolArgument(argv: string[]): string {
  let found = "";
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-p" || a === "--protocol") found = argv[i + 1] ?? "";
    else if (a.startsWith("--protocol=")) found = a.slice("--protocol=".length);
  }
  return asciiLower(found);
}

/** "Warning: never matched protocol: …" for -p on an IPv6 extension header. */
export function protocolWarnings(argv: string[], parsed: ParsedCommand): string {
  const rule = parsed.rules[0];
  if (!rule || rule.protoInvert || !EXTENSION_HEADERS.has(rule.proto)) return "";
  return `Warning: never matched protocol: ${protocolArgument(argv)}. use extension match instead.\n`;
}

/**
 * ip6tables warns about -p on an extension header as it reads the option, so the warning also
 * precedes an error in a later option: it is due when the command line up to that -p parses.
 */
export function protocolWarningBeforeError(argv: string[], parse: (argv: string[]) => ParsedCommand): string {
  const at = argv.findIndex((a, i) => i > 0 && (a === "-p" || a === "--protocol"));
  if (at < 0 || at + 1 >= argv.length) return "";
  const upToProtocol = argv.slice(0, at + 2);
  // (a -p given before the command is read before the command is missed)
  for (const attempt of [upToProtocol, [...upToProtocol, "-A", "INPUT"]]) {
    try {
      return protocolWarnings(attempt, parse(attempt));
    } catch {
      // try the next form
    }
  }
  return "";
}

const ADDING: Record<number, string> = { [CMD.APPEND]: "RULE_APPEND", [CMD.INSERT]: "RULE_INSERT", [CMD.REPLACE]: "RULE_REPLACE" };

/** nf_tables refuses an inverted match on the zero-length prefix (`! -s ::/0`). */
export function refusedByKernel(parsed: ParsedCommand): OpError | undefined {
  const op = ADDING[parsed.command];
  const inverted = (a: { mask: number } | undefined, invert: boolean) => invert && a !== undefined && a.mask === 0;
  if (!op || !parsed.rules.some((r) => inverted(r.src, r.srcInvert) || inverted(r.dst, r.dstInvert))) return undefined;
  const what = `rule in chain ${parsed.chain ?? ""}`;
  return new OpError(` ${op} failed (Invalid argument): ${what}`, 4, { op, errno: "Invalid argument", what });
}

/** An address as ip6tables-nft compares it: the (masked) address alone, :: meaning none. */
function withoutMask(a: AddrMask | undefined): AddrMask | undefined {
  if (!a?.v6 || isZeroIpv6(a.v6.addr)) return undefined;
  return { ...a, v6: { addr: a.v6.addr, mask: prefixToMask6(128) } };
}

function masklessKey(r: Rule): string {
  return ruleIdentity({ ...r, src: withoutMask(r.src), dst: withoutMask(r.dst) });
}

/**
 * ip6tables-nft finds the rule for -D and -C by comparing addresses without their masks
 * (nft_ipv6_is_same), so `-C INPUT -s 2001:db8::/64` finds `-s 2001:db8::/48`, and no -s
 * finds `-s ::/1`. The given rules take the masks of the stored rules they find, so the
 * exact comparison of the shared code agrees.
 */
export function adoptStoredMasks(parsed: ParsedCommand, t: Table): void {
  const chain = parsed.chain !== undefined ? t.chains[parsed.chain] : undefined;
  if (!chain) return;
  const keys = chain.rules.map(masklessKey);
  const taken = new Set<number>();
  parsed.rules = parsed.rules.map((r) => {
    const key = masklessKey(r);
    const i = keys.findIndex((k, idx) => k === key && !taken.has(idx));
    if (i < 0) return r;
    taken.add(i);
    const stored = chain.rules[i]!;
    return { ...r, src: stored.src, dst: stored.dst, srcInvert: stored.srcInvert, dstInvert: stored.dstInvert };
  });
}

