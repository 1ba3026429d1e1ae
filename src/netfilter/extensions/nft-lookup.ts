// nft's set lookup (`ip saddr @blocklist`, `tcp dport @ports`): the rule holds the named set's
// element box itself, so elements added or deleted later count for the next packet. Only nft
// makes it (internal: no -m loads it); iptables never lists such a rule.
import type { MatchExtension } from "../extension.js";
import type { Packet } from "../types.js";

/** A named set's elements as closed ranges of numbers (an address or a port), kept sorted. */
export interface SetBox {
  ranges: [number, number][];
}

export interface LookupData {
  box: SetBox;
  field: "saddr" | "daddr" | "sport" | "dport";
  invert: boolean;
}

function fieldOf(pkt: Packet, field: LookupData["field"]): number | undefined {
  // (an IPv4 address field has no value in an IPv6 packet: nft's hidden family test fails)
  if ((field === "saddr" || field === "daddr") && pkt.src6 !== undefined) return undefined;
  return field === "saddr" ? pkt.src : field === "daddr" ? pkt.dst : field === "sport" ? pkt.sport : pkt.dport;
}

export function boxHas(box: SetBox, value: number): boolean {
  let lo = 0;
  let hi = box.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = box.ranges[mid]!;
    if (value < a) hi = mid - 1;
    else if (value > b) lo = mid + 1;
    else return true;
  }
  return false;
}

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
