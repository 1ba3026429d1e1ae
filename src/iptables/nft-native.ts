// Tables nft made that iptables-nft never looks at (any family, any name but its own ip/ip6
// tables), with their regular and base chains and the rules nft-rule.ts can make. Kept per
// namespace beside the rule set; their handles come from the namespace's one table counter.
// Packets meet their base chains after iptables' tables at the same hook.
import type { Namespace } from "../net/types.js";
import type { ListFormat } from "./nft-list.js";
import { numericStatement } from "./nft-names.js";
import { setText, withServiceNames, type NativeSet } from "./nft-sets.js";
import type { Chain, Rule, Table, TableName, Verdict } from "../netfilter/types.js";

export interface BaseSpec {
  type: string;
  hook: string;
  prio: number;
  policy: "accept" | "drop";
}

export interface NativeChain {
  name: string;
  handle: number;
  base?: BaseSpec;
  /** Rules as the emulator runs them, with their handles. */
  rules: { rule: Rule; handle: number }[];
}

/** Statements nft lists for rules `nft add rule` made (null: where the counter stands), by rule. */
export const listedRules = new WeakMap<Rule, (string | null)[]>();

/** How nft lists a rule `nft add rule` made (undefined: iptables made it). */
export function nativeRuleText(r: Rule, fmt: ListFormat): string | undefined {
  const listed = listedRules.get(r);
  if (!listed) return undefined;
  const counter = fmt.stateless ? "counter" : `counter packets ${r.counters.pkts} bytes ${r.counters.bytes}`;
  return listed.map((s) => (s === null ? counter : fmt.numericSymbols ? numericStatement(s) : fmt.services ? withServiceNames(s) : s)).join(" ");
}

export interface NativeTable {
  family: string;
  name: string;
  handle: number;
  /** The table's own handle counter (chains, and rules in the kernel). */
  next: number;
  chains: NativeChain[];
  /** Named sets (nft-sets.ts), listed before the chains. */
  sets?: NativeSet[];
}

const byNamespace = new WeakMap<Namespace, NativeTable[]>();

export function nativeTables(ns: Namespace): NativeTable[] {
  let tables = byNamespace.get(ns);
  if (!tables) byNamespace.set(ns, (tables = []));
  return tables;
}

export function findNative(ns: Namespace, family: string, name: string): NativeTable | undefined {
  return byNamespace.get(ns)?.find((t) => t.family === family && t.name === name);
}

/** A copy to put back if a transaction fails. */
export function saveNatives(ns: Namespace): NativeTable[] {
  // (the rule objects stay: what nft lists for them is kept by rule)
  // (a set's box stays: rules hold it; its elements are put back from `saved`)
  return nativeTables(ns).map((t) => ({
    ...t,
    chains: t.chains.map((c) => ({ ...c, ...(c.base ? { base: { ...c.base } } : {}), rules: [...c.rules] })),
    ...(t.sets ? { sets: t.sets.map((x) => ({ ...x, saved: x.box.ranges })) } : {}),
  }));
}

export function restoreNatives(ns: Namespace, saved: NativeTable[]): void {
  // (the kernel's handle counter keeps going: what the failed transaction took is not given again)
  const live = byNamespace.get(ns) ?? [];
  for (const t of saved) {
    const now = live.find((x) => x.family === t.family && x.name === t.name && x.handle === t.handle);
    if (now) t.next = Math.max(t.next, now.next);
  }
  for (const t of saved) for (const x of t.sets ?? []) if (x.saved) x.box.ranges = x.saved;
  byNamespace.set(ns, saved);
}

/** The standard priorities nft names, with the hooks each is named on (all when none). */
const STANDARD: [string, number, string[]?][] = [
  ["raw", -300],
  ["mangle", -150],
  ["dstnat", -100, ["prerouting"]],
  ["filter", 0],
  ["security", 50],
  ["srcnat", 100, ["postrouting"]],
];

/** A standard priority's value by name, for the hook given (undefined: not a name nft knows there). */
export function standardPriority(name: string, hook: string): number | undefined {
  const s = STANDARD.find(([n, , hooks]) => n === name && (!hooks || hooks.includes(hook)));
  return s?.[1];
}

