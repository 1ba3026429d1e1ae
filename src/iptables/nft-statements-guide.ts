// More nft rule statements from the nftables guides (wiki quick reference, distro guides), read
// as the iptables options that act the same: meta mark (a test, or set), ct mark set, tcp flags
// with one flag, meta nfproto, and log's level. Same contract as nft-statements.ts: the words
// taken, nft's own error for a bad value, or undefined for a form not known here.
import { errorAt, fail, parseError, type NftCommand } from "./nft-syntax.js";
import { RULE_KEYWORDS, type Read } from "./nft-statements.js";
import type { Json } from "./nft-json.js";

/** A 32-bit mark as nft reads it (decimal or 0x hex), or undefined. */
function markValue(text: string | undefined): number | undefined {
  if (text === undefined || !/^(?:0x[0-9a-f]+|\d+)$/i.test(text)) return undefined;
  const n = Number(text);
  return n <= 0xffffffff ? n : undefined;
}

const hex8 = (n: number) => `0x${n.toString(16).padStart(8, "0")}`;

/**
 * `meta mark [!=] V` (-m mark), `meta mark set V` (MARK) and `ct mark set V` (CONNMARK). Setting a
 * mark is no verdict: the rule goes on to the next statement (nft lists the value as 0x%08x).
 */
export function markStatement(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  const ct = w[i] === "ct";
  if ((w[i] !== "meta" && !ct) || w[i + 1] !== "mark") return undefined;
  if (w[i + 2] === "set") {
    const v = markValue(w[i + 3]);
    if (v === undefined) return undefined;
    const argv = ["-j", ct ? "CONNMARK" : "MARK", "--set-xmark", `${hex8(v)}/0xffffffff`];
    return { argv, listed: `${w[i]} mark set ${hex8(v)}`, words: 4, setsMark: true };
  }
  if (ct) return undefined;
  const inv = w[i + 2] === "!=";
  const at = w[i + 2] === "!=" || w[i + 2] === "==" ? i + 3 : i + 2;
  const v = markValue(w[at]);
  if (v === undefined) return undefined;
  return { argv: ["-m", "mark", ...(inv ? ["!"] : []), "--mark", hex8(v)], listed: `meta mark ${inv ? "!= " : ""}${hex8(v)}`, words: at + 1 - i };
}

const TCP_FLAGS = ["fin", "syn", "rst", "psh", "ack", "urg", "ecn", "cwr"];

/** `tcp flags F` (one flag): the flag is set, whatever the others (iptables' --tcp-flags F F). */
export function tcpFlag(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "tcp" || w[i + 1] !== "flags") return undefined;
  const flag = w[i + 2];
  // (iptables' --tcp-flags knows the six classic flags only)
  if (flag === undefined || RULE_KEYWORDS.has(flag)) return undefined;
  if (!TCP_FLAGS.includes(flag)) return fail(errorAt("Could not parse TCP flag", cmd, cmd.starts[i + 2]!, flag.length));
  if (!TCP_FLAGS.slice(0, 6).includes(flag)) return undefined;
  const name = flag.toUpperCase();
  return { argv: ["-m", "tcp", "--tcp-flags", name, name], listed: `tcp flags ${flag}`, words: 3, proto: "tcp", protoUnlisted: true };
}

/** `meta nfproto ipv4|ipv6`: listed as given; what it selects, the family, the caller keeps. */
export function nfproto(cmd: NftCommand, i: number): Read {
  const w = cmd.words;
  if (w[i] !== "meta" || w[i + 1] !== "nfproto") return undefined;
  const value = w[i + 2];
  if (value === undefined) return parseError("syntax error, unexpected newline", cmd, i + 2);
  if (value !== "ipv4" && value !== "ipv6") return fail(errorAt("Could not parse netfilter protocol", cmd, cmd.starts[i + 2]!, value.length));
  return { argv: [], listed: `meta nfproto ${value}`, words: 3, nfproto: value };
}

/** syslog's levels as log takes them (warn, the default, is not listed). */
export const LOG_LEVELS = new Set(["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug", "audit"]);

/** The JSON of a listed mark set, log or limit statement (libnftables' schema), or undefined. */
export function guideStatementJson(text: string): Json | undefined {
  const mark = /^(meta|ct) mark set (0x[0-9a-f]+)$/.exec(text);
  if (mark) return { mangle: { key: { [mark[1]!]: { key: "mark" } }, value: Number(mark[2]) } };
  const log = /^log(?: prefix "(.*?)")?(?: level (\w+))?$/.exec(text);
  if (log) return { log: log[1] === undefined && log[2] === undefined ? null : { ...(log[1] !== undefined ? { prefix: log[1] } : {}), ...(log[2] ? { level: log[2] } : {}) } };
  const limit = /^limit rate (\d+)\/(\w+)(?: burst (\d+) packets)?$/.exec(text);
  if (limit) return { limit: { rate: Number(limit[1]), burst: Number(limit[3] ?? 5), per: limit[2]! } };
  return undefined;
}
