// nft add/insert rule for the statements iptables-nft reads back as its own rules.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

describe("nft add rule", () => {
  it("iptables sees the rule it would have made; nft lists it as written", () => {
    const base = ["iptables -N foo", "nft add rule ip filter foo ip protocol tcp tcp dport 1-1024 drop", "nft insert rule ip filter foo iifname eth0 ip saddr 10.0.0.1/8 counter accept"];
    expect(run(...base, "iptables -S foo").stdout).toBe("-N foo\n-A foo -s 10.0.0.0/8 -i eth0 -j ACCEPT\n-A foo -p tcp -m tcp --dport 1:1024 -j DROP\n");
    expect(run(...base, "nft list chain ip filter foo").stdout).toBe(
      'table ip filter {\n\tchain foo {\n\t\tiifname "eth0" ip saddr 10.0.0.0/8 counter packets 0 bytes 0 accept\n\t\ttcp dport 1-1024 drop\n\t}\n}\n',
    );
  });

  it("runs rules in nft's own tables, ct state included, and lists them with their handles", () => {
    const r = run(
      "nft -f /etc/nftables.conf",
      "nft add rule inet filter input ct state established,related accept",
      "nft add rule inet filter input iif lo counter accept",
      "nft -a list chain inet filter input",
    );
    expect(r.stdout).toBe(
      'table inet filter {\n\tchain input { # handle 1\n\t\ttype filter hook input priority filter; policy accept;\n' +
        '\t\tct state established,related accept # handle 4\n\t\tiif "lo" counter packets 0 bytes 0 accept # handle 5\n\t}\n}\n',
    );
  });

  it("takes what makes the chain incompatible with iptables (which then refuses to list it), and reports nft's errors", () => {
    const ct = run("iptables -A INPUT", "nft add rule ip filter INPUT ct state established accept", "iptables -S INPUT");
    expect(ct.stderr).toBe("iptables v1.8.9 (nf_tables): chain `INPUT' in table `filter' is incompatible, use 'nft' tool.\n");
    expect(run("iptables -A INPUT", "nft add rule ip filter INPUT ip daddr 1.2.3.4 reject", "iptables -S").stderr).toContain("table `filter' is incompatible");
    expect(run("iptables -A INPUT", "nft add rule ip filter INPUT tcp dport 70000 accept").stderr).toContain("Error: Service out of range\n");
    expect(run("iptables -A INPUT", "nft add rule ip filter INPT accept").stderr).toContain("did you mean chain ‘INPUT’ in table ip ‘filter’?");
    const jump = run("iptables -A INPUT", "nft add rule ip filter INPUT jump nochain", "nft add rule ip filter INPUT accept", "nft -a list chain ip filter INPUT");
    // (the refused jump used up handle 3)
    expect(jump.stdout).toContain("accept # handle 4\n");
  });
});
