// The jump graph limits the kernel enforces (recorded on 6.x: nft refuses a path of 16 user
// chains or a loop reachable from a base chain, legacy refuses only reachable loops).
import { describe, expect, it } from "vitest";
import { MiniShell } from "../oracle/mini-shell.js";

const P = "iptables v1.8.9 (nf_tables): ";

function chainOf(sh: MiniShell, n: number): void {
  for (let i = 1; i <= n; i++) sh.run(`iptables -N c${i}`);
  for (let i = 1; i < n; i++) sh.run(`iptables -A c${i} -j c${i + 1}`);
}

describe("jump graph limits", () => {
  it("nft: 15 user chains deep is fine, 16 is Too many links", () => {
    const sh = new MiniShell();
    chainOf(sh, 16);
    expect(sh.run("iptables -A INPUT -j c2")).toMatchObject({ stderr: "", rc: 0 });
    expect(sh.run("iptables -A FORWARD -g c1")).toMatchObject({
      stderr: `${P} RULE_APPEND failed (Too many links): rule in chain FORWARD\n`,
      rc: 4,
    });
    expect(sh.run("iptables -S FORWARD").stdout).toBe("-P FORWARD ACCEPT\n");
  });

  it("nft: a loop is refused only once a base chain reaches it", () => {
    const sh = new MiniShell();
    sh.run("iptables -N s");
    expect(sh.run("iptables -A s -j s").rc).toBe(0);
    expect(sh.run("iptables -I INPUT -j s").stderr).toBe(`${P} RULE_INSERT failed (Too many links): rule in chain INPUT\n`);
  });

  it("nft: a jump to a base chain is not supported once that chain exists", () => {
    const sh = new MiniShell();
    sh.run("iptables -N u");
    expect(sh.run("iptables -A u -j INPUT").stderr).toBe(`${P} RULE_APPEND failed (No such file or directory): rule in chain u\n`);
    sh.run("iptables -A INPUT -j ACCEPT");
    expect(sh.run("iptables -A u -j INPUT").stderr).toBe(`${P} RULE_APPEND failed (Operation not supported): rule in chain u\n`);
    expect(sh.run("iptables -A OUTPUT -j OUTPUT").stderr).toBe(`${P} RULE_APPEND failed (Operation not supported): rule in chain OUTPUT\n`);
  });

  it("legacy: reachable loops and jumps to built-in chains", () => {
    const sh = new MiniShell();
    sh.run("iptables-legacy -N a");
    expect(sh.run("iptables-legacy -A a -j a").rc).toBe(0);
    expect(sh.run("iptables-legacy -A INPUT -j a")).toMatchObject({ stderr: "iptables: Too many levels of symbolic links.\n", rc: 1 });
    expect(sh.run("iptables-legacy -A a -j FORWARD")).toMatchObject({ stderr: "iptables: Invalid argument. Run `dmesg' for more information.\n", rc: 1 });
  });

  it("iptables-restore names the rule that closes the loop and every rule after it", () => {
    const sh = new MiniShell();
    const res = sh.run("iptables-restore <<'EOF'\n*filter\n:a - [0:0]\n-A INPUT -j a\n-A a -j a\n-A a -j DROP\nCOMMIT\nEOF");
    expect(res.stderr).toBe(
      "iptables-restore v1.8.9 (nf_tables): \nline 4: RULE_APPEND failed (Too many links): rule in chain a\nline 5: RULE_APPEND failed (Too many links): rule in chain a\n",
    );
    expect(res.rc).toBe(4);
  });
});
