// Review fixes of the C-locale and host-name rules (H8): each case failed before its fix.
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { Session } from "../../src/shell/session.js";

function session(): Session {
  return new Session(createWorld(), { mode: "script", cwd: "/tmp" });
}

describe("IPv6 host names fold ASCII case only", () => {
  it("does not match é against É in /etc/hosts", () => {
    const s = session();
    s.run("echo 'fd00::5 ÉCOLE' >> /etc/hosts");
    expect(s.run("ip6tables -A INPUT -s ÉCOLE").rc).toBe(0);
    expect(s.run("ip6tables -A INPUT -s école").rc).toBe(2);
    expect(s.run("ip6tables -A INPUT -m conntrack --ctorigsrc école").rc).toBe(2);
    expect(s.run("ip6tables -A INPUT -s Localhost").rc).toBe(0);
  });
});

describe("numbers with a pasted no-break space (C isspace knows ASCII only)", () => {
  const NBSP = "\u00a0";
  it("refuses -w/-W values that start with one", () => {
    const s = session();
    expect(s.run(`iptables -w '${NBSP}5' -S INPUT`).stderr).toContain("wait seconds not numeric");
    expect(s.run(`iptables -W '${NBSP}5' -S INPUT`).stderr).toContain("wait interval not numeric");
    expect(s.run(`iptables-legacy-restore -w '${NBSP}5' < /dev/null`).stderr).toContain("wait seconds not numeric");
    expect(s.run(`iptables-legacy-restore -w 1 -W '${NBSP}5' < /dev/null`).stderr).toContain("wait interval not numeric");
    expect(s.run("iptables -w $'\\v5' -S INPUT").rc).toBe(0);
  });
  it("refuses ebtables counters and vlan values that start with one", () => {
    const s = session();
    expect(s.run(`ebtables -A INPUT -c '${NBSP}1' 2`).stderr).toContain(`Packet counter '${NBSP}1' invalid`);
    expect(s.run(`ebtables -A INPUT -c 3 '${NBSP}4'`).stderr).toContain(`Packet counter '${NBSP}4' invalid`);
    expect(s.run(`ebtables -A INPUT -p 802_1Q --vlan-id '${NBSP}5'`).stderr).toContain("Invalid --vlan-id range");
    expect(s.run(`ebtables -A INPUT -p 802_1Q --vlan-encap '${NBSP}0800'`).stderr).toContain("Unknown --vlan-encap value");
    expect(s.run("ebtables -A INPUT -c $'\\f1' $'\\v2'").rc).toBe(0);
    expect(s.run("ebtables -L INPUT --Lc").stdout).toContain("pcnt = 1 -- bcnt = 2");
  });
  it("keeps a name with a no-break space whole when reading /etc/hosts", () => {
    const s = session();
    s.run(`echo '10.9.9.9 a${NBSP}b' >> /etc/hosts`);
    s.run(`echo 'fd00::9 c${NBSP}d' >> /etc/hosts`);
    expect(s.run("iptables -A INPUT -s a").rc).toBe(2);
    expect(s.run(`iptables -A INPUT -s 'a${NBSP}b'`).rc).toBe(0);
    expect(s.run("ip6tables -A INPUT -s d").rc).toBe(2);
    expect(s.run(`ip6tables -A INPUT -s 'c${NBSP}d'`).rc).toBe(0);
  });
});

describe("-m owner resolves accounts from the machine's /etc/passwd and /etc/group", () => {
  it("knows no cloudsdk in a tutor world, and a user added to /etc/passwd", () => {
    const s = session();
    expect(s.run("iptables -A OUTPUT -m owner --uid-owner cloudsdk").stderr).toContain('Bad value for "--uid-owner" option: "cloudsdk"');
    s.run("iptables -A OUTPUT -m owner --uid-owner 1000 --gid-owner 103");
    expect(s.run("iptables -L OUTPUT").stdout).toContain("owner UID match 1000 owner GID match 103");
    s.run("echo 'alice:x:1000:1000::/home/alice:/bin/bash' >> /etc/passwd");
    s.run("echo 'web:x:103:' >> /etc/group");
    expect(s.run("iptables -L OUTPUT").stdout).toContain("owner UID match alice owner GID match web");
    expect(s.run("iptables -A OUTPUT -m owner --uid-owner alice --gid-owner web").rc).toBe(0);
    expect(s.run("iptables -S OUTPUT").stdout).toContain("-A OUTPUT -m owner --uid-owner 1000 --gid-owner 103\n-A OUTPUT -m owner --uid-owner 1000 --gid-owner 103");
  });
});

describe("-p mptcp (262) under iptables-nft: checkentry sees the whole protocol number", () => {
  it("refuses extensions that need tcp, keeps plain rules as tcp", () => {
    const s = session();
    const einval = (chain: string) => `iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain ${chain}\n`;
    expect(s.run("iptables -A INPUT -p mptcp -j REJECT --reject-with tcp-reset").stderr).toBe(einval("INPUT"));
    expect(s.run("iptables -A INPUT -p mptcp -m tcpmss --mss 100").stderr).toBe(einval("INPUT"));
    expect(s.run("iptables -t mangle -A POSTROUTING -p mptcp -j TCPMSS --set-mss 1400").stderr).toBe(einval("POSTROUTING"));
    expect(s.run("iptables -A INPUT -p mptcp -m multiport --dports 80").stderr).toBe(einval("INPUT"));
    expect(s.run("iptables -A INPUT -p mptcp -j ACCEPT").rc).toBe(0);
    expect(s.run("iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset").rc).toBe(0);
    expect(s.run("iptables -S INPUT").stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p tcp -j ACCEPT\n-A INPUT -p tcp -j REJECT --reject-with tcp-reset\n");
  });
});
