import { describe, expect, it } from "vitest";
import { fibLookup } from "../../src/net/fib.js";
import { routeInput, routeOutput } from "../../src/net/routing.js";
import { createWorld } from "../../src/net/world.js";
import { CLIENT_SETUP, ip, run, setup } from "./helpers.js";

function routerWorld() {
  const world = createWorld();
  setup(world, CLIENT_SETUP);
  setup(world, `
ip link add vB type veth peer name eB
ip addr add 10.2.0.1/24 dev vB
ip link set vB up
ip link set eB up
`);
  return world;
}

describe("FIB lookup", () => {
  it("prefers the longest prefix, then the lowest metric", () => {
    const world = routerWorld();
    setup(world, `
ip route add 10.8.0.0/16 via 10.0.0.2
ip route add 10.8.1.0/24 via 10.2.0.9 metric 10
ip route add 10.8.1.0/24 via 10.0.0.9 metric 5
`);
    expect(fibLookup(world, "", { dst: ip("10.8.1.1") })!.gateway).toBe(ip("10.0.0.9"));
    expect(fibLookup(world, "", { dst: ip("10.8.2.1") })!.gateway).toBe(ip("10.0.0.2"));
    expect(fibLookup(world, "", { dst: ip("10.8.1.1"), oif: "vB" })!.gateway).toBe(ip("10.2.0.9"));
    expect(fibLookup(world, "", { dst: ip("10.9.0.1") })).toBeUndefined();
  });

  it("consults the local table first", () => {
    const world = routerWorld();
    expect(fibLookup(world, "", { dst: ip("10.0.0.1") })!.type).toBe("local");
    expect(fibLookup(world, "", { dst: ip("127.1.2.3") })!.type).toBe("local");
    expect(fibLookup(world, "", { dst: ip("10.0.0.255") })!.type).toBe("broadcast");
  });

  it("rejects a gateway that is not on a connected subnet unless onlink", () => {
    const world = routerWorld();
    expect(run(world, "ip route add 10.9.0.0/16 via 10.5.5.5")).toEqual({ stdout: "", stderr: "Error: Nexthop has invalid gateway.\n", rc: 2 });
    expect(run(world, "ip route add 10.9.0.0/16 via 169.254.1.1 dev veth0 onlink").rc).toBe(0);
    expect(fibLookup(world, "", { dst: ip("10.9.3.4") })).toMatchObject({ oif: "veth0", gateway: ip("169.254.1.1") });
  });

  it("error route types end the lookup with their errno", () => {
    const world = routerWorld();
    setup(world, "ip route add blackhole 10.66.0.0/16\nip route add unreachable 10.67.0.0/16\nip route add prohibit 10.68.0.0/16");
    expect(routeOutput(world, "", { dst: ip("10.66.0.1") })).toEqual({ ok: false, errno: "EINVAL" });
    expect(routeOutput(world, "", { dst: ip("10.67.0.1") })).toEqual({ ok: false, errno: "EHOSTUNREACH" });
    expect(routeOutput(world, "", { dst: ip("10.68.0.1") })).toEqual({ ok: false, errno: "EACCES" });
    expect(routeOutput(world, "", { dst: ip("1.1.1.1") })).toEqual({ ok: false, errno: "ENETUNREACH" });
  });
});

describe("output routing and source selection", () => {
  it("picks the oif's address, or the route's src", () => {
    const world = routerWorld();
    setup(world, "ip addr add 10.9.9.9/32 dev lo\nip route add 10.50.0.0/16 via 10.2.0.2 src 10.0.0.1");
    expect(routeOutput(world, "", { dst: ip("10.2.0.2") })).toMatchObject({ ok: true, oif: "vB", src: ip("10.2.0.1"), nexthop: ip("10.2.0.2") });
    expect(routeOutput(world, "", { dst: ip("10.50.1.1") })).toMatchObject({ ok: true, oif: "vB", gateway: ip("10.2.0.2"), src: ip("10.0.0.1") });
    expect(routeOutput(world, "", { dst: ip("10.9.9.9") })).toMatchObject({ ok: true, type: "local", oif: "lo", src: ip("10.9.9.9") });
  });

  it("uses the primary address of a device that only has an onlink gateway route (Calico pod)", () => {
    const world = createWorld();
    setup(world, `
ip netns add pod
ip link add cali1 type veth peer name eth0
ip link set eth0 netns pod
ip link set cali1 up
ip netns exec pod ip link set eth0 up
ip netns exec pod ip addr add 10.244.1.5/32 dev eth0
ip netns exec pod ip route add default via 169.254.1.1 dev eth0 onlink
`);
    expect(routeOutput(world, "pod", { dst: ip("192.168.0.1") })).toMatchObject({ ok: true, oif: "eth0", gateway: ip("169.254.1.1"), src: ip("10.244.1.5") });
    expect(run(world, "ip netns exec pod ip route get 192.168.0.1").stdout).toBe("192.168.0.1 via 169.254.1.1 dev eth0 src 10.244.1.5 uid 0 \n    cache \n");
  });
});

