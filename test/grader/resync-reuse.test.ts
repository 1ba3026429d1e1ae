// The grader reuses its last kube-proxy resync when the world is the same: the reused result
// must be what resyncing again gives, and a different world must resync anew.
import { describe, expect, it } from "vitest";
import { Attempt } from "../../src/grader/attempt.js";
import { resyncKube, resynced } from "../../src/grader/kube-adapter.js";
import { sameData } from "../../src/grader/same-data.js";
import type { World } from "../../src/net/types.js";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import { Session } from "../../src/shell/session.js";

const entry = loadCatalogue().scenarios.find((s) => s.scenario.id === "broken-clusterip")!;

function freshResync(world: World): World {
  const copy = structuredClone(world);
  resyncKube(copy);
  return copy;
}

const save = (world: World) => new Session(world, {}).run("iptables-save").stdout;

describe("resynced", () => {
  it("gives what a fresh resync gives, every time, and never shares its result", () => {
    const attempt = new Attempt(entry.scenario);
    // kube-proxy's chains edited by hand: the resync puts them back
    attempt.run("iptables -t nat -F KUBE-SERVICES");
    const expected = freshResync(attempt.world);
    expect(save(expected)).toContain("-A KUBE-SERVICES -d 10.96.0.100/32");
    const first = resynced(structuredClone(attempt.world));
    const again = resynced(structuredClone(attempt.world));
    expect(sameData(first, expected)).toBe(true);
    expect(sameData(again, expected)).toBe(true);
    new Session(again, {}).run("iptables -t nat -F KUBE-SERVICES");
    expect(save(resynced(structuredClone(attempt.world)))).toBe(save(expected));
  });

  it("resyncs anew when the world changed", () => {
    const attempt = new Attempt(entry.scenario);
    resynced(structuredClone(attempt.world));
    attempt.run(`kubectl patch svc web -p '{"spec":{"ports":[{"name":"http","port":80,"targetPort":"http"}]}}'`);
    const after = resynced(structuredClone(attempt.world));
    expect(save(after)).toContain("--to-destination 10.244.1.5:8080");
    expect(sameData(after, freshResync(attempt.world))).toBe(true);
    attempt.world.clock += 1000;
    expect(sameData(resynced(structuredClone(attempt.world)), freshResync(attempt.world))).toBe(true);
  });
});
