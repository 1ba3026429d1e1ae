// -j TRACE: with iptables-nft this is nftables' `meta nftrace set 1`, allowed in every table
// and hook; the packet path reports each rule the packet then meets. iptables-legacy uses the
// kernel's xt_TRACE, which is raw-only.
import type { TargetExtension } from "../extension.js";
import { TARGET_HELP } from "./target-util/help-texts.js";

export type TraceData = Record<string, never>;

export const TRACE: TargetExtension<TraceData> = {
  name: "TRACE",
  help: TARGET_HELP.TRACE,
  options: [],
  init: () => ({}),
  parse() {},
  checkEntry: (_data, call) => call.backend !== "legacy" || call.table === "raw",
  save: () => "",
  print: () => "",
  action(_data, _pkt, _ctx, effects) {
    effects.trace?.();
    return { kind: "CONTINUE" };
  },
};
