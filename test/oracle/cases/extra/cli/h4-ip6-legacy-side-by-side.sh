# ip6tables-legacy and ip6tables-nft with the same rules
ip6tables-legacy -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables-legacy -A INPUT -m rt --rt-type 0 -j DROP
ip6tables-legacy -A INPUT -s 2001:db8::/32 -p tcp --dport 22 -j ACCEPT
ip6tables-legacy -A INPUT -m eui64 -j ACCEPT
ip6tables-legacy -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-legacy -t nat -A POSTROUTING -o eth0 -j MASQUERADE
ip6tables-legacy -t mangle -A POSTROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables-nft -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables-nft -A INPUT -m rt --rt-type 0 -j DROP
ip6tables-legacy -S
ip6tables-nft -S
ip6tables-legacy -L -n -v
ip6tables-legacy -t nat -L -n
ip6tables-legacy-save | grep -v '^#'
ip6tables-nft-save | grep -v '^#'
ip6tables-legacy -L INPUT 2 -n
ip6tables-legacy -A INPUT -p icmp --icmp-type 8 -j ACCEPT
ip6tables-legacy -A INPUT -s 10.0.0.0/8 -j DROP
ip6tables-legacy -A INPUT -j REJECT --reject-with icmp-port-unreachable
ip6tables-legacy -A INPUT -p icmpv6 --icmpv6-type bogus -j ACCEPT
ip6tables-legacy -t mangle -A INPUT -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables-legacy -t nat -A POSTROUTING -j SNPT --src-pfx fd00::/64 --dst-pfx 2001:db8::/64
ip6tables-legacy -t filter -A INPUT -j DNAT --to-destination fd00::1
ip6tables-legacy -F
ip6tables-legacy -t nat -F
ip6tables-legacy -t mangle -F
ip6tables-legacy-save | grep -v '^#'
