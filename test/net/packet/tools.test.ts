import { describe, expect, it } from "vitest";
import { execScript } from "../../../src/commands/exec.js";

const WORLD = `ip netns add client
ip link add veth0 type veth peer name eth0
ip link set eth0 netns client
ip addr add 10.0.0.1/24 dev veth0
ip link set veth0 up
ip netns exec client ip addr add 10.0.0.2/24 dev eth0
ip netns exec client ip link set eth0 up
ip netns exec client ip link set lo up
serve tcp 80 --name host
serve udp 53 --name host
`;

function run(lines: string): { cmd: string; stdout: string; stderr: string; rc: number }[] {
  return execScript(WORLD + lines).slice(WORLD.trim().split("\n").length);
}

describe("learner traffic tools", () => {
  it("curl shows the served line (HTTP/0.9, allowed by --http0.9); refused and timed-out connections give exit 7 and 28", () => {
    const [ok, refused, dropRule, timeout, silent] = run(`ip netns exec client curl -s --http0.9 http://10.0.0.1/
ip netns exec client curl -sS http://10.0.0.1:81/
iptables -A INPUT -p tcp --dport 82 -j DROP
ip netns exec client curl -m 2 http://10.0.0.1:82/
ip netns exec client curl -s -m 1 http://10.0.0.1:82/
`);
    expect(ok).toMatchObject({ stdout: '{"served_by": "host", "seen_src": "10.0.0.2"}\n', rc: 0 });
    expect(refused!.rc).toBe(7);
    expect(refused!.stderr).toBe("curl: (7) Failed to connect to 10.0.0.1 port 81 after 0 ms: Couldn't connect to server\n");
    expect(dropRule!.rc).toBe(0);
    expect(timeout).toMatchObject({ rc: 28, stderr: "curl: (28) Connection timed out after 2001 milliseconds\n" });
    expect(silent).toMatchObject({ rc: 28, stderr: "" });
  });

  it("ping prints replies, ICMP errors and statistics like iputils", () => {
    const [ok, rejected] = run(`ip netns exec client ping -c 2 10.0.0.1
iptables -A INPUT -p icmp -j REJECT --reject-with icmp-host-prohibited
ip netns exec client ping -c 1 -W 1 10.0.0.1
`).filter((r) => r.cmd.includes("ping"));
    expect(ok!.rc).toBe(0);
    expect(ok!.stdout).toMatch(/^PING 10\.0\.0\.1 \(10\.0\.0\.1\) 56\(84\) bytes of data\.\n64 bytes from 10\.0\.0\.1: icmp_seq=1 ttl=64 time=/);
    expect(ok!.stdout).toContain("2 packets transmitted, 2 received, 0% packet loss");
    expect(rejected!.rc).toBe(1);
    expect(rejected!.stdout).toContain("From 10.0.0.1 icmp_seq=1 Destination Host Prohibited\n");
    expect(rejected!.stdout).toContain("1 packets transmitted, 0 received, +1 errors, 100% packet loss");
  });

  it("nc -z -v reports open, refused and timed-out ports; ss lists the listeners", () => {
    const [open, closed, , dropped, ss] = run(`ip netns exec client nc -z -v 10.0.0.1 80
ip netns exec client nc -z -v 10.0.0.1 81
iptables -A INPUT -p tcp --dport 82 -j DROP
ip netns exec client nc -z -v -w 1 10.0.0.1 82
ss -tuln
`);
    expect(open).toMatchObject({ rc: 0, stderr: "Connection to 10.0.0.1 80 port [tcp/http] succeeded!\n" });
    expect(closed).toMatchObject({ rc: 1, stderr: "nc: connect to 10.0.0.1 port 81 (tcp) failed: Connection refused\n" });
    expect(dropped).toMatchObject({ rc: 1, stderr: "nc: connect to 10.0.0.1 port 82 (tcp) timed out: Operation now in progress\n" });
    expect(ss!.stdout).toBe(
      "Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n" +
        "udp   UNCONN 0      0            0.0.0.0:53        0.0.0.0:*          \n" +
        "tcp   LISTEN 0      64           0.0.0.0:80        0.0.0.0:*          \n",
    );
  });

  it("conntrack -L lists tracked flows; LOG lines reach dmesg only from the host namespace", () => {
    const [, , untracked, , , list, count, , dmesg] = run(`iptables -A INPUT -p tcp --dport 80 -j LOG --log-prefix "web: "
ip netns exec client probe tcp 10.0.0.1 80
conntrack -L
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip netns exec client probe tcp 10.0.0.1 80
conntrack -L -p tcp
conntrack -C
ip netns exec client iptables -A OUTPUT -j LOG
dmesg -t
`);
    expect(untracked).toMatchObject({ stdout: "", stderr: "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n" });
    expect(list!.stdout).toMatch(/^tcp      6 \d+ CLOSE src=10\.0\.0\.2 dst=10\.0\.0\.1 sport=\d+ dport=80 src=10\.0\.0\.1 dst=10\.0\.0\.2 sport=80 dport=\d+ \[ASSURED\] mark=0 use=1\n$/);
    expect(list!.stderr).toBe("conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.\n");
    expect(count!.stdout).toBe("1\n");
    expect(dmesg!.stdout.split("\n").filter(Boolean)).toHaveLength(8);
    expect(dmesg!.stdout).toMatch(/^web: IN=veth0 OUT= /);
  });
});
