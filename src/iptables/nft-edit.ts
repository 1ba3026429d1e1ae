// nft's commands that take things out of the rule set iptables-nft and ip6tables-nft share with
// it: flush ruleset|table|chain, delete table|chain|rule. They parse as nft 1.0.6 does, then run
// as one kernel transaction: each sees what the ones before it did, and if any fails nothing
// stays done (every failure is reported, with nft's hint for a misspelt name).
import { foreignChain } from "./nft-foreign.js";
import type { CommandResult } from "../shell/types.js";
import type { Namespace } from "../net/types.js";
import type { Chain, Ruleset, Table } from "../netfilter/types.js";
import { isTableName, newTable } from "../netfilter/ruleset.js";
import { ip6Ruleset, ip6RulesetIfMade } from "./ip6tables.js";
import { invalidateHooks } from "./kernel-check.js";
import { forgetLostChains, handlesOf, listingHandles, sync } from "./nft-handles.js";
import { existingChains } from "./nft-list.js";
import { chainHint, chainLookupFuzzy, tableHint, tableLookupFuzzy, tableOnlyHint, type CachedTable } from "./nft-misspell.js";
import { FAMILIES, errorText, isScannedNumber, missingName, nameWord, parseError, trailing, unexpected, type NftCommand } from "./nft-syntax.js";
import { noteTableHandles, nftTables, restoreTableHandles, saveTableHandles } from "./nft-table-handles.js";
import { referenceCounts } from "./chain-ops.js";
import { nativeTables, restoreNatives, saveNatives, type NativeTable } from "./nft-native.js";
import { ruleWord } from "./nft-statements.js";
import { toolEdit } from "./nft-tool-edit.js";
import { bridgeChains, bridgeTables } from "../ebtables/nft-list.js";
import { arpNftChains, arpNftTable } from "../arptables/nft-list.js";

/** A parsed flush/delete: which object, and where in the command each name stands. */
export interface Edit {
  cmd: NftCommand;
  verb: "flush" | "delete";
  object: "ruleset" | "table" | "chain" | "rule";
  family?: string;
  familyGiven: boolean;
  table?: string;
  tableAt: number;
  chain?: string;
  chainAt: number;
  handle?: number;
  handleAt: number;
}

const isNumber = isScannedNumber;

/** `flush|delete …`: the parsed command, or nft's syntax error. */
export function parseEdit(cmd: NftCommand): Edit | CommandResult {
  const w = cmd.words;
  const verb = w[0] as "flush" | "delete";
  const object = w[1];
  if (object === undefined) return parseError("syntax error, unexpected newline", cmd, 1);
  const edit: Edit = { cmd, verb, object: "table", familyGiven: false, tableAt: -1, chainAt: -1, handleAt: -1 };
  const known = verb === "flush" ? ["ruleset", "table", "chain"] : ["table", "chain", "rule"];
  if (!known.includes(object)) return parseError(`syntax error, unexpected ${unexpected(object)}`, cmd, 1);
  edit.object = object as Edit["object"];
  let i = 2;
  if (w[i] !== undefined && FAMILIES.has(w[i]!)) {
    edit.family = w[i++];
    edit.familyGiven = true;
  }
  if (object === "ruleset") return trailing(cmd, i) ?? edit;
  edit.family ??= "ip";
  // a name, or (delete table|chain) the kernel's handle of one
  const byHandle = verb === "delete" && object !== "rule" && w[object === "table" ? i : i + 1] === "handle";
  if (object !== "table") {
    const bad = nameWord(cmd, i);
    if (bad) return bad;
    edit.table = w[i];
    edit.tableAt = i++;
  }
  if (byHandle) return handleNumber(edit, i + 1);
  const bad = nameWord(cmd, i, verb === "delete" && object !== "rule" ? "handle or string" : "string");
  if (bad) return bad;
  if (object === "table") {
    edit.table = w[i];
    edit.tableAt = i;
  } else {
    edit.chain = w[i];
    edit.chainAt = i;
  }
  i++;
  if (object !== "rule") return trailing(cmd, i) ?? edit;
  const keyword = missingName(cmd, i, "handle");
  if (keyword) return keyword;
  // (a rule given by its text: its first word is a keyword such as tcp to nft's scanner)
  if (w[i] !== "handle") return parseError(`syntax error, unexpected ${ruleWord(w[i]!)}, expecting handle`, cmd, i);
  return handleNumber(edit, i + 1);
}

