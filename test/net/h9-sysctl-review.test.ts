// Review fixes for sysctl and /proc (helper H9): speed of directory reads, per-packet lookups, bugs.
import { describe, expect, it } from "vitest";
import { sysctlFiles, sysctlGet } from "../../src/net/sysctl.js";
import { createWorld } from "../../src/net/world.js";
import { run } from "./helpers.js";

function withVethPairs(count: number) {
  const world = createWorld();
  for (let i = 0; i < count; i++) run(world, `ip link add v${i} type veth peer name p${i}`);
  return world;
}

/** What `sysctl DIR` prints, made the slow obvious way from the file list. */
function referenceListing(world: ReturnType<typeof createWorld>, dir: string): string {
  let text = "";
  for (const key of sysctlFiles(world, "")) {
    if (!key.startsWith(`${dir}.`)) continue;
    const value = sysctlGet(world, "", key);
    if (value !== undefined) text += `${key} = ${value}\n`;
  }
  return text;
}

describe("sysctl directory reads", () => {
  // (with 8 veth pairs this took ~6 s when each file was resolved against the sorted key list:
  // vitest's own 5 s timeout fails it)
  it("sysctl net.ipv4 with 8 veth pairs lists every readable file once, in order", () => {
    const world = withVethPairs(8);
    run(world, "sysctl -w net.ipv4.conf.v3.rp_filter=2");
    const result = run(world, "sysctl net.ipv4");
    expect(result.rc).toBe(0);
    expect(result.stdout).toBe(referenceListing(world, "net.ipv4"));
    expect(result.stdout).toContain("net.ipv4.conf.v3.rp_filter = 2\n");
    expect(result.stdout.split("\n").length).toBeGreaterThan(1000);
  });

  it("a file is no directory; a directory path with a trailing slash reads each file", () => {
    const world = withVethPairs(1);
    expect(run(world, "sysctl net/ipv4/ip_forward/")).toMatchObject({ stderr: "sysctl: cannot stat /proc/sys/net/ipv4/ip_forward/: Not a directory\n", rc: 1 });
    const route = run(world, "sysctl net/ipv4/route/");
    expect(route).toMatchObject({ stderr: "", rc: 0 });
    expect(route.stdout).toContain("net.ipv4.route.min_pmtu = 552\n");
    expect(route.stdout).not.toContain("flush");
  });
});
