import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

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
