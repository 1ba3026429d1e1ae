// Reading the statements of `nft add|insert rule` one at a time (nft-rule-parse.ts reads the
// words before them): each statement becomes what nft lists and, where iptables-nft can read
// it back, the same rule as iptables options.
import type { CommandResult } from "../shell/types.js";
import { protocolNumber } from "../netfilter/names.js";
import { errorAt, errorText, fail, isScannedNumber, missingName, parseError, unexpected, type NftCommand } from "./nft-syntax.js";
import type { NameTables } from "./address.js";
import { protocolText } from "./address.js";
import { STATEMENT_WORDS, ctState, icmpv6Type, isResult, limitRate, logStatement, portItems, portNumber, quoted, rejectWith, ruleWord, stringExpected, withContext } from "./nft-statements.js";
import { ICMP_TYPES, nftIpv4, nftPrefixLength } from "./nft-names.js";
import { formatIpv4, prefixToMask } from "../netfilter/ip.js";
import { icmpTypeSet, ipTtl, markStatement, nfproto, pktType, tcpFlag } from "./nft-statements-guide.js";
import { anonymousLookup } from "./nft-rule-lookups.js";
import { natStatement } from "./nft-nat-statements.js";
import { vmapStatement } from "./nft-vmap.js";
import { anonymousAddressSet } from "./nft-rule-sets.js";
import type { RuleCommand } from "./nft-rule-parse.js";

export const NOT_EMULATED = (what: string) =>
  fail(`nft: ${what} is not emulated (only ip/ip6 saddr/daddr/protocol, meta l4proto, iifname/oifname, tcp/udp sport/dport, counter and a verdict are)\n`);

/** The field names nft's grammar takes after tcp and udp. */
const HEADER_FIELDS: Record<"tcp" | "udp", Set<string>> = {
  tcp: new Set(["sport", "dport", "sequence", "ackseq", "doff", "reserved", "flags", "window", "checksum", "urgptr", "option"]),
  udp: new Set(["sport", "dport", "length", "checksum"]),
};

/** Where a listed rule's counter goes among its statements. */
const COUNTER = null;

function ipv4(text: string): { addr: number; len: number } | { badLength: number } | undefined {
  const m = /^(.+?)(?:\/(0[xX][0-9a-fA-F]+|\d+))?$/.exec(text)!;
  const addr = nftIpv4(m[1]!);
  const len = m[2] === undefined ? 32 : nftPrefixLength(m[2]);
  if (addr === undefined || len === undefined) return undefined;
  if (len > 32) return { badLength: len };
  return { addr: (addr & prefixToMask(len)) >>> 0, len };
}

/** A statement reader's answer: false, not its statement; true, read (and moved past); else nft's error. */
type Read = boolean | CommandResult;

/** The statements of one rule, read from word `i` to the end. */
export class StatementReader {
  private i: number;
  private readonly first: number;
  private readonly w: string[];
  private readonly ipKw: "ip" | "ip6";
  /** The rule's iptables options, by the place iptables-save gives each. */
  private readonly opts = { iface: [] as string[], addr: [] as string[], proto: undefined as string | undefined, ports: [] as string[], extra: [] as string[], verdict: [] as string[] };
  /** MARK or CONNMARK from a mark set: the rule's target, unless a verdict comes too. */
  private markTarget: string[] | undefined;
  /** The match module the ports or icmp type go to (tcp, udp, multiport, icmp). */
  private portProto: string | undefined;
  /** Where the protocol came from (a tcp/udp field), for the mark under it when a statement conflicts. */
  private protoMark: { offset: number; width: number } | undefined;

  constructor(
    private readonly cmd: NftCommand,
    private readonly rule: RuleCommand,
    start: number,
  ) {
    this.i = this.first = start;
    this.w = cmd.words;
    this.ipKw = rule.family === "ip6" ? "ip6" : "ip";
  }

