// Tables nft made that iptables-nft never looks at (any family, any name but its own ip/ip6
// tables), with their regular and base chains. They hold no rules here. Kept per namespace
// beside the rule set; their handles come from the namespace's one table counter.
import type { Namespace } from "../net/types.js";
import type { ListFormat } from "./nft-list.js";

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
}

export interface NativeTable {
  family: string;
  name: string;
  handle: number;
  /** The table's own handle counter (chains, and rules in the kernel). */
  next: number;
  chains: NativeChain[];
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
  return structuredClone(nativeTables(ns));
}

export function restoreNatives(ns: Namespace, saved: NativeTable[]): void {
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

function chainText(c: NativeChain, fmt: ListFormat): string {
  let text = `\tchain ${c.name} {${handleNote(c.handle, fmt)}\n`;
  const b = c.base;
  if (b) text += `\t\ttype ${b.type} hook ${b.hook} priority ${priorityText(b.prio, b.hook, fmt.numericPriority)}; policy ${b.policy};\n`;
  return `${text}\t}\n`;
}

/** A native table as `list ruleset|table|chains` prints it (`spaced`: a blank line between chains). */
export function nativeTableText(t: NativeTable, chains: NativeChain[], spaced: boolean, fmt: ListFormat, withHandle: boolean): string {
  const head = `table ${t.family} ${t.name} {${withHandle ? handleNote(t.handle, fmt) : ""}\n`;
  return `${head}${chains.map((c) => chainText(c, fmt)).join(spaced ? "\n" : "")}}\n`;
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

/**
 * Whether an IPv4 packet at `hook` meets one of nft's own base chains (ip or inet) with policy
 * drop: they hold no rules here, so the policy is their verdict.
 */
export function nativePolicyDrops(ns: Namespace, hook: string): boolean {
  const tables = byNamespace.get(ns);
  if (!tables || tables.length === 0) return false;
  const name = hook.toLowerCase();
  return tables.some((t) => (t.family === "ip" || t.family === "inet") && t.chains.some((c) => c.base?.hook === name && c.base.policy === "drop"));
}
