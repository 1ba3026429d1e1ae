// ip6tables: IPv6 address parsing and printing, names from /etc/hosts, the icmp6 and hop-limit
// extensions, family-specific extension loading, and rules.v6 at boot. Expected texts come from
// real ip6tables 1.8.9 (nf_tables) transcripts (test/oracle/cases/extra/cli/fz-ip6-*).
import { describe, expect, it } from "vitest";
import { formatIpv6, maskToPrefix6, parseIpv6, prefixToMask6 } from "../../src/netfilter/ipv6.js";
import { ip6Names, listAddress6, parseAddressList6, saveAddress6 } from "../../src/iptables/ip6-address.js";
import { createWorld } from "../../src/net/world.js";
import { shellOn } from "../../src/grader/shell-adapter.js";
import { bootWorld, rebootWorld } from "../../src/grader/boot.js";
import type { Scenario } from "../../src/scenario/schema.js";

describe("inet_pton / inet_ntop", () => {
  const canonical: [string, string][] = [
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["1:0:0:1:0:0:0:1", "1:0:0:1::1"],
    ["1:0:0:0:1:0:0:1", "1::1:0:0:1"],
    ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"],
    ["ABCD::EF", "abcd::ef"],
    ["::1.2.3.4", "::1.2.3.4"],
    ["::ffff:0:0", "::ffff:0.0.0.0"],
    ["::2", "::2"],
    ["::", "::"],
    ["fe80::", "fe80::"],
  ];
  for (const [input, shown] of canonical) {
    it(`${input} → ${shown}`, () => expect(formatIpv6(parseIpv6(input)!)).toBe(shown));
  }
  for (const bad of ["1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "::01.2.3.4", "[::1]", "2001:db8:::1", ":1::", "1:2:3:4:5:6:7:8::", "10.0.0.1", ""]) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(parseIpv6(bad)).toBeUndefined());
  }
  it("masks and prefixes", () => {
    expect(formatIpv6(prefixToMask6(10))).toBe("ffc0::");
    expect(maskToPrefix6(prefixToMask6(127))).toBe(127);
    expect(maskToPrefix6(parseIpv6("ffff:0:ffff::")!)).toBe(-1);
  });
});

describe("address fields", () => {
  const names = ip6Names("127.0.0.1 localhost\n::1 localhost ip6-localhost\nff02::1 ip6-allnodes\n");
  it("masks the address and keeps /128 in the save form", () => {
    const [a] = parseAddressList6("2001:db8::1/ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe", names);
    expect(saveAddress6(a!.v6!)).toBe("2001:db8::/127");
    expect(saveAddress6(parseAddressList6("2001:db8::5", names)[0]!.v6!)).toBe("2001:db8::5/128");
  });
  it("lists several addresses and prefix lengths in any base (-s/-d's xtables_ip6parse_multiple)", () => {
    const list = parseAddressList6("2001:db8::1/0x40,fe80::1/010", names, true).map((a) => saveAddress6(a.v6!));
    expect(list).toEqual(["2001:db8::/64", "fe00::/8"]);
    // (xtables_ip6parse_any, as ebtables' --ip6-src uses it, has no list: the comma is part of the name)
    expect(() => parseAddressList6("2001:db8::1,fe80::1", names)).toThrow("host/network `2001:db8::1,fe80::1' not found");
  });
  it("resolves IPv6 names from /etc/hosts only", () => {
    expect(saveAddress6(parseAddressList6("ip6-localhost", names)[0]!.v6!)).toBe("::1/128");
    expect(() => parseAddressList6("10.0.0.1", names)).toThrow("host/network `10.0.0.1' not found");
    expect(() => parseAddressList6("nosuch/0", names)).not.toThrow();
  });
  it("reports the mask before the host", () => {
    expect(() => parseAddressList6("bogus/129", names)).toThrow("invalid mask `129' specified");
    expect(() => parseAddressList6("::1/1.2.3.4", names)).toThrow("invalid mask `1.2.3.4' specified");
  });
  it("prints the -L forms", () => {
    const v6 = (t: string) => parseAddressList6(t, names)[0]!.v6!;
    expect(listAddress6(undefined, true, names)).toBe("::/0");
    expect(listAddress6(undefined, false, names)).toBe("anywhere");
    expect(listAddress6(v6("::/128"), true, names)).toBe("::");
    expect(listAddress6(v6("::1/127"), false, names)).toBe("anywhere");
    expect(listAddress6(v6("::1"), false, names)).toBe("localhost");
    expect(listAddress6(v6("ff02::1/16"), false, names)).toBe("ff02::/16");
    expect(listAddress6(v6("2001:db8::1/ffff:0:ffff::"), true, names)).toBe("2001::/ffff:0:ffff::");
  });
});

describe("ip6tables commands", () => {
  const run = (...cmds: string[]) => {
    const sh = shellOn(createWorld(1));
    return cmds.map((c) => sh.run(c));
  };

  it("keeps IPv6 rules apart from IPv4 ones", () => {
    const [, , v6, v4] = run("ip6tables -A INPUT -s 2001:db8::/32 -j DROP", "iptables -A INPUT -s 10.0.0.0/8 -j DROP", "ip6tables -S INPUT", "iptables -S INPUT");
    expect(v6!.stdout).toBe("-P INPUT ACCEPT\n-A INPUT -s 2001:db8::/32 -j DROP\n");
    expect(v4!.stdout).toBe("-P INPUT ACCEPT\n-A INPUT -s 10.0.0.0/8 -j DROP\n");
  });

  it("loads icmp6 for -p icmpv6 and refuses the IPv4-only options", () => {
    const [ok, list, icmp, frag, v4] = run(
      "ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT",
      "ip6tables -L INPUT -n",
      "ip6tables -A INPUT -p icmp --icmp-type 8 -j ACCEPT",
      "ip6tables -A INPUT -f -j DROP",
      "iptables -A INPUT -m icmp6 --icmpv6-type 128 -j ACCEPT",
    );
    expect(ok!.rc).toBe(0);
    expect(list!.stdout).toContain("ACCEPT     58   --  ::/0                 ::/0                 ipv6-icmptype 128\n");
    expect(icmp!.stderr).toContain('unknown option "--icmp-type"');
    expect(frag!.stderr).toContain("`-f' is not supported in IPv6, use -m frag instead");
    expect(v4!.stderr).toContain("Couldn't load match `icmp6':No such file or directory");
  });

  it("names ::1 from the host's /etc/hosts without -n", () => {
    const [, list] = run("ip6tables -A INPUT -s ::1 -d ff02::2 -j ACCEPT", "ip6tables -L INPUT");
    expect(list!.stdout).toContain("ACCEPT     all  --  localhost            ip6-allrouters      \n");
  });

  it("-C ignores prefix lengths as ip6tables-nft does, ip6tables-legacy does not", () => {
    const [, nft, , legacy] = run(
      "ip6tables -A INPUT -s 2001:db9::/48 -j ACCEPT",
      "ip6tables -C INPUT -s 2001:db9::/64 -j ACCEPT",
      "ip6tables-legacy -A INPUT -s 2001:db9::/48 -j ACCEPT",
      "ip6tables-legacy -C INPUT -s 2001:db9::/64 -j ACCEPT",
    );
    expect(nft!.rc).toBe(0);
    expect(legacy!.rc).toBe(1);
  });

  it("refuses an inverted ::/0 the way nf_tables does", () => {
    const [r] = run("ip6tables -A INPUT ! -s ::/0 -j ACCEPT");
    expect(r).toEqual({ stdout: "", stderr: "ip6tables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT\n", rc: 4 });
  });

  it("has the hop-limit extensions, not the TTL ones", () => {
    const [hl, HL, ttl, list] = run(
      "ip6tables -t mangle -A PREROUTING -m hl --hl-lt 10 -j ACCEPT",
      "ip6tables -t mangle -A PREROUTING -j HL --hl-dec 1",
      "ip6tables -t mangle -A PREROUTING -m ttl --ttl-eq 5 -j ACCEPT",
      "ip6tables -t mangle -S PREROUTING",
    );
    expect(hl!.rc).toBe(0);
    expect(HL!.rc).toBe(0);
    expect(ttl!.stderr).toContain("Couldn't load match `ttl'");
    expect(list!.stdout).toBe("-P PREROUTING ACCEPT\n-A PREROUTING -m hl --hl-lt 10 -j ACCEPT\n-A PREROUTING -j HL --hl-dec 1\n");
  });
});

describe("boot", () => {
  it("applies /etc/iptables/rules.v6 with ip6tables-restore, again after a reboot", () => {
    const rules = "*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -p ipv6-icmp -j ACCEPT\nCOMMIT\n";
    const scenario = { world: { hostname: "host", setup: "true", files: { "/etc/iptables/rules.v6": rules }, connections: [] } } as unknown as Scenario;
    const world = bootWorld(scenario);
    const expected = "-P INPUT DROP\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-A INPUT -p ipv6-icmp -j ACCEPT\n";
    expect(shellOn(world).run("ip6tables -S").stdout).toBe(expected);
    shellOn(world).run("ip6tables -F");
    expect(shellOn(rebootWorld(scenario, world)).run("ip6tables -S").stdout).toBe(expected);
  });
});