  /** Read every statement, then give the rule its iptables options; an error result stops there. */
  read(names: (family: 4 | 6) => NameTables): RuleCommand | CommandResult {
    while (this.i < this.w.length) {
      const err = this.statement();
      if (err) return err;
    }
    const { rule, opts, markTarget, portProto } = this;
    if (rule.l3 === "ip6") rule.names = names(6);
    // (a mark set then a verdict: the rule keeps the verdict, and packets go unmarked)
    const verdict = markTarget && !(opts.verdict.length && opts.verdict[0] !== "continue") ? markTarget : rule.vmap || opts.verdict[0] === "continue" ? [] : opts.verdict;
    rule.argv = [...opts.iface, ...opts.addr, ...(opts.proto ? ["-p", opts.proto] : []), ...(portProto ? ["-m", portProto, ...opts.ports] : []), ...opts.extra, ...verdict];
    return rule;
  }

  /** The statement at `i`. */
  private statement(): CommandResult | undefined {
    const word = this.w[this.i]!;
    if (word === "comment") return this.comment();
    if (this.opts.verdict[0] === "continue" && ["accept", "drop", "return"].includes(word) && this.i === this.w.length - 1) {
      // (`continue accept`: nft takes and lists both; continue, the first, is what runs)
      this.rule.listed.push(word);
      this.i++;
      return undefined;
    }
    if (this.opts.verdict.length) return NOT_EMULATED(`a statement after the verdict`);
    const readers = [this.verdictMap, this.natStatement, this.metaInterface, this.libraryStatement, this.lookup, this.keyword];
    for (const reader of readers) {
      const read = reader.call(this, word);
      if (read !== false) return read === true ? undefined : read;
    }
    if ((word === "tcp" || word === "udp") && this.w[this.i + 1] !== undefined && !HEADER_FIELDS[word].has(this.w[this.i + 1]!)) {
      // (a misspelt field: the grammar wants one of the header's field names there)
      return parseError(`syntax error, unexpected ${unexpected(this.w[this.i + 1]!)}`, this.cmd, this.i + 1);
    }
    if (this.i === this.w.length - 1 && !/^[0-9]/.test(word) && !STATEMENT_WORDS.has(word)) {
      // (a lone word the grammar takes for the start of something longer)
      return parseError("syntax error, unexpected newline", this.cmd, this.w.length);
    }
    return NOT_EMULATED(`'${word}' in a rule`);
  }

  private negated(): boolean {
    if (this.w[this.i] === "!=") return this.i++, true;
    if (this.w[this.i] === "==") this.i++;
    return false;
  }

  private setProto(name: string, at: number): CommandResult | undefined {
    if (this.opts.proto !== undefined && this.opts.proto !== name) return NOT_EMULATED(`'${this.w[at]}' after another protocol`);
    this.opts.proto = name;
    return undefined;
  }

  /** A header match (`tcp dport`, `icmp type`) at word `at` after another protocol's: nft's error, under its two words. */
  private protoConflict(before: string, now: string, at: number): CommandResult {
    const { cmd } = this;
    return fail(errorAt(`conflicting protocols specified: ${before} vs. ${now}`, cmd, cmd.starts[at]!, cmd.starts[at + 1]! + cmd.words[at + 1]!.length - cmd.starts[at]!));
  }

  /** Drop the statement listed last when it is one of `dependencies` (the test nft adds and leaves out of its listing). */
  private dropDependency(dependencies: string[]): void {
    if (dependencies.includes(String(this.rule.listed.at(-1)))) this.rule.listed.pop();
  }

  /** `comment "TEXT"`: a string that ends the rule, which nft lists last. */
  private comment(): CommandResult | undefined {
    const { cmd, w, i } = this;
    if (i === this.first) return parseError("syntax error, unexpected comment", cmd, i);
    const err = stringExpected(cmd, i + 1);
    if (err) return err;
    const text = w[i + 1]!.replace(/^"(.*)"$/, "$1");
    if (text.length > 128) return parseError("comment too long, 128 characters maximum allowed", cmd, i + 1);
    if (i + 2 < w.length) return parseError(`syntax error, unexpected ${ruleWord(w[i + 2]!)}, expecting end of file or newline or semicolon`, cmd, i + 2);
    this.opts.extra.push("-m", "comment", "--comment", text);
    this.rule.listed.push(`comment ${quoted(w[i + 1]!)}`);
    this.i += 2;
    return undefined;
  }

