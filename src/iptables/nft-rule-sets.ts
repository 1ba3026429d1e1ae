// The sets a rule of nft's refers to: `ip saddr @NAME` / `tcp dport @NAME` lookups and verdict
// maps (named, found in the table's sets when the rule is added, or anonymous, made with the
// rule), as the matches and target the emulator runs; nft's errors for a set missing or of
// another key type.
import type { CommandResult } from "../shell/types.js";
import type { MatchInstance, Rule } from "../netfilter/types.js";
import type { LookupData, SetBox } from "../netfilter/extensions/nft-lookup.js";
import { ENOENT } from "./nft-misspell.js";
import { elementsText, findSet, readElement, withRanges, type NativeSet, type SetKey } from "./nft-sets.js";
import { isResult, setItems, withContext } from "./nft-statements.js";
import { errorAt, fail, type NftCommand } from "./nft-syntax.js";
import type { RuleCommand } from "./nft-rule-parse.js";
import type { VmapRef } from "./nft-vmap.js";

/** `ip saddr @NAME` or `tcp dport @NAME`: the field, the set's name and the key type it must have. */
export interface SetLookup {
  field: LookupData["field"];
  name: string;
  /** The word `@NAME`. */
  at: number;
  invert: boolean;
  key: SetKey;
  /** The field's words (marked with ~ when the set's type does not fit). */
  what: { offset: number; width: number };
  /** An anonymous set's own elements (`ip saddr { 10.0.0.1, 10.0.0.2 }`). */
  box?: SetBox;
}

/** `{ 10.0.0.1, 10.0.0.0/8, … }` at word `open`: the elements in order, and how nft lists them. */
export function anonymousAddressSet(cmd: NftCommand, open: number): { box: SetBox; listed: string; next: number } | CommandResult {
  const items = setItems(cmd, open);
  if (isResult(items)) return items;
  const set: NativeSet = { name: "", handle: 0, key: "ipv4_addr", interval: true, box: { ranges: [] } };
  const ranges: [number, number][] = [];
  for (const e of items.items) {
    const r = readElement(e.text, set);
    if ("error" in r) return fail("notEmulated" in r ? r.error : errorAt(r.error, cmd, e.offset, e.text.length));
    ranges.push(r.range as [number, number]);
  }
  const box = { ranges: withRanges([], ranges).ranges };
  return { box, listed: elementsText(box.ranges, "ipv4_addr", true), next: items.next };
}

/** How many anonymous sets (`{ 80, 443 }`, a vmap's) the rule makes. */
export function anonymousSets(rule: RuleCommand): number {
  return rule.listed.filter((l) => l?.includes("{") && !l.startsWith("comment ")).length;
}

export type SetRefs = { lookups: MatchInstance[]; vmapBox: SetBox | undefined };

/** The rule's set lookups and verdict map, found among the table's sets; nft's error when one is missing or of another type. */
export function setRefs(rule: RuleCommand, sets: NativeSet[] | undefined): SetRefs | string {
  const lookups = resolveLookups(rule, sets);
  if (typeof lookups === "string") return lookups;
  const vmapBox = rule.vmap ? resolveVmap(rule, rule.vmap, sets) : undefined;
  if (typeof vmapBox === "string") return vmapBox;
  return { lookups, vmapBox };
}

export function withSetRefs(made: Rule, rule: RuleCommand, refs: SetRefs): void {
  if (refs.lookups.length) made.matches = [...made.matches, ...refs.lookups];
  if (refs.vmapBox) made.action = { kind: "target", target: { name: "nft-vmap", data: { box: refs.vmapBox, field: rule.vmap!.field } } };
}

function resolveLookups(rule: RuleCommand, sets: NativeSet[] | undefined): MatchInstance[] | string {
  const out: MatchInstance[] = [];
  for (const l of rule.lookups ?? []) {
    const set = l.box ? undefined : findSet(sets, l.name);
    if (l.box) {
      out.push({ name: "nft-lookup", data: { box: l.box, field: l.field, invert: l.invert } satisfies LookupData });
      continue;
    }
    const width = l.name.length + 1;
    if (!set) return errorAt(ENOENT, rule.cmd, rule.cmd.starts[l.at]!, width);
    if (set.key !== l.key) {
      const message = `datatype mismatch, expected ${KEY_NAMES[l.key]}, expression has type ${KEY_NAMES[set.key]}`;
      return withContext(errorAt(message, rule.cmd, rule.cmd.starts[l.at]!, width), rule.cmd, l.what.offset, l.what.width);
    }
    const data: LookupData = { box: set.box, field: l.field, invert: l.invert };
    out.push({ name: "nft-lookup", data });
  }
  return out;
}

/** A verdict map's elements: its own (anonymous) or the named map's; nft's error for a missing map or another key type. */
function resolveVmap(rule: RuleCommand, v: VmapRef, sets: NativeSet[] | undefined): SetBox | string {
  if (v.box) return v.box;
  const map = findSet(sets, v.name!);
  const width = v.name!.length + 1;
  if (!map) return errorAt(ENOENT, rule.cmd, rule.cmd.starts[v.at]!, width);
  if (!map.vmap || map.key !== v.key) {
    const message = `datatype mismatch, expected ${KEY_NAMES[v.key as SetKey]}, expression has type ${KEY_NAMES[map.key]}`;
    return withContext(errorAt(message, rule.cmd, rule.cmd.starts[v.at]!, width), rule.cmd, v.what.offset, v.what.width);
  }
  return map.box;
}

/** How nft names a key type in a datatype mismatch. */
const KEY_NAMES: Record<SetKey, string> = {
  ipv4_addr: "IPv4 address", inet_service: "internet network service", ipv6_addr: "IPv6 address", ether_addr: "Ethernet address", mark: "packet mark", ifname: "network interface name", inet_proto: "Internet protocol",
};
