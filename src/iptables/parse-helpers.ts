// Pieces of the iptables parser that do not depend on its option loop: name checks, rule
// numbers, counters and the expansion of address lists into rules.
import { findTarget } from "../netfilter/registry.js";
import type { AddrMask, Rule } from "../netfilter/types.js";
import { paramProblem } from "../netfilter/xtables-error.js";
import { strtoul } from "../netfilter/extensions/util/strtoul.js";
import { C_SPACE, utf8AtLeast } from "../netfilter/extensions/util/utf8.js";

export const MAX_NAME = 29; // XT_EXTENSION_MAXNAMELEN
export const STANDARD_VERDICTS = new Set(["ACCEPT", "DROP", "RETURN"]);

/** Letters, digits, "-" and "_" only: such a name has no white space (skips the regex). */
function plainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95)) return false;
  }
  return true;
}

export function checkTargetName(name: string): void {
  if (name.length < 1) throw paramProblem("Invalid target name (too short)");
  if (utf8AtLeast(name, MAX_NAME)) throw paramProblem(`Invalid target name \`${name}' (${MAX_NAME - 1} chars max)`);
  if (!plainName(name) && C_SPACE.test(name)) throw paramProblem(`Invalid target name \`${name}'`);
}

/** `family` limits the clash to the targets that tool can load (ip6tables may name a chain TTL). */
export function checkNewChainName(name: string, family?: 4 | 6): void {
  if (utf8AtLeast(name, MAX_NAME)) throw paramProblem(`chain name \`${name}' too long (must be under ${MAX_NAME} chars)`);
  if (name[0] === "-" || name[0] === "!") throw paramProblem(`chain name not allowed to start with \`${name[0]}'`);
  // QUEUE is a standard target's name too (iptables-nft then sends it as a jump), and so is ""
  // (libxtables' standard target has an empty name)
  if (findTarget(name, family) || STANDARD_VERDICTS.has(name) || name === "QUEUE" || name === "") throw paramProblem("chain name may not clash with target name");
  if (C_SPACE.test(name)) throw paramProblem(`Invalid chain name \`${name}'`);
}

export function parseRulenum(text: string): number {
  const n = strtoul(text, 1, 0x7fffffff);
  if (n === undefined) throw paramProblem(`Invalid rule number \`${text}'`);
  return n;
}

const U64_MAX = (1n << 64n) - 1n;

/**
 * sscanf's %llu at `start`: blanks, a sign, decimal digits; too big saturates (strtoull),
 * a minus wraps. The value and where it ended, or undefined without digits.
 */
export function scanCounter(text: string, start = 0): { value: bigint; end: number } | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(text.slice(start));
  if (!m) return undefined;
  let value = BigInt(m[2]!);
  if (value > U64_MAX) value = U64_MAX;
  else if (m[1] === "-") value = (U64_MAX + 1n - value) & U64_MAX;
  return { value, end: start + m[0].length };
}

/** -c's packet or byte count, read with sscanf("%llu"). */
export function parseCounter(text: string): bigint | undefined {
  return scanCounter(text)?.value;
}

/** One rule per source × destination pair, source-major, as iptables adds them. */
export function expandAddresses(rule: Rule, sources: (AddrMask | undefined)[], dests: (AddrMask | undefined)[]): Rule[] {
  const single = sources.length === 1 && dests.length === 1;
  if (single) return [withAddresses(rule, sources[0], dests[0])];
  const out: Rule[] = [];
  for (const s of sources) {
    for (const d of dests) {
      out.push(withAddresses(structuredClone(rule), s, d));
    }
  }
  return out;
}

/** Sets the rule's addresses; a /0 address tests nothing and is dropped unless inverted. */
function withAddresses(r: Rule, s: AddrMask | undefined, d: AddrMask | undefined): Rule {
  r.src = s && (s.mask !== 0 || r.srcInvert) ? s : undefined;
  r.dst = d && (d.mask !== 0 || r.dstInvert) ? d : undefined;
  if (!r.src) r.srcInvert = false;
  if (!r.dst) r.dstInvert = false;
  return r;
}
