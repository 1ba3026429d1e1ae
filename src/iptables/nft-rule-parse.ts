// `nft add|insert rule`'s words read into a RuleCommand: the statements iptables-nft can read back
// as its own rule (ip/ip6 saddr and daddr, ip protocol / meta l4proto, iifname/oifname, tcp/udp
// ports, counter, a verdict), those only nft's own tables take (ct state, icmp type, anonymous
// port sets, reject, and the guides' statements of nft-statements-guide.ts and nft-rule-lookups.ts),
// and nft's errors for the rest. nft-rule.ts adds what is read to the ruleset.
import type { CommandResult } from "../shell/types.js";
import type { Counters } from "../netfilter/types.js";
import { protocolNumber } from "../netfilter/names.js";
import { FAMILIES, errorAt, errorText, fail, isScannedNumber, missingName, nameWord, parseError, unexpected, type NftCommand } from "./nft-syntax.js";
import type { NameTables } from "./address.js";
import { protocolText } from "./address.js";
import { STATEMENT_WORDS, ctState, icmpv6Type, isResult, limitRate, logStatement, portItems, quoted, rejectWith, ruleWord, stringExpected, withContext } from "./nft-statements.js";
import { ICMP_TYPES } from "./nft-names.js";
import { icmpTypeSet, ipTtl, markStatement, nfproto, pktType, tcpFlag } from "./nft-statements-guide.js";
import { anonymousLookup } from "./nft-rule-lookups.js";
import { natStatement, type NatKind } from "./nft-nat-statements.js";
import { vmapStatement, type VmapRef } from "./nft-vmap.js";
import { anonymousAddressSet, type SetLookup } from "./nft-rule-sets.js";

export const NOT_EMULATED = (what: string) =>
  fail(`nft: ${what} is not emulated (only ip/ip6 saddr/daddr/protocol, meta l4proto, iifname/oifname, tcp/udp sport/dport, counter and a verdict are)\n`);

/** The field names nft's grammar takes after tcp and udp. */
const HEADER_FIELDS: Record<"tcp" | "udp", Set<string>> = {
  tcp: new Set(["sport", "dport", "sequence", "ackseq", "doff", "reserved", "flags", "window", "checksum", "urgptr", "option"]),
  udp: new Set(["sport", "dport", "length", "checksum"]),
};

/** A header match (`tcp dport`, `icmp type`) at word `at` after another protocol's: nft's error, under its two words. */
function protoConflict(cmd: NftCommand, before: string, now: string, at: number): CommandResult {
  return fail(errorAt(`conflicting protocols specified: ${before} vs. ${now}`, cmd, cmd.starts[at]!, cmd.starts[at + 1]! + cmd.words[at + 1]!.length - cmd.starts[at]!));
}

/** Where a listed rule's counter goes among its statements. */
const COUNTER = null;

export interface RuleCommand {
  cmd: NftCommand;
  insert: boolean;
  family: string;
  table: string;
  tableAt: number;
  chain: string;
  chainAt: number;
  /** The same rule as iptables options. */
  argv: string[];
  /** What nft lists: the statements' texts, COUNTER where the counter stands. */
  listed: (string | null)[];
  jump?: { chain: string; at: number };
  /** Statements (ct state, iif/oif) iptables-nft cannot read back: only nft's own tables take them. */
  nftOnly?: string;
  /** Host and service names, for reading the rule as iptables would. */
  names: NameTables;
  /** `position H` / `handle H` (the rule with that handle) or `index N` (the Nth, from 0): add goes after it, insert before. */
  place?: { by: "handle" | "index"; value: number; at: number };
  /** `counter packets N bytes M` (a saved ruleset read back). */
  counters?: Counters;
  /** Lookups in named sets (`ip saddr @blocklist`), resolved in the table when the rule is added. */
  lookups?: SetLookup[];
  /** A verdict map (`tcp dport vmap { 22 : accept }`): the rule's verdict. */
  vmap?: VmapRef;
  /** A NAT statement: the kernel takes it only in a nat chain on that statement's hooks. */
  nat?: NatKind;
  /** The kernel refuses the rule (after giving it a handle): its message and the statement nft marks. */
  kernelError?: { message: string; offset: number; width: number };
  /** An inet rule that keeps to IPv6 (ip6 saddr/daddr, meta nfproto ipv6): read as ip6tables would. */
  l3?: "ip6";
}

