# ip -6 addr show DEV asks for the device in full (qdisc, master, group); a dump filtered by -6 leaves them out
ip link add veth0 type veth peer name eth0
ip link add br0 type bridge
ip link set veth0 master br0
ip link set br0 up
ip link set veth0 up
ip link set eth0 up
ip -6 addr show lo
ip -6 addr show dev lo
ip -6 addr show dev veth0 | head -1
ip -6 addr show dev br0 | head -1
ip -6 addr show eth0 | head -1
ip -6 addr | grep '^[0-9]'
ip -6 addr show up | grep '^[0-9]'
ip -6 addr show scope host
ip -6 a s lo
ip -6 addr show dev lo scope link
ip -4 addr show dev veth0
ip -4 addr show lo
ip -f inet6 addr show lo
ip -6 addr list lo
ip -6 -o addr show lo
ip -6 -br addr show lo
ip -6 link show lo
