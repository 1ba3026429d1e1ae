# An IPv6 firewall guide typed after the IPv4 one: lo, conntrack, ICMPv6 types for NDP, link-local, REJECT with v6 types, and the v4 habits that fail (icmp, icmp-port-unreachable, a v4 address)
ip6tables -L -n
ip6tables -A INPUT -i lo -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip6tables -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type router-advertisement -m hl --hl-eq 255 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -m limit --limit 5/s -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 128 -j ACCEPT
ip6tables -A INPUT -s fe80::/10 -j ACCEPT
ip6tables -A INPUT -p udp --dport 546 -d fe80::/64 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/32 -p tcp -m multiport --dports 80,443 -j ACCEPT
ip6tables -A INPUT -p icmp -j ACCEPT
ip6tables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip6tables -A INPUT -s 192.168.1.0/24 -j ACCEPT
ip6tables -A INPUT -j REJECT --reject-with icmp-port-unreachable
ip6tables -A INPUT -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables -A FORWARD -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -P INPUT DROP
ip6tables -P FORWARD DROP
ip6tables -L -n -v --line-numbers
ip6tables -L INPUT
ip6tables -S
ip6tables-save > /tmp/rules.v6
grep -v '^#' /tmp/rules.v6
ip6tables -F
ip6tables-restore < /tmp/rules.v6
ip6tables -S | wc -l
iptables-restore < /tmp/rules.v6
ip6tables -D INPUT -p ipv6-icmp -j ACCEPT
ip6tables -D INPUT -p icmpv6 -j ACCEPT
ip6tables -D INPUT 1
ip6tables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables -t nat -S
ip6tables -A INPUT -m state --state NEW -p tcp --dport 80 -j ACCEPT
ip6tables -L INPUT -n | tail -3
