# disable_ipv6=1 takes a device's IPv6 addresses at once: writing 0 again does not bring them back
ip link add v0 type veth peer name v1
ip -6 addr add fd00::1/64 dev v0 nodad
ip -6 addr add fd00::9/64 dev v1 nodad
ip -6 route add fd01::/64 dev lo
sysctl -w net.ipv6.conf.v0.disable_ipv6=1
sysctl -w net.ipv6.conf.v0.disable_ipv6=0
ip -o -6 addr
sysctl -w net.ipv6.conf.default.disable_ipv6=1
sysctl -w net.ipv6.conf.default.disable_ipv6=0
ip -o -6 addr
sysctl -w net.ipv6.conf.all.disable_ipv6=1
sysctl -w net.ipv6.conf.all.disable_ipv6=0
ip -o -6 addr
ip -6 route show table all
