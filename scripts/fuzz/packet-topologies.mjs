// Topologies for the packet-case generator. Each gives its set-up commands, the namespace
// holding most rules (`gw`, "" = the case's root namespace), the other hosts, the services
// listening, candidate probes and optional mid-case changes.

const nsUp = (ns, addr, prefix, gw) => [
  `ip netns exec ${ns} ip link set lo up`,
  `ip netns exec ${ns} ip addr add ${addr}/${prefix} dev eth0`,
  `ip netns exec ${ns} ip link set eth0 up`,
  ...(gw ? [`ip netns exec ${ns} ip route add default via ${gw}`] : []),
];

/** A veth from the root namespace (gwIf) to `eth0` in ns. */
const vethTo = (ns, gwIf, gwAddr, addr, prefix = 24) => [
  `ip netns add ${ns}`,
  `ip link add ${gwIf} type veth peer name eth0 netns ${ns}`,
  `ip addr add ${gwAddr}/${prefix} dev ${gwIf}`,
  `ip link set ${gwIf} up`,
  ...nsUp(ns, addr, prefix, gwAddr),
];

const probe = (from, proto, dst, port) => ({ from, proto, dst, port });

function router(r) {
  const hosts = [
    { ns: "c", addr: "10.0.1.2", gwIf: "vc", gwAddr: "10.0.1.1" },
    { ns: "s", addr: "10.0.2.2", gwIf: "vs", gwAddr: "10.0.2.1" },
  ];
  const forward = r.chance(0.85);
  const setup = [
    ...vethTo("c", "vc", "10.0.1.1", "10.0.1.2"),
    ...vethTo("s", "vs", "10.0.2.1", "10.0.2.2"),
    ...(forward ? ["sysctl -w net.ipv4.ip_forward=1"] : []),
    "ip netns exec s serve tcp 80",
    "ip netns exec s serve tcp 8080",
    "ip netns exec s serve udp 53",
    "ip netns exec c serve tcp 7000",
    "serve tcp 22 --name router",
  ];
  const services = [
    { ns: "s", addr: "10.0.2.2", proto: "tcp", port: 80 },
    { ns: "s", addr: "10.0.2.2", proto: "tcp", port: 8080 },
    { ns: "s", addr: "10.0.2.2", proto: "udp", port: 53 },
    { ns: "c", addr: "10.0.1.2", proto: "tcp", port: 7000 },
    { ns: "", addr: "10.0.1.1", proto: "tcp", port: 22 },
  ];
  return {
    name: "router", setup, gw: "", hosts, services, forwarding: true, gwAddrs: ["10.0.1.1", "10.0.2.1"],
    probes: () => [
      probe("c", "tcp", "10.0.2.2", 80), probe("c", "tcp", "10.0.2.2", 8080), probe("c", "tcp", "10.0.2.2", 81),
      probe("c", "udp", "10.0.2.2", 53), probe("c", "udp", "10.0.2.2", 54), probe("c", "icmp", "10.0.2.2"),
      probe("c", "tcp", "10.0.1.1", 22), probe("c", "tcp", "10.0.2.1", 22), probe("c", "icmp", "10.0.1.1"),
      probe("s", "tcp", "10.0.1.2", 7000), probe("s", "icmp", "10.0.1.2"), probe("", "tcp", "10.0.2.2", 80),
      probe("", "udp", "10.0.2.2", 53), probe("", "icmp", "10.0.2.2"), probe("", "tcp", "10.0.1.2", 7000),
    ],
    change: (rr) => rr.pick([
      [`sysctl -w net.ipv4.ip_forward=${forward ? 0 : 1}`],
      ["iptables -I FORWARD 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT"],
      ["iptables -F", "iptables -t nat -F"],
      ["iptables -Z", "iptables -t nat -Z"],
      ["ip link set vs down"],
      ["ip route add blackhole 10.0.2.0/25"],
      ["iptables -P FORWARD DROP"],
    ]),
  };
}

