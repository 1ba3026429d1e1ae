ip6tables -N TTL
ip6tables -N ECN
ip6tables -N HL
iptables -N HL
iptables -N TTL
ip6tables -A INPUT -j TTL
ip6tables -A INPUT -p icmpv6 -m icmpv6 --icmpv6-type 2 -j ACCEPT
ip6tables -A INPUT -m ipv6-icmp --icmpv6-type 2 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 2 -m icmp6 --icmpv6-type 3 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 2 -m icmp6 --icmpv6-type 3 -j ACCEPT
ip6tables -A INPUT ! -p icmpv6 --icmpv6-type 2 -j ACCEPT
ip6tables -S
ip6tables -m icmp -h | tail -2
ip6tables -j TTL -h | tail -2
iptables -j HL -h | tail -2
ip6tables -A INPUT -j CLUSTERIP
ip6tables -A INPUT -m realm --realm 1 -j ACCEPT
ip6tables -A INPUT -p icmp -m icmp --icmp-type 8
ip6tables -6 -L INPUT -n
ip6tables -4 -L INPUT -n
