// `nft add|create table` and `nft add|create chain` (regular, or a base chain given as
// `{ type T hook H priority P; policy X; }`). In iptables-nft's own ip/ip6 tables a chain is
// what iptables makes: a user chain, or a built-in chain with iptables' type, hook and priority
// (anything else would be a chain iptables calls incompatible, which is not emulated). Other
// tables are nft's own (nft-native.ts).
import type { CommandResult } from "../shell/types.js";
import type { Namespace } from "../net/types.js";
import type { Table } from "../netfilter/types.js";
import { BUILTIN_CHAINS, isTableName } from "../netfilter/ruleset.js";
import { ip6Ruleset } from "./ip6tables.js";
import { handlesOf, numberChain, sync } from "./nft-handles.js";
import { ENOENT, tableLookupFuzzy, tableOnlyHint } from "./nft-misspell.js";
import { findNative, nativeTables, standardPriority, type BaseSpec } from "./nft-native.js";
import { FAMILIES, errorAt, errorText, wholeCommandError, fail, missingName, nameWord, parseError, trailing, unexpected, type NftCommand } from "./nft-syntax.js";
import { noteTableHandles } from "./nft-table-handles.js";
import { touch } from "./ops.js";
import { newChain } from "./chain-ops.js";
import { addForeignBaseChain, foreignChain, foreignSpec } from "./nft-foreign.js";
import { cacheOf, chainOf, type Step } from "./nft-edit.js";
import { ebStateOf, giveEbHandles, isEbTableName, noteChainMade, type EbTableName } from "../ebtables/types.js";
import { arpNftTable } from "../arptables/nft-list.js";
import { giveArpHandles, noteArpChainsMade } from "../arptables/types.js";

const NOT_EMULATED = (what: string) => fail(`nft: ${what} is not emulated (the rule set is changed with iptables here)\n`);

const HOOKS: Record<string, string[]> = {
  ip: ["prerouting", "input", "forward", "output", "postrouting"],
  ip6: ["prerouting", "input", "forward", "output", "postrouting"],
  inet: ["prerouting", "input", "forward", "output", "postrouting"],
  bridge: ["prerouting", "input", "forward", "output", "postrouting"],
  arp: ["input", "output"],
};
/** Which hooks each chain type may sit on (the kernel refuses others: EOPNOTSUPP). */
const TYPE_HOOKS: Record<string, string[]> = {
  filter: ["prerouting", "input", "forward", "output", "postrouting"],
  nat: ["prerouting", "input", "output", "postrouting"],
  route: ["output"],
};
const VERDICT_WORDS = new Set(["reject", "return", "continue", "queue", "jump", "goto"]);

export interface AddCommand {
  cmd: NftCommand;
  create: boolean;
  object: "table" | "chain";
  family: string;
  table: string;
  tableAt: number;
  chain?: string;
  chainAt: number;
  /** The base chain's type, hook and priority (all or none), and a policy. */
  spec?: Partial<BaseSpec>;
  /** Where the block's `policy` word is (-1: none). */
  policyAt?: number;
}

/** `add|create table|chain …`: the parsed command, or nft's error (or the emulator's refusal). */
export function parseAdd(cmd: NftCommand): AddCommand | CommandResult {
  const w = cmd.words;
  const object = w[1];
  const create = w[0] === "create";
  if (object === undefined) return parseError("syntax error, unexpected newline", cmd, 1);
  if (object !== "table" && object !== "chain") {
    // (`add TABLE CHAIN RULE` is a rule without the word rule)
    if (!create && !["rule", "set", "map", "element", "flowtable", "counter", "quota", "limit"].includes(object) && w.length < 3) return missingName(cmd, w.length)!;
    return NOT_EMULATED(`'nft ${w[0]} ${object}'`);
  }
  let i = 2;
  const family = w[i] !== undefined && FAMILIES.has(w[i]!) ? w[i++]! : "ip";
  const bad = nameWord(cmd, i);
  if (bad) return bad;
  const add: AddCommand = { cmd, create, object, family, table: w[i]!, tableAt: i++, chainAt: -1 };
  if (object === "chain") {
    const noChain = nameWord(cmd, i);
    if (noChain) return noChain;
    add.chain = w[i];
    add.chainAt = i++;
  }
  if (w[i] !== "{") return trailing(cmd, i) ?? add;
  if (object === "table") return w[i + 1] === "}" ? (trailing(cmd, i + 2) ?? add) : NOT_EMULATED("a table's flags or comment");
  const spec = parseSpec(cmd, i + 1, family);
  if ("rc" in spec) return spec;
  // (an empty block is a regular chain)
  if (spec.type !== undefined || spec.policy !== undefined) add.spec = spec;
  add.policyAt = w.indexOf("policy", i + 1);
  return add;
}

