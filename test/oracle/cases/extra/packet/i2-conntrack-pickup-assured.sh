# A TCP connection conntrack picks up mid-stream (its SYN untracked by an nth NOTRACK) is ASSURED only by a packet after the first reply, not by the reply itself: the ACK after it untracked too leaves it unassured (acct shows which packets were tracked)
ip netns add srv
ip link add vs type veth peer name eth0 netns srv
ip addr add 10.0.2.1/24 dev vs
ip link set vs up
ip netns exec srv ip link set lo up
ip netns exec srv ip addr add 10.0.2.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv serve tcp 80
sysctl -qw net.netfilter.nf_conntrack_acct=1
iptables -t nat -A POSTROUTING -o vs -j MASQUERADE
iptables -t raw -A OUTPUT -m statistic --mode nth --every 2 --packet 0 -j NOTRACK
iptables -t raw -A OUTPUT -j ACCEPT
probe tcp 10.0.2.2 80
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
iptables-save -c -t raw
iptables -t raw -R OUTPUT 1 -p tcp --tcp-flags SYN,ACK,FIN,RST,PSH ACK -m statistic --mode nth --every 2 --packet 1 -j NOTRACK
probe tcp 10.0.2.2 80
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
iptables -t raw -R OUTPUT 1 -p tcp --tcp-flags SYN,ACK,FIN,RST,PSH ACK -m statistic --mode nth --every 2 --packet 0 -j NOTRACK
probe tcp 10.0.2.2 80
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
iptables-save -c -t raw
