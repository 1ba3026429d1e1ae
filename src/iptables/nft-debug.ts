// iptables-nft -vv: libnftnl's debug print of what iptables reads from and sends to nf_tables.
// Before the command's own output come the rules it fetched into its cache (each chain it
// needed, "ip filter INPUT HANDLE [PREVIOUS-HANDLE]" and the rule's expressions); after it,
// every object of the batch it sent: a new table, new or updated chains, added, replaced,
// deleted or flushed rules.
//
// The handles it prints are kept in nft-handles.ts, the forms rules were sent in in
// nft-sent-form.ts.
import { BUILTIN_CHAINS } from "../netfilter/ruleset.js";
import { carryHandle, handlesOf, inKernel, kernelChains, number, numberChain, pinPendingChains, reserve, sync, type Handles } from "./nft-handles.js";
import { carrySentForm, rememberSent, sentOrStored } from "./nft-sent-form.js";
import type { Chain, Hook, Rule, Table } from "../netfilter/types.js";
import { OpError } from "./ops.js";
import { collectRenameRewrites } from "./chain-ops.js";
import { CMD } from "./options.js";
import type { ParsedCommand } from "./parse.js";
import { ruleExprs } from "./nft-expr.js";
import { ruleIdentity } from "./rule-text.js";

const HOOK_PRIO: Record<string, Partial<Record<Hook, number>>> = {
  filter: {},
  nat: { PREROUTING: -100, INPUT: 100, OUTPUT: -100, POSTROUTING: 100 },
  mangle: { PREROUTING: -150, INPUT: -150, FORWARD: -150, OUTPUT: -150, POSTROUTING: -150 },
  raw: { PREROUTING: -300, OUTPUT: -300 },
  // (NF_IP_PRI_SECURITY is 50, yet the kernel reports these chains at 150)
  security: { INPUT: 150, FORWARD: 150, OUTPUT: 150 },
};

function baseChainLine(fam: string, t: Table, name: string, policy: string, flags = "", use = 0, counters = { pkts: 0n, bytes: 0n }): string {
  const type = t.name === "nat" ? "nat" : t.name === "mangle" && name === "OUTPUT" ? "route" : "filter";
  const prio = HOOK_PRIO[t.name]?.[name as Hook] ?? 0;
  return `${fam} ${t.name} ${name} use ${use} type ${type} hook ${name.toLowerCase()} prio ${prio} policy ${policy} packets ${counters.pkts} bytes ${counters.bytes}${flags}\n`;
}

/**
 * Whether the running command prints its dump (-vv). Without it the batch is still walked for
 * the handles it uses up, but no rule is turned into expression text (every -A would pay for it).
 */
let printing = false;

function ruleText(fam: string, t: Table, chain: string, rule: Rule, family: 4 | 6, ids: (number | undefined)[], zeroed = false): string {
  if (!printing) return "";
  const head = [fam, t.name, chain, ...ids.filter((n) => n !== undefined)].join(" ");
  return `${head}\n${ruleExprs(rule, family, sentOrStored(rule), zeroed)}\n`;
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
    // (the cache always takes the base chains too; each named user chain is fetched on its
    // own, in name order)
    const base = chains.filter((c) => c.builtin);
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
  /** -Z: each zeroed chain's rules whose counters were not zero yet. */
  counted: Map<string, Rule[]>;
  /** -X: the kernel's use count of each user chain (its rules and the jumps to it). */
  uses: Map<string, number>;
  /** -X: the base chains in the kernel, as cached (policy and its counters). */
  baseChains: { name: string; policy: string; rules: number; pkts: bigint; bytes: bigint }[];
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
  const counted = new Map<string, Rule[]>();
  if (debug && p.command & CMD.ZERO) {
    for (const c of p.chain !== undefined ? [t.chains[p.chain]].filter((c) => !!c) : Object.values(t.chains)) {
      counted.set(c!.name, c!.rules.filter((r) => r.counters.pkts || r.counters.bytes));
    }
  }
  const uses = new Map<string, number>();
  if (debug && p.command === CMD.DELETE_CHAIN) {
    for (const c of Object.values(t.chains)) {
      if (!c.builtin) uses.set(c.name, (uses.get(c.name) ?? 0) + c.rules.length);
      for (const r of c.rules) {
        const a = r.action;
        if (a.kind === "jump" || a.kind === "goto") uses.set(a.chain, (uses.get(a.chain) ?? 0) + 1);
      }
    }
  }
  const baseChains = debug && p.command === CMD.DELETE_CHAIN ? kernelChains(t).filter((c) => c.builtin).map((c) => ({ name: c.name, policy: c.policy ?? "ACCEPT", rules: c.rules.length, ...c.policyCounters })) : [];
  return { tableExisted: t.exists, bases, rules, counted, uses, baseChains };
}

