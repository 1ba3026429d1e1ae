import { describe, expect, it } from "vitest";
import { confValue, sysctlGet, sysctlKeys, sysctlSet } from "../../src/net/sysctl.js";
import { createWorld } from "../../src/net/world.js";
import { setup } from "./helpers.js";

describe("sysctl values", () => {
  it("has the kernel defaults of a fresh namespace", () => {
    const world = createWorld();
    expect(sysctlGet(world, "", "net.ipv4.ip_forward")).toBe("0");
    expect(sysctlGet(world, "", "net.ipv4.conf.all.rp_filter")).toBe("0");
    expect(sysctlGet(world, "", "net.bridge.bridge-nf-call-iptables")).toBe("1");
    expect(sysctlGet(world, "", "net.ipv4.ip_local_port_range")).toBe("32768\t60999");
    expect(sysctlGet(world, "", "net.ipv4.conf.lo.disable_policy")).toBe("1");
    expect(sysctlGet(world, "", "net.ipv4.conf.eth9.rp_filter")).toBeUndefined();
    expect(sysctlGet(world, "", "net.ipv4.foo")).toBeUndefined();
  });

  it("ip_forward and conf.all.forwarding are one switch that sets every device", () => {
    const world = createWorld();
    setup(world, "ip link add v type veth peer name p");
    expect(sysctlSet(world, "", "net.ipv4.ip_forward", "1")).toBeUndefined();
    expect(sysctlGet(world, "", "net.ipv4.conf.all.forwarding")).toBe("1");
    expect(sysctlGet(world, "", "net.ipv4.conf.v.forwarding")).toBe("1");
    expect(sysctlGet(world, "", "net.ipv4.conf.default.forwarding")).toBe("1");
    sysctlSet(world, "", "net.ipv4.conf.all.forwarding", "0");
    expect(sysctlGet(world, "", "net.ipv4.ip_forward")).toBe("0");
    sysctlSet(world, "", "net.ipv4.conf.v.forwarding", "1");
    expect(sysctlGet(world, "", "net.ipv4.ip_forward")).toBe("0");
  });

  it("new devices copy conf/default; namespaces are independent", () => {
    const world = createWorld();
    setup(world, "ip netns add a\nsysctl -w net.ipv4.conf.default.rp_filter=2\nip link add x1 type veth peer name x2");
    expect(sysctlGet(world, "", "net.ipv4.conf.x1.rp_filter")).toBe("2");
    expect(sysctlGet(world, "", "net.ipv4.conf.lo.rp_filter")).toBe("0");
    expect(sysctlGet(world, "a", "net.ipv4.conf.default.rp_filter")).toBe("0");
  });

  it("validates integers and ranges, refuses read-only keys", () => {
    const world = createWorld();
    expect(sysctlSet(world, "", "net.ipv4.ip_forward", "abc")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv4.ip_forward", "")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv4.tcp_synack_retries", "300")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv4.ip_local_port_range", "2000 1000")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.netfilter.nf_conntrack_count", "4")).toBe("Invalid argument");
    expect(sysctlSet(world, "", "net.ipv4.nope", "1")).toBe("No such file or directory");
    expect(sysctlSet(world, "", "net.ipv4.ip_local_port_range", "1024 65000")).toBeUndefined();
    expect(sysctlGet(world, "", "net.ipv4.ip_local_port_range")).toBe("1024\t65000");
  });

  it("combines all and the device as the kernel does", () => {
    const world = createWorld();
    setup(world, "ip link add v type veth peer name p\nsysctl -w net.ipv4.conf.v.rp_filter=2\nsysctl -w net.ipv4.conf.all.rp_filter=1");
    expect(confValue(world, "", "v", "rp_filter")).toBe(2);
    setup(world, "sysctl -w net.ipv4.conf.all.proxy_arp=1");
    expect(confValue(world, "", "v", "proxy_arp")).toBe(1);
  });

  it("lists per-device keys for every device", () => {
    const world = createWorld();
    setup(world, "ip link add v type veth peer name p");
    const keys = sysctlKeys(world, "");
    expect(keys).toContain("net.ipv4.conf.v.rp_filter");
    expect(keys).toContain("net.ipv4.neigh.p.proxy_delay");
    expect([...keys].sort()).toEqual(keys);
  });
});

it("kernel.hostname is the machine's name", () => {
  const world = createWorld();
  expect(sysctlGet(world, "", "kernel.hostname")).toBe("host");
  expect(sysctlSet(world, "", "kernel.hostname", "node1")).toBeUndefined();
  expect(world.hostname).toBe("node1");
});
