import { describe, expect, it } from "vitest";
import { findLink, getNamespace, isOperUp } from "../../src/net/links.js";
import { createWorld } from "../../src/net/world.js";
import { CLIENT_SETUP, run, setup } from "./helpers.js";

describe("namespaces and links", () => {
  it("starts like run-real: only lo, up, with 127.0.0.1/8", () => {
    const world = createWorld();
    const ns = getNamespace(world, "")!;
    expect(ns.links.map((l) => [l.ifindex, l.name, l.adminUp])).toEqual([[1, "lo", true]]);
    expect(ns.addrs.map((a) => [a.addr, a.prefix])).toEqual([[0x7f000001, 8]]);
  });

  it("a new namespace has lo down and no address", () => {
    const world = createWorld();
    setup(world, "ip netns add a");
    const ns = getNamespace(world, "a")!;
    expect(ns.links.map((l) => [l.name, l.adminUp])).toEqual([["lo", false]]);
    expect(ns.addrs).toEqual([]);
  });

  it("registers the veth peer first, as the kernel does", () => {
    const world = createWorld();
    setup(world, "ip link add veth0 type veth peer name eth0");
    expect(findLink(world, "", "eth0")!.ifindex).toBe(2);
    expect(findLink(world, "", "veth0")!.ifindex).toBe(3);
  });

  it("keeps the ifindex when moving into a namespace where it is free", () => {
    const world = createWorld();
    setup(world, "ip netns add c\nip link add veth0 type veth peer name eth0\nip link set eth0 netns c");
    expect(findLink(world, "c", "eth0")!.ifindex).toBe(2);
    expect(findLink(world, "", "eth0")).toBeUndefined();
    expect(findLink(world, "", "veth0")!.peer).toEqual({ netns: "c", ifindex: 2 });
  });

  it("a veth runs only when both ends are up", () => {
    const world = createWorld();
    setup(world, "ip netns add c\nip link add veth0 type veth peer name eth0\nip link set eth0 netns c\nip link set veth0 up");
    const veth = findLink(world, "", "veth0")!;
    expect(isOperUp(world, "", veth)).toBe(false);
    setup(world, "ip -n c link set eth0 up");
    expect(isOperUp(world, "", veth)).toBe(true);
  });

  it("deleting one end deletes both", () => {
    const world = createWorld();
    setup(world, "ip netns add c\nip link add veth0 type veth peer name eth0\nip link set eth0 netns c\nip -n c link del eth0");
    expect(findLink(world, "", "veth0")).toBeUndefined();
    expect(findLink(world, "c", "eth0")).toBeUndefined();
  });

  it("deleting a namespace destroys its veths and their peers", () => {
    const world = createWorld();
    setup(world, CLIENT_SETUP);
    setup(world, "ip netns del client");
    expect(findLink(world, "", "veth0")).toBeUndefined();
    expect(getNamespace(world, "", )!.routes.some((r) => r.prefix === 24)).toBe(false);
  });

  it("moving a device drops its addresses and routes", () => {
    const world = createWorld();
    setup(world, "ip netns add c\nip link add v type veth peer name p\nip addr add 10.1.0.1/24 dev v\nip link set v up\nip link set v netns c");
    expect(getNamespace(world, "c")!.addrs).toEqual([]);
    expect(getNamespace(world, "")!.routes.filter((r) => r.dst === 0x0a010000)).toEqual([]);
    expect(findLink(world, "c", "v")!.adminUp).toBe(false);
  });

  it("bridge ports: master and nomaster", () => {
    const world = createWorld();
    setup(world, "ip link add br0 type bridge\nip link add v1 type veth peer name p1\nip link set v1 master br0");
    const br = findLink(world, "", "br0")!;
    expect(findLink(world, "", "v1")!.master).toBe(br.ifindex);
    setup(world, "ip link set v1 nomaster");
    expect(findLink(world, "", "v1")!.master).toBeUndefined();
  });
});

describe("addresses and the routes the kernel keeps for them", () => {
  it("adds the local route at once, prefix and broadcast routes only while up", () => {
    const world = createWorld();
    setup(world, "ip link add veth0 type veth peer name eth0\nip addr add 10.0.0.1/24 dev veth0");
    expect(run(world, "ip route").stdout).toBe("");
    expect(run(world, "ip route show table local").stdout).toContain("local 10.0.0.1 dev veth0 proto kernel scope host src 10.0.0.1 \n");
    setup(world, "ip link set veth0 up");
    expect(run(world, "ip route").stdout).toBe("10.0.0.0/24 dev veth0 proto kernel scope link src 10.0.0.1 linkdown \n");
    setup(world, "ip link set eth0 up");
    expect(run(world, "ip route").stdout).toBe("10.0.0.0/24 dev veth0 proto kernel scope link src 10.0.0.1 \n");
  });

  it("setting a device down removes its routes (static ones too) but not local ones", () => {
    const world = createWorld();
    setup(world, CLIENT_SETUP);
    setup(world, "ip route add 10.9.0.0/16 via 10.0.0.2\nip link set veth0 down");
    expect(run(world, "ip route").stdout).toBe("");
    expect(run(world, "ip route show table local").stdout).toContain("local 10.0.0.1 dev veth0");
    setup(world, "ip link set veth0 up");
    expect(run(world, "ip route").stdout).toBe("10.0.0.0/24 dev veth0 proto kernel scope link src 10.0.0.1 \n");
  });

  it("deleting a primary address takes its secondaries along", () => {
    const world = createWorld();
    setup(world, "ip link add v type veth peer name p\nip addr add 10.0.0.1/24 dev v\nip addr add 10.0.0.7/24 dev v\nip addr add 10.1.0.7/16 dev v");
    expect(getNamespace(world, "")!.addrs.filter((a) => a.secondary).length).toBe(1);
    setup(world, "ip addr del 10.0.0.1/24 dev v");
    expect(run(world, "ip -4 -o addr show dev v").stdout).toBe("3: v    inet 10.1.0.7/16 scope global v\\       valid_lft forever preferred_lft forever\n");
  });
});

describe("neighbour entries", () => {
  it("a device going down forgets its neighbours, and so does its veth peer", () => {
    const world = createWorld();
    setup(world, CLIENT_SETUP);
    getNamespace(world, "")!["neighbours"] = { "veth0|167772162": { netns: "client" }, "lo|1": {} };
    getNamespace(world, "client")!["neighbours"] = { "eth0|167772161": { netns: "" } };
    setup(world, "ip link set veth0 down");
    expect(Object.keys(getNamespace(world, "")!["neighbours"] as object)).toEqual(["lo|1"]);
    expect(Object.keys(getNamespace(world, "client")!["neighbours"] as object)).toEqual([]);
  });
});
