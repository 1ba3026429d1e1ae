// IPv4 fragments on the wire. A packet without DF that is bigger than the device's MTU leaves
// in fragments (ip_fragment, after POSTROUTING). The emulator keeps the whole packet moving
// and notes the fragments beside it: a namespace that tracks connections reassembles them
// before its first hook (nf_defrag_ipv4), local delivery reassembles them before INPUT
// (ip_local_deliver), and elsewhere (a router with no conntrack rule) each fragment passes the
// hooks on its own: rules count every fragment, and the packet arrives only if all of them do.
import type { Packet, Verdict } from "../netfilter/types.js";
import type { Skb } from "./packet-path-hooks.js";

const IP_HEADER = 20;
const IPPROTO_TCP = 6;

/** One fragment: where its payload starts (bytes) and its total IP length. */
export interface Fragment {
  offset: number;
  length: number;
}

/** The fragments of a packet (or of fragments already made) that leave by a device of `mtu`. */
export function fragmentFor(pkt: Packet, frags: Fragment[] | undefined, mtu: number): Fragment[] | undefined {
  const pieces = frags ?? [{ offset: 0, length: pkt.length }];
  // (TCP sends DF segments that fit the path; one long segment here stands for several)
  if (pkt.dontFragment || pkt.proto === IPPROTO_TCP || pieces.every((f) => f.length <= mtu)) return frags;
  const step = Math.floor((mtu - IP_HEADER) / 8) * 8;
  if (step <= 0) return frags;
  return pieces.flatMap((f) => {
    if (f.length <= mtu) return [f];
    const out: Fragment[] = [];
    for (let at = 0, payload = f.length - IP_HEADER; at < payload; at += step) {
      out.push({ offset: f.offset + at, length: IP_HEADER + Math.min(step, payload - at) });
    }
    return out;
  });
}

/** How fragment `f` of `whole` looks to iptables: its own length and offset, MF on all but the last. */
function fragmentPacket(whole: Packet, f: Fragment): Packet {
  const last = f.offset + f.length - IP_HEADER >= whole.length - IP_HEADER;
  return { ...whole, length: f.length, fragOffset: f.offset / 8, moreFragments: !last || whole.moreFragments };
}

/**
 * Runs a hook over each fragment the skb travels as (or over the whole packet). A fragment
 * dropped there means the packet can never be put together again: the first such verdict.
 */
export function runPerFragment(skb: Skb, run: (s: Skb) => Verdict): Verdict {
  const frags = skb.frags;
  if (!frags) return run(skb);
  let verdict: Verdict = { kind: "ACCEPT" };
  for (const f of frags) {
    const piece: Skb = { ...skb, pkt: fragmentPacket(skb.pkt, f) };
    const v = run(piece);
    // (marks and other changes a rule makes to the first fragment stay with the packet)
    if (f.offset === 0) skb.pkt.mark = piece.pkt.mark;
    if ((v.kind === "DROP" || v.kind === "REJECT") && verdict.kind === "ACCEPT") verdict = v;
  }
  return verdict;
}