/** The statements of a chain's `{ … }` block. */
function parseSpec(cmd: NftCommand, from: number, family: string): Partial<BaseSpec> | CommandResult {
  const w = cmd.words;
  const spec: Partial<BaseSpec> = {};
  let i = from;
  const expect = (what: string) =>
    i >= w.length ? parseError(`syntax error, unexpected newline, expecting ${what}`, cmd, i) : parseError(`syntax error, unexpected ${w[i] === ";" ? "semicolon" : unexpected(w[i]!)}, expecting ${what}`, cmd, i);
  while (i < w.length && w[i] !== "}") {
    const word = w[i]!;
    if (word === ";") {
      i++;
    } else if (word === "type") {
      const typeAt = i + 1;
      if (w[i + 2] !== "hook") return w[i + 1] === undefined || w[i + 1] === ";" ? ((i += 1), expect("string")) : ((i += 2), expect("hook"));
      const hookAt = i + 3;
      i += 4;
      if (w[i] === "device") return NOT_EMULATED("a chain on a device");
      if (w[i] !== "priority") return expect("priority");
      const prio = parsePriority(cmd, i + 1, w[hookAt] ?? "");
      if ("rc" in prio) return prio;
      i = prio.next;
      // (the user's words index plain objects: only their own keys count, not constructor or __proto__)
      if (!Object.hasOwn(TYPE_HOOKS, w[typeAt]!)) return parseError("unknown chain type", cmd, typeAt);
      if (!(Object.hasOwn(HOOKS, family) ? HOOKS[family]! : []).includes(w[hookAt]!)) return parseError("unknown chain hook", cmd, hookAt);
      Object.assign(spec, { type: w[typeAt], hook: w[hookAt], prio: prio.value });
    } else if (word === "policy") {
      const p = w[i + 1];
      if (p !== "accept" && p !== "drop") {
        i++;
        if (p !== undefined && VERDICT_WORDS.has(p)) return parseError(`syntax error, unexpected ${p}, expecting accept or drop or '$'`, cmd, i);
        return expect("accept or drop or '$'");
      }
      spec.policy = p;
      i += 2;
    } else return NOT_EMULATED(`'${word}' in a chain's block`);
  }
  if (w[i] !== "}") return parseError("syntax error, unexpected newline, expecting '}'", cmd, w.length);
  return trailing(cmd, i + 1) ?? spec;
}

/** A priority: a number, or a standard name with an optional `+ N` / `- N`. */
function parsePriority(cmd: NftCommand, i: number, hook: string): { value: number; next: number } | CommandResult {
  const w = cmd.words;
  const word = w[i];
  if (word === undefined || word === ";" || word === "}") return parseError(`syntax error, unexpected ${word === undefined ? "newline" : word === ";" ? "semicolon" : "'}'"}, expecting string or number or '$' or '-'`, cmd, i);
  if (/^-?[0-9]+$/.test(word)) return { value: Number(word), next: i + 1 };
  const base = standardPriority(word, hook);
  if (base === undefined) return NOT_EMULATED(`priority '${word}' here`);
  if ((w[i + 1] === "+" || w[i + 1] === "-") && /^[0-9]+$/.test(w[i + 2] ?? "")) {
    return { value: base + (w[i + 1] === "+" ? 1 : -1) * Number(w[i + 2]), next: i + 3 };
  }
  return { value: base, next: i + 1 };
}

