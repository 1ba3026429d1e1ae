// The commands that make and change named sets in nft's own tables: add|create set (with
// `{ type T; [flags interval;] [elements = { … };] }`), add|create|delete element, flush set
// and delete set. Each is a step of the line's transaction (nft-edit.ts).
import type { CommandResult } from "../shell/types.js";
import type { Namespace } from "../net/types.js";
import { cacheOf, type Step } from "./nft-edit.js";
import { ENOENT, tableLookupFuzzy, tableOnlyHint } from "./nft-misspell.js";
import { findNative } from "./nft-native.js";
import type { Rule } from "../netfilter/types.js";
import { isTableName } from "../netfilter/ruleset.js";
import { ip6RulesetIfMade } from "./ip6tables.js";
import { handlesOf, sync } from "./nft-handles.js";
import { iptablesTableSets, setIptablesTableSets } from "./nft-foreign.js";
import { SET_FLAGS, SET_KEYS, findSet, isMapVerdict, mapItems, readElement, withRanges, type NativeSet, type Range, type SetKey, type SetShown } from "./nft-sets.js";
import type { MapVerdict } from "../netfilter/extensions/nft-lookup.js";
import { isResult, setItems, withContext } from "./nft-statements.js";
import { FAMILIES, errorAt, errorText, fail, isScannedNumber, nameWord, parseError, trailing, unexpected, type NftCommand } from "./nft-syntax.js";

const NOT_EMULATED = (what: string) => fail(`nft: ${what} is not emulated (sets of ipv4_addr or inet_service, with or without flags interval, are)\n`);

/** What may follow an element (a timeout of its own, a comment…): not emulated. */
const ELEMENT_OPTIONS = new Set(["timeout", "expires", "comment", "counter"]);

export interface SetCommand {
  cmd: NftCommand;
  verb: "add" | "create" | "delete" | "flush";
  object: "set" | "map" | "element";
  family: string;
  table: string;
  tableAt: number;
  name: string;
  nameAt: number;
  /** add|create set: the declaration. */
  decl?: { key: SetKey; interval: boolean; vmap: boolean; shown: SetShown };
  /** Elements (given, or in the declaration), with where each starts (and a map element's verdict). */
  elements?: { text: string; offset: number; verdict?: MapVerdict }[];
}

/** Whether the command is one of these (`add set …`, `delete element …`). */
export function isSetCommand(cmd: NftCommand): boolean {
  const [verb, object] = cmd.words;
  if (object === "set" || object === "map") return verb === "add" || verb === "create" || verb === "delete" || verb === "flush";
  return object === "element" && (verb === "add" || verb === "create" || verb === "delete");
}

export function parseSetCommand(cmd: NftCommand): SetCommand | CommandResult {
  const w = cmd.words;
  let i = 2;
  const family = w[i] !== undefined && FAMILIES.has(w[i]!) ? w[i++]! : "ip";
  // (delete set|map may name the set by its handle instead)
  const byHandle = w[0] === "delete" && w[1] !== "element" && w[i + 1] === "handle";
  const bad = nameWord(cmd, i) ?? (byHandle ? undefined : nameWord(cmd, i + 1, w[0] === "delete" && w[1] !== "element" ? "handle or string" : "string"));
  if (bad) return bad;
  const c: SetCommand = { cmd, verb: w[0] as SetCommand["verb"], object: w[1] as SetCommand["object"], family, table: w[i]!, tableAt: i, name: w[i + 1]!, nameAt: i + 1 };
  i += 2;
  if (c.object !== "element" && (c.verb === "delete" || c.verb === "flush")) return trailing(cmd, i) ?? c;
  if (w[i] !== "{") return c.object !== "element" ? (trailing(cmd, i) ?? NOT_EMULATED("a set without a declaration")) : parseError(`syntax error, unexpected ${w[i] === undefined ? "newline" : unexpected(w[i]!)}, expecting '{'`, cmd, i);
  if (c.object === "element" && w.slice(i).includes(":")) {
    const items = readMapItems(cmd, i);
    if (isResult(items)) return items;
    c.elements = items.items;
    return trailing(cmd, items.next) ?? c;
  }
  if (c.object === "element") {
    const items = setItems(cmd, i);
    if (isResult(items)) return items;
    const option = items.items.find((e) => ELEMENT_OPTIONS.has(e.text));
    if (option) return NOT_EMULATED(`an element's ${option.text}`);
    c.elements = items.items;
    return trailing(cmd, items.next) ?? c;
  }
  return parseDeclaration(c, i + 1);
}

