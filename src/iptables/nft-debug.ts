// iptables-nft -vv: libnftnl's debug print of what iptables reads from and sends to nf_tables.
// Before the command's own output come the rules it fetched into its cache (each chain it
// needed, "ip filter INPUT HANDLE [PREVIOUS-HANDLE]" and the rule's expressions); after it,
// every object of the batch it sent: a new table, new or updated chains, added, replaced,
// deleted or flushed rules.
//
// Handles: nf_tables numbers a table's chains and rules from one counter, as they are created
// (a replaced rule keeps its handle; a refused one still used one up). The emulator's data model
// has no room for them, so they live here in WeakMaps keyed by the Table, Chain and Rule objects.
// A structuredClone'd world loses them; objects nobody numbered are numbered when next seen
// (chains first, then rules, in listing order: what a restore creates).
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import type { Chain, Hook, Rule, Table } from "../netfilter/types.js";
import { OpError } from "./ops.js";
import { CMD } from "./options.js";
import type { ParsedCommand } from "./parse.js";
import { ruleExprs } from "./nft-expr.js";

interface Handles {
  next: number;
  ids: WeakMap<Chain | Rule, number>;
}

const tables = new WeakMap<Table, Handles>();

function handlesOf(t: Table): Handles {
  let h = tables.get(t);
  if (!h || !t.exists) {
    h = { next: 0, ids: new WeakMap() };
    tables.set(t, h);
  }
  return h;
}

function number(h: Handles, o: Chain | Rule): number {
  let id = h.ids.get(o);
  if (id === undefined) h.ids.set(o, (id = ++h.next));
  return id;
}

const inKernel = (t: Table, c: Chain) => t.exists && (!c.builtin || c.exists);

/** Base chains in hook order, then user chains as the table keeps them (creation order). */
function kernelChains(t: Table): Chain[] {
  const hooks = BUILTIN_CHAINS[t.name] as string[];
  const all = Object.values(t.chains).filter((c) => inKernel(t, c));
  const base = all.filter((c) => c.builtin).sort((a, b) => hooks.indexOf(a.name) - hooks.indexOf(b.name));
  return [...base, ...all.filter((c) => !c.builtin)];
}

/** Numbers whatever exists without a handle yet. */
function sync(t: Table): Handles {
  const h = handlesOf(t);
  const chains = kernelChains(t);
  for (const c of chains) number(h, c);
  for (const c of chains) for (const r of c.rules) number(h, r);
  return h;
}

const HOOK_PRIO: Record<string, Partial<Record<Hook, number>>> = {
  filter: {},
  nat: { PREROUTING: -100, INPUT: 100, OUTPUT: -100, POSTROUTING: 100 },
  mangle: { PREROUTING: -150, INPUT: -150, FORWARD: -150, OUTPUT: -150, POSTROUTING: -150 },
  raw: { PREROUTING: -300, OUTPUT: -300 },
  security: { INPUT: 50, FORWARD: 50, OUTPUT: 50 },
};

function baseChainLine(fam: string, t: Table, name: string, policy: string): string {
  const type = t.name === "nat" ? "nat" : t.name === "mangle" && name === "OUTPUT" ? "route" : "filter";
  const prio = HOOK_PRIO[t.name]?.[name as Hook] ?? 0;
  return `${fam} ${t.name} ${name} use 0 type ${type} hook ${name.toLowerCase()} prio ${prio} policy ${policy} packets 0 bytes 0\n`;
}

function ruleText(fam: string, t: Table, chain: string, rule: Rule, family: 4 | 6, ids: (number | undefined)[]): string {
  const head = [fam, t.name, chain, ...ids.filter((n) => n !== undefined)].join(" ");
  return `${head}\n${ruleExprs(rule, family)}\n`;
}

