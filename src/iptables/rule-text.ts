// A rule as text: the save form (iptables-save, -S, and the key -D/-C compare) and the
// -L table line.
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { Rule } from "../netfilter/types.js";
import type { PrintOptions } from "../netfilter/extension.js";
import { chainProtoName, listAddress, protocolText, saveAddress, writeListAddress, type NameTables } from "./address.js";
import { formatCount } from "./numbers.js";
import { TextWriter } from "./text-writer.js";
import type { Accounts } from "../netfilter/extensions/util/users.js";

function saveExtension(kind: "-m" | "-j", name: string, text: string): string {
  return text ? ` ${kind} ${name} ${text}` : ` ${kind} ${name}`;
}

/** A legacy bare "+" interface: its mask is empty, so no save form shows it. */
function maskedPlus(rule: Rule, iface: string): boolean {
  return iface === "+" && rule.legacyBarePlus === true;
}

/** Everything after "-A CHAIN" up to the target (addresses, interfaces, proto, matches). */
export function saveRuleSpec(rule: Rule): string {
  let out = "";
  if (rule.src) out += `${rule.srcInvert ? " !" : ""} -s ${saveAddress(rule.src)}`;
  if (rule.dst) out += `${rule.dstInvert ? " !" : ""} -d ${saveAddress(rule.dst)}`;
  if (rule.inIface && !maskedPlus(rule, rule.inIface)) out += `${rule.inIfaceInvert ? " !" : ""} -i ${rule.inIface}`;
  if (rule.outIface && !maskedPlus(rule, rule.outIface)) out += `${rule.outIfaceInvert ? " !" : ""} -o ${rule.outIface}`;
  if (rule.proto !== 0) {
    out += `${rule.protoInvert ? " !" : ""} -p ${protocolText(rule.proto) ?? rule.proto}`;
  }
  if (rule.frag !== "any") out += rule.frag === "notfrag" ? " ! -f" : " -f";
  for (const m of rule.matches) {
    const ext = findMatch(m.name);
    out += saveExtension("-m", m.name, ext ? ext.save(m.data) : "");
  }
  return out;
}

/** The target part: " -j ACCEPT", " -g CHAIN", " -j DNAT --to-destination …", or "". */
export function saveAction(rule: Rule): string {
  const a = rule.action;
  switch (a.kind) {
    case "none":
      return "";
    case "verdict":
      return ` -j ${a.verdict}`;
    case "jump":
      return ` -j ${a.chain}`;
    case "goto":
      return ` -g ${a.chain}`;
    case "target": {
      const ext = findTarget(a.target.name);
      return saveExtension("-j", a.target.name, ext ? ext.save(a.target.data) : "");
    }
  }
}

/**
 * Each rule's save text without counters (its -D/-C identity), computed once per rule object.
 * A Rule is never edited once it is in a chain (-R, -E and restore put new objects in its
 * place; only counters and extensions' runtime state change, and no text reads those), so
 * an object's text cannot go stale. Kept outside the rule set, which stays plain data; a
 * structuredClone'd world has new objects and simply misses the cache. One string per rule
 * keeps what the garbage collector has to carry small.
 */
const ruleKeys = new WeakMap<Rule, string>();

/** "-A CHAIN …" as iptables-save prints it; `counters` adds -S -v's "-c P B" before the target. */
export function saveRuleLine(chain: string, rule: Rule, counters = false): string {
  if (counters) return `-A ${chain}${saveRuleSpec(rule)} -c ${rule.counters.pkts} ${rule.counters.bytes}${saveAction(rule)}`;
  return `-A ${chain}${ruleKey(rule)}`;
}

/** Canonical identity of a rule for -D/-C: its save text without counters. */
export function ruleKey(rule: Rule): string {
  let key = ruleKeys.get(rule);
  if (key === undefined) {
    // joined rather than added: a flat string, not a rope of every piece kept alive
    key = [saveRuleSpec(rule), saveAction(rule)].join("");
    ruleKeys.set(rule, key);
  }
  return key;
}

/**
 * ruleKey's text, made without being kept when the rule has none yet: whole-table texts (save,
 * -S) keep their own copy per chain, and one more string per rule would double what a large
 * rule set keeps alive (and what the collector then walks).
 */
export function ruleText(rule: Rule): string {
  return ruleKeys.get(rule) ?? saveRuleSpec(rule) + saveAction(rule);
}

/** ruleKey with the data of extensions -C/-D do not compare (comparesNoData) left at defaults. */
function comparedKey(rule: Rule): string {
  if (!rule.matches.some((m) => findMatch(m.name)?.comparesNoData)) return ruleKey(rule);
  const matches = rule.matches.map((m) => {
    const ext = findMatch(m.name);
    return ext?.comparesNoData ? { ...m, data: ext.init() } : m;
  });
  const blank = { ...rule, matches };
  return [saveRuleSpec(blank), saveAction(blank)].join("");
}

const ruleIdentities = new WeakMap<Rule, string>();

/**
 * What -C and -D compare: the rule's save text plus option data the save text does not show
 * (ExtensionBase.identity). Cached per rule object, as ruleKey is.
 */
export function ruleIdentity(rule: Rule): string {
  let id = ruleIdentities.get(rule);
  if (id === undefined) {
    let hidden = "";
    // (a legacy "! -i +" is not the same rule as one without -i, though both save alike)
    if (rule.inIface && maskedPlus(rule, rule.inIface) && rule.inIfaceInvert) hidden += "\0!-i";
    if (rule.outIface && maskedPlus(rule, rule.outIface) && rule.outIfaceInvert) hidden += "\0!-o";
    for (const m of rule.matches) {
      const extra = findMatch(m.name)?.identity?.(m.data);
      if (extra) hidden += `\0${m.name}:${extra}`;
    }
    const a = rule.action;
    if (a.kind === "target") {
      const extra = findTarget(a.target.name)?.identity?.(a.target.data);
      if (extra) hidden += `\0${a.target.name}:${extra}`;
    }
    id = comparedKey(rule) + hidden;
    ruleIdentities.set(rule, id);
  }
  return id;
}

