# A DROP-all ip6tables INPUT policy also drops neighbour discovery: the link goes dark until ICMPv6 (or just neighbour-solicitation) is let in; ND is UNTRACKED, so an INVALID drop does not hurt it
ip netns add peer
ip link add veth0 type veth peer name eth0 netns peer
ip link set veth0 up
ip -n peer link set lo up
ip -n peer link set eth0 up
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -n peer -6 addr add 2001:db8::2/64 dev eth0 nodad
ip -n peer -6 addr add 2001:db8::3/64 dev eth0 nodad
ip -n peer -6 addr add 2001:db8::4/64 dev eth0 nodad
sleep 3
ip netns exec peer ip6tables -P INPUT DROP
ip netns exec peer ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec peer ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
ssh -o ConnectTimeout=4 2001:db8::2 true; echo rc=$?
ip netns exec peer ip6tables -L INPUT -v -n -x
ip -6 neigh show dev veth0 | awk '{print $1, $NF}'
ip netns exec peer ip6tables -I INPUT 2 -p ipv6-icmp --icmpv6-type neighbour-solicitation -j ACCEPT
ssh -o ConnectTimeout=4 2001:db8::3 true; echo rc=$?
ip netns exec peer ip6tables -I INPUT 1 -m conntrack --ctstate INVALID -j DROP
ip netns exec peer ip6tables -I INPUT 1 -m conntrack --ctstate UNTRACKED
ssh -o ConnectTimeout=4 2001:db8::4 true; echo rc=$?
ip netns exec peer ip6tables -L INPUT -v -n -x
ip -n peer -6 neigh show | awk '{print $1, $2, $3, $NF}'
ip6tables -P INPUT DROP
ip6tables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip -n peer -6 addr add 2001:db8::5/64 dev eth0 nodad
ssh -o ConnectTimeout=4 2001:db8::5 true; echo rc=$?
ip6tables -L INPUT -v -n -x
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ssh -o ConnectTimeout=4 2001:db8::5 true; echo rc=$?
ip6tables -L INPUT -v -n -x
ip -6 neigh show dev veth0 | awk '{print $1, $NF}'
ip6tables -S