/** How nft prints a priority: a standard name, a name with an offset of up to 10, or the number. */
export function priorityText(prio: number, hook: string, numeric: boolean | undefined): string {
  if (numeric) return String(prio);
  for (const [name, value, hooks] of STANDARD) {
    if (hooks && !hooks.includes(hook)) continue;
    const off = prio - value;
    if (off === 0) return name;
    if (Math.abs(off) <= 10) return `${name} ${off > 0 ? "+" : "-"} ${Math.abs(off)}`;
  }
  return String(prio);
}

const handleNote = (n: number, fmt: ListFormat) => (fmt.handles ? ` # handle ${n}` : "");

function chainText(c: NativeChain, fmt: ListFormat, withRules = true): string {
  let text = `\tchain ${c.name} {${handleNote(c.handle, fmt)}\n`;
  const b = c.base;
  if (b) text += `\t\ttype ${b.type} hook ${b.hook} priority ${priorityText(b.prio, b.hook, fmt.numericPriority)}; policy ${b.policy};\n`;
  if (withRules) for (const { rule, handle } of c.rules) text += `\t\t${nativeRuleText(rule, fmt)}${handleNote(handle, fmt)}\n`;
  return `${text}\t}\n`;
}

/** A native table as `list ruleset|table|chains` prints it (`spaced`: a blank line between chains; list chains leaves rules out). */
export function nativeTableText(t: NativeTable, chains: NativeChain[], spaced: boolean, fmt: ListFormat, withHandle: boolean, withRules = true): string {
  const head = `table ${t.family} ${t.name} {${withHandle ? handleNote(t.handle, fmt) : ""}\n`;
  const sets = withRules ? (t.sets ?? []).map((x) => setText(x, fmt)) : [];
  return `${head}${[...sets, ...chains.map((c) => chainText(c, fmt, withRules))].join(spaced ? "\n" : "")}}\n`;
}

type Json = { [key: string]: string | number };

export function nativeTableJson(t: NativeTable): { table: Json } {
  return { table: { family: t.family, name: t.name, handle: t.handle } };
}

export function nativeChainJson(t: NativeTable, c: NativeChain): { chain: Json } {
  const obj: Json = { family: t.family, table: t.name, name: c.name, handle: c.handle };
  if (c.base) Object.assign(obj, { type: c.base.type, hook: c.base.hook, prio: c.base.prio, policy: c.base.policy });
  return { chain: obj };
}

/** Whether the namespace has any of nft's own tables (the packet path's one check when it has none). */
export function hasNativeTables(ns: Namespace): boolean {
  const tables = byNamespace.get(ns);
  return tables !== undefined && tables.length > 0;
}

/** A native chain as the evaluator takes it, kept while its rules array is the same. */
const shimChains = new WeakMap<NativeChain, { rules: NativeChain["rules"]; chain: Chain }>();

export function shimChain(c: NativeChain): Chain {
  const hit = shimChains.get(c);
  const policy = c.base ? (c.base.policy === "drop" ? "DROP" : "ACCEPT") : undefined;
  if (hit && hit.rules === c.rules) {
    if (policy) hit.chain.policy = policy;
    return hit.chain;
  }
  const chain: Chain = {
    name: c.name,
    builtin: !!c.base,
    ...(policy ? { policy } : {}),
    policyCounters: { pkts: 0n, bytes: 0n },
    countsPolicy: false,
    exists: true,
    rules: c.rules.map((r) => r.rule),
  };
  shimChains.set(c, { rules: c.rules, chain });
  return chain;
}

/** The regular chains by name, kept while the table holds the same chain objects. */
const shimTables = new WeakMap<NativeTable, { chains: NativeChain[]; table: Table }>();

export function shimTable(t: NativeTable): Table {
  const hit = shimTables.get(t);
  if (hit && hit.chains.length === t.chains.length && hit.chains.every((c, i) => c === t.chains[i])) {
    // (a chain whose rules changed gets its new shim; the name map itself still holds)
    for (const c of t.chains) if (!c.base) hit.table.chains[c.name] = shimChain(c);
    return hit.table;
  }
  // (base chains stay out: a regular chain may carry a hook's name, and a jump cannot reach a base chain)
  const chains = Object.create(null) as Record<string, Chain>;
  for (const c of t.chains) if (!c.base) chains[c.name] = shimChain(c);
  const table: Table = { name: "filter", exists: true, chains };
  shimTables.set(t, { chains: [...t.chains], table });
  return table;
}

