// `ip rule`: list, add, del, flush policy routing rules.
import { protocolName } from "../../netfilter/names.js";
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { defaultRulePriority, rulesOf, type FibRuleExtras } from "../rules.js";
import type { FibRule, Namespace } from "../types.js";
import { jsonLine, ruleJson } from "./json.js";
import { TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { parseDsfield } from "./dsfield.js";
import { ipProtoNumber } from "./route-args.js";
import { fail, invalidArgument, kernelError, matches, ok, s32, type IpOptions } from "./common.js";
import { utf8Length } from "../../netfilter/extensions/util/utf8.js";
import { cStrtoul64 } from "../../netfilter/extensions/util/strtoul.js";
import { parseRulePrefix, prefixWithin, rulePrefixAddress, samePrefix, type RulePrefix } from "./rule-prefix.js";
import { RULE_USAGE } from "./usage.js";
import { nameTable } from "../../name-table.js";
import { parseRealms, realmName } from "./realms.js";

/** print_rule's FRA_FLOW: "FROM/TO", or "TO" alone when FROM is 0. */
function ruleRealmsText(tclassid: number): string {
  const from = tclassid >>> 16;
  return `${from ? `${realmName(from)}/` : ""}${realmName(tclassid & 0xffff)}`;
}

type ShownRule = FibRule & { extras?: FibRuleExtras };

const TABLES = nameTable({ local: TABLE_LOCAL, main: TABLE_MAIN, default: TABLE_DEFAULT });
const ACTIONS = ["blackhole", "unreachable", "prohibit"] as const;
/** Selectors this emulation accepts but does not act on (they take one value). */
const IGNORED = new Set(["suppress_ifgroup", "sup_group", "protocol", "flowid", "tun_id"]);

function tableText(table: number): string {
  return Object.entries(TABLES).find(([, n]) => n === table)?.[0] ?? String(table);
}

function prefixText(p: RulePrefix): string {
  const { text, host } = rulePrefixAddress(p);
  return host ? text : `${text}/${p.prefix}`;
}

/** IPv6 has its own rule list, whose defaults have no "default" table rule. */
const DEFAULT_RULES6: FibRule[] = [
  { priority: 0, invert: false, table: TABLE_LOCAL, action: "lookup" },
  { priority: 32766, invert: false, table: TABLE_MAIN, action: "lookup" },
];

/** The rules of the family asked for (-6: ns "rules6"; otherwise IPv4's, as iproute2 defaults to). */
function familyRules(o: IpOptions, ns: Namespace): FibRule[] {
  return o.family === 6 ? (ns["rules6"] as FibRule[] | undefined) ?? DEFAULT_RULES6 : rulesOf(ns);
}

function storeRules(o: IpOptions, ns: Namespace, rules: FibRule[]): void {
  if (o.family === 6) ns["rules6"] = rules;
  else ns.rules = rules;
}

function range(r: [number, number]): string {
  return r[0] === r[1] ? String(r[0]) : `${r[0]}-${r[1]}`;
}

/** One line of `ip rule show`, in iproute2's print_rule order. */
export function formatRule(rule: ShownRule, deviceExists: (name: string) => boolean = () => true, rules: FibRule[] = []): string {
  const x = rule.extras ?? {};
  let line = `${rule.priority}:\t${rule.invert ? "not " : ""}from ${rule.src ? prefixText(rule.src) : "all"}`;
  if (rule.dst) line += ` to ${prefixText(rule.dst)}`;
  if (x.tos) line += ` tos 0x${x.tos.toString(16).padStart(2, "0")}`;
  if (rule.fwmark !== undefined) {
    const hex = (n: number) => (n === 0 ? "0" : `0x${n.toString(16)}`);
    line += ` fwmark ${hex(rule.fwmark)}`;
    if (rule.fwmask !== undefined && rule.fwmask !== 0xffffffff) line += `/${hex(rule.fwmask)}`;
  }
  if (rule.iif !== undefined) line += ` iif ${rule.iif}${deviceExists(rule.iif) ? "" : " [detached]"}`;
  if (rule.oif !== undefined) line += ` oif ${rule.oif}${deviceExists(rule.oif) ? "" : " [detached]"}`;
  if (x.uidrange) line += ` uidrange ${x.uidrange[0]}-${x.uidrange[1]}`;
  if (x.ipproto !== undefined) line += ` ipproto ${protocolName(x.ipproto) ?? x.ipproto}`;
  if (x.sport) line += ` sport ${range(x.sport)}`;
  if (x.dport) line += ` dport ${range(x.dport)}`;
  if (rule.table) {
    line += ` lookup ${tableText(rule.table)}`;
    if (x.suppressPrefixlength !== undefined) line += ` suppress_prefixlength ${x.suppressPrefixlength}`;
  }
  if (x.tclassid) line += ` realms ${ruleRealmsText(x.tclassid)}`;
  if (x.gotoTarget !== undefined) {
    line += ` goto ${x.gotoTarget}`;
    if (!rules.some((r) => r.priority === x.gotoTarget)) line += " [unresolved]";
  } else if (x.nop) line += " nop";
  else if (rule.action !== "lookup") line += ` ${rule.action}`;
  return `${line}\n`;
}

/**
 * "N" or "N-M" as sscanf("%u-%u") or ("%hu-%hu") reads it: decimal, cut to the field's width
 * (`max` 0xffff: 70000 is 4464); undefined when not a range of that form.
 */
function parseRange(text: string, max: number, single: boolean): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?/.exec(text);
  if (!m || (m[2] === undefined && !single)) return undefined;
  const cut = (digits: string) => {
    const v = BigInt(digits);
    return Number((v > 0xffffffffffffffffn ? 0xffffffffffffffffn : v) & BigInt(max));
  };
  const start = cut(m[1]!);
  return [start, m[2] === undefined ? start : cut(m[2])];
}

