// IPv4 fragments (case r2-router-fragments records the kernel's counts).
import { describe, expect, it } from "vitest";
import { fragmentFor, runPerFragment } from "../../src/net/ip-fragments.js";
import type { Packet, Verdict } from "../../src/netfilter/types.js";

const icmp = (length: number, extra: Partial<Packet> = {}): Packet =>
  ({ src: 1, dst: 2, proto: 1, length, ttl: 64, fragOffset: 0, moreFragments: false, mark: 0, icmpType: 8, ...extra }) as Packet;

describe("fragmentFor", () => {
  it("cuts the payload in multiples of 8 bytes that fit the MTU", () => {
    expect(fragmentFor(icmp(3028), undefined, 1500)).toEqual([
      { offset: 0, length: 1500 },
      { offset: 1480, length: 1500 },
      { offset: 2960, length: 68 },
    ]);
  });
  it("cuts fragments again on a smaller MTU, keeping their offsets", () => {
    const first = fragmentFor(icmp(2028), undefined, 1500);
    expect(fragmentFor(icmp(2028), first, 1000)).toEqual([
      { offset: 0, length: 996 },
      { offset: 976, length: 524 },
      { offset: 1480, length: 548 },
    ]);
  });
  it("leaves what fits, DF packets and TCP whole", () => {
    expect(fragmentFor(icmp(1500), undefined, 1500)).toBeUndefined();
    expect(fragmentFor(icmp(3028, { dontFragment: true }), undefined, 1500)).toBeUndefined();
    expect(fragmentFor(icmp(3028, { proto: 6 }), undefined, 1500)).toBeUndefined();
  });
});

describe("runPerFragment", () => {
  it("shows each fragment with its offset, length and MF flag, and drops the packet when one is dropped", () => {
    const seen: [number, number, boolean][] = [];
    const pkt = icmp(3028);
    const skb = { pkt, frags: fragmentFor(pkt, undefined, 1500) };
    const v = runPerFragment(skb, (s): Verdict => {
      seen.push([s.pkt.fragOffset, s.pkt.length, s.pkt.moreFragments]);
      return s.pkt.fragOffset === 185 ? { kind: "DROP" } : { kind: "ACCEPT" };
    });
    expect(seen).toEqual([[0, 1500, true], [185, 1500, true], [370, 68, false]]);
    expect(v.kind).toBe("DROP");
    expect(runPerFragment({ pkt }, (s) => (s.pkt.length === 3028 ? { kind: "ACCEPT" } : { kind: "DROP" })).kind).toBe("ACCEPT");
  });
});
