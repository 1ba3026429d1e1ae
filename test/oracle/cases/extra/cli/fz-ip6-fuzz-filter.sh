ip6tables -P INPUT ACCEPT
ip6tables -A INPUT -s 2001:db8::76d7/99 -j RETURN
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-advertisement -j LOG --log-prefix "v6 "
ip6tables -A INPUT -i eth1 -j RETURN
ip6tables -I FORWARD 1 -s 2001:db8::1fda -d 2001:db8::/ffff:ffff:f0f0:: ! -i lo -j LOG --log-prefix "v6 "
ip6tables -A FORWARD ! -i eth0 -p icmp -m conntrack --ctstate RELATED,ESTABLISHED,NEW -j LOG --log-level debug
ip6tables -A FORWARD -j REJECT --reject-with tcp-reset
ip6tables -A FORWARD ! -d 2001:db8::ea51/4 -i br0 -j RETURN
ip6tables -v -A OUTPUT -d ::/0 -p icmp -j DROP
ip6tables -A FORWARD -s ::ffff:10.68.201.43 -p udp --dport 80 -j LOG --log-level 4
ip6tables -A OUTPUT -p ipv6-icmp --icmpv6-type redirect -j ACCEPT
ip6tables -A OUTPUT -s 2001:DB8:0:0:183e:0:0:4d58 -p icmp -m conntrack --ctstate INVALID -m comment --comment "fz 48" -j REJECT
ip6tables -v -A INPUT -p ipv6-icmp --icmpv6-type NEIGHBOUR-SOL -j ACCEPT
ip6tables -S
ip6tables -L -n
ip6tables -L -n -v --line-numbers
ip6tables-save
ip6tables -D INPUT -s 2001:db8::76d7/99 -j RETURN
ip6tables -D FORWARD -s 2001:db8::1fda -d 2001:db8::/ffff:ffff:f0f0:: ! -i lo -j LOG --log-prefix "v6 "
ip6tables -C FORWARD -j REJECT --reject-with tcp-reset
ip6tables -S