  private verdictMap(): Read {
    const vm = vmapStatement(this.cmd, this.i, this.rule.family);
    if (!vm || isResult(vm)) return vm ?? false;
    if (vm.proto !== undefined) {
      const err = this.setProto(vm.proto, this.i);
      if (err) return err;
    }
    const { rule } = this;
    rule.vmap = vm.vmap;
    if (vm.kernelError) rule.kernelError ??= vm.kernelError;
    rule.listed.push(vm.listed);
    rule.nftOnly ??= "a verdict map";
    this.opts.verdict = ["-j", "nft-vmap"];
    this.i += vm.words;
    return true;
  }

  private natStatement(word: string): Read {
    const { rule } = this;
    const implied = rule.listed.some((l) => l?.startsWith("ip ")) ? "ip" : rule.listed.some((l) => l?.startsWith("ip6 ")) ? "ip6" : undefined;
    const nat = natStatement(this.cmd, this.i, rule.family, this.opts.proto !== undefined, implied);
    if (!nat) return false;
    if (isResult(nat.read)) return nat.read;
    if (!nat.read) return NOT_EMULATED(`this '${word}' statement`);
    this.opts.verdict = nat.read.argv;
    rule.listed.push(nat.read.listed);
    rule.nat = nat.kind;
    rule.nftOnly ??= word;
    this.i += nat.read.words;
    return true;
  }

  /** `meta iifname` is iifname: nft lists it without meta. */
  private metaInterface(word: string): Read {
    if (word !== "meta" || !["iifname", "oifname", "iif", "oif"].includes(this.w[this.i + 1] ?? "")) return false;
    this.i++;
    return true;
  }

  /** The statements nft-statements*.ts read (ct state, reject, limit, log, mark set, …). */
  private libraryStatement(word: string): Read {
    const { cmd, i, rule, opts } = this;
    const statement = ctState(cmd, i) ?? rejectWith(cmd, i, rule.family) ?? limitRate(cmd, i) ?? logStatement(cmd, i) ?? icmpv6Type(cmd, i) ?? markStatement(cmd, i) ?? tcpFlag(cmd, i) ?? nfproto(cmd, i) ?? pktType(cmd, i) ?? ipTtl(cmd, i);
    if (!statement || isResult(statement)) return statement ?? false;
    // (the dependency nft leaves out before icmpv6 type: inet's is meta l4proto, so an inet rule keeps ip6 nexthdr)
    if (word === "icmpv6") this.dropDependency(["meta l4proto ipv6-icmp", "meta nfproto ipv6", rule.family === "inet" ? "" : "ip6 nexthdr ipv6-icmp"]);
    // (in iptables-nft's tables these would make the chain incompatible: refused there)
    if (statement.proto !== undefined && opts.proto !== statement.proto) {
      if (opts.proto !== undefined) {
        if (statement.protoUnlisted && word === "tcp") return this.protoConflict(opts.proto, word, i);
        if (!this.protoMark) return NOT_EMULATED(`'${word}' after another protocol`);
        return fail(withContext(errorText(`you cannot use tcp reset with this protocol`, cmd, i), cmd, this.protoMark.offset, this.protoMark.width));
      }
      // (the protocol test nft adds for it: inet lists it, ip and ip6 leave it out)
      opts.proto = statement.proto;
      if (rule.family === "inet" && !statement.protoUnlisted) rule.listed.push(`meta l4proto ${statement.proto}`);
    }
    // (nft's evaluation: a rule of an ip or ip6 table has its family already)
    if (statement.nfproto && (rule.family === "ip" || rule.family === "ip6")) {
      return fail(errorAt("meta nfproto is only useful in the inet family", cmd, cmd.starts[i]!, cmd.starts[i + 1]! + this.w[i + 1]!.length - cmd.starts[i]!));
    }
    if (statement.nfproto === "ipv6" && rule.family === "inet") rule.l3 = "ip6";
    if (statement.setsMark) {
      if (this.markTarget) return NOT_EMULATED("a second mark set");
      this.markTarget = statement.argv;
    } else if (statement.verdict) opts.verdict = statement.argv;
    else opts.extra.push(...statement.argv);
    rule.listed.push(statement.listed);
    if (!statement.readBack) rule.nftOnly ??= word === "ct" ? "ct state" : word;
    if (statement.kernelError) {
      const last = i + statement.words - 1;
      rule.kernelError = { message: statement.kernelError, offset: cmd.starts[i]!, width: cmd.starts[last]! + this.w[last]!.length - cmd.starts[i]! };
    }
    this.i += statement.words;
    return true;
  }

