// The grader reuses its last reboot of a scenario when the files, API objects and seed are the
// same: a reused reboot must be exactly what booting again gives, and any change to those
// inputs must boot anew.
import { describe, expect, it } from "vitest";
import { Attempt } from "../../src/grader/attempt.js";
import { bootWorld, rebootWorld, type BootLog } from "../../src/grader/boot.js";
import { sameData } from "../../src/grader/same-data.js";
import { getCluster } from "../../src/kube/cluster.js";
import type { World } from "../../src/net/types.js";
import { loadCatalogue } from "../../src/scenario/catalogue.js";
import type { Scenario } from "../../src/scenario/schema.js";
import { Session } from "../../src/shell/session.js";
import { splitScript } from "../../src/shell/script.js";

const catalogue = loadCatalogue();

function scenario(id: string): Scenario {
  const entry = catalogue.scenarios.find((s) => s.scenario.id === id);
  if (!entry) throw new Error(`no bundled scenario ${id}`);
  return entry.scenario;
}

/** A reboot done without any reuse (what rebootWorld did before it kept its last world). */
function freshReboot(s: Scenario, world: World): World {
  const next = bootWorld(s, { fs: world.fs, kube: getCluster(world), seed: world.rngState });
  next.clock = world.clock;
  return next;
}

function save(world: World): string {
  return new Session(world, {}).run("iptables-save").stdout;
}

describe("rebootWorld reuse", () => {
  it("gives the world a fresh boot gives, every time, and never shares it", () => {
    const s = scenario("broken-clusterip");
    const attempt = new Attempt(s);
    for (const cmd of splitScript(s.solution)) attempt.run(cmd);
    const first = rebootWorld(s, structuredClone(attempt.world));
    const again = rebootWorld(s, structuredClone(attempt.world));
    const fresh = freshReboot(s, structuredClone(attempt.world));
    expect(sameData(first, fresh)).toBe(true);
    expect(sameData(again, fresh)).toBe(true);
    expect(again).not.toBe(first);
    // changing the copy handed out does not change the next one
    new Session(again, {}).run("iptables -A INPUT -j DROP");
    const third = rebootWorld(s, structuredClone(attempt.world));
    expect(save(third)).toBe(save(fresh));
    expect(save(third)).not.toContain("-A INPUT -j DROP");
  });

  it("boots anew when the files, the API objects or the seed changed", () => {
    const s = scenario("broken-clusterip");
    const attempt = new Attempt(s);
    const dropRule = "-A FORWARD -d 10.244.1.6/32 -p tcp -m tcp --dport 8080 -j DROP";
    const before = rebootWorld(s, structuredClone(attempt.world));
    expect(save(before)).toContain(dropRule);

    attempt.run("sed -i '/10.244.1.6/d' /etc/iptables/rules.v4");
    const filesChanged = rebootWorld(s, structuredClone(attempt.world));
    expect(save(filesChanged)).not.toContain(dropRule);
    expect(sameData(filesChanged, freshReboot(s, structuredClone(attempt.world)))).toBe(true);

    attempt.run(`kubectl patch svc web -p '{"spec":{"ports":[{"name":"http","port":80,"targetPort":"http"}]}}'`);
    const kubeChanged = rebootWorld(s, structuredClone(attempt.world));
    expect(save(kubeChanged)).toContain("--to-destination 10.244.1.5:8080");
    expect(sameData(kubeChanged, freshReboot(s, structuredClone(attempt.world)))).toBe(true);

    const reseeded = structuredClone(attempt.world);
    reseeded.rngState = (reseeded.rngState + 12345) >>> 0;
    expect(sameData(rebootWorld(s, structuredClone(reseeded)), freshReboot(s, structuredClone(reseeded)))).toBe(true);
  });

  it("reports the boot's failures again when it reuses the boot", () => {
    const s = scenario("lockout");
    const world = new Attempt(s).world;
    world.fs.files["/etc/iptables/rules.v4"] = "*filter\n-A NOPE -j DROP\nCOMMIT\n";
    const first: BootLog = { failures: [] };
    const second: BootLog = { failures: [] };
    rebootWorld(s, structuredClone(world), first);
    rebootWorld(s, structuredClone(world), second);
    expect(first.failures.length).toBeGreaterThan(0);
    expect(second.failures).toEqual(first.failures);
  });

  it("grades the same each time the same state is graded", () => {
    for (const { scenario: s } of catalogue.scenarios) {
      const attempt = new Attempt(s);
      for (const cmd of splitScript(s.solution)) attempt.run(cmd);
      const grades = [attempt.grade(), attempt.grade(), attempt.grade()];
      expect(grades[1]).toEqual(grades[0]);
      expect(grades[2]).toEqual(grades[0]);
    }
  });
});

describe("sameData", () => {
  it("compares plain data in full, key order included", () => {
    expect(sameData({ a: [1, { b: 2n }], c: "x" }, { a: [1, { b: 2n }], c: "x" })).toBe(true);
    expect(sameData({ a: [1, { b: 2n }] }, { a: [1, { b: 3n }] })).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameData({ a: undefined }, {})).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData(NaN, NaN)).toBe(true);
  });

  it("never calls other kinds of objects equal unless they are the same object", () => {
    expect(sameData(new Map([[1, 2]]), new Map([[1, 3]]))).toBe(false);
    expect(sameData(new Set([1]), new Set([1]))).toBe(false);
    const m = new Map();
    expect(sameData({ m }, { m })).toBe(true);
  });
});
