# -L without -n: names for IPv6 addresses, services and ICMPv6 types; wide -v columns
ip6tables -N a-very-long-chain-name-for-v6
ip6tables -A INPUT -s ::1 -j ACCEPT
ip6tables -A INPUT -d ff02::1 -j ACCEPT
ip6tables -A INPUT -d ff02::2 -j ACCEPT
ip6tables -A INPUT -s fe80::/10 -p tcp --dport ssh -j ACCEPT
ip6tables -A INPUT -p udp --sport domain --dport 1024:65535 -j ACCEPT
ip6tables -A INPUT -p tcp -m multiport --dports http,https,8080 -j ACCEPT
ip6tables -A INPUT -i enp0s31f6 -o wlp2s0 -j a-very-long-chain-name-for-v6
ip6tables -A FORWARD -i veryveryverylong -o abcdefghijklmno -s 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff/128 -j ACCEPT
ip6tables -A FORWARD -i eth+ ! -o eth+ -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/3 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 200 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 137 -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type 134 -j ACCEPT
ip6tables -A a-very-long-chain-name-for-v6 -j RETURN
ip6tables -L
ip6tables -L -v
ip6tables -L -v -n
ip6tables -L FORWARD -v -x --line-numbers
ip6tables -S FORWARD
ip6tables -L INPUT 3
ip6tables -S INPUT 4
ip6tables -L a-very-long-chain-name-for-v6
