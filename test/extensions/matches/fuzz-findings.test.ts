// Differences the match fuzzer (scripts/fuzz/match-cases.mjs) found against the real kernel;
// the recorded transcripts are test/oracle/cases/extra/cli/fz-match-*.
import { describe, expect, it } from "vitest";
import { parseDouble } from "../../../src/netfilter/extensions/util/float.js";
import { parseHostMask } from "../../../src/netfilter/extensions/util/hostmask.js";
import { unresolvedHostMessage } from "../../../src/netfilter/extensions/util/numeric-ip.js";
import { failure, texts } from "./helpers.js";

describe("hashlimit revision 3 rate matching", () => {
  it.each([
    [["--hashlimit-upto", "5/s", "--hashlimit-name", "a", "--hashlimit-rate-match"], "--hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name a --hashlimit-rate-match", "limit: up to 5/sec burst 5 rate-match"],
    // without rate-match the interval only changes the -L rate
    [["--hashlimit-upto", "5/s", "--hashlimit-name", "b", "--hashlimit-rate-interval", "5"], "--hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name b", "limit: up to 1/sec burst 5"],
    // a rate-match rate is per second over an interval set by its unit
    [["--hashlimit-upto", "7/hour", "--hashlimit-name", "c", "--hashlimit-rate-match"], "--hashlimit-upto 7/sec --hashlimit-burst 5 --hashlimit-name c --hashlimit-htable-expire 3600000 --hashlimit-rate-match --hashlimit-rate-interval 3600", "limit: up to 168/day burst 5 htable-expire 3600000 rate-match rate-interval 3600"],
  ])("%j", (words, save, list) => expect(texts("hashlimit", words)).toMatchObject({ save, list }));

  it.each([["0"], ["0x10"], ["2147483648"], [""], ["-1"]])("refuses interval %j like atoi", (value) => {
    expect(failure("hashlimit", ["--hashlimit-upto", "3/s", "--hashlimit-name", "i", "--hashlimit-rate-interval", value])).toBe(`hashlimit: Bad value for "--hashlimit-rate-interval" option: "${value}"|2`);
  });

  it("takes atoi's reading of a number with trailing text", () => {
    expect(texts("hashlimit", ["--hashlimit-upto", "3/s", "--hashlimit-name", "i", "--hashlimit-rate-match", "--hashlimit-rate-interval", "10abc"]).save).toContain("--hashlimit-rate-interval 10");
  });
});

describe("kernel checks and parser corners", () => {
  it("refuses reversed owner ranges, empty string patterns and reversed tcpmss ranges", () => {
    expect(failure("owner", ["--uid-owner", "5-1"], { chain: "OUTPUT" })).toContain("Invalid argument");
    expect(failure("string", ["--algo", "bm", "--string", ""])).toContain("Invalid argument");
    expect(failure("tcpmss", ["--mss", "5:1"], { proto: 6 })).toBe("tcpmss: invalid range given|2");
  });

  it("accepts payload-translated ports under ! -p but leaves empty matches to the kernel", () => {
    expect(failure("udp", ["--dport", "53"], { proto: 17, protoInvert: true })).toBe("accepted");
    expect(failure("udp", [], { proto: 17, protoInvert: true })).toContain("Invalid argument");
    expect(failure("tcp", ["--tcp-option", "2"], { proto: 6, protoInvert: true })).toContain("Invalid argument");
  });

  it("wants a tunnel mode for tunnel addresses, --mode missing included", () => {
    expect(failure("policy", ["--dir", "in", "--pol", "ipsec", "--tunnel-src", "10.0.0.1"])).toBe("policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode|2");
    expect(failure("policy", ["--dir", "in", "--pol", "ipsec", "--tunnel-src", "10.0.0.1", "!", "--mode", "transport"])).toBe("accepted");
  });

  it("drops the inversion of a connbytes range whose bounds are equal", () => {
    expect(texts("connbytes", ["!", "--connbytes", "7:7", "--connbytes-dir", "both", "--connbytes-mode", "bytes"]).save).toBe("--connbytes 7:7 --connbytes-mode bytes --connbytes-dir both");
  });

  it("reads --weekdays segments like libxt_time", () => {
    expect(failure("time", ["--weekdays", ",Mon"])).toBe("No, the week does NOT begin with Sunday.|2");
    expect(texts("time", ["--weekdays", "Mon,"]).save).toContain("--weekdays Mon ");
  });

  it("prints a lone '|' as a plain string and recent's seconds as a C int", () => {
    expect(texts("string", ["--algo", "bm", "--hex-string", "|7c|"]).save).toBe('--string "|" --algo bm');
    expect(texts("recent", ["--rcheck", "--seconds", "4294967295"]).save).toContain("--seconds -1 ");
  });

  it("parses strtod's hex, inf and nan forms", () => {
    expect(parseDouble("0x0.8")).toBe(0.5);
    expect(parseDouble("0x1p-1")).toBe(0.5);
    expect(parseDouble("-inf")).toBe(-Infinity);
    expect(parseDouble("nan")).toBeNaN();
    expect(parseDouble("0.5 ")).toBeUndefined();
  });

  it("leaves a host mask for prefix numbers past 32 and tells bad names from unreachable DNS", () => {
    expect(parseHostMask("conntrack", "ctorigsrc", "10.0.0.0/33").mask).toBe(0xffffffff);
    expect(parseHostMask("conntrack", "ctorigsrc", "10.0.0.0/0xff.0xff.0.0").mask).toBe(0xffff0000);
    expect(unresolvedHostMessage("a,b")).toContain("Name or service not known");
    expect(unresolvedHostMessage("foo_bar")).toContain("Temporary failure");
  });
});
