// Verdict maps in rules: `tcp dport vmap { 22 : accept, 23 : drop }` (anonymous: the map is
// made with the rule) and `ip saddr vmap @NAME` (a named map of the table, resolved when the
// rule is added). The rule's verdict is the element's (nft-vmap target); no element, no verdict.
import type { CommandResult } from "../shell/types.js";
import type { SetBox, VmapData } from "../netfilter/extensions/nft-lookup.js";
import { isMapVerdict, mapItems, readElement, type NativeSet, type SetKey } from "./nft-sets.js";
import { errorAt, fail, parseError, unexpected, type NftCommand } from "./nft-syntax.js";
import { CT_STATE_BITS } from "./nft-names.js";

export interface VmapRef {
  field: VmapData["field"];
  key: SetKey | "ct_state";
  /** The map's elements (anonymous), or the named map to look up. */
  box?: SetBox;
  name?: string;
  /** The word `@NAME`. */
  at: number;
  /** The field's words, marked when the map's key type does not fit. */
  what: { offset: number; width: number };
}

export interface VmapRead {
  vmap: VmapRef;
  listed: string;
  /** Words taken, from the field's first word. */
  words: number;
  /** The protocol the field implies (tcp, udp). */
  proto?: string;
  /** What the kernel refuses once the map and rule are sent (they take their handles first). */
  kernelError?: { message: string; offset: number; width: number };
}

const NOT_EMULATED = (what: string) => fail(`nft: ${what} is not emulated (verdict maps to accept or drop are)\n`);

/** `ip saddr|daddr vmap …` or `tcp|udp sport|dport vmap …` at word `i` (undefined: not a vmap). */
export function vmapStatement(cmd: NftCommand, i: number, family: string): VmapRead | CommandResult | undefined {
  const w = cmd.words;
  const [proto, field] = [w[i], w[i + 1]];
  if (w[i + 2] !== "vmap" || field === undefined) return undefined;
  if (proto === "ct" && field === "state") return ctStateVmap(cmd, i);
  const ip = proto === "ip" && (field === "saddr" || field === "daddr") && family !== "ip6";
  const port = (proto === "tcp" || proto === "udp") && (field === "sport" || field === "dport");
  if (!ip && !port) return undefined;
  const key: SetKey = ip ? "ipv4_addr" : "inet_service";
  const what = { offset: cmd.starts[i]!, width: cmd.starts[i + 1]! + field.length - cmd.starts[i]! };
  const head = `${proto} ${field} vmap`;
  const base = { field: field as VmapData["field"], key, at: i + 3, what };
  const target = w[i + 3];
  if (target === undefined) return parseError("syntax error, unexpected newline", cmd, i + 3);
  if (target.startsWith("@")) {
    return { vmap: { ...base, name: target.slice(1) }, listed: `${head} ${target}`, words: 4, ...(port ? { proto } : {}) };
  }
  if (target !== "{") return parseError(`syntax error, unexpected ${unexpected(target)}, expecting '{' or '@'`, cmd, i + 3);
  const m = mapItems(w, cmd.starts, i + 3);
  if ("badAt" in m) return parseError(`syntax error, unexpected ${w[m.badAt] === undefined ? "newline" : unexpected(w[m.badAt]!)}`, cmd, m.badAt);
  const set: NativeSet = { name: "", handle: 0, key, interval: false, box: { ranges: [] } };
  const ranges: SetBox["ranges"] = [];
  let kernelError: VmapRead["kernelError"];
  for (const it of m.items) {
    if (!isMapVerdict(it.verdict)) return NOT_EMULATED(`a verdict map's '${it.verdict}'`);
    const r = readElement(it.text, set);
    if ("error" in r) return "notEmulated" in r ? fail(r.error) : fail(errorAt(r.error, cmd, it.offset, it.text.length));
    const same = ranges.find(([a]) => a === r.range[0]);
    // (the same key again with another verdict: the kernel refuses the map's second element)
    if (same && same[2] !== it.verdict) kernelError ??= { message: "Could not process rule: File exists", offset: it.offset, width: it.text.length };
    if (!same) ranges.push([r.range[0], r.range[1], it.verdict]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const shownKey = (lo: number) => (key === "inet_service" ? String(lo) : [24, 16, 8, 0].map((s) => (lo >>> s) & 0xff).join("."));
  const listed = `${head} { ${ranges.map(([lo, , v]) => `${shownKey(lo)} : ${v}`).join(", ")} }`;
  return { vmap: { ...base, box: { ranges } }, listed, words: m.next - i, ...(port ? { proto } : {}), ...(kernelError ? { kernelError } : {}) };
}

/** `ct state vmap { established : accept, invalid : drop, … }`: listed in the state bits' order. */
function ctStateVmap(cmd: NftCommand, i: number): VmapRead | CommandResult {
  const w = cmd.words;
  if (w[i + 3] !== "{") return NOT_EMULATED("this ct state vmap");
  const m = mapItems(w, cmd.starts, i + 3);
  if ("badAt" in m) return parseError(`syntax error, unexpected ${w[m.badAt] === undefined ? "newline" : unexpected(w[m.badAt]!)}`, cmd, m.badAt);
  const ranges: SetBox["ranges"] = [];
  for (const it of m.items) {
    const bit = CT_STATE_BITS.get(it.text);
    if (bit === undefined) return fail(errorAt("Could not parse conntrack state", cmd, it.offset, it.text.length));
    if (!isMapVerdict(it.verdict)) return NOT_EMULATED(`a verdict map's '${it.verdict}'`);
    if (!ranges.some(([a]) => a === bit)) ranges.push([bit, bit, it.verdict]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const name = (bit: number) => [...CT_STATE_BITS].find(([, b]) => b === bit)![0];
  const listed = `ct state vmap { ${ranges.map(([bit, , v]) => `${name(bit)} : ${v}`).join(", ")} }`;
  const what = { offset: cmd.starts[i]!, width: 8 };
  return { vmap: { field: "ctstate", key: "ct_state", at: i + 3, what, box: { ranges } }, listed, words: m.next - i };
}
