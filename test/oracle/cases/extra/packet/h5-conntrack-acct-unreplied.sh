# /proc/net/nf_conntrack: unreplied TCP SYN and ICMP entries, CONNMARK marks, and packet/byte counts once nf_conntrack_acct is on (seconds left masked)
ip netns add srv
ip link add v1 type veth peer name eth0
ip link set eth0 netns srv
ip addr add 10.0.0.1/24 dev v1
ip link set v1 up
ip netns exec srv ip addr add 10.0.0.2/24 dev eth0
ip netns exec srv ip link set eth0 up
ip netns exec srv ip link set lo up
ip netns exec srv serve tcp 80
ip netns exec srv iptables -A INPUT -p tcp --dport 81 -j DROP
ip netns exec srv iptables -A INPUT -p icmp -j DROP
iptables -t mangle -A OUTPUT -p tcp -j CONNMARK --set-mark 0x10
iptables -A OUTPUT -m state --state NEW -j ACCEPT
probe tcp 10.0.0.2 81
probe icmp 10.0.0.2
probe tcp 10.0.0.2 80
sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
ip netns exec srv sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' /proc/net/nf_conntrack | sort
sysctl -w net.netfilter.nf_conntrack_acct=1
probe tcp 10.0.0.2 80
grep -c 'packets=' /proc/net/nf_conntrack
probe icmp 10.0.0.2
ip netns exec srv iptables -F INPUT
probe icmp 10.0.0.2
probe tcp 10.0.0.2 81
grep packets= /proc/net/nf_conntrack | sed -E 's/(sport|dport|id)=[0-9]+/\1=N/g; s/^(ipv4 +2 [a-z]+ +[0-9]+ )[0-9]+/\1T/' | sort
