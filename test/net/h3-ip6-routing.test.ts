// IPv6 connect() beyond one host: forwarding, neighbour discovery through ip6tables, NAT66.
import { describe, expect, it } from "vitest";
import { parseIpv6 } from "../../src/netfilter/ipv6.js";
import { createWorld } from "../../src/net/world.js";
import { tcp6Connect } from "../../src/net/traffic/tcp6-connect.js";
import { newNatBook, reverseReply, translate6 } from "../../src/net/traffic/ip6-nat.js";
import { packet6 } from "../../src/net/traffic/tcp6-loopback.js";
import type { World } from "../../src/net/types.js";
import { run, setup } from "./helpers.js";

const addr = (text: string) => parseIpv6(text)!;

/** cli (2001:db8:1::2) — root router — srv (2001:db8:2::2), link-local addresses past DAD. */
function routed(): World {
  const world = createWorld();
  setup(world, [
    "ip netns add cli", "ip netns add srv",
    "ip link add vcli type veth peer name eth0 netns cli", "ip link add vsrv type veth peer name eth0 netns srv",
    "ip link set vcli up", "ip link set vsrv up",
    "ip -n cli link set eth0 up", "ip -n srv link set eth0 up",
    "ip -6 addr add 2001:db8:1::1/64 dev vcli nodad", "ip -6 addr add 2001:db8:2::1/64 dev vsrv nodad",
    "ip -n cli -6 addr add 2001:db8:1::2/64 dev eth0 nodad", "ip -n srv -6 addr add 2001:db8:2::2/64 dev eth0 nodad",
    "ip -n cli -6 route add default via 2001:db8:1::1", "ip -n srv -6 route add default via 2001:db8:2::1",
  ].join("\n"));
  world.clock += 3000;
  return world;
}

const connect = (world: World, dst: string, timeoutMs = 500) => tcp6Connect(world, "cli", addr(dst), 80, { timeoutMs });

describe("IPv6 through a router", () => {
  it("forwards only with net.ipv6.conf.all.forwarding=1, and the closed port's RST comes back", () => {
    const world = routed();
    expect(connect(world, "2001:db8:2::2").kind).toBe("timeout");
    run(world, "sysctl -w net.ipv6.conf.all.forwarding=1");
    expect(connect(world, "2001:db8:2::2")).toMatchObject({ kind: "error", errno: "ECONNREFUSED" });
  });

  it("fills ip -6 neigh on both sides of each link", () => {
    const world = routed();
    run(world, "sysctl -w net.ipv6.conf.all.forwarding=1");
    connect(world, "2001:db8:2::2");
    expect(run(world, "ip -6 neigh show 2001:db8:1::1", "cli").stdout).toMatch(/^2001:db8:1::1 dev eth0 lladdr \S+ REACHABLE \n$/);
    expect(run(world, "ip -6 neigh show 2001:db8:1::2 dev vcli").stdout).toMatch(/ DELAY \n$/);
  });

  it("a router's address nobody holds fails connect() with EHOSTUNREACH after 3 s", () => {
    const world = routed();
    run(world, "sysctl -w net.ipv6.conf.all.forwarding=1");
    expect(connect(world, "2001:db8:2::9", 5000)).toMatchObject({ kind: "error", errno: "EHOSTUNREACH", elapsedMs: 3000 });
  });
});

describe("NAT66 book", () => {
  it("translates the first packet and undoes it on the answer", () => {
    const world = routed();
    const book = newNatBook();
    const syn = packet6(addr("2001:db8:1::2"), addr("2001:db8:1::1"), 6, 80, { sport: 40000, dport: 8080 });
    const leg = { netns: "", hook: "PREROUTING" as const, tables: ["nat" as const], iface: "vcli" };
    const out = translate6(world, book, { type: "DNAT", minAddr6: addr("2001:db8:2::2"), minPort: 80 }, leg, syn);
    expect([out.dst6, out.dport]).toEqual([addr("2001:db8:2::2"), 80]);
    const rst = packet6(out.dst6!, out.src6!, 6, 60, { sport: out.dport, dport: out.sport });
    const back = reverseReply(book, "", "dst", rst);
    expect([back.src6, back.sport]).toEqual([addr("2001:db8:1::1"), 8080]);
  });
});