/** get_u32(…, 0): strtoul in any base ("010" is 8) reading the whole text, at most 2^32 - 1. */
function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = cStrtoul64(text);
  return n.end > 0 && n.end === text.length && n.value <= 0xffffffffn ? Number(n.value) : undefined;
}

interface ParsedRule { rule: Partial<ShownRule> & { extras: FibRuleExtras }; given: Set<string> }

/** The rule's words; `family` is the one its prefixes are read in (0: either). */
function parseRule(args: string[], family: number): ParsedRule | CommandResult {
  const rule: ParsedRule["rule"] = { invert: false, extras: {} };
  const x = rule.extras;
  const given = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const value = args[i + 1];
    const need = () => (value === undefined ? fail('Command line is not complete. Try option "help"', 255) : undefined);
    if (word === "not") { rule.invert = true; given.add("not"); continue; }
    if (word === "from" || word === "to") {
      const missing = need();
      if (missing) return missing;
      i++;
      const p = parseRulePrefix(value!, family);
      if ("rc" in p) return p;
      rule[word === "from" ? "src" : "dst"] = p;
      given.add(word);
    } else if (word === "fwmark") {
      const missing = need();
      if (missing) return missing;
      i++;
      // (iproute2 cuts the word at its first "/": each half is named in its own error)
      const slash = value!.indexOf("/");
      const markText = slash < 0 ? value! : value!.slice(0, slash);
      const maskText = slash < 0 ? undefined : value!.slice(slash + 1);
      const mark = parseNumber(markText);
      if (mark === undefined) return invalidArgument("fwmark value is invalid", markText);
      const mask = maskText === undefined ? 0xffffffff : parseNumber(maskText);
      if (mask === undefined) return invalidArgument("fwmask value is invalid", maskText!);
      // the kernel keeps no mark at all for "fwmark 0" without a mask
      if (mark !== 0 || maskText !== undefined) {
        rule.fwmark = mark;
        rule.fwmask = mask;
      }
      given.add("fwmark");
    } else if (word === "iif" || word === "dev" || word === "oif") {
      const missing = need();
      if (missing) return missing;
      i++;
      // iproute2's check_ifname, as the kernel's dev_valid_name
      const name = value!;
      if (!name || utf8Length(name) >= 16 || name === "." || name === ".." || /[/ \t\n\v\f\r]/.test(name)) {
        return invalidArgument(word === "oif" ? '"oif" not a valid ifname' : '"iif"/"dev" not a valid ifname', name, true);
      }
      rule[word === "oif" ? "oif" : "iif"] = value!;
      given.add(word === "oif" ? "oif" : "iif");
    } else if (matches(word, "preference") || matches(word, "priority") || word === "order") {
      const n = parseNumber(value);
      i++;
      if (n === undefined) return invalidArgument("preference value is invalid", value ?? "");
      rule.priority = n;
      given.add("priority");
    } else if (word === "table" || matches(word, "lookup")) {
      i++;
      const t = value !== undefined ? TABLES[value] ?? parseNumber(value) : undefined;
      if (t === undefined) return invalidArgument("invalid table ID", value ?? "");
      rule.table = t;
      given.add("table");
    } else if (word === "type" || (ACTIONS as readonly string[]).includes(word) || word === "unicast") {
      const type = word === "type" ? args[++i] ?? "" : word;
      if (type === "unicast") continue;
      if (!(ACTIONS as readonly string[]).includes(type)) return fail(`Error: argument "${type}" is wrong: Failed to parse rule type`, 255);
      rule.action = type as FibRule["action"];
      given.add("action");
    } else if (word === "tos" || matches(word, "dsfield")) {
      i++;
      const tos = value !== undefined ? parseDsfield(value) : undefined;
      if (tos === undefined) return invalidArgument("TOS value is invalid", value ?? "");
      x.tos = tos;
      given.add("tos");
    } else if (word === "uidrange") {
      i++;
      const r = parseRange(value ?? "", 0xffffffff, false);
      if (!r) return invalidArgument("invalid UID range", value ?? "");
      x.uidrange = r;
      given.add("uidrange");
    } else if (word === "ipproto") {
      i++;
      const n = value === undefined ? undefined : ipProtoNumber(value);
      if (n === undefined) return invalidArgument('Invalid "ipproto" value', value ?? "");
      x.ipproto = n;
      given.add("ipproto");
    } else if (word === "sport" || word === "dport") {
      i++;
      const r = parseRange(value ?? "", 0xffff, true);
      if (!r) return invalidArgument(word === "sport" ? "invalid port range" : "invalid dport range", value ?? "");
      x[word] = r;
      given.add(word);
    } else if (matches(word, "suppress_prefixlength") || word === "sup_pl") {
      i++;
      const n = value === undefined ? undefined : s32(value);
      if (n === undefined) return invalidArgument("suppress_prefixlength value is invalid", value ?? "");
      x.suppressPrefixlength = n;
      given.add("suppress");
    } else if (matches(word, "goto")) {
      i++;
      const n = parseNumber(value);
      if (n === undefined) return invalidArgument("invalid target", value ?? "");
      x.gotoTarget = n;
      given.add("goto");
    } else if (matches(word, "nop")) {
      x.nop = true;
      given.add("nop");
    } else if (matches(word, "realms")) {
      const missing = need();
      if (missing) return missing;
      const tclassid = parseRealms(value!);
      if (tclassid === undefined) return invalidArgument("invalid realms", value!);
      if (tclassid) x.tclassid = tclassid;
      i++;
    } else if (IGNORED.has(word)) i++;
    else return fail(`Error: argument "${word}" is wrong: Failed to parse rule type`, 255);
  }
  return { rule, given };
}

