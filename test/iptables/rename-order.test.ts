// -E keeps a user chain's place among the table's chains (nf_tables keeps its handle and its
// place in `nft list`): renaming the newest chain and renaming one in the middle must both leave
// the order as it was, with the new name where the old one stood.
import { describe, expect, it } from "vitest";
import { MiniShell } from "../oracle/mini-shell.js";
import { Session } from "../../src/shell/session.js";
import { createWorld } from "../../src/net/world.js";

function chainOrder(sh: MiniShell, backend: "nft" | "legacy"): string[] {
  const ns = Object.values(sh.world.namespaces)[0]!;
  return Object.keys(ns.netfilter[backend].tables["filter"]!.chains);
}

describe("-E keeps the chain's place", () => {
  for (const [tool, backend] of [["iptables", "nft"], ["iptables-legacy", "legacy"]] as const) {
    it(`${tool}: the newest chain, one in the middle and the oldest`, () => {
      const sh = new MiniShell();
      for (const c of ["a", "b", "c", "d"]) expect(sh.run(`${tool} -N ${c}`).rc).toBe(0);
      sh.run(`${tool} -A a -j d`);
      sh.run(`${tool} -A c -j d`);
      const before = chainOrder(sh, backend);
      expect(sh.run(`${tool} -E d z`).rc).toBe(0);
      expect(sh.run(`${tool} -E b y`).rc).toBe(0);
      expect(sh.run(`${tool} -E a x`).rc).toBe(0);
      const rename = (n: string) => ({ d: "z", b: "y", a: "x" })[n] ?? n;
      expect(chainOrder(sh, backend)).toEqual(before.map(rename));
      // the jumps follow the new name
      expect(sh.run(`${tool} -S`).stdout).toContain("-A x -j z\n");
      expect(sh.run(`${tool} -S`).stdout).toContain("-A c -j z\n");
      // and a chain made after the renames comes last
      sh.run(`${tool} -N e`);
      expect(chainOrder(sh, backend).at(-1)).toBe("e");
    });
  }

  it("keeps the rules' handles across the rename (nft -a lists the same handles)", () => {
    const shell = new Session(createWorld(), {});
    for (const cmd of ["iptables -N a", "iptables -N b", "iptables -A a -j b", "iptables -A INPUT -j b", "iptables -A b -j RETURN"]) shell.run(cmd);
    const handles = () => [...shell.run("nft -a list table ip filter").stdout.matchAll(/# handle (\d+)/g)].map((m) => m[1]);
    const before = handles();
    expect(before.length).toBeGreaterThan(5);
    expect(shell.run("iptables -E b z").rc).toBe(0);
    expect(handles()).toEqual(before);
    expect(shell.run("nft -a list table ip filter").stdout).toContain("jump z");
  });
});
