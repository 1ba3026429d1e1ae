import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

const UDP = { proto: 17 };

describe("udp match (oracle: errs1, b2)", () => {
  it.each([
    [["--dport", "53", "--sport", "1000:2000"], "--sport 1000:2000 --dport 53", "udp spts:1000:2000 dpt:domain", "udp spts:1000:2000 dpt:53"],
    [["--dport", "domain"], "--dport 53", "udp dpt:domain", "udp dpt:53"],
    [["!", "--dport", "53:54"], "! --dport 53:54", "udp dpts:!domain:54", "udp dpts:!53:54"],
    [[], "", "udp", "udp"],
    [["--dport", "bootps"], "--dport 67", "udp dpt:bootps", "udp dpt:67"],
    // ssh exists only as tcp in netbase, yet the udp option parser finds it; -L prints 22.
    [["--dport", "ssh"], "--dport 22", "udp dpt:22", "udp dpt:22"],
    [["--dport", "70000"], "--dport 4464", "udp dpt:4464", "udp dpt:4464"],
    [["--sport", "30:20"], "--sport 30:20", "udp spts:30:20", "udp spts:30:20"],
    [["--sport", ":100"], "--sport 0:100", "udp spts:0:100", "udp spts:0:100"],
  ])("%j", (words, save, list, numeric) => {
    expect(texts("udp", words, UDP)).toEqual({ save, list, numeric });
  });

  it.each([
    [["--dport", "53", "--dport", "54"], 'udp: option "--destination-port" can only be used once.\n'],
    [["--dport", "0x16"], 'Port "0x16" does not resolve to anything.\n'],
    [["--dport", "1:2:3"], 'udp: Too many components for option "--destination-port" (max: 2)\n'],
    [["--sport", "nosuch"], 'Port "nosuch" does not resolve to anything.\n'],
  ])("error %j", (words, message) => {
    expect(failure("udp", words, UDP)).toBe(`${message}|2`);
  });

  it("requires -p udp", () => {
    expect(failure("udp", ["--dport", "5"], { proto: 0 })).toBe("UDP match requires '-p udp'|2");
    expect(failure("udp", ["--dport", "5"], { proto: 6 })).toBe("UDP match requires '-p udp'|2");
  });

  it("matches ports", () => {
    expect(decide("udp", ["--dport", "53"], { proto: 17, dport: 53 }, {}, UDP)).toBe(true);
    expect(decide("udp", ["--dport", "53"], { proto: 17, dport: 54 }, {}, UDP)).toBe(false);
    expect(decide("udp", ["!", "--sport", "1:1023"], { proto: 17, sport: 5000 }, {}, UDP)).toBe(true);
    expect(decide("udp", [], { proto: 6 }, {}, UDP)).toBe(false);
  });
});