/**
 * Table and base chains the command brought into the kernel, in the order iptables sends them.
 * A refused batch brought nothing, yet it sent the table and the rule's base chain (whose
 * handle is used up all the same).
 */
function created(p: ParsedCommand, t: Table, before: Before, h: Handles, fam: string, refused: boolean): string {
  let out = "";
  if (refused) {
    const base = p.chain !== undefined && (BUILTIN_CHAINS[t.name] as string[]).includes(p.chain) && !before.bases.has(p.chain);
    if (!before.tableExisted) out += `table ${t.name} ${fam} flags 0 use 0 handle 0\n`;
    if (base && p.command & (CMD.APPEND | CMD.INSERT)) {
      h.next++;
      out += baseChainLine(fam, t, p.chain!, "accept");
    }
    return out;
  }
  if (t.exists && !before.tableExisted) out += `table ${t.name} ${fam} flags 0 use 0 handle 0\n`;
  // (iptables' own table definitions list nat's POSTROUTING before OUTPUT)
  const order = t.name === "nat" ? ["PREROUTING", "INPUT", "POSTROUTING", "OUTPUT"] : BUILTIN_CHAINS[t.name];
  for (const name of order) {
    const c = t.chains[name];
    if (!c || !inKernel(t, c) || before.bases.has(name)) continue;
    numberChain(h, c);
    // (-L -Z: the zeroing sends the chains it made, in its own order)
    if (!(p.command & CMD.ZERO)) out += baseChainLine(fam, t, name, "accept");
  }
  return out;
}

/** Chain names a -v message lists ("Flushing chain `X'"), in its order. */
const named = (out: string, verb: string) => [...out.matchAll(new RegExp(`^${verb} chain \`(.*)'$`, "gm"))].map((m) => m[1]!);

/** Deleted rules as cached (handle and the handle before it), in the order the command named them. */
function removedRules(p: ParsedCommand, before: Before, t: Table, h: Handles, fam: string, family: 4 | 6): string {
  const chain = p.chain!;
  const was = before.rules;
  const now = new Set(t.chains[chain]?.rules ?? []);
  const gone = was.map((r, i) => ({ r, i })).filter(({ r }) => !now.has(r));
  if (p.command === CMD.DELETE) {
    const order = p.rules.map(ruleIdentity);
    const rank = (r: Rule) => {
      const k = order.indexOf(ruleIdentity(r));
      return k < 0 ? order.length : k;
    };
    gone.sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i);
  }
  let out = "";
  for (const { r, i } of gone) out += ruleText(fam, t, chain, r, family, [h.ids.get(r), i > 0 ? h.ids.get(was[i - 1]!) : undefined]);
  return out;
}

/** The batch objects after the command's own output. */
function sent(p: ParsedCommand, t: Table, before: Before, h: Handles, out: string, fam: string, family: 4 | 6, refused: boolean): string {
  let text = created(p, t, before, h, fam, refused);
  const chain = p.chain!;
  switch (p.command) {
    case CMD.APPEND:
    case CMD.INSERT: {
      // -I N: the first rule goes before the rule now at N (its handle); each further one
      // before the previous new rule, which has no handle yet, so by a batch-local rule id
      const positioned = p.command === CMD.INSERT && (p.rulenum ?? 1) > 1;
      const at = positioned ? before.rules[p.rulenum! - 1] : undefined;
      const n = p.rules.length;
      // (each rule's command makes sure of the table again, and the cache still lacks it)
      const newTable = !before.tableExisted && (t.exists || refused);
      p.rules.forEach((r, i) => {
        if (i > 0 && newTable) text += `table ${t.name} ${fam} flags 0 use 0 handle 0\n`;
        if (refused) h.next++;
        else number(h, r);
        const position = i === 0 && at ? h.ids.get(at) : undefined;
        const id = positioned && i < n - 1 ? i + 1 : undefined;
        text += ruleText(fam, t, chain, r, family, [position, id, positioned && i > 0 ? i : undefined]);
      });
      break;
    }
    case CMD.REPLACE: {
      const old = before.rules[p.rulenum! - 1];
      const r = p.rules[0]!;
      const id = old && h.ids.get(old);
      if (old && !refused) carryHandle(h, old, r);
      text += ruleText(fam, t, chain, r, family, [id]);
      break;
    }
    case CMD.DELETE:
    case CMD.DELETE_NUM:
      text += removedRules(p, before, t, h, fam, family);
      break;
    case CMD.FLUSH:
      for (const name of p.chain !== undefined ? [p.chain] : named(out, "Flushing")) text += `${t.name} ${name}\n\n`;
      break;
    case CMD.NEW_CHAIN: {
      const c = t.chains[chain];
      if (c && !refused) numberChain(h, c);
      text += `${fam} ${t.name} ${chain} use 0\n`;
      break;
    }
    case CMD.DELETE_CHAIN:
      // base chains go too with policy ACCEPT: the one -X names (its rules are not looked at:
      // the kernel refuses it if it has some), or each empty one a whole -X finds
      for (const c of before.baseChains) {
        const named = p.chain !== undefined ? p.chain === c.name : c.rules === 0;
        if (named && c.policy === "ACCEPT") text += baseChainLine(fam, t, c.name, "accept", " flags 1", c.rules, c);
      }
      for (const name of named(out, "Deleting")) text += `${fam} ${t.name} ${name} use ${before.uses.get(name) ?? 0}\n`;
      // (a base chain -X took out of the kernel gets a new handle when it comes back)
      for (const name of h.chains.keys()) if (!t.chains[name] || !inKernel(t, t.chains[name]!)) h.chains.delete(name);
      break;
    case CMD.RENAME_CHAIN:
      text += `${fam} ${t.name} ${p.newname} use 0\n`;
      if (!refused && h.chains.has(chain)) {
        h.chains.set(p.newname!, h.chains.get(chain)!);
        h.chains.delete(chain);
      }
      break;
    case CMD.SET_POLICY:
      text += baseChainLine(fam, t, chain, p.policy!.toLowerCase());
      break;
  }
  if (p.command & CMD.ZERO) text += zeroed(p, t, before, h, out, fam, family);
  if (p.command & CMD.ZERO_NUM) {
    const r = t.chains[chain]?.rules[p.rulenum! - 1];
    if (r) text += ruleText(fam, t, chain, r, family, [h.ids.get(r)], true);
  }
  return text;
}