function handleNumber(edit: Edit, i: number): Edit | CommandResult {
  const { cmd } = edit;
  const bad = missingName(cmd, i, "number");
  if (bad) return bad;
  if (!isNumber(cmd.words[i])) return parseError(`syntax error, unexpected ${unexpected(cmd.words[i]!)}, expecting number`, cmd, i);
  edit.handle = Number(cmd.words[i]);
  edit.handleAt = i;
  return trailing(cmd, i + 1) ?? edit;
}

/** The rule set a family's tables live in (iptables-nft's ip, ip6tables-nft's ip6; no other family has any). */
function rulesetOf(ns: Namespace, family: string): Ruleset | undefined {
  return family === "ip" ? ns.netfilter.nft : family === "ip6" ? ip6RulesetIfMade(ns, "nft") : undefined;
}

function tableOf(ns: Namespace, family: string, name: string | undefined): Table | undefined {
  const t = name !== undefined && isTableName(name) ? rulesetOf(ns, family)?.tables[name] : undefined;
  return t?.exists ? t : undefined;
}

/** A chain the kernel has, by name (without collecting and sorting the table's chains). */
export function chainOf(t: Table | undefined, name: string | undefined): Chain | undefined {
  if (!t || name === undefined || !Object.hasOwn(t.chains, name)) return undefined;
  const c = t.chains[name]!;
  return c.builtin && !c.exists ? undefined : c;
}

/** nft's cache of the kernel's tables and chains, in the kernel's order (tables by handle). */
export function cacheOf(ns: Namespace): CachedTable[] {
  const noted = noteTableHandles(ns);
  const handle = (family: string, name: string) => noted.seen.get(`${family} ${name}`)?.handle ?? 0;
  const tables: (CachedTable & { handle: number })[] = nftTables(ns).map(({ family, t }) => ({ handle: handle(family, t.name), family, name: t.name, chains: existingChains(t).map((c) => c.name) }));
  for (const n of nativeTables(ns)) tables.push({ handle: n.handle, family: n.family, name: n.name, chains: n.chains.map((c) => c.name) });
  for (const { name, table } of bridgeTables(ns)) tables.push({ handle: table.made ?? 0, family: "bridge", name, chains: bridgeChains(table).map((c) => c.name) });
  const arp = arpNftTable(ns);
  if (arp) tables.push({ handle: arp.made ?? 0, family: "arp", name: "filter", chains: arpNftChains(arp).map((c) => c.name) });
  return tables.sort((a, b) => a.handle - b.handle);
}

/** The kernel's ENOENT as nft reports it. */
export const KERNEL_ENOENT = "Could not process rule: No such file or directory";

/** The ENOENT error of a command whose table, chain or rule is missing: nft's hint when it has one. */
export function missing(edit: Edit, ns: Namespace, at: number): string {
  const { cmd } = edit;
  const plain = errorText(KERNEL_ENOENT, cmd, at);
  // (flush commands and objects named by handle get no hint)
  if (edit.verb === "flush" || (edit.object !== "rule" && edit.handle !== undefined)) return plain;
  const cache = cacheOf(ns);
  if (edit.object === "table") {
    const found = tableLookupFuzzy(cache, edit.table!);
    return found ? errorText(tableOnlyHint(found), cmd, edit.tableAt) : plain;
  }
  const { table, chain } = chainLookupFuzzy(cache, edit.chain!);
  if (!table) return plain;
  const wrongTable = tableHint(cache, edit.family!, edit.table!, table);
  if (wrongTable) return errorText(wrongTable, cmd, edit.tableAt);
  if (chain === undefined || (edit.object === "rule" && chain === edit.chain)) return plain;
  return errorText(chainHint(table, chain), cmd, edit.chainAt);
}

/** What the transaction did to handles: chains taken out lose theirs (a new one gets a new handle). */
type Forget = () => void;

