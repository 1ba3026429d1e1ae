// nft list over iptables-nft's tables, as nftables 1.0.6 prints them on Debian 12.
import { describe, expect, it } from "vitest";
import { MiniShell } from "../oracle/mini-shell.js";

function run(...lines: string[]) {
  const sh = new MiniShell();
  let last = { stdout: "", stderr: "", rc: 0 };
  for (const l of lines) last = sh.run(l);
  return last;
}

describe("nft list", () => {
  it("lists chains in creation order with native rules and counters", () => {
    const r = run("iptables -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT", "iptables -N MY", "iptables -P FORWARD DROP", "nft list table ip filter");
    expect(r.stdout).toBe(
      "table ip filter {\n\tchain INPUT {\n\t\ttype filter hook input priority filter; policy accept;\n" +
        "\t\tip saddr 10.0.0.1 tcp dport 22 counter packets 0 bytes 0 accept\n\t}\n\n\tchain MY {\n\t}\n\n" +
        "\tchain FORWARD {\n\t\ttype filter hook forward priority filter; policy drop;\n\t}\n}\n",
    );
    expect(r.stderr).toBe("");
  });

  it("shows xt expressions through their translation and warns about the table", () => {
    const r = run("iptables -t nat -A POSTROUTING -o eth0 -m comment --comment x -j MASQUERADE", "nft list ruleset");
    expect(r.stdout).toContain('\t\toifname "eth0"  counter packets 0 bytes 0 masquerade\n');
    expect(r.stdout).toContain("type nat hook postrouting priority srcnat; policy accept;");
    expect(r.stderr).toBe("# Warning: table ip nat is managed by iptables-nft, do not touch!\n");
  });

  it("prints the native mark compare and points at a missing chain", () => {
    expect(run("iptables -A INPUT -m mark --mark 0x1/0xff", "nft list chain ip filter INPUT").stdout).toContain(
      "meta mark & 0x000000ff == 0x00000001 counter packets 0 bytes 0\n",
    );
    expect(run("iptables -A INPUT", "nft list chain filter NOPE").stderr).toBe(
      "Error: No such file or directory\nlist chain filter NOPE\n                  ^^^^\n",
    );
    expect(run("iptables -A INPUT", "nft flush ruleset", "nft list tables").stdout).toBe("");
  });
});
