// Where iptables-legacy differs for targets (verified with run-real: oracle/legacy.txt and its transcript): TRACE is
// raw-only, TCPMSS needs a SYN match, NFLOG keeps --nflog-range and a 63-character prefix.
import { describe, expect, it } from "vitest";
import { build, failure, listText, saveText, tcpMatch } from "./harness.js";

const LEGACY = { backend: "legacy" } as const;

describe("targets under iptables-legacy", () => {
  it("TRACE is raw-only", () => {
    expect(failure("TRACE", [], { ...LEGACY, chain: "INPUT" }).rc).toBe(4);
    expect(() => build("TRACE", [], { ...LEGACY, table: "raw", chain: "PREROUTING" })).not.toThrow();
    expect(() => build("TRACE", [], { chain: "INPUT" })).not.toThrow();
  });

  it("TCPMSS needs a tcp match comparing SYN, not inverted", () => {
    const FWD = { ...LEGACY, table: "mangle", chain: "FORWARD", proto: 6 } as const;
    expect(failure("TCPMSS", ["--set-mss", "1400"], FWD).rc).toBe(4);
    expect(() => build("TCPMSS", ["--set-mss", "1400"], { ...FWD, matches: [tcpMatch(["--syn"])] })).not.toThrow();
    expect(() =>
      build("TCPMSS", ["--clamp-mss-to-pmtu"], { ...FWD, matches: [tcpMatch(["--tcp-flags", "SYN,RST", "SYN"])] }),
    ).not.toThrow();
    expect(failure("TCPMSS", ["--set-mss", "1400"], { ...FWD, matches: [tcpMatch(["!", "--syn"])] }).rc).toBe(4);
    expect(failure("TCPMSS", ["--set-mss", "1400"], { ...FWD, matches: [tcpMatch(["--tcp-flags", "SYN", "NONE"])] }).rc).toBe(4);
  });

  it("NFLOG keeps the range and 63 prefix characters", () => {
    const prefix = "0123456789".repeat(7);
    const words = ["--nflog-range", "64", "--nflog-threshold", "0", "--nflog-prefix", prefix];
    expect(saveText("NFLOG", words, LEGACY)).toBe(`-j NFLOG --nflog-prefix ${prefix.slice(0, 63)} --nflog-range 64`);
    expect(listText("NFLOG", words, true, LEGACY)).toBe(`nflog-prefix ${prefix.slice(0, 63)} nflog-range 64`);
    expect(saveText("NFLOG", words)).toBe(`-j NFLOG --nflog-prefix ${prefix}`);
  });
});
