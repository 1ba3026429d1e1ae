// What -m connlimit asks the packet path (util/conncount.ts): the packet's connection as
// nf_conncount keys it, whether a stored connection is still open, and how to drop the packet.
import type { ConncountContext, ConnState } from "../netfilter/extensions/util/conncount.js";
import { IPPROTO_TCP } from "../netfilter/types.js";
import type { ConntrackTable } from "./conntrack.js";
import { lookup, packetTuple, refEntry, tupleKey } from "./conntrack.js";
import type { Skb } from "./packet-path-hooks.js";

export function conncountContext(table: ConntrackTable, skb: Skb, inIface: string | undefined, now: number): ConncountContext & { hotdropped(): boolean } {
  return {
    conncountPacket() {
      const ct = skb.ctTemplate?.notrack ? undefined : skb.ct;
      const entry = refEntry(table, ct);
      if (entry && ct) {
        // nf_conntrack confirms a locally delivered connection only after INPUT: lo traffic counts as new
        const pruneOnly = !ct.unconfirmed && ct.dir === "ORIGINAL" && inIface !== "lo";
        return { tuple: tupleKey(entry.orig), pruneOnly };
      }
      // untracked: the tuple read from the packet, or the tracked connection it belongs to
      const t = packetTuple(skb.pkt);
      const hit = lookup(table, t, now);
      if (!hit) return { tuple: tupleKey(t), pruneOnly: false };
      return { tuple: tupleKey(hit.entry.orig), pruneOnly: !hit.reply && inIface !== "lo" };
    },
    conncountState(tuple: string): ConnState {
      const hit = table.index[tuple];
      const e = hit ? table.entries[hit.id] : undefined;
      if (!e || e.expires <= now) return "gone";
      if (e.orig.proto === IPPROTO_TCP && (e.tcpState === "CLOSE" || e.tcpState === "TIME_WAIT")) return "closed";
      return "alive";
    },
    hotdrop() {
      skb.hotdrop = true;
    },
    // For the rule walk: a hotdropped packet should stop at once (no later rule or policy counts it).
    hotdropped: () => skb.hotdrop === true,
  };
}
