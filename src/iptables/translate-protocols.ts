// iptables-translate for the sctp and dccp matches: ports, sctp chunk tests, dccp packet types.
import { neq, options, range } from "./translate-words.js";

/** libxt_sctp's chunk table in its own order: iptables name, nft name, flag letters (bit 3 first). */
const SCTP_CHUNKS: [name: string, nft: string, flags: string][] = [
  ["DATA", "data", "IUBE"], ["INIT", "init", ""], ["INIT_ACK", "init-ack", ""], ["SACK", "sack", ""],
  ["HEARTBEAT", "heartbeat", ""], ["HEARTBEAT_ACK", "heartbeat-ack", ""], ["ABORT", "abort", "T"],
  ["SHUTDOWN", "shutdown", ""], ["SHUTDOWN_ACK", "shutdown-ack", ""], ["ERROR", "error", ""],
  ["COOKIE_ECHO", "cookie-echo", ""], ["COOKIE_ACK", "cookie-ack", ""], ["ECN_ECNE", "ecne", ""],
  ["ECN_CWR", "cwr", ""], ["SHUTDOWN_COMPLETE", "shutdown-complete", "T"], ["I_DATA", "i-data", ""],
  ["RE_CONFIG", "re-config", ""], ["PAD", "pad", ""], ["ASCONF", "asconf", ""], ["ASCONF_ACK", "asconf-ack", ""],
  ["FORWARD_TSN", "forward-tsn", ""], ["I_FORWARD_TSN", "i-forward-tsn", ""],
];

/** The value and mask a chunk's flag letters ask for (upper case: set, lower case: clear). */
function flagTest(letters: string, known: string): [value: number, mask: number] {
  let value = 0;
  let mask = 0;
  for (const letter of letters) {
    const at = known.indexOf(letter.toUpperCase());
    if (at < 0) continue;
    const bit = 1 << (known.length - 1 - at);
    mask |= bit;
    if (letter === letter.toUpperCase()) value |= bit;
  }
  return [value, mask];
}

/**
 * sctp: ports, then (for --chunk-types all/only) one test per chunk of libxt_sctp's table:
 * listed chunks exist (or match their flags), and with "only" the others are missing; "!"
 * swaps exists/missing and == for !=. "any" and a bare -m sctp have no translation.
 */
export function sctp(save: string): string | undefined {
  const opts = options(save);
  if (!opts.length) return undefined;
  const parts: string[] = [];
  for (const o of opts) {
    if (o.name === "sport" || o.name === "dport") {
      parts.push(`sctp ${o.name} ${neq(o.inv)}${range(o.args[0]!)}`);
      continue;
    }
    const [mode = "", list = ""] = o.args.map((a) => a.toLowerCase());
    if (o.name !== "chunk-types" || mode === "any") return undefined;
    const listed = new Map<string, [number, number]>();
    if (list !== "none") {
      for (const item of o.args[1]!.split(",")) {
        const [name = "", letters = ""] = item.split(":");
        const chunk = SCTP_CHUNKS.find(([n]) => n === name.toUpperCase());
        if (!chunk) continue;
        const [value, mask] = flagTest(letters, chunk[2]);
        const [oldValue, oldMask] = listed.get(chunk[0]) ?? [0, 0];
        listed.set(chunk[0], [oldValue | value, oldMask | mask]);
      }
    }
    for (const [name, nft] of SCTP_CHUNKS) {
      const test = list === "all" ? [0, 0] : listed.get(name);
      if (!test) {
        if (mode === "only") parts.push(`sctp chunk ${nft} ${o.inv ? "exists" : "missing"}`);
      } else if (test[1]) {
        parts.push(`sctp chunk ${nft} flags & 0x${test[1].toString(16)} ${o.inv ? "!=" : "=="} 0x${test[0].toString(16)}`);
      } else parts.push(`sctp chunk ${nft} ${o.inv ? "missing" : "exists"}`);
    }
  }
  return parts.join(" ");
}

const DCCP_TYPES = ["request", "response", "data", "ack", "dataack", "closereq", "close", "reset", "sync", "syncack", "10-15"];

/** dccp: ports and packet types (INVALID is the range 10-15); --dccp-option has no translation. */
export function dccp(save: string): string | undefined {
  const parts: string[] = [];
  for (const o of options(save)) {
    if (o.name === "sport" || o.name === "dport") parts.push(`dccp ${o.name} ${neq(o.inv)}${range(o.args[0]!)}`);
    else if (o.name === "dccp-types") {
      // (an empty list saves as a bare --dccp-types: no type, and libxt_dccp prints nothing)
      const given = (o.args[0] ?? "").toLowerCase().split(",").map((t) => (t === "invalid" ? "10-15" : t));
      const types = DCCP_TYPES.filter((t) => given.includes(t));
      if (types.length > 0) parts.push(`dccp type ${neq(o.inv)}${types.length === 1 ? types[0] : `{ ${types.join(", ")} }`}`);
    } else return undefined;
  }
  return parts.join(" ");
}
