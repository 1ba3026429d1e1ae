# ip6tables REJECT variants as ssh and curl see them, on a router's FORWARD and on the target itself: a first SYN's ICMPv6 error is only noted, the retransmission's fails connect() with the error's own errno
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
ip -n srv -6 addr add 2001:db8:2::2/64 dev eth0 nodad
ip -n cli -6 route add default via 2001:db8:1::1
ip -n srv -6 route add default via 2001:db8:2::1
sysctl -qw net.ipv6.conf.all.forwarding=1
sleep 3
ip6tables -A FORWARD -p tcp --dport 2201 -j REJECT --reject-with icmp6-no-route
ip6tables -A FORWARD -p tcp --dport 2202 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A FORWARD -p tcp --dport 2203 -j REJECT --reject-with icmp6-addr-unreachable
ip6tables -A FORWARD -p tcp --dport 2204 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A FORWARD -p tcp --dport 2205 -j REJECT --reject-with tcp-reset
ip6tables -A FORWARD -p tcp --dport 2206 -j REJECT --reject-with no-route
ip6tables -A FORWARD -p tcp --dport 2207 -j REJECT --reject-with adm-prohibited
ip netns exec cli ssh -o ConnectTimeout=3 -p 2201 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2202 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2203 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2204 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2205 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2206 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2207 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2208 2001:db8:2::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2208 2001:db8:3::2 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=4 -p 2208 2001:db8:1::9 true; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=4 -p 2208 2001:db8:2::9 true; echo rc=$?
ip6tables -L FORWARD -v -n -x
ip6tables -S FORWARD
ip netns exec srv ip6tables -A INPUT -p tcp --dport 2301 -j REJECT --reject-with icmp6-adm-prohibited
ip netns exec srv ip6tables -A INPUT -p tcp --dport 2302 -j REJECT
ip netns exec srv ip6tables -A OUTPUT -p ipv6-icmp --icmpv6-type destination-unreachable
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:2301/; echo rc=$?
ip netns exec cli curl -s -m 2 http://[2001:db8:2::2]:2301/; echo rc=$?
ip netns exec cli ssh -o ConnectTimeout=3 -p 2302 2001:db8:2::2 true; echo rc=$?
ip netns exec srv ip6tables -L -v -n -x
ip6tables -I INPUT -p tcp --dport 2401 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -I INPUT -p tcp --dport 2402 -j REJECT --reject-with icmp6-addr-unreachable
ssh -o ConnectTimeout=3 -p 2401 ::1 true; echo rc=$?
ssh -o ConnectTimeout=3 -p 2402 2001:db8:1::1 true; echo rc=$?
curl -s -m 0.5 http://[::1]:2401/; echo rc=$?
ip6tables -L INPUT -v -n -x