describe("input routing", () => {
  it("drops forwarded packets silently while ip_forward is 0", () => {
    const world = routerWorld();
    expect(routeInput(world, "", { dst: ip("10.2.0.2"), src: ip("10.0.0.2"), iif: "veth0" })).toEqual({ action: "drop", reason: "no-forwarding" });
    setup(world, "sysctl -w net.ipv4.ip_forward=1");
    expect(routeInput(world, "", { dst: ip("10.2.0.2"), src: ip("10.0.0.2"), iif: "veth0" })).toEqual({ action: "forward", oif: "vB", nexthop: ip("10.2.0.2"), route: expect.objectContaining({ table: 254 }) });
    expect(routeInput(world, "", { dst: ip("10.77.0.1"), src: ip("10.0.0.2"), iif: "veth0" })).toEqual({ action: "icmp", icmpType: 3, icmpCode: 0 });
  });

  it("treats 127/8 from outside as martian unless route_localnet", () => {
    const world = routerWorld();
    expect(routeInput(world, "", { dst: ip("127.0.0.1"), src: ip("10.0.0.2"), iif: "veth0" })).toEqual({ action: "drop", reason: "martian-destination" });
    setup(world, "sysctl -w net.ipv4.conf.veth0.route_localnet=1");
    expect(routeInput(world, "", { dst: ip("127.0.0.1"), src: ip("10.0.0.2"), iif: "veth0" })).toEqual({ action: "local" });
  });

  it("rp_filter: strict drops asymmetric sources, loose accepts them", () => {
    const world = routerWorld();
    setup(world, "ip addr add 10.9.9.9/32 dev lo");
    // 10.2.0.2 is reached through vB, but this packet arrives on veth0.
    const query = { dst: ip("10.9.9.9"), src: ip("10.2.0.2"), iif: "veth0" };
    expect(routeInput(world, "", query)).toEqual({ action: "local" });
    setup(world, "sysctl -w net.ipv4.conf.all.rp_filter=1");
    expect(routeInput(world, "", query)).toEqual({ action: "drop", reason: "rp_filter" });
    setup(world, "sysctl -w net.ipv4.conf.veth0.rp_filter=2");
    expect(routeInput(world, "", query)).toEqual({ action: "local" });
  });

  it("a packet claiming one of our own addresses as source is martian", () => {
    const world = routerWorld();
    expect(routeInput(world, "", { dst: ip("10.0.0.1"), src: ip("10.2.0.1"), iif: "veth0" })).toEqual({ action: "drop", reason: "martian-source" });
    setup(world, "sysctl -w net.ipv4.conf.veth0.accept_local=1");
    expect(routeInput(world, "", { dst: ip("10.0.0.1"), src: ip("10.2.0.1"), iif: "veth0" })).toEqual({ action: "local" });
  });
});

