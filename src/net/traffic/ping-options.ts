// ping's command line as iputils 20221126 reads it: glibc getopt (operands may come first),
// each option checked as it is met, with the same texts and exit codes.
import type { CommandResult } from "../../shell/types.js";
import { PING_USAGE } from "./ping-usage.js";

export interface PingOptions {
  count?: number;
  /** -W: seconds to wait for a reply (linger time). */
  waitS?: number;
  /** -w: deadline in seconds. */
  deadlineS?: number;
  intervalS: number;
  quiet: boolean;
  numeric: boolean;
  /** -b: allow pinging a broadcast address. */
  broadcast?: boolean;
  /** -a: a bell after each reply line. */
  audible?: boolean;
  /** -p: the pattern's bytes in hex, as "PATTERN: 0x…" prints them. */
  pattern?: string;
  /** -O: report an echo still unanswered when the next one goes. */
  outstanding?: boolean;
  ttl?: number;
  /** -s: ICMP data bytes (56 by default). */
  dataLen: number;
  pmtudisc?: "do" | "dont" | "want";
  family?: 4 | 6;
  device?: string;
  source?: string;
  /** Operands: the last is the target. */
  hosts: string[];
}

/** Options taking an argument (the rest of the iputils optstring are flags). */
const WITH_ARG = new Set("TFNceiIlmMpQsStwW".split(""));
const FLAGS = new Set("h?4bR6aABCdDfLnOqrUvV".split(""));

function fail(text: string, rc: number): CommandResult {
  return { stdout: "", stderr: `ping: ${text}\n`, rc };
}

function usage(first: string): CommandResult {
  return { stdout: "", stderr: `ping: ${first}\n${PING_USAGE}`, rc: 2 };
}

/** strtol_or_err: decimal (leading blanks and a sign allowed), whole string, within range. */
function strtolOrErr(text: string, min: number, max: number): number | CommandResult {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(text);
  if (!m) return fail(`invalid argument: '${text}'`, 1);
  const big = BigInt(m[1]!);
  if (big > 9223372036854775807n || big < -9223372036854775808n) return fail(`invalid argument: '${text}': Numerical result out of range`, 1);
  if (big < BigInt(min) || big > BigInt(max)) return fail(`invalid argument: '${text}': out of range: ${min} <= value <= ${max === Number.MAX_SAFE_INTEGER ? "9223372036854775807" : max}`, 1);
  return Number(big);
}

/** ping_strtod: strtod's longest prefix; trailing garbage only warns (iputils says it will be fatal one day). */
function strtod(text: string, what: string, warnings: string[]): number | CommandResult {
  const m = /^[ \t\n\v\f\r]*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(text);
  if (text === "") return fail(`${what}: `, 2);
  const rest = m ? text.slice(m[0].length) : text;
  if (rest !== "") warnings.push(`ping: option argument contains garbage: ${rest}\n`, "ping: this will become fatal error in the future\n");
  const value = m ? Number(m[1]) : 0;
  if (!Number.isFinite(value)) return fail(`${what}: ${text}: Numerical result out of range`, 2);
  return value;
}

export function parsePingArgs(args: string[], warnings: string[]): PingOptions | CommandResult {
  const o: PingOptions = { intervalS: 1, quiet: false, numeric: false, dataLen: 56, hosts: [] };
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (onlyOperands || a === "-" || !a.startsWith("-")) {
      o.hosts.push(a);
      continue;
    }
    if (a === "--") {
      onlyOperands = true;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const ch = a[j]!;
      if (FLAGS.has(ch)) {
        const r = applyFlag(o, ch);
        if (r) return r;
        continue;
      }
      if (!WITH_ARG.has(ch)) return usage(`invalid option -- '${ch}'`);
      let value: string;
      if (j + 1 < a.length) value = a.slice(j + 1);
      else if (i + 1 < args.length) value = args[++i]!;
      else return usage(`option requires an argument -- '${ch}'`);
      const r = applyValue(o, ch, value, warnings);
      if (r) return r;
      break;
    }
  }
  return o;
}

function applyFlag(o: PingOptions, ch: string): CommandResult | undefined {
  if (ch === "h" || ch === "?") return { stdout: "", stderr: PING_USAGE, rc: 2 };
  if (ch === "V") return { stdout: "ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n", stderr: "", rc: 0 };
  if (ch === "4" || ch === "6") {
    const fam = ch === "4" ? 4 : 6;
    if (o.family !== undefined && o.family !== fam) return fail("only one -4 or -6 option may be specified", 2);
    o.family = fam;
  } else if (ch === "q") o.quiet = true;
  else if (ch === "b") o.broadcast = true;
  else if (ch === "O") o.outstanding = true;
  else if (ch === "a") o.audible = true;
  else if (ch === "n" || ch === "f") o.numeric = true;
  return undefined;
}

function applyValue(o: PingOptions, ch: string, value: string, warnings: string[]): CommandResult | undefined {
  const int = (min: number, max: number): number | CommandResult => strtolOrErr(value, min, max);
  let n: number | CommandResult;
  switch (ch) {
    case "c":
      n = int(1, Number.MAX_SAFE_INTEGER);
      if (typeof n !== "number") return n;
      o.count = n;
      return undefined;
    case "s":
      n = int(0, 2147483647);
      if (typeof n !== "number") return n;
      o.dataLen = n;
      return undefined;
    case "t":
      n = int(0, 255);
      if (typeof n !== "number") return n;
      o.ttl = n;
      return undefined;
    case "w":
      n = int(0, 2147483647);
      if (typeof n !== "number") return n;
      o.deadlineS = n;
      return undefined;
    case "W":
      n = strtod(value, "bad linger time", warnings);
      if (typeof n !== "number") return n;
      if (n < 0 || n > 2147483.647) return fail(`bad linger time: ${value}`, 2);
      o.waitS = n;
      return undefined;
    case "i":
      n = strtod(value, "bad timing interval", warnings);
      if (typeof n !== "number") return n;
      if (n > 2147483.647) return fail(`bad timing interval: ${value}`, 2);
      o.intervalS = n;
      return undefined;
    case "M":
      if (value !== "do" && value !== "dont" && value !== "want") return fail(`invalid -M argument: ${value}`, 2);
      o.pmtudisc = value;
      return undefined;
    case "I":
      if (value.includes(":") || /^\d+\.\d+\.\d+\.\d+$/.test(value)) o.source = value;
      else o.device = value;
      return undefined;
    case "l":
      n = int(1, 65536);
      return typeof n === "number" ? undefined : n;
    case "m":
      n = int(0, 4294967295);
      return typeof n === "number" ? undefined : n;
    case "e":
      n = int(0, 65535);
      return typeof n === "number" ? undefined : n;
    case "S":
      n = int(1, 2147483647);
      return typeof n === "number" ? undefined : n;
    case "T":
      if (value !== "tsonly" && value !== "tsandaddr" && value !== "tsprespec") return fail(`invalid timestamp type: ${value}`, 2);
      return undefined;
    case "p": {
      const bad = value.search(/[^0-9a-fA-F]/);
      if (bad >= 0) return fail(`patterns must be specified as hex digits: ${value.slice(bad)}`, 2);
      // sscanf "%2x" sixteen times: pairs of digits, a lone last digit is a byte of its own
      o.pattern = (value.match(/.{1,2}/g) ?? []).slice(0, 16).map((b) => b.padStart(2, "0").toLowerCase()).join("");
      return undefined;
    }
    default:
      // -Q, -F, -N: accepted; their effect on the wire is not modelled.
      return undefined;
  }
}
