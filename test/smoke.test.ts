import { describe, expect, it } from "vitest";
import { newRuleset } from "../src/netfilter/ruleset.js";

describe("rule set", () => {
  it("has exactly Linux's built-in chains per table", () => {
    const rs = newRuleset();
    expect(Object.keys(rs.tables.nat!.chains)).toEqual(["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"]);
    expect(Object.keys(rs.tables.raw!.chains)).toEqual(["PREROUTING", "OUTPUT"]);
  });
});
