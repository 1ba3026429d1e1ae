import { describe, expect, it } from "vitest";
import { ext, failure } from "./helpers.js";

describe("nfacct match (research B4/B5)", () => {
  it("saves and lists with two spaces", () => {
    const e = ext("nfacct");
    const d = e.init();
    e.parse(d, { option: "nfacct-name", args: ["ct_state_invalid_dropped_pkts"], invert: false, rule: {} as never, table: "filter" });
    expect(e.save(d)).toBe("--nfacct-name  ct_state_invalid_dropped_pkts");
    expect(e.print(d, { numeric: false })).toBe("nfacct-name  ct_state_invalid_dropped_pkts");
    expect(e.checkEntry!(d, { rule: {} as never, table: "filter", chain: "FORWARD", nfacctObjects: ["ct_state_invalid_dropped_pkts"] } as never)).toBe(true);
  });
  it("a missing accounting object is refused by the kernel", () => {
    expect(failure("nfacct", ["--nfacct-name", "nosuch"], { chain: "FORWARD" })).toBe(" RULE_APPEND failed (No such file or directory): rule in chain FORWARD|4");
    expect(failure("nfacct", [])).toBe('nfacct: option "--nfacct-name" must be specified\n|2');
  });
});