/** -Z: each base chain is sent anew, each rule that had counted something replaced. */
function zeroed(p: ParsedCommand, t: Table, before: Before, h: Handles, out: string, fam: string, family: 4 | 6): string {
  let text = "";
  for (const name of p.chain !== undefined ? [p.chain] : named(out, "Zeroing")) {
    const c = t.chains[name];
    if (!c || !inKernel(t, c)) continue;
    // (as the kernel dumped it: its use count is its number of rules, and a chain the command
    // itself made has no flags yet)
    const flags = before.bases.has(name) ? " flags 1" : "";
    if (c.builtin) text += baseChainLine(fam, t, name, (c.policy ?? "ACCEPT").toLowerCase(), flags, c.rules.length);
    for (const r of before.counted.get(name) ?? []) text += ruleText(fam, t, name, r, family, [h.ids.get(r)], true);
  }
  return text;
}

/**
 * Runs an iptables-nft command with its -vv debug output around what `run` prints; keeps the
 * handles of what it creates in any case. Inside iptables-restore (`restoring`) it only notes
 * the order rules come in.
 */
export function withNftDebug(p: ParsedCommand, t: Table, run: () => string, restoring = false): string {
  // (a restore's rules are numbered from its batch when -vv next needs them: noteRestoreBatch)
  if (restoring) return run();
  const debug = p.verbose > 1;
  printing = debug;
  // (numbering every object on each command would cost the big rule sets; -vv catches up)
  const h = handlesOf(t);
  // (listings and -C make nothing; -R, -E and -X leave the handles set aside pending: see Pending)
  if (!(p.command & (CMD.LIST | CMD.LIST_RULES | CMD.CHECK))) reserve(h);
  if (p.command === CMD.RENAME_CHAIN) pinPendingChains(h);
  if (debug) sync(t, h);
  const family = ip6Running ? 6 : 4;
  const fam = family === 6 ? "ip6" : "ip";
  const before = snapshot(p, t, debug);
  const pre = debug ? fetched(p, t, h, fam, family) : "";
  const given = [...p.rules];
  // -E rewrites the rules that jump to the chain as new objects, which keep their handles
  const renamed: [Rule, Rule][] = [];
  let out: string;
  try {
    out = p.command === CMD.RENAME_CHAIN ? collectRenameRewrites(renamed, run) : run();
    for (const [was, now] of renamed) {
      carryHandle(h, was, now);
      carrySentForm(was, now);
    }
  } catch (err) {
    rememberSent(p, given);
    const kernel = err instanceof OpError && !!err.nft;
    const partial = (err as { stdout?: string }).stdout ?? "";
    // (a refused batch still used up its handles)
    const post = kernel ? sent(p, t, before, h, partial, fam, family, true) : "";
    if (!debug) throw err;
    throw Object.assign(err as Error, { stdout: pre + partial + post });
  }
  rememberSent(p, given);
  const post = sent(p, t, before, h, out, fam, family, false);
  if (debug) sync(t, h);
  return debug ? pre + out + post : out;
}

let ip6Running = false;

/** Whether the running command is ip6tables (see asIp6tables). */
export function ip6tablesRunning(): boolean {
  return ip6Running;
}

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
