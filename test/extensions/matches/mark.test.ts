import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

describe("mark match (oracle: match-mark, b4)", () => {
  it.each([
    [["--mark", "1"], "--mark 0x1", "mark match 0x1"],
    [["--mark", "0x10/0xf0"], "--mark 0x10/0xf0", "mark match 0x10/0xf0"],
    [["!", "--mark", "0x4000/0x4000"], "! --mark 0x4000/0x4000", "mark match ! 0x4000/0x4000"],
    [["--mark", "4294967295"], "--mark 0xffffffff", "mark match 0xffffffff"],
    [["--mark", "0x1/0xffffffff"], "--mark 0x1", "mark match 0x1"],
  ])("%j", (words, save, list) => {
    expect(texts("mark", words)).toEqual({ save, list, numeric: list });
  });
  it.each([
    [["--mark", "zz"], 'mark: bad integer value for option "--mark", or out of range.\n'],
    [["--mark", "0x1/zz"], 'mark: bad integer value for option "--mark", or out of range.\n'],
    [["--mark", "1x"], 'mark: trailing garbage after value for option "--mark".\n'],
    [["--mark", "1", "--mark", "2"], 'mark: option "--mark" can only be used once.\n'],
    [[], 'mark: option "--mark" must be specified\n'],
  ])("error %j", (words, message) => {
    expect(failure("mark", words)).toBe(`${message}|2`);
  });
  it("compares the masked fwmark", () => {
    expect(decide("mark", ["--mark", "0x4000/0x4000"], { mark: 0x4001 })).toBe(true);
    expect(decide("mark", ["--mark", "0x4000/0x4000"], { mark: 0x1 })).toBe(false);
    expect(decide("mark", ["!", "--mark", "1"], { mark: 2 })).toBe(true);
    expect(decide("mark", ["--mark", "0xffffffff"], { mark: 0xffffffff })).toBe(true);
  });
});
