// The kernel checks keep what they learn about a table's jump graph between commands
// (jump-graph-cache.ts): hook masks and jump levels grow with added jumps and turn into upper
// bounds when jumps go. Any command must answer exactly as it would with nothing kept, so
// random command sequences run twice: once as they are, once with every cache dropped before
// each command.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MiniShell } from "../oracle/mini-shell.js";
import { invalidateHooks } from "../../src/iptables/jump-graph-cache.js";

const USER = ["c0", "c1", "c2", "c3", "c4", "c5"];
const BASE: Record<string, string[]> = {
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  filter: ["INPUT", "FORWARD", "OUTPUT"],
};
/** Targets the kernel allows only under some hooks (so hook masks decide), per table. */
const RESTRICTED: Record<string, string[]> = {
  nat: ["-p tcp -j REDIRECT --to-ports 80", "-j MASQUERADE", "-j DNAT --to-destination 10.0.0.1", "-j SNAT --to-source 10.0.0.2"],
  filter: ["-m owner --uid-owner 0 -j ACCEPT", "-j ACCEPT"],
};

function commandArb(table: string): fc.Arbitrary<string> {
  const user = fc.constantFrom(...USER);
  const any = fc.constantFrom(...USER, ...BASE[table]!);
  const n = fc.integer({ min: 1, max: 4 });
  const t = `-t ${table}`;
  // (jumps are added most often, so that loops and restricted rules meet reachable chains)
  return fc.oneof(
    { weight: 1, arbitrary: user.map((c) => `${t} -N ${c}`) },
    { weight: 5, arbitrary: fc.tuple(any, user, fc.constantFrom("-j", "-g")).map(([from, to, how]) => `${t} -A ${from} ${how} ${to}`) },
    { weight: 2, arbitrary: fc.tuple(any, n, user).map(([from, at, to]) => `${t} -I ${from} ${at} -j ${to}`) },
    { weight: 3, arbitrary: fc.tuple(any, fc.constantFrom(...RESTRICTED[table]!)).map(([from, spec]) => `${t} -A ${from} ${spec}`) },
    { weight: 2, arbitrary: fc.tuple(any, n).map(([from, at]) => `${t} -D ${from} ${at}`) },
    { weight: 1, arbitrary: fc.tuple(any, n, user).map(([from, at, to]) => `${t} -R ${from} ${at} -j ${to}`) },
    { weight: 1, arbitrary: any.map((c) => `${t} -F ${c}`) },
    { weight: 1, arbitrary: user.map((c) => `${t} -X ${c}`) },
    { weight: 1, arbitrary: fc.tuple(user, user).map(([a, b]) => `${t} -E ${a} ${b}`) },
  );
}

function dropCaches(sh: MiniShell): void {
  for (const ns of Object.values(sh.world.namespaces)) {
    for (const rs of [ns.netfilter.nft, ns.netfilter.legacy]) for (const t of Object.values(rs.tables)) invalidateHooks(t);
  }
}

describe("jump graph caches", () => {
  it("answer every command as a fresh walk of the table would", () => {
    const scenario = fc.tuple(fc.constantFrom("nat", "filter"), fc.constantFrom("iptables", "iptables-legacy")).chain(([table, tool]) =>
      fc.tuple(fc.constant(table), fc.constant(tool), fc.array(commandArb(table), { minLength: 20, maxLength: 60, size: "max" })),
    );
    fc.assert(
      fc.property(scenario, ([table, tool, commands]) => {
        const kept = new MiniShell();
        const fresh = new MiniShell();
        for (const c of [...USER.slice(0, 5).map((u) => `-t ${table} -N ${u}`), ...commands, `-t ${table} -S`]) {
          const line = `${tool} ${c}`;
          dropCaches(fresh);
          expect(kept.run(line), line).toEqual(fresh.run(line));
        }
      }),
      { numRuns: 60, seed: 7001 },
    );
  });

  it("answer every command after a restore as a fresh walk would (the restore keeps its jump levels)", () => {
    // a block's lines: jumps and restricted rules, and now and then a chain declared again (its
    // rules flushed: the restore's log then holds jumps the table no longer has)
    const lineArb = (table: string): fc.Arbitrary<string> =>
      fc.oneof(
        { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...USER, ...BASE[table]!), fc.constantFrom(...USER), fc.constantFrom("-j", "-g")).map(([from, to, how]) => `-A ${from} ${how} ${to}`) },
        { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...USER, ...BASE[table]!), fc.constantFrom(...RESTRICTED[table]!)).map(([from, spec]) => `-A ${from} ${spec}`) },
        { weight: 1, arbitrary: fc.constantFrom(...USER).map((c) => `:${c} - [0:0]`) },
      );
    const scenario = fc.constantFrom("nat", "filter").chain((table) =>
      fc.tuple(fc.constant(table), fc.array(lineArb(table), { minLength: 5, maxLength: 30 }), fc.array(commandArb(table), { minLength: 10, maxLength: 40, size: "max" })),
    );
    fc.assert(
      fc.property(scenario, ([table, lines, commands]) => {
        const kept = new MiniShell();
        const fresh = new MiniShell();
        const restore = `iptables-restore <<'EOF'\n*${table}\n${USER.map((u) => `:${u} - [0:0]`).join("\n")}\n${lines.join("\n")}\nCOMMIT\nEOF`;
        expect(kept.run(restore)).toEqual(fresh.run(restore));
        for (const c of [...commands, `-t ${table} -S`]) {
          const line = `iptables ${c}`;
          dropCaches(fresh);
          expect(kept.run(line), line).toEqual(fresh.run(line));
        }
      }),
      { numRuns: 80, seed: 11001 },
    );
  });

  it("a chain 16 deep is still refused after jumps were taken out and put back", () => {
    const sh = new MiniShell();
    for (let i = 1; i <= 16; i++) sh.run(`iptables -N c${i}`);
    for (let i = 1; i < 16; i++) sh.run(`iptables -A c${i} -j c${i + 1}`);
    expect(sh.run("iptables -A INPUT -j c2").rc).toBe(0);
    // c2 is now reached at level 1; taking the jump out leaves that level as an upper bound
    expect(sh.run("iptables -D INPUT 1").rc).toBe(0);
    expect(sh.run("iptables -A INPUT -j c1").stderr).toBe("iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Too many links): rule in chain INPUT\n");
    expect(sh.run("iptables -A FORWARD -j c3").rc).toBe(0);
  });
});

describe("nf_tables handles left pending by -E, -X and -R", () => {
  it("come out as if they had been given out before those commands", () => {
    const restore = "iptables-restore <<'EOF'\n*filter\n:a - [0:0]\n:b - [0:0]\n:c - [0:0]\n-A INPUT -j a\n-A a -j b\n-A a -j ACCEPT\n-A b -j RETURN\n-A FORWARD -j c\nCOMMIT\nEOF";
    const later = ["iptables -E a x", "iptables -R x 2 -j DROP", "iptables -D FORWARD 1", "iptables -X c", "iptables -N c", "iptables -E b a", "iptables -A c -j a", "nft -a list table ip filter"];
    const pending = new MiniShell();
    const settled = new MiniShell();
    pending.run(restore);
    settled.run(restore);
    // (-vv numbers every object: the handles are given out before the commands below)
    settled.run("iptables -vv -A OUTPUT -j ACCEPT");
    pending.run("iptables -A OUTPUT -j ACCEPT");
    const outs = later.map((c) => [pending.run(c), settled.run(c)]);
    for (const [p, s] of outs) expect(p).toEqual(s);
    expect(outs.at(-1)![0]!.stdout).toContain("chain x { # handle");
  });
});