/** `type T ; flags interval ; elements = { … } ; }` from word `from`. */
function parseDeclaration(c: SetCommand, from: number): SetCommand | CommandResult {
  const { cmd } = c;
  const w = cmd.words;
  let i = from;
  let key: string | undefined;
  let interval = false;
  let vmap = false;
  const shown: SetShown = { flags: [] };
  while (i < w.length && w[i] !== "}") {
    const word = w[i]!;
    if (word === ";") i++;
    else if (word === "typeof") {
      // (typeof ip saddr|daddr, tcp|udp sport|dport: the key type of that field, listed as written)
      const field = `${w[i + 1] ?? ""} ${w[i + 2] ?? ""}`;
      key = /^ip [sd]addr$/.test(field) ? "ipv4_addr" : /^(tcp|udp) [sd]port$/.test(field) ? "inet_service" : undefined;
      if (key === undefined || c.object === "map") return NOT_EMULATED(`typeof ${field}`);
      shown.typeof = field;
      i += 3;
    } else if (word === "timeout" && /^\d+[smhd]$/.test(w[i + 1] ?? "")) {
      shown.timeout = w[i + 1]!;
      i += 2;
    } else if (word === "size" && isScannedNumber(w[i + 1])) {
      shown.size = Number(w[i + 1]);
      i += 2;
    } else if (word === "auto-merge") {
      shown.autoMerge = true;
      i++;
    } else if (word === "comment" && /^".*"$/.test(w[i + 1] ?? "")) {
      shown.comment = w[i + 1]!;
      i += 2;
    } else if (word === "type") {
      key = w[i + 1];
      if (key === undefined || key === ";") return parseError(`syntax error, unexpected ${key === undefined ? "newline" : "semicolon"}`, cmd, i + 1);
      if (!SET_KEYS.has(key)) return NOT_EMULATED(`a set of ${key}`);
      i += 2;
      if (c.object === "map") {
        if (w[i] !== ":" || w[i + 1] !== "verdict") return NOT_EMULATED("a map to anything but verdicts");
        vmap = true;
        i += 2;
      }
    } else if (word === "flags") {
      const flags = (w[i + 1] ?? "").split(",");
      const bad = flags.find((f) => !SET_FLAGS.includes(f));
      if (bad !== undefined) return NOT_EMULATED(`flags ${bad}`);
      shown.flags = [...new Set([...shown.flags, ...flags])];
      interval ||= flags.includes("interval");
      i += 2;
    } else if (word === "elements" && w[i + 1] === "=" && w[i + 2] === "{") {
      const items = c.object === "map" ? readMapItems(cmd, i + 2) : setItems(cmd, i + 2);
      if (isResult(items)) return items;
      c.elements = items.items;
      i = items.next;
    } else return NOT_EMULATED(`'${word}' in a set's declaration`);
  }
  if (w[i] !== "}") return parseError("syntax error, unexpected newline, expecting '}'", cmd, w.length);
  if (key === undefined) {
    // (marked from the block's "{" to its last statement)
    const start = cmd.starts[from - 1]!;
    return fail(errorAt("set definition does not specify key", cmd, start, cmd.starts[i - 1]! + w[i - 1]!.length - start));
  }
  c.decl = { key: key as SetKey, interval, vmap, shown };
  return trailing(cmd, i + 1) ?? c;
}

export function setStep(c: SetCommand): Step {
  return (ns) => runSetCommand(c, ns);
}

