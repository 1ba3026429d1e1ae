# both families from iptables and ip6tables, seen through nft list ruleset and the save tools
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
iptables -A INPUT -s 192.0.2.0/24 -j DROP
ip6tables -A INPUT -s 2001:db8::/32 -j DROP
nft list ruleset
nft list tables ip6
nft list tables ip
nft flush table ip6 filter
ip6tables -S
iptables -S
nft delete table ip6 filter
ip6tables -L -n
ip6tables-save | grep -v '^#'
iptables-save | grep -v '^#'
