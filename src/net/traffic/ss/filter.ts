// ss's filter expression (ssfilter.y in iproute2 6.1): `sport = :22 or ( dst 10.0.0.0/8 and
// ! dport > :1024 )`. The lexer splits each argument again at blanks, so a quoted
// 'sport > :1024' is three tokens. Operators all bind alike, left to right (the grammar is
// left-recursive with no precedence conflicts), and two expressions side by side are ANDed.
// A word is read as an address or port as the lexer meets it, so a bad one stops ss there
// (rc 1) even before a syntax error later on the line (rc 255, with the usage).
import { parseIpv6 } from "../../../netfilter/ipv6.js";
import { serviceToPort } from "../../../netfilter/names.js";
import { parsePrefix } from "../../ip/common.js";

/** What a socket offers to the filter (ss's struct sockstat). */
export interface SsSocket {
  family: "inet" | "inet6";
  local: { addr: number; port: number };
  remote: { addr: number; port: number };
  /** Device the socket is bound to (0: none). */
  iface: number;
  mark: number;
}

/** An address/port condition: `10.0.0.0/8:22`, `*:http`, `:22`, `[::1]`. */
interface HostCond {
  /** Address family of the condition (undefined: a port alone). */
  family?: "inet" | "inet6";
  /** Prefixes to match (any of them); empty: any address. */
  prefixes: { addr: number; bits: number }[];
  port: number;
}

export type SsFilter =
  | { kind: "and" | "or"; left: SsFilter; right: SsFilter }
  | { kind: "not"; of: SsFilter }
  | { kind: "src" | "dst"; cond: HostCond }
  | { kind: "sport>=" | "sport<=" | "dport>=" | "dport<="; port: number }
  | { kind: "dev"; iface: number }
  | { kind: "fwmark"; mark: number; mask: number }
  | { kind: "autobound" };

/** ss ends here: the texts it printed and its exit status. */
export class SsExit extends Error {
  constructor(
    readonly stderr: string,
    readonly rc: number,
    /** ss prints its usage after the message. */
    readonly withUsage = false,
  ) {
    super(stderr);
  }
}

/** What reading a word needs from ss's state. */
export interface FilterContext {
  /** -4/-6/-f or an `inet:` prefix before: how an address is read. */
  preferredFamily?: string;
  /** Socket tables asked for: which protocols a service name is looked up in. */
  tcp: boolean;
  udp: boolean;
  /** ifindex of a device of the namespace, by name. */
  ifindex(name: string): number | undefined;
  /** gethostbyname through /etc/hosts. */
  resolve(name: string): number | undefined;
  /** An `inet:`/`inet6:`… prefix narrows the families shown to that one. */
  setFamily(family: string): void;
}

type Token =
  | { t: "op"; v: "!" | "&" | "|" | "(" | ")" | "=" | ">" | "<" | ">=" | "<=" | "!=" }
  | { t: "key"; v: "dst" | "src" | "dport" | "sport" | "dev" | "fwmark" | "cgroup" | "autobound" }
  | { t: "value"; v: HostCond | number | { mark: number; mask: number } }
  | { t: "end" };

const OPERATORS: Record<string, Token> = {
  "!": { t: "op", v: "!" }, not: { t: "op", v: "!" },
  "&": { t: "op", v: "&" }, "&&": { t: "op", v: "&" }, and: { t: "op", v: "&" },
  "|": { t: "op", v: "|" }, "||": { t: "op", v: "|" }, or: { t: "op", v: "|" },
  "(": { t: "op", v: "(" }, ")": { t: "op", v: ")" },
  ">=": { t: "op", v: ">=" }, ge: { t: "op", v: ">=" }, geq: { t: "op", v: ">=" },
  "<=": { t: "op", v: "<=" }, le: { t: "op", v: "<=" }, leq: { t: "op", v: "<=" },
  "!=": { t: "op", v: "!=" }, ne: { t: "op", v: "!=" }, neq: { t: "op", v: "!=" },
  "=": { t: "op", v: "=" }, "==": { t: "op", v: "=" }, eq: { t: "op", v: "=" },
  ">": { t: "op", v: ">" }, gt: { t: "op", v: ">" },
  "<": { t: "op", v: "<" }, lt: { t: "op", v: "<" },
};
const KEYWORDS = new Set(["dst", "src", "dport", "sport", "dev", "fwmark", "cgroup", "autobound"]);

