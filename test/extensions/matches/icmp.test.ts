import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

const ICMP = { proto: 1 };

describe("icmp match (oracle: match-icmp-type, errs1)", () => {
  it.each([
    ["echo-request", "--icmp-type 8", "icmp echo-request", "icmptype 8"],
    ["8", "--icmp-type 8", "icmp echo-request", "icmptype 8"],
    ["3/3", "--icmp-type 3/3", "icmp port-unreachable", "icmptype 3 code 3"],
    ["any", "--icmp-type any", "icmp any", "icmptype 255"],
    ["destination-unreachable", "--icmp-type 3", "icmp destination-unreachable", "icmptype 3"],
    ["port-unreachable", "--icmp-type 3/3", "icmp port-unreachable", "icmptype 3 code 3"],
    ["time-exceeded", "--icmp-type 11", "icmp time-exceeded", "icmptype 11"],
    ["fragmentation-needed", "--icmp-type 3/4", "icmp fragmentation-needed", "icmptype 3 code 4"],
    ["3/99", "--icmp-type 3/99", "icmptype 3 code 99", "icmptype 3 code 99"],
    ["200", "--icmp-type 200", "icmptype 200", "icmptype 200"],
    ["8/0", "--icmp-type 8/0", "icmptype 8 code 0", "icmptype 8 code 0"],
    ["11/1", "--icmp-type 11/1", "icmp ttl-zero-during-reassembly", "icmptype 11 code 1"],
    ["5/1", "--icmp-type 5/1", "icmp host-redirect", "icmptype 5 code 1"],
    ["ping", "--icmp-type 8", "icmp echo-request", "icmptype 8"],
    ["pong", "--icmp-type 0", "icmp echo-reply", "icmptype 0"],
    ["Echo-Request", "--icmp-type 8", "icmp echo-request", "icmptype 8"],
    ["13", "--icmp-type 13", "icmp timestamp-request", "icmptype 13"],
    ["3/0:5", "--icmp-type 3/0", "icmptype 3 codes 0-5", "icmptype 3 codes 0-5"],
  ])("%s", (type, save, list, numeric) => {
    expect(texts("icmp", ["--icmp-type", type], ICMP)).toEqual({ save, list, numeric });
  });

  it("inverted", () => {
    expect(texts("icmp", ["!", "--icmp-type", "echo-reply"], ICMP)).toEqual({ save: "! --icmp-type 0", list: "icmp !echo-reply", numeric: "icmp !type 0" });
    expect(texts("icmp", ["!", "--icmp-type", "3/3"], ICMP)).toEqual({ save: "! --icmp-type 3/3", list: "icmp !port-unreachable", numeric: "icmp !type 3 code 3" });
    expect(texts("icmp", ["!", "--icmp-type", "any"], ICMP)).toEqual({ save: "! --icmp-type any", list: "icmp !any", numeric: "icmp !type 255" });
  });

  it.each([
    [["--icmp-type", "256"], "Unknown ICMP type `256'"],
    [["--icmp-type", "foo"], "Unknown ICMP type `foo'"],
    [["--icmp-type", "echo"], "Ambiguous ICMP type `echo': `echo-reply' or `echo-request'?"],
    [["--icmp-type", "3/abc"], "Unknown ICMP code `3/abc'"],
    [["--icmp-type", "8", "--icmp-type", "0"], 'icmp: option "--icmp-type" can only be used once.\n'],
    [[], 'icmp: option "--icmp-type" must be specified\n'],
  ])("error %j", (words, message) => {
    expect(failure("icmp", words, ICMP)).toBe(`${message}|2`);
  });

  it("matches type and code range", () => {
    expect(decide("icmp", ["--icmp-type", "echo-request"], { proto: 1, icmpType: 8 }, {}, ICMP)).toBe(true);
    expect(decide("icmp", ["--icmp-type", "echo-request"], { proto: 1, icmpType: 0 }, {}, ICMP)).toBe(false);
    expect(decide("icmp", ["--icmp-type", "3/3"], { proto: 1, icmpType: 3, icmpCode: 1 }, {}, ICMP)).toBe(false);
    expect(decide("icmp", ["--icmp-type", "any"], { proto: 1, icmpType: 42 }, {}, ICMP)).toBe(true);
    expect(decide("icmp", ["!", "--icmp-type", "8"], { proto: 1, icmpType: 0 }, {}, ICMP)).toBe(true);
  });
});