  /** Lookups in anonymous sets nft-rule-lookups.ts reads. */
  private lookup(): Read {
    const lookup = anonymousLookup(this.cmd, this.i, this.rule);
    if (!lookup) return false;
    if ("notEmulated" in lookup) return NOT_EMULATED(lookup.notEmulated);
    if (isResult(lookup)) return lookup;
    this.i = lookup.next;
    return true;
  }

  /** The statements read here, by their first word. */
  private keyword(word: string): Read {
    const next = this.w[this.i + 1];
    const { family } = this.rule;
    if (word === "counter") return this.counter();
    if (word === "continue" || word === "accept" || word === "drop" || word === "return" || word === "jump" || word === "goto") return this.verdict(word);
    if (word === "reject" && this.i === this.w.length - 1) {
      // (nft's own reject: for IPv4 an ICMP port unreachable, as REJECT's default)
      this.opts.verdict = ["-j", "REJECT"];
      this.rule.listed.push("reject");
      this.rule.nftOnly ??= "reject";
      this.i++;
      return true;
    }
    if (word === "icmp" && next === "type") return this.icmpType();
    if (word === "iif" || word === "oif" || word === "iifname" || word === "oifname") return this.iface(word);
    if ((word === this.ipKw || (word === "ip6" && family === "inet")) && (next === "saddr" || next === "daddr")) return this.address(word, next);
    if ((word === "ip" && next === "protocol") || (word === "meta" && next === "l4proto") || (word === "ip6" && next === "nexthdr" && family !== "ip")) return this.protocol(word);
    if ((word === "tcp" || word === "udp") && (next === "dport" || next === "sport")) return this.ports(word, next);
    return false;
  }

  /** `counter`, and as nft list printed it `counter packets N bytes M` (`nft -f` of a saved ruleset; bytes may be left out). */
  private counter(): Read {
    const { cmd, w } = this;
    this.rule.listed.push(COUNTER);
    const i = ++this.i;
    if (w[i] !== "packets") return true;
    const number = (at: number) => (isScannedNumber(w[at]) ? undefined : parseError(`syntax error, unexpected ${w[at] === undefined ? "newline" : ruleWord(w[at]!)}, expecting number`, cmd, at));
    const bad = number(i + 1) ?? (w[i + 2] === "bytes" ? number(i + 3) : undefined);
    if (bad) return bad;
    this.rule.counters = { pkts: BigInt(w[i + 1]!), bytes: w[i + 2] === "bytes" ? BigInt(w[i + 3]!) : 0n };
    this.i += w[i + 2] === "bytes" ? 4 : 2;
    return true;
  }

