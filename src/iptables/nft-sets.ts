// Named sets of nft's own tables (`nft add set inet t blocklist { type ipv4_addr; flags
// interval; }`): their key type, flags and elements, how elements are read and how nft lists
// a set. Rules reach a set's elements through its box (nft-lookup.ts), so later element
// changes count at once. The commands that change sets are nft-set-commands.ts.
import type { MapVerdict, SetBox } from "../netfilter/extensions/nft-lookup.js";

/** An element: its key's range (one value unless the set has flags interval), and a verdict map's verdict. */
export type Range = SetBox["ranges"][number];
import { portToService, serviceToPort } from "../netfilter/names.js";
import type { ListFormat } from "./nft-list.js";
import { nftIpv4, nftPrefixLength, nftServicePort } from "./nft-names.js";
import { formatIpv4, prefixToMask } from "../netfilter/ip.js";

/** Key types a set may be declared with; only IPv4 addresses and ports (inet_service) take elements here. */
export type SetKey = "ipv4_addr" | "inet_service" | "ipv6_addr" | "ether_addr" | "mark" | "ifname" | "inet_proto";
export const SET_KEYS = new Set<string>(["ipv4_addr", "inet_service", "ipv6_addr", "ether_addr", "mark", "ifname", "inet_proto"]);
export const ELEMENT_KEYS = new Set<SetKey>(["ipv4_addr", "inet_service"]);

/** Flags a set may be declared with, in the order nft lists them. */
export const SET_FLAGS = ["constant", "dynamic", "interval", "timeout"];

/** What a set's declaration says that only shows in its listing (auto-merge also joins intervals). */
export interface SetShown {
  flags: string[];
  typeof?: string;
  timeout?: string;
  size?: number;
  autoMerge?: boolean;
  comment?: string;
}

export interface NativeSet {
  name: string;
  handle: number;
  key: SetKey;
  interval: boolean;
  box: SetBox;
  shown?: SetShown;
  /** A verdict map (`add map … { type K : verdict; }`). */
  vmap?: boolean;
  /** A transaction's copy: the elements to put back if it fails. */
  saved?: Range[];
}

/** An element read, or nft's message for it (with `whole`: marked under the whole element). */
export type ElementRead = { range: [number, number] } | { error: string; notEmulated?: true };

/** One element of a set of this key type, as nft evaluates it. */
/** nft's check of a LOW-HIGH element, before the set's flags are looked at (LOW = HIGH is one element). */
const NEGATIVE_RANGE = "Range has zero or negative size";

export function readElement(text: string, set: NativeSet): ElementRead {
  if (!ELEMENT_KEYS.has(set.key)) return { error: `nft: elements of a set of ${set.key} are not emulated (ipv4_addr and inet_service are)\n`, notEmulated: true };
  if (set.key === "inet_service") {
    const m = /^([^-]+)(?:-([^-]+))?$/.exec(text);
    const port = (p: string) => nftServicePort(p, "tcp", serviceToPort);
    const lo = m ? port(m[1]!) : undefined;
    const hi = m?.[2] !== undefined ? port(m[2]) : lo;
    if (lo === undefined || hi === undefined) return { error: "Could not resolve service: Servname not supported for ai_socktype" };
    if (lo > 65535 || hi > 65535) return { error: "Service out of range" };
    if (lo > hi) return { error: NEGATIVE_RANGE };
    if (m?.[2] !== undefined && !set.interval) return { error: "You must add 'flags interval' to your set declaration if you want to add range elements" };
    return { range: [lo, hi] };
  }
  const prefix = /^([^/]+)\/(0[xX][0-9a-fA-F]+|\d+)$/.exec(text);
  if (prefix && nftPrefixLength(prefix[2]!) !== undefined) {
    const addr = nftIpv4(prefix[1]!);
    if (addr === undefined) return { error: "Could not resolve hostname: Name or service not known" };
    const len = nftPrefixLength(prefix[2]!)!;
    if (len > 32) return { error: `Prefix length ${len} is invalid for type of 32 bits width` };
    if (!set.interval && len < 32) return { error: "You must add 'flags interval' to your set declaration if you want to add prefix elements" };
    const mask = prefixToMask(len);
    const lo = (addr & mask) >>> 0;
    return { range: [lo, (lo | (~mask >>> 0)) >>> 0] };
  }
  const dash = text.indexOf("-");
  if (dash > 0) {
    const lo = nftIpv4(text.slice(0, dash));
    const hi = nftIpv4(text.slice(dash + 1));
    if (lo === undefined || hi === undefined) return { error: "Could not resolve hostname: Name or service not known" };
    if (lo > hi) return { error: NEGATIVE_RANGE };
    if (!set.interval) return { error: "You must add 'flags interval' to your set declaration if you want to add range elements" };
    return { range: [lo, hi] };
  }
  const addr = nftIpv4(text);
  return addr === undefined ? { error: "Could not resolve hostname: Name or service not known" } : { range: [addr, addr] };
}

