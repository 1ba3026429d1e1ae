# a dual-stack bridge: ebtables with IPv4 and IPv6 protocol matches side by side
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type neighbour-solicitation -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type router-advertisement -j DROP
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type 128:129 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-src 2001:db8::/64 --ip6-dst fe80::/10 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto tcp --ip6-dport 22 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip6-proto udp --ip6-sport 547 --ip6-dport 546 -j DROP
ebtables -A FORWARD -p IPv4 --ip-proto icmp -j ACCEPT
ebtables -A FORWARD -p IPv4 --ip-src 10.0.0.0/8 --ip-proto tcp --ip-dport 22 -j ACCEPT
ebtables -A FORWARD -p IPv6 --ip-src 10.0.0.1 -j DROP
ebtables -A FORWARD -p IPv4 --ip6-src 2001:db8::1 -j DROP
ebtables -A FORWARD --ip6-proto tcp -j DROP
ebtables -A FORWARD -p IPv6 --ip6-icmp-type echo-request -j DROP
ebtables -A FORWARD -p IPv6 --ip6-proto ipv6-icmp --ip6-icmp-type bogus -j DROP
ebtables -A FORWARD -p 0x86dd -j ACCEPT
ebtables -L FORWARD
ebtables -L FORWARD --Ln
ebtables-save | grep -v '^#'