  private verdict(word: string): Read {
    const { rule } = this;
    if (word === "jump" || word === "goto") {
      const target = this.w[this.i + 1];
      if (target === undefined) return missingName(this.cmd, this.i + 1)!;
      this.opts.verdict = [word === "jump" ? "-j" : "-g", target];
      rule.jump = { chain: target, at: this.i + 1 };
      rule.listed.push(`${word} ${target}`);
      this.i += 2;
      return true;
    }
    // (continue: no verdict, the packet goes on to the next rule, as an iptables rule without -j)
    this.opts.verdict = word === "continue" ? ["continue"] : ["-j", word.toUpperCase()];
    rule.listed.push(word);
    this.i++;
    return true;
  }

  /** `icmp type NAME` or a set of types (a set of one type is listed as the type). */
  private icmpType(): Read {
    const { cmd, w, i, rule, opts } = this;
    if (opts.proto !== undefined && opts.proto !== "icmp") return this.protoConflict(opts.proto, "icmp", i);
    // (the dependency nft leaves out: inet's is meta l4proto, so an inet rule keeps ip protocol)
    const dependencies = [rule.family === "inet" ? "" : "ip protocol icmp", "meta l4proto icmp", "meta nfproto ipv4"];
    const one = w[i + 2] === "{" && w[i + 4] === "}";
    if (w[i + 2] === "{" && !one) {
      const set = icmpTypeSet(cmd, i + 2);
      if (isResult(set)) return set;
      const err = this.setProto("icmp", i + 2);
      if (err) return err;
      this.dropDependency(dependencies);
      (rule.lookups ??= []).push({ field: "icmptype", name: "", at: i + 2, invert: false, key: "inet_service", what: { offset: 0, width: 0 }, box: set.box });
      rule.listed.push(`icmp type ${set.listed}`);
      rule.nftOnly ??= "a set";
      this.i = set.next;
      return true;
    }
    const value = w[one ? i + 3 : i + 2];
    if (value === undefined) return missingName(cmd, i + 2)!;
    const type = ICMP_TYPES.get(value);
    if (type === undefined) return NOT_EMULATED(`icmp type '${value}'`);
    const err = this.setProto("icmp", i + 2);
    if (err) return err;
    this.dropDependency(dependencies);
    opts.ports.push("--icmp-type", String(type));
    this.portProto = "icmp";
    rule.listed.push(`icmp type ${value}`);
    rule.nftOnly ??= "icmp type";
    this.i += one ? 5 : 3;
    return true;
  }

  /** iif/oif (by index: only nft's own tables) and iifname/oifname (`*` is iptables' `+`). */
  private iface(word: string): Read {
    this.i++;
    const inv = this.negated();
    const name = (this.w[this.i] ?? "").replace(/^"(.*)"$/, "$1");
    if (!name) return missingName(this.cmd, this.i)!;
    const byName = word.endsWith("name");
    const ipt = byName && name.endsWith("*") ? `${name.slice(0, -1)}+` : name;
    this.opts.iface.push(...(inv ? ["!"] : []), word.startsWith("i") ? "-i" : "-o", ipt);
    this.rule.listed.push(`${word} ${inv ? "!= " : ""}"${name}"`);
    if (!byName) this.rule.nftOnly ??= word;
    this.i++;
    return true;
  }

