// nft's named sets, verdict maps and NAT statements: element reading and listing, set lookups
// on packets, and what iptables says of nft's own chains and statements in its tables.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";
import { elementsText, readElement, type NativeSet } from "../../src/iptables/nft-sets.js";
import { boxHas } from "../../src/netfilter/extensions/nft-lookup.js";

const set = (key: NativeSet["key"], interval: boolean): NativeSet => ({ name: "s", handle: 1, key, interval, box: { ranges: [] } });

describe("nft set elements", () => {
  it("reads prefixes (host bits cleared), ranges and ports, and refuses them without flags interval", () => {
    expect(readElement("10.1.2.3/8", set("ipv4_addr", true))).toEqual({ range: [0x0a000000, 0x0affffff] });
    expect(readElement("10.0.0.1-10.0.0.5", set("ipv4_addr", true))).toEqual({ range: [0x0a000001, 0x0a000005] });
    expect(readElement("10.0.0.0/8", set("ipv4_addr", false))).toEqual({ error: "You must add 'flags interval' to your set declaration if you want to add prefix elements" });
    expect(readElement("1.2.3.4/33", set("ipv4_addr", true))).toEqual({ error: "Prefix length 33 is invalid for type of 32 bits width" });
    expect(readElement("ssh", set("inet_service", false))).toEqual({ range: [22, 22] });
    expect(readElement("70000", set("inet_service", false))).toEqual({ error: "Service out of range" });
  });

  it("lists addresses two to a line and ports five, prefixes where a range is one", () => {
    const addrs: [number, number][] = [[0x01020304, 0x01020304], [0x0a000000, 0x0affffff], [0xac100001, 0xac100009]];
    expect(elementsText(addrs, "ipv4_addr")).toBe("{ 1.2.3.4, 10.0.0.0/8,\n\t\t\t     172.16.0.1-172.16.0.9 }");
    expect(elementsText(addrs, "ipv4_addr", true)).toBe("{ 1.2.3.4, 10.0.0.0/8, 172.16.0.1-172.16.0.9 }");
    const ports: [number, number][] = [22, 25, 80, 110, 143, 443].map((p) => [p, p]);
    expect(elementsText(ports, "inet_service")).toBe("{ 22, 25, 80, 110, 143,\n\t\t\t     443 }");
  });

  it("finds a value in sorted ranges", () => {
    const box = { ranges: [[10, 20], [30, 30], [40, 50]] as [number, number][] };
    expect([9, 10, 25, 30, 45, 51].map((v) => boxHas(box, v))).toEqual([false, true, false, true, true, false]);
  });
});

describe("nft sets and maps in rules", () => {
  const base = ["nft add table inet t", "nft add chain inet t c { type filter hook input priority 0 \\; }", "nft add set inet t s { type ipv4_addr \\; flags interval \\; }"];

  it("refuses a missing set and one of another type, marking the set", () => {
    expect(run(...base, "nft add rule inet t c ip saddr @nosuch drop").stderr).toBe("Error: No such file or directory\nadd rule inet t c ip saddr @nosuch drop\n                           ^^^^^^^\n");
    expect(run(...base, "nft add rule inet t c tcp dport @s drop").stderr).toContain("datatype mismatch, expected internet network service, expression has type IPv4 address");
  });

  it("keeps a set in use, and lists a vmap's elements in order", () => {
    expect(run(...base, "nft add rule inet t c ip saddr @s drop", "nft delete set inet t s").stderr).toContain("Could not process rule: Device or resource busy");
    const r = run(...base, "nft add rule inet t c tcp dport vmap { 80 : drop, 22 : accept }", "nft list chain inet t c");
    expect(r.stdout).toContain("\t\ttcp dport vmap { 22 : accept, 80 : drop }\n");
  });
});

describe("nft NAT statements and iptables' view", () => {
  const nat = ["nft add table ip nat", "nft add chain ip nat postrouting { type nat hook postrouting priority 100 \\; }"];

  it("takes NAT only on its hooks, and ports only after a protocol match", () => {
    expect(run(...nat, "nft add rule ip nat postrouting dnat to 10.0.0.2").stderr).toMatch(/^Error: Could not process rule: Operation not supported\n/);
    expect(run(...nat, "nft add rule ip nat postrouting snat to 1.2.3.4:80").stderr).toMatch(/^Error: transport protocol mapping is only valid after transport protocol match\n/);
    expect(run(...nat, "nft add rule ip nat postrouting tcp dport 80 snat to 1.2.3.4:80", "nft list chain ip nat postrouting").stdout).toContain("\t\ttcp dport 80 snat to 1.2.3.4:80\n");
  });

  it("warns of nft's base chains in iptables' table and refuses to list a chain holding native statements", () => {
    expect(run(...nat, "iptables -t nat -S").stdout).toMatch(/^# Table `nat' contains incompatible base-chains, use 'nft' tool to list them.\n-P PREROUTING ACCEPT\n/);
    const r = run("iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE", "nft add rule ip nat POSTROUTING oifname eth1 masquerade", "iptables -t nat -L POSTROUTING");
    expect(r.stderr).toBe("iptables v1.8.9 (nf_tables): chain `POSTROUTING' in table `nat' is incompatible, use 'nft' tool.\n");
    expect(run("iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE", "nft add rule ip nat POSTROUTING oifname eth1 masquerade", "iptables-save -t nat").stdout).toBe("# Table `nat' is incompatible, use 'nft' tool.\n");
  });
});
