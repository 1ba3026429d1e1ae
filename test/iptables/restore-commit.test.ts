// iptables-restore's COMMIT shortcut (checks on the block's own jump log, restore-commit.ts)
// must answer exactly as the whole-table checks: random blocks with jumps, loops, deep chains
// and rules the kernel refuses in some hooks, restored both ways.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { restoreRuleset, saveRuleset } from "../../src/iptables/commands.js";
import { newRuleset } from "../../src/netfilter/ruleset.js";

const BUILTINS: Record<string, string[]> = {
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
};
const USER = Array.from({ length: 18 }, (_, i) => `C${i}`);

// rule bodies: some refused in some tables or hooks, some refused everywhere
const MATCHES = ["", "-p tcp --dport 80", "-p udp -m tcp --tcp-option 2", "-m addrtype --limit-iface-in --dst-type LOCAL", "! -s 0.0.0.0/0", "-m comment --comment x"];
const VERDICTS = ["-j ACCEPT", "-j RETURN", "-j DNAT --to-destination 10.0.0.1", "-j MASQUERADE", "-j REJECT", "-j MARK --set-mark 1", ""];

const line = (table: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...BUILTINS[table]!, ...USER), fc.constantFrom(...MATCHES), fc.constantFrom(...VERDICTS)).map(([c, m, v]) => `-A ${c} ${m} ${v}`) },
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...BUILTINS[table]!, ...USER), fc.constantFrom(...MATCHES), fc.constantFrom("-j", "-g"), fc.constantFrom(...USER)).map(([c, m, j, t]) => `-A ${c} ${m} ${j} ${t}`) },
    { weight: 1, arbitrary: fc.constantFrom(...USER).map((c) => `:${c} - [0:0]`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...USER), fc.constantFrom(...USER)).map(([c, t]) => `-I ${c} -j ${t}`) },
    { weight: 1, arbitrary: fc.constantFrom(...USER).map((c) => `-F ${c}`) },
  );

// a ladder C0 → C1 → … reaches nft's jump depth limit when it is 16 chains long
const ladder = fc.integer({ min: 0, max: 17 }).map((n) => Array.from({ length: n }, (_, i) => `-A C${i} -j C${i + 1}`));

const block = fc.constantFrom("nat", "filter", "mangle").chain((table) =>
  fc.tuple(fc.constant(table), fc.array(line(table), { maxLength: 25 }), ladder, fc.constantFrom(...BUILTINS[table]!)).map(([t, lines, steps, hook]) => {
    const decl = USER.map((c) => `:${c} - [0:0]`);
    return [`*${t}`, ...decl, `-A ${hook} -j C0`, ...steps, ...lines, "COMMIT", ""].join("\n");
  }),
);

describe("iptables-restore COMMIT shortcut", () => {
  it("answers as the whole-table checks do", () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(block, (input) => {
        const quick = newRuleset();
        const exact = newRuleset();
        const a = restoreRuleset(quick, input);
        const b = restoreRuleset(exact, input, { exactCommit: true });
        expect(a, input).toEqual(b);
        expect(saveRuleset(quick, { date: "D" })).toBe(saveRuleset(exact, { date: "D" }));
        if (b.rc === 0) accepted++;
        else refused++;
      }),
      { numRuns: 600 },
    );
    // both outcomes were exercised
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it("refuses a 16-chain jump path and a hook-restricted rule as the kernel does", () => {
    const deep = ["*filter", ...USER.map((c) => `:${c} - [0:0]`), "-A INPUT -j C0", ...Array.from({ length: 16 }, (_, i) => `-A C${i} -j C${i + 1}`), "COMMIT", ""].join("\n");
    expect(restoreRuleset(newRuleset(), deep).stderr).toContain("Too many links");
    const masq = ["*nat", ":C0 - [0:0]", "-A C0 -j MASQUERADE", "-A PREROUTING -j C0", "COMMIT", ""].join("\n");
    expect(restoreRuleset(newRuleset(), masq).stderr).toContain("RULE_APPEND failed (Invalid argument): rule in chain PREROUTING");
  });
});