  /** `ip saddr|daddr` (an address, a prefix, an anonymous or named set) and `ip6 saddr|daddr`. */
  private address(ipKw: string, field: string): Read {
    const { cmd, w, rule } = this;
    let i = this.i;
    // (an inet rule keeps to one family: ip6 addresses make it an ip6tables rule)
    const other = rule.family !== "inet" ? undefined : rule.listed.find((l) => l !== null && /^ip6? /.test(l) && !l.startsWith(`${ipKw} `))?.split(" ")[0];
    if (other) return fail(errorAt(`conflicting protocols specified: ${other} vs. ${ipKw}`, cmd, cmd.starts[i]!, cmd.starts[i + 1]! + field.length - cmd.starts[i]!));
    if (ipKw === "ip6" && rule.family === "inet") rule.l3 = "ip6";
    // (the family test before an address compare is the dependency nft leaves out)
    this.dropDependency([`meta nfproto ${ipKw === "ip" ? "ipv4" : "ipv6"}`]);
    this.i = i += 2;
    const inv = this.negated();
    i = this.i;
    const text = w[i];
    if (text === undefined) return missingName(cmd, i)!;
    if (text === "{" && ipKw === "ip") {
      // (an anonymous set of addresses, prefixes and ranges)
      const anon = anonymousAddressSet(cmd, i);
      if (isResult(anon)) return anon;
      (rule.lookups ??= []).push({ field: field as "saddr" | "daddr", name: "", at: i, invert: inv, key: "ipv4_addr", what: { offset: 0, width: 0 }, box: anon.box });
      rule.listed.push(`ip ${field} ${inv ? "!= " : ""}${anon.listed}`);
      rule.nftOnly ??= "a set";
      this.i = anon.next;
      return true;
    }
    if (text.startsWith("@") && ipKw === "ip") {
      (rule.lookups ??= []).push({ field: field as "saddr" | "daddr", name: text.slice(1), at: i, invert: inv, key: "ipv4_addr", what: { offset: cmd.starts[i - 2 - (inv ? 1 : 0)]!, width: `ip ${field}`.length } });
      rule.listed.push(`ip ${field} ${inv ? "!= " : ""}${text}`);
      rule.nftOnly ??= "a named set";
      this.i++;
      return true;
    }
    let shown = text;
    if (ipKw === "ip") {
      const a = ipv4(text);
      if (!a) return parseError("Could not resolve hostname: Name or service not known", cmd, i);
      if ("badLength" in a) return parseError(`Prefix length ${a.badLength} is invalid for type of 32 bits width`, cmd, i);
      shown = a.len === 32 ? formatIpv4(a.addr) : `${formatIpv4(a.addr)}/${a.len}`;
      // (the iptables form of what nft resolved: "0x0a000001" is 10.0.0.1)
      this.opts.addr.push(...(inv ? ["!"] : []), field === "saddr" ? "-s" : "-d", shown);
      rule.listed.push(`${ipKw} ${field} ${inv ? "!= " : ""}${shown}`);
      this.i++;
      return true;
    } else if (!text.includes(":")) return parseError("Could not resolve hostname: Name or service not known", cmd, i);
    const len6 = /\/(\d+)$/.exec(text);
    if (len6 && Number(len6[1]) > 128) return parseError(`Prefix length ${Number(len6[1])} is invalid for type of 128 bits width`, cmd, i);
    this.opts.addr.push(...(inv ? ["!"] : []), field === "saddr" ? "-s" : "-d", text);
    rule.listed.push(`${ipKw} ${field} ${inv ? "!= " : ""}${shown}`);
    this.i++;
    return true;
  }

  /** `ip protocol P`, `meta l4proto P`, `ip6 nexthdr P`. */
  private protocol(word: string): Read {
    const { cmd, w, i } = this;
    const value = w[i + 2];
    if (word === "ip6" && this.rule.family === "inet") this.rule.l3 = "ip6";
    if (value === undefined) return missingName(cmd, i + 2)!;
    // (nft's keyword icmpv6 names the protocol too)
    const proto = /^[0-9]+$/.test(value) ? Number(value) : value === "icmpv6" ? 58 : protocolNumber(value);
    if (proto === undefined || proto > 255) return NOT_EMULATED(`protocol '${value}'`);
    const name = protocolText(proto) ?? String(proto);
    const err = this.setProto(name, i + 2);
    if (err) return err;
    this.rule.listed.push(`${word} ${w[i + 1]} ${name}`);
    this.i += 3;
    return true;
  }

