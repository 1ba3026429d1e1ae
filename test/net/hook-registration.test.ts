import { describe, expect, it } from "vitest";
import { nativeWindow, nftTablesBefore, recordHookRegistrations, rulesetsInHookOrder } from "../../src/net/hook-registration.js";
import { createWorld } from "../../src/net/world.js";
import type { World } from "../../src/net/types.js";

function useLegacyFilter(world: World): void {
  const t = world.namespaces[""]!.netfilter.legacy.tables.filter!;
  t.exists = true;
  for (const c of Object.values(t.chains)) if (c.builtin) c.exists = true;
}

function useNftInput(world: World): void {
  const t = world.namespaces[""]!.netfilter.nft.tables.filter!;
  t.exists = true;
  t.chains["INPUT"]!.exists = true;
}

/** What one command did, then its registrations noted as the command wrapper notes them. */
function command(world: World, change: () => void, flushingRestore = false): void {
  const before = nftTablesBefore(world, "");
  change();
  recordHookRegistrations(world, "", before, flushingRestore);
}

const order = (world: World) => {
  const ns = world.namespaces[""]!;
  return rulesetsInHookOrder(ns, "filter", "INPUT").map((rs) => (rs === ns.netfilter.legacy ? "legacy" : "nft"));
};

describe("order of iptables-legacy and iptables-nft chains at one hook", () => {
  it("runs legacy first when nothing was recorded", () => {
    expect(order(createWorld())).toEqual(["legacy", "nft"]);
  });

  it("runs the rule set registered last first", () => {
    const world = createWorld();
    command(world, () => useNftInput(world));
    command(world, () => useLegacyFilter(world));
    expect(order(world)).toEqual(["legacy", "nft"]);
    const other = createWorld();
    command(other, () => useLegacyFilter(other));
    command(other, () => useNftInput(other));
    expect(order(other)).toEqual(["nft", "legacy"]);
  });

  it("re-registers nft chains only when a flushing restore replaced their table", () => {
    const world = createWorld();
    command(world, () => useNftInput(world));
    command(world, () => useLegacyFilter(world));
    const ns = world.namespaces[""]!;
    const replace = () => {
      ns.netfilter.nft.tables.filter = structuredClone(ns.netfilter.nft.tables.filter!);
    };
    command(world, replace, false);
    expect(order(world)).toEqual(["legacy", "nft"]);
    command(world, replace, true);
    expect(order(world)).toEqual(["nft", "legacy"]);
  });
});

describe("priority window of nft's own chains", () => {
  it("gives each run of tables the priorities up to the next run's first table", () => {
    expect(nativeWindow("PREROUTING", ["raw"])).toEqual([-Infinity, -150]);
    expect(nativeWindow("PREROUTING", ["mangle"])).toEqual([-150, Infinity]);
    expect(nativeWindow("OUTPUT", ["mangle"])).toEqual([-150, 0]);
    expect(nativeWindow("OUTPUT", ["filter", "security"])).toEqual([0, Infinity]);
    expect(nativeWindow("INPUT", ["mangle", "filter", "security"])).toEqual([-Infinity, Infinity]);
  });
});
