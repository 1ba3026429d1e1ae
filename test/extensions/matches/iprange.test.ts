import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

describe("iprange match (oracle: match-iprange, b4)", () => {
  it.each([
    [["--src-range", "10.0.0.1-10.0.0.10"], "--src-range 10.0.0.1-10.0.0.10", "source IP range 10.0.0.1-10.0.0.10"],
    [["--dst-range", "192.168.1.100-192.168.1.200"], "--dst-range 192.168.1.100-192.168.1.200", "destination IP range 192.168.1.100-192.168.1.200"],
    [["!", "--src-range", "10.0.0.1-10.0.0.10"], "! --src-range 10.0.0.1-10.0.0.10", "source IP range ! 10.0.0.1-10.0.0.10"],
    [["--src-range", "10.0.0.5"], "--src-range 10.0.0.5-10.0.0.5", "source IP range 10.0.0.5-10.0.0.5"],
    [["--src-range", "10.0.0.9-10.0.0.1"], "--src-range 10.0.0.9-10.0.0.1", "source IP range 10.0.0.9-10.0.0.1"],
    [["--src-range", "10.1-10.2"], "--src-range 10.1.0.0-10.2.0.0", "source IP range 10.1.0.0-10.2.0.0"],
    [["--src-range", "1.1.1.1", "--dst-range", "2.2.2.2-2.2.2.3"], "--src-range 1.1.1.1-1.1.1.1 --dst-range 2.2.2.2-2.2.2.3", "source IP range 1.1.1.1-1.1.1.1 destination IP range 2.2.2.2-2.2.2.3"],
  ])("%j", (words, save, list) => {
    expect(texts("iprange", words)).toEqual({ save, list, numeric: list });
  });
  it.each([
    [["--src-range", "10.0.0.300"], 'iprange: Bad value for "--src-range" option: "10.0.0.300"'],
    [[], "iprange match: You must specify `--src-range' or `--dst-range'"],
  ])("error %j", (words, message) => {
    expect(failure("iprange", words)).toBe(`${message}|2`);
  });
  it("matches inclusive ranges", () => {
    expect(decide("iprange", ["--src-range", "10.0.0.1-10.0.0.10"], { src: 0x0a00000a })).toBe(true);
    expect(decide("iprange", ["--src-range", "10.0.0.1-10.0.0.10"], { src: 0x0a00000b })).toBe(false);
    expect(decide("iprange", ["!", "--src-range", "10.0.0.1-10.0.0.10"], { src: 0x0a00000b })).toBe(true);
    expect(decide("iprange", ["--dst-range", "200.0.0.1-200.0.0.2"], { dst: 0xc8000002 })).toBe(true);
  });
});

describe("iprange warnings", () => {
  it("a reversed range is accepted with iptables' warning", async () => {
    const { warnings } = await import("./helpers.js");
    expect(warnings("iprange", ["--src-range", "10.0.0.9-10.0.0.1"])).toEqual(["xt_iprange: range 10.0.0.9-10.0.0.1 is reversed and will never match\n"]);
    expect(warnings("iprange", ["--src-range", "10.0.0.1-10.0.0.9"])).toEqual([]);
  });
});
