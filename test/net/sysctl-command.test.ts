import { describe, expect, it } from "vitest";
import { sysctlGet } from "../../src/net/sysctl.js";
import { createWorld } from "../../src/net/world.js";
import { run, setup } from "./helpers.js";

function withFiles(files: Record<string, string>) {
  const world = createWorld();
  world.fs.dirs.push("/etc/sysctl.d", "/usr/lib", "/usr/lib/sysctl.d");
  Object.assign(world.fs.files, files);
  return world;
}

describe("sysctl command", () => {
  it("-p reports syntax errors while reading, then applies in order", () => {
    const world = withFiles({ "/tmp/s.conf": "net.ipv4.ip_forward = 1\n# c\nnet.ipv4.bogus=1\ngarbage\n" });
    expect(run(world, "sysctl -p /tmp/s.conf")).toEqual({
      stdout: "net.ipv4.ip_forward = 1\n",
      stderr: "sysctl: /tmp/s.conf(4): invalid syntax, continuing...\nsysctl: cannot stat /proc/sys/net/ipv4/bogus: No such file or directory\n",
      rc: 1,
      // each message after what stdout held when it was written (the block buffer decides 2>&1)
      stderrParts: [
        { at: 0, text: "sysctl: /tmp/s.conf(4): invalid syntax, continuing...\n" },
        { at: 24, text: "sysctl: cannot stat /proc/sys/net/ipv4/bogus: No such file or directory\n" },
      ],
    });
    expect(sysctlGet(world, "", "net.ipv4.ip_forward")).toBe("1");
  });

  it("-p without a file reads /etc/sysctl.conf", () => {
    const world = withFiles({ "/etc/sysctl.conf": "net.ipv4.conf.all.rp_filter=2\n" });
    expect(run(world, "sysctl -p")).toEqual({ stdout: "net.ipv4.conf.all.rp_filter = 2\n", stderr: "", rc: 0 });
    expect(run(world, "sysctl -p /nope").stderr).toBe('sysctl: cannot open "/nope": No such file or directory\n');
  });

  it("--system applies sysctl.d files by name (first directory wins), then sysctl.conf", () => {
    const world = withFiles({
      "/usr/lib/sysctl.d/50-a.conf": "net.ipv4.ip_forward=1\n",
      "/etc/sysctl.d/50-a.conf": "net.ipv4.conf.all.proxy_arp=1\n",
      "/etc/sysctl.d/10-b.conf": "net.ipv4.conf.all.rp_filter=1\n",
      "/etc/sysctl.conf": "# nothing\n",
    });
    // procps reads every file first (printing "* Applying"), then writes the settings.
    expect(run(world, "sysctl --system").stdout).toBe(
      "* Applying /etc/sysctl.d/10-b.conf ...\n* Applying /etc/sysctl.d/50-a.conf ...\n* Applying /etc/sysctl.conf ...\n" +
      "net.ipv4.conf.all.rp_filter = 1\nnet.ipv4.conf.all.proxy_arp = 1\n");
    expect(sysctlGet(world, "", "net.ipv4.ip_forward")).toBe("0");
  });

  it("runs in the namespace it is given", () => {
    const world = createWorld();
    setup(world, "ip netns add a\nip netns exec a sysctl -w net.ipv4.ip_forward=1");
    expect(sysctlGet(world, "a", "net.ipv4.ip_forward")).toBe("1");
    expect(sysctlGet(world, "", "net.ipv4.ip_forward")).toBe("0");
  });

  it("-a lists key = value lines, -N names, -n values, -r filters", () => {
    const world = createWorld();
    const all = run(world, "sysctl -a").stdout.split("\n").filter(Boolean);
    expect(all.length).toBeGreaterThan(500);
    expect(all).toContain("net.ipv4.ip_forward = 0");
    expect(run(world, "sysctl -a -r ip_forward$").stdout).toBe("net.ipv4.ip_forward = 0\n");
    expect(run(world, "sysctl -N net.ipv4.ip_forward").stdout).toBe("net.ipv4.ip_forward\n");
    expect(run(world, "sysctl -n net.ipv4.ip_local_port_range").stdout).toBe("32768\t60999\n");
  });
});

it("--system on Debian's default files prints what run-real prints", () => {
  const world = withFiles({
    "/usr/lib/sysctl.d/50-pid-max.conf": "kernel.pid_max = 4194304\n",
    "/usr/lib/sysctl.d/99-protect-links.conf": "fs.protected_fifos = 1\nfs.protected_hardlinks = 1\nfs.protected_regular = 2\nfs.protected_symlinks = 1\n",
    "/etc/sysctl.d/99-sysctl.conf": "#\n# comments only\n",
    "/etc/sysctl.conf": "#\n# comments only\n",
  });
  expect(run(world, "sysctl --system")).toEqual({
    stdout: "* Applying /usr/lib/sysctl.d/50-pid-max.conf ...\n* Applying /usr/lib/sysctl.d/99-protect-links.conf ...\n" +
      "* Applying /etc/sysctl.d/99-sysctl.conf ...\n* Applying /etc/sysctl.conf ...\n" +
      "kernel.pid_max = 4194304\nfs.protected_fifos = 1\nfs.protected_hardlinks = 1\nfs.protected_regular = 2\nfs.protected_symlinks = 1\n",
    stderr: "",
    rc: 0,
  });
});

describe("sysctl command line (getopt_long)", () => {
  it("accepts abbreviated long options and options after operands", () => {
    const world = createWorld();
    expect(run(world, "sysctl --vers").stdout).toBe("sysctl from procps-ng 4.0.2\n");
    expect(run(world, "sysctl net.ipv4.ip_forward -n")).toEqual({ stdout: "0\n", stderr: "", rc: 0 });
  });

  it("prints the usage on stdout (status 0) after a bad option", () => {
    const r = run(createWorld(), "sysctl --d net.ipv4.ip_forward");
    expect(r.stderr).toBe("sysctl: option '--d' is ambiguous; possibilities: '--deprecated' '--dry-run'\n");
    expect(r.stdout.startsWith("\nUsage:\n sysctl [options]")).toBe(true);
    expect(r.rc).toBe(0);
  });

  it("adds up read failures and refuses -N with -q", () => {
    const world = createWorld();
    expect(run(world, "sysctl net.nosuch net.other").rc).toBe(2);
    expect(run(world, "sysctl -N -q net.ipv4.ip_forward")).toEqual({
      stdout: "", stderr: "sysctl: options -N and -q cannot coexist\nTry `sysctl --help' for more information.\n", rc: 1,
    });
  });
});
