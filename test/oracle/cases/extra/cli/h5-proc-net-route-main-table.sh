# /proc/net/route prints nothing (not even its header) until the namespace has a main table: lo up, an address, or a route
ip netns add r
ip netns exec r cat /proc/net/route | wc -l
ip netns exec r ip route show table main
ip netns exec r cat /proc/net/route | wc -l
ip netns exec r ip link set lo up
ip netns exec r cat /proc/net/route
ip netns exec r ip link set lo down
ip netns exec r cat /proc/net/route | wc -l
ip netns add s
ip netns exec s ip route add unreachable 10.0.0.0/8 table 100
ip netns exec s cat /proc/net/route | wc -l
ip netns exec s ip route add unreachable 10.0.0.0/8
ip netns exec s cat /proc/net/route | cut -f1-4
ip netns add t
ip link add v1 netns t type veth peer name v2 netns s
ip netns exec t ip addr add 10.1.1.1/24 dev v1
ip netns exec t cat /proc/net/route | wc -l
ip netns exec t ip link set v1 up
ip netns exec t awk 'NR>1 {print $1, $2, $4, $8}' /proc/net/route
ip netns exec t route -n
cat /proc/net/route | wc -l