function host(r) {
  const hosts = [{ ns: "c", addr: "10.0.0.2", gwIf: "veth0", gwAddr: "10.0.0.1" }];
  const setup = [
    ...vethTo("c", "veth0", "10.0.0.1", "10.0.0.2"),
    "ip addr add 10.9.9.9/32 dev lo",
    "serve tcp 22 --name sshd",
    "serve tcp 80 --name web",
    "serve tcp 9000 --name localonly",
    "serve udp 53 --name dns",
    "ip netns exec c serve tcp 7000",
    "ip netns exec c serve udp 5000",
  ];
  if (r.chance(0.3)) setup.push("sysctl -w net.ipv4.conf.veth0.route_localnet=1");
  const services = [
    { ns: "", addr: "10.0.0.1", proto: "tcp", port: 22 },
    { ns: "", addr: "10.0.0.1", proto: "tcp", port: 80 },
    { ns: "", addr: "127.0.0.1", proto: "tcp", port: 9000 },
    { ns: "", addr: "10.0.0.1", proto: "udp", port: 53 },
    { ns: "c", addr: "10.0.0.2", proto: "tcp", port: 7000 },
    { ns: "c", addr: "10.0.0.2", proto: "udp", port: 5000 },
  ];
  return {
    name: "host", setup, gw: "", hosts, services, forwarding: false, gwAddrs: ["10.0.0.1", "10.9.9.9"],
    probes: () => [
      probe("", "tcp", "127.0.0.1", 22), probe("", "tcp", "10.0.0.1", 80), probe("", "udp", "127.0.0.1", 53),
      probe("", "icmp", "127.0.0.1"), probe("", "tcp", "10.0.0.2", 7000), probe("", "udp", "10.0.0.2", 5000),
      probe("", "icmp", "10.0.0.2"), probe("", "tcp", "10.0.0.2", 7001), probe("", "tcp", "10.9.9.9", 80),
      probe("c", "tcp", "10.0.0.1", 22), probe("c", "tcp", "10.0.0.1", 80), probe("c", "tcp", "10.0.0.1", 9000),
      probe("c", "udp", "10.0.0.1", 53), probe("c", "udp", "10.0.0.1", 54), probe("c", "icmp", "10.0.0.1"),
      probe("c", "tcp", "10.9.9.9", 22), probe("", "tcp", "10.1.1.1", 80),
    ],
    change: (rr) => rr.pick([
      ["iptables -I INPUT 1 -i lo -j ACCEPT"],
      ["iptables -I OUTPUT 1 -o lo -j ACCEPT"],
      ["sysctl -w net.ipv4.conf.veth0.route_localnet=1"],
      ["iptables -P INPUT DROP"],
      ["iptables -F", "iptables -t nat -F", "iptables -t raw -F"],
      ["ip netns exec c ip route del default"],
    ]),
  };
}

function bridge(r) {
  const hosts = [
    { ns: "a", addr: "10.3.0.1", gwIf: "br0", gwAddr: "10.3.0.254", port: "va" },
    { ns: "b", addr: "10.3.0.2", gwIf: "br0", gwAddr: "10.3.0.254", port: "vb" },
    { ns: "c", addr: "10.0.1.2", gwIf: "vc", gwAddr: "10.0.1.1" },
  ];
  const setup = [
    "ip netns add a",
    "ip netns add b",
    "ip link add br0 type bridge",
    "ip addr add 10.3.0.254/24 dev br0",
    "ip link set br0 up",
    "ip link add va type veth peer name eth0 netns a",
    "ip link add vb type veth peer name eth0 netns b",
    "ip link set va master br0",
    "ip link set vb master br0",
    "ip link set va up",
    "ip link set vb up",
    ...nsUp("a", "10.3.0.1", 24, "10.3.0.254"),
    ...nsUp("b", "10.3.0.2", 24, "10.3.0.254"),
    ...vethTo("c", "vc", "10.0.1.1", "10.0.1.2"),
    "sysctl -w net.ipv4.ip_forward=1",
    "ip netns exec a serve tcp 80",
    "ip netns exec b serve tcp 80",
    "ip netns exec b serve udp 53",
    "ip netns exec c serve tcp 7000",
  ];
  if (r.chance(0.3)) setup.push("sysctl -w net.bridge.bridge-nf-call-iptables=0");
  const services = [
    { ns: "a", addr: "10.3.0.1", proto: "tcp", port: 80 },
    { ns: "b", addr: "10.3.0.2", proto: "tcp", port: 80 },
    { ns: "b", addr: "10.3.0.2", proto: "udp", port: 53 },
    { ns: "c", addr: "10.0.1.2", proto: "tcp", port: 7000 },
  ];
  return {
    name: "bridge", setup, gw: "", hosts, services, forwarding: true, bridged: true, gwAddrs: ["10.3.0.254", "10.0.1.1"],
    probes: () => [
      probe("a", "tcp", "10.3.0.2", 80), probe("a", "udp", "10.3.0.2", 53), probe("a", "icmp", "10.3.0.2"),
      probe("b", "tcp", "10.3.0.1", 80), probe("c", "tcp", "10.3.0.1", 80), probe("c", "tcp", "10.3.0.2", 80),
      probe("a", "tcp", "10.0.1.2", 7000), probe("a", "icmp", "10.3.0.254"), probe("c", "udp", "10.3.0.2", 53),
      probe("a", "tcp", "10.3.0.2", 81),
    ],
    change: (rr) => rr.pick([
      ["sysctl -w net.bridge.bridge-nf-call-iptables=0"],
      ["sysctl -w net.bridge.bridge-nf-call-iptables=1"],
      ["iptables -P FORWARD DROP"],
      ["ip link set vb nomaster"],
      ["ip link set va down"],
    ]),
  };
}

