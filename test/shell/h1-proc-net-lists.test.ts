import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

const RULE = "iptables -A INPUT -m recent --name sshbf --set";

describe("/proc/net/xt_recent", () => {
  it("has one file per list a rule names, gone with the last rule", () => {
    expect(sh("ls /proc/net/xt_recent").stdout).toBe("");
    expect(sh(RULE, "iptables -A INPUT -m recent --rcheck", "ls /proc/net/xt_recent").stdout).toBe("DEFAULT\nsshbf\n");
    expect(sh(RULE, "iptables -F", "ls /proc/net/xt_recent").stdout).toBe("");
  });
  it("takes +addr, -addr and / and refuses anything else", () => {
    expect(sh(RULE, "echo +192.0.2.1 > /proc/net/xt_recent/sshbf", "cut -d' ' -f1-3 /proc/net/xt_recent/sshbf").stdout).toBe("src=192.0.2.1 ttl: 0\n");
    expect(sh(RULE, "echo +192.0.2.1 > /proc/net/xt_recent/sshbf", "echo -192.0.2.1 > /proc/net/xt_recent/sshbf", "cat /proc/net/xt_recent/sshbf").stdout).toBe("");
    expect(sh(RULE, "echo +192.0.2.1 > /proc/net/xt_recent/sshbf", "echo / > /proc/net/xt_recent/sshbf", "cat /proc/net/xt_recent/sshbf").stdout).toBe("");
    const bad = sh(RULE, "echo +192.0.2 > /proc/net/xt_recent/sshbf");
    expect(bad.stderr).toContain("echo: write error: Invalid argument");
    expect(bad.rc).toBe(1);
  });
  it("keeps one stamp per write, and only the first line of a line-buffered printf", () => {
    const r = sh(RULE, "echo +10.0.0.1 > /proc/net/xt_recent/sshbf", "echo +10.0.0.1 > /proc/net/xt_recent/sshbf", "awk '{print $7, NF}' /proc/net/xt_recent/sshbf");
    expect(r.stdout).toBe("2 9\n");
    const p = sh(RULE, "printf '+10.0.0.2\\n+10.0.0.3\\n' > /proc/net/xt_recent/sshbf");
    expect(p.stderr).toContain("printf: write error: Illegal seek");
    expect(sh(RULE, "printf '+10.0.0.2\\n+10.0.0.3\\n' > /proc/net/xt_recent/sshbf", "cut -d' ' -f1 /proc/net/xt_recent/sshbf").stdout).toBe("src=10.0.0.2\n");
  });
  it("starts a list afresh when its rules were all deleted in between", () => {
    const r = sh(RULE, "echo +10.0.0.1 > /proc/net/xt_recent/sshbf", "iptables -D INPUT 1", RULE, "wc -l < /proc/net/xt_recent/sshbf");
    expect(r.stdout).toBe("0\n");
  });
  it("lists hashlimit names per family", () => {
    const r = sh("iptables -A INPUT -m hashlimit --hashlimit-name web --hashlimit-upto 1/s", "ls /proc/net/ipt_hashlimit /proc/net/ip6t_hashlimit");
    expect(r.stdout).toBe("/proc/net/ip6t_hashlimit:\n\n/proc/net/ipt_hashlimit:\nweb\n");
  });
});
