// Review fixes for sysctl and /proc (helper H9): speed of directory reads, per-packet lookups, bugs.
import { describe, expect, it } from "vitest";
import { confirm, conntrackIn, entryCount, lookup, newConntrackTable, packetTuple, removeExpired, secondsLeft } from "../../src/net/conntrack.js";
import { nsenterCommand } from "../../src/net/nsenter.js";
import { icmpEcho, tcpPacket, udpPacket } from "../../src/net/packet-path-packets.js";
import { confValue, isUnreadableSysctl, sysctlExists, sysctlFiles, sysctlGet } from "../../src/net/sysctl.js";
import { TCP_SYN } from "../../src/netfilter/types.js";
import { sysctlCommand } from "../../src/net/sysctl-command.js";
import { createWorld } from "../../src/net/world.js";
import { ip, run } from "./helpers.js";

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

describe("per-packet sysctl lookups keep their meaning", () => {
  it("conntrack takes each protocol's tuned timeout by its whole key", () => {
    const settings = {
      "net.netfilter.nf_conntrack_tcp_timeout_syn_sent": "7",
      "net.netfilter.nf_conntrack_udp_timeout": "11",
      "net.netfilter.nf_conntrack_icmp_timeout": "13",
    };
    const t = newConntrackTable();
    const C = ip("10.0.0.2");
    const S = ip("10.0.0.1");
    const packets = [tcpPacket(C, S, 40000, 80, TCP_SYN, 60), udpPacket(C, S, 40001, 53, "q\n"), icmpEcho(C, S, 8, 7, 1, 16)];
    const left = packets.map((p) => {
      confirm(t, conntrackIn(t, p, 0, () => true, settings), 0, 0, settings);
      return secondsLeft(lookup(t, packetTuple(p), 0)!.entry, 0);
    });
    expect(left).toEqual([7, 11, 13]);
    // untuned, the defaults hold
    const u = newConntrackTable();
    const udp = udpPacket(C, S, 40002, 53, "q\n");
    confirm(u, conntrackIn(u, udp, 0), 0, 0);
    expect(secondsLeft(lookup(u, packetTuple(udp), 0)!.entry, 0)).toBe(30);
  });

  it("conf/all combines with the device's value; stable_secret is unreadable only where the device exists", () => {
    const world = withVethPairs(1);
    expect(confValue(world, "", "v0", "rp_filter")).toBe(0);
    run(world, "sysctl -w net.ipv4.conf.all.rp_filter=2");
    expect(confValue(world, "", "v0", "rp_filter")).toBe(2);
    expect(confValue(world, "nowhere", "v0", "rp_filter")).toBe(0);
    expect(isUnreadableSysctl(world, "", "net.ipv6.conf.v0.stable_secret")).toBe(true);
    expect(isUnreadableSysctl(world, "", "net.ipv6.conf.default.stable_secret")).toBe(true);
    expect(sysctlExists(world, "", "net.ipv6.conf.v9.stable_secret")).toBe(false);
    // device keys still take their conf name's limits and millisecond rounding
    expect(run(world, "sysctl -w net.ipv4.neigh.v0.retrans_time_ms=1001").stdout).toBe("net.ipv4.neigh.v0.retrans_time_ms = 1001\n");
    expect(sysctlGet(world, "", "net.ipv4.neigh.v0.retrans_time_ms")).toBe("1004");
  });
});

describe("sysctl glob keys and files", () => {
  it("a pattern no name can match ([z-a], [\\]) matches nothing instead of failing as a regular expression", () => {
    const world = withVethPairs(1);
    world.fs.files["/tmp/g.conf"] = "net.ipv4.conf.[z-a].rp_filter = 1\nnet.ipv4.conf.[\\].rp_filter = 1\nnet.ipv4.conf.[!a-z]*.rp_filter = 2\nnet.ipv4.conf.v[0-9].rp_filter = 2\n";
    expect(run(world, "sysctl -p /tmp/g.conf")).toEqual({ stdout: "net.ipv4.conf.v0.rp_filter = 2\n", stderr: "", rc: 0 });
    expect(run(world, "sysctl -p /tmp/[z-a]*")).toEqual({ stdout: "", stderr: 'sysctl: cannot open "/tmp/[z-a]*": No such file or directory\n', rc: 1 });
    expect(run(world, "sysctl net.ipv4.conf.[z-a].rp_filter")).toMatchObject({ stderr: "sysctl: cannot stat /proc/sys/net/ipv4/conf/[z-a]/rp_filter: No such file or directory\n", rc: 1 });
  });
});

