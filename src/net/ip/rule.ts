// `ip rule`: list, add, del, flush policy routing rules.
import { formatIpv4 } from "../../netfilter/ip.js";
import { protocolName } from "../../netfilter/names.js";
import type { CommandResult } from "../../shell/types.js";
import { getNamespace } from "../links.js";
import { defaultRulePriority, insertRule, rulesOf, type FibRuleExtras } from "../rules.js";
import type { FibRule } from "../types.js";
import { jsonLine, ruleJson } from "./json.js";
import { TABLE_DEFAULT, TABLE_LOCAL, TABLE_MAIN } from "../types.js";
import { parseDsfield } from "./dsfield.js";
import { ipProtoNumber } from "./route-args.js";
import { fail, invalidArgument, kernelError, matches, ok, parsePrefix, type IpOptions } from "./common.js";
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

function prefixText(p: { addr: number; prefix: number }): string {
  return p.prefix === 32 ? formatIpv4(p.addr) : `${formatIpv4(p.addr)}/${p.prefix}`;
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

/** "N" or "N-M" as sscanf("%u-%u") reads it; undefined when not a range of that form. */
function parseRange(text: string, max: number, single: boolean): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?/.exec(text);
  if (!m || (m[2] === undefined && !single)) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  return start <= max && end <= max ? [start, end] : undefined;
}

function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^(0x[0-9a-f]+|\d+)$/i.test(text)) return undefined;
  const n = Number(text);
  return n <= 0xffffffff ? n : undefined;
}

interface ParsedRule { rule: Partial<ShownRule> & { extras: FibRuleExtras }; given: Set<string> }

function parseRule(args: string[]): ParsedRule | CommandResult {
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
      const n = value !== undefined && /^-?\d+$/.test(value) ? Number(value) : undefined;
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

function addRule(o: IpOptions, args: string[]): CommandResult {
  const parsed = parseRule(args);
  if ("rc" in parsed) return parsed;
  const ns = getNamespace(o.world, o.netns)!;
  const { rule, given } = parsed;
  const action = rule.action ?? "lookup";
  const jumps = rule.extras.gotoTarget !== undefined || rule.extras.nop === true;
  // fib_nl2rule refuses ECN bits, then fib4_rule_configure what lies outside IPTOS_TOS_MASK (0x1e)
  const tos = rule.extras.tos ?? 0;
  if (tos & 3) return kernelError("Error: Invalid dsfield (tos): ECN bits must be 0.");
  if (tos & ~0x1e) return kernelError("Error: Invalid tos.");
  const full: ShownRule = {
    priority: given.has("priority") ? rule.priority! : defaultRulePriority(rulesOf(ns)),
    invert: rule.invert ?? false,
    table: rule.table ?? (action === "lookup" && !jumps ? TABLE_MAIN : 0),
    action,
  };
  if (Object.keys(rule.extras).length > 0) full.extras = rule.extras;
  for (const key of ["src", "dst", "fwmark", "fwmask", "iif", "oif"] as const) {
    if (rule[key] !== undefined) (full as unknown as Record<string, unknown>)[key] = rule[key];
  }
  // Unlike a route, a rule does not create the table it points at (fib4_rule_configure).
  insertRule(ns, full);
  return ok();
}

/** The rule matches every selector given (as `ip rule del` and `ip rule show SELECTOR` filter). */
function ruleSelected(r: FibRule, rule: ParsedRule["rule"], given: Set<string>): boolean {
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
  // IPv6 has its own rules (no default table rule); only the defaults exist for it here.
  if (o.family === 6) {
    const defaults: FibRule[] = [{ priority: 0, invert: false, table: TABLE_LOCAL, action: "lookup" }, { priority: 32766, invert: false, table: TABLE_MAIN, action: "lookup" }];
    if (o.json) return ok(jsonLine(o, defaults.map((r) => ruleJson(r, tableText, () => true, defaults))));
    return ok(defaults.map((r) => formatRule(r)).join(""));
  }
  const parsed = parseRule(args);
  if ("rc" in parsed) return parsed;
  const shown = rulesOf(ns).filter((r) => ruleSelected(r, parsed.rule, parsed.given));
  const exists = (name: string) => ns.links.some((l) => l.name === name);
  if (o.json) return ok(jsonLine(o, shown.map((r) => ruleJson(r, tableText, exists, rulesOf(ns)))));
  return ok(shown.map((r) => formatRule(r, exists, rulesOf(ns))).join(""));
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
  if (matches(sub, "help")) return fail(RULE_USAGE, 255);
  return fail(`Command "${sub}" is unknown, try "ip rule help".`, 255);
}
