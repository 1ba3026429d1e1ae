# An IPv6 router locked down with INPUT policy DROP stops forwarding too: neither the clients nor the router itself can resolve neighbours until ICMPv6 comes in
ip netns add cli
ip netns add srv
ip link add vcli type veth peer name eth0 netns cli
ip link add vsrv type veth peer name eth0 netns srv
ip link set vcli up
ip link set vsrv up
ip -n cli link set lo up
ip -n srv link set lo up
ip -n cli link set eth0 up
ip -n srv link set eth0 up
ip -6 addr add 2001:db8:1::1/64 dev vcli nodad
ip -6 addr add 2001:db8:2::1/64 dev vsrv nodad
ip -n cli -6 addr add 2001:db8:1::2/64 dev eth0 nodad
ip -n cli -6 addr add 2001:db8:1::3/64 dev eth0 nodad
ip -n srv -6 addr add 2001:db8:2::2/64 dev eth0 nodad
ip -n srv -6 addr add 2001:db8:2::3/64 dev eth0 nodad
ip -n cli -6 route add default via 2001:db8:1::1
ip -n srv -6 route add default via 2001:db8:2::1
sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 3
ip6tables -P INPUT DROP
ip6tables -A INPUT -i lo -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -A FORWARD -p tcp --dport 22 -s 2001:db8:1::2
ip netns exec cli ssh -o ConnectTimeout=4 2001:db8:2::2 true; echo rc=$?
ip6tables -L INPUT -v -n -x | tail -n +3
ip6tables -I INPUT 3 -p ipv6-icmp --icmpv6-type neighbour-solicitation -j ACCEPT
ip netns exec cli ssh -o ConnectTimeout=4 2001:db8:2::2 true; echo rc=$?
ip6tables -L INPUT -v -n -x | tail -n +3
ip6tables -I INPUT 3 -p ipv6-icmp --icmpv6-type neighbour-advertisement -j ACCEPT
ip netns exec cli ssh -o ConnectTimeout=4 2001:db8:2::3 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=4 2001:db8:1::1 true; echo rc=$?
ip netns exec srv ssh -o ConnectTimeout=4 -b 2001:db8:2::2 2001:db8:1::3 true; echo rc=$?
ip6tables -L INPUT -v -n -x | tail -n +3 | grep -v 'icmptype 136'
ip -6 neigh show 2001:db8:2::3 dev vsrv | awk '{print $1, $NF}'
ip6tables -L FORWARD -v -n -x | tail -n +3
