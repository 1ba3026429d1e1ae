# A stateful IPv6 router: FORWARD policy DROP, new connections out only, replies and ICMPv6 errors by conntrack
ip netns add lan
ip netns add wan
ip link add vlan0 type veth peer name eth0 netns lan
ip link add vwan0 type veth peer name eth0 netns wan
ip link set vlan0 up
ip link set vwan0 up
ip -n lan link set lo up
ip -n wan link set lo up
ip -n lan link set eth0 up
ip -n wan link set eth0 up
ip -6 addr add fd00:1::1/64 dev vlan0 nodad
ip -6 addr add 2001:db8:ff::1/64 dev vwan0 nodad
ip -n lan -6 addr add fd00:1::10/64 dev eth0 nodad
ip -n wan -6 addr add 2001:db8:ff::2/64 dev eth0 nodad
ip -n lan -6 route add default via fd00:1::1
ip -n wan -6 route add fd00:1::/64 via 2001:db8:ff::1
sysctl -w net.ipv6.conf.all.forwarding=1
sleep 3
ip6tables -P FORWARD DROP
ip6tables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip6tables -A FORWARD -m conntrack --ctstate INVALID -j DROP
ip6tables -A FORWARD -i vlan0 -o vwan0 -j ACCEPT
ip6tables -A FORWARD -p ipv6-icmp -j ACCEPT
ip netns exec lan curl -s -m 0.5 http://[2001:db8:ff::2]/; echo rc=$?
ip netns exec wan curl -s -m 0.5 http://[fd00:1::10]/; echo rc=$?
ip netns exec wan ip6tables -A INPUT -p tcp --dport 81 -j REJECT --reject-with icmp6-adm-prohibited
ip netns exec wan ip6tables -A INPUT -p tcp --dport 82 -j REJECT --reject-with tcp-reset
ip netns exec wan ip6tables -A INPUT -p tcp --dport 83 -j REJECT
ip netns exec lan curl -s -m 0.5 http://[2001:db8:ff::2]:81/; echo rc=$?
ip netns exec lan curl -s -m 0.5 http://[2001:db8:ff::2]:82/; echo rc=$?
ip netns exec lan curl -s -m 0.5 http://[2001:db8:ff::2]:83/; echo rc=$?
ip netns exec lan curl -s http://[2001:db8:fe::2]:84/; echo rc=$?
ip netns exec lan curl -s -m 0.5 http://[2001:db8:ff::1]:84/; echo rc=$?
ip6tables -L FORWARD -v -n -x
ip netns exec wan ip6tables -L INPUT -v -n -x
ip6tables-save -c -t filter | grep -v '^#'
