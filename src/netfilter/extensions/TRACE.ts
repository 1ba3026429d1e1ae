// -j TRACE: with iptables-nft this is nftables' `meta nftrace set 1`, allowed in every table
// and hook; the packet path reports each rule the packet then meets.
import type { TargetExtension } from "../extension.js";

export type TraceData = Record<string, never>;

export const TRACE: TargetExtension<TraceData> = {
  name: "TRACE",
  options: [],
  init: () => ({}),
  parse() {},
  save: () => "",
  print: () => "",
  action(_data, _pkt, _ctx, effects) {
    effects.trace?.();
    return { kind: "CONTINUE" };
  },
};
