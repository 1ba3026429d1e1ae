import { describe, expect, it } from "vitest";
import { build, context, ext, failure, packet, texts } from "./helpers.js";

const same = (save: string, list: string) => ({ save, list, numeric: list });

describe("statistic match (oracle: match-statistic-*, b4)", () => {
  it.each([
    [["--mode", "random", "--probability", "0.5"], same("--mode random --probability 0.50000000000", "statistic mode random probability 0.50000000000")],
    [["--mode", "random", "--probability", "0.3333333333"], same("--mode random --probability 0.33333333349", "statistic mode random probability 0.33333333349")],
    [["--mode", "random", "--probability", "0.33333333349"], same("--mode random --probability 0.33333333349", "statistic mode random probability 0.33333333349")],
    [["--mode", "random", "--probability", "1"], same("--mode random --probability 1.00000000000", "statistic mode random probability 1.00000000000")],
    [["--mode", "random", "--probability", "0.0"], same("--mode random --probability 0.00000000000", "statistic mode random probability 0.00000000000")],
    [["--mode", "random", "!", "--probability", "0.25"], same("--mode random ! --probability 0.25000000000", "statistic mode random ! probability 0.25000000000")],
    // glibc rounds the exact tie 0.000244140625 to even; toFixed would give ...63.
    [["--mode", "random", "--probability", "0.000244140625"], same("--mode random --probability 0.00024414062", "statistic mode random probability 0.00024414062")],
    [["--mode", "random", "--probability", "1e-1"], same("--mode random --probability 0.10000000009", "statistic mode random probability 0.10000000009")],
    [["--mode", "random", "--probability", "0.9999999999"], same("--mode random --probability 1.00000000000", "statistic mode random probability 1.00000000000")],
    [["--mode", "nth", "--every", "2", "--packet", "1"], same("--mode nth --every 2 --packet 1", "statistic mode nth every 2 packet 1")],
    [["--mode", "nth", "!", "--every", "4", "--packet", "0"], same("--mode nth ! --every 4 --packet 0", "statistic mode nth ! every 4")],
    [["--mode", "nth", "--every", "3", "--packet", "0"], same("--mode nth --every 3 --packet 0", "statistic mode nth every 3")],
  ])("%j", (words, expected) => {
    expect(texts("statistic", words)).toEqual(expected);
  });

  it.each([
    [["--mode", "nth", "--every", "3"], 'statistic: option "--every" also requires "--packet".\n'],
    [["--mode", "random", "--probability", "1.5"], 'statistic: bad value for option "--probability", or out of range (0-1).\n'],
    [["--mode", "random"], "--probability must be specified when using random mode"],
    [["--mode", "nth", "--every", "2", "--packet", "2"], "the --packet p must be 0 <= p <= n-1"],
    [["--mode", "nth", "--every", "0", "--packet", "0"], 'statistic: bad value for option "--every", or out of range (1-4294967295).\n'],
    [["--mode", "foo"], 'Bad mode "foo"'],
    [["--probability", "0.5"], 'statistic: option "--mode" must be specified\n'],
    [["--mode", "random", "--probability", "0.5", "--every", "2", "--packet", "0"], 'statistic: option "--probability" cannot be used together with "--every".\n'],
    [["--mode", "nth", "--packet", "1"], "the --packet p must be 0 <= p <= n-1"],
    [["!", "--mode", "nth", "--every", "5", "--packet", "0"], 'statistic: option "--mode" cannot be inverted.\n'],
  ])("error %j", (words, message) => {
    expect(failure("statistic", words)).toBe(`${message}|2`);
  });

  it("nth: every n-th packet from --packet on, state kept in the data", () => {
    const e = ext("statistic");
    const data = build("statistic", ["--mode", "nth", "--every", "3", "--packet", "1"]);
    const hits = Array.from({ length: 7 }, () => e.match(data, packet(), context()));
    expect(hits).toEqual([false, true, false, false, true, false, false]);
    const first = build("statistic", ["--mode", "nth", "--every", "2", "--packet", "0"]);
    expect([1, 2, 3, 4].map(() => e.match(first, packet(), context()))).toEqual([true, false, true, false]);
  });

  it("random: draws from ctx.random against the stored 31-bit probability", () => {
    const e = ext("statistic");
    const half = build("statistic", ["--mode", "random", "--probability", "0.5"]);
    expect(e.match(half, packet(), context({ random: () => 0.49 }))).toBe(true);
    expect(e.match(half, packet(), context({ random: () => 0.5 }))).toBe(false);
    const never = build("statistic", ["--mode", "random", "--probability", "0"]);
    expect(e.match(never, packet(), context({ random: () => 0 }))).toBe(false);
    const inverted = build("statistic", ["--mode", "random", "!", "--probability", "0.25"]);
    expect(e.match(inverted, packet(), context({ random: () => 0.9 }))).toBe(true);
  });
});
