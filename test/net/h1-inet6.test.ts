// IPv6 addresses and routes (inet6.ts, inet6-fib.ts, ip/route6.ts) and ip -s counters.
import { describe, expect, it } from "vitest";
import { compareTreeOrder } from "../../src/net/inet6-fib.js";
import type { Route6 } from "../../src/net/inet6.js";
import { formatIpv6, parseIpv6 } from "../../src/netfilter/ipv6.js";
import { statsText } from "../../src/net/ip/link-stats-text.js";
import { findLink } from "../../src/net/links.js";
import { createWorld } from "../../src/net/world.js";
import { run, setup } from "./helpers.js";

const route = (dst: string, prefix: number, metric = 1024): Route6 =>
  ({ table: 254, type: "unicast", dst: parseIpv6(dst)!, prefix, proto: "boot", metric });

describe("fib6 tree order", () => {
  it("lists a more specific prefix before the prefix holding it, and ::/0 last", () => {
    const routes = [route("::", 0), route("2001:db8::", 32), route("fd00::", 64), route("2001:db8:5::", 48), route("2001:db8::", 64)];
    const text = routes.sort(compareTreeOrder).map((r) => `${formatIpv6(r.dst)}/${r.prefix}`).join(",");
    expect(text).toBe("2001:db8::/64,2001:db8:5::/48,2001:db8::/32,fd00::/64,::/0");
  });

  it("orders routes of one prefix by metric", () => {
    expect(compareTreeOrder(route("fd00::", 64, 20), route("fd00::", 64, 10))).toBeGreaterThan(0);
  });
});

describe("ip -6 addr", () => {
  it("refuses a second copy of an address and deletes only with the right prefix length", () => {
    const world = createWorld();
    expect(run(world, "ip -6 addr add fd00::1/64 dev lo").rc).toBe(0);
    const again = run(world, "ip addr add fd00::1/80 dev lo");
    expect([again.rc, again.stderr]).toEqual([2, "Error: ipv6: address already assigned.\n"]);
    expect(run(world, "ip -6 addr del fd00::1 dev lo").stderr).toBe("Error: ipv6: address not found.\n");
    expect(run(world, "ip -6 addr del fd00::1/64 dev lo").rc).toBe(0);
    expect(run(world, "ip -6 route").stdout).toBe("");
  });

  it("keeps an address tentative until DAD has run on a device with carrier", () => {
    const world = createWorld();
    setup(world, "ip link add va type veth peer name vb\nip link set va up\nip -6 addr add fd00::1/64 dev va");
    expect(run(world, "ip -o -6 addr show dev va").stdout).toContain("scope global tentative");
    world.clock += 10_000;
    expect(run(world, "ip -o -6 addr show dev va").stdout).toContain("scope global tentative");
    setup(world, "ip link set vb up");
    world.clock += 10_000;
    expect(run(world, "ip -o -6 addr show dev va scope global").stdout).toBe("3: va    inet6 fd00::1/64 scope global \\       valid_lft forever preferred_lft forever\n");
    expect(run(world, "ip -6 route show table local type local").stdout).toContain("local fd00::1 dev va proto kernel metric 0 pref medium\n");
  });

  it("loses every address when the device goes down", () => {
    const world = createWorld();
    setup(world, "ip link add va type veth peer name vb\nip link set va up\nip -6 addr add fd00::1/64 dev va nodad\nip link set va down");
    expect(run(world, "ip -6 addr show dev va").stdout).toBe("");
    expect(run(world, "ip -6 route show table all").stdout).toBe("local ::1 dev lo table local proto kernel metric 0 pref medium\n");
  });
});

describe("ip -6 route", () => {
  it("adds through a reachable gateway, refuses an unreachable one, and answers get", () => {
    const world = createWorld();
    setup(world, "ip link add va type veth peer name vb\nip link set va up\nip -6 addr add fd00::1/64 dev va nodad");
    expect(run(world, "ip -6 route add 2001:db8::/32 via 2001:db9::1").stderr).toBe("RTNETLINK answers: No route to host\n");
    expect(run(world, "ip -6 route add default via fd00::2").rc).toBe(0);
    expect(run(world, "ip -6 route add ::/0 via fd00::3").stderr).toBe("RTNETLINK answers: File exists\n");
    expect(run(world, "ip -6 route get 2001:db8::1").stdout).toBe("2001:db8::1 from :: via fd00::2 dev va src fd00::1 metric 1024 pref medium\n");
    expect(run(world, "ip -6 route del default").rc).toBe(0);
    expect(run(world, "ip -6 route get 2001:db8::1").stderr).toBe("RTNETLINK answers: Network is unreachable\n");
  });
});

describe("ip -s link", () => {
  it("widens the columns to fit large counters", () => {
    const world = createWorld();
    const lo = findLink(world, "", "lo")!;
    lo.stats = { rxPackets: 12, rxBytes: 123_456_789_012, txPackets: 12, txBytes: 123_456_789_012 };
    const text = statsText(lo, 1).split("\n");
    expect(text[0]).toBe("    RX:    bytes packets errors dropped  missed   mcast           ");
    expect(text[1]).toBe("    123456789012      12      0       0       0       0 ");
  });
});
