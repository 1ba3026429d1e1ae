// iptables-nft -vv: libnftnl's debug print of fetched rules and batch objects, with handles.
import { describe, expect, it } from "vitest";
import { MiniShell } from "../oracle/mini-shell.js";
import { addrExprs, words } from "../../src/iptables/nft-expr.js";

function run(sh: MiniShell, line: string) {
  return sh.run(line);
}

describe("nft expression printing", () => {
  it("prints register values as little-endian 32-bit words", () => {
    expect(words([10, 0, 0, 1])).toBe("0x0100000a ");
    expect(words([0x65, 0x74, 0x68, 0x30, 0])).toBe("0x30687465 0x00000000 ");
  });

  it("loads only a prefix's whole bytes and masks any other netmask", () => {
    expect(addrExprs(12, [10, 0, 0, 0], [255, 0, 0, 0], false)).toBe(
      "  [ payload load 1b @ network header + 12 => reg 1 ]\n  [ cmp eq reg 1 0x0000000a ]\n",
    );
    expect(addrExprs(16, [10, 16, 0, 0], [255, 240, 0, 0], true)).toContain("[ bitwise reg 1 = ( reg 1 & 0x0000f0ff ) ^ 0x00000000 ]");
  });
});

describe("iptables -vv", () => {
  it("prints the batch after the -v echo: table, base chain and rule", () => {
    const r = run(new MiniShell(), "iptables -vv -A INPUT -s 10.0.0.1 -j ACCEPT");
    expect(r.stdout).toBe(
      "ACCEPT  all opt -- in * out *  10.0.0.1  -> 0.0.0.0/0  \n" +
        "table filter ip flags 0 use 0 handle 0\n" +
        "ip filter INPUT use 0 type filter hook input prio 0 policy accept packets 0 bytes 0\n" +
        "ip filter INPUT\n  [ payload load 4b @ network header + 12 => reg 1 ]\n  [ cmp eq reg 1 0x0100000a ]\n" +
        "  [ counter pkts 0 bytes 0 ]\n  [ immediate reg 0 accept ]\n\n",
    );
  });

  it("numbers chains and rules from one counter per table; -R keeps the handle", () => {
    const sh = new MiniShell();
    for (const l of ["iptables -A INPUT -j ACCEPT", "iptables -N foo", "iptables -I INPUT -j foo", "iptables -R INPUT 2 -j DROP"]) sh.run(l);
    const r = run(sh, "iptables -vv -S INPUT");
    expect(r.stdout).toContain("ip filter INPUT 4\n");
    expect(r.stdout).toContain("ip filter INPUT 2 4\n  [ counter pkts 0 bytes 0 ]\n  [ immediate reg 0 drop ]\n");
    // a single -v prints none of it
    expect(run(sh, "iptables -v -S INPUT").stdout).not.toContain("ip filter");
  });

  it("prints a native port range compare and an xt match with its revision", () => {
    const r = run(new MiniShell(), "iptables -vv -A INPUT -p udp --sport 1000:2000 -m conntrack --ctstate NEW");
    expect(r.stdout).toContain("  [ range eq reg 1 0x0000e803 0x0000d007 ]\n  [ match name conntrack rev 3 ]\n");
  });

  it("prints ip6 for ip6tables, and no batch when the command fails before its commit", () => {
    expect(run(new MiniShell(), "ip6tables -vv -N x").stdout).toBe("table filter ip6 flags 0 use 0 handle 0\nip6 filter x use 0\n");
    expect(run(new MiniShell(), "iptables-nft -vv -F x").stdout).toBe("");
  });
});

describe("iptables-legacy -vv", () => {
  it("dumps the table blob as it was before the command, after the command's output", () => {
    const r = run(new MiniShell(), "iptables-legacy -vv -A INPUT -s 1.2.3.4 -j ACCEPT");
    expect(r.stdout).toMatch(/^ACCEPT  all opt -- in \* out \*  1\.2\.3\.4  -> 0\.0\.0\.0\/0  \nlibiptc vlibxtables\.so\.12\. 632 bytes\.\nTable `filter'\n/);
    expect(r.stdout).toContain("Hooks: pre/in/fwd/out/post = ffffffff/0/98/130/ffffffff\n");
    // the new rule is not in the blob yet
    expect(r.stdout).not.toContain("SRC IP: 1.2.3.4");
  });

  it("words libiptc's errors as strerror does once the dump ran, and prints IPv6 addresses on their own lines", () => {
    const sh = new MiniShell();
    sh.run("iptables-legacy -N a");
    expect(sh.run("iptables-legacy -vv -N a").stderr).toBe("iptables: File exists.\n");
    expect(sh.run("iptables-legacy -v -N b").stderr).toBe("");
    expect(run(new MiniShell(), "ip6tables-legacy -vv -L INPUT").stdout).toContain("Entry 0 (0):\nSRC IP: \n::\n/0\nDST IP: \n::\n/0\n");
  });
});
