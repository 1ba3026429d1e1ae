// ebtables-nft pieces the recorded cases (g4-ebtables-*) do not pin: per-namespace state,
// atomic failures, MAC parsing, rule-range deletion and restore batches.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import type { World } from "../../src/net/types.js";
import type { CommandContext } from "../../src/shell/types.js";
import { runEbtables } from "../../src/ebtables/command.js";
import { runEbtablesRestore } from "../../src/ebtables/restore.js";
import { runEbtablesSave } from "../../src/ebtables/save.js";
import { parseMacAndMask, ebRuleText } from "../../src/ebtables/rule-text.js";
import { parseEbCommand } from "../../src/ebtables/parse.js";

function ctx(world: World, argv: string[], netns = "", stdin = ""): CommandContext {
  return {
    argv,
    stdin,
    env: {},
    cwd: "/",
    world,
    netns,
    fs: undefined as never,
    run: () => ({ stdout: "", stderr: "", rc: 0 }),
  };
}

const eb = (world: World, line: string, netns = "") => runEbtables(ctx(world, ["ebtables", ...line.split(" ")], netns));

describe("ebtables state", () => {
  it("keeps one rule set per network namespace", () => {
    const world = createWorld();
    world.namespaces.ns1 = structuredClone({ ...world.namespaces[""]!, name: "ns1" });
    expect(eb(world, "-A INPUT -j DROP").rc).toBe(0);
    expect(eb(world, "-L INPUT", "ns1").stdout).toContain("entries: 0");
    expect(eb(world, "-L INPUT").stdout).toContain("entries: 1");
  });

  it("leaves the tables as they were when a command fails part-way", () => {
    const world = createWorld();
    eb(world, "-N A");
    eb(world, "-N B");
    eb(world, "-A INPUT -j B");
    // -X deletes A first in its loop, then fails on B: nothing is deleted
    expect(eb(world, "-X").rc).toBe(4);
    expect(eb(world, "-L").stdout).toContain("Bridge chain: A,");
  });

  it("deletes a rule range as the C loop does, looking each number up after the last deletion", () => {
    const world = createWorld();
    for (const t of ["ACCEPT", "DROP", "RETURN", "CONTINUE", "ACCEPT"]) eb(world, `-A FORWARD -j ${t}`);
    expect(eb(world, "-D FORWARD 1:2").rc).toBe(0);
    // rules 1 and then (new) 2 went: ACCEPT and RETURN
    expect(eb(world, "-L FORWARD").stdout).toBe(
      "Bridge table: filter\n\nBridge chain: FORWARD, entries: 3, policy: ACCEPT\n-j DROP\n-j CONTINUE\n-j ACCEPT\n",
    );
  });

  it("does not show a table in ebtables-save until something changed it", () => {
    const world = createWorld();
    eb(world, "-t nat -L");
    expect(runEbtablesSave(ctx(world, ["ebtables-save"])).stdout).toBe("");
    eb(world, "-t nat -P OUTPUT DROP");
    expect(runEbtablesSave(ctx(world, ["ebtables-save"])).stdout).toContain(":OUTPUT DROP\n");
  });
});

describe("ebtables parsing and printing", () => {
  it("reads MAC names in any case and masks the address", () => {
    expect(parseMacAndMask("bga")).toEqual({ mac: [1, 0x80, 0xc2, 0, 0, 0], mask: [255, 255, 255, 255, 255, 255] });
    expect(parseMacAndMask("aa:bb:cc:dd:ee:ff/ff:00:ff:00:ff:00")?.mac).toEqual([0xaa, 0, 0xcc, 0, 0xee, 0]);
    expect(parseMacAndMask("aa:bb:cc:dd:ee")).toBeUndefined();
    // glibc's ether_aton stops reading after a two-digit sixth byte (case k1-ebtables-mac-ether-aton)
    expect(parseMacAndMask("aa:bb:cc:dd:ee:fff")?.mac).toEqual([0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]);
    expect(parseMacAndMask("aa:bb:cc:dd:ee:f x")?.mac).toEqual([0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0x0f]);
    expect(parseMacAndMask("aa:bb:cc:dd:ee:fx")).toBeUndefined();
  });

  it("takes the '!' of a bare word for the next option", () => {
    const cmd = parseEbCommand(["ebtables", "-A", "INPUT", "!", "-s", "Multicast", "-j", "DROP"]);
    expect(ebRuleText(cmd.rule)).toBe("-s ! Multicast -j DROP");
  });

  it("prints an unknown Ethernet type in hex and LENGTH as Length", () => {
    expect(ebRuleText(parseEbCommand(["ebtables", "-A", "INPUT", "-p", "0xabcd"]).rule)).toBe("-p 0xabcd -j CONTINUE");
    expect(ebRuleText(parseEbCommand(["ebtables", "-A", "INPUT", "-p", "length"]).rule)).toBe("-p Length -j CONTINUE");
  });
});

describe("ebtables-restore batches", () => {
  it("keeps a failed change queued: the table line's commit says nothing, the final one fails", () => {
    const world = createWorld();
    const input = "*filter\n-A NOPE -j ACCEPT\n-A INPUT -j DROP\n*nat\n-A OUTPUT -j ACCEPT\n";
    const r = runEbtablesRestore(ctx(world, ["ebtables-restore"], "", input));
    expect(r).toMatchObject({ rc: 1, stderr: "ebtables-restore v1.8.9 (nf_tables): ebtables-restore: final implicit COMMIT failed\n" });
    expect(eb(world, "-L INPUT").stdout).toContain("entries: 0");
    expect(eb(world, "-t nat -L OUTPUT").stdout).toContain("entries: 0");
  });

  it("reports every change the kernel refuses, each with its line", () => {
    const world = createWorld();
    const input = "*filter\n-A INPUT --ip-src 1.1.1.1 -j ACCEPT\n-A INPUT -j DROP\n-A FORWARD --logical-in br0 -j DROP\n";
    const r = runEbtablesRestore(ctx(world, ["ebtables-restore"], "", input));
    expect(r.rc).toBe(4);
    expect(r.stderr).toBe(
      "ebtables-restore v1.8.9 (nf_tables): \nline 2: RULE_APPEND failed (Invalid argument): rule in chain INPUT\n" +
        "line 4: RULE_APPEND failed (Operation not supported): rule in chain FORWARD\n",
    );
  });

  it("reports the line of the change a COMMIT could not make", () => {
    const world = createWorld();
    const r = runEbtablesRestore(ctx(world, ["ebtables-restore"], "", "*filter\n\n-A NOPE -j ACCEPT\n\nCOMMIT\n"));
    expect(r).toMatchObject({ rc: 1, stderr: "ebtables-restore: line 3 failed: No chain/target/match by that name.\n" });
  });
});
