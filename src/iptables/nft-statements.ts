// nft rule statements guides use in nft's own tables, read as the iptables options that act the
// same on packets: ct state sets, reject with a type, limit rate and log (which prints nothing a
// namespace can see, so it is only listed). Each reader gets the words from the statement's first
// one and says how many it took, or undefined when it does not know the form.
import { serviceToPort } from "../netfilter/names.js";

export interface Statement {
  /** iptables options for the same test or action (the verdict ones go last). */
  argv: string[];
  verdict?: boolean;
  listed: string;
  /** How many words the statement took. */
  words: number;
}

/** The kernel's ct state bits, in the order nft lists a set of them. */
const CT_STATES = ["invalid", "established", "related", "new", "untracked"];

/** The elements of `{ a, b }` starting at w[i] ("{"), and the index after "}". */
function setElements(w: string[], i: number): { items: string[]; next: number } | undefined {
  const close = w.indexOf("}", i);
  if (w[i] !== "{" || close < 0) return undefined;
  const items = w.slice(i + 1, close).join("").split(",").filter(Boolean);
  return items.length ? { items, next: close + 1 } : undefined;
}

/** `ct state { established, related }`: nft lists the set in the kernel's bit order. */
export function ctStateSet(w: string[], i: number): Statement | undefined {
  const set = setElements(w, i + 2);
  if (w[i] !== "ct" || w[i + 1] !== "state" || !set) return undefined;
  if (!set.items.every((s) => CT_STATES.includes(s))) return undefined;
  const states = [...new Set(set.items)].sort((a, b) => CT_STATES.indexOf(a) - CT_STATES.indexOf(b));
  return { argv: ["-m", "conntrack", "--ctstate", states.map((s) => s.toUpperCase()).join(",")], listed: `ct state { ${states.join(", ")} }`, words: set.next - i };
}

/** A port or a service name (getservbyname for the protocol), as nft resolves it. */
export function portNumber(text: string, proto: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return serviceToPort(text, proto);
}

const REJECT_TYPES: Record<string, string> = {
  "port-unreachable": "icmp-port-unreachable",
  "host-unreachable": "icmp-host-unreachable",
  "net-unreachable": "icmp-net-unreachable",
  "prot-unreachable": "icmp-proto-unreachable",
  "net-prohibited": "icmp-net-prohibited",
  "host-prohibited": "icmp-host-prohibited",
  "admin-prohibited": "icmp-admin-prohibited",
};

/** `reject with tcp reset` or `reject with icmp [type] TYPE` (nft lists the latter without "type"). */
export function rejectWith(w: string[], i: number): Statement | undefined {
  if (w[i] !== "reject" || w[i + 1] !== "with") return undefined;
  if (w[i + 2] === "tcp" && w[i + 3] === "reset") return { argv: ["-j", "REJECT", "--reject-with", "tcp-reset"], verdict: true, listed: "reject with tcp reset", words: 4 };
  if (w[i + 2] !== "icmp") return undefined;
  const at = w[i + 3] === "type" ? i + 4 : i + 3;
  const type = REJECT_TYPES[w[at] ?? ""];
  if (!type) return undefined;
  return { argv: ["-j", "REJECT", "--reject-with", type], verdict: true, listed: `reject with icmp ${w[at]}`, words: at + 1 - i };
}

const LIMIT_UNITS = ["second", "minute", "hour", "day"];

/** `limit rate N/UNIT` (without over or a burst): -m limit at that rate and the default burst. */
export function limitRate(w: string[], i: number): Statement | undefined {
  if (w[i] !== "limit" || w[i + 1] !== "rate") return undefined;
  const m = /^(\d+)\/(\w+)$/.exec(w[i + 2] ?? "");
  if (!m || !LIMIT_UNITS.includes(m[2]!) || Number(m[1]) === 0 || w[i + 3] === "burst") return undefined;
  return { argv: ["-m", "limit", "--limit", `${m[1]}/${m[2]}`], listed: `limit rate ${m[1]}/${m[2]}`, words: 3 };
}

/** `log [prefix "TEXT"]`: listed only (a namespace's log lines never show). */
export function logStatement(w: string[], i: number): Statement | undefined {
  if (w[i] !== "log") return undefined;
  if (w[i + 1] !== "prefix") return { argv: [], listed: "log", words: 1 };
  const prefix = w[i + 2] ?? "";
  if (!/^".*"$/.test(prefix)) return undefined;
  return { argv: [], listed: `log prefix ${prefix}`, words: 3 };
}

/** ICMPv6 type names nft knows, by value (it lists a set of them in this order). */
const ICMPV6_TYPES: Record<string, number> = {
  "destination-unreachable": 1, "packet-too-big": 2, "time-exceeded": 3, "parameter-problem": 4,
  "echo-request": 128, "echo-reply": 129, "mld-listener-query": 130, "mld-listener-report": 131,
  "mld-listener-done": 132, "nd-router-solicit": 133, "nd-router-advert": 134, "nd-neighbor-solicit": 135,
  "nd-neighbor-advert": 136, "nd-redirect": 137, "router-renumbering": 138, "ind-neighbor-solicit": 141,
  "ind-neighbor-advert": 142, "mld2-listener-report": 143,
};

/**
 * `icmpv6 type TYPE` or `icmpv6 type { … }` in an inet table: only IPv6 packets can match, and
 * the emulated inet rules see IPv4 ones, so the rule tests for ICMPv6 over IPv4 (never there).
 */
export function icmpv6Type(w: string[], i: number): Statement | undefined {
  if (w[i] !== "icmpv6" || w[i + 1] !== "type") return undefined;
  const set = w[i + 2] === "{" ? setElements(w, i + 2) : undefined;
  const items = set ? set.items : w[i + 2] !== undefined ? [w[i + 2]!] : [];
  if (!items.length || !items.every((t) => ICMPV6_TYPES[t] !== undefined)) return undefined;
  const types = [...new Set(items)].sort((a, b) => ICMPV6_TYPES[a]! - ICMPV6_TYPES[b]!);
  const listed = set ? `icmpv6 type { ${types.join(", ")} }` : `icmpv6 type ${types[0]}`;
  return { argv: ["-p", "58"], listed, words: set ? set.next - i : 3 };
}