/** How nft prints one element: a prefix when the range is one, else LOW-HIGH. */
function elementText(r: Range, key: SetKey, services = false): string {
  if (r[2] !== undefined) return `${elementText([r[0], r[1]], key, services)} : ${r[2]}`;
  const [lo, hi] = r;
  // (-S: a port by the name getnameinfo finds for it, quoted)
  const port = (p: number) => {
    const name = services ? portToService(p, "tcp") : undefined;
    return name === undefined ? String(p) : `"${name}"`;
  };
  if (key === "inet_service") return lo === hi ? port(lo) : `${lo}-${hi}`;
  if (lo === hi) return formatIpv4(lo);
  const size = hi - lo + 1;
  const len = 32 - Math.log2(size);
  if (Number.isInteger(len) && lo % size === 0) return `${formatIpv4(lo)}/${len}`;
  return `${formatIpv4(lo)}-${formatIpv4(hi)}`;
}

/** A statement of a rule nft made as -S lists it: its ports (alone, in a set, a vmap's keys) by service name. */
export function withServiceNames(statement: string): string {
  const m = /^((?:tcp|udp) (?:dport|sport) (?:vmap )?(?:!= )?)(.*)$/.exec(statement);
  if (!m) return statement;
  const name = (p: string) => {
    const found = /^\d+$/.test(p) ? portToService(Number(p), "tcp") : undefined;
    return found === undefined ? p : `"${found}"`;
  };
  return m[1]! + m[2]!.replace(/(^|[{,] ?)(\d+)(?=$| :|,| })/g, (_, lead: string, p: string) => lead + name(p));
}

/** nft breaks a named set's element list after every 2 addresses or 5 ports (calculate_delim); an anonymous set's stays on one line. */
export function elementsText(ranges: Range[], key: SetKey, anonymous = false, services = false): string {
  const perLine = anonymous ? Infinity : key === "ipv4_addr" ? 2 : 5;
  let text = "{ ";
  ranges.forEach((r, i) => {
    if (i > 0) text += i % perLine === 0 ? ",\n\t\t\t     " : ", ";
    text += elementText(r, key, services);
  });
  return `${text} }`;
}

/** A set as `list set|sets|table|ruleset` prints it. */
export function setText(s: NativeSet, fmt: ListFormat): string {
  const shown = s.shown ?? { flags: s.interval ? ["interval"] : [] };
  const type = shown.typeof !== undefined ? `typeof ${shown.typeof}` : `type ${s.key}${s.vmap ? " : verdict" : ""}`;
  let text = `\t${s.vmap ? "map" : "set"} ${s.name} {${fmt.handles ? ` # handle ${s.handle}` : ""}\n\t\t${type}\n`;
  if (shown.flags.length) text += `\t\tflags ${SET_FLAGS.filter((f) => shown.flags.includes(f)).join(",")}\n`;
  if (shown.timeout !== undefined) text += `\t\ttimeout ${shown.timeout}\n`;
  if (shown.size !== undefined) text += `\t\tsize ${shown.size}\n`;
  if (shown.autoMerge) text += "\t\tauto-merge\n";
  if (shown.comment !== undefined) text += `\t\tcomment ${shown.comment}\n`;
  if (s.box.ranges.length && !fmt.terse) text += `\t\telements = ${elementsText(s.box.ranges, s.key, false, fmt.services)}\n`;
  return `${text}\t}\n`;
}

