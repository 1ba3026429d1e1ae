# An IPv6 router: raw NOTRACK for one port (UNTRACKED in FORWARD, no NAT), REDIRECT to its own port, DNAT of its own connections in nat OUTPUT, SNAT --to-source
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
sleep 3
sysctl -qw net.ipv6.conf.all.forwarding=1
ip -6 addr add 2001:db8:2::100/64 dev vsrv nodad
ip6tables -t raw -A PREROUTING -p tcp --dport 90 -j NOTRACK
ip6tables -t raw -A PREROUTING -p tcp --sport 90 -j CT --notrack
ip6tables -t nat -A POSTROUTING -o vsrv -p tcp --dport 90:91 -j SNAT --to-source 2001:db8:2::100
ip6tables -P FORWARD DROP
ip6tables -A FORWARD -m conntrack --ctstate UNTRACKED -j ACCEPT
ip6tables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip6tables -A FORWARD -i vcli -p tcp --dport 91 -j ACCEPT
ip netns exec srv ip6tables -A INPUT -p tcp --dport 90 -s 2001:db8:1::2
ip netns exec srv ip6tables -A INPUT -p tcp --dport 91 -s 2001:db8:2::100
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:90/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:91/; echo rc=$?
ip netns exec srv ip6tables -L INPUT -v -n -x | tail -n +3
ip6tables -t nat -A PREROUTING -i vcli -p tcp --dport 2222 -j REDIRECT --to-ports 22
ip6tables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -p tcp --dport 2222
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:2222/; echo rc=$?
ip -6 route add 2001:db8:9::/64 via 2001:db8:2::2
ip6tables -t nat -A OUTPUT -d 2001:db8:9::9 -p tcp -j DNAT --to-destination 2001:db8:1::2
ip6tables -A OUTPUT -d 2001:db8:1::2 -p tcp --dport 93
curl -s -m 0.5 http://[2001:db8:9::9]:93/; echo rc=$?
curl -s -m 0.5 http://[2001:db8:9::8]:93/; echo rc=$?
ip6tables -L -v -n -x
ip6tables -t nat -L -v -n -x
ip6tables -t raw -S