/** One command of a line's transaction: an error text, or what to forget about handles once it commits. */
export type Step = (ns: Namespace) => { error: string } | { forget?: Forget };

export function editStep(edit: Edit): Step {
  return (ns) => runEdit(edit, ns);
}

/** Runs one command on the rule set. */
function runEdit(edit: Edit, ns: Namespace): ReturnType<Step> {
  const { cmd, family } = edit;
  if (edit.object === "ruleset") {
    flushRuleset(ns, family);
    return {};
  }
  // ebtables' and arptables' tables
  const other = toolEdit(edit, ns);
  if (other === "missing") return { error: missing(edit, ns, edit.chainAt) };
  if (other === "noRule") return { error: missing(edit, ns, edit.handleAt) };
  if (other === "busy") return { error: errorText("Could not process rule: Device or resource busy", cmd, edit.chainAt) };
  if (other) return {};
  const t = tableOf(ns, family!, edit.table);
  const native = t ? undefined : nativeTables(ns).find((n) => n.family === family && (edit.table !== undefined ? n.name === edit.table : n.handle === edit.handle));
  if (native) return nativeEdit(native, edit, ns);
  if (!t) {
    const at = edit.object === "table" && edit.handle !== undefined ? edit.handleAt : edit.tableAt;
    return { error: missing(edit, ns, at) };
  }
  if (edit.object === "table") {
    if (edit.verb === "flush") {
      for (const c of [...Object.values(t.chains), ...(t.foreignBaseChains ?? [])]) c.rules = [];
      invalidateHooks(t);
    } else rulesetOf(ns, family!)!.tables[t.name] = newTable(t.name);
    return {};
  }
  const h = sync(t, handlesOf(t));
  const c = edit.chain !== undefined ? (chainOf(t, edit.chain) ?? foreignChain(t, edit.chain)) : existingChains(t).find((x) => h.chains.get(x.name) === edit.handle);
  if (!c) return { error: missing(edit, ns, edit.chain !== undefined ? edit.chainAt : edit.handleAt) };
  if (edit.object === "rule" && edit.handle !== 0) {
    const handles = listingHandles(t);
    const kept = c.rules.filter((r) => handles.rule(r) !== edit.handle);
    if (kept.length === c.rules.length) return { error: missing(edit, ns, edit.handleAt) };
    c.rules = kept;
  } else if (edit.object === "chain" && edit.verb === "delete") {
    if (referenceCounts(t, new Set([c.name])).get(c.name)) {
      return { error: errorText("Could not process rule: Device or resource busy", cmd, edit.chainAt >= 0 ? edit.chainAt : edit.handleAt) };
    }
    // (a base chain nft made under its own name goes altogether)
    if (t.foreignBaseChains?.includes(c)) t.foreignBaseChains = t.foreignBaseChains.filter((x) => x !== c);
    else if (c.builtin) Object.assign(c, { exists: false, policy: "ACCEPT", countsPolicy: false, policyCounters: { pkts: 0n, bytes: 0n }, rules: [] });
    else delete t.chains[c.name];
    const name = c.name;
    invalidateHooks(t);
    return { forget: () => h.chains.delete(name) };
  } else c.rules = [];
  invalidateHooks(t);
  return {};
}

/** The same on one of nft's own tables. */
function nativeEdit(t: NativeTable, edit: Edit, ns: Namespace): ReturnType<Step> {
  if (edit.object === "table") {
    if (edit.verb === "delete") nativeTables(ns).splice(nativeTables(ns).indexOf(t), 1);
    else for (const c of t.chains) c.rules = [];
    return {};
  }
  const c = t.chains.find((x) => (edit.chain !== undefined ? x.name === edit.chain : x.handle === edit.handle));
  if (!c) return { error: missing(edit, ns, edit.chain !== undefined ? edit.chainAt : edit.handleAt) };
  if (edit.object === "rule" && edit.handle !== 0) {
    const kept = c.rules.filter((r) => r.handle !== edit.handle);
    if (kept.length === c.rules.length) return { error: missing(edit, ns, edit.handleAt) };
    c.rules = kept;
  } else if (edit.object === "chain" && edit.verb === "delete") {
    const jumpedTo = t.chains.some((x) => x.rules.some(({ rule: r }) => (r.action.kind === "jump" || r.action.kind === "goto") && r.action.chain === c.name));
    if (jumpedTo) return { error: errorText("Could not process rule: Device or resource busy", edit.cmd, edit.chainAt >= 0 ? edit.chainAt : edit.handleAt) };
    t.chains.splice(t.chains.indexOf(c), 1);
  } else c.rules = [];
  return {};
}

