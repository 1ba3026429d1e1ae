import { describe, expect, it } from "vitest";
import { build, context, ext, failure, packet, texts } from "./helpers.js";

describe("limit match (oracle: match-limit, errs1)", () => {
  it.each([
    [["--limit", "5/min"], "--limit 5/min", "limit: avg 5/min burst 5"],
    [["--limit", "10/second", "--limit-burst", "20"], "--limit 10/sec --limit-burst 20", "limit: avg 10/sec burst 20"],
    [["--limit", "1/hour"], "--limit 1/hour", "limit: avg 1/hour burst 5"],
    [["--limit", "100/day"], "--limit 100/day", "limit: avg 100/day burst 5"],
    [[], "--limit 3/hour", "limit: avg 3/hour burst 5"],
    [["--limit", "3/s"], "--limit 3/sec", "limit: avg 3/sec burst 5"],
    [["--limit", "7"], "--limit 7/sec", "limit: avg 7/sec burst 5"],
    [["--limit", "1/d"], "--limit 1/day", "limit: avg 1/day burst 5"],
    [["--limit", "7/minute"], "--limit 7/min", "limit: avg 7/min burst 5"],
    [["--limit", "2/sec", "--limit-burst", "5"], "--limit 2/sec", "limit: avg 2/sec burst 5"],
    [["--limit", "1000/sec"], "--limit 1000/sec", "limit: avg 1000/sec burst 5"],
    [["--limit", "3000/hour"], "--limit 50/min", "limit: avg 50/min burst 5"],
    [["--limit", "90/min"], "--limit 90/min", "limit: avg 90/min burst 5"],
    [["--limit", "5/m", "--limit-burst", "0"], "--limit 5/min", "limit: avg 5/min burst 5"],
  ])("%j", (words, save, list) => {
    expect(texts("limit", words)).toEqual({ save, list, numeric: list });
  });
  it.each([
    [["!", "--limit", "5/sec"], 'limit: option "--limit" cannot be inverted.\n'],
    [["--limit", "5/sec", "--limit", "6/sec"], 'limit: option "--limit" can only be used once.\n'],
    [["--limit", "5/foo"], `bad rate "5/foo"'`],
    [["--limit", "abc"], `bad rate "abc"'`],
    [["--limit", "0/sec"], `bad rate "0/sec"'`],
    [["--limit", "20000/sec"], 'Rate too fast "20000/sec"'],
    [["--limit", "5/m", "--limit-burst", "20000"], 'limit: bad value for option "--limit-burst", or out of range (0-10000).\n'],
  ])("error %j", (words, message) => {
    expect(failure("limit", words)).toBe(`${message}|2`);
  });
  it("token bucket: burst first, then one packet per period", () => {
    const e = ext("limit");
    const data = build("limit", ["--limit", "1/sec", "--limit-burst", "3"]);
    const at = (now: number) => e.match(data, packet(), context({ now }));
    expect([at(0), at(1), at(2), at(3)]).toEqual([true, true, true, false]);
    expect(at(500)).toBe(false);
    expect(at(1003)).toBe(true);
    expect(at(1100)).toBe(false);
    expect(at(10_000)).toBe(true);
    expect([at(10_001), at(10_002), at(10_003)]).toEqual([true, true, false]);
  });
});