function runSetCommand(c: SetCommand, ns: Namespace): ReturnType<Step> {
  const { cmd } = c;
  const t = setHolder(ns, c.family, c.table);
  if (!t) {
    const found = tableLookupFuzzy(cacheOf(ns).filter((x) => x.family === c.family), c.table);
    return { error: errorText(found ? tableOnlyHint(found) : ENOENT, cmd, c.tableAt) };
  }
  const set = findSet(t.sets(), c.name);
  if (c.object !== "element" && (c.verb === "add" || c.verb === "create")) {
    if (set) return c.verb === "create" ? { error: errorText("Could not process rule: File exists", cmd, c.nameAt) } : addElements(c, set, false);
    const made: NativeSet = { name: c.name, handle: t.nextHandle(), key: c.decl!.key, interval: c.decl!.interval, box: { ranges: [] }, ...(c.decl!.vmap ? { vmap: true } : {}), shown: c.decl!.shown };
    t.put([...(t.sets() ?? []), made]);
    return addElements(c, made, false);
  }
  if (!set) return { error: errorText(ENOENT, cmd, c.nameAt) };
  if (c.verb === "flush") {
    set.box.ranges = [];
    return {};
  }
  if (c.object !== "element") {
    if (referenced(t.rules(), set)) return { error: errorText("Could not process rule: Device or resource busy", cmd, c.nameAt) };
    t.put(t.sets()!.filter((x) => x !== set));
    return {};
  }
  if (c.verb === "delete") return deleteElements(c, set);
  return addElements(c, set, c.verb === "create");
}

/** Reads the command's elements for the set; nft's error marked under the first bad one. */
function readAll(c: SetCommand, set: NativeSet): Range[] | { error: string } {
  const ranges: Range[] = [];
  for (const e of c.elements ?? []) {
    const r = readElement(e.text, set);
    if ("error" in r) return { error: "notEmulated" in r ? r.error : errorAt(r.error, c.cmd, e.offset, e.text.length) };
    ranges.push(e.verdict !== undefined ? [r.range[0], r.range[1], e.verdict] : r.range);
  }
  return ranges;
}

/** A verdict map's `{ KEY : VERDICT, … }` at word `open` (accept and drop only). */
function readMapItems(cmd: NftCommand, open: number): { items: NonNullable<SetCommand["elements"]>; next: number } | CommandResult {
  const m = mapItems(cmd.words, cmd.starts, open);
  if ("badAt" in m) return parseError(`syntax error, unexpected ${cmd.words[m.badAt] === undefined ? "newline" : unexpected(cmd.words[m.badAt]!)}`, cmd, m.badAt);
  const items: NonNullable<SetCommand["elements"]> = [];
  for (const it of m.items) {
    if (!isMapVerdict(it.verdict)) return NOT_EMULATED(`a map element's verdict '${it.verdict}'`);
    items.push({ text: it.text, offset: it.offset, verdict: it.verdict });
  }
  return { items, next: m.next };
}

function addElements(c: SetCommand, set: NativeSet, create: boolean): ReturnType<Step> {
  const ranges = readAll(c, set);
  if ("error" in ranges) return ranges;
  const elements = c.elements ?? [];
  if (create) {
    const taken = ranges.findIndex(([lo, hi]) => set.box.ranges.some(([a, b]) => a === lo && b === hi));
    if (taken >= 0) return { error: errorAt("Could not process rule: File exists", c.cmd, elements[taken]!.offset, elements[taken]!.text.length) };
  }
  const conflict = set.shown?.autoMerge ? undefined : conflictingElements(c, set.box.ranges, ranges);
  if (conflict) return conflict;
  const merged = withRanges(set.box.ranges, ranges, set.shown?.autoMerge);
  if (merged.overlap !== undefined) {
    // (given more than once, the last of them is marked)
    const [lo, hi] = ranges[merged.overlap]!;
    const e = elements[ranges.findLastIndex((r) => r[0] === lo && r[1] === hi)]!;
    return { error: errorAt("interval overlaps with an existing one", c.cmd, e.offset, e.text.length) };
  }
  set.box.ranges = merged.ranges;
  return {};
}

