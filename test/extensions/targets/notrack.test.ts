// NOTRACK: saved as -j NOTRACK but listed with CT in the target column (run-real,
// oracle/conntrack.sh and shared case target-ct-notrack).
import { describe, expect, it } from "vitest";
import { build, context, failure, listText, packet, recorder, saveText, target } from "./harness.js";

describe("NOTRACK", () => {
  it("saves bare and lists as CT … NOTRACK", () => {
    const ext = target("NOTRACK");
    expect(saveText("NOTRACK", [], { table: "raw", chain: "OUTPUT" })).toBe("-j NOTRACK");
    expect(listText("NOTRACK", [], true, { table: "raw", chain: "OUTPUT" })).toBe("NOTRACK");
    expect(ext.listName?.({})).toBe("CT");
  });

  it("takes no options and is raw-only", () => {
    expect(failure("NOTRACK", ["--notrack"], { table: "raw" }).stderr).toContain('unknown option "--notrack"');
    expect(failure("NOTRACK", [], { chain: "INPUT" }).rc).toBe(4);
    expect(failure("NOTRACK", [], { table: "mangle", chain: "OUTPUT" }).rc).toBe(4);
  });

  it("untracks the packet", () => {
    const effects = recorder();
    const data = build("NOTRACK", [], { table: "raw", chain: "PREROUTING" });
    expect(target("NOTRACK").action(data, packet(), context(), effects)).toEqual({ kind: "CONTINUE" });
    expect(effects.untracked).toBe(1);
  });
});
