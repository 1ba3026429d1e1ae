// nftRoundTrip keeps a rule as it is when its tcp/udp compares read back unchanged; the
// shortcut must agree with the full round trip on any tcp/udp rule.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nftRoundTrip, roundTripCopy } from "../../src/iptables/nft-normalize.js";
import { parseCommand } from "../../src/iptables/parse.js";

const env = { versionName: "iptables", backendTag: "1.8.9 (nf_tables)", restore: false, backend: "nft" as const };

const port = fc.constantFrom("0", "1", "22", "1023", "65534", "65535");
const range = fc.oneof(port, fc.tuple(port, port).map(([a, b]) => `${a}:${b}`));
const not = fc.constantFrom("", "! ");
const tcpOption = fc.oneof(
  fc.tuple(not, range).map(([n, r]) => `${n}--dport ${r}`),
  fc.tuple(not, range).map(([n, r]) => `${n}--sport ${r}`),
  not.map((n) => `${n}--syn`),
  fc.tuple(not, fc.constantFrom("NONE", "SYN", "SYN,ACK", "ALL"), fc.constantFrom("NONE", "SYN", "ACK")).map(([n, m, c]) => `${n}--tcp-flags ${m} ${c}`),
  not.map((n) => `${n}--tcp-option 2`),
);
const udpOption = fc.oneof(
  fc.tuple(not, range).map(([n, r]) => `${n}--dport ${r}`),
  fc.tuple(not, range).map(([n, r]) => `${n}--sport ${r}`),
);
const match = (proto: "tcp" | "udp") =>
  fc
    .uniqueArray(proto === "tcp" ? tcpOption : udpOption, { maxLength: 3, selector: (o) => o.replace(/^! /, "").split(" ")[0]! })
    .map((opts) => `-m ${proto} ${opts.join(" ")}`);
const ruleText = fc.constantFrom("tcp" as const, "udp" as const).chain((proto) =>
  fc
    .tuple(fc.array(fc.oneof(match(proto), fc.constant("-m comment --comment c")), { minLength: 1, maxLength: 3 }), fc.constantFrom("", "! "))
    .map(([ms, n]) => `${n}-p ${proto} ${ms.join(" ")}`),
);

describe("nft round trip shortcut", () => {
  it("agrees with the full round trip", () => {
    let checked = 0;
    fc.assert(
      fc.property(ruleText, (text) => {
        const argv = ["iptables", "-A", "INPUT", ...text.split(" ").filter(Boolean), "-j", "ACCEPT"];
        let rule;
        try {
          rule = parseCommand(argv, env).rules[0]!;
        } catch {
          return; // options iptables refuses (e.g. two --syn) never reach the round trip
        }
        checked++;
        expect(nftRoundTrip(rule), text).toEqual(roundTripCopy(rule));
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(500);
  });

  it("keeps a plain --dport rule as it is and copies a folded one", () => {
    const parse = (text: string) => parseCommand(["iptables", "-A", "INPUT", ...text.split(" "), "-j", "ACCEPT"], env).rules[0]!;
    const plain = parse("-p tcp -m tcp --dport 80");
    expect(nftRoundTrip(plain)).toBe(plain);
    const folded = parse("-p tcp -m tcp ! --dport 0:1023");
    expect(nftRoundTrip(folded)).not.toBe(folded);
    expect(nftRoundTrip(folded).matches[0]!.data.dpts).toEqual([1024, 65535]);
  });
});
