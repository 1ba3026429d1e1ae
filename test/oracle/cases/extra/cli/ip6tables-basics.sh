ip6tables -A INPUT -s ::1 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/32 -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -j REJECT
ip6tables -S
ip6tables -L -n
iptables -S
ip6tables-save
ip6tables -A INPUT -s 10.0.0.1 -j ACCEPT
