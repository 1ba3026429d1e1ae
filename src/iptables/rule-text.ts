// A rule as text: the save form (iptables-save, -S, and the key -D/-C compare) and the
// -L table line.
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { Rule } from "../netfilter/types.js";
import { chainProtoName, listAddress, protocolText, saveAddress, type NameTables } from "./address.js";
import { formatCount } from "./numbers.js";

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

/** The extension texts of the -L line: " [goto]"-free, each with its leading space. */
function extensionTexts(rule: Rule, numeric: boolean): string {
  let out = "";
  for (const m of rule.matches) {
    const ext = findMatch(m.name);
    const text = ext ? ext.print(m.data, { numeric }) : `${m.name} `;
    if (text) out += ext?.listGlued ? text : ` ${text}`;
  }
  if (rule.action.kind === "target") {
    const t = rule.action.target;
    const ext = findTarget(t.name);
    const text = ext ? ext.print(t.data, { numeric }) : "";
    if (text) out += ` ${text}`;
  }
  return out;
}

export interface ListFormat {
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  names: NameTables;
}

function ifaceText(name: string | undefined, invert: boolean, numeric: boolean): string {
  return (invert ? "!" : "") + (name ?? (numeric ? "*" : "any"));
}

/** The -L columns from the target on, with -v's interface columns when `verbose`. */
function listColumns(rule: Rule, numeric: boolean, verbose: boolean, names: NameTables): string {
  let out = `${targetColumn(rule).padEnd(9)} `;
  out += rule.protoInvert ? "!" : " ";
  // iptables 1.8.9 prints the protocol number with -n (netfilter bugzilla #1729)
  out += `${(numeric ? String(rule.proto) : (protocolText(rule.proto) ?? String(rule.proto))).padEnd(4)} `;
  out += rule.frag === "any" ? "-- " : rule.frag === "frag" ? "-f " : "!f ";
  if (verbose) {
    out += ` ${ifaceText(rule.inIface, rule.inIfaceInvert, numeric).padEnd(6)} `;
    out += `${ifaceText(rule.outIface, rule.outIfaceInvert, numeric).padEnd(6)} `;
  }
  out += (rule.srcInvert ? "!" : " ") + listAddress(rule.src, numeric, names).padEnd(19) + " ";
  out += (rule.dstInvert ? "!" : " ") + listAddress(rule.dst, numeric, names).padEnd(19) + " ";
  if (rule.action.kind === "goto") out += "[goto] ";
  return out + extensionTexts(rule, numeric);
}

/** One rule line of `iptables -L` (without the newline). */
export function listRuleLine(rule: Rule, num: number, f: ListFormat): string {
  let out = "";
  if (f.lineNumbers) out += `${String(num).padEnd(4)} `;
  if (f.verbose) out += formatCount(rule.counters.pkts, !f.exact, true) + formatCount(rule.counters.bytes, !f.exact, true);
  return out + listColumns(rule, f.numeric, f.verbose, f.names);
}

/** The rule as `iptables -v -A …` and `iptables-restore -v` echo it (FMT_NOTABLE). */
export function verboseRuleLine(rule: Rule, names: NameTables): string {
  let out = `${targetColumn(rule)} `;
  out += `${rule.protoInvert ? "!" : " "}${chainProtoName(rule.proto) ?? rule.proto} `;
  out += `opt ${rule.frag === "notfrag" ? "!" : "-"}${rule.frag === "any" ? "-" : "f"} `;
  out += `in ${ifaceText(rule.inIface, rule.inIfaceInvert, true)} `;
  out += `out ${ifaceText(rule.outIface, rule.outIfaceInvert, true)} `;
  out += `${rule.srcInvert ? "!" : " "}${listAddress(rule.src, true, names)} `;
  out += `${rule.dstInvert ? "!" : " "}-> ${listAddress(rule.dst, true, names)}`;
  out += "  ";
  if (rule.action.kind === "goto") out += "[goto] ";
  return out + extensionTexts(rule, true);
}
