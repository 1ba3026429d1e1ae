ip6tables -A INPUT -p hopopt -j DROP
ip6tables -A INPUT -p 0 -j DROP
ip6tables -A INPUT -p ipv6-route -j DROP
ip6tables -A INPUT -p ipv6-frag -j DROP
ip6tables -A INPUT -p 44 -j DROP
ip6tables -A INPUT -p ipv6-opts -j DROP
ip6tables -A INPUT -p ipv6-nonxt -j DROP
ip6tables -A INPUT -p esp -j DROP
ip6tables -A INPUT -p ah -j DROP
ip6tables -A INPUT -p mh -j DROP
ip6tables -A INPUT ! -p ipv6-route -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/5 -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/ -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type destination-unreachable -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type no-route -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type router-advertisement -m hl --hl-eq 255 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type redirect -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type ping -j DROP
ip6tables -A INPUT -p icmpv6 --icmp-type 128 -j DROP
ip6tables -A INPUT -m icmp6 --icmpv6-type 128 -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type 129 --icmpv6-type 128 -j DROP
ip6tables -S
ip6tables -L -n
ip6tables-legacy -A INPUT -p hopopt -j DROP
ip6tables-legacy -A INPUT -p ipv6-route -j DROP
ip6tables-legacy -A INPUT -p icmpv6 --icmpv6-type 1/5 -j DROP
ip6tables-legacy -S
ip6tables-legacy -L -n
