import { describe, expect, it } from "vitest";
import { build, context, decide, ext, failure, packet, texts } from "./helpers.js";
import { conncount, type ConnList, type ConnState } from "../../../src/netfilter/extensions/util/conncount.js";

const same = (save: string, list: string) => ({ save, list, numeric: list });

describe("connlimit match (oracle: recent-and-connlimit, b4)", () => {
  it.each([
    [["--connlimit-above", "10"], same("--connlimit-above 10 --connlimit-mask 32 --connlimit-saddr", "#conn src/32 > 10")],
    [["--connlimit-upto", "5"], same("--connlimit-upto 5 --connlimit-mask 32 --connlimit-saddr", "#conn src/32 <= 5")],
    [["!", "--connlimit-above", "5", "--connlimit-mask", "24", "--connlimit-daddr"], same("--connlimit-upto 5 --connlimit-mask 24 --connlimit-daddr", "#conn dst/24 <= 5")],
    [["!", "--connlimit-upto", "3"], same("--connlimit-above 3 --connlimit-mask 32 --connlimit-saddr", "#conn src/32 > 3")],
  ])("%j", (words, expected) => expect(texts("connlimit", words, { proto: 6 })).toEqual(expected));

  it.each([
    [["--connlimit-above", "2", "--connlimit-upto", "5"], 'connlimit: option "--connlimit-upto" cannot be used together with "--connlimit-above".\n'],
    [[], 'You must specify "--connlimit-above" or "--connlimit-upto".'],
    [["--connlimit-above", "2", "--connlimit-saddr", "--connlimit-daddr"], 'connlimit: option "--connlimit-saddr" cannot be used together with "--connlimit-daddr".\n'],
  ])("error %j", (words, message) => expect(failure("connlimit", words)).toBe(`${message}|2`));

  it("compares the namespace's connection count", () => {
    const count = (n: number) => ({ countConnections: () => n });
    expect(decide("connlimit", ["--connlimit-above", "2"], {}, count(3))).toBe(true);
    expect(decide("connlimit", ["--connlimit-above", "2"], {}, count(2))).toBe(false);
    expect(decide("connlimit", ["--connlimit-upto", "2"], {}, count(2))).toBe(true);
    const seen: unknown[] = [];
    decide("connlimit", ["--connlimit-above", "1", "--connlimit-mask", "24", "--connlimit-daddr"], { dst: 0x0a000102 }, {
      countConnections: (...args: unknown[]) => (seen.push(args), 1),
    });
    expect(seen).toEqual([[0x0a000102, 0xffffff00, "dst", 6]]);
  });
});

describe("connlimit counts with its own lists (nf_conncount)", () => {
  const states: Record<string, ConnState> = {};
  const state = (t: string) => states[t] ?? "gone";

  it("adds each new connection once, drops closed and vanished ones, and keeps lists per key", () => {
    const lists: Record<string, ConnList> = {};
    states["a"] = "alive";
    states["b"] = "alive";
    expect(conncount(lists, "10.0.0.2", { tuple: "a", pruneOnly: false }, state)).toBe(1);
    expect(conncount(lists, "10.0.0.2", { tuple: "a", pruneOnly: false }, state)).toBe(1);
    expect(conncount(lists, "10.0.0.2", { tuple: "b", pruneOnly: false }, state)).toBe(2);
    expect(conncount(lists, "10.0.0.3", { tuple: "c", pruneOnly: false }, state)).toBe(1);
    states["a"] = "closed";
    expect(conncount(lists, "10.0.0.2", { tuple: "d", pruneOnly: false }, state)).toBe(2);
    expect(lists["10.0.0.2"]!.tuples).toEqual(["b", "d"]);
  });

  it("a confirmed connection's packet only prunes: an emptied list counts 0", () => {
    const lists: Record<string, ConnList> = {};
    states["e"] = "alive";
    expect(conncount(lists, "k", { tuple: "e", pruneOnly: true }, state)).toBe(1);
    expect(conncount(lists, "k", { tuple: "f", pruneOnly: true }, state)).toBe(1);
    states["e"] = "closed";
    expect(conncount(lists, "k", { tuple: "f", pruneOnly: true }, state)).toBe(0);
  });

  it("the match drops the packet when the count is 0, and compares otherwise", () => {
    const e = ext("connlimit");
    const d = build("connlimit", ["--connlimit-above", "1"]);
    let dropped = 0;
    const ctx = (tuple: string, pruneOnly = false) =>
      context({ conncountPacket: () => ({ tuple, pruneOnly }), conncountState: () => "alive", hotdrop: () => dropped++ } as never);
    expect(e.match(d, packet(), ctx("x"))).toBe(false);
    expect(e.match(d, packet(), ctx("y"))).toBe(true);
    expect(dropped).toBe(0);
    const fresh = build("connlimit", ["--connlimit-upto", "5"]);
    fresh.conns = { "10.0.0.1": { tuples: [] } };
    expect(e.match(fresh, packet({ src: 0x0a000001 }), ctx("z", true))).toBe(false);
    expect(dropped).toBe(1);
  });
});
