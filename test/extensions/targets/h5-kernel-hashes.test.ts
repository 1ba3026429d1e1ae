// HMARK's mark and cluster's node choice against values the real kernel produced (read back
// bit by bit with mark/cluster rules in cases h5-man-mangle-then-match and h5-man-cluster-nodes),
// and the bpf match running the man page's "ip proto 6" program.
import { describe, expect, it } from "vitest";
import { build, context, packet, recorder, target } from "./harness.js";
import { findMatch } from "../../../src/netfilter/registry.js";
import type { ConntrackView } from "../../../src/netfilter/types.js";

const hmarkOf = (words: string[], pkt = packet(), ctx = context({ table: "mangle", hook: "PREROUTING" })) => {
  const data = build("HMARK", words, { table: "mangle", chain: "PREROUTING" });
  target("HMARK").action(data, pkt, ctx, recorder());
  return pkt.mark;
};

const conn = (overrides: Partial<ConntrackView>): ConntrackView => ({
  state: "NEW", snat: false, dnat: false, origSrc: 0x0a000002, origDst: 0x0a000001, origSport: 40000, origDport: 53,
  replSrc: 0x0a000001, replDst: 0x0a000002, replSport: 53, replDport: 40000, proto: 17, dir: "ORIGINAL", mark: 0,
  seenReply: false, assured: false, ...overrides,
});

describe("HMARK uses the kernel's hash", () => {
  it("hashes addresses, destination port and protocol (kernel: 0xb19)", () => {
    const mark = hmarkOf(["--hmark-tuple", "src,dst,dport,proto", "--hmark-mod", "65536", "--hmark-rnd", "0x12345678"]);
    expect(mark).toBe(0xb19);
  });

  it("ignores the source port when the tuple leaves it out", () => {
    const words = ["--hmark-tuple", "src,dst,dport,proto", "--hmark-mod", "65536", "--hmark-rnd", "0x12345678"];
    expect(hmarkOf(words, packet({ sport: 51111 }))).toBe(hmarkOf(words, packet({ sport: 40000 })));
  });

  it("masks ICMP addresses by prefix and adds the offset (kernel: 0x21b6b)", () => {
    const words = ["--hmark-src-prefix", "24", "--hmark-dst-prefix", "16", "--hmark-mod", "65536", "--hmark-offset", "0x20000", "--hmark-rnd", "1"];
    expect(hmarkOf(words, packet({ proto: 1, sport: 0, dport: 0, icmpType: 8, length: 84 }))).toBe(0x21b6b);
  });

  it("hashes the conntrack tuple with ct (kernel: 0x161eb), and leaves untracked packets alone", () => {
    const words = ["--hmark-tuple", "ct,src,dst,proto", "--hmark-mod", "65536", "--hmark-offset", "0x10000", "--hmark-rnd", "0xfeedcafe"];
    const udp = packet({ proto: 17, dport: 53, mark: 5 });
    const tracked = context({ table: "mangle", hook: "PREROUTING", conntrack: conn({}) });
    expect(hmarkOf(words, { ...udp }, tracked)).toBe(0x161eb);
    const untracked = context({ table: "mangle", hook: "PREROUTING", conntrack: conn({ state: "UNTRACKED" }) });
    expect(hmarkOf(words, { ...udp }, untracked)).toBe(5);
  });
});

describe("cluster picks the kernel's node", () => {
  const matches = (words: string[], ctx = context({ conntrack: conn({ proto: 6 }) })) => {
    const ext = findMatch("cluster")!;
    const data = ext.init();
    for (let i = 0; i < words.length; i += 2) ext.parse(data, { option: words[i]!.slice(2), args: [words[i + 1]!], invert: false } as never);
    ext.finalCheck?.(data as never, {} as never);
    return ext.match(data, packet(), ctx);
  };
  const node = (total: number, seed: string) =>
    [...Array(total).keys()].filter((n) => matches(["--cluster-total-nodes", String(total), "--cluster-local-node", String(n + 1), "--cluster-hash-seed", seed]));

  it("sends 10.0.0.2 to node 3 of 16 (seed 0xdeadbeef) and node 6 of 32 (seed 0)", () => {
    expect(node(16, "0xdeadbeef")).toEqual([2]);
    expect(node(32, "0")).toEqual([5]);
  });

  it("never matches a packet without a connection", () => {
    const words = ["--cluster-total-nodes", "1", "--cluster-local-node", "1", "--cluster-hash-seed", "5"];
    expect(matches(words, context({ conntrack: conn({ state: "INVALID" }) }))).toBe(false);
  });
});

describe("bpf runs its program", () => {
  const run = (program: string, proto: number) => {
    const ext = findMatch("bpf")!;
    const data = ext.init();
    ext.parse(data, { option: "bytecode", args: [program], invert: false } as never);
    return ext.match(data, packet({ proto }), context());
  };
  it("matches 'ip proto 6' on TCP only", () => {
    const ipProto6 = "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0";
    expect(run(ipProto6, 6)).toBe(true);
    expect(run(ipProto6, 17)).toBe(false);
  });
  it("returns 0 when a load runs past the packet", () => {
    expect(run("2,32 0 0 4096,6 0 0 1", 6)).toBe(false);
  });
});
