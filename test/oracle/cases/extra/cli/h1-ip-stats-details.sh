# ip -s / -s -s / -d for lo, veth and bridge (MACs normalised; IPv6 off so no autoconf traffic)
ip -s link show lo
ip -s -s link show lo
ip -stats link show lo
ip -s -o link show lo
ip -s -br link show lo
ip -s -j link show lo
ip -s -s -j link show lo
ip -s addr show lo
ip -d link show lo
ip -d -j link show lo
ip -d addr show lo
ip link add va type veth peer name vb
sysctl -qw net.ipv6.conf.va.disable_ipv6=1
sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -s -s link show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip -d link show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip link add br0 type bridge
sysctl -qw net.ipv6.conf.br0.disable_ipv6=1
ip -d link show br0 | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip -s -s -j link show br0 | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip link set va up
ip -s -s link show va | tail -2
ip link set vb up
ip -s -s link show va | tail -2
ip -s -s link show vb | tail -2
ip link set vb down
ip -s -s link show va | tail -2
ip link set vb up
ip link set va master br0
ip -s -s link show va | tail -2
ip -d link show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip -d -j link show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip -d addr show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip link set va down
ip -s link show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip -s -s -j link show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
ip -d link show va | sed -E "s/([0-9a-f]{1,2}:){5}[0-9a-f]{1,2}/MAC/g"
