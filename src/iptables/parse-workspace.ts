// What the iptables parser works with while it reads one command line, besides the result:
// the loaded extensions, the merged long-option table, getopt's state and the call objects
// handed to extensions. iptables-restore parses ~100k lines of a large dump, so one workspace
// is reused from line to line instead of being made anew for each.
import type { ExtOption, FinalCheckCall, MatchExtension, ParseCall, TargetExtension } from "../netfilter/extension.js";
import type { Rule } from "../netfilter/types.js";
import { Getopt, lookupLong, type LongOption, type LongTable } from "./getopt.js";
import { CORE_LONG_OPTIONS, SHORT_OPTIONS } from "./options.js";

export interface LoadedExtension {
  kind: "match" | "target";
  ext: MatchExtension | TargetExtension;
  data: unknown;
  /** Long options this instance contributes (made on first use: getopt compares identity). */
  entries?: LongOption<ExtRef>[];
}

interface ExtRef {
  inst: LoadedExtension;
  opt: ExtOption;
}

/** The extensions one command line loaded, in load order (slots are reused by the next line). */
export class LoadedList {
  private readonly slots: LoadedExtension[] = [];
  /** How many slots this line uses. */
  count = 0;

  add(kind: "match" | "target", ext: MatchExtension | TargetExtension, data: unknown): LoadedExtension {
    let inst = this.slots[this.count];
    if (inst) {
      inst.kind = kind;
      inst.ext = ext;
      inst.data = data;
      inst.entries = undefined;
    } else {
      inst = { kind, ext, data, entries: undefined };
      this.slots.push(inst);
    }
    this.count++;
    return inst;
  }

  at(i: number): LoadedExtension {
    return this.slots[i]!;
  }

  /** A plain copy (for the rare paths that filter it). */
  list(): LoadedExtension[] {
    return this.slots.slice(0, this.count);
  }

  /** Lets go of the line's option data. */
  clear(): void {
    for (let i = 0; i < this.count; i++) {
      const inst = this.slots[i]!;
      inst.data = undefined;
      inst.entries = undefined;
    }
    this.count = 0;
  }
}

function extensionEntries(inst: LoadedExtension): LongOption<ExtRef>[] {
  inst.entries ??= inst.ext.options.map((opt) => ({ name: opt.name, hasArg: opt.args === 0 ? 0 : 1, val: { inst, opt } }));
  return inst.entries;
}

const CORE_BY_NAME = new Map(CORE_LONG_OPTIONS.map((o) => [o.name, o]));
/** The same keyed by the whole word ("--append"): a restore's words come from a fixed vocabulary. */
const CORE_BY_ARG = new Map(CORE_LONG_OPTIONS.map((o) => [`--${o.name}`, o]));

/**
 * Each extension's options by name and by "--name", made once per extension (the first of a
 * name wins).
 */
const optionsByExtension = new WeakMap<MatchExtension | TargetExtension, Map<string, ExtOption>>();
const optionsByArg = new WeakMap<MatchExtension | TargetExtension, Map<string, ExtOption>>();

function indexOptions(ext: MatchExtension | TargetExtension): void {
  const byName = new Map<string, ExtOption>();
  const byArg = new Map<string, ExtOption>();
  for (const opt of ext.options) {
    if (byName.has(opt.name)) continue;
    byName.set(opt.name, opt);
    byArg.set(`--${opt.name}`, opt);
  }
  optionsByExtension.set(ext, byName);
  optionsByArg.set(ext, byArg);
}

function optionNamed(ext: MatchExtension | TargetExtension, name: string): ExtOption | undefined {
  if (!optionsByExtension.has(ext)) indexOptions(ext);
  return optionsByExtension.get(ext)!.get(name);
}

function optionOfArg(ext: MatchExtension | TargetExtension, arg: string): ExtOption | undefined {
  if (!optionsByArg.has(ext)) indexOptions(ext);
  return optionsByArg.get(ext)!.get(arg);
}

/**
 * The merged option table of xtables_merge_options: core options, then the extensions'
 * options newest first. Exact names are looked up without building the merged list.
 * An extension's option comes back as its ExtOption, with the instance it belongs to in `inst`.
 */
export class MergedOptions implements LongTable<ExtOption | string> {
  /** The loaded extension whose option the last lookup found. */
  inst: LoadedExtension | undefined = undefined;
  /** ip6tables-legacy's table has no --fragments (its -f only says it is not supported). */
  withoutFragments = false;
  /** Handed to getopt, which reads it at once: no new object per option word. */
  private readonly found: LongOption<ExtOption | string> = { name: "", hasArg: 0, val: "" };

  constructor(private readonly loaded: LoadedList) {}