/** Adds ranges to a sorted list (a copy); the first one that overlaps another, if any. */
export function withRanges(ranges: Range[], added: Range[], autoMerge = false): { ranges: Range[]; overlap?: number } {
  if (autoMerge) return { ranges: mergedRanges([...ranges, ...added]) };
  const out = ranges.slice();
  for (let i = 0; i < added.length; i++) {
    const [lo, hi] = added[i]!;
    const same = out.findIndex(([a, b]) => a === lo && b === hi);
    // (a map's element added again takes the new verdict)
    if (same >= 0 && added[i]![2] !== undefined) out[same] = added[i]!;
    if (same >= 0) continue;
    if (out.some(([a, b]) => lo <= b && a <= hi)) return { ranges, overlap: i };
    out.push(added[i]!);
  }
  return { ranges: out.sort((a, b) => a[0] - b[0]) };
}

/** auto-merge: overlapping and adjacent intervals become one. */
function mergedRanges(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** A verdict map's elements: `KEY : accept|drop` separated by commas, from the words between braces. */
export function mapItems(words: string[], starts: number[], open: number): { items: { text: string; offset: number; verdict: string; verdictAt: number }[]; next: number } | { badAt: number } {
  const close = words.indexOf("}", open);
  if (close < 0) return { badAt: words.length };
  const items: { text: string; offset: number; verdict: string; verdictAt: number }[] = [];
  let j = open + 1;
  while (j < close) {
    const key = words[j]!;
    if (words[j + 1] !== ":" || j + 2 >= close) return { badAt: j + 1 };
    // (jump|goto CHAIN is one verdict of two words)
    const chained = (words[j + 2] === "jump" || words[j + 2] === "goto") && j + 3 < close;
    const verdict = (chained ? `${words[j + 2]} ${words[j + 3]}` : words[j + 2]!).replace(/,$/, "");
    items.push({ text: key, offset: starts[j]!, verdict, verdictAt: j + 2 });
    j += chained ? 4 : 3;
    if (words[j] === ",") j++;
  }
  return { items, next: close + 1 };
}

export const isMapVerdict = (v: string): v is MapVerdict => v === "accept" || v === "drop";

/** The box a rule's lookup reads: the set's, found by name in the table. */
export function findSet(sets: NativeSet[] | undefined, name: string): NativeSet | undefined {
  return sets?.find((s) => s.name === name);
}

type JsonValue = string | number | null | JsonValue[] | { [key: string]: JsonValue };

/** One element as nft -j writes it: an address or port, {"prefix": …}, {"range": […]}; a map's as [key, {verdict: null}]. */
function elementJson(r: Range, key: SetKey): JsonValue {
  if (r[2] !== undefined) return [elementJson([r[0], r[1]], key), { [r[2]]: null }];
  const text = elementText([r[0], r[1]], key);
  if (key === "inet_service") return r[0] === r[1] ? r[0] : { range: [r[0], r[1]] };
  const prefix = /^(.*)\/(\d+)$/.exec(text);
  if (prefix) return { prefix: { addr: prefix[1]!, len: Number(prefix[2]) } };
  const dash = text.indexOf("-");
  return dash > 0 ? { range: [text.slice(0, dash), text.slice(dash + 1)] } : text;
}

/** A set or map as `nft -j list sets|set` writes it. */
export function setJson(family: string, table: string, s: NativeSet): { [key: string]: JsonValue } {
  const obj: { [key: string]: JsonValue } = { family, name: s.name, table, type: s.key, handle: s.handle };
  if (s.vmap) obj["map"] = "verdict";
  const flags = s.shown?.flags ?? (s.interval ? ["interval"] : []);
  if (flags.length) obj["flags"] = SET_FLAGS.filter((f) => flags.includes(f));
  if (s.box.ranges.length) obj["elem"] = s.box.ranges.map((r) => elementJson(r, s.key));
  return { [s.vmap ? "map" : "set"]: obj };
}
