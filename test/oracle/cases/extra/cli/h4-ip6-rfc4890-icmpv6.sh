# RFC 4890 style ICMPv6 filtering with type names and numbers
ip6tables -N ICMPV6
ip6tables -A INPUT -p icmpv6 -j ICMPV6
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type destination-unreachable -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type time-exceeded -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type parameter-problem -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type echo-request -m limit --limit 900/min -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type echo-reply -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type router-solicitation -m hl --hl-eq 255 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type router-advertisement -m hl --hl-eq 255 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type neighbour-solicitation -m hl --hl-eq 255 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type neighbour-advertisement -m hl --hl-eq 255 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type neighbor-solicitation -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type neighbor-advertisement -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type redirect -j DROP
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type 130 -s fe80::/10 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type 131 -s fe80::/10 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type 132 -s fe80::/10 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type 143 -s fe80::/10 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type 1/4 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type 3/1 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type 4/0 -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type no-route -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type ttl-zero-during-transit -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type unknown-option -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 ! --icmpv6-type 255 -j LOG --log-prefix "icmp6: "
ip6tables -A ICMPV6 -p icmpv6 --icmpv6-type mld-query -j ACCEPT
ip6tables -A ICMPV6 -p icmpv6 -j DROP
ip6tables -S ICMPV6
ip6tables -L ICMPV6
ip6tables -L ICMPV6 -n
ip6tables-save -t filter
ip6tables -p icmpv6 -h | tail -n 40
