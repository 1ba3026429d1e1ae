// ip6tables-only extensions and the IPv6 forms of shared ones, through the command line:
// save (-S) and list (-L -n / -L) texts and their errors, as real ip6tables 1.8.9 prints them
// (recorded in test/oracle/cases/extra/cli/fz-ip6-*).
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { shellOn } from "../../src/grader/shell-adapter.js";

function rules(table: string, chain: string, ...specs: string[]): { save: string[]; list: string[]; names: string[] } {
  const sh = shellOn(createWorld(1));
  for (const spec of specs) {
    const r = sh.run(`ip6tables -t ${table} -A ${chain} ${spec}`);
    expect(r.rc, `${spec}: ${r.stderr}`).toBe(0);
  }
  const lines = (text: string) => text.split("\n").filter((l) => l.startsWith("-A") || /^\S+\s+(\d+|\S+)\s+--/.test(l));
  return {
    save: lines(sh.run(`ip6tables -t ${table} -S ${chain}`).stdout),
    list: lines(sh.run(`ip6tables -t ${table} -L ${chain} -n`).stdout).map(extensionText),
    names: lines(sh.run(`ip6tables -t ${table} -L ${chain}`).stdout).map(extensionText),
  };
}

/** What follows the address columns of a -L line (target, prot, opt, source, destination). */
function extensionText(line: string): string {
  return /^\S+\s+!?\S+\s+\S+\s+!?\S+\s+!?\S+\s+(.*)$/.exec(line)?.[1] ?? "";
}

function error(cmd: string): string {
  return shellOn(createWorld(1)).run(cmd).stderr.split("\n")[0]!;
}

describe("icmp6", () => {
  it("saves numbers and lists names", () => {
    const r = rules("filter", "INPUT", "-p icmpv6 --icmpv6-type echo-request -j ACCEPT", "-p ipv6-icmp ! --icmpv6-type 135 -j DROP", "-p 58 --icmpv6-type 1/0:2 -j DROP");
    expect(r.save).toEqual([
      "-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 128 -j ACCEPT",
      "-A INPUT -p ipv6-icmp -m icmp6 ! --icmpv6-type 135 -j DROP",
      "-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 1/0 -j DROP",
    ]);
    expect(r.list).toEqual(["ipv6-icmptype 128", "ipv6-icmp !type 135", "ipv6-icmptype 1 codes 0-2"]);
    expect(r.names).toEqual(["ipv6-icmp echo-request", "ipv6-icmp !neighbour-solicitation", "ipv6-icmptype 1 codes 0-2"]);
  });
  it("refuses ambiguous and unknown types", () => {
    expect(error("ip6tables -A INPUT -p icmpv6 --icmpv6-type echo -j ACCEPT")).toContain("Ambiguous ICMPv6 type `echo': `echo-request' or `echo-reply'?");
    expect(error("ip6tables -A INPUT -p icmpv6 --icmpv6-type 256 -j ACCEPT")).toContain("Unknown ICMPv6 type `256'");
    expect(error("ip6tables -A INPUT -m icmp6 --icmpv6-type 128 -j ACCEPT")).toContain("RULE_APPEND failed (Invalid argument)");
  });
});

describe("extension headers", () => {
  it("frag, rt, ipv6header, hbh", () => {
    const r = rules("filter", "INPUT", "-m frag --fragid 100:200 --fraglen 8 --fragfirst -j DROP", "-m rt --rt-type 0 -j DROP", "-m ipv6header --header hop,route --soft -j DROP", "-m hbh --hbh-opts 1:2,3 -j DROP");
    expect(r.save).toEqual([
      "-A INPUT -m frag --fragid 100:200 --fraglen 8 --fragfirst -j DROP",
      "-A INPUT -m rt --rt-type 0 -j DROP",
      "-A INPUT -m ipv6header --header hop-by-hop,ipv6-route --soft -j DROP",
      "-A INPUT -m hbh --hbh-opts 1:2,3 -j DROP",
    ]);
    expect(r.list).toEqual(["frag ids:100:200 length:8 first", "rt type:0", "ipv6header flags:0xA0 soft", "hbh opts 1:2,3"]);
    expect(r.names[2]).toBe("ipv6header flags:hop-by-hop,ipv6-route soft");
  });
  it("--fragmore and --fraglast exclude each other", () => {
    expect(error("ip6tables -A INPUT -m frag --fraglast --fragmore -j DROP")).toContain('frag: option "--fragmore" cannot be used together with "--fraglast".');
  });
  it("ah has its IPv6 options in ip6tables only", () => {
    const r = rules("filter", "INPUT", "-m ah --ahspi 100:200 --ahlen 4 --ahres -j ACCEPT");
    expect(r.list).toEqual(["ah spis:100:200length:4 reserved"]);
    expect(error("iptables -A INPUT -p ah -m ah --ahlen 4 -j DROP")).toContain('unknown option "--ahlen"');
  });
  it("mh lists type names", () => {
    const r = rules("filter", "INPUT", "-p mh -m mh ! --mh-type 1:4 -j ACCEPT");
    expect(r.save).toEqual(["-A INPUT -p mobility-header -m mh ! --mh-type 1:4 -j ACCEPT"]);
    expect(r.names).toEqual(["mh !home-test-init:careof-test"]);
  });
});

describe("IPv6 forms of shared extensions", () => {
  it("recent, connlimit and hashlimit use 128-bit masks", () => {
    const r = rules("filter", "INPUT", "-m recent --set --name v6 -j ACCEPT", "-p tcp -m connlimit --connlimit-above 3 -j DROP", "-m hashlimit --hashlimit-upto 5/sec --hashlimit-name h --hashlimit-srcmask 64 -j ACCEPT");
    expect(r.save).toEqual([
      "-A INPUT -m recent --set --name v6 --mask ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff --rsource -j ACCEPT",
      "-A INPUT -p tcp -m connlimit --connlimit-above 3 --connlimit-mask 128 --connlimit-saddr -j DROP",
      "-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-burst 5 --hashlimit-name h --hashlimit-srcmask 64 -j ACCEPT",
    ]);
  });
  it("conntrack and iprange take IPv6 addresses, not IPv4 ones", () => {
    const r = rules("filter", "INPUT", "-m conntrack ! --ctreplsrc fe80::1/10 -j ACCEPT", "-m iprange --src-range 2001:db8::1-2001:db8::ff -j ACCEPT");
    expect(r.list).toEqual(["! ctreplsrc fe80::1/10", "source IP range 2001:db8::1-2001:db8::ff"]);
    expect(error("ip6tables -A INPUT -m conntrack --ctorigsrc 10.0.0.1 -j ACCEPT")).toContain("getaddrinfo: Address family for hostname not supported");
  });
  it("NAT targets bracket an IPv6 address before a port", () => {
    const r = rules("nat", "PREROUTING", "-p tcp --dport 80 -j DNAT --to-destination [2001:db8::1]:8080", "-j NETMAP --to 2001:db8:2::/64");
    expect(r.list).toEqual(["tcp dpt:80 to:[2001:db8::1]:8080", "to:2001:db8:2::/64"]);
    expect(error("ip6tables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1")).toContain('Bad IP address "10.0.0.1"');
  });
  it("SNPT/DNPT need clean prefixes of at most 64 bits", () => {
    const r = rules("mangle", "POSTROUTING", "-j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64");
    expect(r.save).toEqual(["-A POSTROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64"]);
    expect(error("ip6tables -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::1/64 --dst-pfx 2001:db8::/64")).toContain("RULE_APPEND failed (Invalid argument)");
  });
});