function ipv4(text: string): { addr: number; len: number } | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(?:\/(\d+))?$/.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const len = m[5] === undefined ? 32 : Number(m[5]);
  if (octets.some((o) => o > 255) || len > 32) return undefined;
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return { addr: ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) & mask, len };
}

const dotted = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 0xff).join(".");

/** `add|insert rule [FAMILY] TABLE CHAIN STATEMENT…`. */
export function parseRule(cmd: NftCommand, names: (family: 4 | 6) => NameTables): RuleCommand | CommandResult {
  const w = cmd.words;
  let i = 2;
  const family = w[i] !== undefined && FAMILIES.has(w[i]!) ? w[i++]! : "ip";
  const bad = nameWord(cmd, i) ?? nameWord(cmd, i + 1);
  if (bad) return bad;
  const rule: RuleCommand = { cmd, insert: w[0] === "insert", family, table: w[i]!, tableAt: i, chain: w[i + 1]!, chainAt: i + 1, argv: [], listed: [], names: names(family === "ip6" ? 6 : 4) };
  i += 2;
  if (w[i] === "position" || w[i] === "handle" || w[i] === "index") {
    const value = w[i + 1];
    if (value === undefined) return missingName(cmd, i + 1, "number")!;
    if (!isScannedNumber(value)) return parseError(`syntax error, unexpected ${ruleWord(value)}, expecting number`, cmd, i + 1);
    // (nft sends no position for handle 0: the rule goes to the end or the start)
    if (w[i] === "index" || Number(value) !== 0) rule.place = { by: w[i] === "index" ? "index" : "handle", value: Number(value), at: i };
    i += 2;
  }
  if (i >= w.length) return parseError("syntax error, unexpected newline", cmd, i);
  if (family !== "ip" && family !== "ip6" && family !== "inet") return NOT_EMULATED(`a rule in the ${family} family`);
  const opts = { iface: [] as string[], addr: [] as string[], proto: undefined as string | undefined, ports: [] as string[], extra: [] as string[], verdict: [] as string[] };
  const ipKw = family === "ip6" ? "ip6" : "ip";
  /** MARK or CONNMARK from a mark set: the rule's target, unless a verdict comes too. */
  let markTarget: string[] | undefined;
  let portProto: string | undefined;
  /** Where the protocol came from (a tcp/udp field), for the mark under it when a statement conflicts. */
  let protoMark: { offset: number; width: number } | undefined;
  const first = i;
  const negated = () => (w[i] === "!=" ? (i++, true) : (w[i] === "==" && i++, false));
  const setProto = (name: string, at: number): CommandResult | undefined => {
    if (opts.proto !== undefined && opts.proto !== name) return NOT_EMULATED(`'${w[at]}' after another protocol`);
    opts.proto = name;
    return undefined;
  };
  while (i < w.length) {
    const word = w[i]!;
    if (word === "comment") {
      // (the rule's comment: a string that ends the rule, which nft lists last)
      if (i === first) return parseError("syntax error, unexpected comment", cmd, i);
      const err = stringExpected(cmd, i + 1);
      if (err) return err;
      const text = w[i + 1]!.replace(/^"(.*)"$/, "$1");
      if (text.length > 128) return parseError("comment too long, 128 characters maximum allowed", cmd, i + 1);
      if (i + 2 < w.length) return parseError(`syntax error, unexpected ${ruleWord(w[i + 2]!)}, expecting end of file or newline or semicolon`, cmd, i + 2);
      opts.extra.push("-m", "comment", "--comment", text);
      rule.listed.push(`comment ${quoted(w[i + 1]!)}`);
      i += 2;
      continue;
    }
    if (opts.verdict[0] === "continue" && ["accept", "drop", "return"].includes(word) && i === w.length - 1) {
      // (`continue accept`: nft takes and lists both; continue, the first, is what runs)
      rule.listed.push(word);
      i++;
      continue;
    }
    if (opts.verdict.length) return NOT_EMULATED(`a statement after the verdict`);
    const vm = vmapStatement(cmd, i, family);
    if (vm && isResult(vm)) return vm;
    if (vm) {
      if (vm.proto !== undefined) {
        const err = setProto(vm.proto, i);
        if (err) return err;
      }
      rule.vmap = vm.vmap;
      if (vm.kernelError) rule.kernelError ??= vm.kernelError;
      rule.listed.push(vm.listed);
      rule.nftOnly ??= "a verdict map";
      opts.verdict = ["-j", "nft-vmap"];
      i += vm.words;
      continue;
    }
    const implied = rule.listed.some((l) => l?.startsWith("ip ")) ? "ip" : rule.listed.some((l) => l?.startsWith("ip6 ")) ? "ip6" : undefined;
    const nat = natStatement(cmd, i, family, opts.proto !== undefined, implied);
    if (nat) {
      if (isResult(nat.read)) return nat.read;
      if (!nat.read) return NOT_EMULATED(`this '${word}' statement`);
      opts.verdict = nat.read.argv;
      rule.listed.push(nat.read.listed);
      rule.nat = nat.kind;
      rule.nftOnly ??= word;
      i += nat.read.words;
      continue;
    }
    // (`meta iifname` is iifname: nft lists it without meta)
    if (word === "meta" && ["iifname", "oifname", "iif", "oif"].includes(w[i + 1] ?? "")) {
      i++;
      continue;
    }
    const statement = ctState(cmd, i) ?? rejectWith(cmd, i, family) ?? limitRate(cmd, i) ?? logStatement(cmd, i) ?? icmpv6Type(cmd, i) ?? markStatement(cmd, i) ?? tcpFlag(cmd, i) ?? nfproto(cmd, i) ?? pktType(cmd, i) ?? ipTtl(cmd, i);
    if (isResult(statement)) return statement;
    if (statement) {
      // (the dependency nft leaves out before icmpv6 type: inet's is meta l4proto, so an inet rule keeps ip6 nexthdr)
      if (word === "icmpv6" && ["meta l4proto ipv6-icmp", "meta nfproto ipv6", family === "inet" ? "" : "ip6 nexthdr ipv6-icmp"].includes(String(rule.listed.at(-1)))) rule.listed.pop();
      // (in iptables-nft's tables these would make the chain incompatible: refused there)
      if (statement.proto !== undefined && opts.proto !== statement.proto) {
        if (opts.proto !== undefined) {
          if (statement.protoUnlisted && word === "tcp") return protoConflict(cmd, opts.proto, word, i);
          if (!protoMark) return NOT_EMULATED(`'${word}' after another protocol`);
          return fail(withContext(errorText(`you cannot use tcp reset with this protocol`, cmd, i), cmd, protoMark.offset, protoMark.width));
        }
        // (the protocol test nft adds for it: inet lists it, ip and ip6 leave it out)
        opts.proto = statement.proto;
        if (family === "inet" && !statement.protoUnlisted) rule.listed.push(`meta l4proto ${statement.proto}`);
      }
      if (statement.nfproto === "ipv6" && family === "inet") rule.l3 = "ip6";
      if (statement.setsMark) {
        if (markTarget) return NOT_EMULATED("a second mark set");
        markTarget = statement.argv;
      } else if (statement.verdict) opts.verdict = statement.argv;
      else opts.extra.push(...statement.argv);
      rule.listed.push(statement.listed);
      rule.nftOnly ??= word === "ct" ? "ct state" : word;
      if (statement.kernelError) {
        const last = i + statement.words - 1;
        rule.kernelError = { message: statement.kernelError, offset: cmd.starts[i]!, width: cmd.starts[last]! + w[last]!.length - cmd.starts[i]! };
      }
      i += statement.words;
      continue;
    }
    const lookup = anonymousLookup(cmd, i, rule);
    if (lookup && "notEmulated" in lookup) return NOT_EMULATED(lookup.notEmulated);
    if (lookup && isResult(lookup)) return lookup;
    if (lookup) {
      i = lookup.next;
      continue;
    }
    if (word === "counter") {
      rule.listed.push(COUNTER);
      i++;
      // (as nft list printed it: `nft -f` of a saved ruleset sets the counter; bytes may be left out)
      if (w[i] === "packets") {
        const number = (at: number) => (isScannedNumber(w[at]) ? undefined : parseError(`syntax error, unexpected ${w[at] === undefined ? "newline" : ruleWord(w[at]!)}, expecting number`, cmd, at));
        const bad = number(i + 1) ?? (w[i + 2] === "bytes" ? number(i + 3) : undefined);
        if (bad) return bad;
        rule.counters = { pkts: BigInt(w[i + 1]!), bytes: w[i + 2] === "bytes" ? BigInt(w[i + 3]!) : 0n };
        i += w[i + 2] === "bytes" ? 4 : 2;
      }
    } else if (word === "continue") {
      // (no verdict: the packet goes on to the next rule, as an iptables rule without -j)
      opts.verdict = ["continue"];
      rule.listed.push(word);
      i++;
    } else if (word === "accept" || word === "drop" || word === "return") {
      opts.verdict = ["-j", word.toUpperCase()];
      rule.listed.push(word);
      i++;
    } else if (word === "reject" && i === w.length - 1) {
      // (nft's own reject: for IPv4 an ICMP port unreachable, as REJECT's default)
      opts.verdict = ["-j", "REJECT"];
      rule.listed.push("reject");
      rule.nftOnly ??= "reject";
      i++;
    } else if (word === "icmp" && w[i + 1] === "type") {
      // (a set of one type is listed as the type)
      if (opts.proto !== undefined && opts.proto !== "icmp") return protoConflict(cmd, opts.proto, "icmp", i);
      const one = w[i + 2] === "{" && w[i + 4] === "}";
      if (w[i + 2] === "{" && !one) {
        const set = icmpTypeSet(cmd, i + 2);
        if (isResult(set)) return set;
        const err = setProto("icmp", i + 2);
        if (err) return err;
        if ([family === "inet" ? "" : "ip protocol icmp", "meta l4proto icmp", "meta nfproto ipv4"].includes(String(rule.listed.at(-1)))) rule.listed.pop();
        (rule.lookups ??= []).push({ field: "icmptype", name: "", at: i + 2, invert: false, key: "inet_service", what: { offset: 0, width: 0 }, box: set.box });
        rule.listed.push(`icmp type ${set.listed}`);
        rule.nftOnly ??= "a set";
        i = set.next;
        continue;
      }
      const value = w[one ? i + 3 : i + 2];
      if (value === undefined) return missingName(cmd, i + 2)!;
      const type = ICMP_TYPES.get(value);
      if (type === undefined) return NOT_EMULATED(`icmp type '${value}'`);
      const err = setProto("icmp", i + 2);
      if (err) return err;
      // (the dependency nft leaves out: inet's is meta l4proto, so an inet rule keeps ip protocol)
      if ([family === "inet" ? "" : "ip protocol icmp", "meta l4proto icmp", "meta nfproto ipv4"].includes(String(rule.listed.at(-1)))) rule.listed.pop();
      opts.ports.push("--icmp-type", String(type));
      portProto = "icmp";
      rule.listed.push(`icmp type ${value}`);
      rule.nftOnly ??= "icmp type";
      i += one ? 5 : 3;
    } else if (word === "jump" || word === "goto") {
      const target = w[i + 1];
      if (target === undefined) return missingName(cmd, i + 1)!;
      opts.verdict = [word === "jump" ? "-j" : "-g", target];
      rule.jump = { chain: target, at: i + 1 };
      rule.listed.push(`${word} ${target}`);
      i += 2;
    } else if (word === "iif" || word === "oif") {
      i++;
      const inv = negated();
      const name = (w[i] ?? "").replace(/^"(.*)"$/, "$1");
      if (!name) return missingName(cmd, i)!;
      opts.iface.push(...(inv ? ["!"] : []), word === "iif" ? "-i" : "-o", name);
      rule.listed.push(`${word} ${inv ? "!= " : ""}"${name}"`);
      rule.nftOnly ??= word;
      i++;
    } else if (word === "iifname" || word === "oifname") {
      i++;
      const inv = negated();
      const name = (w[i] ?? "").replace(/^"(.*)"$/, "$1");
      if (!name) return missingName(cmd, i)!;
      const ipt = name.endsWith("*") ? `${name.slice(0, -1)}+` : name;
      opts.iface.push(...(inv ? ["!"] : []), word === "iifname" ? "-i" : "-o", ipt);
      rule.listed.push(`${word} ${inv ? "!= " : ""}"${name}"`);
      i++;
    } else if ((word === ipKw || (word === "ip6" && family === "inet")) && (w[i + 1] === "saddr" || w[i + 1] === "daddr")) {
      const field = w[i + 1]!;
      const ipKw = word;
      // (an inet rule keeps to one family: ip6 addresses make it an ip6tables rule)
      const other = family !== "inet" ? undefined : rule.listed.find((l) => l !== null && /^ip6? /.test(l) && !l.startsWith(`${ipKw} `))?.split(" ")[0];
      if (other) return fail(errorAt(`conflicting protocols specified: ${other} vs. ${ipKw}`, cmd, cmd.starts[i]!, cmd.starts[i + 1]! + field.length - cmd.starts[i]!));
      if (ipKw === "ip6" && family === "inet") rule.l3 = "ip6";
      // (the family test before an address compare is the dependency nft leaves out)
      if (rule.listed.at(-1) === `meta nfproto ${ipKw === "ip" ? "ipv4" : "ipv6"}`) rule.listed.pop();
      i += 2;
      const inv = negated();
      const text = w[i];
      if (text === undefined) return missingName(cmd, i)!;
      if (text === "{" && ipKw === "ip") {
        // (an anonymous set of addresses, prefixes and ranges)
        const anon = anonymousAddressSet(cmd, i);
        if (isResult(anon)) return anon;
        (rule.lookups ??= []).push({ field: field as "saddr" | "daddr", name: "", at: i, invert: inv, key: "ipv4_addr", what: { offset: 0, width: 0 }, box: anon.box });
        rule.listed.push(`ip ${field} ${inv ? "!= " : ""}${anon.listed}`);
        rule.nftOnly ??= "a set";
        i = anon.next;
        continue;
      }
      if (text.startsWith("@") && ipKw === "ip") {
        (rule.lookups ??= []).push({ field: field as "saddr" | "daddr", name: text.slice(1), at: i, invert: inv, key: "ipv4_addr", what: { offset: cmd.starts[i - 2 - (inv ? 1 : 0)]!, width: `ip ${field}`.length } });
        rule.listed.push(`ip ${field} ${inv ? "!= " : ""}${text}`);
        rule.nftOnly ??= "a named set";
        i++;
        continue;
      }
      let shown = text;
      if (ipKw === "ip") {
        const a = ipv4(text);
        if (!a) return parseError("Could not resolve hostname: Name or service not known", cmd, i);
        shown = a.len === 32 ? dotted(a.addr) : `${dotted(a.addr)}/${a.len}`;
      } else if (!text.includes(":")) return parseError("Could not resolve hostname: Name or service not known", cmd, i);
      opts.addr.push(...(inv ? ["!"] : []), field === "saddr" ? "-s" : "-d", text);
      rule.listed.push(`${ipKw} ${field} ${inv ? "!= " : ""}${shown}`);
      i++;
    } else if ((word === "ip" && w[i + 1] === "protocol") || (word === "meta" && w[i + 1] === "l4proto") || (word === "ip6" && w[i + 1] === "nexthdr" && family !== "ip")) {
      const value = w[i + 2];
      if (word === "ip6" && family === "inet") rule.l3 = "ip6";
      if (value === undefined) return missingName(cmd, i + 2)!;
      // (nft's keyword icmpv6 names the protocol too)
      const proto = /^[0-9]+$/.test(value) ? Number(value) : value === "icmpv6" ? 58 : protocolNumber(value);
      if (proto === undefined || proto > 255) return NOT_EMULATED(`protocol '${value}'`);
      const name = protocolText(proto) ?? String(proto);
      const err = setProto(name, i + 2);
      if (err) return err;
      rule.listed.push(`${word} ${w[i + 1]} ${name}`);
      i += 3;
    } else if ((word === "tcp" || word === "udp") && (w[i + 1] === "dport" || w[i + 1] === "sport")) {
      if (opts.proto !== undefined && opts.proto !== word) return protoConflict(cmd, opts.proto, word, i);
      const field = w[i + 1]!;
      const fieldMark = { offset: cmd.starts[i]!, width: cmd.starts[i + 1]! + field.length - cmd.starts[i]! };
      i += 2;
      const inv = negated();
      let value = w[i];
      if (value === undefined) return missingName(cmd, i)!;
      if (value.startsWith("@")) {
        const err = setProto(word, i);
        if (err) return err;
        (rule.lookups ??= []).push({ field: field as "sport" | "dport", name: value.slice(1), at: i, invert: inv, key: "inet_service", what: fieldMark });
        rule.listed.push(`${word} ${field} ${inv ? "!= " : ""}${value}`);
        rule.nftOnly ??= "a named set";
        i++;
        continue;
      }
      let next = i + 1;
      if (!/^\d+(?:-\d+)?$/.test(value)) {
        // service names, or a set of ports (one port in braces is that port)
        const p = portItems(cmd, i, word);
        if (isResult(p)) return p;
        if (p.ports.some((n) => n > 65535)) return parseError("Service out of range", cmd, p.set ? i + 1 : i);
        const ports = [...new Set(p.ports)].sort((a, b) => a - b);
        // (a set of one element is that element; a set written with more stays a set, repeats or not)
        if (p.ports.length > 1) {
          // an anonymous set of ports: multiport (nft lists the elements in order)
          if (!p.set || inv || portProto !== undefined) return NOT_EMULATED("this set of ports");
          const err = setProto(word, i);
          if (err) return err;
          protoMark = fieldMark;
          if ((family !== "inet" && rule.listed.at(-1) === `ip protocol ${word}`) || rule.listed.at(-1) === `meta l4proto ${word}`) rule.listed.pop();
          portProto = "multiport";
          opts.ports.push(`--${field}s`, ports.join(","));
          rule.listed.push(`${word} ${field} { ${ports.join(", ")} }`);
          rule.nftOnly ??= "a set";
          i = p.next;
          continue;
        }
        value = String(ports[0]);
        next = p.next;
      }
      const m = /^(\d+)(?:-(\d+))?$/.exec(value)!;
      if (Number(m[1]) > 65535 || Number(m[2] ?? 0) > 65535) return parseError("Service out of range", cmd, i);
      if (portProto !== undefined && portProto !== word) return NOT_EMULATED(`'${word}' ports after ${portProto} ports`);
      const err = setProto(word, i);
      if (err) return err;
      protoMark = fieldMark;
      // (a protocol compare right before the first port compare is the dependency nft leaves out; inet's is meta l4proto)
      if (portProto === undefined && family !== "inet" && rule.listed.at(-1) === `ip protocol ${word}`) rule.listed.pop();
      if (portProto === undefined && rule.listed.at(-1) === `meta l4proto ${word}`) rule.listed.pop();
      portProto = word;
      opts.ports.push(...(inv ? ["!"] : []), `--${field}`, value.replace("-", ":"));
      rule.listed.push(`${word} ${field} ${inv ? "!= " : ""}${value}`);
      i = next;
    } else if ((word === "tcp" || word === "udp") && w[i + 1] !== undefined && !HEADER_FIELDS[word].has(w[i + 1]!)) {
      // (a misspelt field: the grammar wants one of the header's field names there)
      return parseError(`syntax error, unexpected ${unexpected(w[i + 1]!)}`, cmd, i + 1);
    } else if (i === w.length - 1 && !/^[0-9]/.test(word) && !STATEMENT_WORDS.has(word)) {
      // (a lone word the grammar takes for the start of something longer)
      return parseError("syntax error, unexpected newline", cmd, w.length);
    } else return NOT_EMULATED(`'${word}' in a rule`);
  }
  if (rule.l3 === "ip6") rule.names = names(6);
  // (a mark set then a verdict: the rule keeps the verdict, and packets go unmarked)
  const verdict = markTarget && !(opts.verdict.length && opts.verdict[0] !== "continue") ? markTarget : (rule.vmap || opts.verdict[0] === "continue" ? [] : opts.verdict);
  rule.argv = [...opts.iface, ...opts.addr, ...(opts.proto ? ["-p", opts.proto] : []), ...(portProto ? ["-m", portProto, ...opts.ports] : []), ...opts.extra, ...verdict];
  return rule;
}
