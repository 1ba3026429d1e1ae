iptables -A INPUT -p udp -m udp --dport 53 -j ACCEPT
iptables -A INPUT -p udp --sport 1000:2000 ! --dport 53 -j ACCEPT
iptables -A INPUT -p sctp --dport 80 -j ACCEPT
iptables -A INPUT -p udplite -j ACCEPT
iptables -A INPUT -p icmp -m tcp --dport 22 -j ACCEPT
iptables -A INPUT -p udp --tcp-flags SYN SYN -j ACCEPT
iptables -A INPUT -p udp --syn -j ACCEPT
iptables -S INPUT
iptables -L INPUT -n
