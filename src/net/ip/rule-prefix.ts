// The from/to prefixes of `ip rule`, for either family: iproute2's get_prefix as the rule
// commands call it, and print_rule's way of showing them.
import { formatIpv4, inSubnet, prefixToMask } from "../../netfilter/ip.js";
import { andIpv6, formatIpv6, parseIpv6, prefixToMask6, sameIpv6, type Ipv6 } from "../../netfilter/ipv6.js";
import type { CommandResult } from "../../shell/types.js";
import { fail, parsePrefix } from "./common.js";

/** A rule's source or destination; `v6` set for an IPv6 one (then `addr` is unused). */
export interface RulePrefix { addr: number; prefix: number; v6?: Ipv6 }

const FAMILY_NAMES: Record<number, string> = { 0: "any valid", 4: "inet", 6: "inet6" };

function parseIpv6Prefix(text: string): RulePrefix | undefined {
  if (text === "all" || text === "default" || text === "any") return { addr: 0, prefix: 0, v6: [0, 0, 0, 0, 0, 0, 0, 0] };
  const [addrText = "", lenText, extra] = text.split("/");
  const v6 = parseIpv6(addrText);
  if (!v6 || extra !== undefined) return undefined;
  if (lenText === undefined) return { addr: 0, prefix: 128, v6 };
  if (!/^\d+$/.test(lenText) || Number(lenText) > 128) return undefined;
  return { addr: 0, prefix: Number(lenText), v6 };
}

/** get_prefix(FAMILY): family 0 takes either kind (the kernel then judges an IPv6 one). */
export function parseRulePrefix(text: string, family: number): RulePrefix | CommandResult {
  const v4 = family === 6 ? undefined : parsePrefix(text);
  if (v4) return { addr: v4.addr, prefix: v4.prefix };
  const v6 = family === 4 ? undefined : parseIpv6Prefix(text);
  return v6 ?? fail(`Error: ${FAMILY_NAMES[family] ?? "any valid"} prefix is expected rather than "${text}".`, 1);
}

/** The address print_rule shows, and whether the prefix covers all of it (no "/LEN"). */
export function rulePrefixAddress(p: RulePrefix): { text: string; host: boolean } {
  return p.v6 ? { text: formatIpv6(p.v6), host: p.prefix === 128 } : { text: formatIpv4(p.addr), host: p.prefix === 32 };
}

/** `ip rule del`'s match (the kernel's rule compare): the same length and address. */
export function samePrefix(a: RulePrefix | undefined, b: RulePrefix | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.prefix !== b.prefix || !a.v6 !== !b.v6) return false;
  return a.v6 ? sameIpv6(a.v6, b.v6!) : a.addr === b.addr;
}

/** `ip rule show from|to PREFIX`'s filter: the rule's prefix lies within the one asked for. */
export function prefixWithin(rule: RulePrefix | undefined, filter: RulePrefix): boolean {
  if (filter.prefix === 0) return true;
  if (!rule || rule.prefix < filter.prefix || !rule.v6 !== !filter.v6) return false;
  if (rule.v6) {
    const mask = prefixToMask6(filter.prefix);
    return sameIpv6(andIpv6(rule.v6, mask), andIpv6(filter.v6!, mask));
  }
  return inSubnet(rule.addr, filter.addr, prefixToMask(filter.prefix));
}