/** The kernel reads a rule of family 0 as an IPv4 one: an IPv6 prefix is too long for it. */
function familyMismatch(o: IpOptions, rule: ParsedRule["rule"]): CommandResult | undefined {
  if (o.family === 6) return undefined;
  const src = rule.src as RulePrefix | undefined;
  const dst = rule.dst as RulePrefix | undefined;
  if (src?.v6 && src.prefix > 0) return kernelError("Error: Invalid source address.");
  if (dst?.v6 && dst.prefix > 0) return kernelError("Error: Invalid dst address.");
  return undefined;
}

function addRule(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseRule(args, o.family);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { rule, given } = parsed;
  const mismatch = familyMismatch(o, rule);
  if (mismatch) return mismatch;
  const action = rule.action ?? "lookup";
  const jumps = rule.extras.gotoTarget !== undefined || rule.extras.nop === true;
  // fib_nl2rule refuses ECN bits, then fib4_rule_configure what lies outside IPTOS_TOS_MASK (0x1e)
  const tos = rule.extras.tos ?? 0;
  if (tos & 3) return kernelError("Error: Invalid dsfield (tos): ECN bits must be 0.");
  if (tos & ~0x1e && o.family !== 6) return kernelError("Error: Invalid tos.");
  // fib_nl2rule: a uid range of valid uids in order; port ranges within 1-65534, in order
  const uids = rule.extras.uidrange;
  if (uids && (uids[0] === 0xffffffff || uids[1] === 0xffffffff || uids[0] > uids[1])) return kernelError("Error: Invalid uid range.");
  for (const key of ["sport", "dport"] as const) {
    const r = rule.extras[key];
    if (r && (r[0] === 0 || r[1] === 0 || r[1] >= 0xffff || r[0] > r[1])) return kernelError(`Error: Invalid ${key} range.`);
  }
  const rules = familyRules(o, ns);
  const full: ShownRule = {
    priority: given.has("priority") ? rule.priority! : defaultRulePriority(rules),
    invert: rule.invert ?? false,
    table: rule.table ?? (action === "lookup" && !jumps ? TABLE_MAIN : 0),
    action,
  };
  // fib4_rule_configure: "lookup 0" makes the first unused table from 1 (fib_empty_table)
  if (full.table === 0 && action === "lookup" && !jumps && o.family !== 6) {
    const used = new Set([TABLE_MAIN, TABLE_LOCAL, ...(ns.extraTables ?? [])]);
    let id = 1;
    while (used.has(id)) id++;
    full.table = id;
    ns.extraTables = [...(ns.extraTables ?? []), id];
  }
  // fib6 rules keep no realms (FRA_FLOW is IPv4's)
  if (o.family === 6) delete rule.extras.tclassid;
  if (Object.keys(rule.extras).length > 0) full.extras = rule.extras;
  for (const key of ["src", "dst", "fwmark", "fwmask", "iif", "oif"] as const) {
    // a zero-length prefix is no prefix at all ("from all")
    if (rule[key] !== undefined && !((key === "src" || key === "dst") && rule[key]!.prefix === 0)) {
      (full as unknown as Record<string, unknown>)[key] = rule[key];
    }
  }
  // Unlike a route, a rule does not create the table it points at (fib4_rule_configure);
  // it goes after the rules of its priority.
  const at = rules.findIndex((r) => r.priority > full.priority);
  storeRules(o, ns, at < 0 ? [...rules, full] : [...rules.slice(0, at), full, ...rules.slice(at)]);
  return ok();
}

