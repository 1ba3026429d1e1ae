// A kube-proxy-shaped dump restores, saves back to the same rules, and accepts a second
// --noflush pass (what kube-proxy does on every sync).
import { describe, expect, it } from "vitest";
import { newRuleset } from "../../src/netfilter/ruleset.js";
import { restoreRuleset, saveRuleset } from "../../src/iptables/commands.js";
import { kubeDump } from "./kube-dump.js";

const body = (text: string) => text.split("\n").filter((l) => l.startsWith("-A")).sort();

describe("kube-proxy dump", () => {
  it("round-trips through restore and save", () => {
    const dump = kubeDump(200);
    const rs = newRuleset();
    expect(restoreRuleset(rs, dump, { noflush: true })).toEqual({ stdout: "", stderr: "", rc: 0 });
    const saved = saveRuleset(rs, { date: "DATE" });
    expect(body(saved)).toEqual(body(dump));
    // the second pass re-declares every chain, which flushes it before the rules come back
    expect(restoreRuleset(rs, dump, { noflush: true }).rc).toBe(0);
    expect(rs.tables.nat!.chains["KUBE-SERVICES"]!.rules.length).toBe(201);
    // … while rules in built-in chains are appended again
    const userChainRules = (text: string) => body(text).filter((l) => /^-A KUBE-/.test(l));
    const again = saveRuleset(rs, { date: "DATE" });
    expect(userChainRules(again)).toEqual(userChainRules(saved));
    expect(body(again).filter((l) => l.startsWith("-A PREROUTING")).length).toBe(2);
  });
});
