// nft's set lookup (`ip saddr @blocklist`, `tcp dport @ports`): the rule holds the named set's
// element box itself, so elements added or deleted later count for the next packet. Only nft
// makes it (internal: no -m loads it); iptables never lists such a rule.
import type { MatchExtension, TargetExtension } from "../extension.js";
import type { Packet } from "../types.js";

/** A verdict map's element: its key's range and the verdict. */
export type MapVerdict = "accept" | "drop";

/** A named set's elements as closed ranges of numbers (an address or a port), kept sorted; a verdict map's with their verdicts. */
export interface SetBox {
  ranges: [number, number, MapVerdict?][];
}

export interface LookupData {
  box: SetBox;
  field: "saddr" | "daddr" | "sport" | "dport" | "icmptype" | "l4proto";
  invert: boolean;
}

function fieldOf(pkt: Packet, field: LookupData["field"]): number | undefined {
  // (an IPv4 address field has no value in an IPv6 packet: nft's hidden family test fails)
  if ((field === "saddr" || field === "daddr") && pkt.src6 !== undefined) return undefined;
  // (icmp type: the rule's -p icmp keeps it to ICMP packets)
  if (field === "icmptype") return pkt.icmpType;
  if (field === "l4proto") return pkt.proto;
  return field === "saddr" ? pkt.src : field === "daddr" ? pkt.dst : field === "sport" ? pkt.sport : pkt.dport;
}

/** The element holding the value, if any. */
function elementOf(box: SetBox, value: number): SetBox["ranges"][number] | undefined {
  let lo = 0;
  let hi = box.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = box.ranges[mid]!;
    if (value < e[0]) hi = mid - 1;
    else if (value > e[1]) lo = mid + 1;
    else return e;
  }
  return undefined;
}

export const boxHas = (box: SetBox, value: number): boolean => elementOf(box, value) !== undefined;

export const nftLookupMatch: MatchExtension<LookupData> = {
  name: "nft-lookup",
  internal: true,
  options: [],
  init: () => ({ box: { ranges: [] }, field: "saddr", invert: false }),
  parse() {},
  save: () => "",
  print: () => "",
  match(data, pkt) {
    const value = fieldOf(pkt, data.field);
    if (value === undefined) return false;
    return boxHas(data.box, value >>> 0) !== data.invert;
  },
};

export interface VmapData {
  box: SetBox;
  /** A packet field, or the connection's state (`ct state vmap`, keyed by nft's state bits). */
  field: LookupData["field"] | "ctstate";
}

/** nft's ct state bits, by conntrack state (a packet without a connection is invalid). */
const CT_STATE_BIT: Record<string, number> = { INVALID: 1, ESTABLISHED: 2, RELATED: 4, NEW: 8, UNTRACKED: 64 };

/** nft's verdict map (`tcp dport vmap { 22 : accept, 23 : drop }`): the element's verdict, or on to the next rule. */
export const nftVmapTarget: TargetExtension<VmapData> = {
  name: "nft-vmap",
  internal: true,
  options: [],
  init: () => ({ box: { ranges: [] }, field: "dport" }),
  parse() {},
  save: () => "",
  print: () => "",
  action(data, pkt, ctx) {
    const value = data.field === "ctstate" ? CT_STATE_BIT[ctx.conntrack?.state ?? "INVALID"] : fieldOf(pkt, data.field);
    const verdict = value === undefined ? undefined : elementOf(data.box, value >>> 0)?.[2];
    return verdict === "accept" ? { kind: "ACCEPT" } : verdict === "drop" ? { kind: "DROP" } : { kind: "CONTINUE" };
  },
};
