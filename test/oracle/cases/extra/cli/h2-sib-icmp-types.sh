# Siblings of match-icmp-type: names, aliases, numbers, codes and errors for icmp and icmpv6
iptables -A OUTPUT -p icmp --icmp-type echo-reply -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 0 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 8/0 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 255 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 3/255 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type pong -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type ping -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type host-unreachable -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type network-prohibited -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type redirect -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type source-quench -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type ttl-zero-during-transit -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type parameter-problem -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type timestamp-request -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type address-mask-reply -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type router-advertisement -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type communication-prohibited -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 13 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 40 -j ACCEPT
iptables -S OUTPUT
iptables -L OUTPUT -n
iptables -L OUTPUT
iptables -A OUTPUT -p icmp --icmp-type bogus -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 256 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type 3/256 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type -j ACCEPT
iptables -A OUTPUT --icmp-type 8 -j ACCEPT
iptables -A OUTPUT -p tcp --icmp-type 8 -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type echo -j ACCEPT
iptables -A OUTPUT -p icmp --icmp-type Echo-Request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type 128 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/4 -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type neighbour-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type router-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type bogus -j ACCEPT
ip6tables -A INPUT -p icmp --icmp-type 8 -j ACCEPT
ip6tables -S INPUT
ip6tables -L INPUT -n
ip6tables -L INPUT