describe("sysctl ping_group_range", () => {
  it("takes two gids 0…4294967294 as C numbers; one number replaces only the low end", () => {
    const world = createWorld();
    const write = (value: string) => run(world, `sysctl -w net.ipv4.ping_group_range="${value}"`);
    const read = () => sysctlGet(world, "", "net.ipv4.ping_group_range");
    expect(write("4294967296 1")).toMatchObject({ stderr: 'sysctl: setting key "net.ipv4.ping_group_range": Invalid argument\n', rc: 1 });
    expect(write("-1 5").rc).toBe(1);
    expect(write("4294967295 4294967295").rc).toBe(1);
    expect(read()).toBe("1\t0");
    write("0x20 0x40");
    expect(read()).toBe("32\t64");
    write("0x20 0x10");
    expect(read()).toBe("1\t0");
    write("100 200");
    write("5");
    expect(read()).toBe("5\t200");
    write("4294967294 4294967294");
    expect(read()).toBe("4294967294\t4294967294");
  });
});

describe("sysctl -p sources", () => {
  it("reads '-' as standard input, a directory as an empty file, and names why a file cannot be opened", () => {
    const world = createWorld();
    world.fs.dirs.push("/etc");
    const ctxRun = (line: string, stdin: string) => {
      const argv = line.split(" ");
      return sysctlCommand.run({ argv, stdin, env: {}, cwd: "/tmp", world, netns: "", fs: {
        readFile: () => undefined, writeFile: () => undefined, exists: (p) => p === "/etc" || p === "/proc/sys/net/ipv4/route/flush", isDir: (p) => p === "/etc",
        list: () => undefined, mkdir: () => undefined, remove: () => undefined, resolve: (p) => p,
        readError: (p) => (p === "/proc/sys/net/ipv4/route/flush" ? "Permission denied" : undefined),
      }, run: () => ({ stdout: "", stderr: "", rc: 127 }) });
    };
    expect(ctxRun("sysctl -p -", "garbage\nnet.ipv4.ip_forward=1\n")).toMatchObject({ stdout: "net.ipv4.ip_forward = 1\n", stderr: "sysctl: -(1): invalid syntax, continuing...\n", rc: 0 });
    expect(sysctlGet(world, "", "net.ipv4.ip_forward")).toBe("1");
    expect(ctxRun("sysctl -p /etc", "")).toEqual({ stdout: "", stderr: "", rc: 0 });
    expect(ctxRun("sysctl -p /proc/sys/net/ipv4/route/flush", "")).toEqual({ stdout: "", stderr: 'sysctl: cannot open "/proc/sys/net/ipv4/route/flush": Permission denied\n', rc: 1 });
  });
});

describe("conntrack timeouts are kept in jiffies", () => {
  it("refuse a value whose magnitude × HZ (250) overflows an int", () => {
    const world = createWorld();
    expect(run(world, "sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589934").rc).toBe(0);
    expect(run(world, "sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589935")).toMatchObject({ stderr: 'sysctl: setting key "net.netfilter.nf_conntrack_udp_timeout": Invalid argument\n', rc: 1 });
    expect(run(world, "sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=0x83126f").rc).toBe(1);
    expect(run(world, "sysctl -w net.netfilter.nf_conntrack_icmp_timeout=-8589934").rc).toBe(0);
    expect(run(world, "sysctl -w net.netfilter.nf_conntrack_generic_timeout=-8589935").rc).toBe(1);
    expect(sysctlGet(world, "", "net.netfilter.nf_conntrack_udp_timeout")).toBe("8589934");
  });
});

describe("conntrack reaping and nsenter's help", () => {
  it("removeExpired drops exactly the entries whose time is up", () => {
    const t = newConntrackTable();
    const C = ip("10.0.0.2");
    const S = ip("10.0.0.1");
    confirm(t, conntrackIn(t, udpPacket(C, S, 40000, 53, "q\n"), 0), 0, 0);
    confirm(t, conntrackIn(t, icmpEcho(C, S, 8, 7, 1, 16), 10_000), 10_000, 0);
    expect(removeExpired(t, 29_999)).toBe(false);
    expect(entryCount(t)).toBe(2);
    expect(removeExpired(t, 30_000)).toBe(true);
    expect(entryCount(t)).toBe(1);
    expect(removeExpired(t, 40_000)).toBe(true);
    expect(entryCount(t)).toBe(0);
  });

  it("nsenter --help prints util-linux's usage", () => {
    const ctx = (argv: string[]) => ({ argv, stdin: "", env: {}, cwd: "/", world: createWorld(), netns: "", fs: {} as never, run: () => ({ stdout: "", stderr: "", rc: 0 }) });
    const help = nsenterCommand.run(ctx(["nsenter", "--help"]));
    expect(help).toMatchObject({ stderr: "", rc: 0 });
    expect(help.stdout.startsWith("\nUsage:\n nsenter [options] [<program> [<argument>...]]\n")).toBe(true);
    expect(help.stdout.endsWith("For more details see nsenter(1).\n")).toBe(true);
    expect(nsenterCommand.run(ctx(["nsenter", "-h"])).stdout).toBe(help.stdout);
  });
});
