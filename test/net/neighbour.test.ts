import { describe, expect, it } from "vitest";
import { resolveNeighbour } from "../../src/net/neighbour.js";
import { createWorld } from "../../src/net/world.js";
import { CLIENT_SETUP, ip, setup } from "./helpers.js";

const CALICO = `
ip netns add pod
ip netns add ext
ip link add cali1 type veth peer name eth0
ip link set eth0 netns pod
ip link add vext type veth peer name eth0
ip link set eth0 netns ext
ip addr add 192.168.0.1/24 dev vext
ip link set vext up
ip link set cali1 up
ip netns exec ext ip addr add 192.168.0.2/24 dev eth0
ip netns exec ext ip link set eth0 up
ip route add default via 192.168.0.2
ip route add 10.244.1.5/32 dev cali1
ip netns exec pod ip link set eth0 up
ip netns exec pod ip addr add 10.244.1.5/32 dev eth0
ip netns exec pod ip route add default via 169.254.1.1 dev eth0 onlink
`;

describe("neighbour resolution", () => {
  it("the far end of a veth answers for its own address", () => {
    const world = createWorld();
    setup(world, CLIENT_SETUP);
    expect(resolveNeighbour(world, "", "veth0", ip("10.0.0.2"), ip("10.0.0.1"))).toEqual({ netns: "client", iface: "eth0", proxied: false, proxyDelayMs: 0 });
    expect(resolveNeighbour(world, "", "veth0", ip("10.0.0.3"), ip("10.0.0.1"))).toBeUndefined();
  });

  it("answers for any local address of the namespace (weak host), not for others", () => {
    const world = createWorld();
    setup(world, CLIENT_SETUP);
    setup(world, "ip netns exec client ip addr add 10.7.7.7/32 dev lo");
    expect(resolveNeighbour(world, "", "veth0", ip("10.7.7.7"), ip("10.0.0.1"))?.netns).toBe("client");
  });

  it("nobody answers through a veth whose peer is down", () => {
    const world = createWorld();
    setup(world, CLIENT_SETUP);
    setup(world, "ip netns exec client ip link set eth0 down");
    expect(resolveNeighbour(world, "", "veth0", ip("10.0.0.2"), ip("10.0.0.1"))).toBeUndefined();
  });

  it("Calico: the node proxy-answers for 169.254.1.1 only with proxy_arp and forwarding", () => {
    const world = createWorld();
    setup(world, CALICO);
    expect(resolveNeighbour(world, "pod", "eth0", ip("169.254.1.1"), ip("10.244.1.5"))).toBeUndefined();
    setup(world, "sysctl -w net.ipv4.conf.cali1.proxy_arp=1");
    expect(resolveNeighbour(world, "pod", "eth0", ip("169.254.1.1"), ip("10.244.1.5"))).toBeUndefined();
    setup(world, "sysctl -w net.ipv4.ip_forward=1");
    expect(resolveNeighbour(world, "pod", "eth0", ip("169.254.1.1"), ip("10.244.1.5"))).toEqual({ netns: "", iface: "cali1", proxied: true, proxyDelayMs: 800 });
    setup(world, "sysctl -w net.ipv4.neigh.cali1.proxy_delay=0");
    expect(resolveNeighbour(world, "pod", "eth0", ip("169.254.1.1"), ip("10.244.1.5"))?.proxyDelayMs).toBe(0);
  });

  it("proxy_arp does not answer for an address routed back out of the same interface", () => {
    const world = createWorld();
    setup(world, CALICO);
    setup(world, "sysctl -w net.ipv4.conf.all.proxy_arp=1\nsysctl -w net.ipv4.ip_forward=1\nip route add 10.244.1.0/24 dev cali1");
    expect(resolveNeighbour(world, "pod", "eth0", ip("10.244.1.9"), ip("10.244.1.5"))).toBeUndefined();
  });

  it("the node reaches the pod's /32 through the route via cali1", () => {
    const world = createWorld();
    setup(world, CALICO);
    expect(resolveNeighbour(world, "", "cali1", ip("10.244.1.5"), ip("192.168.0.1"))).toMatchObject({ netns: "pod", iface: "eth0" });
  });

  it("frames cross a bridge to the port whose far end owns the address", () => {
    const world = createWorld();
    setup(world, `
ip netns add a
ip netns add b
ip link add br0 type bridge
ip link set br0 up
ip addr add 10.3.0.1/24 dev br0
ip link add va type veth peer name eth0
ip link set eth0 netns a
ip link add vb type veth peer name eth0
ip link set eth0 netns b
ip link set va master br0
ip link set vb master br0
ip link set va up
ip link set vb up
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a addr add 10.3.0.2/24 dev eth0
ip -n b addr add 10.3.0.3/24 dev eth0
`);
    expect(resolveNeighbour(world, "a", "eth0", ip("10.3.0.3"), ip("10.3.0.2"))).toEqual({
      netns: "b", iface: "eth0", proxied: false, proxyDelayMs: 0, bridge: { netns: "", bridge: "br0", inPort: "va", outPort: "vb" },
    });
    expect(resolveNeighbour(world, "a", "eth0", ip("10.3.0.1"), ip("10.3.0.2"))).toEqual({
      netns: "", iface: "br0", proxied: false, proxyDelayMs: 0, bridge: { netns: "", bridge: "br0", inPort: "va" },
    });
    expect(resolveNeighbour(world, "", "br0", ip("10.3.0.3"), ip("10.3.0.1"))).toEqual({ netns: "b", iface: "eth0", proxied: false, proxyDelayMs: 0, bridgePort: "vb" });
  });
});
