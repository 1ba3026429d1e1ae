ip6tables -A INPUT -p icmpv6 --icmpv6-type "neighbo" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "router" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "ttl" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "t" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "p" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "e" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "r" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "destination" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "DESTINATION-UNREACHABLE" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "no" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "b" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "ec" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "po" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "pa" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "1/" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "/1" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "1/2/3" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "0x80" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "0200" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type " 128" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "128:" -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type "1:" -j ACCEPT
ip6tables -S
ip6tables -L -n
