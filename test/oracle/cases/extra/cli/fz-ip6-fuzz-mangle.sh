ip6tables -t mangle -v -I OUTPUT -d 2001:db8::506b/6 -p icmp -j LOG --log-level warning
ip6tables -t mangle -v -A INPUT -s 2001:db8:6809::/56 -d 2001:db8::7104 -i eth0 -p sctp -j DROP
ip6tables -t mangle -v -I PREROUTING -s 2001:db8::4aaa/46 -p 58 --icmpv6-type NEIGHBOUR-SOL -j LOG --log-level 4
ip6tables -t mangle -A INPUT -s 1::2::3 -d 2001:DB8:0:0:4554:0:0:9f6c -i eth1 -p esp -j ACCEPT
ip6tables -t mangle -A PREROUTING -p icmpv6 --icmpv6-type echo -j LOG --log-prefix "v6 "
ip6tables -t mangle -A OUTPUT -o lo -p udp --dport 231:33865 -m conntrack --ctstate RELATED,ESTABLISHED,NEW -j LOG --log-prefix "v6 "
ip6tables -t mangle -A OUTPUT -o lo -j ACCEPT
ip6tables -t mangle -A PREROUTING -s gggg::1 -d fd73::/8 -p sctp -j DROP
ip6tables -t mangle -A INPUT -s 2001:db8::2594 -d 2001:db8::ef48 ! -i br0 -p udp -j LOG --log-level debug
ip6tables -t mangle -I PREROUTING -s 2001:db8::411c -p icmp -j LOG --log-prefix "v6 "
ip6tables -t mangle -A INPUT -s 2001:DB8:0:0:f381:0:0:131b -m conntrack --ctstate INVALID -j ACCEPT
ip6tables -t mangle -A INPUT ! -s fe80::bfd1:c65a/64 -j DROP
ip6tables -t mangle -S
ip6tables -t mangle -L -n
ip6tables -t mangle -L -n -v --line-numbers
ip6tables-save -t mangle
ip6tables -t mangle -C PREROUTING -p icmpv6 --icmpv6-type echo -j LOG --log-prefix "v6 "
ip6tables -t mangle -S
