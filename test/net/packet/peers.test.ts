// The inet_peer bucket shared by ICMP error rate limiting and the redirect back-off.
import { describe, expect, it } from "vitest";
import { peerTokensAllow, redirectAllowed } from "../../../src/net/packet-path-peers.js";
import { createWorld } from "../../../src/net/world.js";

const PEER = 0x0a000102;

describe("inet_peer", () => {
  it("lets a burst of 6 ICMP errors through, then one per second", () => {
    const world = createWorld(1);
    const sent = Array.from({ length: 8 }, () => peerTokensAllow(world, "", PEER, 6, 1000));
    expect(sent).toEqual([true, true, true, true, true, true, false, false]);
    world.clock += 1000;
    expect(peerTokensAllow(world, "", PEER, 6, 1000)).toBe(true);
    expect(peerTokensAllow(world, "", PEER, 6, 1000)).toBe(false);
  });

  it("backs redirects off exponentially (20 ms << n)", () => {
    const world = createWorld(1);
    expect(redirectAllowed(world, "", PEER)).toBe(true);
    world.clock += 30;
    expect(redirectAllowed(world, "", PEER)).toBe(false); // needs > 40 ms after the last one
    world.clock += 41;
    expect(redirectAllowed(world, "", PEER)).toBe(true);
    world.clock += 81;
    expect(redirectAllowed(world, "", PEER)).toBe(true);
  });

  it("a first redirect empties the bucket ICMP errors use", () => {
    const world = createWorld(1);
    expect(redirectAllowed(world, "", PEER)).toBe(true);
    world.clock += 100;
    expect(peerTokensAllow(world, "", PEER, 6, 1000)).toBe(false);
    world.clock += 1000;
    expect(peerTokensAllow(world, "", PEER, 6, 1000)).toBe(true);
  });
});
