# what a learner types in ip6tables out of IPv4 habit, and the reverse
ip6tables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmp -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmp-type echo-request -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -s 192.168.1.0/24 -j ACCEPT
ip6tables -A INPUT -s 10.0.0.1 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -s ::/0 -j ACCEPT
ip6tables -A INPUT -j REJECT --reject-with icmp-port-unreachable
ip6tables -A INPUT -j REJECT --reject-with icmp-host-prohibited
ip6tables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A INPUT -f -j DROP
ip6tables -A INPUT -4 -j DROP
ip6tables -6 -A INPUT -p udp --dport 123 -j ACCEPT
ip6tables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
ip6tables -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
ip6tables -A INPUT -m icmp6 --icmpv6-type 128 -j ACCEPT
ip6tables -A INPUT -p icmpv6 -m icmp6 --icmpv6-type 128 -j ACCEPT
iptables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
iptables -A INPUT -p ipv6-icmp -j ACCEPT
iptables -A INPUT -s 2001:db8::1 -j ACCEPT
iptables -A INPUT -s fe80::/10 -j ACCEPT
iptables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -4 -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -6 -A INPUT -j ACCEPT
iptables -A INPUT -m hl --hl-eq 255 -j ACCEPT
iptables -A INPUT -m ttl --ttl-eq 255 -j ACCEPT
ip6tables -A INPUT -m ttl --ttl-eq 255 -j ACCEPT
ip6tables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j HL --hl-set 64
ip6tables -t mangle -A PREROUTING -j HL --hl-set 64
ip6tables -S
iptables -S