/** get_token_from_line: blank-separated tokens; a backslash keeps the next character. */
export function filterTokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === " " || text[i] === "\t") i++;
    if (i >= text.length) break;
    let tok = "";
    while (i < text.length && text[i] !== " " && text[i] !== "\t") {
      if (text[i] === "\\") {
        i++;
        if (i >= text.length) break;
      }
      tok += text[i++];
    }
    out.push(tok);
  }
  return out;
}

/** strtol(…, 0) that must read the whole text and fit an int (iproute2's get_integer). */
function cInteger(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[2]!;
  const n = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits[0] === "0" ? parseInt(digits, 8) : Number(digits);
  const value = m[1] === "-" ? -n : n;
  return value > 2147483647 || value < -2147483648 ? undefined : value;
}

/** sscanf("%i"): the number a text starts with (trailing text is ignored). */
function scanInt(text: string): { value: number; rest: string } | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(text);
  if (!m) return undefined;
  const digits = m[2]!;
  const n = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits[0] === "0" ? parseInt(digits, 8) : Number(digits);
  return { value: (m[1] === "-" ? -n : n) >>> 0, rest: text.slice(m[0].length) };
}

function parsePort(port: string, ctx: FilterContext): number {
  const n = cInteger(port);
  if (n !== undefined) return n;
  const udp = ctx.udp ? serviceToPort(port, "udp") : undefined;
  const tcp = ctx.tcp ? serviceToPort(port, "tcp") : undefined;
  if (udp !== undefined && tcp !== undefined && udp !== tcp) throw new SsExit(`Error: ambiguous port "${port}".\nCannot parse dst/src address.\n`, 1);
  const found = udp ?? tcp;
  if (found === undefined) throw new SsExit(`Error: "${port}" does not look like a port.\nCannot parse dst/src address.\n`, 1);
  return found;
}

/** An address word for the hosts it names (get_prefix_1, then gethostbyname). */
function parseAddress(text: string, family: string | undefined, ctx: FilterContext): Pick<HostCond, "family" | "prefixes"> {
  const [addrText, lenText] = text.split("/", 2);
  if (family !== "inet6") {
    const p = parsePrefix(text);
    if (p) return { family: "inet", prefixes: [{ addr: p.addr, bits: p.prefix }] };
  }
  if (family !== "inet" && addrText !== undefined && parseIpv6(addrText) && (lenText === undefined || (/^\d+$/.test(lenText) && Number(lenText) <= 128))) {
    // (every socket here is IPv4, which no IPv6 condition matches)
    return { family: "inet6", prefixes: [{ addr: 0, bits: lenText === undefined ? 128 : Number(lenText) }] };
  }
  const host = family === "inet6" ? undefined : ctx.resolve(text);
  if (host === undefined) throw new SsExit(`Error: an inet prefix is expected rather than "${text}".\nCannot parse dst/src address.\n`, 1);
  return { family: "inet", prefixes: [{ addr: host, bits: 32 }] };
}

const FAMILY_PREFIXES: [string, string][] = [
  ["unix:", "unix"], ["link:", "link"], ["netlink:", "netlink"], ["vsock:", "vsock"], ["inet:", "inet"], ["inet6:", "inet6"],
];