/** flush ruleset [FAMILY]: the family's tables go, iptables-nft's included. */
function flushRuleset(ns: Namespace, family: string | undefined): void {
  const natives = nativeTables(ns);
  for (let i = natives.length - 1; i >= 0; i--) if (family === undefined || natives[i]!.family === family) natives.splice(i, 1);
  const sets: [string, Ruleset][] = [["ip", ns.netfilter.nft], ["ip6", ip6Ruleset(ns, "nft")]];
  for (const [f, ruleset] of sets) {
    if (family !== undefined && family !== f) continue;
    for (const name of Object.keys(ruleset.tables)) if (isTableName(name)) ruleset.tables[name] = newTable(name);
  }
  // arptables-nft's and ebtables-nft's tables too (their next command starts from fresh ones)
  if (family === undefined || family === "arp") delete ns.arptables;
  if (family === undefined || family === "bridge") delete ns.ebtables;
}

/** What a transaction may change, to put back if it fails. */
interface Snapshot {
  rulesets: [Ruleset, Record<string, Table>][];
  tables: [Table, [string, Chain][], Chain[] | undefined][];
  chains: [Chain, Chain][];
  arptables: Namespace["arptables"];
  ebtables: Namespace["ebtables"];
  natives: NativeTable[];
  handles: ReturnType<typeof saveTableHandles>;
}

function snapshot(ns: Namespace): Snapshot {
  const rulesets = [ns.netfilter.nft, ip6RulesetIfMade(ns, "nft")].filter((r): r is Ruleset => r !== undefined);
  const s: Snapshot = { rulesets: [], tables: [], chains: [], arptables: ns.arptables, ebtables: ns.ebtables, natives: saveNatives(ns), handles: saveTableHandles(ns) };
  for (const r of rulesets) {
    s.rulesets.push([r, { ...r.tables }]);
    for (const t of Object.values(r.tables)) {
      s.tables.push([t, Object.entries(t.chains), t.foreignBaseChains]);
      for (const c of [...Object.values(t.chains), ...(t.foreignBaseChains ?? [])]) s.chains.push([c, { ...c }]);
    }
  }
  return s;
}

function restore(ns: Namespace, s: Snapshot): void {
  for (const [r, tables] of s.rulesets) r.tables = tables;
  for (const [c, was] of s.chains) Object.assign(c, was);
  // (the chain map keeps its key order: built-ins in creation order, then user chains)
  for (const [t, entries, foreign] of s.tables) {
    for (const name of Object.keys(t.chains)) delete t.chains[name];
    for (const [name, c] of entries) t.chains[name] = c;
    if (foreign) t.foreignBaseChains = foreign;
    else delete t.foreignBaseChains;
    forgetLostChains(t);
    invalidateHooks(t);
  }
  ns.arptables = s.arptables;
  ns.ebtables = s.ebtables;
  restoreNatives(ns, s.natives);
  restoreTableHandles(ns, s.handles);
}

/** The commands as one transaction (`check`: -c, which the kernel validates and then aborts). */
export function runTransaction(steps: Step[], ns: Namespace, check: boolean): CommandResult {
  // (a lone command refuses before it changes anything, so only a longer line or -c needs the
  // copy, which walks every chain of every table)
  const before = steps.length > 1 || check ? snapshot(ns) : undefined;
  const errors: string[] = [];
  const forgets: Forget[] = [];
  for (const step of steps) {
    const r = step(ns);
    if ("error" in r) errors.push(r.error);
    else if (r.forget) forgets.push(r.forget);
  }
  if (before && (errors.length || check)) restore(ns, before);
  else for (const f of forgets) f();
  noteTableHandles(ns);
  return { stdout: "", stderr: errors.join(""), rc: errors.length ? 1 : 0 };
}
