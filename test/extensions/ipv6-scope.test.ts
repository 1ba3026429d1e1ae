import { describe, expect, it } from "vitest";
import { parseScopedIpv6 } from "../../src/netfilter/extensions/util/ipv6-scope.js";

const lo = (name: string) => (name === "lo" ? 1 : 0);

describe("parseScopedIpv6 (getaddrinfo on addr%scope)", () => {
  it("takes an interface name for link-local and link/node-local multicast addresses", () => {
    expect(parseScopedIpv6("fe80::1%lo", lo)).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseScopedIpv6("ff02::9%lo", lo)).toEqual([0xff02, 0, 0, 0, 0, 0, 0, 9]);
    expect(parseScopedIpv6("ff31::9%lo", lo)).toEqual([0xff31, 0, 0, 0, 0, 0, 0, 9]);
  });
  it("refuses interface names elsewhere and unknown interfaces", () => {
    expect(parseScopedIpv6("2001:db8::1%lo", lo)).toBeUndefined();
    expect(parseScopedIpv6("ff05::1%lo", lo)).toBeUndefined();
    expect(parseScopedIpv6("::1%lo", lo)).toBeUndefined();
    expect(parseScopedIpv6("fe80::1%eth9", lo)).toBeUndefined();
    expect(parseScopedIpv6("fe80::1%lo")).toBeUndefined();
  });
  it("takes decimal scopes up to 2^32-1 on any address", () => {
    expect(parseScopedIpv6("2001:db8::8%3")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 8]);
    expect(parseScopedIpv6("fe80::1%4294967295")).toBeDefined();
    expect(parseScopedIpv6("fe80::1%01")).toBeDefined();
    for (const bad of ["fe80::1%4294967296", "fe80::1%", "fe80::1%+1", "fe80::1%0x1", "fe80::1%1x", "fe80::1%lo%lo", "1.2.3.4%1", "fe80::1"]) {
      expect(parseScopedIpv6(bad, lo), bad).toBeUndefined();
    }
  });
});
