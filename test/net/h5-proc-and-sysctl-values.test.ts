// /proc/net files (proc-net-files.ts) and how sysctl writes are read (base-0 numbers, per-key
// limits, read-only and write-only files, procps' separator swapping).
import { describe, expect, it } from "vitest";
import { procNetFile } from "../../src/net/proc-net-files.js";
import { sysctlGet, sysctlSet } from "../../src/net/sysctl.js";
import { addVethPair, findLink } from "../../src/net/links.js";
import { createWorld } from "../../src/net/world.js";
import { TABLE_MAIN } from "../../src/net/types.js";
import { run } from "./helpers.js";

describe("/proc/net files", () => {
  it("route: main-table routes with little-endian hex fields, padded to 127 columns", () => {
    const world = createWorld();
    addVethPair(world, "", "v1", "v2");
    const v1 = findLink(world, "", "v1")!;
    world.namespaces[""]!.routes.push({
      table: TABLE_MAIN, type: "unicast", dst: 0x0a0a0000, prefix: 16, gateway: 0x0a090002, oif: v1.ifindex,
      scope: 0, proto: "boot", metric: 5, onlink: false,
    });
    const lines = procNetFile(world, "", "/proc/net/route")!.split("\n");
    expect(lines[0]!.length).toBe(127);
    expect(lines[1]!.trimEnd()).toBe("v1\t00000A0A\t0200090A\t0003\t0\t0\t5\t0000FFFF\t0\t0\t0");
  });

  it("dev lists every device in order; nf_conntrack is empty until something is tracked", () => {
    const world = createWorld();
    addVethPair(world, "", "v1", "v2");
    const dev = procNetFile(world, "", "/proc/net/dev")!.split("\n");
    expect(dev.slice(2, 5).map((l) => l.split(":")[0]!.trim())).toEqual(["lo", "v2", "v1"]);
    expect(procNetFile(world, "", "/proc/net/nf_conntrack")).toBe("");
    expect(procNetFile(world, "", "/proc/net/nosuch")).toBeUndefined();
  });
});

describe("sysctl values", () => {
  it("reads numbers as C's strtoul in base 0 and refuses a plus sign", () => {
    const world = createWorld();
    expect(sysctlSet(world, "", "net.ipv4.ip_default_ttl", "0x40")).toBeUndefined();
    expect(sysctlGet(world, "", "net.ipv4.ip_default_ttl")).toBe("64");
    expect(sysctlSet(world, "", "net.ipv4.ip_default_ttl", "0100")).toBeUndefined();
    expect(sysctlGet(world, "", "net.ipv4.ip_default_ttl")).toBe("64");
    expect(sysctlSet(world, "", "net.ipv4.ip_forward", "+1")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv4.ip_forward", "08")).toBe("Invalid argument");
  });

  it("holds each key to its kernel limits", () => {
    const world = createWorld();
    expect(sysctlSet(world, "", "net.ipv4.ip_default_ttl", "256")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.netfilter.nf_conntrack_tcp_loose", "2")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv6.conf.lo.hop_limit", "0")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv4.conf.all.rp_filter", "2147483648")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv4.ip_forward", "-1")).toBeUndefined();
    expect(sysctlSet(world, "", "net.bridge.bridge-nf-call-iptables", "7")).toBeUndefined();
    expect(sysctlGet(world, "", "net.bridge.bridge-nf-call-iptables")).toBe("1");
  });

  it("warns about read-only files without failing, and writes the write-only flush", () => {
    const world = createWorld();
    expect(run(world, "sysctl -w net.core.rmem_max=1")).toMatchObject({ stdout: "", stderr: 'sysctl: setting key "net.core.rmem_max": Invalid argument\n', rc: 0 });
    expect(run(world, "sysctl -w net.ipv4.route.flush=1")).toMatchObject({ stdout: "net.ipv4.route.flush = 1\n", rc: 0 });
    expect(run(world, "sysctl net.ipv4.route.flush")).toMatchObject({ stdout: "", stderr: "", rc: 0 });
  });

  it("swaps separators as procps does, warning about doubled ones", () => {
    const world = createWorld();
    expect(run(world, "sysctl net.ipv4/conf.lo.rp_filter")).toMatchObject({
      stderr: "sysctl: cannot stat /proc/sys/net/ipv4.conf/lo/rp_filter: No such file or directory\n", rc: 1,
    });
    const doubled = run(world, "sysctl net//ipv4/ip_forward");
    expect(doubled.stdout).toBe("net..ipv4.ip_forward = 0\n");
    expect(doubled.stderr).toBe("sysctl: separators should not be repeated: //ipv4/ip_forward\n".repeat(2));
    expect(run(world, "sysctl net.ipv4.ip_forward.")).toMatchObject({
      stderr: "sysctl: cannot stat /proc/sys/net/ipv4/ip_forward/: Not a directory\n",
    });
  });
});