/** parse_hostcond: `[family:]ADDR[/LEN][:PORT]`, `[V6]:PORT`, `*:PORT`, or a port after sport/dport. */
function parseHostCond(word: string, isPort: boolean, ctx: FilterContext): HostCond {
  let addr = word;
  let family = ctx.preferredFamily;
  for (const [prefix, fam] of FAMILY_PREFIXES) {
    if (addr.startsWith(prefix)) {
      family = fam;
      addr = addr.slice(prefix.length);
      break;
    }
  }
  const cond: HostCond = { prefixes: [], port: -1 };
  if (family !== undefined && family !== "inet" && family !== "inet6") {
    // unix paths, packet and netlink sockets: the emulator keeps none to match
    cond.prefixes.push({ addr: 0, bits: 0 });
    cond.family = "inet6";
  } else {
    let port: string | undefined;
    if (isPort) {
      port = addr;
      addr = "";
    } else if (addr.startsWith("[")) {
      const close = addr.indexOf("]");
      if (close < 0) throw new SsExit("Cannot parse dst/src address.\n", 1);
      port = addr.slice(close + 1);
      addr = addr.slice(1, close);
    } else if (addr.startsWith("*")) {
      port = addr.slice(1);
      addr = "*";
    } else {
      const slash = addr.indexOf("/");
      const colon = addr.lastIndexOf(":");
      if (colon >= 0 && colon > slash) {
        port = addr.slice(colon);
        addr = addr.slice(0, colon);
      }
    }
    if (port?.startsWith(":")) port = port.slice(1);
    if (port && port[0] !== "*") cond.port = parsePort(port, ctx);
    if (addr && addr[0] !== "*") Object.assign(cond, parseAddress(addr, family, ctx));
  }
  if (family !== undefined && family !== ctx.preferredFamily) ctx.setFamily(family);
  return cond;
}

/** The lexer with bison's one token of lookahead. */
class Lexer {
  private readonly words: string[];
  private pos = 0;
  private ahead?: Token;
  /** The last keyword met: how a following word is read. */
  private keyword?: string;

  constructor(
    args: string[],
    private readonly ctx: FilterContext,
  ) {
    this.words = args.flatMap(filterTokens);
  }

  peek(): Token {
    this.ahead ??= this.read();
    return this.ahead;
  }

  next(): Token {
    const t = this.peek();
    this.ahead = undefined;
    return t;
  }

  private read(): Token {
    const word = this.words[this.pos++];
    if (word === undefined) return { t: "end" };
    const op = OPERATORS[word];
    if (op) return op;
    if (KEYWORDS.has(word)) {
      this.keyword = word;
      return { t: "key", v: word as "dst" };
    }
    if (this.keyword === "dev") {
      const iface = this.ctx.ifindex(word) ?? deviceNumber(word);
      if (iface === undefined) throw new SsExit("Cannot parse device.\n", 1);
      return { t: "value", v: iface };
    }
    if (this.keyword === "fwmark") {
      const mark = parseMarkMask(word);
      if (!mark) throw new SsExit(`Cannot parse mark ${word}.\n`, 1);
      return { t: "value", v: mark };
    }
    // (cgroup2 is not mounted where ss runs: no path can be looked up)
    if (this.keyword === "cgroup") throw new SsExit(`Cannot parse cgroup ${word}.\n`, 1);
    return { t: "value", v: parseHostCond(word, this.keyword === "sport" || this.keyword === "dport", this.ctx) };
  }
}

/** strtoul(…, 0) of a whole device number. */
function deviceNumber(word: string): number | undefined {
  const n = cInteger(word);
  return n === undefined || n < 0 ? undefined : n;
}

function parseMarkMask(word: string): { mark: number; mask: number } | undefined {
  const mark = scanInt(word);
  if (!mark) return undefined;
  if (!word.includes("/")) return { mark: mark.value, mask: 0xffffffff };
  if (!mark.rest.startsWith("/")) return undefined;
  const mask = scanInt(mark.rest.slice(1));
  return mask ? { mark: mark.value, mask: mask.value } : undefined;
}

const syntaxError = () => new SsExit('ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n', 255, true);

const startsExpr = (t: Token) => (t.t === "op" && (t.v === "(" || t.v === "!")) || t.t === "key";

/** Parses the filter words; undefined when there is no expression (every socket passes). */
export function parseSsFilter(args: string[], ctx: FilterContext): SsFilter | undefined {
  const lex = new Lexer(args, ctx);
  if (lex.peek().t === "end") return undefined;
  const filter = exprList(lex);
  if (lex.next().t !== "end") throw syntaxError();
  return filter;
}

function exprList(lex: Lexer): SsFilter {
  let left = expr(lex);
  for (;;) {
    const t = lex.peek();
    if (t.t === "op" && (t.v === "|" || t.v === "&")) {
      lex.next();
      left = { kind: t.v === "|" ? "or" : "and", left, right: expr(lex) };
    } else if (startsExpr(t)) left = { kind: "and", left, right: expr(lex) };
    else return left;
  }
}

