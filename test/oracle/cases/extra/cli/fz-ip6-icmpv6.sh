ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/3 -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type neighbour-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-advertisement -j ACCEPT
ip6tables -A INPUT -p 58 --icmpv6-type router-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 -m icmp6 --icmpv6-type 135 -j ACCEPT
ip6tables -A INPUT -p icmp6 --icmpv6-type destination-unreachable -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type no-route -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/0:2 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type time-exceeded -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type ttl-zero-during-transit -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type parameter-problem -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-reply -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type redirect -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type router-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 255 -j ACCEPT
ip6tables -L INPUT -n
ip6tables -L INPUT
ip6tables -S INPUT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type bogus -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 256 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/300 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1:2 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1x -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/2x -j ACCEPT
ip6tables -A INPUT -m icmp6 -j ACCEPT
ip6tables -A INPUT -m icmp6 --icmpv6-type 128 -j ACCEPT
ip6tables -A INPUT -p tcp -m icmp6 --icmpv6-type 128 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 128 --icmpv6-type 129 -j ACCEPT
ip6tables -A INPUT -m icmp --icmp-type 8 -j ACCEPT
iptables -A INPUT -m icmp6 --icmpv6-type 128 -j ACCEPT
iptables -A INPUT -p icmpv6 --icmpv6-type 128 -j ACCEPT
iptables -A INPUT -p icmpv6 -j ACCEPT
iptables -S
ip6tables -p icmpv6 -h
ip6tables -m icmp6 --help
