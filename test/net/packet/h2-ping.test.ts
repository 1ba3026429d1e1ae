// ping as iputils 20221126 prints it (recorded against real ping in the h2-ping-* cases).
import { describe, expect, it } from "vitest";
import { execScript } from "../../../src/commands/exec.js";
import { formatPercentG } from "../../../src/net/traffic/ping-text.js";
import { parsePingArgs } from "../../../src/net/traffic/ping-options.js";

const ROUTER = `ip netns add lan
ip netns add wan
ip link add lan0 type veth peer name eth0 netns lan
ip link add wan0 type veth peer name eth0 netns wan
ip addr add 192.168.1.1/24 dev lan0
ip addr add 203.0.113.2/24 dev wan0
ip link set lan0 up
ip link set wan0 up
ip netns exec lan ip link set lo up
ip netns exec lan ip addr add 192.168.1.10/24 dev eth0
ip netns exec lan ip link set eth0 up
ip netns exec lan ip route add default via 192.168.1.1
ip netns exec wan ip link set lo up
ip netns exec wan ip addr add 203.0.113.1/24 dev eth0
ip netns exec wan ip link set eth0 up
ip netns exec wan ip route add 192.168.1.0/24 via 203.0.113.2
sysctl -w net.ipv4.ip_forward=1
`;

function run(lines: string): { cmd: string; stdout: string; stderr: string; rc: number }[] {
  return execScript(ROUTER + lines).slice(ROUTER.trim().split("\n").length);
}

describe("ping options", () => {
  it("reads clusters and operands before options, and checks values as getopt meets them", () => {
    const o = parsePingArgs(["127.0.0.1", "-qc2", "-s", "8"], []);
    expect(o).toMatchObject({ quiet: true, count: 2, dataLen: 8, hosts: ["127.0.0.1"] });
    expect(parsePingArgs(["-c", "0"], [])).toMatchObject({ rc: 1, stderr: "ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n" });
    expect(parsePingArgs(["-M", "maybe"], [])).toMatchObject({ rc: 2, stderr: "ping: invalid -M argument: maybe\n" });
    const unknown = parsePingArgs(["-x"], []);
    expect(unknown).toMatchObject({ rc: 2 });
    expect((unknown as { stderr: string }).stderr.split("\n").slice(0, 3)).toEqual(["ping: invalid option -- 'x'", "", "Usage"]);
  });
  it("prints packet loss the way %g prints a float", () => {
    expect([0, 100, 50, 100 / 3, 200 / 3, 40].map(formatPercentG)).toEqual(["0", "100", "50", "33.3333", "66.6667", "40"]);
  });
});

describe("ping on the packet path", () => {
  it("reports frag-needed from the router once, then fails -M do locally with the learnt MTU", () => {
    const [, , first, again] = run(`ip link set wan0 mtu 1400
ip netns exec wan ip link set eth0 mtu 1400
ip netns exec lan ping -c 1 -W 1 -s 1472 -M do 203.0.113.1
ip netns exec lan ping -c 1 -W 1 -s 1472 -M do 203.0.113.1
`);
    expect(first!.stdout).toContain("From 192.168.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)\n");
    expect(again!.stdout).not.toContain("From");
    expect(again!.stderr).toBe("ping: local error: message too long, mtu=1400\n");
  });
  it("is silent about a DROP in its own OUTPUT but shows a REJECT's error and the failed sendmsg", () => {
    const [, dropped, , rejected] = run(`ip netns exec lan iptables -A OUTPUT -p icmp -j DROP
ip netns exec lan ping -c 1 -W 1 203.0.113.1
ip netns exec lan iptables -R OUTPUT 1 -p icmp -d 203.0.113.1 -j REJECT
ip netns exec lan ping -c 1 -W 1 203.0.113.1
`);
    expect(dropped).toMatchObject({ stderr: "", rc: 1 });
    expect(rejected!.stdout).toContain("From 192.168.1.10 icmp_seq=1 Destination Port Unreachable\n");
    expect(rejected!.stderr).toBe("ping: sendmsg: Operation not permitted\n");
  });
  it("is killed at the time limit, keeping only the lines it flushed", () => {
    const [endless, silent] = run(`ip netns exec lan ping -i 2 -s 8 192.168.1.1
iptables -A FORWARD -j DROP; ip netns exec lan ping -c 1 203.0.113.1
`);
    expect(endless!.rc).toBe(124);
    expect(endless!.stdout.split("\n").filter((l) => l.includes("bytes from"))).toHaveLength(3);
    expect(endless!.stdout).not.toContain("statistics");
    expect(silent).toMatchObject({ stdout: "", rc: 124 });
  });
});