  /** An exact "--name" word (what lookup would find first for it), or undefined. */
  lookupArg(arg: string): LongOption<ExtOption | string> | undefined {
    const core = CORE_BY_ARG.get(arg);
    if (core && !(this.withoutFragments && core.name === "fragments")) return core;
    for (let i = this.loaded.count - 1; i >= 0; i--) {
      const inst = this.loaded.at(i);
      const opt = optionOfArg(inst.ext, arg);
      if (opt) return this.extensionOption(inst, opt);
    }
    return undefined;
  }

  lookup(name: string): LongOption<ExtOption | string> | undefined {
    const core = CORE_BY_NAME.get(name);
    if (core && !(this.withoutFragments && core.name === "fragments")) return core;
    for (let i = this.loaded.count - 1; i >= 0; i--) {
      const inst = this.loaded.at(i);
      const opt = optionNamed(inst.ext, name);
      if (opt) return this.extensionOption(inst, opt);
    }
    // a prefix: getopt_long compares the merged entries, one set per loaded instance
    const entry = lookupLong(this.all(), name);
    if (!entry || typeof entry.val === "string") return entry as LongOption<string> | undefined;
    return this.extensionOption(entry.val.inst, entry.val.opt);
  }

  private extensionOption(inst: LoadedExtension, opt: ExtOption): LongOption<ExtOption> {
    this.inst = inst;
    const found = this.found;
    found.name = opt.name;
    found.hasArg = opt.args === 0 ? 0 : 1;
    found.val = opt;
    return found as LongOption<ExtOption>;
  }

  private *all(): Iterable<LongOption<ExtRef | string>> {
    for (const core of CORE_LONG_OPTIONS) if (!(this.withoutFragments && core.name === "fragments")) yield core;
    for (let i = this.loaded.count - 1; i >= 0; i--) yield* extensionEntries(this.loaded.at(i));
  }
}

/** One warn() per warnings list (a restore shares its list across all lines). */
const warners = new WeakMap<string[], (text: string) => void>();

let lastList: string[] | undefined;
let lastWarn: ((text: string) => void) | undefined;

export function warnerFor(list: string[]): (text: string) => void {
  // (a restore asks for the same list on every line)
  if (list === lastList) return lastWarn!;
  let warn = warners.get(list);
  if (!warn) warners.set(list, (warn = (text: string) => list.push(text.replace(/\n$/, ""))));
  lastList = list;
  lastWarn = warn;
  return warn;
}

const NO_RULE = {} as Rule;
const NO_WORDS: string[] = [];

export class Workspace {
  readonly getopt = new Getopt<ExtOption | string>(NO_WORDS, SHORT_OPTIONS);
  readonly loaded = new LoadedList();
  readonly longs = new MergedOptions(this.loaded);
  /** Handed to every extension parse() of the line (extensions read it during the call only). */
  readonly call: ParseCall = { option: "", args: NO_WORDS, invert: false, rule: NO_RULE, table: "filter", backend: undefined, family: undefined, warn: undefined };
  /** Handed to every finalCheck() of the line. */
  readonly finalCall: FinalCheckCall = { rule: NO_RULE, table: "filter", chain: "", backend: undefined, family: undefined, warn: undefined };
  busy = false;

  /** Forgets the last line (its rule and option data are the caller's now). */
  release(): void {
    this.loaded.clear();
    this.longs.inst = undefined;
    this.getopt.restart(NO_WORDS);
    this.call.rule = NO_RULE;
    this.call.args = NO_WORDS;
    this.finalCall.rule = NO_RULE;
    this.busy = false;
  }
}

const shared = new Workspace();

/** The reusable workspace, or a fresh one if a parse is already under way (re-entry). */
export function takeWorkspace(): Workspace {
  const ws = shared.busy ? new Workspace() : shared;
  ws.busy = true;
  return ws;
}

/**
 * An extension's `seen` list (option names it was given) is never changed after parsing, and a
 * rule set repeats the same few lists for every rule: each distinct list is kept once (frozen)
 * and shared (a 10k-Service restore would otherwise hold ~200k small arrays).
 */
interface SeenNode {
  list?: readonly string[];
  next?: Map<string, SeenNode>;
}
const seenLists: SeenNode = {};

function sharedSeen(seen: unknown[]): readonly string[] | undefined {
  let node = seenLists;
  for (const id of seen) {
    if (typeof id !== "string") return undefined;
    node.next ??= new Map();
    let child = node.next.get(id);
    if (!child) node.next.set(id, (child = {}));
    node = child;
  }
  node.list ??= Object.freeze(seen.slice() as string[]);
  return node.list;
}

export function compactSeen(data: unknown): void {
  const seen = (data as { seen?: unknown } | undefined)?.seen;
  if (!Array.isArray(seen)) return;
  const list = sharedSeen(seen);
  if (list) (data as { seen: readonly string[] }).seen = list;
}
