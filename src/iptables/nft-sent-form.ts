// The form of each rule as iptables-nft sent it to the kernel. The stored rule is the form the
// kernel gives back (nft-normalize.ts' round trip: '! --dport 0:80' reads back as 81:65535),
// while nft list and the -vv batch print what was sent ('dport > 80').
import type { ParsedCommand } from "./parse.js";
import type { Rule } from "../netfilter/types.js";

/** Each stored rule's form as sent (nft-expr.ts ruleExprs' `sent`), where it differs. */
const asSent = new WeakMap<Rule, Rule>();

/** `kept` is how the kernel gives back `given` (nftRoundTrip): the form sent is kept beside it. */
export function noteSentForm(kept: Rule, given: Rule): void {
  asSent.set(kept, asSent.get(given) ?? given);
}

/** The rule as the command sent it to the kernel (the stored one is as it reads back), for nft's listing. */
export function sentForm(rule: Rule): Rule {
  const sent = asSent.get(rule);
  if (!sent) return rule;
  // (a tcp/udp match of nothing but an inverted full port range never reaches the kernel)
  const full = (r?: [number, number]) => !r || (r[0] === 0 && r[1] === 0xffff);
  const empty = (m: Rule["matches"][number]) => {
    const d = m.data as { spts?: [number, number]; dpts?: [number, number]; invSport?: boolean; invDport?: boolean; flagMask?: number; option?: number };
    return (m.name === "tcp" || m.name === "udp") && !d.option && !d.flagMask && full(d.spts) && full(d.dpts) && !!(d.invSport || d.invDport);
  };
  return sent.matches.some(empty) ? { ...sent, matches: sent.matches.filter((m) => !empty(m)) } : sent;
}

/** The command replaced its rules by their read-back form (nftRoundTrip): keep the form sent. */
export function rememberSent(p: ParsedCommand, given: Rule[]): void {
  p.rules.forEach((r, i) => {
    const g = given[i];
    if (g && g !== r) asSent.set(r, asSent.get(g) ?? g);
  });
}

/** The rule as it was sent, or as stored where nothing else was sent (what -vv prints). */
export function sentOrStored(rule: Rule): Rule {
  return asSent.get(rule) ?? rule;
}

/** `to` replaced `from` (-E rewrites the rules that jump to the chain): it keeps the form sent. */
export function carrySentForm(from: Rule, to: Rule): void {
  const form = asSent.get(from);
  if (form) asSent.set(to, form);
}