describe("policy routing rules", () => {
  it("fwmark and source rules pick another table", () => {
    const world = routerWorld();
    setup(world, `
ip route add default via 10.0.0.2
ip route add default via 10.2.0.2 table 100
ip rule add fwmark 0x1 table 100
ip rule add from 10.2.0.1 table 100
`);
    expect(routeOutput(world, "", { dst: ip("8.8.8.8") })).toMatchObject({ ok: true, oif: "veth0", gateway: ip("10.0.0.2") });
    expect(routeOutput(world, "", { dst: ip("8.8.8.8"), mark: 1 })).toMatchObject({ ok: true, oif: "vB", gateway: ip("10.2.0.2"), table: 100 });
    expect(routeOutput(world, "", { dst: ip("8.8.8.8"), src: ip("10.2.0.1") })).toMatchObject({ ok: true, oif: "vB" });
    setup(world, "sysctl -w net.ipv4.ip_forward=1");
    expect(routeInput(world, "", { dst: ip("8.8.8.8"), src: ip("10.0.0.2"), iif: "veth0", mark: 1 })).toMatchObject({ action: "forward", oif: "vB" });
  });

  it("rule actions fail the lookup; flush leaves only the local rule", () => {
    const world = routerWorld();
    setup(world, "ip rule add to 9.9.9.9 unreachable\nip rule add to 9.9.9.8 prohibit");
    expect(routeOutput(world, "", { dst: ip("9.9.9.9") })).toEqual({ ok: false, errno: "ENETUNREACH" });
    expect(routeOutput(world, "", { dst: ip("9.9.9.8") })).toEqual({ ok: false, errno: "EACCES" });
    setup(world, "ip rule flush");
    expect(run(world, "ip rule").stdout).toBe("0:\tfrom all lookup local\n");
    expect(routeOutput(world, "", { dst: ip("10.2.0.2") })).toEqual({ ok: false, errno: "ENETUNREACH" });
    expect(routeOutput(world, "", { dst: ip("10.0.0.1") })).toMatchObject({ ok: true, type: "local" });
  });
});

describe("policy rules: flow selectors and rule actions", () => {
  function ruled(rules: string) {
    const world = routerWorld();
    setup(world, `
ip route add default via 10.0.0.2
ip route add default via 10.2.0.9 table 2
ip route add blackhole default table 4
${rules}
`);
    return world;
  }

  it("ipproto, dport and uidrange select by the flow", () => {
    const world = ruled("ip rule add ipproto udp dport 53 lookup 2\nip rule add uidrange 1000-2000 lookup 4");
    expect(fibLookup(world, "", { dst: ip("8.8.8.8"), proto: 17, dport: 53 })!.gateway).toBe(ip("10.2.0.9"));
    expect(fibLookup(world, "", { dst: ip("8.8.8.8"), proto: 17, dport: 54 })!.gateway).toBe(ip("10.0.0.2"));
    expect(fibLookup(world, "", { dst: ip("8.8.8.8"), proto: 6, dport: 53 })!.gateway).toBe(ip("10.0.0.2"));
    expect(fibLookup(world, "", { dst: ip("8.8.8.8"), uid: 1500 })!.errno).toBe("EINVAL");
  });

  it("suppress_prefixlength skips a table's default route; goto jumps over rules", () => {
    const world = ruled("ip rule add table main suppress_prefixlength 0 priority 10\nip rule add lookup 2 priority 20");
    expect(fibLookup(world, "", { dst: ip("8.8.8.8") })!.gateway).toBe(ip("10.2.0.9"));
    expect(fibLookup(world, "", { dst: ip("10.2.0.7") })!.oif).toBe("vB");
    const jumping = ruled("ip rule add goto 30 priority 5\nip rule add lookup 4 priority 20\nip rule add lookup 2 priority 30");
    expect(fibLookup(jumping, "", { dst: ip("8.8.8.8") })!.gateway).toBe(ip("10.2.0.9"));
  });
});

describe("reverse path check with marks", () => {
  it("looks the way back up with the packet's mark only where src_valid_mark is set", () => {
    const world = routerWorld();
    setup(world, `
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route add default via 10.0.0.2
ip route add default via 10.2.0.9 table 2
ip route add 10.0.0.0/24 dev veth0 table 2
ip rule add fwmark 2 table 2
`);
    const reply = { dst: ip("10.0.0.5"), src: ip("8.8.8.8"), iif: "vB", mark: 2 };
    expect(routeInput(world, "", reply)).toEqual({ action: "drop", reason: "rp_filter" });
    setup(world, "sysctl -w net.ipv4.conf.vB.src_valid_mark=1");
    expect(routeInput(world, "", reply)).toMatchObject({ action: "forward", oif: "veth0", table: 2 });
  });
});
