# icmpv6 option mistakes: missing -p, mismatched protocol, doubled options
ip6tables -A INPUT --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -m icmp6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p 58 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m icmp --icmp-type 8 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request --icmpv6-type echo-reply -j ACCEPT
ip6tables -A INPUT -p icmpv6 -m icmp6 --icmpv6-type echo-request -m icmp6 --icmpv6-type echo-reply -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type ! echo-request -j ACCEPT
ip6tables -A INPUT ! -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p tcp -m icmp6 --icmpv6-type 128 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 128/0 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 128/255 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 128/256 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 256 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type Echo-Request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-solicitation,neighbour-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -m limit --limit 10/s -j ACCEPT
ip6tables -A INPUT -p ICMPv6 -j ACCEPT
ip6tables -A INPUT -p IPv6-ICMP -j ACCEPT
ip6tables -A INPUT -p icmp6 -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -C INPUT -p icmpv6 -m icmp6 ! --icmpv6-type 128 -j ACCEPT; echo rc=$?
ip6tables -C INPUT -p ipv6-icmp --icmpv6-type 128/0 -j ACCEPT; echo rc=$?
ip6tables -D INPUT -p 58 --icmpv6-type echo-request -j ACCEPT
ip6tables -S INPUT