function value<T>(lex: Lexer, check: (v: Token & { t: "value" }) => T | undefined): T {
  const t = lex.next();
  const v = t.t === "value" ? check(t) : undefined;
  if (v === undefined) throw syntaxError();
  return v;
}

const hostValue = (lex: Lexer) => value(lex, (t) => (typeof t.v === "object" && "prefixes" in t.v ? t.v : undefined));

function expr(lex: Lexer): SsFilter {
  const t = lex.next();
  if (t.t === "op" && t.v === "(") {
    const inner = exprList(lex);
    const close = lex.next();
    if (close.t !== "op" || close.v !== ")") throw syntaxError();
    return inner;
  }
  if (t.t === "op" && t.v === "!") return { kind: "not", of: expr(lex) };
  if (t.t !== "key") throw syntaxError();
  const op = lex.peek();
  const opText = op.t === "op" ? op.v : undefined;
  switch (t.v) {
    case "dst":
    case "src":
      if (opText === "=") lex.next();
      return { kind: t.v, cond: hostValue(lex) };
    case "dport":
    case "sport": {
      if (opText !== undefined && !["=", ">=", "<=", ">", "<", "!="].includes(opText)) throw syntaxError();
      if (opText !== undefined) lex.next();
      const cond = hostValue(lex);
      const side = t.v;
      switch (opText) {
        case ">=":
          return { kind: `${side}>=`, port: cond.port };
        case "<=":
          return { kind: `${side}<=`, port: cond.port };
        case ">":
          return { kind: "not", of: { kind: `${side}<=`, port: cond.port } };
        case "<":
          return { kind: "not", of: { kind: `${side}>=`, port: cond.port } };
        case "!=":
          return { kind: "not", of: { kind: side === "sport" ? "src" : "dst", cond } };
        default:
          return { kind: side === "sport" ? "src" : "dst", cond };
      }
    }
    case "dev":
    case "fwmark":
    case "cgroup": {
      if (opText !== undefined && opText !== "=" && opText !== "!=") throw syntaxError();
      if (opText !== undefined) lex.next();
      const made: SsFilter =
        t.v === "dev"
          ? { kind: "dev", iface: value(lex, (v) => (typeof v.v === "number" ? v.v : undefined)) }
          : { kind: "fwmark", ...value(lex, (v) => (typeof v.v === "object" && "mask" in v.v ? v.v : undefined)) };
      return opText === "!=" ? { kind: "not", of: made } : made;
    }
    default:
      return { kind: "autobound" };
  }
}

function hostMatches(cond: HostCond, side: { addr: number; port: number }, family: string): boolean {
  if (cond.port !== -1 && cond.port !== side.port) return false;
  if (cond.family !== undefined && cond.family !== family) return false;
  if (cond.prefixes.length === 0) return true;
  return cond.prefixes.some((p) => p.bits === 0 || (p.addr ^ side.addr) >>> (32 - p.bits) === 0);
}

/** run_ssfilter: whether a socket passes the filter. */
export function ssFilterMatches(f: SsFilter, s: SsSocket, ephemeral: [number, number]): boolean {
  switch (f.kind) {
    case "and":
      return ssFilterMatches(f.left, s, ephemeral) && ssFilterMatches(f.right, s, ephemeral);
    case "or":
      return ssFilterMatches(f.left, s, ephemeral) || ssFilterMatches(f.right, s, ephemeral);
    case "not":
      return !ssFilterMatches(f.of, s, ephemeral);
    case "src":
      return hostMatches(f.cond, s.local, s.family);
    case "dst":
      return hostMatches(f.cond, s.remote, s.family);
    case "sport>=":
      return s.local.port >= f.port;
    case "sport<=":
      return s.local.port <= f.port;
    case "dport>=":
      return s.remote.port >= f.port;
    case "dport<=":
      return s.remote.port <= f.port;
    case "dev":
      return s.iface === f.iface;
    case "fwmark":
      return ((s.mark & f.mask) >>> 0) === f.mark;
    case "autobound":
      return s.local.port >= ephemeral[0] && s.local.port <= ephemeral[1];
  }
}