/**
 * The verdict of nft's own base chains at `hook` for a packet of `family` (IPv4: ip and inet
 * tables; IPv6: ip6 and inet), in priority order: the first DROP or REJECT, else undefined.
 * `evaluate` runs `base` with `table`'s regular chains.
 */
export function nativeVerdict(ns: Namespace, hook: string, evaluate: (table: Table, base: Chain) => Verdict, family: 4 | 6 = 4): Verdict | undefined {
  const tables = byNamespace.get(ns);
  if (!tables || tables.length === 0) return undefined;
  for (const { table, chain } of nativeBaseChains(tables, hook.toLowerCase(), "filter", family)) {
    const v = evaluate(table, chain);
    if (v.kind === "DROP" || v.kind === "REJECT") return v;
  }
  return undefined;
}

/** The base chains of nft's own tables of one type at a hook (nat, or any other: filter, route), by priority, as the evaluator takes them. */
export function nativeBaseChains(tables: NativeTable[], hook: string, type: "nat" | "filter", family: 4 | 6): { table: Table; chain: Chain; prio: number; key: string }[] {
  const bases: { table: Table; chain: Chain; prio: number; key: string }[] = [];
  for (const t of tables) {
    if (t.family !== (family === 4 ? "ip" : "ip6") && t.family !== "inet") continue;
    for (const c of t.chains) {
      if (c.base?.hook !== hook || (c.base.type === "nat") !== (type === "nat")) continue;
      bases.push({ table: shimTable(t), chain: shimChain(c), prio: c.base.prio, key: nativeChainKey(t, c) });
    }
  }
  return bases.sort((a, b) => a.prio - b.prio);
}

/** A native base chain's name in the hook registration record (see net/hook-registration). */
export function nativeChainKey(t: NativeTable, c: NativeChain): string {
  return `native:${t.family}:${t.name}:${c.name}`;
}

/** NFT_JUMP_STACK_SIZE: a chain entered at this many jumps from a base chain is refused (EMLINK). */
const JUMP_STACK = 16;

/**
 * Whether some chain is entered at 16 jumps (or gotos) from one of the table's base chains, as
 * nf_tables' validation at commit finds it; a loop that a base chain reaches always is. A loop
 * among regular chains no base chain reaches is accepted.
 */
export function nativeJumpDepthExceeded(t: NativeTable): boolean {
  const byName = new Map(t.chains.filter((c) => !c.base).map((c) => [c.name, c]));
  // the lowest level each chain was found fine from (a chain entered deeper is walked again)
  const okAt = new Map<NativeChain, number>();
  const deep = (c: NativeChain, level: number): boolean => {
    if (level >= JUMP_STACK) return true;
    const ok = okAt.get(c);
    if (ok !== undefined && ok <= level) return false;
    for (const { rule } of c.rules) {
      const a = rule.action;
      if (a.kind !== "jump" && a.kind !== "goto") continue;
      const to = byName.get(a.chain);
      if (to && deep(to, level + 1)) return true;
    }
    okAt.set(c, level);
    return false;
  };
  return t.chains.some((c) => !!c.base && deep(c, 0));
}

/** Whether a rule of nft's own tables looks at conntrack (which it then loads in the namespace). */
export function nativeUsesConntrack(ns: Namespace): boolean {
  const tables = byNamespace.get(ns);
  // (a nat chain registers nf_nat, which needs conntrack, rules or none)
  return !!tables?.some((t) => t.chains.some((c) => c.base?.type === "nat" || c.rules.some(({ rule }) => readsConntrack(rule))));
}

/** A ct state match, or a ct state vmap. */
export function readsConntrack(rule: Rule): boolean {
  const a = rule.action;
  return rule.matches.some((m) => m.name === "conntrack") || (a.kind === "target" && a.target.name === "nft-vmap" && (a.target.data as { field?: string }).field === "ctstate");
}