function kube(r) {
  const hosts = [
    { ns: "c", addr: "192.168.100.2", gwIf: "vcli", gwAddr: "192.168.100.1" },
    { ns: "p1", addr: "10.244.1.2", gwIf: "vp1", gwAddr: "10.244.1.1" },
    { ns: "p2", addr: "10.244.2.2", gwIf: "vp2", gwAddr: "10.244.2.1" },
  ];
  const setup = [
    ...vethTo("c", "vcli", "192.168.100.1", "192.168.100.2"),
    ...vethTo("p1", "vp1", "10.244.1.1", "10.244.1.2"),
    ...vethTo("p2", "vp2", "10.244.2.1", "10.244.2.2"),
    "sysctl -w net.ipv4.ip_forward=1",
    "ip netns exec p1 serve tcp 8080",
    "ip netns exec p2 serve tcp 8080",
    "ip netns exec p1 serve udp 53",
    "ip netns exec p2 serve udp 53",
    "ip netns exec c serve tcp 7000",
  ];
  if (r.chance(0.3)) setup.push("sysctl -w net.ipv4.conf.all.route_localnet=1");
  const services = [
    { ns: "p1", addr: "10.244.1.2", proto: "tcp", port: 8080 },
    { ns: "p2", addr: "10.244.2.2", proto: "tcp", port: 8080 },
    { ns: "p1", addr: "10.244.1.2", proto: "udp", port: 53 },
    { ns: "c", addr: "192.168.100.2", proto: "tcp", port: 7000 },
  ];
  return {
    name: "kube", setup, gw: "", hosts, services, forwarding: true, gwAddrs: ["192.168.100.1", "10.244.1.1"],
    probes: () => [
      probe("c", "tcp", "192.168.100.1", 30080), probe("c", "tcp", "10.96.0.10", 80), probe("p1", "tcp", "10.96.0.10", 80),
      probe("p2", "tcp", "10.96.0.10", 80), probe("", "tcp", "10.96.0.10", 80), probe("c", "udp", "10.96.0.53", 53),
      probe("p1", "udp", "10.96.0.53", 53), probe("c", "tcp", "10.96.0.20", 80), probe("", "tcp", "127.0.0.1", 30080),
      probe("c", "tcp", "10.244.1.2", 8080), probe("p1", "tcp", "192.168.100.2", 7000), probe("c", "tcp", "10.244.1.1", 30080),
    ],
    change: (rr) => rr.pick([
      ["ip netns exec p2 ip link set eth0 down"],
      ["iptables -t nat -F KUBE-SERVICES"],
      ["sysctl -w net.ipv4.conf.all.route_localnet=1"],
      ["iptables -P FORWARD DROP"],
    ]),
  };
}

export const topologies = { router, host, bridge, kube };