/**
 * Two of the command's own elements overlapping: nft's check over the elements sorted by
 * their start, '~' under the earlier one, '^' under the later (an overlap with an element
 * the set holds is the kernel's, found later). The same element twice is one element.
 */
function conflictingElements(c: SetCommand, held: Range[], ranges: Range[]): { error: string } | undefined {
  // (the set's own elements sort in among them as index -1, an overlap met there first is the
  // kernel's; one given again is the command's)
  const again = (r: Range) => ranges.some(([lo, hi]) => lo === r[0] && hi === r[1]);
  const all = [...held.filter((r) => !again(r)).map((r): [Range, number] => [r, -1]), ...ranges.map((r, i): [Range, number] => [r, i])];
  all.sort((a, b) => a[0][0] - b[0][0] || a[1] - b[1]);
  for (let k = 1; k < all.length; k++) {
    const [prev, prevAt] = all[k - 1]!;
    const [cur, curAt] = all[k]!;
    if (cur[0] > prev[1] || (cur[0] === prev[0] && cur[1] === prev[1])) continue;
    if (prevAt < 0 || curAt < 0) return undefined;
    const [earlier, later] = [c.elements![prevAt]!, c.elements![curAt]!];
    const error = errorAt("conflicting intervals specified", c.cmd, later.offset, later.text.length);
    return { error: withContext(error, c.cmd, earlier.offset, earlier.text.length) };
  }
  return undefined;
}

function deleteElements(c: SetCommand, set: NativeSet): ReturnType<Step> {
  const ranges = readAll(c, set);
  if ("error" in ranges) return ranges;
  let kept = set.box.ranges;
  for (let i = 0; i < ranges.length; i++) {
    const [lo, hi] = ranges[i]!;
    const at = kept.findIndex(([a, b]) => a === lo && b === hi);
    if (at < 0) {
      const e = c.elements![i]!;
      // (an interval set's elements are checked by nft itself, from its cache)
      const message = set.interval ? "element does not exist" : "Could not process rule: No such file or directory";
      return { error: errorAt(message, c.cmd, e.offset, e.text.length) };
    }
    kept = kept.filter((_, j) => j !== at);
  }
  set.box.ranges = kept;
  return {};
}

/** Where a table keeps its sets: one of nft's own tables, or iptables-nft's (nft-foreign.ts). */
interface SetHolder {
  sets(): NativeSet[] | undefined;
  put(sets: NativeSet[]): void;
  /** A handle from the table's counter. */
  nextHandle(): number;
  rules(): Rule[];
}

function setHolder(ns: Namespace, family: string, name: string): SetHolder | undefined {
  const native = findNative(ns, family, name);
  if (native) {
    return {
      sets: () => native.sets,
      put: (sets) => (native.sets = sets),
      nextHandle: () => ++native.next,
      rules: () => native.chains.flatMap((ch) => ch.rules.map((r) => r.rule)),
    };
  }
  const ruleset = family === "ip" ? ns.netfilter.nft : family === "ip6" ? ip6RulesetIfMade(ns, "nft") : undefined;
  const t = ruleset && isTableName(name) && ruleset.tables[name]?.exists ? ruleset.tables[name] : undefined;
  if (!t) return undefined;
  return {
    sets: () => iptablesTableSets(t),
    put: (sets) => setIptablesTableSets(t, sets),
    nextHandle: () => ++sync(t, handlesOf(t)).next,
    rules: () => [...Object.values(t.chains), ...(t.foreignBaseChains ?? [])].flatMap((ch) => ch.rules),
  };
}

/** Whether a rule of the table looks the set up (the kernel then refuses to delete it). */
function referenced(rules: Rule[], set: NativeSet): boolean {
  const looks = (data: unknown) => (data as { box?: unknown }).box === set.box;
  return rules.some((rule) => rule.matches.some((m) => m.name === "nft-lookup" && looks(m.data)) || (rule.action.kind === "target" && rule.action.target.name === "nft-vmap" && looks(rule.action.target.data)));
}
