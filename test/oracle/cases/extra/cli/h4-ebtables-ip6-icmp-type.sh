# ebtables --ip6-icmp-type: names, prefixes, codes, ranges, inversion, and the kernel's checks
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type echo-request -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type ! echo-reply -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp ! --ip6-icmp-type 135 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto 58 --ip6-icmp-type 1/4 -j DROP
ebtables -A FORWARD -p IPv6 --ip6-proto icmpv6 --ip6-icmp-type 1/3:4 -j DROP
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 133:137 -j DROP
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 137:133 -j DROP
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 1/4:3 -j DROP
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type NEIGHBOUR-ADV -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type neighbor-a -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type port-unreachable -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type ttl-zero -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type r -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 128/0 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 300 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 128x -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 0x80 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ! ipv6-icmp --ip6-icmp-type 128 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto tcp --ip6-icmp-type 128 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 128 --ip6-dport 80 -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip6-proto ipv6-icmp --ip6-icmp-type 128 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 128 --ip6-icmp-type 129 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-src fe80::/10 --ip6-proto ipv6-icmp --ip6-icmp-type router-advertisement -j DROP
ebtables -L FORWARD
ebtables -D FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 1/4 -j DROP
ebtables -D FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type echo-reply -j ACCEPT
ebtables -L FORWARD --Ln --Lc
ebtables-save | grep -v '^#' > /tmp/eb.save
cat /tmp/eb.save
ebtables -F
ebtables-restore < /tmp/eb.save
ebtables -L FORWARD