  /** `tcp|udp sport|dport`: a port, a range, service names, a set of ports (multiport) or a named set. */
  private ports(word: "tcp" | "udp", field: string): Read {
    const { cmd, w, rule, opts } = this;
    if (opts.proto !== undefined && opts.proto !== word) return this.protoConflict(opts.proto, word, this.i);
    const fieldMark = { offset: cmd.starts[this.i]!, width: cmd.starts[this.i + 1]! + field.length - cmd.starts[this.i]! };
    this.i += 2;
    const inv = this.negated();
    const i = this.i;
    let value = w[i];
    if (value === undefined) return missingName(cmd, i)!;
    if (value.startsWith("@")) {
      const err = this.setProto(word, i);
      if (err) return err;
      (rule.lookups ??= []).push({ field: field as "sport" | "dport", name: value.slice(1), at: i, invert: inv, key: "inet_service", what: fieldMark });
      rule.listed.push(`${word} ${field} ${inv ? "!= " : ""}${value}`);
      rule.nftOnly ??= "a named set";
      this.i++;
      return true;
    }
    let next = i + 1;
    // a number, "-", then a number or a name: a range (a name first makes one word, "ssh-http")
    const range = /^(0[xX][0-9a-fA-F]+|\d+)-(0[xX][0-9a-fA-F]+|\d+|[A-Za-z][\w./-]*)$/.exec(value);
    if (range) {
      const ends: number[] = [];
      let offset = cmd.starts[i]!;
      for (const part of [range[1]!, range[2]!]) {
        const n = portNumber(part, word);
        if (n === undefined) return fail(errorAt("Could not resolve service: Servname not supported for ai_socktype", cmd, offset, part.length));
        if (n > 65535) return fail(errorAt("Service out of range", cmd, offset, part.length));
        ends.push(n);
        offset += part.length + 1;
      }
      if (ends[0]! > ends[1]!) return parseError("Range has zero or negative size", cmd, i);
      value = `${ends[0]}-${ends[1]}`;
    } else {
      // service names, or a set of ports (one port in braces is that port)
      const p = portItems(cmd, i, word);
      if (isResult(p)) return p;
      if (p.ports.some((n) => n > 65535)) return parseError("Service out of range", cmd, p.set ? i + 1 : i);
      const ports = [...new Set(p.ports)].sort((a, b) => a - b);
      // (a set of one element is that element; a set written with more stays a set, repeats or not)
      if (p.ports.length > 1) {
        // an anonymous set of ports: multiport (nft lists the elements in order)
        if (!p.set || inv || this.portProto !== undefined) return NOT_EMULATED("this set of ports");
        const err = this.setProto(word, i);
        if (err) return err;
        this.protoMark = fieldMark;
        if ((rule.family !== "inet" && rule.listed.at(-1) === `ip protocol ${word}`) || rule.listed.at(-1) === `meta l4proto ${word}`) rule.listed.pop();
        this.portProto = "multiport";
        opts.ports.push(`--${field}s`, ports.join(","));
        rule.listed.push(`${word} ${field} { ${ports.join(", ")} }`);
        rule.nftOnly ??= "a set";
        this.i = p.next;
        return true;
      }
      value = String(ports[0]);
      next = p.next;
    }
    const m = /^(\d+)(?:-(\d+))?$/.exec(value)!;
    if (Number(m[1]) > 65535 || Number(m[2] ?? 0) > 65535) return parseError("Service out of range", cmd, i);
    if (this.portProto !== undefined && this.portProto !== word) return NOT_EMULATED(`'${word}' ports after ${this.portProto} ports`);
    const err = this.setProto(word, i);
    if (err) return err;
    this.protoMark = fieldMark;
    // (a protocol compare right before the first port compare is the dependency nft leaves out; inet's is meta l4proto)
    if (this.portProto === undefined && rule.family !== "inet" && rule.listed.at(-1) === `ip protocol ${word}`) rule.listed.pop();
    if (this.portProto === undefined && rule.listed.at(-1) === `meta l4proto ${word}`) rule.listed.pop();
    this.portProto = word;
    opts.ports.push(...(inv ? ["!"] : []), `--${field}`, value.replace("-", ":"));
    rule.listed.push(`${word} ${field} ${inv ? "!= " : ""}${value}`);
    this.i = next;
    return true;
  }
}
