import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

const TCP = { proto: 6 };

describe("multiport match (oracle: match-multiport, match-multiport-errors, b2)", () => {
  it.each([
    [["--dports", "80,443"], TCP, "--dports 80,443", "multiport dports http,https", "multiport dports 80,443"],
    [["--sports", "53,123,5000:6000"], { proto: 17 }, "--sports 53,123,5000:6000", "multiport sports domain,ntp,5000:6000", "multiport sports 53,123,5000:6000"],
    [["--ports", "22,2222"], TCP, "--ports 22,2222", "multiport ports ssh,2222", "multiport ports 22,2222"],
    [["!", "--dports", "1:1023"], TCP, "! --dports 1:1023", "multiport dports  !tcpmux:1023", "multiport dports  !1:1023"],
    [["--dports", "http,https,ssh"], TCP, "--dports 80,443,22", "multiport dports http,https,ssh", "multiport dports 80,443,22"],
    [["--ports", "1:5,7,9:10"], TCP, "--ports 1:5,7,9:10", "multiport ports tcpmux:5,echo,discard:10", "multiport ports 1:5,7,9:10"],
    [["--source-ports", "80,81"], TCP, "--sports 80,81", "multiport sports http,81", "multiport sports 80,81"],
    [["--dports", "1:2,3:4,5:6,7:8,9:10,11:12,13:14,15"], TCP, "--dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15", "multiport dports tcpmux:2,3:4,5:6,echo:8,discard:10,systat:12,daytime:14,netstat", "multiport dports 1:2,3:4,5:6,7:8,9:10,11:12,13:14,15"],
  ])("%j", (words, opts, save, list, numeric) => {
    expect(texts("multiport", words, opts)).toEqual({ save, list, numeric });
  });

  it.each([
    [["--dports", "80,443"], { proto: 0 }, "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'"],
    [["--ports", "80,81"], { proto: 1 }, "multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP"],
    [["--dports", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16"], TCP, "too many ports specified"],
    [["--dports", "1:2,3:4,5:6,7:8,9:10,11:12,13:14,15:16"], TCP, "too many ports specified"],
    [[], TCP, "multiport expection an option"],
    [["--sports", "1:2:3"], TCP, "invalid port/service `2:3' specified"],
    [["--sports", "5:1"], TCP, "invalid portrange specified"],
    [["--dports", "80", "--sports", "22"], TCP, 'multiport: option "--source-ports" cannot be used together with "--destination-ports".\n'],
    [["--dports", "80", "--dports", "22"], TCP, 'multiport: option "--destination-ports" can only be used once.\n'],
    [["--dports", "nosuch"], TCP, "invalid port/service `nosuch' specified"],
    [["--dports", "80,"], TCP, "invalid port/service `' specified"],
  ])("error %j", (words, opts, message) => {
    expect(failure("multiport", words, opts)).toBe(`${message}|2`);
  });

  it("accepts exactly 15 ports", () => {
    expect(failure("multiport", ["--dports", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15"], TCP)).toBe("accepted");
  });

  it("matches listed ports and ranges on the chosen side", () => {
    expect(decide("multiport", ["--dports", "80,443"], { dport: 443 }, {}, TCP)).toBe(true);
    expect(decide("multiport", ["--dports", "80,443"], { dport: 444 }, {}, TCP)).toBe(false);
    expect(decide("multiport", ["--dports", "1000:2000"], { dport: 1500 }, {}, TCP)).toBe(true);
    expect(decide("multiport", ["--ports", "22"], { sport: 22, dport: 5000 }, {}, TCP)).toBe(true);
    expect(decide("multiport", ["--sports", "22"], { sport: 5000, dport: 22 }, {}, TCP)).toBe(false);
    expect(decide("multiport", ["!", "--dports", "1:1023"], { dport: 8080 }, {}, TCP)).toBe(true);
  });
});
