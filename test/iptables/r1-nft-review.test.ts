// Review fixes to nft's verdict maps: a jump/goto element is read as one verdict (and refused as
// not emulated), not taken for a syntax error at the chain's name.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

const base = ["nft add table ip t", "nft add chain ip t c", "nft add chain ip t in '{ type filter hook input priority 0; }'"];

describe("nft verdict map elements", () => {
  it("reads jump CHAIN and goto CHAIN as one verdict, refused as not emulated", () => {
    for (const line of ["nft add map ip t m '{ type inet_service : verdict; elements = { 22 : jump c } }'", "nft add rule ip t in tcp dport vmap { 22 : accept, 23 : goto c }"]) {
      const r = run(...base, line);
      expect(r.rc).toBe(1);
      expect(r.stderr).not.toContain("syntax error");
      expect(r.stderr).toMatch(/not emulated/);
    }
  });

  it("still reports a map element with no verdict as a syntax error", () => {
    expect(run(...base, "nft add rule ip t in tcp dport vmap { 22 : }").stderr).toContain("syntax error");
  });
});
