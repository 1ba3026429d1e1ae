# An IPv6 router filtered by a native nft inet forward chain (policy drop, ct state, counters) next to ip6tables-legacy rules, and the neighbours it learned
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
nft add table inet filter
nft 'add chain inet filter forward { type filter hook forward priority 0; policy drop; }'
nft add rule inet filter forward ct state established,related counter accept
nft add rule inet filter forward iifname vcli oifname vsrv tcp dport '{ 80, 443 }' counter accept
nft add rule inet filter forward meta l4proto ipv6-icmp counter accept
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]/; echo rc=$?
ip netns exec cli curl -s -m 0.5 https://[2001:db8:2::2]/; echo rc=$?
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]:8080/; echo rc=$?
ip netns exec srv curl -s -m 0.5 http://[2001:db8:1::2]/; echo rc=$?
nft list chain inet filter forward
ip6tables-legacy -A FORWARD -p tcp --dport 443 -j REJECT --reject-with tcp-reset
ip6tables-legacy -I FORWARD -p tcp --sport 80
ip netns exec cli curl -s -m 0.5 http://[2001:db8:2::2]/; echo rc=$?
ip netns exec cli curl -s -m 0.5 https://[2001:db8:2::2]/; echo rc=$?
ip6tables-legacy -L FORWARD -v -n -x
nft list chain inet filter forward
ip -6 neigh show dev vcli | grep -v fe80 | awk '{print $1, $NF}'
ip -6 neigh show dev vsrv | grep -v fe80 | awk '{print $1, $NF}'
ip -n srv -6 neigh | grep -v fe80 | awk '{print $1, $2, $3, $NF}'
ip -n cli -6 neigh | awk '{print $1, $2, $3, $NF}'