/** Name in the -L target column. */
export function targetColumn(rule: Rule): string {
  const a = rule.action;
  switch (a.kind) {
    case "none":
      return "";
    case "verdict":
      return a.verdict;
    case "jump":
    case "goto":
      return a.chain;
    case "target": {
      const ext = findTarget(a.target.name);
      return ext?.listName ? ext.listName(a.target.data) : a.target.name;
    }
  }
}

const NUMERIC: PrintOptions = Object.freeze({ numeric: true });
// (one object for every rule: its accounts are set per call)
const NAMED: PrintOptions = { numeric: false, accounts: undefined };

/** The extension texts of the -L line: " [goto]"-free, each with its leading space. */
function writeExtensionTexts(w: TextWriter, rule: Rule, numeric: boolean, accounts?: Accounts): void {
  if (!numeric) NAMED.accounts = accounts;
  const opts = numeric ? NUMERIC : NAMED;
  const matches = rule.matches;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const ext = findMatch(m.name);
    const text = ext ? ext.print(m.data, opts) : `${m.name} `;
    if (text) {
      if (!ext?.listGlued) w.char(SPACE);
      w.text(text);
    }
  }
  if (rule.action.kind === "target") {
    const t = rule.action.target;
    const text = findTarget(t.name)?.print(t.data, opts);
    if (text) {
      w.char(SPACE);
      w.text(text);
    }
  }
}

export interface ListFormat {
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  names: NameTables;
}

const SPACE = 32;
const BANG = 33;

function writeIface(w: TextWriter, name: string | undefined, invert: boolean, numeric: boolean): void {
  if (invert) w.char(BANG);
  w.padded(name ?? (numeric ? "*" : "any"), invert ? 5 : 6);
}

/** The -L columns from the target on, with -v's interface columns when `verbose`. */
function writeListColumns(w: TextWriter, rule: Rule, numeric: boolean, verbose: boolean, names: NameTables): void {
  const a = rule.action;
  w.padded(a.kind === "jump" || a.kind === "goto" ? a.chain : targetColumn(rule), 9);
  w.char(SPACE);
  w.char(rule.protoInvert ? BANG : SPACE);
  // iptables 1.8.9 prints the protocol number with -n (netfilter bugzilla #1729)
  const start = w.length;
  // (print_rule_details takes the protocol as a byte: legacy's mptcp, 262, lists as tcp)
  const proto = rule.proto & 0xff;
  if (numeric) w.uint(proto);
  else w.text(protocolText(proto) ?? String(proto));
  w.spaces(4 - (w.length - start));
  w.text(rule.frag === "any" ? " -- " : rule.frag === "frag" ? " -f " : " !f ");
  if (verbose) {
    w.char(SPACE);
    writeIface(w, rule.inIface, rule.inIfaceInvert, numeric);
    w.char(SPACE);
    writeIface(w, rule.outIface, rule.outIfaceInvert, numeric);
    w.char(SPACE);
  }
  w.char(rule.srcInvert ? BANG : SPACE);
  writeListAddress(w, rule.src, numeric, names, 19);
  w.char(SPACE);
  w.char(rule.dstInvert ? BANG : SPACE);
  writeListAddress(w, rule.dst, numeric, names, 19);
  w.char(SPACE);
  if (a.kind === "goto") w.text("[goto] ");
  writeExtensionTexts(w, rule, numeric, names.accounts);
}

/** One rule line of `iptables -L`, newline included. */
export function writeListRule(w: TextWriter, rule: Rule, num: number, f: ListFormat): void {
  if (f.lineNumbers) {
    w.padded(String(num), 4);
    w.char(SPACE);
  }
  if (f.verbose) {
    w.text(formatCount(rule.counters.pkts, !f.exact, true));
    w.text(formatCount(rule.counters.bytes, !f.exact, true));
  }
  writeListColumns(w, rule, f.numeric, f.verbose, f.names);
  w.char(10);
}

/** One rule line of `iptables -L` (without the newline). */
export function listRuleLine(rule: Rule, num: number, f: ListFormat): string {
  const w = new TextWriter(256);
  writeListRule(w, rule, num, f);
  return w.finish().slice(0, -1);
}

function ifaceText(name: string | undefined, invert: boolean, numeric: boolean): string {
  return (invert ? "!" : "") + (name ?? (numeric ? "*" : "any"));
}

/** The rule as `iptables -v -A …` and `iptables-restore -v` echo it (FMT_NOTABLE). */
export function verboseRuleLine(rule: Rule, names: NameTables): string {
  let out = `${targetColumn(rule)} `;
  out += `${rule.protoInvert ? "!" : " "}${chainProtoName(rule.proto & 0xff) ?? rule.proto & 0xff} `;
  out += `opt ${rule.frag === "notfrag" ? "!" : "-"}${rule.frag === "any" ? "-" : "f"} `;
  out += `in ${ifaceText(rule.inIface, rule.inIfaceInvert, true)} `;
  out += `out ${ifaceText(rule.outIface, rule.outIfaceInvert, true)} `;
  out += `${rule.srcInvert ? "!" : " "}${listAddress(rule.src, true, names)} `;
  out += `${rule.dstInvert ? "!" : " "}-> ${listAddress(rule.dst, true, names)}`;
  out += "  ";
  if (rule.action.kind === "goto") out += "[goto] ";
  const w = new TextWriter(256);
  writeExtensionTexts(w, rule, true);
  return out + w.finish();
}