/** The type, hook and priority iptables-nft gives a built-in chain of its table. */
function iptablesSpec(table: string, chain: string): Omit<BaseSpec, "policy"> {
  const type = table === "nat" ? "nat" : table === "mangle" && chain === "OUTPUT" ? "route" : "filter";
  const NAT: Record<string, number> = { PREROUTING: -100, INPUT: 100, OUTPUT: -100, POSTROUTING: 100 };
  const PRIO: Record<string, number> = { filter: 0, mangle: -150, raw: -300, security: 50 };
  return { type, hook: chain.toLowerCase(), prio: table === "nat" ? NAT[chain]! : PRIO[table]! };
}

const sameBase = (a: Partial<BaseSpec>, b: Omit<BaseSpec, "policy">) => a.type === b.type && a.hook === b.hook && a.prio === b.prio;

/** One add/create as a step of the line's transaction. */
export function addStep(add: AddCommand): Step {
  return (ns) => runAdd(add, ns);
}

function runAdd(add: AddCommand, ns: Namespace): ReturnType<Step> {
  const { cmd, family } = add;
  const exists = (at: number) => ({ error: errorText("Could not process rule: File exists", cmd, at) });
  const wholeCommand = () => {
    const message = "Could not process rule: Operation not supported";
    return { error: cmd.declared ? errorText(message, cmd, add.chainAt) : wholeCommandError(message, cmd) };
  };
  const ipt = (family === "ip" || family === "ip6") && isTableName(add.table) ? (family === "ip" ? ns.netfilter.nft : ip6Ruleset(ns, "nft")).tables[add.table] : undefined;
  const tool = toolTable(ns, family, add.table);
  if (add.object === "table") {
    if (tool) return add.create ? exists(add.tableAt) : {};
    if (ipt) {
      if (ipt.exists) return add.create ? exists(add.tableAt) : {};
      touch(ipt);
      noteTableHandles(ns);
      return {};
    }
    if (findNative(ns, family, add.table)) return add.create ? exists(add.tableAt) : {};
    if (!Object.hasOwn(HOOKS, family)) return { error: NOT_EMULATED(`the ${family} family`).stderr };
    const handle = ++noteTableHandles(ns).next;
    nativeTables(ns).push({ family, name: add.table, handle, next: 0, chains: [] });
    return {};
  }
  const name = add.chain!;
  const spec = add.spec;
  if (ipt?.exists) return iptablesChain(ipt, add, wholeCommand, exists);
  if (tool) return toolChain(ns, tool, add, exists);
  const native = findNative(ns, family, add.table);
  if (!native) return { error: missingTable(ns, add) };
  const c = native.chains.find((x) => x.name === name);
  if (c) {
    if (add.create) return exists(add.chainAt);
    if (!spec) return {};
    if (!c.base) return respecRegularChain(add, exists) ?? wholeCommand();
    if (spec.type !== undefined && (spec.type !== c.base.type || spec.hook !== c.base.hook || spec.prio !== c.base.prio)) return wholeCommand();
    if (spec.policy) c.base.policy = spec.policy;
    return {};
  }
  if (spec && spec.type === undefined) return { error: NOT_EMULATED("a policy for a regular chain").stderr };
  if (spec && !(Object.hasOwn(TYPE_HOOKS, spec.type!) && TYPE_HOOKS[spec.type!]!.includes(spec.hook!))) return wholeCommand();
  const base = spec ? { type: spec.type!, hook: spec.hook!, prio: spec.prio!, policy: spec.policy ?? "accept" } : undefined;
  native.chains.push({ name, handle: ++native.next, ...(base ? { base } : {}), rules: [] });
  return {};
}

/**
 * A block for a regular chain that exists: the kernel refuses a policy first (not supported,
 * marked on it), then a hook (the chain exists, marked on its name).
 */
function respecRegularChain(add: AddCommand, exists: (at: number) => { error: string }): { error: string } | undefined {
  const { cmd } = add;
  if (cmd.declared) return undefined;
  const at = add.policyAt ?? -1;
  if (add.spec!.policy === undefined || at < 0) return exists(add.chainAt);
  const width = cmd.starts[at + 1]! + cmd.words[at + 1]!.length - cmd.starts[at]!;
  return { error: errorAt("Could not process rule: Operation not supported", cmd, cmd.starts[at]!, width) };
}

