// `ip rule`: list, add, del, flush policy routing rules.
import { formatIpv4 } from "../../netfilter/ip.js";
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { defaultRulePriority, insertRule, rulesOf } from "../rules.js";
import type { FibRule } from "../types.js";
import { jsonLine, ruleJson } from "./json.js";
import { TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { fail, invalidArgument, kernelError, matches, ok, parsePrefix, type IpOptions } from "./common.js";

const TABLES: Record<string, number> = { local: TABLE_LOCAL, main: TABLE_MAIN, default: TABLE_DEFAULT };
const ACTIONS = ["blackhole", "unreachable", "prohibit"] as const;
/** Selectors this emulation accepts but does not act on (they take one value). */
const IGNORED = new Set(["tos", "dsfield", "uidrange", "ipproto", "sport", "dport", "realms", "goto", "suppress_prefixlength", "suppress_ifgroup", "l3mdev", "protocol", "nat", "map-to", "flowid"]);

function tableText(table: number): string {
  return Object.entries(TABLES).find(([, n]) => n === table)?.[0] ?? String(table);
}

function prefixText(p: { addr: number; prefix: number }): string {
  return p.prefix === 32 ? formatIpv4(p.addr) : `${formatIpv4(p.addr)}/${p.prefix}`;
}

export function formatRule(rule: FibRule): string {
  let line = `${rule.priority}:\t${rule.invert ? "not " : ""}from ${rule.src ? prefixText(rule.src) : "all"}`;
  if (rule.dst) line += ` to ${prefixText(rule.dst)}`;
  if (rule.fwmark !== undefined) {
    line += ` fwmark 0x${rule.fwmark.toString(16)}`;
    if (rule.fwmask !== undefined && rule.fwmask !== 0xffffffff) line += `/0x${rule.fwmask.toString(16)}`;
  }
  if (rule.iif !== undefined) line += ` iif ${rule.iif}`;
  if (rule.oif !== undefined) line += ` oif ${rule.oif}`;
  if (rule.table) line += ` lookup ${tableText(rule.table)}`;
  if (rule.action !== "lookup") line += ` ${rule.action}`;
  return `${line}\n`;
}

function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^(0x[0-9a-f]+|\d+)$/i.test(text)) return undefined;
  const n = Number(text);
  return n <= 0xffffffff ? n : undefined;
}

interface ParsedRule { rule: Partial<FibRule>; given: Set<string> }

function parseRule(args: string[]): ParsedRule | CommandResult {
  const rule: Partial<FibRule> = { invert: false };
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
      const p = parsePrefix(value!);
      if (!p) return invalidArgument(`invalid ${word === "from" ? "source" : "destination"} address`, value!);
      if (p.prefix > 0 || value !== "all") rule[word === "from" ? "src" : "dst"] = { addr: p.addr, prefix: p.prefix };
      given.add(word);
    } else if (word === "fwmark") {
      const missing = need();
      if (missing) return missing;
      i++;
      const [markText, maskText] = value!.split("/");
      const mark = parseNumber(markText);
      const mask = maskText === undefined ? 0xffffffff : parseNumber(maskText);
      if (mark === undefined || mask === undefined) return invalidArgument("fwmark value is invalid", value!);
      rule.fwmark = mark;
      rule.fwmask = mask;
      given.add("fwmark");
    } else if (word === "iif" || word === "dev" || word === "oif") {
      const missing = need();
      if (missing) return missing;
      i++;
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
    } else if (IGNORED.has(word)) i++;
    else return fail(`Error: argument "${word}" is wrong: Failed to parse rule type`, 255);
  }
  return { rule, given };
}

function addRule(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseRule(args);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { rule, given } = parsed;
  const action = rule.action ?? "lookup";
  const full: FibRule = {
    priority: given.has("priority") ? rule.priority! : defaultRulePriority(rulesOf(ns)),
    invert: rule.invert ?? false,
    table: rule.table ?? (action === "lookup" ? TABLE_MAIN : 0),
    action,
  };
  for (const key of ["src", "dst", "fwmark", "fwmask", "iif", "oif"] as const) {
    if (rule[key] !== undefined) (full as unknown as Record<string, unknown>)[key] = rule[key];
  }
  // Unlike a route, a rule does not create the table it points at (fib4_rule_configure).
  insertRule(ns, full);
  return ok();
}

/** The rule matches every selector given (as `ip rule del` and `ip rule show SELECTOR` filter). */
function ruleSelected(r: FibRule, rule: Partial<FibRule>, given: Set<string>): boolean {
  const same = (a: { addr: number; prefix: number } | undefined, b: { addr: number; prefix: number } | undefined) =>
    a?.addr === b?.addr && a?.prefix === b?.prefix;
  return (!given.has("priority") || r.priority === rule.priority) &&
    (!given.has("table") || r.table === rule.table) &&
    (!given.has("from") || same(r.src, rule.src)) &&
    (!given.has("to") || same(r.dst, rule.dst)) &&
    (!given.has("fwmark") || (r.fwmark === rule.fwmark && (r.fwmask ?? 0xffffffff) === rule.fwmask)) &&
    (!given.has("iif") || r.iif === rule.iif) &&
    (!given.has("oif") || r.oif === rule.oif) &&
    (!given.has("not") || r.invert) &&
    (!given.has("action") || r.action === rule.action);
}

function showRules(o: IpOptions, args: string[]): CommandResult {
  const ns = getNamespace(o.world, o.netns)!;
  // IPv6 has its own rules (no default table rule); only the defaults exist for it here.
  if (o.family === 6) return ok("0:\tfrom all lookup local\n32766:\tfrom all lookup main\n");
  const parsed = parseRule(args);
  if ("rc" in parsed) return parsed;
  const shown = rulesOf(ns).filter((r) => ruleSelected(r, parsed.rule, parsed.given));
  if (o.json) return ok(jsonLine(o, shown.map((r) => ruleJson(r, tableText))));
  return ok(shown.map(formatRule).join(""));
}

function deleteRule(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseRule(args);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { rule, given } = parsed;
  const victim = rulesOf(ns).find((r) => ruleSelected(r, rule, given));
  if (!victim) return kernelError("RTNETLINK answers: No such file or directory");
  ns.rules = rulesOf(ns).filter((r) => r !== victim);
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
    // The local rule (priority 0) is permanent; everything else goes, main and default too.
    ns.rules = rulesOf(ns).filter((r) => r.priority === 0 && r.table === TABLE_LOCAL);
    return ok();
  }
  return fail(`Command "${sub}" is unknown, try "ip rule help".`, 255);
}
