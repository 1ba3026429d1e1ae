# connlimit counts from an empty tree when the kernel makes its rule anew (nft -Z, -Z CHAIN N; legacy on any change); ICMP echo connections stay in conntrack meanwhile
iptables -A OUTPUT -p icmp -m connlimit --connlimit-above 2 --connlimit-daddr -j DROP
probe icmp 127.0.0.1
probe icmp 127.0.0.1
probe icmp 127.0.0.1
probe icmp 127.0.0.1
iptables -L OUTPUT -v -n -x
iptables -Z OUTPUT
probe icmp 127.0.0.1
probe icmp 127.0.0.1
iptables -L OUTPUT -v -n -x
iptables -A INPUT -j ACCEPT
probe icmp 127.0.0.1
iptables -Z OUTPUT 1
probe icmp 127.0.0.1
iptables -L OUTPUT -v -n -x
iptables-legacy -A OUTPUT -p icmp -m connlimit --connlimit-above 1 -j DROP
probe icmp 127.0.0.2
probe icmp 127.0.0.2
iptables-legacy -A INPUT -j ACCEPT
probe icmp 127.0.0.2
iptables-legacy -L OUTPUT -v -n -x
