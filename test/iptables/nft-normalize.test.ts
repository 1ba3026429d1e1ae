// The iptables-nft round trip: merged tcp/udp matches and folded port ranges, as the kernel
// hands them back (cases checked against real iptables 1.8.9).
import { describe, expect, it } from "vitest";
import { MiniShell } from "../oracle/mini-shell.js";

function savedRule(...args: string[]): string {
  const sh = new MiniShell();
  for (const a of args) {
    const r = sh.run(`iptables -A INPUT ${a} -j ACCEPT`);
    expect(r.rc, r.stderr).toBe(0);
  }
  return sh.run("iptables -S INPUT").stdout.split("\n").filter((l) => l.startsWith("-A")).join("\n");
}

describe("nft round trip of tcp/udp matches", () => {
  it("folds inverted ranges that start at 0", () => {
    expect(savedRule("-p tcp ! --dport 0:1023")).toBe("-A INPUT -p tcp -m tcp --dport 1024:65535 -j ACCEPT");
    expect(savedRule("-p tcp ! --sport 0:65534")).toBe("-A INPUT -p tcp -m tcp --sport 65535 -j ACCEPT");
    expect(savedRule("-p tcp ! --dport 0:65535")).toBe("-A INPUT -p tcp -j ACCEPT");
    expect(savedRule("-p tcp ! --dport 1000:65535")).toBe("-A INPUT -p tcp -m tcp ! --dport 1000:65535 -j ACCEPT");
  });

  it("merges later matches into the first, keeping any inversion", () => {
    expect(savedRule("-p udp -m udp ! --dport 53 -m udp --dport 54")).toBe("-A INPUT -p udp -m udp ! --dport 54 -j ACCEPT");
    expect(savedRule("-p tcp --dport 22 -m comment --comment c -m tcp --sport 5")).toBe(
      "-A INPUT -p tcp -m tcp --sport 5 --dport 22 -m comment --comment c -j ACCEPT",
    );
  });

  it("leaves empty matches and TCP option tests as matches of their own", () => {
    expect(savedRule("-p tcp -m tcp -m tcp --dport 22")).toBe("-A INPUT -p tcp -m tcp -m tcp --dport 22 -j ACCEPT");
    expect(savedRule("-p tcp -m tcp --tcp-option 5 -m tcp --dport 22")).toBe(
      "-A INPUT -p tcp -m tcp --tcp-option 5 -m tcp --dport 22 -j ACCEPT",
    );
  });

  it("finds the rule again by either spelling", () => {
    const sh = new MiniShell();
    expect(sh.run("iptables -A INPUT -p tcp -m tcp --dport 22 -m tcp --sport 1000 -j ACCEPT").rc).toBe(0);
    expect(sh.run("iptables -C INPUT -p tcp --sport 1000 --dport 22 -j ACCEPT").rc).toBe(0);
    expect(sh.run("iptables -C INPUT -p tcp --sport 1000 --dport 23 -j ACCEPT").rc).toBe(1);
  });
});
