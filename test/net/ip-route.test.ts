// ip route: selectors that hide their key, throw routes and multipath routes in the FIB.
import { describe, expect, it } from "vitest";
import { fibLookup } from "../../src/net/fib.js";
import { createWorld } from "../../src/net/world.js";
import { ip, run, setup } from "./helpers.js";

const TWO_LINKS = `
ip link add d0 type veth peer name d0p
ip link add d1 type veth peer name d1p
ip addr add 10.3.0.1/24 dev d0
ip addr add 10.4.0.1/24 dev d1
ip link set d0 up
ip link set d0p up
ip link set d1 up
ip link set d1p up
`;

describe("ip route show selectors", () => {
  it("leaves out the keys the selector fixes, but not a via prefix", () => {
    const world = createWorld();
    setup(world, `${TWO_LINKS}\nip route add 10.6.0.0/16 via 10.3.0.254 metric 7 proto static`);
    expect(run(world, "ip route show proto static metric 7").stdout).toBe("10.6.0.0/16 via 10.3.0.254 dev d0 \n");
    expect(run(world, "ip route show via 10.3.0.254").stdout).toBe("10.6.0.0/16 dev d0 proto static metric 7 \n");
    expect(run(world, "ip route show via 10.3.0.0/24").stdout).toBe("10.6.0.0/16 via 10.3.0.254 dev d0 proto static metric 7 \n");
    expect(run(world, "ip route show src 10.4.0.1").stdout).toBe("10.4.0.0/24 dev d1 proto kernel scope link \n");
  });
});

describe("throw routes", () => {
  it("end the lookup in their table so the next rule's table answers", () => {
    const world = createWorld();
    setup(world, `${TWO_LINKS}
ip route add throw 10.27.0.0/16 table 60
ip route add 10.27.0.0/16 dev d1 table 70
ip rule add lookup 60 pref 100
ip rule add lookup 70 pref 110`);
    const found = fibLookup(world, "", { dst: ip("10.27.1.1") });
    expect([found?.table, found?.oif]).toEqual([70, "d1"]);
    expect(fibLookup(world, "", { dst: ip("10.27.1.1"), table: 60 })).toBeUndefined();
  });
});

describe("multipath routes", () => {
  it("spread flows over the live paths by weight", () => {
    const world = createWorld();
    setup(world, `${TWO_LINKS}\nip route add 10.23.0.0/16 nexthop via 10.3.0.254 nexthop via 10.4.0.254 weight 3`);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 400; i++) {
      const oif = fibLookup(world, "", { dst: (ip("10.23.0.0") + i) >>> 0, src: ip("10.3.0.1") })?.oif ?? "none";
      counts[oif] = (counts[oif] ?? 0) + 1;
    }
    expect(counts.d0).toBeGreaterThan(50);
    expect(counts.d1).toBeGreaterThan(counts.d0! * 2);
    setup(world, "ip link set d1 down");
    expect(fibLookup(world, "", { dst: ip("10.23.0.5") })?.oif).toBe("d0");
  });

  it("is removed when a path's device is deleted", () => {
    const world = createWorld();
    setup(world, `${TWO_LINKS}\nip route add 10.23.0.0/16 nexthop via 10.3.0.254 nexthop via 10.4.0.254`);
    setup(world, "ip link del d1");
    expect(run(world, "ip route show 10.23.0.0/16").stdout).toBe("");
  });
});
