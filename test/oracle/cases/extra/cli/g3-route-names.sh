# route and netstat -r without -n when no DNS lookup is needed: /etc/networks names, default only for 0.0.0.0/0
ip link add v0 type veth peer name v1; ip addr add 10.1.0.1/24 dev v0; ip link set v0 up; ip link set v1 up; ip route add 172.16.0.0/12 dev v0; ip route add blackhole 10.66.0.0/16; ip route add unreachable 10.67.0.0/16; ip route add 127.0.0.0/8 dev v0; ip route add 169.254.0.0/16 dev v0; ip route add 0.0.0.0/1 dev v0
route; echo rc=$?; route -e; netstat -r