/** A chain in one of iptables-nft's tables: a user chain, or one of its built-in chains as iptables makes it. */
function iptablesChain(t: Table, add: AddCommand, wholeCommand: () => { error: string }, exists: (at: number) => { error: string }): ReturnType<Step> {
  const name = add.chain!;
  const spec = add.spec;
  const h = sync(t, handlesOf(t));
  const c = chainOf(t, name) ?? foreignChain(t, name);
  const builtin = (BUILTIN_CHAINS[t.name] as string[]).includes(name);
  if (c) {
    if (add.create) return exists(add.chainAt);
    if (!spec) return {};
    if (!c.builtin) return respecRegularChain(add, exists) ?? wholeCommand();
    if (spec.type !== undefined && !sameBase(spec, foreignSpec(c) ?? iptablesSpec(t.name, name))) return wholeCommand();
    if (spec.policy) c.policy = spec.policy === "drop" ? "DROP" : "ACCEPT";
    return {};
  }
  if (!spec) {
    if (builtin) return { error: NOT_EMULATED(`a regular chain named ${name} in iptables' table`).stderr };
    newChain(t, name);
  } else {
    if (!builtin && spec.type !== undefined && Object.hasOwn(TYPE_HOOKS, spec.type) && TYPE_HOOKS[spec.type]!.includes(spec.hook!)) {
      // (a base chain of nft's own in iptables' table: iptables skips it, packets meet it)
      addForeignBaseChain(t, name, { type: spec.type, hook: spec.hook!, prio: spec.prio!, policy: spec.policy ?? "accept" });
      return {};
    }
    if (!builtin || spec.type === undefined || !sameBase(spec, iptablesSpec(t.name, name))) {
      return { error: NOT_EMULATED("a base chain iptables-nft did not make this way (iptables would call it incompatible)").stderr };
    }
    const chain = t.chains[name]!;
    touch(t, chain);
    chain.policy = spec.policy === "drop" ? "DROP" : "ACCEPT";
  }
  numberChain(h, t.chains[name]!);
  return {};
}

/** ebtables' or arptables' table of that family and name, when it exists. */
function toolTable(ns: Namespace, family: string, name: string): { family: "bridge"; table: EbTableName } | { family: "arp" } | undefined {
  if (family === "bridge" && isEbTableName(name) && ns.ebtables !== undefined && ebStateOf(ns)[name].exists) return { family, table: name };
  if (family === "arp" && name === "filter" && arpNftTable(ns)) return { family };
  return undefined;
}

/** `add chain` to ebtables' or arptables' table: a regular chain joins it (as a user chain). */
function toolChain(ns: Namespace, tool: NonNullable<ReturnType<typeof toolTable>>, add: AddCommand, exists: (at: number) => { error: string }): ReturnType<Step> {
  const name = add.chain!;
  // (new objects, not changes in place: a failed transaction puts the old ones back)
  if (tool.family === "bridge") {
    const state = ebStateOf(ns);
    const t = state[tool.table];
    const found = t.chains.find((c) => c.name === name);
    if (found && (!found.builtin || found.live || found.rules.length > 0)) return add.create ? exists(add.chainAt) : {};
    if (add.spec || found) return { error: NOT_EMULATED("a base chain in ebtables' table").stderr };
    const copy = { ...t, chains: [...t.chains, { name, builtin: false, policy: "RETURN", rules: [] }] };
    noteChainMade(copy, copy.chains.at(-1)!);
    giveEbHandles(copy);
    ns.ebtables = { ...state, [tool.table]: copy };
    return {};
  }
  const t = arpNftTable(ns)!;
  const found = t.chains.find((c) => c.name === name);
  if (found && (!found.builtin || found.live)) return add.create ? exists(add.chainAt) : {};
  if (add.spec || found) return { error: NOT_EMULATED("a base chain in arptables' table").stderr };
  const copy = { ...t, chains: [...t.chains, { name, builtin: false, rules: [], pcnt: 0n, bcnt: 0n }] };
  noteArpChainsMade(copy);
  giveArpHandles(copy);
  ns.arptables = copy;
  return {};
}

/** `add chain` to a table that is not there: nft's evaluation finds it missing (with a hint from the same family). */
function missingTable(ns: Namespace, add: AddCommand): string {
  const found = tableLookupFuzzy(cacheOf(ns).filter((x) => x.family === add.family), add.table);
  return errorText(found ? tableOnlyHint(found) : ENOENT, add.cmd, add.tableAt);
}
