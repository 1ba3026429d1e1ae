ip netns add peer
ip link add veth0 type veth peer name eth0 netns peer
ip link set veth0 up
ip -n peer link set eth0 up
ip -6 addr add 2001:db8::1/64 dev veth0 nodad
ip -n peer -6 addr add 2001:db8::2/64 dev eth0 nodad
ip6tables -A OUTPUT -p tcp --dport 81
ip6tables -A OUTPUT -p tcp --dport 86 -j DROP
ip6tables -A INPUT -p tcp --sport 81
ip netns exec peer ip6tables -A INPUT -p tcp --dport 83 -j DROP
ip netns exec peer ip6tables -A INPUT -p tcp --dport 84 -j REJECT --reject-with tcp-reset
ip netns exec peer ip6tables -A INPUT -p tcp --dport 81
ip netns exec peer ip6tables -A OUTPUT -p tcp --sport 81
curl -s -m 5 http://[2001:db8::2]:81/; echo rc=$?
curl -s -m 2.5 http://[2001:db8::2]:83/; echo rc=$?
curl -s -m 5 http://[2001:db8::2]:84/; echo rc=$?
curl -s -m 5 http://[2001:db8::9]:81/; echo rc=$?
curl -s -m 2 http://[2001:db8::9]:81/; echo rc=$?
curl -s -m 1.5 http://[2001:db8::9]:86/; echo rc=$?
curl -s -m 5 http://[2001:db8::1]:81/; echo rc=$?
ssh -o ConnectTimeout=5 -p 81 2001:db8::2 true; echo rc=$?
ip6tables -L OUTPUT -v -n -x | tail -n +3
ip6tables -L INPUT -v -n -x | tail -n +3
ip netns exec peer ip6tables -L INPUT -v -n -x | tail -n +3
ip netns exec peer ip6tables -L OUTPUT -v -n -x | tail -n +3
