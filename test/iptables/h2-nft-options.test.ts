// nft's list options (-a handles, -s, -n/-y/-p, -S), family filters and its own errors.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

describe("nft list options", () => {
  it("-a numbers tables across families and chains and rules per table, deleted ones included", () => {
    const r = run(
      "ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT",
      "iptables -A INPUT -j ACCEPT",
      "ip6tables -N L",
      "ip6tables -D INPUT 1",
      "ip6tables -A L -j DROP",
      "nft -a list ruleset ip6",
    );
    expect(r.stdout).toBe(
      "table ip6 filter { # handle 1\n\tchain INPUT { # handle 1\n\t\ttype filter hook input priority filter; policy accept;\n\t}\n\n" +
        "\tchain L { # handle 3\n\t\tcounter packets 0 bytes 0 drop # handle 4\n\t}\n}\n",
    );
    expect(run("iptables -A INPUT", "ip6tables -A INPUT", "nft -a list table ip6 filter").stdout).toMatch(/^table ip6 filter \{ # handle 2\n/);
  });

  it("a flushing restore makes a new table; a --noflush one keeps its handle", () => {
    const lines = ["ip6tables -A INPUT -j ACCEPT", "iptables -A INPUT", "ip6tables-save | ip6tables-restore"];
    expect(run(...lines, "nft -a list table ip6 filter").stdout).toMatch(/^table ip6 filter \{ # handle 3\n/);
    const noflush = "printf '*filter\\n-A INPUT -j DROP\\nCOMMIT\\n' | ip6tables-restore --noflush";
    expect(run(...lines, noflush, "nft -a list table ip6 filter").stdout).toMatch(/^table ip6 filter \{ # handle 3\n/);
  });

  it("-s drops counter values, -n and -y number priorities, -p protocols, -S names ports", () => {
    const base = ["ip6tables -A INPUT -p icmpv6 -j ACCEPT", "ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT"];
    expect(run(...base, "nft -s list chain ip6 filter INPUT").stdout).toContain("\t\tmeta l4proto ipv6-icmp counter accept\n");
    expect(run(...base, "nft -n list chain ip6 filter INPUT").stdout).toContain("priority 0;");
    expect(run(...base, "nft -n list chain ip6 filter INPUT").stdout).toContain("meta l4proto 58 counter");
    expect(run(...base, "nft -y list chain ip6 filter INPUT").stdout).toContain("meta l4proto ipv6-icmp counter");
    expect(run(...base, "nft -S list chain ip6 filter INPUT").stdout).toContain('tcp dport "ssh" counter');
  });

  it("filters by family and reports nft's syntax errors", () => {
    const r = run("ip6tables -A INPUT", "iptables -t nat -A OUTPUT", "nft list tables ip6");
    expect(r.stdout).toBe("table ip6 filter\n");
    expect(run("nft list ruleset -a")).toEqual({
      stdout: "\n   ^             ~~\n",
      stderr: "Error: syntax error, options must be specified before commands\nnft list ruleset -a ",
      rc: 1,
    });
    expect(run("ip6tables -A INPUT", "nft list table ip6").stderr).toBe(
      "Error: syntax error, unexpected newline, expecting string\nlist table ip6\n              ^\n",
    );
    expect(run("nft list ruleset ip6 x").stderr).toBe(
      "Error: syntax error, unexpected string, expecting end of file or newline or semicolon\nlist ruleset ip6 x\n                 ^\n",
    );
    expect(run("nft -x list ruleset").stderr).toBe("nft: invalid option -- 'x'\n");
  });
});

describe("nft -j and the expressions sent", () => {
  it("prints nftables' JSON: metainfo, table, chains, then rules with native and xt expressions", () => {
    const r = run("ip6tables -A INPUT -s fe80::/10 -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT", "nft -j list ruleset");
    expect(JSON.parse(r.stdout)).toEqual({
      nftables: [
        { metainfo: { version: "1.0.6", release_name: "Lester Gooch #5", json_schema_version: 1 } },
        { table: { family: "ip6", name: "filter", handle: 1 } },
        { chain: { family: "ip6", table: "filter", name: "INPUT", handle: 1, type: "filter", hook: "input", prio: 0, policy: "accept" } },
        {
          rule: {
            family: "ip6", table: "filter", chain: "INPUT", handle: 2,
            expr: [
              { match: { op: "==", left: { payload: { protocol: "ip6", field: "saddr" } }, right: { prefix: { addr: "fe80::", len: 10 } } } },
              { match: { op: "==", left: { payload: { protocol: "tcp", field: "dport" } }, right: 22 } },
              { xt: { type: "match", name: "conntrack" } },
              { counter: { packets: 0, bytes: 0 } },
              { accept: null },
            ],
          },
        },
      ],
    });
    expect(r.stdout).toMatch(/^\{"nftables": \[\{"metainfo": \{"version": "1.0.6", /);
    expect(r.stderr).toBe("");
  });

  it("shows an inverted low port range as the compare sent, not as it reads back", () => {
    const r = run("ip6tables -A INPUT -p tcp ! --dport 0:80 -j ACCEPT", "ip6tables -S INPUT", "nft list chain ip6 filter INPUT");
    expect(r.stdout).toContain("\t\ttcp dport > 80 counter packets 0 bytes 0 accept\n");
    expect(run("ip6tables -A INPUT -p tcp ! --dport 0:80", "ip6tables -S INPUT").stdout).toContain("--dport 81:65535");
  });
});

describe("xt target modules holding both families", () => {
  it("serve only the family nft looked them up for first", () => {
    const lines = ["iptables -t nat -A POSTROUTING -j MASQUERADE", "ip6tables -t nat -A POSTROUTING -j MASQUERADE"];
    const r = run(...lines, "nft list ruleset");
    expect(r.stdout).toContain("table ip nat {\n\tchain POSTROUTING {\n\t\ttype nat hook postrouting priority srcnat; policy accept;\n\t\tcounter packets 0 bytes 0 masquerade\n");
    expect(r.stdout).toContain("table ip6 nat {\n\tchain POSTROUTING {\n\t\ttype nat hook postrouting priority srcnat; policy accept;\n\t\tcounter packets 0 bytes 0 \n");
    expect(r.stderr).toBe(
      "# Warning: table ip nat is managed by iptables-nft, do not touch!\n# Warning: table ip6 nat is managed by iptables-nft, do not touch!\nXT target MASQUERADE not found\n",
    );
    expect(run(...lines, "nft list table ip6 nat").stdout).toContain("counter packets 0 bytes 0 masquerade\n");
    expect(run(...lines, "nft list ruleset 2>&1").stdout).toContain("bytes 0 XT target MASQUERADE not found\n\n");
  });
});

describe("warnings while nft prints xt matches", () => {
  it("owner looked up for the second family, and connlabel's missing file, warn where the match prints", () => {
    const r = run("ip6tables -A OUTPUT -m owner --uid-owner 0", "iptables -A OUTPUT -m owner --uid-owner 0", "nft list ruleset 2>&1");
    expect(r.stdout).toContain("\t\tWarning: Extension owner is not supported, missing kernel module?\nskuid 0 counter packets 0 bytes 0\n");
    expect(run("iptables -A INPUT -m connlabel --label 1", "nft list ruleset").stderr).toContain(
      "Warning: cannot open /etc/xtables/connlabel.conf: No such file or directory\n",
    );
    expect(run("iptables -A OUTPUT -m owner --uid-owner 0", "nft list ruleset").stderr).not.toContain("not supported");
  });
});

describe("nft -N", () => {
  it("names IPv4 host addresses found in /etc/hosts and leaves prefixes and IPv6 alone", () => {
    const r = run("iptables -A INPUT -s 127.0.0.1 -d 127.0.0.0/8", "ip6tables -A INPUT -s ::1", "nft -N list ruleset");
    expect(r.stdout).toContain("\t\tip saddr localhost ip daddr 127.0.0.0/8 counter packets 0 bytes 0\n");
    expect(r.stdout).toContain("\t\tip6 saddr ::1 counter packets 0 bytes 0\n");
  });
});

describe("nft's command line", () => {
  it("is one line: a quoted command works and ';' runs several", () => {
    expect(run("ip6tables -A INPUT", "nft 'list tables ip6'").stdout).toBe("table ip6 filter\n");
    expect(run("ip6tables -A INPUT", "nft 'list tables; list tables ip6'").stdout).toBe("table ip6 filter\ntable ip6 filter\n");
    expect(run("ip6tables -A INPUT", "nft list table ip6 ''").stderr).toBe(
      "Error: syntax error, unexpected newline, expecting string\nlist table ip6 \n               ^\n",
    );
    expect(run("nft ''")).toMatchObject({ stdout: "", stderr: "", rc: 0 });
  });
});