/**
 * The rule matches every selector given: for `ip rule show` a prefix lies within the filter's,
 * for `ip rule del` it is the same one (a zero-length one matches any, as the kernel compares).
 */
function ruleSelected(r: FibRule, rule: ParsedRule["rule"], given: Set<string>, showing: boolean): boolean {
  const prefixMatch = (have: RulePrefix | undefined, want: RulePrefix | undefined) =>
    !want || (showing ? prefixWithin(have, want) : want.prefix === 0 || samePrefix(have, want));
  return (!given.has("priority") || r.priority === rule.priority) &&
    (!given.has("table") || r.table === rule.table) &&
    (!given.has("from") || prefixMatch(r.src, rule.src)) &&
    (!given.has("to") || prefixMatch(r.dst, rule.dst)) &&
    (!given.has("fwmark") || (r.fwmark === rule.fwmark && (r.fwmask ?? 0xffffffff) === rule.fwmask)) &&
    (!given.has("iif") || r.iif === rule.iif) &&
    (!given.has("oif") || r.oif === rule.oif) &&
    (!given.has("not") || r.invert) &&
    (!given.has("action") || r.action === rule.action) &&
    sameExtras((r as ShownRule).extras ?? {}, rule.extras ?? {}, given);
}

function sameExtras(a: FibRuleExtras, b: FibRuleExtras, given: Set<string>): boolean {
  const pair = (p?: [number, number], q?: [number, number]) => p?.[0] === q?.[0] && p?.[1] === q?.[1];
  return (!given.has("tos") || a.tos === b.tos) &&
    (!given.has("uidrange") || pair(a.uidrange, b.uidrange)) &&
    (!given.has("ipproto") || a.ipproto === b.ipproto) &&
    (!given.has("sport") || pair(a.sport, b.sport)) &&
    (!given.has("dport") || pair(a.dport, b.dport)) &&
    (!given.has("suppress") || a.suppressPrefixlength === b.suppressPrefixlength) &&
    (!given.has("goto") || a.gotoTarget === b.gotoTarget);
}

function showRules(o: IpOptions, args: string[]): CommandResult {
  const ns = getNamespace(o.world, o.netns)!;
  // the listing reads its filter in the family it lists (IPv4 unless -6)
  const parsed = parseRule(args, o.family === 6 ? 6 : 4);
  if ("rc" in parsed) return parsed;
  const rules = familyRules(o, ns);
  const shown = rules.filter((r) => ruleSelected(r, parsed.rule, parsed.given, true));
  const exists = (name: string) => ns.links.some((l) => l.name === name);
  if (o.json) return ok(jsonLine(o, shown.map((r) => ruleJson(r, tableText, exists, rules))));
  return ok(shown.map((r) => formatRule(r, exists, rules)).join(""));
}

function deleteRule(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseRule(args, o.family);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { rule, given } = parsed;
  const mismatch = familyMismatch(o, rule);
  if (mismatch) return mismatch;
  const rules = familyRules(o, ns);
  const victim = rules.find((r) => ruleSelected(r, rule, given, false));
  if (!victim) return kernelError("RTNETLINK answers: No such file or directory");
  storeRules(o, ns, rules.filter((r) => r !== victim));
  return ok();
}

export function ipRule(o: IpOptions, args: string[]): CommandResult {
  const [sub, ...rest] = args;
  const ns = getNamespace(o.world, o.netns)!;
  if (sub === undefined) return showRules(o, []);
  if (matches(sub, "list") || matches(sub, "show") || matches(sub, "lst")) return showRules(o, rest);
  if (matches(sub, "add") || matches(sub, "insert")) return addRule(o, rest);
  if (matches(sub, "delete")) return deleteRule(o, rest);
  if (matches(sub, "flush")) {
    // iproute2 deletes only rules the kernel reports a priority for: those at 0 stay
    storeRules(o, ns, familyRules(o, ns).filter((r) => r.priority === 0));
    return ok();
  }
  if (matches(sub, "help")) return fail(RULE_USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip rule help".`, 255);
}
