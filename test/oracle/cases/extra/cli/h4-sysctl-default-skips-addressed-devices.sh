# conf/default writes reach only devices never given an IPv4 address: ip addr add marks all of a device's IPv4 settings as its own (even after the address goes); IPv6 addresses and link up do not.
ip link add a0 type veth peer name a1
ip link add b0 type veth peer name b1
ip link add c0 type veth peer name c1
ip addr add 10.5.0.1/24 dev a0
ip link set b0 up
ip -6 addr add fd00::1/64 dev c0
sysctl -w net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.default.arp_ignore=2
sysctl net.ipv4.conf.a0.rp_filter net.ipv4.conf.a1.rp_filter net.ipv4.conf.b0.rp_filter net.ipv4.conf.c0.rp_filter net.ipv4.conf.a0.arp_ignore
ip addr del 10.5.0.1/24 dev a0
sysctl -w net.ipv4.conf.default.rp_filter=2
sysctl net.ipv4.conf.a0.rp_filter net.ipv4.conf.a1.rp_filter
ip addr add 10.6.0.1/24 dev a1
sysctl -w net.ipv4.conf.default.rp_filter=0
sysctl net.ipv4.conf.a1.rp_filter
