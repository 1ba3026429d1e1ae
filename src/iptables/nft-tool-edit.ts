// nft flush|delete of a table or chain that ebtables-nft or arptables-nft made (bridge filter|nat,
// arp filter). Their state lives in their own modules; each edit makes new objects rather than
// changing them in place, so a failed transaction can put the old ones back.
import type { Namespace } from "../net/types.js";
import { ebStateOf, freshTable, isEbTableName, type EbChain } from "../ebtables/types.js";
import type { ArpChain, ArpTable } from "../arptables/types.js";
import { referenced } from "./small-tables.js";

/** What nft-edit needs to know of the command. */
export interface ToolEdit {
  verb: "flush" | "delete";
  object: "ruleset" | "table" | "chain" | "rule";
  family?: string;
  table?: string;
  chain?: string;
  handle?: number;
}

/** The outcome: done, or the kernel's errno ("missing": ENOENT, "busy": EBUSY); undefined: not their table. */
export type ToolEditResult = "done" | "missing" | "noRule" | "busy" | undefined;

/** A chain the kernel has (a built-in one only once ebtables/arptables made it). */
const inKernel = (c: EbChain | ArpChain) => !c.builtin || c.live === true || c.rules.length > 0;

export function toolEdit(edit: ToolEdit, ns: Namespace): ToolEditResult {
  const ruleByHandle = edit.object === "rule" && edit.chain !== undefined && edit.handle !== undefined && edit.handle !== 0;
  if (edit.table === undefined || (edit.object !== "table" && !ruleByHandle && (edit.object !== "chain" || edit.chain === undefined))) return undefined;
  if (edit.family === "bridge" && isEbTableName(edit.table) && ns.ebtables !== undefined) {
    const state = ebStateOf(ns);
    const t = state[edit.table];
    if (!t.exists) return undefined;
    // (a user chain's policy is a rule of its own: flushed, the chain just returns)
    const flushed = (c: EbChain): EbChain => ({ ...c, rules: [], ...(c.builtin ? {} : { policy: "RETURN" }) });
    if (edit.object === "table") {
      ns.ebtables = { ...state, [edit.table]: edit.verb === "delete" ? freshTable(edit.table) : { ...t, chains: t.chains.map(flushed) } };
      return "done";
    }
    const c = t.chains.find((x) => x.name === edit.chain);
    if (!c || !inKernel(c)) return "missing";
    let chains: EbChain[];
    if (edit.object === "rule") {
      // (the rule carrying a user chain's policy goes like any other: the chain then returns)
      const kept = c.rules.filter((r) => r.handle !== edit.handle);
      const policyRule = !c.builtin && c.policyHandle === edit.handle;
      if (kept.length === c.rules.length && !policyRule) return "noRule";
      chains = t.chains.map((x) => (x === c ? { ...x, rules: kept, ...(policyRule ? { policy: "RETURN", policyHandle: undefined } : {}) } : x));
    } else if (edit.verb === "flush") chains = t.chains.map((x) => (x === c ? flushed(x) : x));
    else if (referenced(t.chains, c.name)) return "busy";
    else if (c.builtin) chains = t.chains.map((x) => (x === c ? { name: x.name, builtin: true, policy: "ACCEPT", rules: [] } : x));
    else chains = t.chains.filter((x) => x !== c);
    ns.ebtables = { ...state, [edit.table]: { ...t, chains } };
    return "done";
  }
  const arp = edit.family === "arp" && edit.table === "filter" ? (ns.arptables as ArpTable | undefined) : undefined;
  if (!arp?.exists) return undefined;
  if (edit.object === "table") {
    if (edit.verb === "delete") delete ns.arptables;
    else ns.arptables = { ...arp, chains: arp.chains.map((c) => ({ ...c, rules: [] })) };
    return "done";
  }
  const c = arp.chains.find((x) => x.name === edit.chain);
  if (!c || !inKernel(c)) return "missing";
  let chains: ArpChain[];
  if (edit.object === "rule") {
    const kept = c.rules.filter((r) => r.handle !== edit.handle);
    if (kept.length === c.rules.length) return "noRule";
    chains = arp.chains.map((x) => (x === c ? { ...x, rules: kept } : x));
  } else if (edit.verb === "flush") chains = arp.chains.map((x) => (x === c ? { ...x, rules: [] } : x));
  else if (referenced(arp.chains, c.name)) return "busy";
  else if (c.builtin) chains = arp.chains.map((x) => (x === c ? { name: x.name, builtin: true, policy: "ACCEPT", rules: [], pcnt: 0n, bcnt: 0n } : x));
  else chains = arp.chains.filter((x) => x !== c);
  ns.arptables = { ...arp, chains };
  return "done";
}