/** The rules of each chain the command's cache fetched, as the kernel dumped them. */
function fetched(p: ParsedCommand, t: Table, h: Handles, fam: string, family: 4 | 6): string {
  const cmd = p.command;
  const ruleCmds = [CMD.DELETE, CMD.DELETE_NUM, CMD.CHECK, CMD.REPLACE];
  const needsRules =
    cmd & (CMD.LIST | CMD.LIST_RULES | CMD.ZERO | CMD.ZERO_NUM) ||
    ruleCmds.includes(cmd) ||
    (cmd === CMD.INSERT && (p.rulenum ?? 1) > 1) ||
    (cmd === CMD.DELETE_CHAIN && p.chain === undefined);
  if (!needsRules || !t.exists) return "";
  let chains = kernelChains(t);
  if (p.chain !== undefined) {
    const wanted = new Set([p.chain]);
    if (p.jumpChain !== undefined && cmd !== CMD.DELETE_NUM) wanted.add(p.jumpChain);
    const base = chains.filter((c) => c.builtin && wanted.has(c.name));
    // (each named user chain is fetched on its own, in name order)
    const user = chains.filter((c) => !c.builtin && wanted.has(c.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    chains = [...base, ...user];
  }
  let out = "";
  for (const c of chains) {
    c.rules.forEach((r, i) => {
      out += ruleText(fam, t, c.name, r, family, [number(h, r), i > 0 ? number(h, c.rules[i - 1]!) : undefined]);
    });
  }
  return out;
}

interface Before {
  tableExisted: boolean;
  /** Base chains in the kernel. */
  bases: Set<string>;
  /** The named chain's rules (kept only where the batch refers to them). */
  rules: Rule[];
}

/** What the batch print needs of the state before the command; cheap for the common commands. */
function snapshot(p: ParsedCommand, t: Table, debug: boolean): Before {
  const bases = new Set(BUILTIN_CHAINS[t.name].filter((n) => t.chains[n] && inKernel(t, t.chains[n]!)));
  const chain = p.chain !== undefined ? t.chains[p.chain] : undefined;
  let rules: Rule[] = [];
  if (chain && (p.command === CMD.INSERT || p.command === CMD.REPLACE)) rules = chain.rules.slice(0, p.rulenum ?? 1);
  else if (chain && debug && (p.command === CMD.DELETE || p.command === CMD.DELETE_NUM)) rules = [...chain.rules];
  return { tableExisted: t.exists, bases, rules };
}

/** Table and base chains the command brought into the kernel, in the order iptables sends them. */
function created(t: Table, before: Before, h: Handles, fam: string): string {
  let out = "";
  if (t.exists && !before.tableExisted) out += `table ${t.name} ${fam} flags 0 use 0 handle 0\n`;
  for (const name of BUILTIN_CHAINS[t.name]) {
    const c = t.chains[name];
    if (!c || !inKernel(t, c) || before.bases.has(name)) continue;
    number(h, c);
    out += baseChainLine(fam, t, name, "accept");
  }
  return out;
}

/** Chain names a -v message lists ("Flushing chain `X'"), in its order. */
const named = (out: string, verb: string) => [...out.matchAll(new RegExp(`^${verb} chain \`(.*)'$`, "gm"))].map((m) => m[1]!);

function removedRules(chain: string, before: Before, t: Table, h: Handles, fam: string, family: 4 | 6): string {
  const was = before.rules;
  const now = new Set(t.chains[chain]?.rules ?? []);
  let out = "";
  was.forEach((r, i) => {
    if (now.has(r)) return;
    out += ruleText(fam, t, chain, r, family, [h.ids.get(r), i > 0 ? h.ids.get(was[i - 1]!) : undefined]);
  });
  return out;
}

/** The batch objects after the command's own output. */
function sent(p: ParsedCommand, t: Table, before: Before, h: Handles, out: string, fam: string, family: 4 | 6, refused: boolean): string {
  let text = created(t, before, h, fam);
  const chain = p.chain!;
  switch (p.command) {
    case CMD.APPEND:
    case CMD.INSERT: {
      const at = p.command === CMD.INSERT && (p.rulenum ?? 1) > 1 ? before.rules[p.rulenum! - 1] : undefined;
      for (const r of p.rules) {
        if (refused) h.next++;
        else number(h, r);
        text += ruleText(fam, t, chain, r, family, [at && h.ids.get(at)]);
      }
      break;
    }
    case CMD.REPLACE: {
      const old = before.rules[p.rulenum! - 1];
      const r = p.rules[0]!;
      const id = old && h.ids.get(old);
      if (id !== undefined && !refused) h.ids.set(r, id);
      text += ruleText(fam, t, chain, r, family, [id]);
      break;
    }
    case CMD.DELETE:
    case CMD.DELETE_NUM:
      text += removedRules(chain, before, t, h, fam, family);
      break;
    case CMD.FLUSH:
      for (const name of p.chain !== undefined ? [p.chain] : named(out, "Flushing")) text += `${t.name} ${name}\n\n`;
      break;
    case CMD.NEW_CHAIN: {
      const c = t.chains[chain];
      if (c) number(h, c);
      text += `${fam} ${t.name} ${chain} use 0\n`;
      break;
    }
    case CMD.DELETE_CHAIN:
      for (const name of named(out, "Deleting")) text += `${fam} ${t.name} ${name} use 0\n`;
      break;
    case CMD.RENAME_CHAIN:
      text += `${fam} ${t.name} ${p.newname} use 0\n`;
      break;
    case CMD.SET_POLICY:
      text += baseChainLine(fam, t, chain, p.policy!.toLowerCase());
      break;
  }
  return text;
}

/**
 * Runs an iptables-nft command with its -vv debug output around what `run` prints; keeps the
 * handles of what it creates in any case. `family` picks "ip" or "ip6".
 */
export function withNftDebug(p: ParsedCommand, t: Table, run: () => string): string {
  const debug = p.verbose > 1;
  // (numbering every object on each command would cost the big rule sets; -vv catches up)
  const h = debug ? sync(t) : handlesOf(t);
  const family = ip6Running ? 6 : 4;
  const fam = family === 6 ? "ip6" : "ip";
  const before = snapshot(p, t, debug);
  const pre = debug ? fetched(p, t, h, fam, family) : "";
  let out: string;
  try {
    out = run();
  } catch (err) {
    const kernel = err instanceof OpError && !!err.nft;
    const partial = (err as { stdout?: string }).stdout ?? "";
    if (kernel && [CMD.APPEND, CMD.INSERT].includes(p.command)) for (let i = 0; i < p.rules.length; i++) if (!debug) h.next++;
    if (!debug) throw err;
    const post = kernel ? sent(p, t, before, h, partial, fam, family, true) : "";
    throw Object.assign(err as Error, { stdout: pre + partial + post });
  }
  const post = sent(p, t, before, h, out, fam, family, false);
  if (debug) sync(t);
  return debug ? pre + out + post : out;
}

let ip6Running = false;

/** Runs ip6tables: its -vv prints "ip6 filter ..." (the rule set itself has no family mark). */
export function asIp6tables<T>(run: () => T): T {
  const was = ip6Running;
  ip6Running = true;
  try {
    return run();
  } finally {
    ip6Running = was;
  }
}
