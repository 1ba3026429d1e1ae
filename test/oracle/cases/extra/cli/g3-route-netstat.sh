# net-tools route -n / route -e / netstat -rn: the main table in ip route order, flags U G H and ! (reject routes show -), blackhole and throw as device *; without -n networks are named from /etc/networks, and a gateway or host route hangs on DNS (killed at the time limit)
route -n; echo rc=$?
ip link add v0 type veth peer name v1; ip addr add 10.1.0.1/24 dev v0; ip link set v0 up; ip link set v1 up; ip route add default via 10.1.0.254; ip route add 192.168.0.0/16 via 10.1.0.2 metric 5; ip route add 172.16.0.0/12 dev v0; ip route add blackhole 10.66.0.0/16; ip route add 10.9.9.9 via 10.1.0.3
route -n; netstat -rn; route -n | cat -A | head -3
route; echo rc=$?
ip route
ip addr add 10.1.0.1/24 dev lo; ip route add unreachable 10.67.0.0/16; ip route add prohibit 10.68.0.0/16; ip route add throw 10.69.0.0/16; ip route add 10.5.0.0/16 dev lo table 100; ip route add local 10.7.7.7 dev lo; route -n
ip link add v0 type veth peer name v1; ip addr add 10.2.0.1/24 dev v0; route -n | grep 10.2; ip link set v0 up; route -n | grep 10.2; ip route add 10.3.0.0/16 via 10.2.0.9 dev v0 onlink; ip link set v0 down; route -n | tail -3
route -nv | head -2; netstat -rn | head -2; route -e 2>&1 | head -2; route -ne 2>&1 | head -3; echo rc=$?
